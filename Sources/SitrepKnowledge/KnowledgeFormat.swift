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
        try parse(bytes: Array(text.utf8), file: file)
    }

    /// Parses every entry of a file's UTF-8 bytes (byte-level: the shipped file has tens of thousands of lines).
    public static func parse(bytes: [UInt8], file: String) throws -> [Entity] {
        var out: [Entity] = []
        try bytes.withUnsafeBufferPointer { p in
            var lineNo = 0
            var i = 0
            while i < p.count {
                lineNo += 1
                var end = i
                while end < p.count, p[end] != 0x0A { end += 1 }
                let r = trim(p, i..<end)
                if !r.isEmpty, p[r.lowerBound] != 0x23 { out.append(try parseLine(p, r, file: file, line: lineNo)) }
                i = end + 1
            }
        }
        return out
    }

    /// Parses one entry line.
    public static func parseLine(_ line: String, file: String = "-", line lineNo: Int = 1) throws -> Entity {
        let bytes = Array(line.utf8)
        return try bytes.withUnsafeBufferPointer { p in try parseLine(p, trim(p, 0..<p.count), file: file, line: lineNo) }
    }

    /// Keys that are never language codes of aliases.
    static let knownKeys: Set<String> = ["name", "code", "codes", "member", "members", "sector", "iso2", "capital", "country",
                                         "admin1", "precision", "at", "role", "roles"]

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }

    static func trim(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Range<Int> {
        var a = r.lowerBound, b = r.upperBound
        while a < b, isSpace(p[a]) { a += 1 }
        while b > a, isSpace(p[b - 1]) { b -= 1 }
        return a..<b
    }

    /// Trimmed, non-empty pieces of `r` between `separator` bytes.
    static func pieces(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ separator: UInt8) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = r.lowerBound
        for i in r where p[i] == separator {
            let t = trim(p, start..<i)
            if !t.isEmpty { out.append(t) }
            start = i + 1
        }
        let t = trim(p, start..<r.upperBound)
        if !t.isEmpty { out.append(t) }
        return out
    }

    static func string(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: p[r]), as: UTF8.self)
    }

    static func parseLine(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, file: String, line lineNo: Int) throws -> Entity {
        let fields = pieces(p, r, 0x7C)
        guard fields.count >= 2, p[r.lowerBound] != 0x7C else {
            throw KnowledgeError.malformed(file: file, line: lineNo, reason: "expected 'id | type | key: value ...'")
        }
        guard let type = EntityType(rawValue: string(p, fields[1])) else {
            throw KnowledgeError.malformed(file: file, line: lineNo, reason: "unknown type '\(string(p, fields[1]))'")
        }
        let id = string(p, fields[0])
        var e = Entity(id: id, type: type, name: id)
        var at: (Double, Double)?
        var country: String?, admin1: String?, precision = PlacePrecision.city
        for field in fields.dropFirst(2) {
            guard let colon = field.first(where: { p[$0] == 0x3A }) else {
                throw KnowledgeError.malformed(file: file, line: lineNo, reason: "field without 'key:' in '\(string(p, field))'")
            }
            let key = string(p, trim(p, field.lowerBound..<colon)).lowercased()
            let valueRange = trim(p, (colon + 1)..<field.upperBound)
            if !knownKeys.contains(key), let alias = aliasKey(key) {
                for t in pieces(p, valueRange, 0x3B) { e.aliases.append(contentsOf: expand(string(p, t), language: alias.0, form: alias.1)) }
                continue
            }
            let value = string(p, valueRange)
            switch key {
            case "name": e.name = value
            case "code", "codes": e.codes = try parseCodes(value, file: file, line: lineNo)
            case "member", "members": e.members = try parseCodes(value, file: file, line: lineNo)
            case "role", "roles": e.roles = try parseRoles(value, file: file, line: lineNo)
            case "sector": e.sector = value
            case "iso2": e.iso2 = value
            case "capital": e.capital = value
            case "country": country = value
            case "admin1": admin1 = value
            case "precision":
                guard let pr = PlacePrecision(rawValue: value) else {
                    throw KnowledgeError.malformed(file: file, line: lineNo, reason: "unknown precision '\(value)'")
                }
                precision = pr
            case "at":
                let parts = value.split(separator: " ").compactMap { Double($0) }
                guard parts.count == 2 else {
                    throw KnowledgeError.malformed(file: file, line: lineNo, reason: "'at' needs 'lat lon'")
                }
                at = (parts[0], parts[1])
            default:
                e.notes[key] = value
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
        var out: [DatedCode] = []
        for raw in value.split(separator: ",") {
            let parts = raw.split(separator: " ", omittingEmptySubsequences: true)
            guard let first = parts.first else { continue }
            var dc = DatedCode(code: String(first))
            if parts.count >= 2 {
                let range = parts.dropFirst().joined(separator: " ")
                let pieces = range.split(separator: ".", omittingEmptySubsequences: false)
                guard pieces.count == 3, pieces[1].isEmpty else {
                    throw KnowledgeError.malformed(file: file, line: line, reason: "date range needs 'from..to' in '\(raw)'")
                }
                let a = String(pieces[0]), b = String(pieces[2])
                if !a.isEmpty {
                    guard let d = day(a) else {
                        throw KnowledgeError.malformed(file: file, line: line, reason: "bad date '\(a)'")
                    }
                    dc.from = d
                }
                if !b.isEmpty {
                    guard let d = endDay(b) else { throw KnowledgeError.malformed(file: file, line: line, reason: "bad date '\(b)'") }
                    dc.to = d
                }
            }
            out.append(dc)
        }
        return out
    }

    /// "pm ARM 2018-05-08.., fm ARM 2016..2018" → offices held (title, country, optional date range).
    static func parseRoles(_ value: String, file: String, line: Int) throws -> [HeldRole] {
        try value.split(separator: ",").map { raw -> HeldRole in
            let parts = raw.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
            guard parts.count == 2, let held = try parseCodes(String(parts[1]), file: file, line: line).first,
                  held.code.count == 3, held.code.allSatisfy({ $0.isUppercase }) else {
                throw KnowledgeError.malformed(file: file, line: line, reason: "role needs 'title COUNTRY from..to' in '\(raw)'")
            }
            return HeldRole(title: String(parts[0]), country: held.code, from: held.from, to: held.to)
        }
    }

    /// "2019-05-20", "2019-05" (first day) or "2019" (1 January), without Foundation; other forms via `CalendarDay(parsing:)`.
    static func day(_ s: String) -> CalendarDay? {
        let u = Array(s.utf8)
        func num(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r { guard u[i] >= 0x30, u[i] <= 0x39 else { return nil }; v = v * 10 + Int(u[i] - 0x30) }
            return v
        }
        let d: CalendarDay
        switch u.count {
        case 10 where u[4] == 0x2D && u[7] == 0x2D:
            guard let y = num(0..<4), let m = num(5..<7), let dd = num(8..<10) else { return nil }
            d = CalendarDay(year: y, month: m, day: dd)
        case 7 where u[4] == 0x2D:
            guard let y = num(0..<4), let m = num(5..<7) else { return nil }
            d = CalendarDay(year: y, month: m, day: 1)
        case 4:
            guard let y = num(0..<4) else { return nil }
            d = CalendarDay(year: y, month: 1, day: 1)
        default:
            return CalendarDay(parsing: s)
        }
        guard (1...12).contains(d.month), (1...CalendarDay.daysIn(month: d.month, year: d.year)).contains(d.day) else { return nil }
        return d
    }

    /// An end bound given as a year or month covers the whole period ("2019" → 2019-12-31).
    static func endDay(_ s: String) -> CalendarDay? {
        guard let d = day(s) else { return nil }
        switch s.utf8.count {
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

    /// "ским"/"ським"/"ым"/"им" are the instrumental of names declined like adjectives ("Зеленским", "Путиным", "Алиевым").
    static let cyrillicEndings: [String] = ["ського", "ському", "ської", "ською", "ській", "ським", "ского", "скому", "ской",
        "ским", "ами", "ями", "ого", "ому", "ими", "ыми", "ою", "ої", "ій", "ий", "ый", "ой", "ей", "ом", "ем", "ым", "им",
        "ів", "ов",
        "ах", "ях", "ам", "ям", "у", "ю", "і", "и", "ы", "е", "а", "я", "ь"].map(MatchKey.fold).sorted { $0.count > $1.count }
    /// Nominative endings restored after a stripped case ending, in order of preference; the bare stem comes last so that
    /// "луганської" → "луганська" (Luhansk) wins over the stem "луган" (which other names start with).
    static let cyrillicRestore: [String] = ["а", "я", "ь", "ий", "ый", "ський", "ська", "ская", "ский", "ія", "ия", ""].map(MatchKey.fold)
    /// Adjectival case endings: the adjective's own nominative forms are tried first.
    static let cyrillicAdjectiveEndings: Set<String> = Set(["ського", "ському", "ської", "ською", "ській", "ським", "ского",
        "скому", "ской", "ским",
        "ого", "ому", "ими", "ыми", "ою", "ої", "ій", "ий", "ый", "ой", "ей"].map(MatchKey.fold))
    static let cyrillicAdjectiveRestore: [String] = ["ська", "ський", "ская", "ский", "а", "ий", "ый", "я", "ія", "ия"].map(MatchKey.fold)
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
                if cyrillicAdjectiveEndings.contains(end) {
                    // "ськ"/"ск" stripped with the ending is restored with it ("луган" + "ська"), and only then.
                    let strippedSk = end.hasPrefix("ськ") || end.hasPrefix("ск")
                    for r in cyrillicAdjectiveRestore where r != end {
                        if !strippedSk, r.hasPrefix("ськ") || r.hasPrefix("ск") { continue }
                        out.append(stem + r)
                    }
                }
                for r in cyrillicRestore where r != end && !out.contains(stem + r) { out.append(stem + r) }
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
