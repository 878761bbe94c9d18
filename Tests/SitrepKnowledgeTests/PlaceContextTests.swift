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
}
