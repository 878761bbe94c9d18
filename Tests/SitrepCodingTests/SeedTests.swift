import Foundation
import Testing
import SitrepModel
@testable import SitrepCoding

/// The seed article through language, knowledge, time and the coder.
@Suite struct SeedTests {
    static func seedEvents() -> [Event]? {
        guard let shared = sharedDirectory() else { return nil }
        let url = shared.appendingPathComponent("seeds/000_7b1f1785c4cd37aa.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        let doc = Staged.shared.document(text: text, published: CalendarDay(year: 2023, month: 2, day: 1), language: "fr")
        return doc.events
    }

    /// The acceptance list of issue 2, by meaning: actors, root, place, date, modality.
    @Test func acceptance() {
        guard let events = SeedTests.seedEvents() else { print("skipped: ../shared not found"); return }
        func has(_ why: String, _ p: (Event) -> Bool) { let found = events.contains(where: p); #expect(found, "\(why)") }
        let nov2022 = CalendarDay(year: 2022, month: 11, day: 1), feb1 = CalendarDay(year: 2023, month: 2, day: 1)
        has("Putin's visit to Armenia, November 2022, Yerevan") {
            $0.source?.code.hasPrefix("RUS") == true && $0.target?.code == "ARM" && $0.code == "042" && $0.date == nov2022
                && $0.datePrecision == .month && $0.place?.name == "Yerevan"
        }
        has("Pashinyan confronts Putin") { $0.source?.code == "ARMGOV" && $0.target?.code.hasPrefix("RUS") == true && $0.root == "11" }
        has("criticism of the CSTO") { $0.source?.code == "ARMGOV" && $0.target?.code.hasPrefix("IGO") == true && $0.root == "11" }
        for (a, b) in [("ARM", "AZE"), ("AZE", "ARM")] {
            has("Armenia–Azerbaijan fighting \(a)→\(b), claimed by both, 200+ dead") {
                $0.source?.code == a && $0.target?.code == b && $0.root == "19" && $0.modality == .claimed
                    && Set($0.speakers.map(\.code)) == ["ARM", "AZE"] && $0.fatalities?.min == 200
                    && $0.date == CalendarDay(year: 2022, month: 9, day: 1)
            }
        }
        has("Russian build-up in Luhansk, reported Wednesday") {
            $0.source?.code.hasPrefix("RUS") == true && $0.root == "15" && $0.modality == .claimed && $0.date == feb1
                && $0.place?.name == "Luhansk"
        }
        has("Zelensky's government crackdown") { $0.source?.code == "UKRGOV" && $0.root == "17" }
        has("Russian forces expel residents") { $0.source?.code == "RUSMIL" && $0.code == "174" }
        has("troop transfers, Haidai") { $0.root == "15" && $0.speakers.contains { $0.code == "UKRGOV" } && $0.source?.code == "RUSMIL" }
        has("push in Donetsk (General Staff)") {
            $0.source?.code.hasPrefix("RUS") == true && $0.root == "19" && $0.place?.name == "Donetsk" && $0.speakers.contains { $0.code == "UKRMIL" }
        }
        has("shelling of Bakhmut") { $0.root == "19" && $0.place?.name == "Bakhmut" && $0.target?.code == "UKR" && $0.modality.happened }
        has("new troops deployed (Kyrylenko)") { $0.source?.code.hasPrefix("RUS") == true && $0.root == "15" && $0.speakers.contains { $0.name == "Pavlo Kyrylenko" || $0.code == "UKRGOV" } && $0.date == feb1 }
        has("annexation of Donetsk in autumn 2022") { $0.source?.code.hasPrefix("RUS") == true && $0.root == "19" && $0.datePrecision == .season }
        has("months-long attempt to take Bakhmut") { $0.source?.code.hasPrefix("RUS") == true && $0.root == "19" && $0.datePrecision == .range && $0.place?.name == "Bakhmut" }
        has("ISW forecast as a prediction") { $0.root == "19" && $0.modality == .predicted && $0.speakers.contains { $0.code.hasSuffix("EDU") || $0.code.hasPrefix("USA") } }
        has("possible offensive around 24 February") { $0.root == "19" && $0.modality == .hypothetical && $0.date == CalendarDay(year: 2023, month: 2, day: 24) }
        #expect(!events.contains { $0.evidence.text.contains("cookies") || $0.evidence.text.contains("Related Articles") })
    }
}
