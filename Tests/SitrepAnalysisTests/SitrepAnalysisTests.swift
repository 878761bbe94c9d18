import Foundation
import SitrepModel
import SitrepStore
import Testing
@testable import SitrepAnalysis

func temporaryStore() throws -> SQLiteEventStore {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-analysis-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return try SQLiteEventStore(path: dir.appendingPathComponent("a.db").path)
}

let bakhmut = Place(name: "Bakhmut", country: "UKR", admin1: "UA.05", lat: 48.5956, lon: 38.0003, geonameid: 712451, precision: .city)
let soledar = Place(name: "Soledar", country: "UKR", admin1: "UA.05", lat: 48.68, lon: 38.09, geonameid: 697889, precision: .city)
let astana = Place(name: "Astana", country: "KAZ", lat: 51.18, lon: 71.45, geonameid: 1526273, precision: .city)

/// An article whose events each use one sentence of the text as evidence.
func article(_ text: String, site: String, language: String, published: String, title: String,
             events: [(sentence: String, source: String, target: String, code: String, place: Place?, date: String, modality: Modality)]) -> Document {
    var d = Document(origin: "\(site).txt", url: "https://\(site)/a", title: title, site: site,
                     published: CalendarDay(parsing: published), language: language, text: text)
    d.events = events.map { e in
        let r = text.range(of: e.sentence)!
        let s = text.utf8.distance(from: text.utf8.startIndex, to: r.lowerBound)
        return Event(source: ActorRef(code: e.source), target: ActorRef(code: e.target), code: e.code, place: e.place,
                     date: CalendarDay(parsing: e.date), datePrecision: .day, modality: e.modality,
                     evidence: Evidence(span: Span(s, s + e.sentence.utf8.count), text: e.sentence), confidence: 0.8,
                     coderVersion: "test", article: d.id)
    }
    return d
}

let wire = """
    Russian forces shelled the eastern Ukrainian city of Bakhmut on Wednesday, killing three civilians, regional officials said.
    The governor of the Donetsk region said several apartment buildings were hit overnight and rescue teams were searching the rubble.
    Ukraine's military said its troops had repelled more than twenty attacks near the town in the past day, while Moscow said \
    its units had advanced on the northern outskirts. Western analysts expect a new Russian offensive in the coming weeks as \
    Moscow moves reinforcements to the region, and Kyiv has asked its allies for more artillery ammunition.
    """

let frenchShelling = article("Les forces russes ont bombardé Bakhmut mercredi, faisant trois morts parmi les civils.",
                             site: "lemonde.fr", language: "fr", published: "2023-02-01", title: "Bakhmut bombardée",
                             events: [("Les forces russes ont bombardé Bakhmut mercredi, faisant trois morts parmi les civils.",
                                       "RUSMIL", "UKRCVL", "195", bakhmut, "2023-02-01", .asserted)])
let englishShelling = article(wire, site: "apnews.com", language: "en", published: "2023-02-01", title: "Russia shells Bakhmut",
                              events: [("Russian forces shelled the eastern Ukrainian city of Bakhmut on Wednesday, killing three civilians, regional officials said.",
                                        "RUSMIL", "UKRCVL", "195", bakhmut, "2023-02-01", .claimed)])
/// A syndicated copy: a dateline added and one word changed.
let syndicated = article("KYIV (AP) — " + wire.replacingOccurrences(of: "several", with: "two"), site: "abcnews.go.com", language: "en",
                         published: "2023-02-01", title: "Russia shells Bakhmut, officials say", events: [])
/// Same dyad, root and place two days later, different code: the same story.
let followUp = article("Russian artillery again struck Bakhmut on Friday.", site: "bbc.co.uk", language: "en", published: "2023-02-03",
                       title: "Bakhmut under fire again",
                       events: [("Russian artillery again struck Bakhmut on Friday.", "RUSMIL", "UKRCVL", "190", bakhmut, "2023-02-03", .asserted)])
let unrelated = article("Le président kazakh a reçu le ministre russe des affaires étrangères à Astana. Une nouvelle visite est prévue en mars.",
                        site: "lefigaro.fr", language: "fr", published: "2023-02-02", title: "Astana reçoit Moscou",
                        events: [("Le président kazakh a reçu le ministre russe des affaires étrangères à Astana.", "KAZGOV", "RUSGOV", "043", astana, "2023-02-02", .asserted),
                                 ("Une nouvelle visite est prévue en mars.", "RUSGOV", "KAZGOV", "042", astana, "2023-03-01", .predicted)])

@Suite struct NearDuplicateTests {
    @Test func minhashSeparatesCopiesFromDifferentTexts() {
        let a = MinHash.signature(wire), b = MinHash.signature("KYIV (AP) — " + wire.replacingOccurrences(of: "several", with: "two"))
        let c = MinHash.signature(unrelated.text), d = MinHash.signature(frenchShelling.text)
        #expect(MinHash.similarity(a, b) >= 0.7)
        #expect(MinHash.similarity(a, c) < 0.1 && MinHash.similarity(a, d) < 0.1)
        #expect(MinHash.signature("Hello, WORLD!  hello world") == MinHash.signature("hello world hello world"))
    }

    @Test func simhashFingerprintIsCaseAndPunctuationInsensitive() {
        #expect(SimHash.fingerprint("Hello, WORLD!  hello world") == SimHash.fingerprint("hello world hello world"))
        #expect(SimHash.distance(SimHash.fingerprint(wire), SimHash.fingerprint(unrelated.text)) > 10)
    }

