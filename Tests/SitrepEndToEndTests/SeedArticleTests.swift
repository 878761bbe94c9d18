import Foundation
import Testing
import SitrepIngest
import SitrepModel
@testable import SitrepPipeline

/// The seed article, end to end: what a user expects to find in its events (issue 2's acceptance list),
/// asserted by meaning (actors, CAMEO root, place, date, modality), not by a frozen dump.
@Suite(.serialized) struct SeedArticleTests {
    static let shared: URL? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let dir = root.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: dir.path) ? dir : nil
    }()

    static let published = CalendarDay(year: 2023, month: 2, day: 1)

    static let document: Document? = {
        guard let shared else { return nil }
        let url = shared.appendingPathComponent("seeds/000_7b1f1785c4cd37aa.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8), let pipeline = try? Pipeline() else { return nil }
        let input = RawInput(origin: url.path, externalID: "seed", content: .scrapedText(text))
        return try? pipeline.process(input, options: PipelineOptions(published: published))
    }()

    func seed() -> Document? {
        guard Self.shared != nil else {
            print("skipped: ../shared not found")
            return nil
        }
        guard let doc = Self.document else {
            Issue.record("the seed could not be processed")
            return nil
        }
        return doc
    }

    func country(_ a: ActorRef?) -> String { a.map { String($0.code.prefix(3)) } ?? "" }

    func has(_ events: [Event], _ what: String, _ predicate: (Event) -> Bool) {
        let ok = events.contains(where: predicate)
        #expect(ok, "missing event: \(what)")
    }

    @Test func titleBodyAndLanguage() {
        guard let doc = seed() else { return }
        #expect(doc.title?.hasPrefix("La Russie subit un énorme revers commercial") == true)
        #expect(doc.language == "fr")
        #expect(!doc.text.contains("»"))
        #expect(!doc.text.contains("cookies"))
        #expect(!doc.text.contains("Related Articles"))
        #expect(!doc.text.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == "par" })
        #expect(!doc.text.contains("Alikhan Smailov, premier ministre du Kazakhstan\n"))
        #expect(doc.text.contains("Les forces russes essaient depuis des mois de prendre Bakhmut."))
    }

    @Test func diplomacyAndCriticism() {
        guard let doc = seed() else { return }
        let e = doc.events
        has(e, "Putin's visit to Armenia in November 2022") {
            $0.root == "04" && country($0.source) == "RUS" && country($0.target) == "ARM"
                && $0.date?.year == 2022 && $0.date?.month == 11
        }
        has(e, "Pashinyan criticising Putin / the CSTO") {
            $0.root == "11" && country($0.source) == "ARM" && ($0.target?.code.hasPrefix("RUS") == true || $0.target?.code.contains("CSTO") == true)
        }
    }

    @Test func armeniaAzerbaijanFighting() {
        guard let doc = seed() else { return }
        has(doc.events, "September 2022 Armenia–Azerbaijan fighting, 200+ dead, claimed by both sides") {
            $0.root == "19" && Set([country($0.source), country($0.target)]) == ["ARM", "AZE"]
                && $0.modality == .claimed && ($0.fatalities?.min ?? 0) >= 200
                && $0.date?.year == 2022 && $0.date?.month == 9
                && Set($0.speakers.map { country($0) }).isSuperset(of: ["ARM", "AZE"])
        }
    }

    @Test func luhanskBuildUpAndTroops() {
        guard let doc = seed() else { return }
        let e = doc.events
        has(e, "Russian build-up in the Luhansk region, reported Wednesday by local officials") {
            $0.root == "15" && country($0.source) == "RUS" && $0.modality == .claimed
                && $0.date == Self.published && ($0.place?.name.contains("Lu") == true || $0.place?.admin1 == "UA.14")
        }
        has(e, "troop transfers into the region, said Haidai") {
            $0.root == "15" && country($0.source) == "RUS" && $0.speakers.contains { $0.name?.contains("Haidai") == true }
        }
        has(e, "new troops deployed, said Kyrylenko") {
            $0.root == "15" && country($0.source) == "RUS" && $0.speakers.contains { $0.name?.contains("Kyrylenko") == true }
        }
    }

    @Test func coercionAndFighting() {
        guard let doc = seed() else { return }
        let e = doc.events
        has(e, "anti-corruption crackdown by Zelensky's government") { $0.root == "17" && $0.source?.code.hasPrefix("UKRGOV") == true }
        has(e, "Russian forces expelling residents") { $0.root == "17" && country($0.source) == "RUS" }
        has(e, "Russian push in Donetsk province toward Bakhmut (General Staff)") {
            $0.root == "19" && country($0.source) == "RUS" && ($0.place?.name.contains("Bakhmut") == true || $0.place?.name.contains("Donetsk") == true)
        }
        has(e, "shelling of Bakhmut") { $0.root == "19" && $0.place?.name.contains("Bakhmut") == true && $0.evidence.text.contains("bombardement") }
        has(e, "annexation of Donetsk in autumn 2022") {
            $0.root == "19" && country($0.source) == "RUS" && $0.datePrecision == .season && $0.date?.year == 2022
        }
        has(e, "months-long attempt to take Bakhmut") {
            $0.root == "19" && country($0.source) == "RUS" && $0.datePrecision == .range && $0.place?.name.contains("Bakhmut") == true
        }
    }

    @Test func predictionsAreNotFacts() {
        guard let doc = seed() else { return }
        // Events whose trigger is the expected offensive (the ISW forecast, the possible 24 February offensive);
        // the same sentences also mention the 2022 invasion, which did happen.
        let future = doc.events.filter { e in
            guard let t = e.evidence.trigger else { return false }
            let word = doc.text(t).lowercased()
            return (e.evidence.text.contains("imminente") || e.evidence.text.contains("pourrait"))
                && (word.contains("offensive") || word.contains("poussée"))
        }
        #expect(!future.isEmpty, "the ISW forecast and the possible 24 February offensive are coded")
        #expect(future.allSatisfy { $0.modality == .predicted || $0.modality == .hypothetical })
        #expect(doc.events.contains { $0.date == CalendarDay(year: 2023, month: 2, day: 24) && !$0.modality.happened })
    }

    @Test func noEventsFromChromeAndEvidenceIsTraceable() {
        guard let doc = seed() else { return }
        #expect(doc.events.count >= 12)
        for e in doc.events {
            #expect(String(doc.text(e.evidence.span)) == e.evidence.text)
            #expect(!e.evidence.text.contains("cookies"))
            #expect(e.article == doc.id)
        }
    }
}
