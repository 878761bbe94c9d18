import SitrepModel

/// Splits tokenized text into sentences (fr, en, ru, uk, de, es rules; generic rules for other languages).
///
/// Every "\n" ends a sentence (headlines and list items need no final punctuation) and starts a new paragraph
/// (`Sentence.paragraph` is the line index). ".", "!", "?", "…" end a sentence when the next token starts one
/// (an uppercase or uncased letter, a digit, or an opening quote, bracket or dash before one); closing quotes
/// and brackets after the terminator belong to the sentence they close. "." does not end a sentence after an
/// initial ("V. Poutine"), a title or other abbreviation of the language ("M.", "Dr.", "г.", "ул."), a number
/// abbreviation before a number ("No. 10"), a list number at the start of a line ("1. Dit"), or an ordinal
/// before a month ("am 24. Februar").
public struct SentenceSplitter: Sendable {
    /// ISO 639-1 code whose abbreviations apply; nil for a generic list.
    public let language: String?
    let strong: Set<String>
    let beforeNumber: Set<String>

    /// A splitter for `language` (ISO 639-1), or generic rules when nil.
    public init(language: String? = nil) {
        self.language = language
        strong = Abbreviations.strong(for: language)
        beforeNumber = Abbreviations.beforeNumber(for: language)
    }

    /// Tokenizes `text` and splits it into sentences.
    public func split(_ text: String) -> [Sentence] {
        split(text, tokens: Tokenizer().tokenize(text))
    }

    /// Sentences of `text` over its tokens (spans relative to `text`, shifted by `offset` when tokens were made
    /// with an offset).
    public func split(_ text: String, tokens: [Token], offset: Int = 0) -> [Sentence] {
        var text = text
        return text.withUTF8 { split(utf8: $0, tokens: tokens, offset: offset) }
    }

    /// Sentences over tokens of valid UTF-8 bytes (token spans are byte offsets into `utf8` plus `offset`).
    public func split(utf8: UnsafeBufferPointer<UInt8>, tokens: [Token], offset: Int = 0) -> [Sentence] {
        CharTable.flags.withUnsafeBufferPointer { flags in
            var run = SplitRun(splitter: self, text: utf8, tokens: tokens, flags: flags, offset: offset)
            run.run()
            return run.sentences
        }
    }
}

/// Quote characters and their roles.
enum Quote {
    static let guillemetOpen: UInt32 = 0xAB, guillemetClose: UInt32 = 0xBB
    static let lowDouble: UInt32 = 0x201E, leftDouble: UInt32 = 0x201C, rightDouble: UInt32 = 0x201D
    static let ascii: UInt32 = 0x22

    static func isQuote(_ v: UInt32) -> Bool {
        v == guillemetOpen || v == guillemetClose || v == lowDouble || v == leftDouble || v == rightDouble || v == ascii
            || v == 0x201A || v == 0x2018 || v == 0x2039 || v == 0x203A
    }
}

struct SplitRun {
    let splitter: SentenceSplitter
    let text: UnsafeBufferPointer<UInt8>
    let tokens: [Token]
    let flags: UnsafeBufferPointer<UInt8>
    let offset: Int
    var sentences: [Sentence] = []
    /// Closing quote expected for each open quote, innermost last.
    var quoteStack: [UInt32] = []

    init(splitter: SentenceSplitter, text: UnsafeBufferPointer<UInt8>, tokens: [Token],
         flags: UnsafeBufferPointer<UInt8>, offset: Int) {
        self.splitter = splitter
        self.text = text
        self.tokens = tokens
        self.flags = flags
        self.offset = offset
        sentences.reserveCapacity(tokens.count / 16 + 1)
    }

    /// Number of "\n" between the end of token `i - 1` (or the text start) and the start of token `i`.
    func newlines(before i: Int) -> Int {
        let from = i == 0 ? 0 : tokens[i - 1].span.end - offset
        let to = tokens[i].span.start - offset
        guard from < to else { return 0 }
        var count = 0
        for k in from..<to where text[k] == 0x0A { count += 1 }
        return count
    }

    /// First scalar of token `i`.
    func firstScalar(_ i: Int) -> UInt32 { CharTable.decode(text, tokens[i].span.start - offset).0 }

    func flagsOf(_ v: UInt32) -> UInt8 { v < 0x10000 ? flags[Int(v)] : CharTable.computeFlags(Unicode.Scalar(v) ?? " ") }

    /// True when token `i` is a single scalar.
    func isSingleScalar(_ i: Int) -> Bool {
        let s = tokens[i].span.start - offset
        return CharTable.decode(text, s).1 == tokens[i].span.length
    }

