/// SitrepTime: see DESIGN.md.
import SitrepModel
