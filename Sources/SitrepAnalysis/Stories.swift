import SitrepModel
import SitrepStore

/// An article as a story lists it.
public struct StoryArticle: Hashable, Sendable {
    public var id: String
    public var title: String?
    public var site: String?
    public var language: String?
    public var published: CalendarDay?
}

/// Articles about the same happening, across sources and languages.
public struct Story: Hashable, Sendable {
    /// Stable id: the first article's id (articles in ingest order).
    public var id: String
    /// Title of the article reporting the most events of the story.
    public var headline: String?
    public var articles: [StoryArticle]
    public var languages: [String]
    public var sites: [String]
    /// Actor codes by how many of the story's events involve them, most first.
    public var actors: [String]
    /// Place names by frequency.
    public var places: [String]
    /// CAMEO roots by frequency.
    public var roots: [String]
    /// Distinct events of the story.
    public var eventCount: Int
    public var firstDay: CalendarDay?
    public var lastDay: CalendarDay?
    /// Sets of article ids that are near-duplicates of each other (syndicated copies).
    public var duplicateGroups: [[String]]
}

/// Clusters articles into stories without translation: by shared events, shared (dyad, CAMEO root, place)
/// within a few days, and near-duplicate text.
public struct StoryClusterer: Sendable {
    /// Two event signatures match when their dates are at most this many days apart.
    public var dayWindow: Int = 3

    public init(dayWindow: Int = 3) {
        self.dayWindow = dayWindow
    }

    /// Stories from stored events and articles; each article belongs to exactly one story.
    public func stories(records: [EventRecord], articles: [ArticleSummary]) -> [Story] {
        var index: [String: Int] = [:]
        for (i, a) in articles.enumerated() { index[a.id] = i }
        var sets = UnionFind(count: articles.count)
        var bySignature: [String: [(day: Int, article: Int)]] = [:]
        for r in records {
            let members = Array(Set(r.mentions.compactMap { index[$0.article] })).sorted()
            for m in members.dropFirst() { sets.union(members[0], m) }  // same event id
            guard let sig = signature(r.event) else { continue }
            let day = r.event.date?.dayNumber ?? Int.min
            for m in members { bySignature[sig, default: []].append((day, m)) }
        }
        for (_, list) in bySignature {
            let sorted = list.sorted { $0.day < $1.day }
            for i in sorted.indices.dropFirst() where sorted[i].day != Int.min && sorted[i].day - sorted[i - 1].day <= dayWindow {
                sets.union(sorted[i - 1].article, sorted[i].article)
            }
        }
        let duplicates = NearDuplicates.groups(articles)
        for g in duplicates {
            let ids = g.compactMap { index[$0] }
            for m in ids.dropFirst() { sets.union(ids[0], m) }
        }
        var recordsOf: [Int: [Int]] = [:]
        for (ri, r) in records.enumerated() {
            for a in Set(r.mentions.compactMap({ index[$0.article] })) { recordsOf[a, default: []].append(ri) }
        }
        return sets.groups().map { members in
            let owned = Set(members.flatMap { recordsOf[$0] ?? [] }).sorted().map { records[$0] }
            return story(members: members, articles: articles, events: owned, duplicates: duplicates)
        }
            .sorted { ($0.articles.count, $0.lastDay ?? CalendarDay(year: 1, month: 1, day: 1)) > ($1.articles.count, $1.lastDay ?? CalendarDay(year: 1, month: 1, day: 1)) }
    }

    /// What two reports of one happening share whatever their language: the actors' countries, the CAMEO root and
    /// the place (or, without a place, the full code). Nil without both actors.
    func signature(_ e: Event) -> String? {
        guard let s = e.source?.country ?? e.source?.code, let t = e.target?.country ?? e.target?.code, s != t else { return nil }
        let pair = s < t ? "\(s)-\(t)" : "\(t)-\(s)"
        if let p = e.place { return "\(pair)|\(e.root)|\(p.geonameid.map(String.init) ?? p.name.lowercased())" }
        return "\(pair)|\(e.code)"
    }

    private func story(members: [Int], articles: [ArticleSummary], events: [EventRecord], duplicates: [[String]]) -> Story {
        let ids = Set(members.map { articles[$0].id })
        var perArticle: [String: Int] = [:]
        for r in events { for m in r.mentions where ids.contains(m.article) { perArticle[m.article, default: 0] += 1 } }
        let list = members.map { i -> StoryArticle in
            let a = articles[i]
            return StoryArticle(id: a.id, title: a.title, site: a.site, language: a.language, published: a.published)
        }
        var lead = list[0]
        for a in list where (perArticle[a.id] ?? 0) > (perArticle[lead.id] ?? 0) { lead = a }
        let days = events.compactMap(\.event.date) + list.compactMap(\.published)
        return Story(id: list[0].id, headline: lead.title, articles: list,
                     languages: Array(Set(list.compactMap(\.language))).sorted(),
                     sites: Array(Set(list.compactMap(\.site))).sorted(),
                     actors: ranked(events.flatMap { [$0.event.source?.code, $0.event.target?.code].compactMap { $0 } }),
                     places: ranked(events.compactMap { $0.event.place?.name }),
                     roots: ranked(events.map(\.event.root)), eventCount: events.count,
                     firstDay: days.min(), lastDay: days.max(),
                     duplicateGroups: duplicates.filter { g in g.contains { ids.contains($0) } })
    }
}

/// Items by descending frequency, ties alphabetical.
func ranked(_ items: [String]) -> [String] {
    var counts: [String: Int] = [:]
    for i in items { counts[i, default: 0] += 1 }
    return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
}
