import Testing
@testable import SitrepStore
