import Foundation
import SitrepLanguage
import SitrepModel

/// Measured knowledge load time, recognition speed and peak memory.
public struct RecognitionFigures: Sendable {
    /// Seconds to load the knowledge base (nil when a loaded one was given).
    public var loadSeconds: Double?
    public var documents: Int
    public var bytes: Int
    public var mentions: Int
    /// Thread CPU seconds spent in `MentionRecognizer.recognize` alone (documents already tokenized), over all passes.
    public var recognizeSeconds: Double
    /// Thread CPU seconds spent tokenizing, splitting sentences and lemmatizing, over all passes.
    public var analyzeSeconds: Double
    public var passes: Int
    /// Peak resident memory of the process (VmHWM), in bytes; 0 when unknown.
    public var peakMemoryBytes: Int

    public var megabytesPerSecond: Double { recognizeSeconds > 0 ? Double(bytes * passes) / 1e6 / recognizeSeconds : 0 }
    public var documentsPerSecond: Double { recognizeSeconds > 0 ? Double(documents * passes) / recognizeSeconds : 0 }
    /// Speed of analysis plus recognition together.
    public var endToEndMegabytesPerSecond: Double {
        let t = recognizeSeconds + analyzeSeconds
        return t > 0 ? Double(bytes * passes) / 1e6 / t : 0
    }

    /// One figure per line.
    public var report: String {
        func f(_ x: Double, _ d: Int = 3) -> String { String(format: "%.\(d)f", x) }
        var lines: [String] = []
        if let l = loadSeconds { lines.append("knowledge load \(f(l)) s") }
        lines += [
            "documents \(documents) (\(f(Double(bytes) / 1e6, 2)) MB) × \(passes) passes, \(mentions) mentions per pass",
            "recognition \(f(megabytesPerSecond, 1)) MB/s, \(f(documentsPerSecond, 0)) documents/s (one core, thread CPU time, tokens given)",
            "analysis (tokens, sentences, lemmas) + recognition \(f(endToEndMegabytesPerSecond, 1)) MB/s",
            "peak memory \(peakMemoryBytes / 1_048_576) MB",
        ]
        return lines.joined(separator: "\n")
    }
}

/// Times knowledge loading and mention recognition on a set of texts (`sitrep bench` calls it).
public enum RecognitionBenchmark {
    /// Loads the shipped knowledge (timed), then recognizes every text `passes` times on one core; returns the report.
    public static func run(texts: [String], language: String?, passes: Int = 3) -> String {
        do { return try measure(texts: texts, language: language, passes: passes).report } catch {
            return "knowledge load failed: \(error)"
        }
    }

    /// The figures behind `run`; pass `knowledge` to skip (and not time) loading.
    public static func measure(texts: [String], language: String?, passes: Int = 3,
                               knowledge: KnowledgeBase? = nil) throws -> RecognitionFigures {
        var loadSeconds: Double?
        let kb: KnowledgeBase
        if let knowledge { kb = knowledge } else {
            let t0 = DispatchTime.now().uptimeNanoseconds
            kb = try KnowledgeBase.load()
            loadSeconds = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
        }
        let recognizer = MentionRecognizer(knowledge: kb)
        let analyzer = LanguageAnalyzer()
        func analyzed() -> [Document] {
            texts.enumerated().map { i, text in
                var d = Document(origin: "bench-\(i)", published: CalendarDay(year: 2023, month: 2, day: 1), language: language, text: text)
                analyzer.analyze(&d)
                return d
            }
        }
        // A first, untimed analysis loads the lemma tables (a one-time cost, like the knowledge load).
        let docs = analyzed()
        var analyzeNs: UInt64 = 0
        for _ in 0..<max(passes, 1) {
            let t0 = threadCPUNanoseconds()
            _ = analyzed()
            analyzeNs += threadCPUNanoseconds() - t0
        }
        let (recognizeNs, mentions) = recognizePasses(docs, recognizer, passes: max(passes, 1))
        return RecognitionFigures(loadSeconds: loadSeconds, documents: texts.count, bytes: texts.reduce(0) { $0 + $1.utf8.count },
                                  mentions: mentions, recognizeSeconds: Double(recognizeNs) / 1e9,
                                  analyzeSeconds: Double(analyzeNs) / 1e9, passes: max(passes, 1), peakMemoryBytes: peakMemoryBytes())
    }

    /// Recognizes every document `passes` times; returns the thread CPU time and the mentions of the first pass.
    @inline(never)
    static func recognizePasses(_ docs: [Document], _ recognizer: MentionRecognizer, passes: Int) -> (UInt64, Int) {
        var ns: UInt64 = 0, mentions = 0
        for pass in 0..<passes {
            var count = 0
            let t1 = threadCPUNanoseconds()
            for var d in docs {
                recognizer.recognize(&d)
                count += d.mentions.count
            }
            ns += threadCPUNanoseconds() - t1
            if pass == 0 { mentions = count }
        }
        return (ns, mentions)
    }

    /// CPU time of the calling thread (one core, unaffected by other processes on a shared machine).
    static func threadCPUNanoseconds() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }

    /// Peak resident memory (VmHWM from /proc/self/status), in bytes; 0 where unavailable.
    public static func peakMemoryBytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return (line.split(separator: " ").compactMap { Int($0) }.first ?? 0) * 1024
        }
        return 0
    }
}
