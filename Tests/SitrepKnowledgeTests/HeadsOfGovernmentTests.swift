import Foundation
import SitrepModel
import Testing
@testable import SitrepKnowledge

/// Dated roles of heads of state and government on both sides of a change of office.
@Suite struct HeadsOfGovernmentTests {
    func code(_ id: String, _ date: String) -> String? { Fixture.code(id, date) }

    @Test func ukPrimeMinisters2022() {
        #expect(code("person.truss", "2022-10-24") == "GBRGOV")
        #expect(code("person.truss", "2022-10-26") == "GBRELI")
        #expect(code("person.sunak", "2022-10-24") == "GBRELI")
        #expect(code("person.sunak", "2022-10-26") == "GBRGOV")
        #expect(code("person.starmer", "2024-07-04") == "GBROPP")
        #expect(code("person.starmer", "2024-07-06") == "GBRGOV")
    }

    @Test func usPresidentsAndTrumpsTwoTerms() {
        #expect(code("person.trump", "2016-12-01") == "USAELI")
        #expect(code("person.trump", "2017-01-21") == "USAGOV")
        #expect(code("person.trump", "2023-06-01") == "USAELI")
        #expect(code("person.trump", "2025-01-21") == "USAGOV")
        #expect(code("person.biden", "2021-01-19") == "USAELI")
        #expect(code("person.biden", "2021-01-20") == "USAGOV")
        #expect(code("person.biden", "2025-01-21") == "USAELI")
    }

    @Test func germanAndJapaneseChanges() {
        #expect(code("person.merkel", "2021-12-07") == "DEUGOV")
        #expect(code("person.merkel", "2021-12-09") == "DEUELI")
        #expect(code("person.merz", "2025-05-05") == "DEUOPP")
        #expect(code("person.merz", "2025-05-07") == "DEUGOV")
        #expect(code("person.kishida", "2024-09-30") == "JPNGOV")
        #expect(code("person.kishida", "2024-10-02") == "JPNELI")
        #expect(code("person.ishiba", "2024-10-02") == "JPNGOV")
    }

    @Test func ministersOfUkraineAndRussia() {
        #expect(code("person.shoigu", "2024-05-10") == "RUSMIL")
        #expect(code("person.belousov", "2024-05-15") == "RUSMIL")
        #expect(code("person.shmyhal", "2025-07-16") == "UKRGOV")
        #expect(code("person.shmyhal", "2025-07-18") == "UKRMIL")
        #expect(code("person.poltorak", "2019-08-30") == "UKRELI")
    }

    @Test func namesInEachLanguageResolveOnTheDate() {
        let fr = Fixture.doc("Emmanuel Macron a reçu Olaf Scholz.", date: "2023-02-01")
        #expect(Fixture.mention(fr, "Emmanuel Macron")?.actor?.code == "FRAGOV")
        #expect(Fixture.mention(fr, "Olaf Scholz")?.actor?.code == "DEUGOV")
        let ru = Fixture.doc("Эрдоган встретился с Нетаньяху.", date: "2023-02-01", language: "ru")
        #expect(Fixture.mention(ru, "Эрдоган")?.actor?.code == "TURGOV")
        #expect(Fixture.mention(ru, "Нетаньяху")?.actor?.code == "ISRGOV")
        let en = Fixture.doc("Netanyahu spoke with Erdogan.", date: "2022-01-10", language: "en")
        #expect(Fixture.mention(en, "Netanyahu")?.actor?.code == "ISROPP")
        #expect(Fixture.kb.lookup("Obama", date: CalendarDay(parsing: "2016-01-01"), language: "en").first?.code == "USAGOV")
    }
}
