import ArgumentParser
import Dispatch
import Foundation
import SitrepExtract
import SitrepIngest
import SitrepKnowledge
import SitrepLanguage
import SitrepModel
import SitrepPipeline
import SitrepStore

/// `sitrep bench`: speed, measured in a release build.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure speed (run it from a release build: swift run -c release sitrep bench …).",
        subcommands: [BenchExtract.self, BenchLanguage.self, BenchRecognize.self, BenchCode.self, BenchStore.self, BenchIngest.self]
    )
}

/// Warns when the figures would come from a debug build.
func warnIfDebug() {
    #if DEBUG
    printError("warning: this is a debug build; figures are not representative (use swift run -c release sitrep bench …)")
    #endif
}

/// Peak resident memory of this process, from /proc (Linux), in bytes.
func peakMemoryBytes() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let kb = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
        return kb * 1024
    }
    return 0
}

struct BenchExtract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract", abstract: "Extraction speed (gunzip + decode + parse + select + metadata): documents/s and MB/s, one core and all cores."
    )
    @Argument(help: "Corpus directory with html/*.html.gz, e.g. ../shared/corpora/extraction/aeb") var corpus: String
    @Option(help: "Passes over the corpus.") var repeats: Int = 3

    func run() throws {
        warnIfDebug()
        let r = try ExtractionBenchmark.run(corpus: URL(fileURLWithPath: corpus), repeats: repeats)
        for (label, run) in [("one core", r.oneCore), ("all cores (\(r.allCores.threads))", r.allCores)] {
            print("\(label): \(run.documents) documents in \(String(format: "%.3f", run.seconds)) s: "
                  + "\(String(format: "%.0f", run.documentsPerSecond)) documents/s, \(String(format: "%.1f", run.megabytesPerSecond)) MB/s; "
                  + "\(String(format: "%.0f", run.documentsPerCPUSecond)) documents per CPU-second")
        }
        print("peak memory \(r.peakMemoryBytes / 1_048_576) MB")
    }
}

struct BenchCode: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code",
        abstract: "Whole-analysis speed per sentence (tokens, sentences, recognition, time, coding) on a JSONL file of texts."
    )
    @Argument(help: "JSONL with a \"text\" field per line, e.g. ../shared/corpora/events/petrarch2_gsr_validation.jsonl") var file: String
    @Option(help: "Passes over the file.") var repeats: Int = 20

    func run() throws {
        warnIfDebug()
        var texts: [(String, CalendarDay?)] = []
        InputReader().read(paths: [file]) { item in
            guard case .success(let input) = item else { return }
            switch input.content {
            case .articleText(let t), .scrapedText(let t): texts.append((t, input.published))
            case .html: break
            }
        }
        guard !texts.isEmpty else { throw CommandFailure("\(file): no lines with a \"text\" field") }
        let loadStart = DispatchTime.now()
        let pipeline = try Pipeline()
        let load = Double(DispatchTime.now().uptimeNanoseconds - loadStart.uptimeNanoseconds) / 1e9
        print("load (knowledge base + lexicons): \(String(format: "%.3f", load)) s")
        let bytes = texts.reduce(0) { $0 + $1.0.utf8.count }
        var sentences = 0
        _ = texts.map { pipeline.code(text: $0.0, published: $0.1, language: nil) }
        for threads in [1, ProcessInfo.processInfo.activeProcessorCount] {
            let start = DispatchTime.now()
            let counter = Counter()
            DispatchQueue.concurrentPerform(iterations: threads) { t in
                var n = 0
                for r in 0..<repeats where r % threads == t {
                    for (text, date) in texts { n += pipeline.code(text: text, published: date, language: nil).sentences.count }
                }
                counter.add(n)
            }
            sentences = counter.value
            let secs = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            let passes = Double(repeats)
            print("\(threads == 1 ? "one core" : "all cores (\(threads))"): \(sentences) sentences in \(String(format: "%.3f", secs)) s: "
                  + "\(String(format: "%.0f", Double(sentences) / secs)) sentences/s, \(String(format: "%.2f", Double(bytes) * passes / 1e6 / secs)) MB/s")
        }
        print("peak memory \(peakMemoryBytes() / 1_048_576) MB")
    }
}

