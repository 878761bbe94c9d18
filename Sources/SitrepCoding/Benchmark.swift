import Foundation
import SitrepKnowledge
import SitrepLanguage
import SitrepModel
import SitrepTime

/// The stages an event needs, composed for one text: language, mentions, time, then the coder.
public struct StagedCoder: Sendable {
    public let coder: EventCoder
    public let analyzer: LanguageAnalyzer
    public let recognizer: MentionRecognizer
    public let tagger: TemporalTagger

    /// Composes the stages around a coder.
    public init(coder: EventCoder, knowledge: KnowledgeBase = .shared) {
        self.coder = coder
        self.analyzer = LanguageAnalyzer()
        self.recognizer = MentionRecognizer(knowledge: knowledge)
        self.tagger = TemporalTagger()
    }

    /// Runs language analysis, mention recognition, time tagging and coding on a text.
    public func document(text: String, published: CalendarDay?, language: String? = nil, id: String? = nil) -> Document {
        var doc = Document(id: id, origin: id ?? "text", published: published, language: language, text: text)
        analyzer.analyze(&doc)
        recognizer.recognize(&doc)
        tagger.tag(&doc)
        coder.code(&doc)
        return doc
    }

    /// The events of one text (the closure `EventEvaluator.evaluate` takes).
    public func events(text: String, published: CalendarDay?) -> [Event] {
        document(text: text, published: published).events
    }
}

/// Throughput of the coding path, tokenization and recognition included.
public struct CodingBenchmarkResult: Sendable, Codable {
    public var sentences: Int
    public var events: Int
    public var seconds: Double
    public var sentencesPerSecond: Double { seconds > 0 ? Double(sentences) / seconds : 0 }
}

public enum CodingBenchmark {
    /// CPU time of the calling thread in seconds: per-core throughput, whatever else the machine runs.
    public static func threadCPUSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Codes `texts` repeatedly on the calling thread (one core) for at least `minimumSeconds` of thread CPU
    /// time and reports sentences per CPU second. `sitrep bench code` calls this with the GSR sentences or the seed article.
    public static func run(texts: [(text: String, published: CalendarDay?)], staged: StagedCoder,
                           language: String? = nil, minimumSeconds: Double = 2) -> CodingBenchmarkResult {
        var result = CodingBenchmarkResult(sentences: 0, events: 0, seconds: 0)
        guard !texts.isEmpty else { return result }
        let start = threadCPUSeconds()
        repeat {
            for (text, day) in texts {
                let doc = staged.document(text: text, published: day, language: language)
                result.sentences += doc.sentences.count
                result.events += doc.events.count
            }
            result.seconds = threadCPUSeconds() - start
        } while result.seconds < minimumSeconds
        return result
    }
}
