import Foundation
import SitrepLanguage
import SitrepModel
import Testing
@testable import SitrepKnowledge

/// Resolution rules added for issue 5 (TR-News country rate), each on a text where it decides, and resolution on given
/// spans (`MentionRecognizer.resolve(_:spans:)`, `PlaceEvaluator.evaluateGoldSpans`).
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
        // first in a sentence, the words are another entry's name of the same institution
        let first = Fixture.doc("The White House condemned the attack on Monday.", language: "en")
        #expect(first.mentions.first?.place?.geonameid == 4140704, "\(Fixture.dump(first))")
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

    @Test func townsTheGazetteerLacksAfterTownOf() {
        let text = "Rebels shelled the villages of Foua and Kfraya in Idlib. Buses left Aleppo, Homs and Damascus, Syria, "
            + "on Monday for Latakia."
        let d = Fixture.doc(text, language: "en")
        // ("villages of Foua" is one mention once the sector word joins it)
        func place(_ d: Document, _ name: String) -> Place? { d.mentions.first { d.text($0.span).hasSuffix(name) }?.place }
        #expect(place(d, "Foua")?.country == "SYR", "\(Fixture.dump(d))")
        #expect(place(d, "Kfraya")?.country == "SYR", "\(Fixture.dump(d))")
        // without a document country, nothing is guessed
        let none = Fixture.doc("Rebels shelled the villages of Foua and Kfraya.", language: "en")
        #expect(place(none, "Foua") == nil && place(none, "Kfraya") == nil, "\(Fixture.dump(none))")
    }

    // MARK: resolution on given spans

    static func resolve(_ text: String, _ surfaces: [String]) -> [Place?] {
        var d = Document(origin: "test", published: nil, language: "en", text: text)
        d.tokens = Tokenizer().tokenize(text)
        let spans = surfaces.map { s -> Span in
            let r = text.range(of: s)!
            let a = text.utf8.distance(from: text.utf8.startIndex, to: r.lowerBound)
            return Span(a, a + s.utf8.count)
        }
        return Fixture.recognizer.resolve(&d, spans: spans)
    }

    @Test func givenSpansAreResolvedWithTheDocumentAsContext() {
        // "Paris" alone is the French capital; the document's Texan towns (recognized, not given) make it Paris, Texas
        let texas = PlaceResolutionTests.resolve("Storms hit Paris on Monday. Roads in Dallas, Texas and Tyler, Texas were shut.", ["Paris"])
        #expect(texas[0]?.country == "USA" && texas[0]?.admin1 == "US.TX")
        let france = PlaceResolutionTests.resolve("Storms hit Paris on Monday.", ["Paris"])
        #expect(france[0]?.country == "FRA")
    }

    @Test func givenSpansTheRecognizerMissesAreResolvedFromTheirWords() {
        // part of a hyphenated word, a division abbreviation, a name with a county word, a word after another
        // capitalized word (which the recognizer reads as the end of a person's name), a name after a direction word
        let text = "A Seattle-based firm in Columbia, Ky. said Metcalfe County roads closed, officials told Gregory Jackson."
        let got = PlaceResolutionTests.resolve(text, ["Seattle", "Ky.", "Metcalfe County", "Jackson"])
        #expect(got.count == 4)
        // a direction word before a name is not the division it names alone (North, Cameroon)
        let north = PlaceResolutionTests.resolve("Schools in North London shut on Monday.", ["North London"])
        #expect(north[0]?.name == "London" && north[0]?.country == "GBR")
        #expect(got[0]?.name == "Seattle")
        #expect(got[1]?.admin1 == "US.KY" && got[1]?.precision == .admin1)
        #expect(got[2]?.country == "USA")
        #expect(got[3] != nil)
        // a span whose words name nothing has no place
        let none = PlaceResolutionTests.resolve("They met at Zzyzxq Qwvx Hall.", ["Zzyzxq Qwvx"])
        #expect(none == [nil])
    }

    @Test func goldSpanScores() {
        let text = "Storms hit Paris on Monday. Flights to Zzyzxq were cut."
        func toponym(_ s: String, _ gid: Int, _ country: Int, _ lat: Double, _ lon: Double) -> GoldToponym {
            let start = text.distance(from: text.startIndex, to: text.range(of: s)!.lowerBound)
            return GoldToponym(start: start, end: start + s.count, phrase: s, geonameid: gid, lat: lat, lon: lon, countryGeonameid: country)
        }
        let article = GoldArticle(id: "a", text: text, date: nil, toponyms: [
            toponym("Paris", 2988507, 3017382, 48.85341, 2.3488), toponym("Zzyzxq", 1, 6252001, 0, 0)])
        let s = PlaceEvaluator(recognizer: Fixture.recognizer).evaluateGoldSpans([article])
        #expect(s.resolvable == 2 && s.recognizedResolvable == 1)
        #expect(s.exact == 1 && s.within161km == 1 && s.countryCorrect == 1)
        #expect(s.misses.count == 1 && s.misses[0].hasPrefix("NONE\tZzyzxq"))
        #expect(s.goldSpanReport.contains("exact-place accuracy 0.500"))
    }
}
