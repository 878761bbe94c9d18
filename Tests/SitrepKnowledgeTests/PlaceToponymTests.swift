import Foundation
import SitrepModel
import Testing
@testable import SitrepKnowledge

/// Toponyms inside other words and names: hyphenated compounds, countries named inside an actor's name.
@Suite struct PlaceToponymTests {
    @Test func namedPartOfAHyphenatedWordIsAPlace() {
        let d = Fixture.doc("The Denver-based company opened a warehouse for Omaha-area stores.", language: "en")
        #expect(Fixture.mention(d, "Denver-based")?.place?.country == "USA", "\(Fixture.dump(d))")
        #expect(Fixture.mention(d, "Omaha-area")?.place?.admin1 == "US.NE", "\(Fixture.dump(d))")
    }

    @Test func countryNamedInsideAnActorsNameIsAPlaceToo() {
        let d = Fixture.doc("A spokesman for the U.S. Department of Justice declined to comment on the indictment.", language: "en")
        let m = Fixture.mention(d, "U.S. Department of Justice")
        #expect(m?.actor?.code == "USAGOV", "\(Fixture.dump(d))")
        #expect(m?.place?.country == "USA" && m?.place?.precision == .country, "\(Fixture.dump(d))")
    }
}
