import Foundation
import SitrepModel

/// A pair of actor code prefixes, matched in both directions.
public struct Dyad: Hashable, Sendable {
    public var a: String
    public var b: String
    public init(_ a: String, _ b: String) {
        self.a = a
        self.b = b
    }
}

/// A geographic box in degrees: west, south, east, north (GeoJSON order).
public struct BoundingBox: Hashable, Sendable {
    public var minLon: Double
    public var minLat: Double
    public var maxLon: Double
    public var maxLat: Double
    public init(minLon: Double, minLat: Double, maxLon: Double, maxLat: Double) {
        self.minLon = minLon
        self.minLat = minLat
        self.maxLon = maxLon
        self.maxLat = maxLat
    }
}

/// Which events a query returns. Every field is optional; set fields are combined with AND.
public struct EventFilter: Hashable, Sendable {
    /// Actor on either side: an uppercase CAMEO code prefix ("RUS", "UKRMIL") or a name fragment ("Putin").
    public var actor: String?
    /// ISO alpha-3 country on either side or as the event's place.
    public var country: String?
    /// Events between two actors (code prefixes), in either direction.
    public var dyad: Dyad?
    /// CAMEO code or root prefix ("19", "190", "0233").
    public var code: String?
    /// GDELT quad class 1…4.
    public var quadClass: Int?
    /// The event's modality (its strongest mention).
    public var modality: Modality?
    /// Only events that happened (asserted or claimed) when true; only the others when false.
    public var happened: Bool?
    /// Place name prefix, case-insensitive ("Bakhmut", "Donetsk").
    public var place: String?
    /// Events whose coordinates fall in the box.
    public var bbox: BoundingBox?
    /// First day (inclusive): events whose date range ends on or after it.
    public var since: CalendarDay?
    /// Last day (inclusive): events whose date range starts on or before it.
    public var until: CalendarDay?
    /// ISO 639-1 language of a reporting article.
    public var language: String?
    /// Site (host name) of a reporting article.
    public var site: String?
    /// Full-text query over reporting articles' titles and texts (SQLite FTS5 syntax; plain words are ANDed).
    public var text: String?
    /// Events reported by this article id.
    public var article: String?
    /// At most this many events, newest first.
    public var limit: Int?

    public init(actor: String? = nil, country: String? = nil, dyad: Dyad? = nil, code: String? = nil,
                quadClass: Int? = nil, modality: Modality? = nil, happened: Bool? = nil, place: String? = nil,
                bbox: BoundingBox? = nil, since: CalendarDay? = nil, until: CalendarDay? = nil,
                language: String? = nil, site: String? = nil, text: String? = nil, article: String? = nil,
                limit: Int? = nil) {
        self.actor = actor
        self.country = country
        self.dyad = dyad
        self.code = code
        self.quadClass = quadClass
        self.modality = modality
        self.happened = happened
        self.place = place
        self.bbox = bbox
        self.since = since
        self.until = until
        self.language = language
        self.site = site
        self.text = text
        self.article = article
        self.limit = limit
    }

    /// A filter from command-line strings, each validated, validating each (throws `StoreError.invalidFilter`).
    /// `dyad` is "A,B"; `bbox` is "west,south,east,north"; `quadClass` is 1…4 or a name ("material-conflict").
    public static func parsing(actor: String? = nil, country: String? = nil, dyad: String? = nil, code: String? = nil,
                               quadClass: String? = nil, modality: String? = nil, place: String? = nil, bbox: String? = nil,
                               since: String? = nil, until: String? = nil, language: String? = nil, site: String? = nil,
                               text: String? = nil, limit: Int? = nil) throws -> EventFilter {
        var f = EventFilter(actor: trimmed(actor), country: trimmed(country)?.uppercased(),
                            code: trimmed(code), place: trimmed(place), language: trimmed(language)?.lowercased(),
                            site: trimmed(site), text: trimmed(text), limit: limit)
        if let dyad { f.dyad = try parseDyad(dyad) }
        if let quadClass { f.quadClass = try parseQuadClass(quadClass) }
        if let modality {
            guard let m = Modality(rawValue: modality.lowercased()) else {
                throw StoreError.invalidFilter(field: "modality", value: modality, reason: "unknown modality",
                                               accepted: Modality.allCases.map(\.rawValue).joined(separator: ", "))
            }
            f.modality = m
        }
        if let bbox { f.bbox = try parseBBox(bbox) }
        if let since { f.since = try parseDay(since, field: "since") }
        if let until { f.until = try parseDay(until, field: "until") }
        try f.validate()
        return f
    }

