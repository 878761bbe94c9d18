import Foundation
import SitrepLanguage
import SitrepModel

/// What a lexicon entry means to the time grammar.
enum TimeWordKind: String, Sendable, CaseIterable {
    case weekday, month, season, relday, relunit, unit
    case this, past, next, recent, coming
    case since, `for`, `in`, on, within, agopre, agopost
    case several, num, ord, ordsuffix, link, det, soon, yearword, part, percent
    case rangefrom, rangeto

    /// Bit of the kind in a token's kind mask (`TimeGrammar.kinds`).
    @inline(__always) var bit: UInt32 { 1 << ordinal }

    private var ordinal: UInt32 {
        switch self {
        case .weekday: return 0
        case .month: return 1
        case .season: return 2
        case .relday: return 3
        case .relunit: return 4
        case .unit: return 5
        case .this: return 6
        case .past: return 7
        case .next: return 8
        case .recent: return 9
        case .coming: return 10
        case .since: return 11
        case .`for`: return 12
        case .`in`: return 13
        case .on: return 14
        case .within: return 15
        case .agopre: return 16
        case .agopost: return 17
        case .several: return 18
        case .num: return 19
        case .ord: return 20
        case .ordsuffix: return 21
        case .link: return 22
        case .det: return 23
        case .soon: return 24
        case .yearword: return 25
        case .part: return 26
        case .percent: return 27
        case .rangefrom: return 28
        case .rangeto: return 29
        }
    }
}

/// Conditions an entry puts on its use.
enum TimeWordFlag: String, Sendable {
    /// Plural form ("semaines", "derniers", "les").
    case pl
    /// The first token must be capitalized (English month names).
    case cap
    /// The first token must not be capitalized (German "morgen" vs "Morgen").
    case lower
    /// Needs a preposition, modifier, day or year beside it ("May", "fall").
    case ctx
    /// Like `ctx`, but a determiner is enough ("l'été" yes, "a été" no).
    case ctxdet
    /// Not after a determiner or demonstrative (Spanish "la mañana" is the morning).
    case nodet
    /// Abbreviation that may be followed by a period ("Feb.").
    case abbr

    var bit: UInt8 {
        switch self {
        case .pl: return 1
        case .cap: return 2
        case .lower: return 4
        case .ctx: return 8
        case .ctxdet: return 16
        case .nodet: return 32
        case .abbr: return 64
        }
    }
}

/// One line of a time lexicon: a phrase (tokenized like the text), its kind, value and flags.
/// A class so that the grammar passes matches around without copying (and retaining) each field.
final class TimeWord: Sendable {
    let norms: [String]
    let kind: TimeWordKind
    let value: String
    /// `TimeWordFlag.bit` of each flag.
    let flagBits: UInt8
    /// `value` as a number (0 when it is none).
    let int: Int

    init(norms: [String], kind: TimeWordKind, value: String, flags: Set<TimeWordFlag>) {
        self.norms = norms
        self.kind = kind
        self.value = value
        self.flagBits = flags.reduce(0) { $0 | $1.bit }
        self.int = Int(value) ?? 0
    }

    @inline(__always) func has(_ f: TimeWordFlag) -> Bool { flagBits & f.bit != 0 }
}

/// Errors reading a time lexicon.
public struct TimeLexiconError: Error, CustomStringConvertible, Sendable {
    public let input: String
    public let line: Int
    public let reason: String
    public var description: String { "\(input):\(line): \(reason)" }
}

/// The time words of one language (or the union of several), indexed by first token.
struct TimeLexicon: Sendable {
    let language: String
    /// Entries by the norm of their first token, longest phrase first.
    let byFirst: [String: [TimeWord]]
    /// `byFirst` for per-token lookups.
    let firstTable: WordTable<[TimeWord]>
    /// The kinds (`TimeWordKind.bit`) of the entries starting with each first word, unioned once at load.
    let firstKinds: WordTable<UInt32>
    /// True when numeric and spelled dates put the month first ("February 24", "2/24/2023").
    let monthFirst: Bool

    init(language: String, words: [TimeWord], monthFirst: Bool) {
        var map: [String: [TimeWord]] = [:]
        for w in words { map[w.norms[0], default: []].append(w) }
        for k in map.keys { map[k]!.sort { $0.norms.count > $1.norms.count } }
        self.language = language
        self.byFirst = map
        self.firstTable = WordTable(map)
        self.firstKinds = WordTable(map.mapValues { $0.reduce(0) { $0 | $1.kind.bit } })
        self.monthFirst = monthFirst
    }

