import Testing
import SitrepModel
@testable import SitrepCoding

/// Each attribution rule in French and in English.
@Suite struct AttributionTests {
    @Test func subjectAndObjectFr() {
        let b = DocBuilder("La Russie a attaqué l’Ukraine.", language: "fr")
        b.country("Russie", "RUS").country("Ukraine", "UKR")
        #expect(b.coded().map(\.triple) == ["RUS>UKR:190"])
    }

    @Test func subjectAndObjectEn() {
        let b = DocBuilder("Russia attacked Ukraine.", language: "en")
        b.country("Russia", "RUS").country("Ukraine", "UKR")
        #expect(b.coded().map(\.triple) == ["RUS>UKR:190"])
    }

    @Test func prepositionalTargetFr() {
        let b = DocBuilder("Le premier ministre Nikol Pashinyan s’est affronté avec le leader russe Poutine.", language: "fr")
        b.actor("Nikol Pashinyan", "ARMGOV", name: "Nikol Pashinyan").actor("Poutine", "RUSGOV", name: "Vladimir Putin")
        #expect(b.coded().map(\.triple) == ["ARMGOV>RUSGOV:111"])
    }

    @Test func prepositionalTargetEn() {
        let b = DocBuilder("Russia launched a new offensive against Ukraine.", language: "en")
        b.country("Russia", "RUS").country("Ukraine", "UKR")
        #expect(b.coded().map(\.triple) == ["RUS>UKR:190"])
    }

    @Test func passiveFr() {
        let b = DocBuilder("L’Ukraine a été attaquée par la Russie.", language: "fr")
        b.country("Ukraine", "UKR").country("Russie", "RUS")
        #expect(b.coded().map(\.triple) == ["RUS>UKR:190"])
    }

    @Test func passiveEn() {
        let b = DocBuilder("Ukraine was attacked by Russia.", language: "en")
        b.country("Ukraine", "UKR").country("Russia", "RUS")
        #expect(b.coded().map(\.triple) == ["RUS>UKR:190"])
    }

    @Test func coordinationFr() {
        let b = DocBuilder("L’Arménie et l’Azerbaïdjan ont attaqué la Géorgie.", language: "fr")
        b.country("Arménie", "ARM").country("Azerbaïdjan", "AZE").country("Géorgie", "GEO")
        #expect(Set(b.coded().map(\.triple)) == ["ARM>GEO:190", "AZE>GEO:190"])
    }

    @Test func coordinationEn() {
        let b = DocBuilder("The US, Russia, and Switzerland met yesterday.", language: "en")
        b.country("US", "USA").country("Russia", "RUS").country("Switzerland", "CHE")
        #expect(Set(b.coded().map(\.triple)) == ["USA>RUS:040", "USA>CHE:040", "RUS>USA:040", "RUS>CHE:040", "CHE>USA:040", "CHE>RUS:040"])
    }

    @Test func nominalEventFr() {
        let b = DocBuilder("Kyrylenko a posté des images du bombardement de Bakhmut. Ils évoquent l’invasion de Moscou contre l’Ukraine.", language: "fr")
        b.actor("Kyrylenko", "UKRGOV", name: "Pavlo Kyrylenko").place("Bakhmut", country: "UKR")
        b.actor("Moscou", "RUS", place: Place(name: "Moscou", country: "RUS", lat: 55, lon: 37, geonameid: 1, precision: .city))
        b.country("Ukraine", "UKR")
        let events = b.coded()
        let shelling = events.first { $0.code == "194" }
        #expect(shelling?.source == nil)
        #expect(shelling?.target?.code == "UKR")
        #expect(shelling?.place?.name == "Bakhmut")
        #expect(events.contains { $0.triple == "RUS>UKR:192" })
    }

    @Test func nominalEventEn() {
        let b = DocBuilder("Officials described the shelling of Bakhmut. Russia's invasion of Ukraine continues.", language: "en")
        b.place("Bakhmut", country: "UKR").country("Russia", "RUS").country("Ukraine", "UKR")
        let events = b.coded()
        let shelling = events.first { $0.code == "194" }
        #expect(shelling?.target?.code == "UKR")
        #expect(shelling?.place?.name == "Bakhmut")
        #expect(events.contains { $0.triple == "RUS>UKR:192" })
    }

    @Test func agentTakesCountryFromParagraphFr() {
        let b = DocBuilder("La Russie prépare une offensive. Les forces ont attaqué l’Ukraine.", language: "fr")
        b.country("Russie", "RUS").agent("forces", "MIL").country("Ukraine", "UKR")
        #expect(b.coded().contains { $0.triple == "RUSMIL>UKR:190" })
    }