/// A thread-safe sum.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var total = 0
    func add(_ n: Int) { lock.lock(); total += n; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return total }
}

struct BenchStore: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store", abstract: "Fill a scratch database with synthetic events, then time filtered queries."
    )
    @Option(help: "How many events to store.") var events: Int = 1_000_000
    @Option(help: "Scratch database path (reused when it already holds the events).") var db: String = "sitrep-bench.db"
    @Option(help: "Timed runs per query.") var runs: Int = 5
    @Option(help: "Article order: random (an archive backfilled in no order, the worst case) or chronological (a news feed).")
    var order: String = StoreBenchmark.Order.random.rawValue

    func validate() throws {
        guard StoreBenchmark.Order(rawValue: order) != nil else {
            throw ValidationError("--order '\(order)': expected \(StoreBenchmark.Order.allCases.map(\.rawValue).joined(separator: " or "))")
        }
    }

    func run() throws {
        warnIfDebug()
        let report = try StoreBenchmark.run(events: events, path: db, runs: runs, order: StoreBenchmark.Order(rawValue: order) ?? .random)
        print(report.description)
    }
}

/// `sitrep bench ingest`: the whole ingest on real documents, and the share of its time spent in the store.
struct BenchIngest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Ingest speed with and without the store write on real documents, and the store's share of the time.",
        discussion: """
        After a warm-up pass, runs the ingest over the inputs without storing (read, extract, code), then with the store into a fresh \
        scratch database (a copy of --into when given, so that writes land in a large database), timing the store's \
        part; then saves the same coded documents into fresh scratch databases --repeats times for a steady store figure.
        """
    )
    @Argument(help: "Files or directories, e.g. ../shared/corpora/extraction/trafilatura-eval/html ../shared/corpora/extraction/aeb/html")
    var paths: [String]
    @Option(help: "A database to copy as the starting point (e.g. the one `sitrep bench store` filled).") var into: String?
    @Option(help: "Store-only passes over the coded documents.") var repeats: Int = 5
    @Option(help: "Documents per transaction in the store-only passes (the ingest's own batch is 64).") var storeBatch: Int = 64

    func run() throws {
        warnIfDebug()
        let runner = BatchRunner(pipeline: try Pipeline(), options: PipelineOptions())
        _ = runner.run(paths: paths, sink: { _ in }, report: { _ in })  // warm-up: file cache, lazily loaded tables
        var coded: [[Document]] = []
        let (bare, _) = IngestTiming.measure { runner.run(paths: paths, sink: { coded.append($0) }, report: { _ in }) }
        let base = try into.map { try SQLiteEventStore(path: $0) }
        let store = try ScratchStore(copying: base)
        var inStore = IngestTiming(clock: CLOCK_THREAD_CPUTIME_ID)  // the writer thread's own CPU
        let (stored, summary) = IngestTiming.measure {
            runner.run(paths: paths, sink: { docs in _ = try inStore.add { try store.store.save(docs) } }, report: { _ in })
        }
        guard summary.documents > 0 else { throw CommandFailure("no document could be read from \(paths.joined(separator: " "))") }
        print("\(summary.documents) documents, \(summary.events) event reports, into a database of \(store.eventsBefore) events")
        print(bare.line("ingest without the store"))
        print(stored.line("ingest with the store   "))
        print(String(format: "  store, on the writer thread while the next batch is analysed: %.3f s wall (%.1f%% of the ingest's), %.3f s CPU (%.1f%%)",
                     inStore.wall, inStore.wall / max(stored.wall, 1e-9) * 100, inStore.cpu, inStore.cpu / max(stored.cpu, 1e-9) * 100))
        var passes: [IngestTiming] = []
        for _ in 0..<max(1, repeats) {
            let scratch = try ScratchStore(copying: base)
            var t = IngestTiming()
            let docs = coded.flatMap { $0 }
            for start in stride(from: 0, to: docs.count, by: max(1, storeBatch)) {
                let batch = Array(docs[start..<min(start + max(1, storeBatch), docs.count)])
                _ = try t.add { try scratch.store.save(batch) }
            }
            t.documents = summary.documents
            passes.append(t)
        }
        let best = passes.min { $0.cpu < $1.cpu }!
        print(best.line("store alone (best of \(passes.count))"))
        print(String(format: "store share of ingest CPU: %.1f%% (store %.2f ms, analysis %.2f ms CPU per document)",
                     best.cpu / (best.cpu + bare.cpu) * 100, best.cpu / Double(summary.documents) * 1e3, bare.cpu / Double(summary.documents) * 1e3))
    }
}