    /// Checks every set field; throws `StoreError.invalidFilter` naming the first bad one.
    public func validate() throws {
        if let actor, actor.isEmpty { throw StoreError.invalidFilter(field: "actor", value: actor, reason: "empty", accepted: "a CAMEO code prefix such as RUS or UKRMIL, or a name such as Putin") }
        if let country { try Self.checkCountry(country, field: "country") }
        if let dyad {
            for side in [dyad.a, dyad.b] where !Self.isActorCode(side) {
                throw StoreError.invalidFilter(field: "dyad", value: "\(dyad.a),\(dyad.b)", reason: "'\(side)' is not an actor code",
                                               accepted: "two uppercase CAMEO actor codes separated by a comma, such as KAZ,RUS")
            }
        }
        if let code { try Self.checkCode(code) }
        if let quadClass, !(1...4).contains(quadClass) {
            throw StoreError.invalidFilter(field: "quad-class", value: String(quadClass), reason: "no such quad class", accepted: Self.quadAccepted)
        }
        if let bbox { try Self.checkBBox(bbox) }
        if let since, let until, since > until {
            throw StoreError.invalidFilter(field: "since", value: since.iso, reason: "impossible date range: since is after until (\(until.iso))",
                                           accepted: "since on or before until")
        }
        if let language, !(language.count == 2 && language.allSatisfy({ $0.isASCII && $0.isLetter })) {
            throw StoreError.invalidFilter(field: "language", value: language, reason: "not a language code", accepted: "an ISO 639-1 code such as fr or en")
        }
        if let text, text.isEmpty { throw StoreError.invalidFilter(field: "text", value: text, reason: "empty query", accepted: "words to search for") }
        if let limit, limit < 1 { throw StoreError.invalidFilter(field: "limit", value: String(limit), reason: "not positive", accepted: "a whole number of at least 1") }
    }

    /// Whether the text is an uppercase CAMEO actor code (letters and digits, at least three).
    public static func isActorCode(_ s: String) -> Bool {
        s.utf8.count >= 3 && s.utf8.allSatisfy { ($0 >= 65 && $0 <= 90) || ($0 >= 48 && $0 <= 57) }
    }

    static let quadNames = ["verbal-cooperation": 1, "material-cooperation": 2, "verbal-conflict": 3, "material-conflict": 4]
    static let quadAccepted = "1 (verbal cooperation), 2 (material cooperation), 3 (verbal conflict) or 4 (material conflict)"

    private static func trimmed(_ s: String?) -> String? {
        s.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    private static func parseDyad(_ s: String) throws -> Dyad {
        let parts = s.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "-" }).map { String($0).uppercased() }
        guard parts.count == 2 else {
            throw StoreError.invalidFilter(field: "dyad", value: s, reason: "needs exactly two actors",
                                           accepted: "two CAMEO actor codes separated by a comma, such as KAZ,RUS")
        }
        return Dyad(parts[0], parts[1])
    }

    private static func parseQuadClass(_ s: String) throws -> Int {
        let t = s.lowercased().replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: "_", with: "-")
        if let n = Int(t), (1...4).contains(n) { return n }
        if let n = quadNames[t] { return n }
        throw StoreError.invalidFilter(field: "quad-class", value: s, reason: "unknown quad class", accepted: quadAccepted)
    }

    private static func parseDay(_ s: String, field: String) throws -> CalendarDay {
        guard let d = CalendarDay(parsing: s) else {
            throw StoreError.invalidFilter(field: field, value: s, reason: "not a valid date",
                                           accepted: "YYYY-MM-DD, YYYYMMDD, YYYY-MM or YYYY")
        }
        return d
    }

    private static func parseBBox(_ s: String) throws -> BoundingBox {
        let parts = s.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 4, let w = parts[0], let so = parts[1], let e = parts[2], let n = parts[3] else {
            throw StoreError.invalidFilter(field: "bbox", value: s, reason: "needs four numbers", accepted: bboxAccepted)
        }
        return BoundingBox(minLon: w, minLat: so, maxLon: e, maxLat: n)
    }

    static let bboxAccepted = "west,south,east,north in degrees, such as 36.5,47,40.5,49.5"

    private static func checkBBox(_ b: BoundingBox) throws {
        let value = "\(b.minLon),\(b.minLat),\(b.maxLon),\(b.maxLat)"
        guard (-180...180).contains(b.minLon), (-180...180).contains(b.maxLon),
              (-90...90).contains(b.minLat), (-90...90).contains(b.maxLat) else {
            throw StoreError.invalidFilter(field: "bbox", value: value, reason: "coordinates out of range", accepted: bboxAccepted)
        }
        guard b.minLat <= b.maxLat, b.minLon <= b.maxLon else {
            throw StoreError.invalidFilter(field: "bbox", value: value, reason: "south above north or west east of east", accepted: bboxAccepted)
        }
    }

    static func checkCountry(_ c: String, field: String) throws {
        guard c.utf8.count == 3, CountryCodes.isKnown(c) else {
            throw StoreError.invalidFilter(field: field, value: c, reason: "unknown country",
                                           accepted: "an ISO 3166-1 alpha-3 code such as UKR, RUS or FRA")
        }
    }

    private static func checkCode(_ c: String) throws {
        let accepted = "a CAMEO code or root of 2 to 4 digits, root 01 to 20, such as 19, 190 or 0233"
        guard (2...4).contains(c.utf8.count), c.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
            throw StoreError.invalidFilter(field: "code", value: c, reason: "not a CAMEO code", accepted: accepted)
        }
        guard let root = Int(c.prefix(2)), (1...20).contains(root) else {
            throw StoreError.invalidFilter(field: "code", value: c, reason: "no CAMEO root \(c.prefix(2))", accepted: accepted)
        }
        let table = CAMEO.shared.entries
        if !table.isEmpty, !table.keys.contains(where: { $0.hasPrefix(c) }) {
            throw StoreError.invalidFilter(field: "code", value: c, reason: "no such CAMEO code", accepted: accepted)
        }
    }
}
