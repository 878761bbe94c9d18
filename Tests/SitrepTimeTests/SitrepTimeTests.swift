import SitrepModel
import Testing
@testable import SitrepTime

/// The seed article's publication date, a Wednesday.
let seedDay = CalendarDay(year: 2023, month: 2, day: 1)

func day(_ s: String) -> CalendarDay { CalendarDay(parsing: s)! }

/// All expressions of a text, with the text each covers.
func timexes(_ text: String, _ language: String?, published: CalendarDay? = seedDay) -> [(text: String, t: TimeExpression)] {
    TemporalTagger().expressions(in: text, language: language, published: published).map { (String(text.slice($0.span)), $0) }
}

/// The single expression of a text (fails the test when there is not exactly one).
func only(_ text: String, _ language: String?, published: CalendarDay? = seedDay,
          sourceLocation: SourceLocation = #_sourceLocation) -> TimeExpression? {
    let found = timexes(text, language, published: published)
    #expect(found.count == 1, "\(text): \(found.map(\.text))", sourceLocation: sourceLocation)
    return found.first?.t
}

func expectTime(_ text: String, _ language: String, _ start: String, _ end: String? = nil, _ precision: DatePrecision,
                future: Bool = false, published: CalendarDay? = seedDay, sourceLocation: SourceLocation = #_sourceLocation) {
    guard let t = only(text, language, published: published, sourceLocation: sourceLocation) else { return }
    #expect(t.date == day(start), "\(text): date \(t.date)", sourceLocation: sourceLocation)
    #expect(t.end == end.map(day), "\(text): end \(t.end.map(\.iso) ?? "nil")", sourceLocation: sourceLocation)
    #expect(t.precision == precision, "\(text): precision \(t.precision)", sourceLocation: sourceLocation)
    #expect(t.isFuture == future, "\(text): isFuture \(t.isFuture)", sourceLocation: sourceLocation)
}

@Suite struct LexiconTests {
    @Test func everyShippedTableParses() throws {
        for (lang, tsv) in TimeLexiconData.tsv {
            let lex = try TimeLexicon.parse(tsv: tsv, language: lang)
            #expect(!lex.byFirst.isEmpty, "\(lang) is empty")
        }
        #expect(TemporalTagger.languages.contains("fr") && TemporalTagger.languages.contains("en"))
    }

    @Test func badLineIsReportedWithItsNumber() {
        #expect(throws: TimeLexiconError.self) { try TimeLexicon.parse(tsv: "lundi\tweekday\t1\nmardi\tnokind\t2", language: "xx") }
        do {
            _ = try TimeLexicon.parse(tsv: "# c\nmardi\tweekday\t2\tbogus", language: "xx")
        } catch let e as TimeLexiconError {
            #expect(e.line == 2 && e.description.contains("bogus"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}

@Suite struct WeekdayTests {
    @Test func bareWeekdayIsAtOrBeforePublication() {
        expectTime("ont déclaré mercredi des responsables locaux", "fr", "2023-02-01", nil, .day)
        expectTime("Mercredi également, le gouvernement a poursuivi", "fr", "2023-02-01", nil, .day)
        expectTime("a rapporté lundi que la Russie", "fr", "2023-01-30", nil, .day)
        expectTime("officials said on Wednesday", "en", "2023-02-01", nil, .day)
        expectTime("The ministry said on Thursday", "en", "2023-01-26", nil, .day)
    }

    @Test func lastWeekdayIsStrictlyBefore() {
        expectTime("dans une évaluation mardi dernier", "fr", "2023-01-31", nil, .day)
        expectTime("une réunion mercredi dernier", "fr", "2023-01-25", nil, .day)
        expectTime("in an assessment last Tuesday", "en", "2023-01-31", nil, .day)
    }

    @Test func nextWeekdayIsInTheFuture() {
        expectTime("le sommet aura lieu mardi prochain", "fr", "2023-02-07", nil, .day, future: true)
        expectTime("talks resume next Wednesday", "en", "2023-02-08", nil, .day, future: true)
    }

    @Test func weekdayWithDateIsTheDate() {
        expectTime("le mercredi 1er février", "fr", "2023-02-01", nil, .day)
        expectTime("on Wednesday, February 1st", "en", "2023-02-01", nil, .day)
    }
}

@Suite struct RelativeDayTests {
    @Test func french() {
        expectTime("Hier, les forces ont avancé", "fr", "2023-01-31", nil, .day)
        expectTime("Jusqu’à aujourd’hui, nous n’avons pas réussi", "fr", "2023-02-01", nil, .day)
        expectTime("il arrivera demain", "fr", "2023-02-02", nil, .day, future: true)
        expectTime("avant-hier soir", "fr", "2023-01-30", nil, .day)
    }

    @Test func english() {
        expectTime("Russia said yesterday", "en", "2023-01-31", nil, .day)
        expectTime("Today the army", "en", "2023-02-01", nil, .day)
        expectTime("will meet tomorrow", "en", "2023-02-02", nil, .day, future: true)
    }

    @Test func nothingWithoutPublicationDate() {
        #expect(timexes("Hier, mercredi, en novembre", "fr", published: nil).isEmpty)
        #expect(timexes("yesterday, on Wednesday, in November", "en", published: nil).isEmpty)
    }
}

@Suite struct RelativeUnitTests {
    @Test func weeks() {
        expectTime("cette semaine", "fr", "2023-01-30", "2023-02-05", .week)
        expectTime("la semaine dernière", "fr", "2023-01-23", "2023-01-29", .week)
        expectTime("last week", "en", "2023-01-23", "2023-01-29", .week)
        expectTime("la semaine prochaine", "fr", "2023-02-06", "2023-02-12", .week, future: true)
    }

    @Test func monthsAndYears() {
        expectTime("ce mois-ci", "fr", "2023-02-01", "2023-02-28", .month)
        expectTime("le mois dernier", "fr", "2023-01-01", "2023-01-31", .month)
        expectTime("l’année dernière", "fr", "2022-01-01", "2022-12-31", .year)
        expectTime("l’an dernier", "fr", "2022-01-01", "2022-12-31", .year)
        expectTime("last year", "en", "2022-01-01", "2022-12-31", .year)
        expectTime("next month", "en", "2023-03-01", "2023-03-31", .month, future: true)
        expectTime("this year", "en", "2023-01-01", "2023-12-31", .year)
    }
}
