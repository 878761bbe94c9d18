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
        // Measured 2026-12-02 (session 3): exact 0.820, within 161 km 0.849, country 0.902, recall 0.951.
        #expect(s.exactAccuracy > 0.815)
        #expect(s.countryAccuracy > 0.895)
        #expect(s.recall > 0.945)
    }

    @Test func lglFloors() throws {
        guard let shared = Fixture.shared else { print("skipped: ../shared not found"); return }
        let s = try PlaceEvaluator(recognizer: Fixture.recognizer).evaluate(file: shared.appendingPathComponent("corpora/places/lgl.xml.gz"))
        print("LGL\n" + s.report)
        #expect(s.gold > 4000)
        // Measured 2026-12-02 (session 3): exact 0.623, country 0.846.
        #expect(s.exactAccuracy > 0.615)
        #expect(s.countryAccuracy > 0.84)
    }
}
