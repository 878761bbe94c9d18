import Foundation
import SitrepCompression

/// Throughput of `HTMLExtractor` over a corpus directory, decompression included.
public struct ExtractionBenchmark {
    /// One measured run.
    public struct Run: Sendable, Codable, Equatable {
        public var threads: Int
        public var documents: Int
        public var failures: Int
        public var seconds: Double
        /// CPU time the workers used (thread CPU clocks summed): on a busy machine, the honest cost.
        public var cpuSeconds: Double
        /// Uncompressed page bytes processed.
        public var bytes: Int
        public var documentsPerSecond: Double { seconds > 0 ? Double(documents) / seconds : 0 }
        /// Documents per second of CPU time on one core.
        public var documentsPerCPUSecond: Double { cpuSeconds > 0 ? Double(documents) / cpuSeconds : 0 }
        public var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1e6 / seconds : 0 }
    }

    /// Results on one core and on all cores, plus the peak resident memory seen (bytes, 0 when unknown).
    public struct Report: Sendable, Codable, Equatable {
        public var oneCore: Run
        public var allCores: Run
        public var peakMemoryBytes: Int
    }

    /// Reads the compressed pages of `corpus/html` (or `corpus` itself) into memory, then times extraction
    /// (gunzip + decode + parse + select + metadata) `repeats` times over them, on one thread and on all cores.
    public static func run(corpus: URL, repeats: Int = 3) throws -> Report {
        let pages = try loadPages(corpus)
        _ = measure(pages, threads: 1, repeats: 1)  // warm-up
        let one = measure(pages, threads: 1, repeats: repeats)
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let all = measure(pages, threads: cores, repeats: repeats)
        return Report(oneCore: one, allCores: all, peakMemoryBytes: peakMemory())
    }

    /// The raw (possibly gzipped) bytes of every .html/.htm file, with or without .gz.
    static func loadPages(_ corpus: URL) throws -> [[UInt8]] {
        let html = corpus.appendingPathComponent("html")
        var isDir: ObjCBool = false
        let dir = FileManager.default.fileExists(atPath: html.path, isDirectory: &isDir) && isDir.boolValue ? html : corpus
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().filter {
            let id = ExtractedArticle.pageID(fileName: $0)
            return id != $0 && !$0.lowercased().hasSuffix(".txt") && !$0.lowercased().hasSuffix(".txt.gz")
        }
        return try names.map { [UInt8](try Data(contentsOf: dir.appendingPathComponent($0))) }
    }

    static func measure(_ pages: [[UInt8]], threads: Int, repeats: Int) -> Run {
        let extractor = HTMLExtractor()
        let start = DispatchTime.now().uptimeNanoseconds
        let tally = Tally()
        for _ in 0..<repeats {
            DispatchQueue.concurrentPerform(iterations: threads) { worker in
                var failures = 0, bytes = 0, docs = 0
                let cpuStart = threadCPUTime()
                var k = worker
                while k < pages.count {
                    docs += 1
                    do {
                        let raw = Gzip.isGzip(pages[k]) ? try Gzip.decompress(pages[k]) : pages[k]
                        bytes += raw.count
                        _ = try extractor.extract(html: raw, url: nil)
                    } catch { failures += 1 }
                    k += threads
                }
                tally.add(docs: docs, failures: failures, bytes: bytes, cpu: threadCPUTime() - cpuStart)
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let totals = tally.totals
        return Run(threads: threads, documents: totals.docs, failures: totals.failures, seconds: seconds, cpuSeconds: totals.cpu,
                   bytes: totals.bytes)
    }

    /// CPU time of the calling thread, in seconds.
    static func threadCPUTime() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Peak resident set size from /proc/self/status (VmHWM), in bytes.
    static func peakMemory() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kb = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
            return kb * 1024
        }
        return 0
    }
}

/// Thread-safe counters for the benchmark workers.
private final class Tally: @unchecked Sendable {
    private let lock = NSLock()
    private var docs = 0, failures = 0, bytes = 0
    private var cpu = 0.0

    func add(docs d: Int, failures f: Int, bytes b: Int, cpu c: Double) {
        lock.lock()
        cpu += c
        docs += d
        failures += f
        bytes += b
        lock.unlock()
    }

    var totals: (docs: Int, failures: Int, bytes: Int, cpu: Double) {
        lock.lock()
        defer { lock.unlock() }
        return (docs, failures, bytes, cpu)
    }
}
