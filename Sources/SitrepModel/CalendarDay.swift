import Foundation

/// A calendar date without time or zone (proleptic Gregorian), the unit of event dating.
public struct CalendarDay: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`, `YYYYMMDD`, `YYYY-MM` (first day), `YYYY` (1 January),
    /// or an ISO 8601 timestamp whose first ten characters are a date.
    public init?(parsing text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        let digits = t.unicodeScalars.filter { CharacterSet.decimalDigits.contains($0) }
        func num(_ s: Substring) -> Int? { Int(s) }
        if t.count >= 10, t.dropFirst(4).first == "-", t.dropFirst(7).first == "-",
           let y = num(t.prefix(4)), let m = num(t.dropFirst(5).prefix(2)), let d = num(t.dropFirst(8).prefix(2)) {
            self.init(year: y, month: m, day: d)
        } else if t.count == 8, digits.count == 8, let y = num(t.prefix(4)), let m = num(t.dropFirst(4).prefix(2)), let d = num(t.dropFirst(6)) {
            self.init(year: y, month: m, day: d)
        } else if t.count == 7, t.dropFirst(4).first == "-", let y = num(t.prefix(4)), let m = num(t.dropFirst(5)) {
            self.init(year: y, month: m, day: 1)
        } else if t.count == 4, let y = num(t[...]) {
            self.init(year: y, month: 1, day: 1)
        } else {
            return nil
        }
        guard (1...12).contains(month), (1...CalendarDay.daysIn(month: month, year: year)).contains(day) else { return nil }
    }

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (negative before).
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil algorithm.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (ISO 4)
        return (w < 0 ? w + 7 : w) + 1
    }

    public func adding(days: Int) -> CalendarDay { CalendarDay(dayNumber: dayNumber + days) }

    public func adding(months: Int) -> CalendarDay {
        let total = year * 12 + (month - 1) + months
        let y = total / 12, m = total % 12 + 1
        return CalendarDay(year: y, month: m, day: min(day, CalendarDay.daysIn(month: m, year: y)))
    }

    /// "2023-02-01": the digits of `String(format: "%04d-%02d-%02d")`, written directly for the usual range.
    public var iso: String {
        guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else {
            return String(format: "%04d-%02d-%02d", year, month, day)
        }
        return String(unsafeUninitializedCapacity: 10) { b in
            func put(_ value: Int, at start: Int, width: Int) {
                var v = value
                for k in (start..<(start + width)).reversed() { b[k] = UInt8(48 + v % 10); v /= 10 }
            }
            put(year, at: 0, width: 4); b[4] = 0x2D; put(month, at: 5, width: 2); b[7] = 0x2D; put(day, at: 8, width: 2)
            return 10
        }
    }
    public var description: String { iso }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool { a.dayNumber < b.dayNumber }

    public init(from decoder: Decoder) throws {
        let s = try decoder.singleValueContainer().decode(String.self)
        guard let d = CalendarDay(parsing: s) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(s)"))
        }
        self = d
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }

    /// Today in UTC.
    public static var today: CalendarDay {
        CalendarDay(dayNumber: Int(floor(Date().timeIntervalSince1970 / 86400)))
    }
}

/// How precisely a date is known.
public enum DatePrecision: String, Codable, Sendable, CaseIterable {
    case day, week, month, season, year, range
}
