/// SitrepIngest: see DESIGN.md.
import SitrepModel
