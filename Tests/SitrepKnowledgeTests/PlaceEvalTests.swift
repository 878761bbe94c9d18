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
        // Measured 2026-12-02 (session 5): exact 0.841, within 161 km 0.875, country 0.942, recall 0.967, precision 0.590.
        #expect(s.precision > 0.587)
        #expect(s.exactAccuracy > 0.839)
        #expect(s.countryAccuracy > 0.939)
        #expect(s.recall > 0.963)
    }

    @Test func lglFloors() throws {
        guard let shared = Fixture.shared else { print("skipped: ../shared not found"); return }
        let s = try PlaceEvaluator(recognizer: Fixture.recognizer).evaluate(file: shared.appendingPathComponent("corpora/places/lgl.xml.gz"))
        print("LGL\n" + s.report)
        #expect(s.gold > 4000)
        // Measured 2026-12-02 (session 5): exact 0.661, country 0.900, recall 0.923, precision 0.452.
        #expect(s.precision > 0.449)
        #expect(s.recall > 0.92)
        #expect(s.exactAccuracy > 0.658)
        #expect(s.countryAccuracy > 0.897)
    }
}
