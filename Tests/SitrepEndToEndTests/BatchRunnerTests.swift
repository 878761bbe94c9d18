import Foundation
import SitrepModel
import Testing
@testable import SitrepPipeline

/// The batch runner hands batches to the store on a writer thread while the next batch is analysed:
/// every document still arrives once, in input order, before `run` returns, and a failing batch is retried document by document.
@Suite struct BatchRunnerTests {
    static let pipeline = Result { try Pipeline() }

    /// A JSONL file of `count` short wire items, ids wire-0…, plus one malformed line after the third.
    func wire(count: Int) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var lines = (0..<count).map { i in
            "{\"id\": \"wire-\(i)\", \"published\": \"2023-02-0\(1 + i % 9)\", \"text\": \"Russian forces shelled Kharkiv on Monday, report \(i) said.\"}"
        }
        lines.insert("{not json", at: 3)
        let file = dir.appendingPathComponent("wire.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test func everyDocumentReachesTheSinkOnceInInputOrder() throws {
        let runner = BatchRunner(pipeline: try Self.pipeline.get(), options: PipelineOptions(), batchSize: 3)
        let file = try wire(count: 10)
        var seen: [String] = [], batches = 0, events = 0, errors: [String] = []
        let summary = runner.run(paths: [file.path], sink: { docs in
            batches += 1
            seen += docs.compactMap(\.externalID)
            events += docs.reduce(0) { $0 + $1.events.count }
        }, report: { errors.append($0) })
        #expect(seen == (0..<10).map { "wire-\($0)" })
        #expect(batches == 4)
        #expect(summary.documents == 10 && summary.failed == 1 && errors.count == 1)
        #expect(summary.events == events && events > 0)
    }

    @Test func aFailingBatchIsStoredDocumentByDocument() throws {
        let runner = BatchRunner(pipeline: try Self.pipeline.get(), options: PipelineOptions(), batchSize: 4)
        let file = try wire(count: 8)
        struct Refused: Error {}
        var stored: [String] = [], errors: [String] = []
        let summary = runner.run(paths: [file.path], sink: { docs in
            if docs.contains(where: { $0.externalID == "wire-5" }) { throw Refused() }
            stored += docs.compactMap(\.externalID)
        }, report: { errors.append($0) })
        #expect(stored == ["wire-0", "wire-1", "wire-2", "wire-3", "wire-4", "wire-6", "wire-7"])
        #expect(summary.documents == 7 && summary.failed == 2)  // the malformed line and wire-5
        #expect(errors.contains { $0.contains("not stored") })
    }
}
