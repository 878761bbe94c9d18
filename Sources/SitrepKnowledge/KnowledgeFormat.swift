import Foundation
import SitrepModel

/// Errors from reading knowledge files, naming the file, the line and the reason.
public enum KnowledgeError: Error, CustomStringConvertible, Equatable {
    case unreadable(file: String, reason: String)
    case malformed(file: String, line: Int, reason: String)
    case missingResource(String)

    public var description: String {
        switch self {
        case .unreadable(let f, let r): return "\(f): \(r)"
        case .malformed(let f, let l, let r): return "\(f):\(l): \(r)"
        case .missingResource(let n): return "missing knowledge resource \(n)"
        }
    }
}

/// Reads Sitrep's plain-text knowledge format (kb/README.md): `id | type | key: value | key: value ...`.
public enum KnowledgeFormat {
    /// Parses every entry of a file's text; blank lines and `#` comments are skipped.
    public static func parse(_ text: String, file: String) throws -> [Entity] {
        var out: [Entity] = []
        var lineNo = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNo += 1
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            out.append(try parseLine(line, file: file, line: lineNo))
        }
        return out
    }

    /// Parses one entry line.
    public static func parseLine(_ line: String, file: String = "-", line lineNo: Int = 1) throws -> Entity {
        let fields = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        guard fields.count >= 2, !fields[0].isEmpty else {
            throw KnowledgeError.malformed(file: file, line: lineNo, reason: "expected 'id | type | key: value ...'")
        }
        guard let type = EntityType(rawValue: fields[1]) else {
            throw KnowledgeError.malformed(file: file, line: lineNo, reason: "unknown type '\(fields[1])'")
        }
        var e = Entity(id: fields[0], type: type, name: fields[0])
        var at: (Double, Double)?
        var country: String?, admin1: String?, precision = PlacePrecision.city
        for field in fields.dropFirst(2) where !field.isEmpty {
            guard let colon = field.firstIndex(of: ":") else {
                throw KnowledgeError.malformed(file: file, line: lineNo, reason: "field without 'key:' in '\(field)'")
            }
            let key = field[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = field[field.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            let list = value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            switch key {
            case "name": e.name = value
            case "code", "codes": e.codes = try parseCodes(value, file: file, line: lineNo)
            case "member", "members": e.members = try parseCodes(value, file: file, line: lineNo)
            case "sector": e.sector = value
            case "iso2": e.iso2 = value
            case "capital": e.capital = value
            case "country": country = value
            case "admin1": admin1 = value
            case "precision":
                guard let p = PlacePrecision(rawValue: value) else {
                    throw KnowledgeError.malformed(file: file, line: lineNo, reason: "unknown precision '\(value)'")
                }
                precision = p
            case "at":
                let parts = value.split(separator: " ").compactMap { Double($0) }
                guard parts.count == 2 else {
                    throw KnowledgeError.malformed(file: file, line: lineNo, reason: "'at' needs 'lat lon'")
                }
                at = (parts[0], parts[1])
            default:
                if let alias = aliasKey(key) {
                    for t in list { e.aliases.append(contentsOf: expand(t, language: alias.0, form: alias.1)) }
                } else {
                    e.notes[key] = value
                }
            }
        }
        if let at { e.place = EntityPlace(lat: at.0, lon: at.1, country: country, admin1: admin1, precision: precision) }
        else if let country { e.notes["country"] = country }
        return e
    }

    /// "fr" → (fr, name); "adj.fr" → (fr, adjective); "dem.en" → (en, demonym).
    static func aliasKey(_ key: String) -> (String, Alias.Form)? {
        let parts = key.split(separator: ".")
        if parts.count == 1, key.count == 2 || key == "any" { return (key, .name) }
        if parts.count == 2, parts[1].count == 2 || parts[1] == "any" {
            switch parts[0] {
            case "adj": return (String(parts[1]), .adjective)
            case "dem": return (String(parts[1]), .demonym)
            default: return nil
            }
        }
        return nil
    }

    /// Adjectives get their inflected forms by rule (fr feminine and plurals; en demonym plural).
    static func expand(_ text: String, language: String, form: Alias.Form) -> [Alias] {
        guard form == .adjective else { return [Alias(text: text, language: language, form: form)] }
        var forms = [Alias(text: text, language: language, form: .adjective)]
        switch language {
        case "fr":
            forms += Inflection.frenchAdjectiveForms(text).dropFirst().map { Alias(text: $0, language: "fr", form: .adjective) }
        case "en":
            forms.append(Alias(text: Inflection.englishPlural(text), language: "en", form: .demonym))
        default: break
        }
        return forms
    }

    /// "RUSGOV 2000-05-07..2008-05-07, RUSELI" → dated codes.
    static func parseCodes(_ value: String, file: String, line: Int) throws -> [DatedCode] {
        try value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map { item in
            let parts = item.split(separator: " ", maxSplits: 1).map(String.init)
            var dc = DatedCode(code: parts[0])
            if parts.count == 2 {
                let range = parts[1].trimmingCharacters(in: .whitespaces)
                guard let dots = range.range(of: "..") else {
                    throw KnowledgeError.malformed(file: file, line: line, reason: "date range needs 'from..to' in '\(item)'")
                }
                let a = String(range[..<dots.lowerBound]), b = String(range[dots.upperBound...])
                if !a.isEmpty {
                    guard let d = CalendarDay(parsing: a) else {
                        throw KnowledgeError.malformed(file: file, line: line, reason: "bad date '\(a)'")
                    }
                    dc.from = d
                }
                if !b.isEmpty {
                    guard let d = endDay(b) else { throw KnowledgeError.malformed(file: file, line: line, reason: "bad date '\(b)'") }
                    dc.to = d
                }
            }
            return dc
        }
    }

    /// An end bound given as a year or month covers the whole period ("2019" → 2019-12-31).
    static func endDay(_ s: String) -> CalendarDay? {
        guard let d = CalendarDay(parsing: s) else { return nil }
        switch s.count {
        case 4: return CalendarDay(year: d.year, month: 12, day: 31)
        case 7: return CalendarDay(year: d.year, month: d.month, day: CalendarDay.daysIn(month: d.month, year: d.year))
        default: return d
        }
    }
}

/// Inflection rules for adjectives, and suffix stripping for inflected tokens that match no name.
public enum Inflection {
    /// "arménien" → arménien, arménienne, arméniens, arméniennes.
    public static func frenchAdjectiveForms(_ m: String) -> [String] {
        func has(_ s: String) -> Bool { m.hasSuffix(s) }
        if has("e") { return [m, m + "s"] }
        if has("en") || has("on") { return [m, m + "ne", m + "s", m + "nes"] }
        if has("s") || has("x") && !has("eux") { return [m, m + "e", m + "es"] }
        if has("eux") { let st = String(m.dropLast(1)); return [m, st + "se", st + "ses"] }
        if has("al") { let st = String(m.dropLast(2)); return [m, m + "e", st + "aux", m + "es"] }
        if has("c") { return [m, m + "s", m + "que", m + "ques"] }
        return [m, m + "e", m + "s", m + "es"]
    }

    /// "Russian" → "Russians"; "Chinese" stays.
    public static func englishPlural(_ s: String) -> String {
        if s.hasSuffix("ese") || s.hasSuffix("s") || s.hasSuffix("sh") || s.hasSuffix("ch") { return s }
        return s + "s"
    }

    static let cyrillicEndings: [String] = ["ського", "ському", "ської", "ською", "ській", "ского", "скому", "ской",
        "ами", "ями", "ого", "ому", "ими", "ыми", "ою", "ої", "ій", "ий", "ый", "ой", "ей", "ом", "ем", "ів", "ов",
        "ах", "ях", "ам", "ям", "у", "ю", "і", "и", "ы", "е", "а", "я", "ь"].map(MatchKey.fold).sorted { $0.count > $1.count }
    static let cyrillicRestore: [String] = ["", "а", "я", "ь", "ий", "ый", "ський", "ська", "ская", "ский", "ія", "ия"]
    static let frenchEndings: [(String, String)] = [("iennes", "ien"), ("ienne", "ien"), ("iens", "ien"), ("ennes", "en"),
        ("enne", "en"), ("aises", "ais"), ("aise", "ais"), ("oises", "ois"), ("oise", "ois"), ("aux", "al"), ("ales", "al"),
        ("ale", "al"), ("ques", "c"), ("que", "c"), ("es", "e"), ("es", ""), ("s", ""), ("e", "")]

    /// Candidate base forms of a folded token, most likely first (Cyrillic case endings; French/English plural and feminine).
    public static func baseForms(_ key: String) -> [String] {
        guard key.count >= 4 else { return [] }
        var out: [String] = []
        if let f = key.unicodeScalars.first, (0x400...0x4FF).contains(f.value) {
            for end in cyrillicEndings where key.hasSuffix(end) {
                let stem = String(key.dropLast(end.count))
                guard stem.count >= 3 else { continue }
                for r in cyrillicRestore where r != end { out.append(stem + r) }
            }
        } else {
            for (end, rep) in frenchEndings where key.hasSuffix(end) {
                let stem = String(key.dropLast(end.count))
                if stem.count >= 3 { out.append(stem + rep) }
            }
        }
        return out
    }
}
