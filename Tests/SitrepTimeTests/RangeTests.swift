import Foundation
import SitrepModel
import Testing
@testable import SitrepTime

@Suite struct StretchTests {
    @Test func stretchesEndingAtPublication() {
        expectTime("Les forces russes essaient depuis des mois de prendre Bakhmut.", "fr", "2022-11-01", "2023-02-01", .range)
        expectTime("depuis des semaines", "fr", "2023-01-11", "2023-02-01", .range)
        expectTime("depuis trois ans", "fr", "2020-02-01", "2023-02-01", .range)
        expectTime("ces derniers mois", "fr", "2022-11-01", "2023-02-01", .range)
        expectTime("Russian forces have been trying for months to take Bakhmut", "en", "2022-11-01", "2023-02-01", .range)
        expectTime("over the past two weeks", "en", "2023-01-18", "2023-02-01", .range)
        expectTime("in recent weeks", "en", "2023-01-11", "2023-02-01", .range)
    }

    @Test func pointsCountedFromPublication() {
        expectTime("il y a trois jours", "fr", "2023-01-29", nil, .day)
        expectTime("two days ago", "en", "2023-01-30", nil, .day)
        expectTime("a year ago", "en", "2022-01-01", "2022-12-31", .year)
        expectTime("dans deux semaines", "fr", "2023-02-13", "2023-02-19", .week, future: true)
    }

    @Test func futureStretches() {
        expectTime("une offensive dans les prochaines semaines", "fr", "2023-02-02", "2023-02-22", .range, future: true)
        expectTime("une offensive russe imminente dans les mois à venir", "fr", "2023-02-02", "2023-03-01", .range, future: true,
                   count: 2)
        expectTime("an offensive in the coming weeks", "en", "2023-02-02", "2023-02-22", .range, future: true)
        expectTime("in the next two months", "en", "2023-02-02", "2023-04-01", .range, future: true)
        expectTime("for months to come", "en", "2023-02-02", "2023-05-01", .range, future: true)
    }

    @Test func prochaineAloneIsTheNearFuture() {
        expectTime("une nouvelle poussée prochaine des forces de Moscou", "fr", "2023-02-02", "2023-03-01", .range, future: true)
        expectTime("an upcoming offensive", "en", "2023-02-02", "2023-03-01", .range, future: true)
    }

    @Test func nonDatesGiveNothing() {
        #expect(timexes("dès le début de la guerre", "fr").isEmpty)
        #expect(timexes("Depuis le début de son invasion de l’Ukraine", "fr").isEmpty)
        #expect(timexes("A la fin du sommet, le premier ministre", "fr").isEmpty)
        #expect(timexes("il y a un transfert actif de troupes", "fr").isEmpty)
        #expect(timexes("plus de 200 soldats sont morts dans le conflit", "fr").isEmpty)
        #expect(timexes("from the start of the war, 10% of homes", "en").isEmpty)
        #expect(timexes("the last time they met", "en").isEmpty)
    }
}

/// Like `expectTime` but picks the first of `count` expressions.
func expectTime(_ text: String, _ language: String, _ start: String, _ end: String?, _ precision: DatePrecision,
                future: Bool, count: Int, sourceLocation: SourceLocation = #_sourceLocation) {
    let found = timexes(text, language)
    #expect(found.count == count, "\(text): \(found.map(\.text))", sourceLocation: sourceLocation)
    guard let t = found.first?.t else { return }
    #expect(t.date == day(start) && t.end == end.map(day) && t.precision == precision && t.isFuture == future,
            "\(text): \(t)", sourceLocation: sourceLocation)
}

@Suite struct SeedTests {
    /// `<repo root>/../shared`, when present.
    static var shared: URL? {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let url = root.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    @Test func seedArticleExpressions() throws {
        guard let shared = Self.shared else { print("skipped: ../shared not found"); return }
        let text = try String(contentsOf: shared.appendingPathComponent("seeds/000_7b1f1785c4cd37aa.txt"), encoding: .utf8)
        var doc = Document(origin: "seed", published: seedDay, language: "fr", text: text)
        TemporalTagger().tag(&doc)
        let found = doc.timexes.map { (String(text.slice($0.span)).lowercased(), $0) }
        for (t, x) in found { print("seed timex:", t, x.date, x.end.map(\.iso) ?? "-", x.precision, x.isFuture) }
        func find(_ phrase: String) -> TimeExpression? { found.first { $0.0.contains(phrase) }?.1 }
        #expect(find("novembre")?.date == day("2022-11-01"))
        #expect(find("septembre")?.date == day("2022-09-01"))
        #expect(find("mercredi")?.date == seedDay)
        #expect(find("mardi dernier")?.date == day("2023-01-31"))
        #expect(find("en février")?.date == day("2023-02-01"))
        #expect(find("24 février")?.date == day("2023-02-24"))
        #expect(find("2019")?.precision == .year)
        #expect(find("depuis 2014")?.date == day("2014-01-01"))
        #expect(find("automne")?.end == day("2022-11-30"))
        #expect(find("depuis des mois")?.end == seedDay)
        #expect(find("prochaines semaines")?.isFuture == true)
        #expect(find("mois à venir")?.isFuture == true)
        #expect(!found.contains { $0.0.contains("début") || $0.0.contains("guerre") })
        #expect(found.count <= 18, "\(found.map(\.0))")
    }
}
