import Foundation
import SitrepModel
import Testing
@testable import SitrepCoding

/// A title whose holder's name follows between commas: the sentence's verb still takes the title as its subject.
@Suite struct AppositionTests {
    @Test func titleWithCommaApposedNameIsTheSubject() {
        let day = CalendarDay(year: 2024, month: 5, day: 15)
        let fr = Staged.shared.document(text: "Le président du Kazakhstan, Kassym-Jomart Tokaïev, s'est rendu lundi à Tachkent.",
                                        published: day, language: "fr")
        #expect(fr.events.contains { $0.source?.code == "KAZGOV" && $0.target?.code == "UZB" && $0.code == "042" }, "\(fr.events.map(\.code))")
        let en = Staged.shared.document(text: "The president of Kazakhstan, Kassym-Jomart Tokayev, visited Tashkent on Monday.",
                                        published: day, language: "en")
        #expect(en.events.contains { $0.source?.code == "KAZGOV" && $0.code == "042" }, "\(en.events.map(\.code))")
    }
}
