import Testing
@testable import SitrepCoding
