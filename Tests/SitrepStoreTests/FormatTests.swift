import Foundation
import SitrepModel
import Testing
@testable import SitrepStore

@Suite struct FormatTests {
    let records: [EventRecord]

    init() throws {
        let store = try temporaryStore()
        _ = try store.save([frenchArticle(), englishArticle()])
        records = try store.events(EventFilter())
    }

    func object(_ line: Substring) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    @Test func jsonlHasEveryRequiredField() throws {
        let out = EventFormatter(format: .jsonl).render(records)
        let lines = out.split(separator: "\n")
        #expect(lines.count == 3)
        let required = ["id", "source", "target", "actors", "code", "root", "quad_class", "goldstein", "plover", "place", "date",
                        "date_precision", "date_end", "modality", "speakers", "fatalities", "evidence", "article", "confidence",
                        "coder_version", "num_mentions", "num_sources", "num_articles", "mentions"]
        for line in lines {
            let o = try object(line)
            for key in required { #expect(o.keys.contains(key), "missing \(key)") }
        }
        let shelling = try object(lines[1])
        #expect(shelling["source"] as? String == "RUSMIL" && shelling["target"] as? String == "UKR")
        #expect(shelling["root"] as? String == "19" && shelling["quad_class"] as? Int == 4 && shelling["date"] as? String == "2023-02-01")
        let place = try #require(shelling["place"] as? [String: Any])
        #expect(place["country"] as? String == "UKR" && place["geonameid"] as? Int == 712451 && place["precision"] as? String == "city")
        #expect((shelling["fatalities"] as? [String: Any])?["min"] as? Int == 3)
        #expect(shelling["num_mentions"] as? Int == 2)
        let mentions = try #require(shelling["mentions"] as? [[String: Any]])
        #expect(mentions.count == 2 && mentions[1]["modality"] as? String == "claimed")
        let evidence = try #require(shelling["evidence"] as? [String: Any])
        #expect(evidence["text"] as? String == "Les forces russes ont bombardé Bakhmut mercredi." && evidence["start"] as? Int == 0)
        let visit = try object(lines[2])
        let actors = try #require(visit["actors"] as? [String: Any])
        #expect((actors["source"] as? [String: Any])?["name"] as? String == "Vladimir Putin")
        // Keys are sorted, so output is stable.
        let line = String(lines[0])
        let keys = ["actors", "coder_version", "date_precision", "mentions", "num_articles", "quad_class"]
        let positions = keys.map { line.range(of: "\"\($0)\":")!.lowerBound }
        #expect(positions == positions.sorted())
    }

    @Test func eventCodedWithoutDatabaseHasTheSameShape() throws {
        let e = englishArticle().events[0]
        let line = EventFormatter.jsonLine(EventRecord(event: e, site: "bbc.co.uk"))
        let o = try object(Substring(line))
        let stored = try object(EventFormatter(format: .jsonl).render(records).split(separator: "\n")[0])
        #expect(Set(o.keys) == Set(stored.keys))
        #expect(o["num_mentions"] as? Int == 1 && o["modality"] as? String == "claimed")
    }

    @Test func jsonIsAnArray() throws {
        let out = EventFormatter(format: .json).render(records)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [[String: Any]])
        #expect(array.count == 3)
    }

    @Test func tableIsAligned() {
        let out = EventFormatter(format: .table).render(records)
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        #expect(lines[0].hasPrefix("DATE"))
        let codeColumn = lines[0].range(of: "CODE")!.lowerBound
        let offset = lines[0].distance(from: lines[0].startIndex, to: codeColumn)
        for row in lines[1...3] {
            let idx = row.index(row.startIndex, offsetBy: offset)
            #expect(row[idx...].first?.isNumber == true, "code column misaligned in \(row)")
        }
        #expect(lines[4] == "3 events")
    }

    @Test func csvQuotesAndHasHeader() throws {
        let out = EventFormatter(format: .csv).render(records)
        let lines = out.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 4)
        #expect(lines[0].split(separator: ",").count == EventFormatter.csvHeader.count)
        #expect(lines[3].contains(",\"Vladimir Poutine s’est rendu à Erevan pour le sommet de l’OTSC, dont l’Azerbaïdjan est membre.\""))
        #expect(EventFormatter.csvField("a, \"b\"") == "\"a, \"\"b\"\"\"")
    }

    @Test func gdeltHasSixtyOneColumnsAndFIPSCodes() throws {
        #expect(GDELTExport.columns.count == 61)
        let out = EventFormatter(format: .gdelt).render(records)
        let rows = out.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        #expect(rows.count == 3)
        for r in rows { #expect(r.count == 61) }
        let col = Dictionary(uniqueKeysWithValues: GDELTExport.columns.enumerated().map { ($1, $0) })
        let shelling = rows[1]
        #expect(shelling[col["Day"]!] == "20230201" && shelling[col["MonthYear"]!] == "202302" && shelling[col["Year"]!] == "2023")
        #expect(shelling[col["Actor1Code"]!] == "RUSMIL" && shelling[col["Actor1CountryCode"]!] == "RUS" && shelling[col["Actor1Type1Code"]!] == "MIL")
        #expect(shelling[col["EventCode"]!] == "195" && shelling[col["EventRootCode"]!] == "19" && shelling[col["QuadClass"]!] == "4")
        #expect(shelling[col["NumMentions"]!] == "2" && shelling[col["NumSources"]!] == "2" && shelling[col["AvgTone"]!] == "")
        #expect(shelling[col["ActionGeo_CountryCode"]!] == "UP")  // FIPS for Ukraine, not ISO "UA"
        #expect(shelling[col["ActionGeo_ADM1Code"]!] == "UP05")
        #expect(shelling[col["ActionGeo_Type"]!] == "4" && shelling[col["ActionGeo_FeatureID"]!] == "712451")
        #expect(shelling[col["IsRootEvent"]!] == "1")
        #expect(shelling[col["DATEADDED"]!].count == 14 && shelling[col["SOURCEURL"]!] == "https://www.lemonde.fr/article")
        #expect(UInt64(shelling[col["GlobalEventID"]!]) != nil)
        #expect(rows[2][col["ActionGeo_CountryCode"]!] == "AM")  // Armenia: FIPS AM
        #expect(rows[0][col["ActionGeo_Type"]!] == "0")  // the prediction has no place
        #expect(CountryCodes.fips("RUS") == "RS" && CountryCodes.fips("KAZ") == "KZ" && CountryCodes.fips("ALA") == nil)
    }

    @Test func geojsonHasOnePointPerLocatedEvent() throws {
        let out = EventFormatter(format: .geojson).render(records)
        let o = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        #expect(o["type"] as? String == "FeatureCollection")
        let features = try #require(o["features"] as? [[String: Any]])
        #expect(features.count == 2)
        let geometry = try #require(features[0]["geometry"] as? [String: Any])
        #expect(geometry["type"] as? String == "Point")
        #expect((geometry["coordinates"] as? [Double]) == [38.0003, 48.5956])
        #expect((features[0]["properties"] as? [String: Any])?["code"] as? String == "195")
    }
}
