import SitrepModel
import SitrepStore

/// The analyst's questions over a store: near-duplicates, stories, dyad trends, situation reports, knowledge flags.
public struct Analyst: Sendable {
    public let store: any EventStore

    public init(store: any EventStore) {
        self.store = store
    }

    /// Groups of near-duplicate articles (syndicated copies) published in the range.
    public func nearDuplicates(since: CalendarDay? = nil, until: CalendarDay? = nil) throws -> [[String]] {
        NearDuplicates.groups(try store.articleSummaries(since: since, until: until))
    }

    /// Stories across sources and languages, biggest first; `minArticles` hides smaller ones.
    public func stories(since: CalendarDay? = nil, until: CalendarDay? = nil, minArticles: Int = 1) throws -> [Story] {
        let articles = try store.articleSummaries(since: since, until: until)
        let records = try store.events(EventFilter(since: since, until: until))
        return StoryClusterer().stories(records: records, articles: articles).filter { $0.articles.count >= minArticles }
    }

    /// Relations between two actor code prefixes (both directions) per period; `a`/`b` are validated as actor codes.
    public func dyad(_ a: String, _ b: String, by period: TrendPeriod = .month, since: CalendarDay? = nil,
                     until: CalendarDay? = nil, top: Int = 10) throws -> DyadTrend {
        let filter = EventFilter(dyad: Dyad(a.uppercased(), b.uppercased()), since: since, until: until)
        return DyadTrend(a: a.uppercased(), b: b.uppercased(), by: period, records: try store.events(filter), top: top)
    }

    /// A situation report on a country (alpha-3: either actor or the place) over a period.
    public func report(country: String, since: CalendarDay? = nil, until: CalendarDay? = nil) throws -> SituationReport {
        let c = country.uppercased()
        let records = try store.events(EventFilter(country: c, since: since, until: until))
        return SituationReport(country: c, since: since, until: until, records: records, flags: try store.knowledgeFlags(article: nil))
    }

    /// Knowledge-base contradictions flagged on stored articles.
    public func knowledgeFlags(article: String? = nil) throws -> [StoredFlag] {
        try store.knowledgeFlags(article: article)
    }
}

extension Story {
    /// One block per story for a terminal: headline, span, languages and sites, then its articles.
    public func renderText() -> String {
        var s = "\(headline ?? "(untitled)")\n"
        s += "  \(firstDay?.iso ?? "?") … \(lastDay?.iso ?? "?")  \(articles.count) article(s), \(eventCount) event(s), "
        s += "languages \(languages.joined(separator: ",")), sites \(sites.count)\n"
        s += "  actors \(actors.prefix(6).joined(separator: " ")); places \(places.prefix(4).joined(separator: ", ")); roots \(roots.prefix(4).joined(separator: " "))\n"
        for a in articles {
            let dup = duplicateGroups.contains { $0.contains(a.id) && $0.first != a.id } ? " (near-duplicate)" : ""
            s += "  - [\(a.language ?? "??")] \(a.site ?? "-")  \(a.title ?? a.id)\(dup)\n"
        }
        return s
    }
}
