/// SitrepExtract: see DESIGN.md.
import SitrepModel
