/// SitrepStore: see DESIGN.md.
import SitrepModel
