import Foundation
import SitrepModel
import Testing
@testable import SitrepStore

@Suite struct SaveTests {
    @Test func saveIsIdempotent() throws {
        let store = try temporaryStore()
        let first = try store.save(frenchArticle())
        #expect(first == SaveResult(articlesInserted: 1, eventsInserted: 2, mentionsInserted: 2))
        let again = try store.save(frenchArticle())
        #expect(again == SaveResult())
        let stats = try store.stats()
        #expect(stats.articles == 1 && stats.events == 2 && stats.mentions == 2 && stats.flags == 1)
    }

    @Test func sameEventFromAnotherArticleAddsAMention() throws {
        let store = try temporaryStore()
        _ = try store.save(frenchArticle())
        let r = try store.save(englishArticle())
        #expect(r.articlesInserted == 1)
        #expect(r.eventsInserted == 1)  // only the predicted offensive is new
        #expect(r.mentionsInserted == 2)
        let shelling = try store.events(EventFilter(code: "195"))
        #expect(shelling.count == 1)
        let rec = try #require(shelling.first)
        #expect(rec.numMentions == 2 && rec.numArticles == 2 && rec.numSources == 2)
        #expect(rec.mentions.map(\.article) == [frenchArticle().id, englishArticle().id])
        #expect(rec.event.modality == .asserted)  // strongest of asserted and claimed
        #expect(rec.mentions[1].speakers.first?.name == "local officials")
        #expect(rec.event.fatalities?.min == 3)
    }

    @Test func sameSiteCountsAsOneSource() throws {
        let store = try temporaryStore()
        _ = try store.save(frenchArticle(site: "lemonde.fr"))
        _ = try store.save(frenchArticle(site: "lemonde.fr", extra: "\nMise à jour."))
        let rec = try #require(try store.events(EventFilter(code: "195")).first)
        #expect(rec.numMentions == 2 && rec.numArticles == 2 && rec.numSources == 1)
    }

    @Test func batchSaveIsOneTransactionAndIdempotent() throws {
        let store = try temporaryStore()
        let r = try store.save([frenchArticle(), englishArticle(), frenchArticle()])
        #expect(r.articlesInserted == 2 && r.eventsInserted == 3 && r.mentionsInserted == 4)
        #expect(try store.stats().events == 3)
    }

    @Test func interruptedTransactionLeavesNoPartialArticle() throws {
        let store = try temporaryStore()
        var bad = englishArticle()
        // A report pointing at an event with an impossible evidence span fails inside the transaction
        // only after the article row was written: simulate by failing the whole batch on a second document.
        bad.events.append(bad.events[0])
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try store.pool.write { db in
                _ = try Writer(db: db, now: 0).save(bad)
                throw Boom()
            }
        }
        let stats = try store.stats()
        #expect(stats.articles == 0 && stats.events == 0 && stats.mentions == 0)
        #expect(try store.events(EventFilter(text: "Bakhmut")).isEmpty)
        // A re-run after the failure stores everything once.
        #expect(try store.save(bad).articlesInserted == 1)
        #expect(try store.stats().events == 2)
    }

    @Test func replaceEventsIsAtomicAndRecounts() throws {
        let store = try temporaryStore()
        let fr = frenchArticle()
        _ = try store.save([fr, englishArticle()])
        // Re-code the French article: the shelling disappears from it, a new criticism appears.
        let criticism = makeEvent(fr.text, "Vladimir Poutine s’est rendu à Erevan pour le sommet de l’OTSC, dont l’Azerbaïdjan est membre.",
                                  source: "ARMGOV", target: "IGOCSTO", code: "111", place: yerevan, date: "2022-11-23")
        let r = try store.replaceEvents(articleID: fr.id, events: [fr.events[1], criticism], coderVersion: "coder 2")
        #expect(r.eventsInserted == 1 && r.eventsRemoved == 0 && r.mentionsInserted == 2)
        let shelling = try #require(try store.events(EventFilter(code: "195")).first)
        #expect(shelling.numMentions == 1 && shelling.mentions.map(\.article) == [englishArticle().id])
        #expect(try store.events(EventFilter(code: "111")).first?.event.coderVersion == "coder 2")
        // Removing every event of the English article drops the events only it reported.
        let r2 = try store.replaceEvents(articleID: englishArticle().id, events: [], coderVersion: "coder 2")
        #expect(r2.eventsRemoved == 2)
        #expect(try store.events(EventFilter(code: "195")).isEmpty)
        #expect(throws: StoreError.unknownArticle(id: "nope")) {
            try store.replaceEvents(articleID: "nope", events: [], coderVersion: "x")
        }
    }

    @Test func articlesSinceForRecode() throws {
        let store = try temporaryStore()
        _ = try store.save([frenchArticle(), englishArticle()])
        #expect(try store.articles(since: nil).count == 2)
        let later = try store.articles(since: CalendarDay(year: 2023, month: 2, day: 2))
        #expect(later.map(\.id) == [englishArticle().id])
        #expect(later.first?.text == englishArticle().text && later.first?.language == "en")
    }

    @Test func knowledgeFlagsAreStoredWithEvidence() throws {
        let store = try temporaryStore()
        _ = try store.save(frenchArticle())
        let flags = try store.knowledgeFlags(article: nil)
        #expect(flags.count == 1)
        #expect(flags.first?.evidence == "dont l’Azerbaïdjan est membre")
        #expect(flags.first?.flag.kind == "former-member")
    }

    @Test func openingAnUnwritablePathIsATypedError() {
        #expect(throws: StoreError.self) { try SQLiteEventStore(path: "/nonexistent-dir/x/sitrep.db") }
    }
}
