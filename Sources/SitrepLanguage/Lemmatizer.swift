import Foundation
import SitrepCompression
import SitrepModel

/// Lemma lookup (en, fr, ru, de, es tables compiled from spaCy lookups data) and suffix rules for Russian and
/// Ukrainian names, so inflected forms share one key (Луганськ/Луганська/Луганської → "луганськ",
/// Путин/Путина → "путин"). Tables load lazily, once per language, on first use.
public struct Lemmatizer: Sendable {
    public init() {}

    /// Languages with a lemma table.
    public static let tableLanguages: Set<String> = ["en", "fr", "ru", "de", "es"]

    /// Lemma of a normalized form (`Token.norm`); `capitalized` marks a name candidate (Russian names then get
    /// suffix rules instead of the common-noun table). Returns `norm` when nothing applies.
    public func lemma(_ norm: String, language: String, capitalized: Bool = false) -> String {
        switch language {
        case "uk":
            return SlavicSuffixes.reduce(norm, rules: SlavicSuffixes.ukrainian, alternation: true)
        case "ru":
            if capitalized { return SlavicSuffixes.reduce(norm, rules: SlavicSuffixes.russian, alternation: false) }
            return LemmaTables.table(language)?[norm] ?? norm
        default:
            return LemmaTables.table(language)?[norm] ?? norm
        }
    }

    /// Fills `lemma` of every word token of `tokens` for `language`.
    public func fill(_ tokens: inout [Token], language: String) {
        guard language == "uk" || Lemmatizer.tableLanguages.contains(language) else { return }
        if language != "uk" && language != "ru", let table = LemmaTables.table(language) {
            // the table alone decides: looked up once for all tokens
            for k in tokens.indices where tokens[k].kind == .word { tokens[k].lemma = table[tokens[k].norm] ?? tokens[k].norm }
            return
        }
        for k in tokens.indices where tokens[k].kind == .word {
            tokens[k].lemma = lemma(tokens[k].norm, language: language, capitalized: tokens[k].isCapitalized)
        }
    }

    /// The lemmas of `language`'s table (its common words), empty when there is none.
    public func lemmas(language: String) -> Set<String> { Set(LemmaTables.table(language)?.dictionary.values ?? [:].values) }

    /// Number of entries in the lemma table of `language` (loading it if needed); 0 when there is none.
    public func tableSize(language: String) -> Int { LemmaTables.table(language)?.count ?? 0 }
}

/// The compiled tables, one lazily initialized immutable dictionary per language.
enum LemmaTables {
    static let en = load("en")
    static let fr = load("fr")
    static let ru = load("ru")
    static let de = load("de")
    static let es = load("es")

    static func table(_ language: String) -> WordTable<String>? {
        switch language {
        case "en": return en
        case "fr": return fr
        case "ru": return ru
        case "de": return de
        case "es": return es
        default: return nil
        }
    }

    /// Reads `lemmas-<lang>.tsv.gz`: one "form<TAB>lemma" per line. A missing or corrupt file gives no table.
    static func load(_ language: String) -> WordTable<String>? {
        guard let url = Bundle.module.url(forResource: "lemmas-\(language).tsv", withExtension: "gz",
                                          subdirectory: "Resources"),
              let data = try? Data(contentsOf: url),
              let bytes = try? Gzip.decompress([UInt8](data)) else { return nil }
        return WordTable(parse(bytes))
    }

    static func parse(_ bytes: [UInt8]) -> [String: String] {
        var table: [String: String] = [:]
        table.reserveCapacity(bytes.count / 16)
        bytes.withUnsafeBufferPointer { buf in
            var lineStart = 0
            var tab = -1
            for i in 0..<buf.count {
                let b = buf[i]
                if b == 0x09 { tab = i; continue }
                guard b == 0x0A else { continue }
                if tab > lineStart {
                    let form = String(decoding: UnsafeBufferPointer(rebasing: buf[lineStart..<tab]), as: UTF8.self)
                    let lemma = String(decoding: UnsafeBufferPointer(rebasing: buf[(tab + 1)..<i]), as: UTF8.self)
                    table[form] = lemma
                }
                lineStart = i + 1
                tab = -1
            }
        }
        return table
    }
}

/// Case-ending rules for East Slavic names: the longest listed ending is removed when at least three letters
/// remain; Ukrainian і/ї alternation in a final closed syllable is undone (Харків/Харкова → "харков").
enum SlavicSuffixes {
    static let russian: [[Unicode.Scalar]] = endings([
        "иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ией", "ой", "ей", "ом", "ем", "ым", "им",
        "ую", "юю", "ая", "яя", "ое", "ее", "ые", "ие", "ых", "их", "ам", "ям", "ах", "ях", "ий", "ый",
        "а", "я", "у", "ю", "е", "ы", "и", "ь", "й",
    ])
    static let ukrainian: [[Unicode.Scalar]] = endings([
        "ями", "ами", "ого", "ому", "ими", "ої", "ою", "ій", "ий", "ім", "им", "ам", "ах", "ям", "ях", "ом",
        "ем", "ею", "єю", "ові", "еві", "ого", "ої", "ий", "а", "я", "у", "ю", "і", "и", "е", "є", "ї", "ь", "й",
    ])

    static func endings(_ list: [String]) -> [[Unicode.Scalar]] {
        Array(Set(list)).map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
    }

    /// The stem key of a lowercase form.
    static func reduce(_ norm: String, rules: [[Unicode.Scalar]], alternation: Bool) -> String {
        var scalars = Array(norm.unicodeScalars)
        guard scalars.count > 3, scalars.allSatisfy({ (0x400...0x4FF).contains($0.value) || $0 == "-" }) else {
            return norm
        }
        for ending in rules where scalars.count - ending.count >= 3 && scalars.suffix(ending.count).elementsEqual(ending) {
            scalars.removeLast(ending.count)
            break
        }
        for k in scalars.indices where scalars[k] == "ё" { scalars[k] = "е" }
        let n = scalars.count
        if alternation, n >= 3, scalars[n - 1] == "в" {
            if scalars[n - 2] == "і" { scalars[n - 2] = "о" } else if scalars[n - 2] == "ї" { scalars[n - 2] = "є" }
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return String(out)
    }
}
