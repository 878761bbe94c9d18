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
