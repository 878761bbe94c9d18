import Foundation
import SitrepModel
import Testing
@testable import SitrepKnowledge

/// A sample of kb/leaders.txt (heads of state and government 2014–2026 beyond the G20 and post-Soviet states):
/// each role on both sides of its change of office, and names recognized in text on a date.
@Suite struct WorldLeadersTests {
    func code(_ id: String, _ date: String) -> String? { Fixture.code(id, date) }

    @Test func europeanChanges() {
        #expect(code("person.rutte", "2024-07-01") == "NLDGOV")
        #expect(code("person.rutte", "2024-08-01") == "NLDELI")
        #expect(code("person.rutte", "2024-10-02") == "IGOWSTNAT")
        #expect(code("person.iohannis", "2025-02-11") == "ROUGOV")
        #expect(code("person.iohannis", "2025-02-13") == "ROUELI")
        #expect(code("person.felipe-vi", "2014-06-20") == "ESPGOV")
        #expect(code("person.felipe-vi", "2014-06-18") == "ESPELI")
    }

    @Test func middleEastAndAfricaChanges() {
        #expect(code("person.assad", "2024-12-07") == "SYRGOV")
        #expect(code("person.assad", "2024-12-09") == "SYRELI")
        #expect(code("person.sisi", "2014-06-09") == "EGYGOV")
        #expect(code("person.mugabe", "2017-11-20") == "ZWEGOV")
        #expect(code("person.mugabe", "2017-11-22") == "ZWEELI")
        #expect(code("person.buhari", "2015-05-30") == "NGAGOV")
        #expect(code("person.buhari", "2023-05-30") == "NGAELI")
    }

    @Test func americasAndAsiaPacificChanges() {
        #expect(code("person.santos", "2018-08-06") == "COLGOV")
        #expect(code("person.santos", "2018-08-08") == "COLELI")
        #expect(code("person.duterte", "2016-07-01") == "PHLGOV")
        #expect(code("person.duterte", "2022-07-01") == "PHLOPP")
        #expect(code("person.ardern", "2017-10-27") == "NZLGOV")
        #expect(code("person.ardern", "2023-01-26") == "NZLELI")
    }

    /// The person a title beside a country names on a date (the `role:` offices of leaders.txt).
    func holder(_ text: String, _ surface: String, _ date: String, _ language: String) -> String? {
        let d = Fixture.doc(text, date: date, language: language)
        return Fixture.mention(d, surface)?.actor?.entity
    }

    @Test func presidentsAndPrimeMinistersOnBothSidesOfAChange() {
        let al = "The Albanian president met the Albanian prime minister."
        #expect(holder(al, "Albanian president", "2016-03-01", "en") == "person.nishani")
        #expect(holder(al, "Albanian president", "2024-03-01", "en") == "person.begaj")
        #expect(holder(al, "Albanian prime minister", "2016-03-01", "en") == "person.edi-rama")
        #expect(holder(al, "Albanian prime minister", "2024-03-01", "en") == "person.edi-rama")
        let at = "Le président autrichien a reçu le ministre."
        #expect(holder(at, "président autrichien", "2015-06-01", "fr") == "person.heinz-fischer")
        #expect(holder(at, "président autrichien", "2020-06-01", "fr") == "person.van-der-bellen")
        // One person, two offices in turn: Vučić prime minister, then president.
        let rs = "The Serbian president called the Serbian prime minister."
        #expect(holder(rs, "Serbian prime minister", "2015-06-01", "en") == "person.vucic")
        #expect(holder(rs, "Serbian president", "2015-06-01", "en") == "person.tomislav-nikolic")
        #expect(holder(rs, "Serbian president", "2018-06-01", "en") == "person.vucic")
        #expect(holder(rs, "Serbian prime minister", "2018-06-01", "en") == "person.brnabic")
        // Switzerland: the President of the Confederation, one calendar year each.
        let ch = "The Swiss president spoke."
        #expect(holder(ch, "Swiss president", "2022-12-31", "en") == "person.cassis")
        #expect(holder(ch, "Swiss president", "2023-01-01", "en") == "person.berset")
    }