    @Test func agentTakesCountryFromParagraphEn() {
        let b = DocBuilder("Russia is preparing. The troops attacked Ukraine.", language: "en")
        b.country("Russia", "RUS").agent("troops", "MIL").country("Ukraine", "UKR")
        #expect(b.coded().contains { $0.triple == "RUSMIL>UKR:190" })
    }

    @Test func agentComposesWithOfPhraseAndAdjective() {
        let fr = DocBuilder("Les forces du Kremlin expulsent les résidents.", language: "fr")
        fr.agent("forces", "MIL").actor("Kremlin", "RUSGOV").agent("résidents", "CVL")
        #expect(fr.coded().first?.source?.code == "RUSMIL")
        let en = DocBuilder("A Tunisian court has jailed a Nigerian student.", language: "en")
        en.country("Tunisian", "TUN").agent("court", "JUD").country("Nigerian", "NGA").agent("student", "EDU")
        #expect(en.coded().map(\.triple) == ["TUNJUD>NGAEDU:173"])
    }

    @Test func pronounFr() {
        let b = DocBuilder("Poutine est arrivé hier. Il a critiqué l’Ukraine.", language: "fr")
        b.actor("Poutine", "RUSGOV", name: "Vladimir Putin").country("Ukraine", "UKR")
        #expect(b.coded().map(\.triple) == ["RUSGOV>UKR:111"])
    }

    @Test func pronounEn() {
        let b = DocBuilder("Putin spoke on Monday. He criticized Ukraine.", language: "en")
        b.actor("Putin", "RUSGOV", name: "Vladimir Putin").country("Ukraine", "UKR")
        #expect(b.coded().map(\.triple) == ["RUSGOV>UKR:111"])
    }

    @Test func possessiveFr() {
        let b = DocBuilder("La Russie menace. Ses forces ont attaqué l’Ukraine.", language: "fr")
        b.country("Russie", "RUS").agent("forces", "MIL").country("Ukraine", "UKR")
        #expect(b.coded().contains { $0.triple == "RUSMIL>UKR:190" })
    }

    @Test func possessiveEn() {
        let b = DocBuilder("Ukraine warned Russia. Its troops attacked Belarus.", language: "en")
        b.country("Ukraine", "UKR").country("Russia", "RUS").agent("troops", "MIL").country("Belarus", "BLR")
        #expect(b.coded().contains { $0.triple == "UKRMIL>BLR:190" } || b.coded().contains { $0.triple == "RUSMIL>BLR:190" })
        #expect(!b.coded().contains { $0.triple == "---MIL>BLR:190" })
    }
}

/// Verb chains and refusals, in French and in English.
@Suite struct ChainTests {
    @Test func intentTakesTheActionFr() {
        let b = DocBuilder("La Russie a promis de livrer des armes à l’Ukraine.", language: "fr")
        b.country("Russie", "RUS").country("Ukraine", "UKR")
        #expect(b.coded().map(\.triple) == ["RUS>UKR:033"])
    }

    @Test func governingVerbGivesWayToTheActionEn() {
        let b = DocBuilder("Obama has agreed to visit Russia.", language: "en")
        b.actor("Obama", "USAGOV", name: "Barack Obama").country("Russia", "RUS")
        #expect(b.coded().map(\.triple) == ["USAGOV>RUS:042"])
    }

    @Test func appealWithAnObjectEn() {
        let b = DocBuilder("Obama asked Putin to visit Iran.", language: "en")
        b.actor("Obama", "USAGOV").actor("Putin", "RUSGOV").country("Iran", "IRN")
        #expect(b.coded().map(\.triple) == ["USAGOV>RUSGOV:026"])
    }

    @Test func refusalIsARejectionFr() {
        let b = DocBuilder("La Russie ne va pas fournir d’aide à l’Ukraine.", language: "fr")
        b.country("Russie", "RUS").country("Ukraine", "UKR")
        let e = b.coded().first
        #expect(e?.triple == "RUS>UKR:121")
        #expect(e?.modality == .asserted)
    }

    @Test func refusalIsARejectionEn() {
        let b = DocBuilder("Russia will not help Ukraine.", language: "en")
        b.country("Russia", "RUS").country("Ukraine", "UKR")
        #expect(b.coded().first?.triple == "RUS>UKR:121")
    }

    @Test func participlesAndGerundsAreNotEvents() {
        let en = DocBuilder("The exiled leaders of Egypt met Qatar.", language: "en")
        en.agent("leaders", "GOV").country("Egypt", "EGY").country("Qatar", "QAT")
        #expect(!en.coded().contains { $0.code.hasPrefix("17") })
        let fr = DocBuilder("Kyrylenko a décrit la ville assiégée.", language: "fr")
        fr.actor("Kyrylenko", "UKRGOV")
        #expect(fr.coded().isEmpty)
    }
}
