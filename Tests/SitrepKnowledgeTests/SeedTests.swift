import Foundation
import SitrepModel
import Testing
@testable import SitrepKnowledge

@Suite struct SeedTests {
    @Test func seedActorsAndPlaces() throws {
        guard let shared = Fixture.shared else { print("skipped: ../shared not found"); return }
        let text = try String(contentsOf: shared.appendingPathComponent("seeds/000_7b1f1785c4cd37aa.txt"), encoding: .utf8)
        let d = Fixture.doc(text)
        print(Fixture.dump(d))
        let codes = Set(d.mentions.compactMap { $0.actor?.code })
        #expect(codes.contains("RUSGOV"))
        #expect(codes.contains("ARMGOV"))
        #expect(codes.contains("IGOCSTO"))
        #expect(codes.contains("UKRMIL"))
        #expect(codes.contains("RUSMIL"))
        #expect(codes.contains("UKRGOV"))
        #expect(d.mentions.contains { $0.place?.geonameid == 616052 })  // Yerevan
        #expect(d.mentions.contains { $0.place?.admin1 == "UA.14" && $0.place?.precision == .admin1 })
        #expect(d.mentions.contains { $0.place?.name == "Bakhmut" })
        #expect(d.mentions.contains { $0.place?.name == "Donbas" })
        #expect(!d.mentions.contains { ["Home", "Il", "Les", "La", "Sur", "Related"].contains(String(d.text($0.span))) })
    }
}
