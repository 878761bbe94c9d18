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
