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
    ///
    /// An ISO timestamp keeps the local date as written ("2019-10-19T23:30:00-04:00" → 2019-10-19): the page
    /// states the day in its own time zone, and converting to UTC would move it by one.
    static func normalize(_ value: String) -> String? {
        var copy = value
        return copy.withUTF8 { all -> String? in
            var lo = 0, hi = all.count
            while lo < hi && isSpace(all[lo]) { lo += 1 }
            while hi > lo && isSpace(all[hi - 1]) { hi -= 1 }
            let s = UnsafeBufferPointer(rebasing: all[lo..<hi])
            if let iso = isoPrefix(s) { return iso }
            if s.count >= 8, s.count <= 14, s.allSatisfy(isDigit) { return make(num(s, 0, 4), num(s, 4, 2), num(s, 6, 2)) }
            return inText(s)
        }
    }

    /// "2019-10-19…", "2019/10/19", "2019.10.19".
    static func isoPrefix(_ s: String) -> String? {
        var copy = s
        return copy.withUTF8 { isoPrefix($0) }
    }

    static func isoPrefix(_ u: UnsafeBufferPointer<UInt8>) -> String? {
        guard u.count >= 10, allDigits(u, 0, 4), allDigits(u, 5, 2), allDigits(u, 8, 2), u[4] == u[7],
              u[4] == UInt8(ascii: "-") || u[4] == UInt8(ascii: "/") || u[4] == UInt8(ascii: ".") else { return nil }
        if u.count > 10 && isDigit(u[10]) { return nil }
        return make(num(u, 0, 4), num(u, 5, 2), num(u, 8, 2))
    }

    /// "20191019".
    static func compact(_ s: String) -> String? {
        let u = Array(s.utf8)
        guard u.count >= 8 else { return nil }
        return u.withUnsafeBufferPointer { make(num($0, 0, 4), num($0, 4, 2), num($0, 6, 2)) }
    }

    /// /2019/10/19/ or /2019-10-19 in a URL path.
    static func inURL(_ url: String) -> String? {
        var copy = url
        return copy.withUTF8 { u -> String? in
            var i = 0
            while i + 9 <= u.count {
                defer { i += 1 }
                guard u[i] == UInt8(ascii: "/"), yearAt(u, i + 1) else { continue }
                var j = i + 5
                guard j < u.count, u[j] == UInt8(ascii: "/") || u[j] == UInt8(ascii: "-") else { continue }
                j += 1
                guard let (month, afterMonth) = digits(u, j, max: 2), afterMonth < u.count,
                      u[afterMonth] == UInt8(ascii: "/") || u[afterMonth] == UInt8(ascii: "-"),
                      let (day, end) = digits(u, afterMonth + 1, max: 2) else { continue }
                let closes = end == u.count || u[end] == UInt8(ascii: "/") || u[end] == UInt8(ascii: "_")
                    || u[end] == UInt8(ascii: "-") || starts(u, end, ".html")
                if closes, let d = make(num(u, i + 1, 4), month, day) { return d }
            }
            return nil
        }
    }

    /// Dates written out in a short text: "2019-10-19", "19.10.2019", "19/10/2019", "19 octobre 2019",
    /// "19. Oktober 2019", "October 19, 2019" (tried in that order).
    static func inText(_ text: String) -> String? {
        var copy = text
        return copy.withUTF8 { inText($0) }
    }

    /// Same, on UTF-8 bytes (case folded on the fly, no copies).
    static func inText(_ u: UnsafeBufferPointer<UInt8>) -> String? {
        // Every pattern holds a year 19xx/20xx: most lines have none.
        var years: [Int] = []
        var i = 0
        while i + 4 <= u.count {
            if yearAt(u, i) { years.append(i); i += 4 } else { i += 1 }
        }
        if years.isEmpty { return nil }
        for y in years where y + 10 <= u.count {
            if u[y + 4] == UInt8(ascii: "-"), allDigits(u, y + 5, 2), u[y + 7] == UInt8(ascii: "-"), allDigits(u, y + 8, 2),
               let d = make(num(u, y, 4), num(u, y + 5, 2), num(u, y + 8, 2)) { return d }
        }
        for y in years where !wordAfter(u, y + 4) {
            if let d = numericDayMonth(u, year: y) { return d }
        }
        if let d = writtenMonth(u, years: years, dayFirst: true) { return d }
        return writtenMonth(u, years: years, dayFirst: false)
    }

    /// "31.10.23": day, month and a two-digit year of this century, which only a dateline's context makes safe to read.
    static func withShortYear(_ u: UnsafeBufferPointer<UInt8>) -> String? {
        var i = 0
        while i + 8 <= u.count {
            defer { i += 1 }
            guard isDigit(u[i]), i == 0 || (!isDigit(u[i - 1]) && u[i - 1] != UInt8(ascii: ".")) else { continue }
            guard let (day, afterDay) = digits(u, i, max: 2), afterDay < u.count, u[afterDay] == UInt8(ascii: "."),
                  let (month, afterMonth) = digits(u, afterDay + 1, max: 2), afterMonth < u.count,
                  u[afterMonth] == UInt8(ascii: "."), allDigits(u, afterMonth + 1, 2) else { continue }
            let end = afterMonth + 3
            guard end == u.count || (!isDigit(u[end]) && u[end] != UInt8(ascii: ".")) || (u[end] == UInt8(ascii: ".") && (end + 1 == u.count || !isDigit(u[end + 1]))) else { continue }
            if let d = make(2000 + num(u, afterMonth + 1, 2), month, day) { return d }
        }
        return nil
    }

    /// "19.10.2019" / "19/10/2019": day and month of one or two digits before the year.
    private static func numericDayMonth(_ u: UnsafeBufferPointer<UInt8>, year y: Int) -> String? {
        func isSep(_ k: Int) -> Bool { k >= 0 && (u[k] == UInt8(ascii: ".") || u[k] == UInt8(ascii: "/")) }
        guard isSep(y - 1), let (month, mStart) = digitsBefore(u, y - 1), isSep(mStart - 1),
              let (day, dStart) = digitsBefore(u, mStart - 1), !wordBefore(u, dStart) else { return nil }
        return make(num(u, y, 4), month, day)
    }

    /// "19 octobre 2019", "19. Oktober 2019", "1er mai 2019", "19 de octubre de 2019" (dayFirst), or
    /// "October 19, 2019", "Oct. 19th 2019".
    private static func writtenMonth(_ u: UnsafeBufferPointer<UInt8>, years: [Int], dayFirst: Bool) -> String? {
        var i = 0
        var next = 0
        while i < u.count {
            // Only starts within 40 bytes before a year can reach it.
            while next < years.count && years[next] < i { next += 1 }
            guard next < years.count else { return nil }
            if years[next] - i > 40 { i = years[next] - 40; continue }
            defer { i += 1 }
            guard !wordBefore(u, i) else { continue }
            let found = dayFirst ? dayMonthYear(u, i) : monthDayYear(u, i)
            if let found { return found }
        }
        return nil
    }

    private static func dayMonthYear(_ u: UnsafeBufferPointer<UInt8>, _ start: Int) -> String? {
        guard let (day, afterDay) = digits(u, start, max: 2) else { return nil }
        var j = afterDay
        for suffix in ["er", "st", "nd", "rd", "th", "º"] where startsFolded(u, j, suffix) { j += suffix.utf8.count; break }
        if j < u.count && u[j] == UInt8(ascii: ".") { j += 1 }
        guard let s1 = spaces(u, j) else { return nil }
        j = skipDe(u, s1)
        guard let (month, afterMonth) = monthWord(u, j) else { return nil }
        j = afterMonth
        if j < u.count && u[j] == UInt8(ascii: ".") { j += 1 }
        guard let s2 = spaces(u, j) else { return nil }
        j = skipDe(u, s2)
        guard yearAt(u, j), !wordAfter(u, j + 4) else { return nil }
        return make(num(u, j, 4), month, day)
    }

    private static func monthDayYear(_ u: UnsafeBufferPointer<UInt8>, _ start: Int) -> String? {
        guard let (month, afterMonth) = monthWord(u, start) else { return nil }
        var j = afterMonth
        if j < u.count && u[j] == UInt8(ascii: ".") { j += 1 }
        guard let s1 = spaces(u, j), let (day, afterDay) = digits(u, s1, max: 2) else { return nil }
        j = afterDay
        for suffix in ["st", "nd", "rd", "th"] where startsFolded(u, j, suffix) { j += 2; break }
        if j < u.count && u[j] == UInt8(ascii: ",") { j += 1 }
        guard let s2 = spaces(u, j), yearAt(u, s2), !wordAfter(u, s2 + 4) else { return nil }
        return make(num(u, s2, 4), month, day)
    }

    /// A month name of 3–10 letters at `i` (ASCII folded, Latin-1 and "ă" letters), and the index after it.
    private static func monthWord(_ u: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Int, Int)? {
        var j = i
        var letters = 0
        var key: [UInt8] = []
        while j < u.count && letters <= 10 {
            let c = u[j]
            if c < 0x80 {
                let f = c | 0x20
                guard f >= 97 && f <= 122 && isLetterASCII(c) else { break }
                key.append(f); j += 1
            } else if (c == 0xC3 || c == 0xC4) && j + 1 < u.count {
                var second = u[j + 1]
                if c == 0xC3 && second >= 0x80 && second <= 0x9E && second != 0x97 { second += 0x20 }
                key.append(c); key.append(second); j += 2
            } else { break }
            letters += 1
        }
        guard letters >= 3, letters <= 10, let month = monthsByBytes[key] else { return nil }
        return (month, j)
    }

    static let monthsByBytes: [[UInt8]: Int] = {
        var table: [[UInt8]: Int] = [:]
        for (name, month) in months { table[Array(name.utf8)] = month }
        return table
    }()

    /// Index after one or more spaces at `i` (ASCII whitespace, no-break and thin spaces), nil if none.
    private static func spaces(_ u: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        var j = i
        while j < u.count {
            if isSpace(u[j]) { j += 1 } else if u[j] == 0xC2 && j + 1 < u.count && u[j + 1] == 0xA0 { j += 2 }
            else if u[j] == 0xE2 && j + 2 < u.count && u[j + 1] == 0x80 && (u[j + 2] == 0xAF || u[j + 2] == 0x89) { j += 3 }
            else { break }
        }
        return j > i ? j : nil
    }

    private static func skipDe(_ u: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        guard startsFolded(u, i, "de"), let after = spaces(u, i + 2) else { return i }
        return after
    }

    /// One to `max` digits at `i` not followed by another digit: their value and the index after them.
    private static func digits(_ u: UnsafeBufferPointer<UInt8>, _ i: Int, max: Int) -> (Int, Int)? {
        var j = i, value = 0
        while j < u.count && isDigit(u[j]) && j - i < max { value = value * 10 + Int(u[j] - 48); j += 1 }
        guard j > i, j == u.count || !isDigit(u[j]) else { return nil }
        return (value, j)
    }

    /// One or two digits ending just before `end` (exclusive), not preceded by a digit: value and start.
    private static func digitsBefore(_ u: UnsafeBufferPointer<UInt8>, _ end: Int) -> (Int, Int)? {
        var j = end
        while j > 0 && isDigit(u[j - 1]) && end - j < 2 { j -= 1 }
        guard j < end, j == 0 || !isDigit(u[j - 1]) else { return nil }
        return (num(u, j, end - j), j)
    }

    /// "19xx" or "20xx" at `i`.
    @inline(__always) private static func yearAt(_ u: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i >= 0, i + 4 <= u.count, isDigit(u[i + 2]), isDigit(u[i + 3]) else { return false }
        return (u[i] == UInt8(ascii: "1") && u[i + 1] == UInt8(ascii: "9")) || (u[i] == UInt8(ascii: "2") && u[i + 1] == UInt8(ascii: "0"))
    }

    /// A word character (letter, digit, underscore) ends just before `i`.
    private static func wordBefore(_ u: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i > 0 else { return false }
        let c = u[i - 1]
        if c < 0x80 { return isWordASCII(c) }
        var lead = i - 1
        while lead > 0 && u[lead] & 0xC0 == 0x80 && i - lead < 4 { lead -= 1 }
        // Latin-1 symbols (C2 xx), general punctuation and spaces (E2 80/81 xx), CJK punctuation (E3 80 xx).
        if u[lead] == 0xC2 { return false }
        if u[lead] == 0xE2 && lead + 1 < u.count && (u[lead + 1] == 0x80 || u[lead + 1] == 0x81) { return false }
        if u[lead] == 0xE3 && lead + 1 < u.count && u[lead + 1] == 0x80 { return false }
        return true
    }

    /// A word character starts at `i`.
    private static func wordAfter(_ u: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i < u.count else { return false }
        let c = u[i]
        if c < 0x80 { return isWordASCII(c) }
        if c == 0xC2 { return false }
        if c == 0xE2 && i + 1 < u.count && (u[i + 1] == 0x80 || u[i + 1] == 0x81) { return false }
        if c == 0xE3 && i + 1 < u.count && u[i + 1] == 0x80 { return false }
        return true
    }

    /// `s` (lowercase) at `i`, ASCII case folded.
    private static func startsFolded(_ u: UnsafeBufferPointer<UInt8>, _ i: Int, _ s: String) -> Bool {
        guard i >= 0 else { return false }
        var k = i
        for b in s.utf8 {
            guard k < u.count else { return false }
            let c = u[k]
            guard c == b || (c < 0x80 && isLetterASCII(c) && c | 0x20 == b) else { return false }
            k += 1
        }
        return true
    }

    private static func starts(_ u: UnsafeBufferPointer<UInt8>, _ i: Int, _ s: String) -> Bool { startsFolded(u, i, s) }

    /// A timestamp stated in UTC: "…T22:04:00Z", "+00:00", "+0000", "GMT", "UTC".
    static func isUTC(_ raw: String) -> Bool {
        var copy = raw
        return copy.withUTF8 { u -> Bool in
            var end = u.count
            while end > 0 && isSpace(u[end - 1]) { end -= 1 }
            guard end >= 12 else { return false }
            let tail = UnsafeBufferPointer(rebasing: u[max(0, end - 6)..<end])
            if u[end - 1] == UInt8(ascii: "Z") && isDigit(u[end - 2]) { return true }
            return starts(tail, tail.count - 6, "+00:00") || starts(tail, tail.count - 5, "+0000") || starts(tail, tail.count - 3, "gmt")
                || starts(tail, tail.count - 3, "utc")
        }
    }

    /// Date, time of day and UTC offset of a timestamp: minutes on a day count (UTC when `offset` is known),
    /// the hour as written, and whether an offset ("Z", "+02:00", "-0500", "GMT") was stated.
    static func instant(_ raw: String) -> (minutes: Int, hour: Int, hasOffset: Bool)? {
        guard let date = normalize(raw), let day = ordinal(date) else { return nil }
        var copy = raw
        return copy.withUTF8 { u -> (Int, Int, Bool)? in
            var i = 0
            while i + 5 <= u.count && !(isDigit(u[i]) && isDigit(u[i + 1]) && u[i + 2] == UInt8(ascii: ":") && isDigit(u[i + 3]) && isDigit(u[i + 4])) { i += 1 }
            guard i + 5 <= u.count else { return nil }
            let hour = num(u, i, 2), minute = num(u, i + 3, 2)
            guard hour < 24, minute < 60 else { return nil }
            var j = i + 5
            if j + 3 <= u.count && u[j] == UInt8(ascii: ":") && allDigits(u, j + 1, 2) { j += 3 }
            if j < u.count && (u[j] == UInt8(ascii: ".") || u[j] == UInt8(ascii: ",")) { j += 1; while j < u.count && isDigit(u[j]) { j += 1 } }
            while j < u.count && u[j] == 0x20 { j += 1 }
            var offset: Int?
            if j < u.count && (u[j] == UInt8(ascii: "Z") || startsFolded(u, j, "gmt") || startsFolded(u, j, "utc")) { offset = 0 }
            if j + 5 <= u.count && (u[j] == UInt8(ascii: "+") || u[j] == UInt8(ascii: "-")), allDigits(u, j + 1, 2) {
                let colon = u[j + 3] == UInt8(ascii: ":") ? 1 : 0
                if allDigits(u, j + 3 + colon, 2) {
                    let value = num(u, j + 1, 2) * 60 + num(u, j + 3 + colon, 2)
                    offset = u[j] == UInt8(ascii: "+") ? value : -value
                }
            }
            return (day * 1440 + hour * 60 + minute - (offset ?? 0), hour, offset != nil)
        }
    }

    /// "…T23:00:00Z", "… 22:00:00.000+00:00": a whole hour late in the UTC evening with zero minutes and seconds,
    /// which is how a date without a time, taken as local midnight one or two hours east of Greenwich, reads in UTC.
    static func isLocalMidnightInUTC(_ raw: String) -> Bool {
        guard isUTC(raw) else { return false }
        var copy = raw
        return copy.withUTF8 { u -> Bool in
            var i = 0
            while i + 5 <= u.count && !(isDigit(u[i]) && isDigit(u[i + 1]) && u[i + 2] == UInt8(ascii: ":")) { i += 1 }
            guard i + 5 <= u.count, i >= 1, u[i - 1] == UInt8(ascii: "T") || u[i - 1] == 0x20 else { return false }
            let hour = num(u, i, 2)
            guard hour == 22 || hour == 23, u[i + 3] == UInt8(ascii: "0"), u[i + 4] == UInt8(ascii: "0") else { return false }
            var j = i + 5
            if j + 3 <= u.count && u[j] == UInt8(ascii: ":") {
                guard u[j + 1] == UInt8(ascii: "0"), u[j + 2] == UInt8(ascii: "0") else { return false }
                j += 3
            }
            if j < u.count && u[j] == UInt8(ascii: ".") {
                j += 1
                while j < u.count && u[j] == UInt8(ascii: "0") { j += 1 }
            }
            return j == u.count || !isDigit(u[j])
        }
    }

    /// The day after a "YYYY-MM-DD" date.
    static func nextDay(_ date: String) -> String? {
        let u = Array(date.utf8)
        guard u.count == 10 else { return nil }
        return u.withUnsafeBufferPointer { p -> String? in
            let y = num(p, 0, 4), m = num(p, 5, 2), d = num(p, 8, 2)
            let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
            let length = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][max(0, min(11, m - 1))]
            if d < length { return make(y, m, d + 1) }
            return m == 12 ? make(y + 1, 1, 1) : make(y, m + 1, 1)
        }
    }

    /// Day count of a "YYYY-MM-DD" date (days from civil, proleptic Gregorian).
    static func ordinal(_ s: String) -> Int? {
        let u = Array(s.utf8)
        guard u.count == 10 else { return nil }
        return u.withUnsafeBufferPointer { p in
            var y = num(p, 0, 4), m = num(p, 5, 2)
            let d = num(p, 8, 2)
            if m <= 2 { y -= 1; m += 12 }
            return 365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d
        }
    }

    /// Absolute number of days between two "YYYY-MM-DD" dates.
    static func dayGap(_ a: String, _ b: String) -> Int? {
        guard let x = ordinal(a), let y = ordinal(b) else { return nil }
        return abs(x - y)
    }

    static func make(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard y >= 1990, y <= 2100, m >= 1, m <= 12, d >= 1, d <= 31 else { return nil }
        var out = [UInt8](repeating: 48, count: 10)
        out[0] = UInt8(48 + y / 1000); out[1] = UInt8(48 + y / 100 % 10); out[2] = UInt8(48 + y / 10 % 10); out[3] = UInt8(48 + y % 10)
        out[4] = UInt8(ascii: "-"); out[5] = UInt8(48 + m / 10); out[6] = UInt8(48 + m % 10)
        out[7] = UInt8(ascii: "-"); out[8] = UInt8(48 + d / 10); out[9] = UInt8(48 + d % 10)
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
    @inline(__always) static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }
    @inline(__always) private static func isLetterASCII(_ c: UInt8) -> Bool { (c >= 65 && c <= 90) || (c >= 97 && c <= 122) }
    @inline(__always) private static func isWordASCII(_ c: UInt8) -> Bool { isLetterASCII(c) || isDigit(c) || c == UInt8(ascii: "_") }
    private static func allDigits(_ u: UnsafeBufferPointer<UInt8>, _ i: Int, _ n: Int) -> Bool {
        guard i >= 0, i + n <= u.count else { return false }
        for k in i..<(i + n) where !isDigit(u[k]) { return false }
        return true
    }
    private static func num(_ u: UnsafeBufferPointer<UInt8>, _ i: Int, _ n: Int) -> Int {
        var v = 0
        for k in i..<(i + n) { v = v * 10 + Int(u[k] &- 48) }
        return v
    }
}
