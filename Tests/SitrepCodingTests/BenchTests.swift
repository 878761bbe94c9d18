import Foundation
import Testing
import SitrepModel
@testable import SitrepCoding

@Suite struct BenchTests {
    /// Sentences per second on the GSR sentences, tokenization and recognition included (one core).
    /// Meaningful in a release build: `swift test -c release --filter BenchTests`.
    @Test func throughput() throws {
        guard let shared = sharedDirectory() else { print("skipped: ../shared not found"); return }
        let gold = shared.appendingPathComponent("corpora/events/petrarch2_gsr_validation.jsonl")
        let records = try EventEvaluator.load(gold)
        let texts = records.map { (text: $0.text, published: $0.date) }
        let full = CodingBenchmark.run(texts: texts, staged: Staged.shared, language: "en", minimumSeconds: 1)
        // the coder alone, on documents the other stages already annotated
        var docs = texts.map { Staged.shared.document(text: $0.text, published: $0.published, language: "en") }
        let start = DispatchTime.now().uptimeNanoseconds
        var sentences = 0, rounds = 0
        repeat {
            for i in docs.indices { Coders.shared.code(&docs[i]); sentences += docs[i].sentences.count }
            rounds += 1
        } while Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 < 1
        let coderOnly = Double(sentences) / (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        print(String(format: "BENCH full pipeline %.0f sentences/s (%d sentences, %d events); coder alone %.0f sentences/s",
                     full.sentencesPerSecond, full.sentences, full.events, coderOnly))
        #expect(full.sentences > 0 && full.events > 0)
    }
}
