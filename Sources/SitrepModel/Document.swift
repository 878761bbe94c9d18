/// One article as it moves through the pipeline: its text is owned once, every annotation points into it by `Span`.
public struct Document: Sendable {
    /// Content-derived id: `ArticleID.make(text:)` of the normalized body text.
    public var id: String
    /// Where the document came from (a file path, `stdin`, `file.jsonl:12`); used in error messages.
    public var origin: String
    /// The caller's own id (a JSONL `id`, a file name without extension).
    public var externalID: String?
    public var url: String?
    public var title: String?
    public var author: String?
    public var site: String?
    /// Publication date, from the input, the page metadata or `--published`.
    public var published: CalendarDay?
    /// ISO 639-1 code, detected or given.
    public var language: String?
    public var languageConfidence: Double?
    /// The main text: paragraphs separated by "\n".
    public var text: String

    public var sentences: [Sentence] = []
    public var tokens: [Token] = []
    public var mentions: [Mention] = []
    public var timexes: [TimeExpression] = []
    public var events: [Event] = []
    /// Statements in the text that contradict the knowledge base (e.g. a former member named as a member).
    public var flags: [KnowledgeFlag] = []

    public init(id: String? = nil, origin: String, externalID: String? = nil, url: String? = nil, title: String? = nil,
                author: String? = nil, site: String? = nil, published: CalendarDay? = nil,
                language: String? = nil, text: String) {
        self.id = id ?? ArticleID.make(text: text)
        self.origin = origin
        self.externalID = externalID
        self.url = url
        self.title = title
        self.author = author
        self.site = site
        self.published = published
        self.language = language
        self.text = text
    }

    /// The text covered by a span.
    public func text(_ span: Span) -> Substring { text.slice(span) }

    /// Tokens of one sentence.
    public func tokens(of sentence: Sentence) -> ArraySlice<Token> { tokens[sentence.tokens] }
}

/// A statement that conflicts with the knowledge base, kept with its evidence.
public struct KnowledgeFlag: Codable, Sendable, Hashable {
    public var kind: String
    public var message: String
    public var evidence: Span

    public init(kind: String, message: String, evidence: Span) {
        self.kind = kind
        self.message = message
        self.evidence = evidence
    }
}

/// Article ids: the hash of the whitespace-normalized body text.
public enum ArticleID {
    public static func make(text: String) -> String {
        let normalized = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return String(SHA256.hex(Array(normalized.utf8)).prefix(24))
    }
}
