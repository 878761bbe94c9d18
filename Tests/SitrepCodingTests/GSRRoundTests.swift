import Foundation
import Testing
import SitrepModel
@testable import SitrepCoding

/// A partitive noun before "of"/"de" is not the head a pattern word reads.
@Suite struct PartitiveTests {
    @Test func partsOfACountryAreNoPartTakenEn() {
        // "take * part" (030) would read "seized parts of Iraq" as taking part; "took part in" keeps it
        let b = DocBuilder("Islamic State has seized parts of Iraq.", language: "en")
        b.actor("Islamic State", "IMGMUSISI").country("Iraq", "IRQ")
        let coded = b.coded().map(\.triple)
        #expect(!coded.contains("IMGMUSISI>IRQ:030"), "\(coded)")
        #expect(coded.contains { $0.hasPrefix("IMGMUSISI>IRQ:") }, "\(coded)")
        let part = DocBuilder("Iran took part in the talks with Iraq.", language: "en")
        part.country("Iran", "IRN").country("Iraq", "IRQ")
        #expect(part.coded().map(\.triple).contains("IRN>IRQ:030"))
    }

    @Test func partOfATerritoryIsNoPartTakenFr() throws {
        // the shipped French lexicon has no "prendre * part" entry: one is added for the test, as in English
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("triggers-fr-partitive-test.txt")
        try "# language: fr\n030\tv\tprendre\t* part\n".write(to: url, atomically: true, encoding: .utf8)
        let coder = try EventCoder(extraLexicons: [url], knowledge: nil)
        func code(_ b: DocBuilder) -> [String] { var d = b.doc; coder.code(&d); return d.events.map(\.triple) }
        let b = DocBuilder("L'Iran a pris une part du territoire de l'Irak.", language: "fr")
        b.country("Iran", "IRN").country("Irak", "IRQ")
        #expect(!code(b).contains("IRN>IRQ:030"), "\(code(b))")
        let part = DocBuilder("L'Iran a pris part aux discussions avec l'Irak.", language: "fr")
        part.country("Iran", "IRN").country("Irak", "IRQ")
        #expect(code(part).contains("IRN>IRQ:030"), "\(code(part))")
    }
}

/// Sympathy (018) over what happened in a place is for that place's country.
@Suite struct SympathyPlaceTests {
    @Test func sorrowForShootingsInAStateEn() {
        let b = DocBuilder("President Obama expressed sorrow for the shootings in South Carolina.", language: "en")
        b.actor("President Obama", "USAGOV").place("South Carolina", country: "USA", precision: .admin1)
        #expect(b.coded().map(\.triple) == ["USAGOV>USA:018"])
    }

    @Test func condolencesAfterAShootingFr() {
        let b = DocBuilder("Le président français a présenté ses condoléances après la fusillade en Caroline du Sud.", language: "fr")
        b.actor("président français", "FRAGOV").place("Caroline du Sud", country: "USA", precision: .admin1)
        #expect(b.coded().map(\.triple) == ["FRAGOV>USA:018"])
    }
}
