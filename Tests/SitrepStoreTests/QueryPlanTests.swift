import Foundation
import GRDB
import SitrepModel
import Testing
@testable import SitrepStore

/// The query plans that keep filtered queries fast on large databases.
@Suite struct QueryPlanTests {
    func plan(_ filter: EventFilter) throws -> String {
        let store = try temporaryStore()
        return try store.pool.read { db in
            let (sql, args) = try SQLiteEventStore.selectSQL(filter, db: db)
            return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: StatementArguments(args))
                .map { $0["detail"] as String }.joined(separator: "\n")
        }
    }

    @Test func countryWithCoveredFiltersReadsOnlyCoveringIndexes() throws {
        let p = try plan(EventFilter(country: "UKR", code: "19", since: CalendarDay(year: 2022, month: 1, day: 1), limit: 100))
        for index in ["events_source_country_cover", "events_target_country_cover", "events_place_country_cover"] {
            #expect(p.contains("COVERING INDEX \(index)"), "\(p)")
        }
    }

    @Test func countryDyadUsesTheCoveringDyadIndex() throws {
        let p = try plan(EventFilter(dyad: Dyad("RUS", "UKR"), quadClass: 4, limit: 100))
        #expect(p.contains("COVERING INDEX events_dyad_cover"), "\(p)")
    }

    @Test func aLeafCodeIsReadNewestFirstFromTheCodeIndex() throws {
        #expect(SQLiteEventStore.isLeafCode("190") && SQLiteEventStore.isLeafCode("0233"))
        #expect(!SQLiteEventStore.isLeafCode("023"))  // parent of 0231…0234: a prefix range
        let p = try plan(EventFilter(code: "190", since: CalendarDay(year: 2020, month: 1, day: 1), limit: 100))
        #expect(p.contains("events_code") && !p.contains("TEMP B-TREE"), "\(p)")
    }

    @Test func uncoveredConditionsAreNotForcedOntoTheIndex() throws {
        let sql = try temporaryStore().pool.read { db in
            try SQLiteEventStore.selectSQL(EventFilter(country: "UKR", place: "Kharkiv", limit: 100), db: db).0
        }
        #expect(!sql.contains("INDEXED BY"))
    }

    @Test func filteredResultsStayNewestFirstAcrossBranches() throws {
        let store = try temporaryStore()
        _ = try store.save([frenchArticle(), englishArticle()])
        let all = try store.events(EventFilter(country: "UKR"))
        let limited = try store.events(EventFilter(country: "UKR", limit: 100))
        #expect(all.map(\.event.id) == limited.map(\.event.id))
        let dates = limited.compactMap { $0.event.date }
        #expect(dates == dates.sorted(by: >))
    }
}
