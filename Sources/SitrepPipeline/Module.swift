/// SitrepPipeline: see DESIGN.md.
import SitrepModel
