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
    /// The first 24 hex digits of the SHA-256 of the text with its whitespace runs collapsed to one space and
    /// trimmed at both ends. Ids are stored, so this must never change what it returns: the loop below gives the
    /// bytes that splitting on `Character.isWhitespace` and joining with " " gives, without building a Character
    /// per letter (that was a fifth of the analysis time of a short text).
    public static func make(text: String) -> String {
        SHA256.hex(normalizedBytes(text), digits: 24)
    }

    /// The whitespace-normalized UTF-8 bytes `make` hashes.
    public static func normalizedBytes(_ text: String) -> [UInt8] {
        if let ascii = asciiNormalizedBytes(text) { return ascii }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var previous: UInt32 = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if isWhite(v) {
                // a whitespace scalar after a prepended mark is part of a Character that is not whitespace
                if isPrepend(previous) { return characterNormalized(text) }
                pendingSpace = true
                previous = v
                continue
            }
            if pendingSpace {
                // a mark after a whitespace scalar joins it into one whitespace Character that drops the mark
                if v >= 0x300, isWhite(previous), clusters(v) { return characterNormalized(text) }
                if !out.isEmpty { out.append(0x20) }
                pendingSpace = false
            }
            if v < 0x80 {
                out.append(UInt8(v))
            } else {
                out.append(contentsOf: String(scalar).utf8)
            }
            previous = v
        }
        return out
    }

    /// `normalizedBytes` of an ASCII text, on its bytes (an ASCII scalar is never a mark nor a prepended scalar, so only
    /// the whitespace runs matter); nil when the text has other scalars.
    static func asciiNormalizedBytes(_ text: String) -> [UInt8]? {
        var text = text
        return text.withUTF8 { utf8 -> [UInt8]? in
            var out: [UInt8] = []
            out.reserveCapacity(utf8.count)
            var pendingSpace = false
            for b in utf8 {
                if b >= 0x80 { return nil }
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) { pendingSpace = true; continue }
                if pendingSpace {
                    if !out.isEmpty { out.append(0x20) }
                    pendingSpace = false
                }
                out.append(b)
            }
            return out
        }
    }

    /// The definition itself, by Characters: the rare texts where a grapheme cluster straddles whitespace.
    static func characterNormalized(_ text: String) -> [UInt8] {
        Array(text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").utf8)
    }

    /// Scalars that extend the cluster before them (marks, joiners, emoji modifiers).
    static func clusters(_ v: UInt32) -> Bool {
        guard let s = Unicode.Scalar(v) else { return false }
        return s.properties.isGraphemeExtend || s.properties.generalCategory == .spacingMark
            || v == 0x200D || (0x1F3FB...0x1F3FF).contains(v)
    }

    /// Grapheme_Cluster_Break=Prepend scalars (they join the scalar after them).
    static func isPrepend(_ v: UInt32) -> Bool {
        guard v >= 0x600 else { return false }
        switch v {
        case 0x600...0x605, 0x6DD, 0x70F, 0x890, 0x891, 0x8E2, 0xD4E, 0x110BD, 0x110CD, 0x111C2, 0x111C3,
             0x1193F, 0x11941, 0x11A3A, 0x11A84...0x11A89, 0x11D46, 0x11F02: return true
        default: return false
        }
    }

    /// Unicode White_Space (the scalars `Character.isWhitespace` accepts).
    @inline(__always) static func isWhite(_ v: UInt32) -> Bool {
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        switch v {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
