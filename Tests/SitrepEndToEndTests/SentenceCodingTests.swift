import Testing
import SitrepModel
@testable import SitrepPipeline

/// Single news sentences through the whole analysis (real knowledge base, no hand-made mentions).
@Suite(.serialized) struct SentenceCodingTests {
    static let pipeline = try? Pipeline()

    func events(_ text: String, _ day: String = "2024-05-15") -> [Event] {
        guard let p = Self.pipeline else {
            Issue.record("the pipeline could not be loaded")
            return []
        }
        return p.code(text: text, published: CalendarDay(parsing: day), language: nil).events
    }

    @Test func agentSubjectWithEnglishPastVerb() {
        // "forces" is an agent word; the -ed form after it is the verb, not a noun it modifies
        let shelled = events("Russian forces shelled Kharkiv on Monday, the Ukrainian army said.")
        #expect(shelled.contains { $0.source?.code == "RUSMIL" && $0.root == "19" && $0.target?.code.hasPrefix("UKR") == true
            && $0.modality == .claimed })
        let captured = events("Russian troops captured the town of Avdiivka.")
        #expect(captured.contains { $0.source?.code == "RUSMIL" && $0.root == "19" })
    }

    @Test func shortEnglishSentenceWithNamesIsReadAsEnglish() {
        let met = events("Vladimir Putin met Recep Tayyip Erdogan in Sochi on Monday.", "2021-09-29")
        #expect(met.contains { $0.root == "04" && $0.source?.code == "RUSGOV" && $0.target?.code == "TURGOV" })
    }
}
