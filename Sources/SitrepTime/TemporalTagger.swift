import SitrepLanguage
import SitrepModel

/// The Time stage: finds temporal expressions in a document and resolves them against its publication date.
public struct TemporalTagger: Sendable {
    public init() {}

    /// Fills `doc.timexes` from `doc.tokens` and `doc.sentences` (tokenizing the text itself when they are absent).
    public func tag(_ doc: inout Document) {
        let tokens = doc.tokens.isEmpty ? Tokenizer().tokenize(doc.text) : doc.tokens
        var ranges = doc.sentences.map(\.tokens).filter { $0.lowerBound >= 0 && $0.upperBound <= tokens.count }
        if ranges.isEmpty { ranges = [0..<tokens.count] }
        let lexicon = TimeLexicons.lexicon(for: doc.language)
        doc.timexes = ranges.flatMap { r -> [TimeExpression] in
            // A sentence without a number or a content word (`TimeGrammar.contentKinds`) has no expression: its tokens
            // are neither copied nor parsed.
            guard tokens[r].contains(where: { $0.kind == .number || lexicon.mayStart($0, kinds: TimeGrammar.contentKinds) }) else {
                return []
            }
            return expressions(in: Array(tokens[r]), lexicon: lexicon, published: doc.published)
        }
    }

    /// The resolved time expressions of a text (tokenized with SitrepLanguage's `Tokenizer`).
    /// Relative expressions are dropped when `published` is nil; absolute dates are kept.
    public func expressions(in text: String, language: String?, published: CalendarDay?) -> [TimeExpression] {
        expressions(in: Tokenizer().tokenize(text), lexicon: TimeLexicons.lexicon(for: language), published: published)
    }

    /// Languages with a time lexicon (ISO 639-1).
    public static var languages: [String] { TimeLexicons.all.keys.sorted() }

    func expressions(in tokens: [Token], lexicon: TimeLexicon, published: CalendarDay?) -> [TimeExpression] {
        guard !tokens.isEmpty else { return [] }
        let grammar = TimeGrammar(tokens: tokens, lexicon: lexicon)
        return grammar.parseAll().compactMap { start, parse in
            guard let r = parse.meaning.resolve(published: published) else { return nil }
            let span = Span(tokens[start].span.start, tokens[parse.end - 1].span.end)
            let future = r.future || (published.map { r.date > $0 } ?? false)
            return TimeExpression(span: span, date: r.date, end: r.end, precision: r.precision, isFuture: future)
        }
    }
}