    mutating func run() {
        var sentStart = 0
        var paragraph = 0
        var sentParagraph = 0
        var i = 0
        let n = tokens.count
        while i < n {
            let breaks = newlines(before: i)
            if breaks > 0 {
                if i > sentStart { emit(sentStart, i, sentParagraph) }
                sentStart = i
                paragraph += breaks
                quoteStack.removeAll(keepingCapacity: true)
            }
            if i == sentStart { sentParagraph = paragraph }
            if tokens[i].kind == .punctuation, isSingleScalar(i), Quote.isQuote(firstScalar(i)) {
                noteQuote(i)
                i += 1
                continue
            }
            guard isTerminator(i) else { i += 1; continue }
            var j = i + 1
            while j < n, newlines(before: j) == 0, isCloser(j) { closeQuote(j); j += 1 }
            if endsSentence(terminator: i, sentStart: sentStart, next: j) {
                emit(sentStart, j, sentParagraph)
                sentStart = j
            }
            i = j
        }
        if sentStart < n { emit(sentStart, n, sentParagraph) }
    }

    mutating func emit(_ from: Int, _ to: Int, _ paragraph: Int) {
        sentences.append(Sentence(span: Span(tokens[from].span.start, tokens[to - 1].span.end), tokens: from..<to,
                                  paragraph: paragraph))
    }

    func isTerminator(_ i: Int) -> Bool {
        guard tokens[i].kind == .punctuation else { return false }
        let b = text[tokens[i].span.start - offset]
        if b == 0x2E || b == 0x21 || b == 0x3F { return true }
        let v = firstScalar(i)
        return v == 0x2026 || v == 0x3002 || v == 0xFF01 || v == 0xFF1F || v == 0x0964 || v == 0x061F || v == 0x06D4
    }

    /// Records an opening or closing quote outside the terminator context.
    mutating func noteQuote(_ i: Int) {
        let v = firstScalar(i)
        if let top = quoteStack.last, top == v || (top == Quote.leftDouble && v == Quote.rightDouble) {
            quoteStack.removeLast()
            return
        }
        switch v {
        case Quote.guillemetOpen: quoteStack.append(Quote.guillemetClose)
        case Quote.guillemetClose: if splitter.language == "de" { quoteStack.append(Quote.guillemetOpen) }
        case Quote.lowDouble: quoteStack.append(Quote.leftDouble)
        case Quote.leftDouble, Quote.rightDouble: quoteStack.append(Quote.rightDouble)
        case Quote.ascii: quoteStack.append(Quote.ascii)
        default: break
        }
    }

    /// True when token `j`, right after a terminator, closes the sentence: a closing bracket, a quote glued to
    /// what precedes it, or a quote that closes the innermost open quote.
    func isCloser(_ j: Int) -> Bool {
        guard tokens[j].kind == .punctuation, isSingleScalar(j) else { return false }
        let v = firstScalar(j)
        if v == 0x29 || v == 0x5D { return true }
        guard Quote.isQuote(v) else { return false }
        if tokens[j].span.start == tokens[j - 1].span.end { return true }
        if let top = quoteStack.last, top == v || (top == Quote.rightDouble && v == Quote.leftDouble) { return true }
        return v == Quote.guillemetClose && splitter.language != "de" || v == Quote.rightDouble
    }

    mutating func closeQuote(_ j: Int) {
        if !quoteStack.isEmpty, Quote.isQuote(firstScalar(j)) { quoteStack.removeLast() }
    }

    /// Decides whether the terminator at `t` (closers included up to `next`) ends the sentence.
    func endsSentence(terminator t: Int, sentStart: Int, next: Int) -> Bool {
        guard next < tokens.count, newlines(before: next) == 0 else { return true }
        guard startsSentence(next) else { return false }
        let dot = text[tokens[t].span.start - offset] == 0x2E && tokens[t].span.length == 1
        guard dot, t > sentStart, tokens[t - 1].span.end == tokens[t].span.start else { return true }
        let prevKind = tokens[t - 1].kind
        if prevKind == .number {
            if t - 1 == sentStart { return false }              // list number "1. Dit bring"
            if tokens[t - 1].span.length <= 2, isMonth(next) { return false } // ordinal date "am 24. Februar"
            return true
        }
        guard prevKind == .word else { return true }
        let firstFlags = flagsOf(firstScalar(t - 1))
        if isSingleScalar(t - 1), firstFlags & CharTable.upper != 0 { return false } // initial "V. Poutine"
        if splitter.strong.contains(tokens[t - 1].norm) { return false }
        if splitter.beforeNumber.contains(tokens[t - 1].norm), tokens[next].kind == .number { return false }
        return true
    }

    /// True when token `j` can start a sentence: an uppercase or uncased letter, a digit, or an opening
    /// quote/bracket/dash/¿/¡ followed by such a token.
    func startsSentence(_ j: Int) -> Bool {
        var k = j
        while k < tokens.count {
            let kind = tokens[k].kind
            let v = firstScalar(k)
            let f = flagsOf(v)
            if kind == .word { return f & CharTable.lowerCase == 0 }
            if kind == .number { return true }
            let opener = Quote.isQuote(v) || v == 0x28 || v == 0x5B || v == 0xBF || v == 0xA1 || v == 0x2014
                || v == 0x2013 || v == 0x2D
            guard opener, k + 1 < tokens.count, newlines(before: k + 1) == 0 else { return false }
            k += 1
        }
        return false
    }

    func isMonth(_ j: Int) -> Bool {
        tokens[j].kind == .word && Abbreviations.months.contains(tokens[j].norm)
    }
}
