import Foundation
import SitrepModel
import Testing
@testable import SitrepKnowledge

/// Office titles beside a country resolve to the person holding the office on the document's date.
@Suite struct TitleTests {
    func person(_ text: String, _ surface: String, date: String, language: String) -> String? {
        let d = Fixture.doc(text, date: date, language: language)
        return Fixture.mention(d, surface)?.actor?.entity
    }

    @Test func frenchPrimeMinisterWithTheNameAfterIt() {
        let d = Fixture.doc("A la fin du sommet, le premier ministre arménien Nikol Pashinyan s'est affronté avec le leader russe.",
                            date: "2022-11-24")
        let m = Fixture.mention(d, "premier ministre arménien Nikol Pashinyan")
        #expect(m?.actor?.code == "ARMGOV", "\(Fixture.dump(d))")
        #expect(m?.actor?.name == "Nikol Pashinyan")
        #expect(person("Le premier ministre arménien a parlé.", "premier ministre arménien", date: "2022-03-01", language: "fr")
            == "person.pashinyan")
    }

    /// Institutions named by their office ("President of the United States", "US Secretary of Defense") are the holder.
    @Test func officeNamedInstitutionsAreTheHolder() {
        let text = "The US president and the US defense secretary met the Secretary of State."
        #expect(person(text, "US president", date: "2016-05-01", language: "en") == "person.obama")
        #expect(person(text, "US president", date: "2022-05-01", language: "en") == "person.biden")
        #expect(person(text, "US defense secretary", date: "2016-05-01", language: "en") == "person.ash-carter")
        #expect(person(text, "Secretary of State", date: "2018-01-01", language: "en") == "person.rex-tillerson")
        let d = Fixture.doc(text, date: "2022-05-01", language: "en")
        #expect(Fixture.mention(d, "US defense secretary")?.actor?.code == "USAMIL", "\(Fixture.dump(d))")
        // "former" before the office: the institution, not today's holder
        let former = Fixture.doc("A former US president spoke.", date: "2022-05-01", language: "en")
        #expect(Fixture.mention(former, "US president")?.actor?.entity == "ph.president-of-the-united-states")
    }

    /// French puts the country adjective inside a title of several words: "le ministre allemand de la Défense".
    @Test func frenchTitleSplitByItsCountryAdjective() {
        let de = Fixture.doc("Le ministre allemand de la Défense a rencontré la ministre russe des Affaires étrangères.",
                             date: "2020-05-01")
        let def = Fixture.mention(de, "ministre allemand de la Défense")
        #expect(def?.actor?.code == "DEUMIL", "\(Fixture.dump(de))")
        #expect(def?.actor?.entity == "person.annegret-kramp-karrenbauer")
        #expect(Fixture.mention(de, "ministre russe des Affaires étrangères")?.actor?.entity == "person.lavrov")
        // Both sides of a change of office; "le chef ukrainien de la diplomatie"; "ancien" makes it someone else.
        let ua = "Le chef ukrainien de la diplomatie a appelé Paris."
        #expect(person(ua, "chef ukrainien de la diplomatie", date: "2024-09-01", language: "fr") == "person.kuleba")
        #expect(person(ua, "chef ukrainien de la diplomatie", date: "2024-09-10", language: "fr") == "person.sybiha")
        let former = Fixture.doc("L'ancien ministre français des Armées a parlé.", date: "2020-05-01")
        let m = Fixture.mention(former, "ministre français des Armées")
        #expect(m?.actor?.code == "FRAMIL", "\(Fixture.dump(former))")
        #expect(m?.actor?.entity == nil)
        // A ministry of another kind keeps the plain sector word: "le ministre russe de l'Économie".
        let eco = Fixture.doc("Le ministre russe de l'Économie a parlé.", date: "2020-05-01")
        #expect(Fixture.mention(eco, "ministre russe")?.actor?.code == "RUSGOV", "\(Fixture.dump(eco))")
    }

    @Test func frenchBothSidesOfAChangeOfOffice() {
        let text = "Le premier ministre britannique a appelé Kyiv."
        #expect(person(text, "premier ministre britannique", date: "2022-10-24", language: "fr") == "person.truss")
        #expect(person(text, "premier ministre britannique", date: "2022-10-26", language: "fr") == "person.sunak")
        let president = "Le président de l'Ukraine a parlé."
        #expect(person(president, "président de l'Ukraine", date: "2019-05-19", language: "fr") == "person.poroshenko")
        #expect(person(president, "président de l'Ukraine", date: "2019-05-21", language: "fr") == "person.zelensky")
    }

    @Test func englishBothSidesOfAChangeOfOffice() {
        let text = "The Ukrainian president spoke to reporters."
        #expect(person(text, "Ukrainian president", date: "2019-05-19", language: "en") == "person.poroshenko")
        #expect(person(text, "Ukrainian president", date: "2019-05-21", language: "en") == "person.zelensky")
        let fr = "The French president met the Russian president."
        #expect(person(fr, "French president", date: "2017-05-13", language: "en") == "person.hollande")
        #expect(person(fr, "French president", date: "2017-05-15", language: "en") == "person.macron")
        #expect(person(fr, "Russian president", date: "2017-05-15", language: "en") == "person.putin")
        #expect(person("Russia's president spoke.", "Russia's president", date: "2017-05-15", language: "en") == "person.putin")
    }

    @Test func russianAndUkrainianMinisters() {
        let text = "Министр обороны России провёл совещание."
        #expect(person(text, "Министр обороны России", date: "2024-05-10", language: "ru") == "person.shoigu")
        #expect(person(text, "Министр обороны России", date: "2024-05-15", language: "ru") == "person.belousov")
        #expect(person("Министр иностранных дел России заявил.", "Министр иностранных дел России", date: "2022-06-01",
                       language: "ru") == "person.lavrov")
        let d = Fixture.doc("Министр иностранных дел России заявил.", date: "2022-06-01", language: "ru")
        #expect(Fixture.mention(d, "Министр иностранных дел России")?.actor?.code == "RUSGOV")
    }

    @Test func spanishTitlesOnBothSidesOfAChangeOfOffice() {
        let text = "El presidente francés recibió a la primera ministra italiana."
        #expect(person(text, "presidente francés", date: "2017-05-13", language: "es") == "person.hollande")
        #expect(person(text, "presidente francés", date: "2017-05-15", language: "es") == "person.macron")
        #expect(person(text, "primera ministra italiana", date: "2023-01-10", language: "es") == "person.meloni")
        #expect(person("El ministro de Defensa de Rusia habló.", "ministro de Defensa de Rusia", date: "2024-05-15",
                       language: "es") == "person.belousov")
        #expect(person("El presidente del Gobierno español viajó a Kyiv.", "presidente del Gobierno español",
                       date: "2019-01-10", language: "es") == "person.pedro-sanchez")
    }

    @Test func sanMarinoSecretariesOfStateForForeignAffairs() throws {
        let kb = KnowledgeBase.shared
        #expect(kb.holder(of: "fm", country: "SMR", on: CalendarDay(parsing: "2019-06-01"))?.id == "person.nicola-renzi")
        #expect(kb.holder(of: "fm", country: "SMR", on: CalendarDay(parsing: "2021-06-01"))?.id == "person.luca-beccari")
    }

    @Test func formerAndDeputyAreNotTheHolder() {
        let d = Fixture.doc("L'ancien président ukrainien a critiqué le vice-premier ministre.", date: "2023-02-01")
        let m = Fixture.mention(d, "président ukrainien")
        #expect(m?.actor?.code == "UKRGOV")
        #expect(m?.actor?.name == nil)
        let en = Fixture.doc("The former Ukrainian president spoke.", date: "2023-02-01", language: "en")
        #expect(Fixture.mention(en, "Ukrainian president")?.actor?.name == nil)
    }

    @Test func holderLookupAndRoleFormat() throws {
        let kb = Fixture.kb
        #expect(kb.holder(of: "pm", country: "ARM", on: CalendarDay(year: 2010, month: 1, day: 1))?.id == "person.tigran-sargsyan")
        #expect(kb.holder(of: "pm", country: "ARM", on: CalendarDay(year: 1990, month: 1, day: 1)) == nil)
        #expect(kb.holder(of: "chancellor", country: "DEU", on: CalendarDay(year: 2021, month: 12, day: 9))?.id == "person.scholz")
        #expect(kb.holder(of: "president", country: "FRA", on: nil)?.id == "person.macron")
        let e = try KnowledgeFormat.parseLine("person.x | person | name: X | role: pm FRA 2020-01-01..2020-06, fm FRA 2021..")
        #expect(e.roles == [HeldRole(title: "pm", country: "FRA", from: CalendarDay(year: 2020, month: 1, day: 1),
                                     to: CalendarDay(year: 2020, month: 6, day: 30)),
                            HeldRole(title: "fm", country: "FRA", from: CalendarDay(year: 2021, month: 1, day: 1))])
        #expect(throws: KnowledgeError.self) { try KnowledgeFormat.parseLine("person.y | person | role: pm 2020..") }
    }

    @Test func englishPossessiveJoinsTheCountry() {
        let d = Fixture.doc("Ukraine's military held the line.", language: "en")
        #expect(Fixture.mention(d, "Ukraine's military")?.actor?.code == "UKRMIL", "\(Fixture.dump(d))")
    }
}
