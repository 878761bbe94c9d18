import Foundation
import GRDB
import SitrepModel
import Testing
@testable import SitrepStore

/// GDELT counts, strongest modality and first article when reports arrive in one batch, across batches, or twice in one article.
@Suite struct CountTests {
    /// The English article with a second report of the shelling (same event id, other evidence).
    func englishWithRepeat() -> Document {
        var d = englishArticle()
        d.events.append(makeEvent(d.text, "Analysts expect a new offensive around 24 February.", source: "RUSMIL", target: "UKR",
                                  code: "195", place: bakhmut, date: "2023-02-01", modality: .claimed))
        return d
    }

    func shelling(_ store: SQLiteEventStore) throws -> EventRecord {
        let all = try store.events(EventFilter(code: "195"))
        #expect(all.count == 1)
        return try #require(all.first)
    }

    @Test func oneBatchCountsLikeOneArticleAtATime() throws {
        let docs = [frenchArticle(site: "lemonde.fr"), englishWithRepeat(), frenchArticle(site: "lemonde.fr", extra: "\nMise à jour.")]
        let batched = try temporaryStore()
        _ = try batched.save(docs)
        let single = try temporaryStore()
        for d in docs { _ = try single.save(d) }
        for store in [batched, single] {
            let rec = try shelling(store)
            #expect(rec.numMentions == 4 && rec.numArticles == 3 && rec.numSources == 2)
            #expect(rec.event.modality == .asserted)
            #expect(rec.event.article == frenchArticle(site: "lemonde.fr").id)
        }
        let a = try batched.events(EventFilter()), b = try single.events(EventFilter())
        #expect(a.map { [$0.numMentions, $0.numArticles, $0.numSources] } == b.map { [$0.numMentions, $0.numArticles, $0.numSources] })
        #expect(a.map(\.event.id) == b.map(\.event.id))
    }

    @Test func twoReportsInOneArticleAreTwoMentionsOfOneArticle() throws {
        let store = try temporaryStore()
        let r = try store.save(englishWithRepeat())
        #expect(r.eventsInserted == 2 && r.mentionsInserted == 3)
        let rec = try shelling(store)
        #expect(rec.numMentions == 2 && rec.numArticles == 1 && rec.numSources == 1)
        #expect(rec.event.modality == .claimed)
        #expect(rec.mentions.map(\.evidence.span.start) == rec.mentions.map(\.evidence.span.start).sorted())
    }

    @Test func aStrongerLaterReportUpgradesTheModalityAndKeepsTheFirstArticle() throws {
        let store = try temporaryStore()
        _ = try store.save(englishArticle())
        #expect(try shelling(store).event.modality == .claimed)
        _ = try store.save([frenchArticle()])
        let rec = try shelling(store)
        #expect(rec.event.modality == .asserted)
        #expect(rec.event.article == englishArticle().id)
        #expect(rec.numMentions == 2 && rec.numArticles == 2 && rec.numSources == 2)
        // The modality filter reads the updated (indexed) column.
        #expect(try store.events(EventFilter(code: "195", modality: .asserted)).count == 1)
        #expect(try store.events(EventFilter(code: "195", modality: .claimed)).isEmpty)
    }

    @Test func reSavingABatchChangesNoCount() throws {
        let store = try temporaryStore()
        let docs = [frenchArticle(), englishWithRepeat()]
        _ = try store.save(docs)
        let before = try store.events(EventFilter()).map { [$0.numMentions, $0.numArticles, $0.numSources] }
        #expect(try store.save(docs) == SaveResult())
        #expect(try store.events(EventFilter()).map { [$0.numMentions, $0.numArticles, $0.numSources] } == before)
    }
}
