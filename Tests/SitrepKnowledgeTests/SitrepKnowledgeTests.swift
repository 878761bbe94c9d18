import Testing
@testable import SitrepKnowledge
