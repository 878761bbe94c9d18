import Testing
@testable import SitrepPipeline
