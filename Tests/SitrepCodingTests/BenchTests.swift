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
        let start = CodingBenchmark.threadCPUSeconds()
        var sentences = 0
        repeat {
            for i in docs.indices { Coders.shared.code(&docs[i]); sentences += docs[i].sentences.count }
        } while CodingBenchmark.threadCPUSeconds() - start < 1
        let coderOnly = Double(sentences) / (CodingBenchmark.threadCPUSeconds() - start)
        print(String(format: "BENCH (thread CPU) full pipeline %.0f sentences/s (%d sentences, %d events); coder alone %.0f sentences/s",
                     full.sentencesPerSecond, full.sentences, full.events, coderOnly))
        #expect(full.sentences > 0 && full.events > 0)
    }
}
