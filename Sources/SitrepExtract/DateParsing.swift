import Foundation

/// Calendar dates in metadata values, URLs and short text lines, normalised to "YYYY-MM-DD".
enum DateParsing {
    /// Month names (and common abbreviations) in English, French, German, Spanish, Italian, Portuguese, Dutch.
    static let months: [String: Int] = {
        var table: [String: Int] = [:]
        let lists: [[String]] = [
            ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
            ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
            ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
            ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
            ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
            ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
            ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
            ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
            ["janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"],
            ["jän", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sept", "okt", "nov", "dez"],
        ]
        for list in lists { for (k, name) in list.enumerated() where table[name] == nil { table[name] = k + 1 } }
        table["sept"] = 9
        table["setiembre"] = 9
        table["fevrier"] = 2
        table["aout"] = 8
        table["decembre"] = 12
        table["maerz"] = 3
        return table
    }()

    /// A date from a metadata value: ISO 8601 first, then the text patterns.
    static func normalize(_ value: String) -> String? {
        let s = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if let iso = isoPrefix(s) { return iso }
        if s.count >= 8, s.count <= 14, s.allSatisfy(\.isNumber), let d = compact(s) { return d }
        return inText(s)
    }

    /// "2019-10-19…", "2019/10/19", "2019.10.19".
    static func isoPrefix(_ s: String) -> String? {
        let u = Array(s.utf8.prefix(10))
        guard u.count == 10, u[0...3].allSatisfy(isDigit), u[5...6].allSatisfy(isDigit), u[8...9].allSatisfy(isDigit),
              u[4] == u[7], u[4] == UInt8(ascii: "-") || u[4] == UInt8(ascii: "/") || u[4] == UInt8(ascii: ".") else { return nil }
        let y = num(u[0...3]), m = num(u[5...6]), d = num(u[8...9])
        return make(y, m, d)
    }

    /// "20191019".
    static func compact(_ s: String) -> String? {
        let u = Array(s.utf8)
        guard u.count >= 8 else { return nil }
        return make(num(u[0...3]), num(u[4...5]), num(u[6...7]))
    }

    /// /2019/10/19/ or /2019-10-19 in a URL path.
    static func inURL(_ url: String) -> String? {
        guard let regex = urlPattern, let m = regex.firstMatch(in: url, range: NSRange(url.startIndex..., in: url)) else { return nil }
        func group(_ k: Int) -> Int { Int((url as NSString).substring(with: m.range(at: k))) ?? 0 }
        return make(group(1), group(2), group(3))
    }

    /// Dates written out in a short text: "19.10.2019", "19/10/2019", "October 19, 2019", "19 octobre 2019", "19. Oktober 2019".
    static func inText(_ text: String) -> String? {
        let lower = text.lowercased()
        let builders: [(NSTextCheckingResult, NSString) -> String?] = [
            { m, s in make(Int(s.substring(with: m.range(at: 1))) ?? 0, Int(s.substring(with: m.range(at: 2))) ?? 0, Int(s.substring(with: m.range(at: 3))) ?? 0) },
            { m, s in make(Int(s.substring(with: m.range(at: 3))) ?? 0, Int(s.substring(with: m.range(at: 2))) ?? 0, Int(s.substring(with: m.range(at: 1))) ?? 0) },
            { m, s in
                guard let month = months[s.substring(with: m.range(at: 2))] else { return nil }
                return make(Int(s.substring(with: m.range(at: 3))) ?? 0, month, Int(s.substring(with: m.range(at: 1))) ?? 0)
            },
            { m, s in
                guard let month = months[s.substring(with: m.range(at: 1))] else { return nil }
                return make(Int(s.substring(with: m.range(at: 3))) ?? 0, month, Int(s.substring(with: m.range(at: 2))) ?? 0)
            },
        ]
        let ns = lower as NSString
        for (regex, build) in zip(textPatterns, builders) {
            for m in regex.matches(in: lower, range: NSRange(location: 0, length: ns.length)) {
                if let d = build(m, ns) { return d }
            }
        }
        return nil
    }

    static let urlPattern = try? NSRegularExpression(pattern: #"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/_-]|\.html|$)"#)
    static let textPatterns: [NSRegularExpression] = [
        #"((?:19|20)\d{2})-(\d{2})-(\d{2})"#,
        #"\b(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d{2})\b"#,
        #"\b(\d{1,2})(?:er|st|nd|rd|th|º)?\.?\s+(?:de\s+)?([a-zéûäçèôíă]{3,10})\.?\s+(?:de\s+)?((?:19|20)\d{2})\b"#,
        #"\b([a-zéûäçèôí]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b"#,
    ].compactMap { try? NSRegularExpression(pattern: $0) }

    static func make(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard y >= 1990, y <= 2100, m >= 1, m <= 12, d >= 1, d <= 31 else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
    private static func num<C: Collection>(_ c: C) -> Int where C.Element == UInt8 { c.reduce(0) { $0 * 10 + Int($1 - 48) } }
}
