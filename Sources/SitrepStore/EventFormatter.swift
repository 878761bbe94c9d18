import Foundation
import SitrepModel

/// Output formats of `sitrep events`.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, json, jsonl, csv, gdelt, geojson
}

/// Renders event records as text in one of the output formats.
public struct EventFormatter: Sendable {
    public let format: OutputFormat

    public init(format: OutputFormat) {
        self.format = format
    }

    /// The whole output for these records (ends with a newline unless empty in a line format).
    public func render(_ records: [EventRecord]) -> String {
        switch format {
        case .table: return Self.table(records)
        case .json: return Self.jsonArray(records)
        case .jsonl: return records.map { Self.jsonLine($0) + "\n" }.joined()
        case .csv: return Self.csv(records)
        case .gdelt: return records.map { GDELTExport.row($0).joined(separator: "\t") + "\n" }.joined()
        case .geojson: return Self.geojson(records)
        }
    }

    /// One event as a single-line JSON object (the jsonl shape), keys sorted.
    public static func jsonLine(_ r: EventRecord) -> String {
        encode(EventJSON(r: r), pretty: false)
    }

    /// The event JSON object as a Foundation value (for embedding in other JSON, such as `sitrep code` output).
    public static func jsonObject(_ r: EventRecord) -> Any {
        (try? JSONSerialization.jsonObject(with: Data(jsonLine(r).utf8))) ?? [:]
    }

    static func encode<T: Encodable>(_ v: T, pretty: Bool) -> String {
        let enc = JSONEncoder()
        enc.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? enc.encode(v) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    static func jsonArray(_ records: [EventRecord]) -> String {
        encode(records.map { EventJSON(r: $0) }, pretty: true) + "\n"
    }

    // MARK: table

    /// Aligned columns for a terminal: date, source, code, target, place, modality, reports, evidence.
    static func table(_ records: [EventRecord]) -> String {
        let header = ["DATE", "SOURCE", "CODE", "TARGET", "PLACE", "MODALITY", "N", "EVIDENCE"]
        var rows = [header]
        for r in records {
            let e = r.event
            let date = e.date.map { d in e.datePrecision == .day || e.datePrecision == nil ? d.iso : "\(d.iso)~\(e.datePrecision!.rawValue)" } ?? "-"
            rows.append([date, actorLabel(e.source), e.code + " " + (CAMEO.shared.name(e.code) ?? ""),
                         actorLabel(e.target), e.place.map { p in p.country.map { "\(p.name), \($0)" } ?? p.name } ?? "-",
                         e.modality.rawValue, String(r.numMentions), clip(e.evidence.text, 70)])
        }
        let widths = (0..<header.count).map { i in min(i == 1 || i == 3 ? 32 : 44, rows.map { $0[i].count }.max() ?? 0) }
        var out = ""
        for row in rows {
            var cells: [String] = []
            for (i, cell) in row.enumerated() {
                let text = i == row.count - 1 ? cell : clip(cell, widths[i])
                cells.append(i == row.count - 1 ? text : text.padding(toLength: widths[i], withPad: " ", startingAt: 0))
            }
            out += cells.joined(separator: "  ") + "\n"
        }
        return out + "\(records.count) event\(records.count == 1 ? "" : "s")\n"
    }

    static func actorLabel(_ a: ActorRef?) -> String {
        guard let a else { return "-" }
        return a.name.map { "\(a.code) (\($0))" } ?? a.code
    }

    static func clip(_ s: String, _ n: Int) -> String {
        let flat = s.replacingOccurrences(of: "\n", with: " ")
        return flat.count <= n ? flat : String(flat.prefix(max(0, n - 1))) + "…"
    }

    // MARK: csv

    static let csvHeader = ["id", "date", "date_precision", "date_end", "source", "source_name", "target", "target_name",
                            "code", "root", "quad_class", "goldstein", "plover", "place", "place_country", "lat", "lon",
                            "geonameid", "place_precision", "modality", "speakers", "fatalities_min", "fatalities_max",
                            "confidence", "coder_version", "num_mentions", "num_sources", "num_articles", "article", "url", "evidence"]

    /// RFC 4180 CSV with a header row.
    static func csv(_ records: [EventRecord]) -> String {
        var out = csvHeader.joined(separator: ",") + "\r\n"
        for r in records {
            let e = r.event, p = e.place
            let fields: [String?] = [
                e.id, e.date?.iso, e.datePrecision?.rawValue, e.dateEnd?.iso, e.source?.code, e.source?.name,
                e.target?.code, e.target?.name, e.code, e.root, String(e.quadClass), e.goldstein.map { String($0) }, e.plover,
                p?.name, p?.country, p?.lat.map { String($0) }, p?.lon.map { String($0) }, p?.geonameid.map(String.init),
                p?.precision.rawValue, e.modality.rawValue, e.speakers.map { $0.name ?? $0.code }.joined(separator: "; "),
                e.fatalities?.min.map(String.init), e.fatalities?.max.map(String.init), String(e.confidence), e.coderVersion,
                String(r.numMentions), String(r.numSources), String(r.numArticles), e.article, r.url, e.evidence.text,
            ]
            out += fields.map { csvField($0 ?? "") }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    // MARK: geojson

    /// A FeatureCollection with one Point feature per event that has coordinates; properties are the jsonl object.
    static func geojson(_ records: [EventRecord]) -> String {
        struct Feature: Encodable {
            let r: EventRecord
            let lon: Double, lat: Double
            enum Keys: String, CodingKey { case type, geometry, properties }
            struct Geometry: Encodable { let type = "Point"; let coordinates: [Double] }
            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: Keys.self)
                try c.encode("Feature", forKey: .type)
                try c.encode(Geometry(coordinates: [lon, lat]), forKey: .geometry)
                try c.encode(EventJSON(r: r), forKey: .properties)
            }
        }
        struct Collection: Encodable { let type = "FeatureCollection"; let features: [Feature] }
        let features = records.compactMap { r -> Feature? in
            guard let lat = r.event.place?.lat, let lon = r.event.place?.lon else { return nil }
            return Feature(r: r, lon: lon, lat: lat)
        }
        return encode(Collection(features: features), pretty: false) + "\n"
    }
}
