import Foundation
import SitrepCoding
import SitrepExtract
import SitrepIngest
import SitrepKnowledge
import SitrepLanguage
import SitrepModel
import SitrepTime

/// How to treat inputs that lack facts of their own.
public struct PipelineOptions: Sendable {
    /// Publication date for inputs that carry none (relative dates resolve against it).
    public var published: CalendarDay?
    /// Language for inputs that carry none (else detected).
    public var language: String?

    public init(published: CalendarDay? = nil, language: String? = nil) {
        self.published = published
        self.language = language
    }
}

/// Composes the stages: extract → language → recognize → time → code → contradiction flags. Loaded once, used from many threads.
public final class Pipeline: Sendable {
    public let knowledge: KnowledgeBase
    let recognizer: MentionRecognizer
    let analyzer: LanguageAnalyzer
    let tagger: TemporalTagger
    public let coder: EventCoder
    let contradictions: ContradictionDetector
    let extraction = ArticleExtraction()
    /// Coder, lexicon and knowledge versions, recorded on every event (for `recode`).
    public let version: String
    /// Languages the coder has a lexicon for.
    let codedLanguages: Set<String>

    /// Loads the knowledge base and lexicons, with a user's own entries added.
    public init(extraKnowledge: [URL] = [], extraLexicons: [URL] = []) throws {
        // The shipped knowledge is loaded once per process; a user's extra files make a knowledge base of their own.
        knowledge = extraKnowledge.isEmpty ? KnowledgeBase.shared : try KnowledgeBase.load(extraFiles: extraKnowledge)
        recognizer = MentionRecognizer(knowledge: knowledge)
        analyzer = LanguageAnalyzer()
        tagger = TemporalTagger()
        coder = try EventCoder(extraLexicons: extraLexicons)
        contradictions = ContradictionDetector(knowledge: knowledge)
        version = "\(coder.coderVersion); kb \(knowledge.version)"
        codedLanguages = Set(coder.languages)
    }

    /// Extraction only: main text and metadata of one input.
    public func extract(_ input: RawInput) throws -> ExtractedArticle { try extraction.extract(input) }

    /// The document of one input with every stage applied.
    public func process(_ input: RawInput, options: PipelineOptions = PipelineOptions()) throws -> Document {
        let article = try extract(input)
        let body = article.articleBody
        guard body.contains(where: { $0.isLetter }) else {
            throw IngestError(input: input.origin, reason: "no article text found")
        }
        var doc = Document(origin: input.origin, externalID: article.id, url: article.url, title: article.title,
                           author: article.author, site: article.site ?? Pipeline.site(of: article.url),
                           published: article.date.flatMap(CalendarDay.init(parsing:)) ?? options.published,
                           language: article.language.map(Pipeline.languageCode) ?? options.language, text: body)
        analyze(&doc)
        return doc
    }

    /// Runs language, recognition, time and coding over a document whose text is set.
    public func analyze(_ doc: inout Document) {
        if doc.language == nil, let guess = languageForCoding(doc.text) {
            doc.language = guess.code
            doc.languageConfidence = guess.confidence
        }
        analyzer.analyze(&doc)
        recognizer.recognize(&doc)
        tagger.tag(&doc)
        coder.code(&doc)
        contradictions.detect(&doc)
        // Every event records the coder, lexicon and knowledge versions that produced it (for `recode`).
        for i in doc.events.indices { doc.events[i].coderVersion = version }
    }

    /// The language to read a text in. Short texts full of names (a one-line wire sentence) can look like
    /// another language to a character model; when the best guess is uncertain and a language the coder reads
    /// ranks close behind, that language is taken. Nil leaves identification to the language stage.
    func languageForCoding(_ text: String) -> (code: String, confidence: Double)? {
        // a text of at most 2048 bytes is its own 2048-character prefix (no walk over its characters)
        let ranked = analyzer.identifier.rank(text.utf8.count <= 2048 ? text : String(text.prefix(2048)))
        guard let top = ranked.first else { return nil }
        let coded = codedLanguages
        if coded.contains(top.code) || top.confidence >= 0.6 { return top }
        for candidate in ranked.prefix(4) where coded.contains(candidate.code) && candidate.confidence >= top.confidence * 0.25 {
            return candidate
        }
        return top
    }

    /// Codes a piece of text (a sentence or an article) without extraction.
    public func code(text: String, id: String? = nil, published: CalendarDay?, language: String?) -> Document {
        var doc = Document(origin: id ?? "text", externalID: id, published: published, language: language, text: text)
        analyze(&doc)
        return doc
    }

    /// "fr-FR" → "fr".
    static func languageCode(_ tag: String) -> String {
        String(tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? "")
    }

    /// The host of a URL without "www.", as the site name of last resort.
    static func site(of url: String?) -> String? {
        guard let url, let host = URL(string: url)?.host else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}