/// A database in the temporary directory, empty or a copy of another, removed when released.
final class ScratchStore {
    let path: String
    let store: SQLiteEventStore
    let eventsBefore: Int

    init(copying base: SQLiteEventStore?) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-bench-ingest-\(UUID().uuidString).db").path
        self.path = path
        store = try base.map { try $0.backup(to: path) } ?? SQLiteEventStore(path: path)
        eventsBefore = try store.stats().events
    }

    deinit {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}

/// Wall and CPU seconds of a timed block (CPU of the whole process, or of the calling thread only).
struct IngestTiming {
    var wall = 0.0
    var cpu = 0.0
    var documents = 0
    var clock = CLOCK_PROCESS_CPUTIME_ID

    func cpuSeconds() -> Double {
        var t = timespec()
        clock_gettime(clock, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// Runs `body`, adding its time.
    mutating func add<T>(_ body: () throws -> T) rethrows -> T {
        let t0 = DispatchTime.now().uptimeNanoseconds, c0 = cpuSeconds()
        defer {
            wall += Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
            cpu += cpuSeconds() - c0
        }
        return try body()
    }

    /// Times one batch run.
    static func measure(_ run: () -> BatchRunner.Summary) -> (IngestTiming, BatchRunner.Summary) {
        var t = IngestTiming()
        let summary = t.add(run)
        t.documents = summary.documents
        return (t, summary)
    }

    func line(_ label: String) -> String {
        String(format: "%@: %.3f s, %.0f documents/s, %.2f s CPU", label, wall, Double(documents) / max(wall, 1e-9), cpu)
    }
}

struct BenchLanguage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "langid",
        abstract: "Language-stage speed on a TSV of sentences: identification, tokenization + sentence splitting, the whole stage."
    )
    @Argument(help: "lang<TAB>sentence file, e.g. ../shared/corpora/language/sentences-dev.tsv") var tsv: String
    @Option(help: "Seconds per measurement at least.") var seconds: Double = 2

    func run() throws {
        warnIfDebug()
        let rows: [(language: String, text: String)]
        do { rows = try LanguageIDEvaluator.readTSV(URL(fileURLWithPath: tsv)) } catch { throw CommandFailure("\(error)") }
        let texts = rows.map(\.text)
        print(LanguageBenchmark.identify(texts, minimumSeconds: seconds).description)
        let article = stride(from: 0, to: texts.count, by: 200).map { i in texts[i..<min(i + 200, texts.count)].joined(separator: " ") }
        print(LanguageBenchmark.tokenizeAndSplit(article, minimumSeconds: seconds).description)
        print(LanguageBenchmark.analyze(article, minimumSeconds: seconds).description)
    }
}

struct BenchRecognize: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recognize",
        abstract: "Knowledge load time and actor/place recognition speed (MB/s, documents/s, peak memory) on text files."
    )
    @Argument(help: "Text files or directories of .txt files (e.g. the seed, or extracted articles).") var paths: [String]
    @Option(help: "Language of the texts (detected when absent).") var language: String?
    @Option(help: "Passes over the texts.") var passes: Int = 3

    func run() throws {
        warnIfDebug()
        var texts: [String] = []
        for p in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: p, isDirectory: &isDir) else { throw CommandFailure("\(p): no such file or directory") }
            let files = isDir.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: p)) ?? []).filter { $0.hasSuffix(".txt") }.sorted().map { p + "/" + $0 }
                : [p]
            for f in files {
                guard let t = try? String(contentsOfFile: f, encoding: .utf8) else { throw CommandFailure("\(f): not readable UTF-8 text") }
                texts.append(t)
            }
        }
        guard !texts.isEmpty else { throw CommandFailure("no .txt files found") }
        print(RecognitionBenchmark.run(texts: texts, language: language, passes: passes))
    }
}
