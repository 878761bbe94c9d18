import Foundation
import GRDB
import Testing
@testable import SitrepStore

@Suite struct BenchmarkTests {
    /// The benchmark runs end to end on a small database (timings are printed, not asserted).
    @Test func benchmarkRunsOnASmallDatabase() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let report = try StoreBenchmark.run(events: 2000, path: dir.appendingPathComponent("bench.db").path, runs: 1)
        #expect(report.events > 1500 && report.events <= 2000)
        #expect(report.mentions > report.events)  // re-reports became mentions, not events
        #expect(report.queries.count >= 15)
        #expect(report.queries.first?.results == 100)
    }

    /// A chronological fill stores as many events as a random one, published in order.
    @Test func chronologicalFillArrivesInPublicationOrder() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let store = try SQLiteEventStore(path: dir.appendingPathComponent("bench.db").path)
        _ = try StoreBenchmark.fill(store, events: 1000, order: .chronological)
        let published = try store.pool.read { try Int.fetchAll($0, sql: "SELECT published FROM articles ORDER BY rowid") }
        #expect(published.count > 100 && published == published.sorted())
        #expect(try store.stats().events > 750)
    }

    /// Full-size run, only when STORE_BENCH_EVENTS is set (e.g. 1000000); STORE_BENCH_DB keeps the database.
    @Test func fullBenchmarkWhenRequested() throws {
        guard let n = ProcessInfo.processInfo.environment["STORE_BENCH_EVENTS"].flatMap(Int.init) else { return }
        let path = ProcessInfo.processInfo.environment["STORE_BENCH_DB"] ?? FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-bench-\(n).db").path
        print(try StoreBenchmark.run(events: n, path: path))
    }
}
