/// SitrepAnalysis: see DESIGN.md.
import SitrepModel
