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
        // Measured 2026-12-02 (session 4): exact 0.833, within 161 km 0.865, country 0.931, recall 0.966, precision 0.591.
        #expect(s.precision > 0.588)
        #expect(s.exactAccuracy > 0.83)
        #expect(s.countryAccuracy > 0.928)
        #expect(s.recall > 0.962)
    }

    @Test func lglFloors() throws {
        guard let shared = Fixture.shared else { print("skipped: ../shared not found"); return }
        let s = try PlaceEvaluator(recognizer: Fixture.recognizer).evaluate(file: shared.appendingPathComponent("corpora/places/lgl.xml.gz"))
        print("LGL\n" + s.report)
        #expect(s.gold > 4000)
        // Measured 2026-12-02 (session 4): exact 0.641, country 0.880, recall 0.913, precision 0.450.
        #expect(s.precision > 0.447)
        #expect(s.recall > 0.91)
        #expect(s.exactAccuracy > 0.638)
        #expect(s.countryAccuracy > 0.878)
    }
}
