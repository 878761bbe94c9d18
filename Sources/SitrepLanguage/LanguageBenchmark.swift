import Foundation
import SitrepModel

/// One measured stage: how much input went through in how long.
public struct BenchmarkResult: Sendable, CustomStringConvertible {
    public var name: String
    public var bytes: Int
    public var items: Int
    /// CPU seconds of the measuring thread (one core).
    public var seconds: Double
    /// Wall-clock seconds (higher than `seconds` when other processes share the cores).
    public var wallSeconds: Double
    public var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1e6 / seconds : 0 }
    public var itemsPerSecond: Double { seconds > 0 ? Double(items) / seconds : 0 }

    public var description: String {
        String(format: "%@: %.1f MB/s, %.0f items/s per core (%d bytes, %d items, %.3f s CPU, %.3f s wall)",
               name, megabytesPerSecond, itemsPerSecond, bytes, items, seconds, wallSeconds)
    }
}

/// Speed measurements of the language stage on one core (the CLI's `sitrep bench` calls these; use a release build).
public enum LanguageBenchmark {
    /// Tokenization plus sentence splitting over `texts`, repeated until `minimumSeconds` have passed;
    /// items are tokens.
    public static func tokenizeAndSplit(_ texts: [String], language: String? = nil,
                                        minimumSeconds: Double = 1) -> BenchmarkResult {
        let tokenizer = Tokenizer()
        let splitter = SentenceSplitter(language: language)
        var copies = texts
        return measure("tokenize+split", texts: texts, minimumSeconds: minimumSeconds) {
            var items = 0
            for k in copies.indices {
                copies[k].withUTF8 { buf in
                    let tokens = tokenizer.tokenize(utf8: buf)
                    items += tokens.count
                    blackHole(splitter.split(utf8: buf, tokens: tokens).count)
                }
            }
            return items
        }
    }

    /// Language identification of each text (a sentence or an article); items are texts.
    public static func identify(_ texts: [String], identifier: LanguageIdentifier = LanguageIdentifier(),
                                minimumSeconds: Double = 1) -> BenchmarkResult {
        _ = identifier.identify("warm up the model tables")
        return measure("langid", texts: texts, minimumSeconds: minimumSeconds) {
            for t in texts { blackHole(identifier.identify(t).confidence) }
            return texts.count
        }
    }

    /// The whole stage (`LanguageAnalyzer.analyze`: identification, tokens, lemmas, sentences); items are texts.
    public static func analyze(_ texts: [String], analyzer: LanguageAnalyzer = LanguageAnalyzer(),
                               minimumSeconds: Double = 1) -> BenchmarkResult {
        var warm = Document(origin: "bench", text: "Warm-up. Les tables sont chargées une fois.")
        analyzer.analyze(&warm)
        let docs = texts.enumerated().map { Document(id: "b\($0.offset)", origin: "bench", text: $0.element) }
        return measure("analyze", texts: texts, minimumSeconds: minimumSeconds) {
            for var d in docs { analyzer.analyze(&d); blackHole(d.tokens.count) }
            return texts.count
        }
    }

    /// CPU time consumed by the calling thread: the one-core figure, independent of other load on the machine.
    public static func threadCPUSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Keeps a result alive so the optimizer cannot drop the work that produced it.
    @inline(never) static func blackHole<T>(_ value: T) { withExtendedLifetime(value) {} }

    /// Runs `body` (one pass over `texts`, returning its item count) until `minimumSeconds` have passed.
    static func measure(_ name: String, texts: [String], minimumSeconds: Double, _ body: () -> Int) -> BenchmarkResult {
        let bytesPerPass = texts.reduce(0) { $0 + $1.utf8.count }
        var bytes = 0, items = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = threadCPUSeconds()
        var elapsed = 0.0
        repeat {
            items += body()
            bytes += bytesPerPass
            elapsed = threadCPUSeconds() - cpuStart
        } while elapsed < minimumSeconds && bytesPerPass > 0
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return BenchmarkResult(name: name, bytes: bytes, items: items, seconds: elapsed, wallSeconds: wall)
    }
}
