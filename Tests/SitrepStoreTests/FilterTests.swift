import Foundation
import SitrepModel
import Testing
@testable import SitrepStore

@Suite struct FilterTests {
    let store: SQLiteEventStore

    init() throws {
        store = try temporaryStore()
        _ = try store.save([frenchArticle(), englishArticle()])
    }

    func codes(_ f: EventFilter) throws -> [String] { try store.events(f).map(\.event.code) }

    @Test func noFilterListsAllNewestFirst() throws {
        #expect(try codes(EventFilter()) == ["190", "195", "042"])
        #expect(try codes(EventFilter(limit: 1)) == ["190"])
    }

    @Test func actorByCodePrefixAndName() throws {
        #expect(try codes(EventFilter(actor: "RUSGOV")) == ["042"])
        #expect(try codes(EventFilter(actor: "ARM")) == ["042"])
        #expect(try codes(EventFilter(actor: "Putin")) == ["042"])
        #expect(try codes(EventFilter(actor: "RUS")).count == 3)
    }

    @Test func countryEitherSideOrPlace() throws {
        #expect(try codes(EventFilter(country: "ARM")) == ["042"])
        #expect(try codes(EventFilter(country: "UKR")) == ["190", "195"])
        #expect(try codes(EventFilter(country: "FRA")).isEmpty)
    }

    @Test func dyadBothDirections() throws {
        #expect(try codes(EventFilter(dyad: Dyad("ARM", "RUS"))) == ["042"])
        #expect(try codes(EventFilter(dyad: Dyad("RUS", "ARM"))) == ["042"])
        #expect(try codes(EventFilter(dyad: Dyad("UKR", "ARM"))).isEmpty)
    }

    @Test func limitedEitherSideFiltersMatchUnlimitedOnes() throws {
        #expect(try codes(EventFilter(country: "UKR", limit: 1)) == ["190"])
        #expect(try codes(EventFilter(actor: "RUS", limit: 2)) == ["190", "195"])
        #expect(try codes(EventFilter(dyad: Dyad("ARM", "RUS"), limit: 5)) == ["042"])
        #expect(try codes(EventFilter(actor: "RUS", country: "UKR", code: "19", limit: 1)) == ["190"])
    }

    @Test func codeAndRootAndQuadClass() throws {
        #expect(try codes(EventFilter(code: "19")) == ["190", "195"])
        #expect(try codes(EventFilter(code: "195")) == ["195"])
        #expect(try codes(EventFilter(code: "04")) == ["042"])
        #expect(try codes(EventFilter(quadClass: 1)) == ["042"])
        #expect(try codes(EventFilter(quadClass: 4)) == ["190", "195"])
    }

    @Test func modalityAndHappened() throws {
        #expect(try codes(EventFilter(modality: .predicted)) == ["190"])
        #expect(try codes(EventFilter(happened: true)) == ["195", "042"])
    }

    @Test func placeNameAndBoundingBox() throws {
        #expect(try codes(EventFilter(place: "bakh")) == ["195"])
        #expect(try codes(EventFilter(place: "Yerevan")) == ["042"])
        let donbas = BoundingBox(minLon: 36.5, minLat: 47, maxLon: 40.5, maxLat: 49.5)
        #expect(try codes(EventFilter(bbox: donbas)) == ["195"])
    }

    @Test func dateRangeOverlaps() throws {
        let feb1 = CalendarDay(year: 2023, month: 2, day: 1)
        #expect(try codes(EventFilter(since: feb1)) == ["190", "195"])
        #expect(try codes(EventFilter(until: CalendarDay(year: 2022, month: 12, day: 31))) == ["042"])
        #expect(try codes(EventFilter(since: feb1, until: feb1)) == ["195"])
    }

