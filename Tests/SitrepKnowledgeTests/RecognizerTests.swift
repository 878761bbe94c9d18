import Foundation
import SitrepModel
import Testing
@testable import SitrepKnowledge

@Suite struct RecognizerTests {
    @Test func datedRolesBothSidesOfAChange() {
        let kb = Fixture.kb
        let poroshenko = kb.entities[kb.entityIndex["person.poroshenko"]!]
        #expect(poroshenko.code(on: CalendarDay(year: 2018, month: 1, day: 1)) == "UKRGOV")
        #expect(poroshenko.code(on: CalendarDay(year: 2020, month: 1, day: 1)) == "UKROPP")
        let d1 = Fixture.doc("Zelensky a parlé.", date: "2019-05-21")
        #expect(d1.mentions.first?.actor?.code == "UKRGOV")
        let d0 = Fixture.doc("Zelensky a parlé.", date: "2019-01-01")
        #expect(d0.mentions.first?.actor?.code == "UKRELI")
        let putin = Fixture.doc("Poutine a parlé.", date: "2023-02-01")
        #expect(putin.mentions.first?.actor?.code == "RUSGOV")
        #expect(putin.mentions.first?.actor?.name == "Vladimir Putin")
    }

    @Test func csto_membership_dates() {
        let csto = Fixture.kb.entities[Fixture.kb.entityIndex["org.csto"]!]
        #expect(csto.members(on: CalendarDay(year: 1998, month: 1, day: 1)).contains("AZE"))
        #expect(!csto.members(on: CalendarDay(year: 2022, month: 11, day: 23)).contains("AZE"))
        #expect(csto.members(on: CalendarDay(year: 2022, month: 11, day: 23)).contains("ARM"))
    }

    @Test func frenchElisionAndInflection() {
        let d = Fixture.doc("Les forces russes et les autorités ukrainiennes ont parlé de l’Arménie et du leader arménien.")
        #expect(Fixture.mention(d, "forces russes")?.actor?.code == "RUSMIL")
        #expect(Fixture.mention(d, "autorités ukrainiennes")?.actor?.code == "UKRGOV")
        #expect(Fixture.mention(d, "Arménie")?.actor?.code == "ARM")
        #expect(Fixture.mention(d, "leader arménien")?.actor?.code == "ARMGOV")
    }

    @Test func englishAgents() {
        let d = Fixture.doc("Russian troops shelled the city while Ukraine's military held.", language: "en")
        #expect(Fixture.mention(d, "Russian troops")?.actor?.code == "RUSMIL")
    }

    @Test func cyrillicCaseEndings() {
        let d = Fixture.doc("Путина критикуют, Луганська область.", language: "uk")
        #expect(Fixture.mention(d, "Путина")?.actor?.code == "RUSGOV")
        #expect(d.mentions.contains { $0.place?.admin1 == "UA.14" && $0.place?.precision == .admin1 })
    }

    @Test func inflectedOblastNames() {
        for text in ["Обстріли Луганської області тривають.", "Обстрелы Луганской области продолжаются."] {
            let d = Fixture.doc(text, language: text.contains("Луганської") ? "uk" : "ru")
            #expect(d.mentions.contains { $0.place?.admin1 == "UA.14" && $0.place?.precision == .admin1 }, "\(Fixture.dump(d))")
            #expect(!d.mentions.contains { $0.place?.country == "CHE" })
        }
    }

    @Test func regionWordSelectsDivision() {
        let city = Fixture.doc("Des tirs ont frappé Donetsk hier.")
        #expect(city.mentions.first { $0.place != nil }?.place?.precision == .city)
        let region = Fixture.doc("Des tirs ont frappé la région de Donetsk hier.")
        #expect(region.mentions.first { $0.place != nil }?.place?.precision == .admin1)
    }

    @Test func contextCountrySelectsPlace() {
        let us = Fixture.doc("The governor of Georgia spoke in Atlanta, Georgia, about Athens.", language: "en")
        let athens = us.mentions.first { us.text($0.span) == "Athens" }
        #expect(athens?.place?.country == "USA")
    }

    @Test func sentenceStartCommonWordsAreNotPlaces() {
        let d = Fixture.doc("Home » MONDE » Il est parti. Les forces russes avancent.")
        #expect(!d.mentions.contains { ["Home", "Il", "Les", "MONDE"].contains(String(d.text($0.span))) })
    }

    @Test func userEntriesOverride() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kb-\(UUID().uuidString).txt")
        try "person.test | person | name: Jean Testeur | code: FRAGOV 2020-01-01.. | fr: Jean Testeur\n".write(to: url, atomically: true, encoding: .utf8)
        let kb = try KnowledgeBase.load(extraFiles: [url])
        let hits = kb.lookup("Jean Testeur", date: CalendarDay(year: 2021, month: 1, day: 1), language: "fr")
        #expect(hits.contains { $0.code == "FRAGOV" && $0.chosen })
        #expect(throws: KnowledgeError.self) { try KnowledgeFormat.parse("x | nonsense | a: b", file: "bad.txt") }
    }
}
