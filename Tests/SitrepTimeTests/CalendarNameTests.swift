import SitrepModel
import Testing
@testable import SitrepTime

@Suite struct MonthTests {
    @Test func bareMonthIsTheLatestAtOrBeforePublication() {
        expectTime("En novembre, Poutine s’est rendu en Arménie", "fr", "2022-11-01", "2022-11-30", .month)
        expectTime("La tension est montée en septembre", "fr", "2022-09-01", "2022-09-30", .month)
        expectTime("sur le front oriental en février", "fr", "2023-02-01", "2023-02-28", .month)
        expectTime("Putin travelled to Armenia in November", "en", "2022-11-01", "2022-11-30", .month)
    }

    @Test func monthWithYearOrModifier() {
        expectTime("en novembre 2021", "fr", "2021-11-01", "2021-11-30", .month)
        expectTime("in March 2022", "en", "2022-03-01", "2022-03-31", .month)
        expectTime("en février dernier", "fr", "2022-02-01", "2022-02-28", .month)
        expectTime("next March", "en", "2023-03-01", "2023-03-31", .month, future: true)
    }

    @Test func ambiguousEnglishMonthsNeedContext() {
        #expect(timexes("Russia may march on Kyiv", "en").isEmpty)
        #expect(timexes("May was quiet.", "en").isEmpty)
        expectTime("in May", "en", "2022-05-01", "2022-05-31", .month)
    }

    @Test func dayAndMonth() {
        expectTime("coïncider avec l’anniversaire de l’invasion, le 24 février.", "fr", "2023-02-24", nil, .day, future: true)
        expectTime("le 24 février 2022", "fr", "2022-02-24", nil, .day)
        expectTime("le 1er novembre", "fr", "2022-11-01", nil, .day)
        expectTime("on February 24", "en", "2023-02-24", nil, .day, future: true)
        expectTime("since Feb. 24, 2022", "en", "2022-02-24", "2023-02-01", .range)
        expectTime("on 24 February 2022", "en", "2022-02-24", nil, .day)
        expectTime("on the 24th of February", "en", "2023-02-24", nil, .day, future: true)
        expectTime("January 3rd", "en", "2023-01-03", nil, .day)
    }

    @Test func numericDates() {
        expectTime("publié le 2023-01-15", "fr", "2023-01-15", nil, .day)
        expectTime("le 15/01/2023", "fr", "2023-01-15", nil, .day)
        expectTime("on 1/15/2023", "en", "2023-01-15", nil, .day)
        expectTime("published 2022-02-24", "en", "2022-02-24", nil, .day, published: nil)
        #expect(timexes("score 2023-13-45", "en").isEmpty)
    }

    @Test func absoluteDatesSurviveWithoutPublication() {
        expectTime("le 24 février 2022", "fr", "2022-02-24", nil, .day, published: nil)
        expectTime("en novembre 2022", "fr", "2022-11-01", "2022-11-30", .month, published: nil)
        expectTime("in 2019", "en", "2019-01-01", "2019-12-31", .year, published: nil)
        #expect(timexes("le 24 février", "fr", published: nil).isEmpty)
    }
}

@Suite struct SeasonTests {
    @Test func french() {
        expectTime("que la Russie a illégalement annexées à l’automne", "fr", "2022-09-01", "2022-11-30", .season)
        expectTime("cet automne", "fr", "2022-09-01", "2022-11-30", .season)
        expectTime("l’été dernier", "fr", "2022-06-01", "2022-08-31", .season)
        expectTime("au printemps 2022", "fr", "2022-03-01", "2022-05-31", .season)
        expectTime("cet hiver", "fr", "2022-12-01", "2023-02-28", .season)
        expectTime("cet été", "fr", "2023-06-01", "2023-08-31", .season, future: true)
    }

    @Test func english() {
        expectTime("annexed in the autumn", "en", "2022-09-01", "2022-11-30", .season)
        expectTime("annexed in the fall", "en", "2022-09-01", "2022-11-30", .season)
        expectTime("last spring", "en", "2022-03-01", "2022-05-31", .season)
        expectTime("in the fall of 2021", "en", "2021-09-01", "2021-11-30", .season)
    }

    @Test func spanCoversPrepositionAndElidedArticle() {
        #expect(timexes("annexées à l’automne, mais", "fr").map(\.text) == ["à l’automne"])
        #expect(timexes("depuis l'année dernière", "fr").map(\.text) == ["depuis l'année dernière"])
        #expect(timexes("d’ici deux semaines", "fr").map(\.text) == ["d’ici deux semaines"])
    }

    @Test func seasonWordsThatAreNotSeasons() {
        #expect(timexes("Zelensky a été élu sur un programme", "fr").isEmpty)
        #expect(timexes("after the fall of Kabul", "en").isEmpty)
    }
}

@Suite struct YearTests {
    @Test func yearsNeedAPreposition() {
        expectTime("Zelensky a été élu en 2019 sur un programme", "fr", "2019-01-01", "2019-12-31", .year)
        expectTime("Zelensky was elected in 2019", "en", "2019-01-01", "2019-12-31", .year)
        expectTime("fin 2022", "fr", "2022-09-01", "2022-12-31", .range)
    }

    @Test func numbersAreNotYears() {
        #expect(timexes("plus de 2000 soldats sont morts", "fr").isEmpty)
        #expect(timexes("2019 a été une année difficile", "fr").isEmpty)
        #expect(timexes("prices rose 2019 percent", "en").isEmpty)
        #expect(timexes("en 2019 % des cas", "fr").isEmpty)
        #expect(timexes("en 1850", "fr").isEmpty)
        #expect(timexes("in 25,000 homes", "en").isEmpty)
    }

    @Test func sinceAYearIsARangeToPublication() {
        expectTime("combattent les autorités ukrainiennes depuis 2014", "fr", "2014-01-01", "2023-02-01", .range)
        expectTime("have fought since 2014", "en", "2014-01-01", "2023-02-01", .range)
        expectTime("depuis novembre", "fr", "2022-11-01", "2023-02-01", .range)
    }

    @Test func yearRanges() {
        expectTime("entre 2014 et 2016", "fr", "2014-01-01", "2016-12-31", .range)
        expectTime("from 2014 to 2016", "en", "2014-01-01", "2016-12-31", .range)
    }
}
