import Foundation
import SitrepModel
import SitrepStore

/// A situation report on one country over a period: timeline, top events with evidence, actors, places, map.
public struct SituationReport: Sendable {
    public struct Count: Hashable, Sendable {
        public var label: String
        public var count: Int
    }

    /// A mapped place: where events happened, and how many.
    public struct MapPoint: Hashable, Sendable {
        public var name: String
        public var lat: Double
        public var lon: Double
        public var count: Int
    }

    public var country: String
    public var since: CalendarDay?
    public var until: CalendarDay?
    public var period: TrendPeriod
    /// Events that happened (asserted, claimed), newest first.
    public var happened: [EventRecord]
    /// Predicted, hypothetical and negated events, apart.
    public var notHappened: [EventRecord]
    /// Happened events per period and quad class.
    public var timeline: [DyadBucket]
    public var actors: [Count]
    public var places: [MapPoint]
    public var flags: [StoredFlag]

    /// Builds the report from the country's events and the knowledge flags of the articles reporting them.
    public init(country: String, since: CalendarDay?, until: CalendarDay?, records: [EventRecord], flags: [StoredFlag]) {
        self.country = country
        self.since = since
        self.until = until
        happened = records.filter { $0.event.modality.happened }
        notHappened = records.filter { !$0.event.modality.happened }
        let days = happened.compactMap(\.event.date)
        let span = (days.max()?.dayNumber ?? 0) - (days.min()?.dayNumber ?? 0)
        period = span > 730 ? .month : span > 60 ? .week : .day
        var buckets: [String: DyadBucket] = [:]
        for r in happened {
            guard let d = r.event.date else { continue }
            let label = period.label(d)
            var b = buckets[label] ?? DyadBucket(period: label, direction: "", quadCounts: [0, 0, 0, 0], count: 0, goldsteinSum: 0)
            if (1...4).contains(r.event.quadClass) { b.quadCounts[r.event.quadClass - 1] += 1 }
            b.count += 1
            b.goldsteinSum += r.event.goldstein ?? 0
            buckets[label] = b
        }
        timeline = buckets.values.sorted { $0.period < $1.period }
        var actorCounts: [String: Int] = [:]
        for r in happened {
            for a in [r.event.source, r.event.target].compactMap({ $0 }) { actorCounts[a.name.map { "\($0) (\(a.code))" } ?? a.code, default: 0] += 1 }
        }
        actors = actorCounts.map { Count(label: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.label < $1.label }
        var points: [String: MapPoint] = [:]
        for r in happened + notHappened {
            guard let p = r.event.place, let lat = p.lat, let lon = p.lon else { continue }
            points[p.name, default: MapPoint(name: p.name, lat: lat, lon: lon, count: 0)].count += 1
        }
        places = points.values.sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
        let articleIDs = Set(records.flatMap { $0.mentions.map(\.article) })
        self.flags = flags.filter { articleIDs.contains($0.article) }
    }

    var title: String {
        "Situation report: \(country)" + (since.map { " since \($0.iso)" } ?? "") + (until.map { " until \($0.iso)" } ?? "")
    }

    var topEvents: [EventRecord] {
        Array(happened.sorted { ($0.numMentions, abs($0.event.goldstein ?? 0)) > ($1.numMentions, abs($1.event.goldstein ?? 0)) }.prefix(15))
    }

    var summary: String {
        let articles = Set((happened + notHappened).flatMap { $0.mentions.map(\.article) }).count
        let sites = Set((happened + notHappened).flatMap { $0.mentions.compactMap(\.site) }).count
        return "\(happened.count) events reported as having happened, \(notHappened.count) predicted, hypothetical or negated "
            + "(kept apart), from \(articles) article\(articles == 1 ? "" : "s") and \(sites) site\(sites == 1 ? "" : "s")."
    }

    static func eventLine(_ r: EventRecord) -> String {
        let e = r.event
        let who = [e.source, e.target].map { $0.map { $0.name ?? $0.code } ?? "—" }
        let what = CAMEO.shared.name(e.code) ?? "CAMEO \(e.code)"
        let whereText = e.place.map { " in \($0.name)" } ?? ""
        return "\(e.date?.iso ?? "undated") — \(who[0]) → \(who[1]): \(what) (\(e.code))\(whereText)"
    }

    /// The report as Markdown.
    public var markdown: String {
        var md = "# \(title)\n\n\(summary)\n\n## Timeline (by \(period.rawValue))\n\n"
        md += "| Period | Events | Verbal coop. | Material coop. | Verbal conflict | Material conflict | Goldstein sum |\n"
        md += "|---|---:|---:|---:|---:|---:|---:|\n"
        for b in timeline {
            md += "| \(b.period) | \(b.count) | " + b.quadCounts.map(String.init).joined(separator: " | ")
                + " | \(String(format: "%.1f", b.goldsteinSum)) |\n"
        }
        md += "\n## Top events\n\n"
        for r in topEvents {
            md += "- **\(Self.eventLine(r))** — \(r.event.modality.rawValue), \(r.numMentions) report(s), \(r.numSources) source(s)\n"
            md += "  > \(r.event.evidence.text)\n"
        }
        if !notHappened.isEmpty {
            md += "\n## Predicted, hypothetical or negated (not counted above)\n\n"
            for r in notHappened.prefix(15) { md += "- \(Self.eventLine(r)) — *\(r.event.modality.rawValue)*\n  > \(r.event.evidence.text)\n" }
        }
        md += "\n## Actors\n\n" + actors.prefix(15).map { "- \($0.label): \($0.count)\n" }.joined()
        md += "\n## Places\n\n" + places.prefix(15).map { "- \($0.name) (\(String(format: "%.3f, %.3f", $0.lat, $0.lon))): \($0.count)\n" }.joined()
        if !flags.isEmpty {
            md += "\n## Statements contradicting the knowledge base\n\n"
            for f in flags { md += "- \(f.flag.message) — article \(f.article): “\(f.evidence)”\n" }
        }
        return md
    }
}
