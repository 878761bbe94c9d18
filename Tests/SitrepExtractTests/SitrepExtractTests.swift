import Testing
@testable import SitrepExtract
