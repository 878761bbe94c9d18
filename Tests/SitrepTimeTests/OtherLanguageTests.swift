import SitrepModel
import Testing
@testable import SitrepTime

/// German, Spanish, Russian and Ukrainian: weekdays, months, yesterday/today, absolute dates, years.
@Suite struct OtherLanguageTests {
    @Test func german() {
        expectTime("teilte das Ministerium am Mittwoch mit", "de", "2023-02-01", nil, .day)
        expectTime("letzten Dienstag", "de", "2023-01-31", nil, .day)
        expectTime("Gestern griffen Truppen an", "de", "2023-01-31", nil, .day)
        expectTime("am 24. Februar 2022", "de", "2022-02-24", nil, .day)
        expectTime("im November", "de", "2022-11-01", "2022-11-30", .month)
        expectTime("seit 2014", "de", "2014-01-01", "2023-02-01", .range)
        expectTime("im Herbst", "de", "2022-09-01", "2022-11-30", .season)
        expectTime("letzte Woche", "de", "2023-01-23", "2023-01-29", .week)
        expectTime("in den kommenden Wochen", "de", "2023-02-02", "2023-02-22", .range, future: true)
        #expect(timexes("Am Morgen griffen sie an", "de").isEmpty)
    }

    @Test func spanish() {
        expectTime("dijo el miércoles el ministerio", "es", "2023-02-01", nil, .day)
        expectTime("el martes pasado", "es", "2023-01-31", nil, .day)
        expectTime("ayer", "es", "2023-01-31", nil, .day)
        expectTime("el 24 de febrero de 2022", "es", "2022-02-24", nil, .day)
        expectTime("en noviembre", "es", "2022-11-01", "2022-11-30", .month)
        expectTime("desde 2014", "es", "2014-01-01", "2023-02-01", .range)
        expectTime("la semana pasada", "es", "2023-01-23", "2023-01-29", .week)
        expectTime("en los próximos meses", "es", "2023-02-02", "2023-05-01", .range, future: true)
        expectTime("hace tres días", "es", "2023-01-29", nil, .day)
        #expect(timexes("por la mañana", "es").isEmpty)
    }

    @Test func russian() {
        expectTime("заявили в среду местные власти", "ru", "2023-02-01", nil, .day)
        expectTime("вчера", "ru", "2023-01-31", nil, .day)
        expectTime("24 февраля 2022 года", "ru", "2022-02-24", nil, .day)
        expectTime("в ноябре", "ru", "2022-11-01", "2022-11-30", .month)
        expectTime("в 2019 году", "ru", "2019-01-01", "2019-12-31", .year)
        expectTime("с 2014 года", "ru", "2014-01-01", "2023-02-01", .range)
        expectTime("на прошлой неделе", "ru", "2023-01-23", "2023-01-29", .week)
        expectTime("осенью", "ru", "2022-09-01", "2022-11-30", .season)
        expectTime("два дня назад", "ru", "2023-01-30", nil, .day)
        #expect(timexes("более 200 солдат погибли", "ru").isEmpty)
    }

    @Test func ukrainian() {
        expectTime("заявили у середу місцеві посадовці", "uk", "2023-02-01", nil, .day)
        expectTime("у пʼятницю", "uk", "2023-01-27", nil, .day)
        expectTime("у п'ятницю", "uk", "2023-01-27", nil, .day)
        expectTime("вчора", "uk", "2023-01-31", nil, .day)
        expectTime("24 лютого 2022 року", "uk", "2022-02-24", nil, .day)
        expectTime("у листопаді", "uk", "2022-11-01", "2022-11-30", .month)
        expectTime("з 2014 року", "uk", "2014-01-01", "2023-02-01", .range)
        expectTime("восени", "uk", "2022-09-01", "2022-11-30", .season)
        expectTime("минулого тижня", "uk", "2023-01-23", "2023-01-29", .week)
    }

    @Test func unknownLanguageUsesEveryTable() {
        expectTime("le 24 février 2022", "xx", "2022-02-24", nil, .day)
        expectTime("on 24 February 2022", "xx", "2022-02-24", nil, .day)
        expectTime("24 февраля 2022 года", "xx", "2022-02-24", nil, .day)
    }
}
