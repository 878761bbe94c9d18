import Foundation
import SitrepKnowledge
import SitrepLanguage
import SitrepModel

/// Codes CAMEO events from a document's sentences, tokens, mentions and time expressions, without a parser.
public struct EventCoder: Sendable {
    /// Coder identity recorded on every event, with the lexicon checksum.
    public static let version = "sitrep-coder 0.1"

    let lexicons: [String: LanguageLexicon]
    /// GeoNames ids of capitals: a capital outside a locative phrase stands for its state.
    public var capitals: Set<Int> = []
    /// "sitrep-coder 0.1; lex 1a2b3c4d".
    public let coderVersion: String
    /// Languages with a trigger lexicon.
    public var languages: [String] { lexicons.keys.sorted() }

    /// Loads the bundled `triggers-<lang>.txt` files and any extra lexicon files (same format; a new
    /// language is added by a file whose header says `# language: xx` or whose name is `triggers-xx.txt`).
    /// The knowledge base supplies the capitals (a capital outside a locative stands for its state).
    public init(extraLexicons: [URL] = [], knowledge: KnowledgeBase? = .shared) throws {
        var loader = LexiconLoader()
        for url in EventCoder.bundledLexicons() { try loader.load(text: try EventCoder.read(url), name: url.lastPathComponent) }
        for url in extraLexicons { try loader.load(text: try EventCoder.read(url), name: url.path) }
        guard !loader.lexicons.isEmpty else {
            throw LexiconError(input: "SitrepCoding/Resources", line: nil, reason: "no triggers-*.txt lexicon found")
        }
        lexicons = loader.lexicons
        coderVersion = "\(EventCoder.version); lex \(String(loader.checksum, radix: 16))"
        if let kb = knowledge { capitals = Set(kb.gazetteer.entries.filter(\.isCapital).map(\.geonameid)) }
    }

    static func bundledLexicons() -> [URL] {
        guard let dir = Bundle.module.url(forResource: "Resources", withExtension: nil) ?? Bundle.module.resourceURL,
              let files = try? FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil) else { return [] }
        return files.filter { $0.lastPathComponent.hasPrefix("triggers-") && $0.pathExtension == "txt" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    static func read(_ url: URL) throws -> String {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw LexiconError(input: url.path, line: nil, reason: "cannot read file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LexiconError(input: url.path, line: nil, reason: "not valid UTF-8")
        }
        return text
    }

    /// Fills `doc.events` (replacing any) from `doc.sentences`, `doc.tokens`, `doc.mentions` and `doc.timexes`.
    /// Tokens and sentences are made here when earlier stages left them empty.
    public func code(_ doc: inout Document) {
        if doc.tokens.isEmpty { doc.tokens = Tokenizer().tokenize(doc.text) }
        if doc.sentences.isEmpty { doc.sentences = SentenceFallback.split(doc) }
        guard let lex = lexicon(for: doc) else { doc.events = []; return }
        var run = CodingRun(doc: doc, lex: lex, coderVersion: coderVersion, capitals: capitals)
        run.codeAll()
        doc.events = run.events
    }

    func lexicon(for doc: Document) -> LanguageLexicon? {
        if let l = doc.language, let lex = lexicons[l] { return lex }
        if doc.language != nil { return nil }
        // Unknown language: the lexicon whose function words cover most of the first tokens.
        var best: (String, Int)? = nil
        for (code, lex) in lexicons {
            var hits = 0
            for t in doc.tokens.prefix(200) where lex.roles.values.contains(where: { $0.contains(t.norm) }) { hits += 1 }
            if best == nil || hits > best!.1 || hits == best!.1 && code < best!.0 { best = (code, hits) }
        }
        return best.flatMap { lexicons[$0.0] }
    }
}

/// Sentence splitting used only when the Language stage has not run: ends at . ! ? and at newlines.
enum SentenceFallback {
    static func split(_ doc: Document) -> [Sentence] {
        var out: [Sentence] = []
        var start = 0, paragraph = 0
        let bytes = Array(doc.text.utf8)
        func newlineBetween(_ a: Int, _ b: Int) -> Bool { a < b && bytes[a..<min(b, bytes.count)].contains(10) }
        for (i, t) in doc.tokens.enumerated() {
            let endsHere = t.kind == .punctuation && [".", "!", "?"].contains(t.norm)
            let breakAfter = i + 1 < doc.tokens.count && newlineBetween(t.span.end, doc.tokens[i + 1].span.start)
            if endsHere || breakAfter || i == doc.tokens.count - 1 {
                out.append(Sentence(span: Span(doc.tokens[start].span.start, t.span.end), tokens: start..<(i + 1), paragraph: paragraph))
                if breakAfter { paragraph += 1 }
                start = i + 1
            }
        }
        return out
    }
}
