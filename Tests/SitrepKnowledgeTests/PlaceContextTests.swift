import Foundation
import SitrepModel
import Testing
@testable import SitrepKnowledge

/// Context rules of place resolution, each on a text where it decides.
@Suite struct PlaceContextTests {
    @Test func directionWordBeforeANameIsNoDivision() {
        let d = Fixture.doc("Tourists in Southern California and North London.", language: "en")
        #expect(!d.mentions.contains { d.text($0.span) == "Southern" || d.text($0.span) == "North" }, "\(Fixture.dump(d))")
        #expect(Fixture.mention(d, "California")?.place?.country == "USA")
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
