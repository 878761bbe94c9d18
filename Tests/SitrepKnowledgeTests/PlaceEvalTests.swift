import Foundation
import Testing
@testable import SitrepKnowledge

@Suite struct PlaceEvalTests {
    @Test func trNewsFloors() throws {
        guard let shared = Fixture.shared else { print("skipped: ../shared not found"); return }
        let s = try PlaceEvaluator(recognizer: Fixture.recognizer).evaluate(file: shared.appendingPathComponent("corpora/places/tr-news.xml.gz"))
        print("TR-News\n" + s.report)
        if let out = ProcessInfo.processInfo.environment["SITREP_PLACE_MISSES"] {
            try s.misses.joined(separator: "\n").write(toFile: out, atomically: true, encoding: .utf8)
        }
        #expect(s.gold > 1000)
        // Measured 2026-11-25: exact 0.694, within 161 km 0.723, country 0.779, recall 0.846.
        #expect(s.exactAccuracy > 0.66)
        #expect(s.countryAccuracy > 0.75)
        #expect(s.recall > 0.80)
    }
}
