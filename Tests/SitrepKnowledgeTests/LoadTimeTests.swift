import Foundation
import Testing
@testable import SitrepKnowledge

@Suite struct LoadTimeTests {
    @Test func loadTime() throws {
        let t0 = Date()
        let kb = try KnowledgeBase.load()
        let dt = Date().timeIntervalSince(t0)
        print("knowledge load \(String(format: "%.3f", dt)) s, \(kb.entities.count) entities, \(kb.gazetteer.entries.count) places")
        #expect(kb.entities.count > 1000)
        #expect(kb.gazetteer.entries.count > 100_000)
        #expect(kb.version.count == 12)
        let kiev = kb.gazetteer.rows(forKey: "kyiv").map { kb.gazetteer.entries[$0] }
        #expect(kiev.contains { $0.geonameid == 703448 && $0.country == "UKR" && $0.isCapital && abs(($0.lat ?? 0) - 50.45466) < 0.001 })
        #expect(kb.gazetteer.entries[kb.gazetteer.countryRow["FRA"]!].kind == .country)
    }

    @Test func extraFilesChangeTheVersion() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kbv-\(UUID().uuidString).txt")
        try "person.v | person | name: V Test | code: FRAGOV | fr: V Test\n".write(to: url, atomically: true, encoding: .utf8)
        let kb = try KnowledgeBase.load(extraFiles: [url])
        #expect(kb.version.hasPrefix(Fixture.kb.version + "+"))
    }
}
