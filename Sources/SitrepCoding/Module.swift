/// SitrepCoding: see DESIGN.md.
import SitrepModel
