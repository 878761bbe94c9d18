import Foundation
import SitrepModel
import Testing
@testable import SitrepKnowledge

/// A country beside an institution's name, members of a movement, and the knowledge entries of the GSR round.
@Suite struct CountryQualifierTests {
    @Test func ownCountryBeforeAnInstitutionEn() {
        // "Egypt's" only restates the Brotherhood's country: one actor, not EGY then the Brotherhood
        let d = Fixture.doc("Qatar will expel leaders of Egypt's Muslim Brotherhood.", date: "2014-09-16", language: "en")
        #expect(Fixture.mention(d, "Egypt's Muslim Brotherhood")?.actor?.code == "EGYOPPMUS", "\(Fixture.dump(d))")
        #expect(!d.mentions.contains { $0.actor?.code == "EGY" }, "\(Fixture.dump(d))")
    }

    @Test func ownCountryAfterAnInstitutionFr() {
        let d = Fixture.doc("Le Hamas palestinien a tiré sur Israël ; les Frères musulmans égyptiens ont protesté.", date: "2014-09-16")
        #expect(Fixture.mention(d, "Hamas palestinien")?.actor?.code == "PSEREB", "\(Fixture.dump(d))")
        #expect(Fixture.mention(d, "Frères musulmans égyptiens")?.actor?.code == "EGYOPPMUS", "\(Fixture.dump(d))")
        #expect(!d.mentions.contains { $0.actor?.code == "PSE" || $0.actor?.code == "EGY" }, "\(Fixture.dump(d))")
    }

    @Test func otherCountryMakesTheSectorWordEn() {
        // "Senate" alone is the US Congress in the knowledge base; with another country it is that country's legislature
        let d = Fixture.doc("Opponents of Rwanda's Senate protested, and the French Senate met.", date: "2014-09-16", language: "en")
        #expect(Fixture.mention(d, "Rwanda's Senate")?.actor?.code == "RWALEG", "\(Fixture.dump(d))")
        #expect(Fixture.mention(d, "French Senate")?.actor?.code == "FRALEG", "\(Fixture.dump(d))")
        let us = Fixture.doc("The Senate voted.", date: "2014-09-16", language: "en")
        #expect(us.mentions.first?.actor?.code == "USAGOVLEG")
    }

    @Test func membersOfAMovementAreTheMovement() {
        let en = Fixture.doc("Exiled leaders of the Muslim Brotherhood and exiled leaders of Hamas met.", date: "2014-09-16", language: "en")
        #expect(Fixture.mention(en, "Exiled leaders of the Muslim Brotherhood")?.actor?.code == "EGYOPPMUS", "\(Fixture.dump(en))")
        #expect(Fixture.mention(en, "exiled leaders of Hamas")?.actor?.code == "PSEREB", "\(Fixture.dump(en))")
        let fr = Fixture.doc("Les dirigeants du Hamas ont parlé avec les forces du Kremlin.", date: "2014-09-16")
        #expect(Fixture.mention(fr, "dirigeants du Hamas")?.actor?.code == "PSEREB", "\(Fixture.dump(fr))")
        // a national institution keeps the sector reading: the Kremlin's forces are the Russian military
        #expect(Fixture.mention(fr, "forces du Kremlin")?.actor?.code == "RUSMIL", "\(Fixture.dump(fr))")
    }

    @Test func gazaStripIsGazaInBothLanguages() {
        let en = Fixture.doc("A rocket was fired from the Gaza Strip.", date: "2014-09-16", language: "en")
        #expect(Fixture.mention(en, "Gaza Strip")?.actor?.code == "PSEGZA", "\(Fixture.dump(en))")
        let fr = Fixture.doc("Une roquette a été tirée depuis la bande de Gaza.", date: "2014-09-16")
        // (a name opening in lowercase is not matched whole: "Gaza" is)
        #expect(fr.mentions.contains { $0.actor?.code == "PSEGZA" } && !fr.mentions.contains { $0.actor?.code == "PSE" }, "\(Fixture.dump(fr))")
    }

    @Test func mixedCaseNameIsRecognized() {
        let d = Fixture.doc("The US Secretary of state wants to help iSrael", date: "2014-09-16", language: "en")
        #expect(d.mentions.contains { $0.actor?.code == "ISR" }, "\(Fixture.dump(d))")
    }
}
