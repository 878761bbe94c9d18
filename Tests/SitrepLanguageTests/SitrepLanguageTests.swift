import Testing
@testable import SitrepLanguage
