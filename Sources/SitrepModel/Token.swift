/// What a token is, as far as matching needs to know.
public enum TokenKind: UInt8, Codable, Sendable {
    case word, number, punctuation, symbol
}

/// One token: its byte span in the document text and the keys used for matching.
public struct Token: Hashable, Codable, Sendable {
    public var span: Span
    public var kind: TokenKind
    /// Matching key: NFC, case-folded, apostrophes unified, diacritics kept ("arménie").
    public var norm: String
    /// Lemma of `norm` when the language has a lemma table or rules, else `norm`.
    public var lemma: String
    /// True when the surface form starts with an uppercase letter.
    public var isCapitalized: Bool

    public init(span: Span, kind: TokenKind, norm: String, lemma: String? = nil, isCapitalized: Bool = false) {
        self.span = span
        self.kind = kind
        self.norm = norm
        self.lemma = lemma ?? norm
        self.isCapitalized = isCapitalized
    }
}

/// A sentence: its byte span and the range of its tokens in `Document.tokens`.
public struct Sentence: Hashable, Codable, Sendable {
    public var span: Span
    public var tokens: Range<Int>
    /// Index of the paragraph (line of the main text) the sentence belongs to.
    public var paragraph: Int

    public init(span: Span, tokens: Range<Int>, paragraph: Int = 0) {
        self.span = span
        self.tokens = tokens
        self.paragraph = paragraph
    }
}
