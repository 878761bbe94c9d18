import Foundation
import Testing
@testable import SitrepKnowledge

@Suite struct PlaceEvalTests {
    @Test func trNewsFloors() throws {
        guard let shared = Fixture.shared else { print("skipped: ../shared not found"); return }
        let s = try PlaceEvaluator(recognizer: Fixture.recognizer).evaluate(file: shared.appendingPathComponent("corpora/places/tr-news.xml.gz"))
        print("TR-News\n" + s.report)
        #expect(s.gold > 1000)
        #expect(s.countryAccuracy > 0.5)
    }
}
