import Foundation
import Testing
import SitrepModel
@testable import SitrepCoding

/// ../shared (beside the repository), or nil when absent.
func sharedDirectory() -> URL? {
    let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let shared = repo.deletingLastPathComponent().appendingPathComponent("shared")
    return FileManager.default.fileExists(atPath: shared.path) ? shared : nil
}

enum Staged {
    static let shared = StagedCoder(coder: Coders.shared)
}

@Suite struct GoldTests {
    @Test func gsrValidationFloor() throws {
        guard let shared = sharedDirectory() else { print("skipped: ../shared not found"); return }
        let gold = shared.appendingPathComponent("corpora/events/petrarch2_gsr_validation.jsonl")
        let scores = try EventEvaluator.evaluate(gold: gold) { text, day in Staged.shared.events(text: text, published: day) }
        print(scores.report(misses: 100))
        #expect(scores.sentences == 78)
        // measured 0.825 exact, 0.838 root, 0.863 code, sentence accuracy 0.821 (h/frcoding)
        #expect(scores.exact.f1 >= 0.820)
        #expect(scores.root.f1 >= 0.832)
        #expect(scores.code.f1 >= 0.857)
        #expect(scores.sentenceAccuracy >= 0.815)
    }
}