    @Test func chancellorsAndMonarchs() {
        let at = "The Austrian chancellor met the king."
        #expect(holder(at, "Austrian chancellor", "2018-06-01", "en") == "person.kurz")
        #expect(holder(at, "Austrian chancellor", "2022-06-01", "en") == "person.nehammer")
        // Kurz's first code range covers his years as foreign minister: chancellor only from 2017-12-18.
        #expect(holder(at, "Austrian chancellor", "2017-06-01", "en") == "person.christian-kern")
        let fr = "Le chancelier autrichien a parlé."
        #expect(holder(fr, "chancelier autrichien", "2025-02-01", "fr") == "person.schallenberg")
        #expect(holder(fr, "chancelier autrichien", "2025-04-01", "fr") == "person.stocker")
        let es = "The Spanish king opened the session."
        #expect(holder(es, "Spanish king", "2014-06-01", "en") == "person.juan-carlos-i")
        #expect(holder(es, "Spanish king", "2015-06-01", "en") == "person.felipe-vi")
        let dk = "Le roi danois a reçu le premier ministre danois."
        #expect(holder(dk, "roi danois", "2023-06-01", "fr") == "person.margrethe-ii")
        #expect(holder(dk, "roi danois", "2024-06-01", "fr") == "person.frederik-x")
        #expect(holder(dk, "premier ministre danois", "2024-06-01", "fr") == "person.mette-frederiksen")
        let jp = "The Japanese emperor addressed the nation."
        #expect(holder(jp, "Japanese emperor", "2018-06-01", "en") == "person.akihito")
        #expect(holder(jp, "Japanese emperor", "2020-06-01", "en") == "person.naruhito")
        #expect(holder("The Qatari emir met the Omani sultan.", "Qatari emir", "2021-06-01", "en") == "person.tamim")
        #expect(holder("The Qatari emir met the Omani sultan.", "Omani sultan", "2021-06-01", "en")
            == "person.haitham-bin-tariq")
        #expect(holder("The Omani prime minister spoke.", "Omani prime minister", "2019-06-01", "en") == "person.qaboos")
    }

    @Test func russianAndUkrainianTitles() {
        #expect(holder("Президент Финляндии заявил.", "Президент Финляндии", "2023-06-01", "ru") == "person.niinisto")
        #expect(holder("Президент Финляндии заявил.", "Президент Финляндии", "2024-06-01", "ru") == "person.stubb")
        #expect(holder("Прем'єр-міністр Нідерландів заявив.", "Прем'єр-міністр Нідерландів", "2023-06-01", "uk")
            == "person.rutte")
        #expect(holder("Прем'єр-міністр Нідерландів заявив.", "Прем'єр-міністр Нідерландів", "2025-06-01", "uk")
            == "person.schoof")
    }

    @Test func incumbentsAfterMid2025() {
        let ve = "The Venezuelan president spoke."
        #expect(holder(ve, "Venezuelan president", "2025-06-01", "en") == "person.maduro")
        #expect(holder(ve, "Venezuelan president", "2026-02-01", "en") == "person.delcy-rodriguez")
        let cl = "Le président chilien a parlé."
        #expect(holder(cl, "président chilien", "2025-06-01", "fr") == "person.boric")
        #expect(holder(cl, "président chilien", "2026-06-01", "fr") == "person.kast")
        let kb = Fixture.kb
        #expect(kb.holder(of: "pm", country: "BGD", on: CalendarDay(year: 2026, month: 3, day: 1))?.id == "person.tarique-rahman")
        #expect(kb.holder(of: "president", country: "BGR", on: CalendarDay(year: 2026, month: 3, day: 1))?.id == "person.iotova")
        #expect(kb.holder(of: "monarch", country: "BEL", on: CalendarDay(year: 2020, month: 1, day: 1))?.id == "person.king-philippe")
        // Bosnia and Herzegovina: the chair of the Presidency, rotating every eight months.
        #expect(kb.holder(of: "president", country: "BIH", on: CalendarDay(year: 2023, month: 8, day: 1))?.id == "person.cvijanovic")
        #expect(kb.holder(of: "president", country: "BIH", on: CalendarDay(year: 2024, month: 6, day: 1))?.id == "person.becirovic")
    }

    @Test func namesRecognizedInTextOnTheirDate() {
        let en = Fixture.doc("Emmerson Mnangagwa met Buhari in Abuja.", date: "2019-03-01", language: "en")
        #expect(Fixture.mention(en, "Emmerson Mnangagwa")?.actor?.code == "ZWEGOV")
        #expect(Fixture.mention(en, "Buhari")?.actor?.code == "NGAGOV")
        let fr = Fixture.doc("Bachar el-Assad a reçu le ministre.", date: "2023-05-01")
        #expect(Fixture.mention(fr, "Bachar el-Assad")?.actor?.code == "SYRGOV")
        let ru = Fixture.doc("Асад встретился с министром.", date: "2025-05-01", language: "ru")
        #expect(ru.mentions.contains { $0.actor?.code == "SYRELI" }, "\(Fixture.dump(ru))")
    }
}
