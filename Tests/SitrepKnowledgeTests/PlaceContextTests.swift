import Foundation
import SitrepModel
import Testing
@testable import SitrepKnowledge

/// Context rules of place resolution, each on a text where it decides.
@Suite struct PlaceContextTests {
    @Test func directionWordBeforeANameIsNoDivision() {
        let d = Fixture.doc("Tourists in Southern Oregon and North London.", language: "en")
        #expect(!d.mentions.contains { d.text($0.span) == "Southern" || d.text($0.span) == "North" }, "\(Fixture.dump(d))")
        #expect(Fixture.mention(d, "Oregon")?.place?.country == "USA")
    }

    @Test func countryNameFollowedByADivisionIsThePlaceThere() {
        // "COLUMBIA, Ky." is the city in Kentucky, not Colombia; "Georgia" with Atlanta and Savannah is the US state
        let ky = Fixture.doc("COLUMBIA, Ky. - The county council met on Tuesday in Columbia.", language: "en")
        #expect(ky.mentions.first?.place?.country == "USA", "\(Fixture.dump(ky))")
        #expect(ky.mentions.first?.place?.admin1 == "US.KY", "\(Fixture.dump(ky))")
        let ga = Fixture.doc("Storms hit Atlanta and Savannah on Monday. Georgia declared an emergency.", language: "en")
        #expect(Fixture.mention(ga, "Georgia")?.place?.country == "USA", "\(Fixture.dump(ga))")
    }

    @Test func countryNameStaysTheCountryInAListOrWithoutSupport() {
        let list = Fixture.doc("Storms hit Atlanta. Georgia, Armenia and Azerbaijan signed the accord.", language: "en")
        #expect(Fixture.mention(list, "Georgia")?.place?.country == "GEO", "\(Fixture.dump(list))")
        let alone = Fixture.doc("Georgia declared an emergency after the floods.", language: "en")
        #expect(Fixture.mention(alone, "Georgia")?.place?.country == "GEO", "\(Fixture.dump(alone))")
    }

    @Test func nearbyTownsChooseEachOthersReadings() {
        // Edmonton alone is the Canadian city; beside Enfield and Hertford, the London district all three lie near
        let alone = Fixture.doc("Flooding closed schools in Edmonton on Monday.", language: "en")
        #expect(Fixture.mention(alone, "Edmonton")?.place?.country == "CAN", "\(Fixture.dump(alone))")
        let london = Fixture.doc("Flooding closed schools in Edmonton on Monday. Roads in Enfield and Hertford were shut.", language: "en")
        #expect(Fixture.mention(london, "Edmonton")?.place?.country == "GBR", "\(Fixture.dump(london))")
        #expect(Fixture.mention(london, "Enfield")?.place?.country == "GBR", "\(Fixture.dump(london))")
    }

    @Test func townsInsideADivisionKeepTheDivisionReading() {
        // the towns near New York City lie in the state too: the state keeps its reading beside them
        let d = Fixture.doc("New York passed the law on Monday. Landlords in Yonkers and New Rochelle protested.", language: "en")
        #expect(Fixture.mention(d, "New York")?.place?.precision == .admin1, "\(Fixture.dump(d))")
    }

    @Test func dottedAbbreviationsInPlaceNames() {
        // "St." and "Mt." are written with a dot; the name runs through it and its own name is the full form
        let canada = Fixture.doc("Wildfires forced people out of Fort St. John, in British Columbia.", language: "en")
        #expect(Fixture.mention(canada, "Fort St. John")?.place?.country == "CAN", "\(Fixture.dump(canada))")
        let russia = Fixture.doc("The summit opens in St. Petersburg on Friday.", language: "en")
        #expect(Fixture.mention(russia, "St. Petersburg")?.place?.country == "RUS", "\(Fixture.dump(russia))")
        let illinois = Fixture.doc("The storm reached Mt. Vernon, Ill., at noon.", language: "en")
        #expect(Fixture.mention(illinois, "Mt. Vernon")?.place?.admin1 == "US.IL", "\(Fixture.dump(illinois))")
        // a sentence that ends with "St." still ends there
        let end = Fixture.doc("They live on Main St. Paris is far.", language: "en")
        #expect(!end.mentions.contains { end.text($0.span).hasPrefix("St") }, "\(Fixture.dump(end))")
        #expect(Fixture.mention(end, "Paris") != nil, "\(Fixture.dump(end))")
    }

    @Test func unknownTownBeforeAnAPStyleDivision() {
        // a town the gazetteer lacks still puts the dateline's division in the context: "Lexington" is then Kentucky's
        let d = Fixture.doc("LAUREL COUNTY, Ky. - Deputies said the suspect fled to Lexington.", language: "en")
        #expect(Fixture.mention(d, "Lexington")?.place?.admin1 == "US.KY", "\(Fixture.dump(d))")
    }
}

@Suite struct PlaceCorpusTests {
    @Test func driftedGoldOffsetsMoveToTheirPhrase() {
        let text = "Rain in Paris. Snow in Lyon."
        let t = GoldToponym(start: 25, end: 29, phrase: "Lyon")
        let a = CorpusParser.aligned(GoldArticle(id: "x", text: text, date: nil, toponyms: [t, GoldToponym(start: 8, end: 13, phrase: "Paris")]))
        #expect(a.toponyms.map(\.start) == [23, 8])
        #expect(a.toponyms[0].end == 27)
    }
}
