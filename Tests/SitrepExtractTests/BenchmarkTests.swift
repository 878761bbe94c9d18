import Foundation
import Testing
@testable import SitrepExtract

/// Throughput over the aeb corpus. Set SITREP_EXTRACT_BENCH=1 (in a release build with -enable-testing) to
/// measure both corpora with repeats and print the figures.
@Suite struct BenchmarkTests {
    @Test func benchmarkThroughput() throws {
        guard let corpus = CorpusTests.corpus("aeb") else { return }
        let full = ProcessInfo.processInfo.environment["SITREP_EXTRACT_BENCH"] != nil
        let report = try ExtractionBenchmark.run(corpus: corpus, repeats: full ? 5 : 1)
        #expect(report.oneCore.documents == 114 * (full ? 5 : 1))
        #expect(report.oneCore.failures <= 2 * (full ? 5 : 1))
        // CPU time, not wall time: the machine is shared. Debug builds are ~10× slower than release.
        #expect(report.oneCore.documentsPerCPUSecond > (full ? 300 : 10))
        #expect(report.allCores.documents == report.oneCore.documents)
        guard full else { return }
        for name in ["aeb", "trafilatura-eval"] {
            guard let dir = CorpusTests.corpus(name) else { continue }
            let r = try ExtractionBenchmark.run(corpus: dir, repeats: 5)
            for run in [r.oneCore, r.allCores] {
                print(String(format: "bench %@ threads=%d docs=%d failures=%d seconds=%.2f docs_per_s=%.1f MB_per_s=%.1f cpu_s=%.2f docs_per_cpu_s=%.1f MB_per_cpu_s=%.1f peak_MB=%d",
                             name, run.threads, run.documents, run.failures, run.seconds, run.documentsPerSecond,
                             run.megabytesPerSecond, run.cpuSeconds, run.documentsPerCPUSecond,
                             run.cpuSeconds > 0 ? Double(run.bytes) / 1e6 / run.cpuSeconds : 0, r.peakMemoryBytes >> 20))
            }
        }
    }
}
