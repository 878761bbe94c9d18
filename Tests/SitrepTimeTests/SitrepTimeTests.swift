import Testing
@testable import SitrepTime
