import Foundation
import SitrepLanguage
import SitrepModel
import Testing
@testable import SitrepKnowledge

/// The per-word flags of the place resolver's word lists (`PlaceWords`) say what looking each list up would.
@Suite struct PlaceWordsTests {
    static let lists: [(PlaceWords, Set<String>)] = [
        (.region, PlaceResolver.regionWords), (.city, PlaceResolver.cityWords), (.link, PlaceResolver.linkWords),
        (.locative, PlaceResolver.locatives), (.placePrefix, PlaceResolver.placePrefixes), (.town, PlaceResolver.townWords),
        (.direction, MentionRecognizer.directionWords), (.county, PlaceResolver.countyWords),
        (.towns, PlaceResolver.townWordsPlural),
    ]

    @Test func flagsAreListMembership() {
        let words = PlaceWordsTests.lists.reduce(into: Set<String>()) { $0.formUnion($1.1) }
            .union(["paris", "regional", "cities", "oblasti", "sud", "", "d", "saint-louis"])
        for w in words {
            let flags = PlaceWords(key: w)
            #expect(flags.contains(.word) == !w.isEmpty, "\(w)")
            for (bit, list) in PlaceWordsTests.lists { #expect(flags.contains(bit) == list.contains(w), "\(w) \(bit.rawValue)") }
        }
    }

    @Test func tokenFlagsAreThoseOfTheirKeys() {
        let kb = Fixture.kb
        let text = "In the city of Lviv, near the town of Harwinton, the villages of Foua and Kfraya, Adair County and "
            + "la région de Donetsk ; à Kharkiv, dans l'oblast voisine. North of St. Louis, Lake Charles."
        for _ in 0..<2 {  // the second pass reads every word from the shared cache
            var d = Document(origin: "test", published: CalendarDay(year: 2023, month: 2, day: 1), language: "en", text: text)
            LanguageAnalyzer().analyze(&d)
            let keys = TokenKeys(doc: d, knowledge: kb)
            for i in 0..<keys.count {
                #expect(keys.placeWords(i) == PlaceWords(key: keys.key(i)), "\(d.tokens[i].norm)")
                #expect(keys.isStopword(i) == kb.stopwords.contains(keys.key(i)), "\(d.tokens[i].norm)")
            }
            #expect((0..<keys.count).contains { keys.placeWords($0).contains(.region) })
            #expect((0..<keys.count).contains { keys.placeWords($0).contains(.towns) })
        }
    }
}