    @Test func groupsFromTheStore() throws {
        let store = try temporaryStore()
        _ = try store.save([frenchShelling, englishShelling, syndicated, unrelated])
        let groups = try Analyst(store: store).nearDuplicates()
        #expect(groups == [[englishShelling.id, syndicated.id]])
    }
}

@Suite struct StoryTests {
    @Test func storiesJoinLanguagesAndSourcesAndSeparateOtherHappenings() throws {
        let store = try temporaryStore()
        _ = try store.save([frenchShelling, englishShelling, syndicated, followUp, unrelated])
        let stories = try Analyst(store: store).stories()
        #expect(stories.count == 2)
        let bakhmutStory = try #require(stories.first)
        #expect(Set(bakhmutStory.articles.map(\.id)) == [frenchShelling.id, englishShelling.id, syndicated.id, followUp.id])
        #expect(bakhmutStory.languages == ["en", "fr"])
        #expect(bakhmutStory.places.first == "Bakhmut" && bakhmutStory.roots.first == "19")
        #expect(bakhmutStory.duplicateGroups == [[englishShelling.id, syndicated.id]])
        #expect(stories[1].articles.map(\.id) == [unrelated.id])
        #expect(try Analyst(store: store).stories(minArticles: 2).count == 1)
        #expect(bakhmutStory.renderText().contains("near-duplicate"))
    }
}

@Suite struct DyadTests {
    @Test func dyadSumsOnlyWhatHappenedInBothDirections() throws {
        let store = try temporaryStore()
        _ = try store.save([frenchShelling, englishShelling, followUp, unrelated])
        let trend = try Analyst(store: store).dyad("KAZ", "RUS", by: .month)
        let kazRus = trend.total(direction: "KAZ→RUS"), rusKaz = trend.total(direction: "RUS→KAZ")
        #expect(kazRus.count == 1 && kazRus.quadCounts == [1, 0, 0, 0])
        #expect(kazRus.goldsteinSum == (CAMEO.shared.goldstein("043") ?? 0))
        #expect(rusKaz.count == 0 && rusKaz.goldsteinSum == 0)  // the predicted visit is not summed
        #expect(trend.notHappened == [DyadOutlook(period: "2023-03", direction: "RUS→KAZ", predicted: 1, hypothetical: 0, negated: 0)])
        #expect(trend.topEvents.map(\.event.code) == ["043"] && trend.topNotHappened.map(\.event.code) == ["042"])
        let text = trend.renderText()
        #expect(text.contains("KAZ→RUS") && text.contains("RUS→KAZ") && text.contains("Not (yet) happened"))
        #expect(text.contains("Le président kazakh a reçu"))
    }

    @Test func shellingCountsOnceAcrossReports() throws {
        let store = try temporaryStore()
        _ = try store.save([frenchShelling, englishShelling, followUp])
        let trend = try Analyst(store: store).dyad("RUS", "UKR", by: .day)
        #expect(trend.happened.map(\.period) == ["2023-02-01", "2023-02-03"])
        #expect(trend.happened.map(\.count) == [1, 1])  // two reports of one event count once
        #expect(trend.topEvents.first?.numMentions == 2)
    }

    @Test func periodLabels() {
        #expect(TrendPeriod.week.label(CalendarDay(year: 2023, month: 1, day: 1)) == "2022-W52")
        #expect(TrendPeriod.week.label(CalendarDay(year: 2023, month: 1, day: 2)) == "2023-W01")
        #expect(TrendPeriod.week.label(CalendarDay(year: 2020, month: 12, day: 31)) == "2020-W53")
        #expect(TrendPeriod.month.label(CalendarDay(year: 2023, month: 2, day: 9)) == "2023-02")
        #expect(TrendPeriod.year.label(CalendarDay(year: 2023, month: 2, day: 9)) == "2023")
    }
}

@Suite struct ReportTests {
    @Test func reportHasTimelineEvidenceMapAndKeepsPredictionsApart() throws {
        let store = try temporaryStore()
        var flagged = frenchShelling
        flagged.flags = [KnowledgeFlag(kind: "test", message: "Bakhmut is not a capital", evidence: Span(0, 10))]
        _ = try store.save([flagged, englishShelling, followUp, unrelated])
        let ukr = try Analyst(store: store).report(country: "UKR", since: CalendarDay(year: 2023, month: 1, day: 1))
        #expect(ukr.happened.count == 2 && ukr.notHappened.isEmpty)
        #expect(ukr.timeline.map(\.count).reduce(0, +) == 2)
        let md = ukr.markdown
        #expect(md.hasPrefix("# Situation report: UKR since 2023-01-01"))
        #expect(md.contains("## Timeline") && md.contains("> Les forces russes ont bombardé Bakhmut mercredi"))
        #expect(md.contains("Bakhmut is not a capital"))
        let html = ukr.html
        #expect(html.contains("<svg") && html.contains("<circle") && html.contains(">Bakhmut</text>"))
        #expect(!html.contains("<script") && !html.contains("src=\"http") && !html.contains("href=\"http"))

        let kaz = try Analyst(store: store).report(country: "KAZ")
        #expect(kaz.happened.count == 1 && kaz.notHappened.count == 1)
        #expect(kaz.timeline.map(\.count) == [1])
        let kmd = kaz.markdown
        let apart = try #require(kmd.range(of: "## Predicted, hypothetical or negated"))
        #expect(kmd[apart.upperBound...].contains("Une nouvelle visite est prévue en mars."))
        #expect(!kmd[..<apart.lowerBound].contains("Une nouvelle visite"))
    }

    @Test func reportWithoutEventsStillRenders() throws {
        let store = try temporaryStore()
        let r = try Analyst(store: store).report(country: "FRA")
        #expect(r.markdown.contains("0 events") && r.html.contains("No located events"))
    }
}
