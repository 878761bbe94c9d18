import Foundation
import GRDB
import SitrepModel
import Testing
@testable import SitrepStore

/// Opening a database written by an earlier schema applies the new migrations and keeps every stored row.
@Suite struct MigrationTests {
    func indexes(_ store: SQLiteEventStore) throws -> Set<String> {
        try store.pool.read { db in
            Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'"))
        }
    }

    @Test func upgradingFromTheV3SchemaKeepsTheData() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-migrate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("old.db").path
        do {
            let old = try DatabasePool(path: path)
            try Schema.migrator.migrate(old, upTo: "v3-covering-country-indexes")
            try old.write { db in
                let w = Writer(db: db, now: 1_700_000_000)
                for d in [frenchArticle(), englishArticle()] { _ = try w.save(d) }
                try w.finish()
            }
        }
        let reference = try temporaryStore()
        _ = try reference.save([frenchArticle(), englishArticle()])

        let store = try SQLiteEventStore(path: path)
        #expect(try store.stats() == reference.stats())
        let got = try store.events(EventFilter()), want = try reference.events(EventFilter())
        #expect(got.map(\.event.id) == want.map(\.event.id))
        #expect(got.map { [$0.numMentions, $0.numArticles, $0.numSources] } == want.map { [$0.numMentions, $0.numArticles, $0.numSources] })
        let conflict = EventFilter(country: "UKR", quadClass: 4)
        #expect(try store.events(conflict).map(\.event.id) == reference.events(conflict).map(\.event.id))
        #expect(try indexes(store) == indexes(reference))
        for dropped in Schema.droppedInV4 { #expect(!(try indexes(store)).contains(dropped)) }
        // New reports still land and recount on the upgraded file.
        _ = try store.save(frenchArticle(site: "lemonde.fr", extra: "\nMise à jour."))
        #expect(try store.events(EventFilter(code: "195")).first?.numArticles == 3)
    }
}
