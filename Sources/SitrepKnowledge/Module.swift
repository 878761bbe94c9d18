/// SitrepKnowledge: see DESIGN.md.
import SitrepModel
