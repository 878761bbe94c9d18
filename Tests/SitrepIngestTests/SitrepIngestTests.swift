import Testing
@testable import SitrepIngest