    /// Parses TSV lines `phrase<TAB>kind[<TAB>value[<TAB>flag,flag]]`; `#` starts a comment;
    /// `@dateorder<TAB>mdy` declares month-first dates.
    static func parse(tsv: String, language: String) throws -> TimeLexicon {
        let tokenizer = Tokenizer()
        var words: [TimeWord] = []
        var monthFirst = false
        for (n, raw) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            if f[0] == "@dateorder" { monthFirst = f.count > 1 && f[1] == "mdy"; continue }
            guard f.count >= 2, let kind = TimeWordKind(rawValue: f[1]) else {
                throw TimeLexiconError(input: "time/\(language).tsv", line: n + 1, reason: "expected phrase<TAB>kind, got \"\(line)\"")
            }
            let norms = elisionNorms(tokenizer.tokenize(f[0]))
            guard !norms.isEmpty else {
                throw TimeLexiconError(input: "time/\(language).tsv", line: n + 1, reason: "empty phrase")
            }
            var flags: Set<TimeWordFlag> = []
            if f.count > 3 {
                for name in f[3].split(separator: ",") {
                    guard let flag = TimeWordFlag(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                        throw TimeLexiconError(input: "time/\(language).tsv", line: n + 1, reason: "unknown flag \(name)")
                    }
                    flags.insert(flag)
                }
            }
            let value = f.count > 2 ? f[2] : ""
            words.append(TimeWord(norms: norms, kind: kind, value: value, flags: flags))
            let joined = apostropheJoinedNorms(tokenizer.tokenize(f[0]))
            if joined != norms { words.append(TimeWord(norms: joined, kind: kind, value: value, flags: flags)) }
        }
        return TimeLexicon(language: language, words: words, monthFirst: monthFirst)
    }

    /// Token norms of a phrase, with a lone elided article ("l'", "d'") kept whole as the tokenizer does
    /// when a word follows it in running text.
    static func elisionNorms(_ tokens: [Token]) -> [String] {
        var out: [String] = []
        for (k, t) in tokens.enumerated() {
            if t.norm == "'", k > 0, tokens[k - 1].span.end == t.span.start, tokens[k - 1].kind == .word,
               tokens[k - 1].norm.count <= 3, let last = out.popLast() {
                out.append(last + "'")
            } else {
                out.append(t.norm)
            }
        }
        return out
    }

    /// Token norms with apostrophes kept inside the word, as the tokenizer reads a letter apostrophe
    /// (U+02BC, "пʼятниця") that it counts as part of the word.
    static func apostropheJoinedNorms(_ tokens: [Token]) -> [String] {
        var out: [String] = []
        var previous: Token?
        for t in tokens {
            if let p = previous, p.span.end == t.span.start, let last = out.last,
               last.hasSuffix("'") || t.norm.hasPrefix("'") {
                out[out.count - 1] = last + t.norm
            } else {
                out.append(t.norm)
            }
            previous = t
        }
        return out
    }

    /// The union of several lexicons, for text whose language is unknown.
    static func merged(_ parts: [TimeLexicon]) -> TimeLexicon {
        let words = parts.flatMap { $0.byFirst.values.flatMap { $0 } }
        return TimeLexicon(language: "*", words: words, monthFirst: false)
    }

    /// Entries matching the tokens from `i`, longest first, with the index after each match.
    /// Whether some entry that starts with this token's word has a kind of `mask` (whatever its other words: a superset
    /// of the kinds `matches` finds there).
    func mayStart(_ token: Token, kinds mask: UInt32) -> Bool {
        (firstKinds[token.norm] ?? 0) & mask != 0
    }

    func matches(_ tokens: [Token], at i: Int) -> [(word: TimeWord, end: Int)] {
        guard i < tokens.count, let cands = firstTable[tokens[i].norm] else { return [] }
        var out: [(word: TimeWord, end: Int)] = []  // the result's own labels: no conversion of the array on return
        for w in cands {
            let end = i + w.norms.count
            guard end <= tokens.count else { continue }
            var ok = true
            for k in 1..<w.norms.count where tokens[i + k].norm != w.norms[k] { ok = false; break }
            if w.has(.cap) && !tokens[i].isCapitalized { ok = false }
            if w.has(.lower) && tokens[i].isCapitalized { ok = false }
            if ok { out.append((w, end)) }
        }
        return out
    }
}

/// The lexicons shipped with the module, parsed once.
enum TimeLexicons {
    /// Language code → lexicon; a lexicon that fails to parse is left out (its test reports why).
    static let all: [String: TimeLexicon] = {
        var out: [String: TimeLexicon] = [:]
        for (lang, tsv) in TimeLexiconData.tsv {
            if let lex = try? TimeLexicon.parse(tsv: tsv, language: lang) { out[lang] = lex }
        }
        return out
    }()

    static let any: TimeLexicon = TimeLexicon.merged(all.keys.sorted().compactMap { all[$0] })

    /// The lexicon for an ISO 639-1 code ("fr", "en-GB"), or the union of all when unknown.
    static func lexicon(for language: String?) -> TimeLexicon {
        guard let l = language?.lowercased().prefix(2), let lex = all[String(l)] else { return any }
        return lex
    }
}