    @Test func languageSiteArticleAndFullText() throws {
        #expect(try codes(EventFilter(language: "en")) == ["190", "195"])
        #expect(try codes(EventFilter(language: "fr")) == ["195", "042"])
        #expect(try codes(EventFilter(site: "lemonde.fr")) == ["195", "042"])
        #expect(try codes(EventFilter(article: englishArticle().id)) == ["190", "195"])
        #expect(try codes(EventFilter(text: "offensive")) == ["190", "195"])
        // unicode61 remove_diacritics: "erevan" finds "Erevan", "obus" the title.
        #expect(try codes(EventFilter(text: "sommet erevan")) == ["195", "042"])
        #expect(try codes(EventFilter(text: "Bakhmut obus")) == ["195", "042"])
    }

    @Test func ligaturesAreFoundWrittenEitherWay() throws {
        let s = try temporaryStore()
        _ = try s.save(frenchArticle(extra: "\nAu cœur de l’ŒUVRE, Ærø et æther."))
        for query in ["cœur", "coeur", "oeuvre", "Œuvre", "Ærø", "aether"] {
            #expect(try s.events(EventFilter(text: query)).count == 2, "\(query)")
        }
        #expect(Writer.hasLigature("cœur") && Writer.hasLigature("Æ") && !Writer.hasLigature("élève à Ürümqi"))
    }

    @Test func parsingFromStrings() throws {
        let f = try EventFilter.parsing(country: "ukr", dyad: "RUS,UKR", quadClass: "material-conflict", modality: "claimed",
                                        bbox: "36.5,47,40.5,49.5", since: "2023-01-01", until: "20231231", language: "EN")
        #expect(f.country == "UKR" && f.dyad == Dyad("RUS", "UKR") && f.quadClass == 4 && f.modality == .claimed)
        #expect(f.since == CalendarDay(year: 2023, month: 1, day: 1) && f.until == CalendarDay(year: 2023, month: 12, day: 31))
        #expect(f.language == "en")
    }

    @Test(arguments: [
        ("since", { try EventFilter.parsing(since: "2023-13-45") }),
        ("until", { try EventFilter.parsing(until: "last week") }),
        ("since", { try EventFilter.parsing(since: "2024-01-01", until: "2023-01-01") }),
        ("country", { try EventFilter.parsing(country: "XYZ") }),
        ("country", { try EventFilter.parsing(country: "UA") }),
        ("code", { try EventFilter.parsing(code: "99") }),
        ("code", { try EventFilter.parsing(code: "1a") }),
        ("code", { try EventFilter.parsing(code: "19999") }),
        ("quad-class", { try EventFilter.parsing(quadClass: "5") }),
        ("quad-class", { try EventFilter.parsing(quadClass: "friendly") }),
        ("modality", { try EventFilter.parsing(modality: "rumoured") }),
        ("dyad", { try EventFilter.parsing(dyad: "RUS") }),
        ("dyad", { try EventFilter.parsing(dyad: "rus,Ukraine!") }),
        ("bbox", { try EventFilter.parsing(bbox: "1,2,3") }),
        ("bbox", { try EventFilter.parsing(bbox: "10,60,20,50") }),
        ("bbox", { try EventFilter.parsing(bbox: "200,0,210,10") }),
        ("language", { try EventFilter.parsing(language: "french") }),
        ("limit", { try EventFilter.parsing(limit: 0) }),
    ] as [(String, @Sendable () throws -> EventFilter)])
    func badFiltersGiveOneLineErrors(field: String, make: @Sendable () throws -> EventFilter) throws {
        do {
            _ = try make()
            Issue.record("expected an error for --\(field)")
        } catch let e as StoreError {
            guard case let .invalidFilter(f, _, _, accepted) = e else { Issue.record("wrong error \(e)"); return }
            #expect(f == field)
            #expect(!accepted.isEmpty)
            #expect(!e.description.contains("\n") && e.description.hasPrefix("--\(field) "))
        }
    }

    @Test func typedFiltersAreValidatedByTheQuery() throws {
        #expect(throws: StoreError.self) { try store.events(EventFilter(country: "ZZZ")) }
        #expect(throws: StoreError.self) { try store.events(EventFilter(quadClass: 9)) }
    }

    @Test func malformedFullTextIsATypedError() throws {
        #expect(throws: StoreError.self) { try store.events(EventFilter(text: "\"unbalanced")) }
    }
}
