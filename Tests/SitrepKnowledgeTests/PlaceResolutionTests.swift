import Foundation
import SitrepModel
import Testing
@testable import SitrepKnowledge

/// Resolution rules added for issue 5 (TR-News country rate), each on a text where it decides.
@Suite struct PlaceResolutionTests {
    /// A story from London, Ontario that names the city again and again and one town nearby.
    static let ontario = """
        London's homeless coalition met on Monday. Crystal meth use rose in London this year. \
        London police said the drug is everywhere in London. St. Thomas police confirmed one overdose in that city. \
        Middlesex-London EMS reminded its crews to wear masks.
        """

    @Test func aNameDoesNotVoteForItselfAndNearbyTownsVote() {
        // The English capital is the likelier London alone; beside St. Thomas (Ontario), the many mentions of London
        // no longer outvote the one town near the Ontario city.
        let d = Fixture.doc(PlaceResolutionTests.ontario, language: "en")
        let londons = d.mentions.filter { d.text($0.span) == "London" }
        #expect(londons.count >= 3, "\(Fixture.dump(d))")
        #expect(londons.allSatisfy { $0.place?.country == "CAN" }, "\(Fixture.dump(d))")
        let alone = Fixture.doc("Crystal meth use rose in London this year. London police said the drug is everywhere.", language: "en")
        #expect(Fixture.mention(alone, "London")?.place?.country == "GBR", "\(Fixture.dump(alone))")
    }

    @Test func compoundsOfTwoNamesNameBoth() {
        let d = Fixture.doc("Turkish-Russian relations improved after the Russia-Turkey summit.", language: "en")
        #expect(Fixture.mention(d, "Turkish")?.actor?.code == "TUR", "\(Fixture.dump(d))")
        #expect(Fixture.mention(d, "Russian")?.place?.country == "RUS", "\(Fixture.dump(d))")
        #expect(Fixture.mention(d, "Turkey")?.place?.country == "TUR", "\(Fixture.dump(d))")
        // the compound's other part reads as the document reads that name elsewhere, and its local part falls back
        // to the document's country as the final readings give it
        let o = Fixture.doc(PlaceResolutionTests.ontario, language: "en")
        let londons = o.mentions.filter { o.text($0.span) == "London" }
        #expect(londons.count >= 5 && londons.allSatisfy { $0.place?.country == "CAN" }, "\(Fixture.dump(o))")
        #expect(Fixture.mention(o, "Middlesex")?.place?.country == "CAN", "\(Fixture.dump(o))")
        // a word with a lowercase part is no compound of names
        let based = Fixture.doc("A Seattle-based firm opened an office.", language: "en")
        #expect(based.mentions.filter { $0.place != nil }.count == 1, "\(Fixture.dump(based))")
    }

    @Test func countryNameAfterCityOfIsATown() {
        let text = "The festival returns to Turkey on Thursday, according to the city of Turkey. Bands from Amarillo, Texas, "
            + "and Lubbock, Texas, will play. Tickets are sold in Dallas."
        let d = Fixture.doc(text, language: "en")
        let turkeys = d.mentions.filter { d.text($0.span) == "Turkey" }
        #expect(turkeys.count == 2 && turkeys.allSatisfy { $0.place?.country == "USA" && $0.actor == nil }, "\(Fixture.dump(d))")
        // "the capital of" is no town cue, and without a cue the country stays
        let capital = Fixture.doc(text.replacingOccurrences(of: "the city of Turkey", with: "the capital of Turkey"), language: "en")
        #expect(capital.mentions.filter { capital.text($0.span) == "Turkey" }.allSatisfy { $0.place?.country == "TUR" },
                "\(Fixture.dump(capital))")
    }

    @Test func institutionsNamedByTheirBuildingArePlaces() {
        let d = Fixture.doc("The attack was condemned by the White House on Monday.", language: "en")
        let m = Fixture.mention(d, "White House")
        #expect(m?.actor?.code == "USAGOV", "\(Fixture.dump(d))")
        #expect(m?.place?.geonameid == 4140704 && m?.place?.country == "USA", "\(Fixture.dump(d))")
    }

    @Test func regionsAndLandmarksOfTheKnowledgeBase() {
        let d = Fixture.doc("Oil prices rose across the Middle East and Scandinavia; flights at Heathrow were cut.", language: "en")
        #expect(Fixture.mention(d, "Middle East")?.place?.geonameid == 6269133, "\(Fixture.dump(d))")
        #expect(Fixture.mention(d, "Scandinavia")?.place?.geonameid == 2614165, "\(Fixture.dump(d))")
        #expect(Fixture.mention(d, "Heathrow")?.place?.country == "GBR", "\(Fixture.dump(d))")
    }

    @Test func countiesTheGazetteerLacksAreInTheDocumentsDivision() {
        let text = "LOUISVILLE, Ky. - A man was arrested after a shooting in Adair County. Police in Frankfort and "
            + "Lexington, Kentucky, took part."
        let d = Fixture.doc(text, language: "en")
        #expect(Fixture.mention(d, "Adair County")?.place?.admin1 == "US.KY", "\(Fixture.dump(d))")
        // without a document country, nothing is guessed
        let none = Fixture.doc("A man was arrested after a shooting in Adair County.", language: "en")
        #expect(Fixture.mention(none, "Adair County") == nil, "\(Fixture.dump(none))")
    }
}
