import Testing
@testable import SitrepAnalysis
