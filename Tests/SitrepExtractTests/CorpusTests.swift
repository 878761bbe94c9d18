import Foundation
import Testing
@testable import SitrepExtract

/// Floors on the extraction corpora in ../shared/corpora/extraction (skipped when ../shared is absent).
@Suite struct CorpusTests {
    static let shared: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("../shared").standardizedFileURL

    static func corpus(_ name: String) -> URL? {
        let url = shared.appendingPathComponent("corpora/extraction/\(name)")
        guard FileManager.default.fileExists(atPath: url.appendingPathComponent("ground-truth.json").path) else {
            print("skipped: ../shared not found")
            return nil
        }
        return url
    }

    /// Writes predictions for the Python scorer when SITREP_EXTRACT_DUMP names a directory.
    static func dump(_ corpus: URL) throws {
        guard let dir = ProcessInfo.processInfo.environment["SITREP_EXTRACT_DUMP"] else { return }
        let (predictions, _) = try ExtractionEvaluator.predict(corpus: corpus)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try encoder.encode(predictions).write(to: URL(fileURLWithPath: dir).appendingPathComponent("\(corpus.lastPathComponent).json"))
    }

    @Test func articleExtractionBenchmarkFloor() throws {
        guard let corpus = Self.corpus("aeb") else { return }
        let scores = try ExtractionEvaluator.evaluate(corpus: corpus)
        print("aeb:", scores)
        try Self.dump(corpus)
        // Measured 2026-12-02: P 0.962, R 0.965, F1 0.964 (trafilatura 2.3.1: 0.951).
        #expect(scores.documents == 114)
        #expect(scores.failures <= 1)
        #expect(scores.precision >= 0.955)
        #expect(scores.recall >= 0.96)
        #expect(scores.f1 >= 0.96)
    }

    @Test func trafilaturaEvalFloor() throws {
        guard let corpus = Self.corpus("trafilatura-eval") else { return }
        let scores = try ExtractionEvaluator.evaluate(corpus: corpus)
        print("trafilatura-eval:", scores)
        try Self.dump(corpus)
        // Measured 2026-12-02: P 0.937, R 0.924, F1 0.930; title 0.848, author 0.617, date 0.903.
        #expect(scores.documents == 664)
        #expect(scores.failures <= 1)
        #expect(scores.f1 >= 0.925)
        #expect((scores.titleExact ?? 0) >= 0.84)
        #expect((scores.authorExact ?? 0) >= 0.61)
        #expect((scores.dateExact ?? 0) >= 0.90)
    }
}
