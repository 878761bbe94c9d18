import Foundation
import SitrepModel
import SitrepStore

/// Time buckets for trends.
public enum TrendPeriod: String, CaseIterable, Sendable {
    case day, week, month, year

    /// The bucket label of a day: 2023-02-01, 2023-W05, 2023-02, 2023.
    public func label(_ d: CalendarDay) -> String {
        switch self {
        case .day: return d.iso
        case .month: return String(format: "%04d-%02d", d.year, d.month)
        case .year: return String(d.year)
        case .week:
            // ISO 8601 week: the week belongs to the year of its Thursday.
            let thursday = d.adding(days: 4 - d.weekday)
            let week = (thursday.dayNumber - CalendarDay(year: thursday.year, month: 1, day: 1).dayNumber) / 7 + 1
            return String(format: "%04d-W%02d", thursday.year, week)
        }
    }
}

/// Counts of events that happened (asserted or claimed) in one bucket and direction.
public struct DyadBucket: Hashable, Sendable {
    public var period: String
    /// "KAZ→RUS": source prefix → target prefix.
    public var direction: String
    /// Events per quad class 1…4 (index 0 = class 1).
    public var quadCounts: [Int]
    public var count: Int
    public var goldsteinSum: Double
    public var goldsteinMean: Double? { count == 0 ? nil : goldsteinSum / Double(count) }
}

/// Events that did not (yet) happen, in one bucket and direction: shown apart, never summed.
public struct DyadOutlook: Hashable, Sendable {
    public var period: String
    public var direction: String
    public var predicted: Int
    public var hypothetical: Int
    public var negated: Int
}

/// Relations between two actors over time, both directions.
public struct DyadTrend: Sendable {
    public var a: String
    public var b: String
    public var period: TrendPeriod
    /// Asserted and claimed events only, by period then direction.
    public var happened: [DyadBucket]
    /// Predicted, hypothetical and negated events, apart.
    public var notHappened: [DyadOutlook]
    /// Events that happened, most reported first (then strongest Goldstein).
    public var topEvents: [EventRecord]
    /// Predicted, hypothetical and negated events, most reported first.
    public var topNotHappened: [EventRecord]

    /// Builds the trend from the dyad's events (deduplicated events, not reports).
    public init(a: String, b: String, by period: TrendPeriod, records: [EventRecord], top: Int = 10) {
        self.a = a
        self.b = b
        self.period = period
        var buckets: [String: DyadBucket] = [:]
        var outlooks: [String: DyadOutlook] = [:]
        for r in records {
            let e = r.event
            guard let day = e.date, let dir = Self.direction(e, a: a, b: b) else { continue }
            let label = period.label(day)
            let key = label + "|" + dir
            if e.modality.happened {
                var bucket = buckets[key] ?? DyadBucket(period: label, direction: dir, quadCounts: [0, 0, 0, 0], count: 0, goldsteinSum: 0)
                if (1...4).contains(e.quadClass) { bucket.quadCounts[e.quadClass - 1] += 1 }
                bucket.count += 1
                bucket.goldsteinSum += e.goldstein ?? 0
                buckets[key] = bucket
            } else {
                var o = outlooks[key] ?? DyadOutlook(period: label, direction: dir, predicted: 0, hypothetical: 0, negated: 0)
                switch e.modality {
                case .predicted: o.predicted += 1
                case .hypothetical: o.hypothetical += 1
                default: o.negated += 1
                }
                outlooks[key] = o
            }
        }
        happened = buckets.values.sorted { ($0.period, $0.direction) < ($1.period, $1.direction) }
        notHappened = outlooks.values.sorted { ($0.period, $0.direction) < ($1.period, $1.direction) }
        let order: (EventRecord, EventRecord) -> Bool = {
            ($0.numMentions, abs($0.event.goldstein ?? 0)) > ($1.numMentions, abs($1.event.goldstein ?? 0))
        }
        topEvents = Array(records.filter { $0.event.modality.happened }.sorted(by: order).prefix(top))
        topNotHappened = Array(records.filter { !$0.event.modality.happened }.sorted(by: order).prefix(top))
    }

    static func direction(_ e: Event, a: String, b: String) -> String? {
        let s = e.source?.code ?? "", t = e.target?.code ?? ""
        if s.hasPrefix(a), t.hasPrefix(b) { return "\(a)→\(b)" }
        if s.hasPrefix(b), t.hasPrefix(a) { return "\(b)→\(a)" }
        return nil
    }

    /// Totals over all periods for one direction (happened events only).
    public func total(direction: String) -> DyadBucket {
        var t = DyadBucket(period: "all", direction: direction, quadCounts: [0, 0, 0, 0], count: 0, goldsteinSum: 0)
        for b in happened where b.direction == direction {
            for i in 0..<4 { t.quadCounts[i] += b.quadCounts[i] }
            t.count += b.count
            t.goldsteinSum += b.goldsteinSum
        }
        return t
    }

    /// A terminal report: per-period table for both directions, the outlook apart, then top events with evidence.
    public func renderText() -> String {
        var out = "Dyad \(a) ↔ \(b) by \(period.rawValue) (asserted and claimed events; predictions shown apart)\n\n"
        let header = ["PERIOD", "DIRECTION", "EVENTS", "VCOOP", "MCOOP", "VCONF", "MCONF", "GOLDSTEIN", "MEAN"]
        var rows = [header]
        for x in happened + [total(direction: "\(a)→\(b)"), total(direction: "\(b)→\(a)")] {
            rows.append([x.period, x.direction, String(x.count)] + x.quadCounts.map(String.init)
                        + [String(format: "%.1f", x.goldsteinSum), x.goldsteinMean.map { String(format: "%.2f", $0) } ?? "-"])
        }
        out += aligned(rows)
        if !notHappened.isEmpty {
            out += "\nNot (yet) happened — not summed above:\n"
            out += aligned([["PERIOD", "DIRECTION", "PREDICTED", "HYPOTHETICAL", "NEGATED"]]
                           + notHappened.map { [$0.period, $0.direction, String($0.predicted), String($0.hypothetical), String($0.negated)] })
        }
        out += "\nTop events:\n" + topEvents.map(Self.line).joined()
        if !topNotHappened.isEmpty { out += "\nTop predicted, hypothetical or negated:\n" + topNotHappened.map(Self.line).joined() }
        return out
    }

    static func line(_ r: EventRecord) -> String {
        let e = r.event
        return "  \(e.date?.iso ?? "????-??-??")  \(e.source?.code ?? "-") \(e.code) \(e.target?.code ?? "-")  "
            + "[\(e.modality.rawValue), \(r.numMentions) report\(r.numMentions == 1 ? "" : "s")]  \(e.evidence.text)\n"
    }
}

/// Left-aligned columns separated by two spaces.
func aligned(_ rows: [[String]]) -> String {
    guard let width = rows.map(\.count).max() else { return "" }
    let widths = (0..<width).map { i in rows.map { i < $0.count ? $0[i].count : 0 }.max() ?? 0 }
    return rows.map { row in
        row.enumerated().map { i, c in i == row.count - 1 ? c : c.padding(toLength: widths[i], withPad: " ", startingAt: 0) }
            .joined(separator: "  ") + "\n"
    }.joined()
}
