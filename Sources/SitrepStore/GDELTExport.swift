import Foundation
import SitrepModel

/// GDELT 2.0 event-table rows: 61 tab-separated columns in GDELT's order.
///
/// Columns Sitrep cannot fill honestly stay empty: the actors' ethnic codes, AvgTone (Sitrep measures no tone),
/// ADM2 codes, and the Actor1Geo/Actor2Geo blocks (Sitrep locates the action, not each actor: their Geo_Type is 0).
/// GlobalEventID is numeric in GDELT: here it is the first 13 hex digits of the event id read as a number
/// (52 bits, exact in a double), stable across databases. Geo country codes are FIPS 10-4, as in GDELT;
/// FeatureID is the GeoNames id.
public enum GDELTExport {
    /// The 61 GDELT 2.0 column names, in order.
    public static let columns: [String] = {
        var c = ["GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"]
        for a in ["Actor1", "Actor2"] {
            c += ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
                  "Type1Code", "Type2Code", "Type3Code"].map { a + $0 }
        }
        c += ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
              "NumMentions", "NumSources", "NumArticles", "AvgTone"]
        for g in ["Actor1Geo_", "Actor2Geo_", "ActionGeo_"] {
            c += ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"].map { g + $0 }
        }
        return c + ["DATEADDED", "SOURCEURL"]
    }()

    /// One event as its 61 GDELT fields.
    public static func row(_ r: EventRecord) -> [String] {
        let e = r.event
        var f: [String] = [globalID(e.id)]
        if let d = e.date {
            f += [String(format: "%04d%02d%02d", d.year, d.month, d.day), String(format: "%04d%02d", d.year, d.month),
                  String(d.year), String(format: "%.4f", Double(d.year) + Double(d.month * 30 + d.day) / 365)]
        } else {
            f += ["", "", "", ""]
        }
        f += actorFields(e.source) + actorFields(e.target)
        f += [r.mentions.contains(where: \.lead) ? "1" : "0", e.code, String(e.code.prefix(3)), e.root,
              String(e.quadClass), e.goldstein.map { String(format: "%.1f", $0) } ?? "",
              String(r.numMentions), String(r.numSources), String(r.numArticles), ""]
        let noGeo = ["0", "", "", "", "", "", "", ""]
        f += noGeo + noGeo + geoFields(e.place)
        f += [r.firstSeen.map(dateAdded) ?? "", r.url ?? ""]
        return f.map { $0.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }
    }

    static func globalID(_ id: String) -> String {
        UInt64(id.prefix(13), radix: 16).map(String.init) ?? ""
    }

    static let groupPrefixes: Set<String> = ["IGO", "NGO", "MNC", "INT", "UIS", "IMG"]
    static let religions: Set<String> = ["CHR", "MOS", "JEW", "BUD", "HIN", "CTH", "ORT", "PRO", "SUN", "SHI", "JAN", "SIK", "TAO", "ZRO"]

    /// Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1, Religion2, Type1, Type2, Type3.
    static func actorFields(_ a: ActorRef?) -> [String] {
        guard let a else { return Array(repeating: "", count: 10) }
        var pieces: [String] = []
        var rest = Substring(a.code)
        while !rest.isEmpty { pieces.append(String(rest.prefix(3))); rest = rest.dropFirst(3) }
        var country = "", group = "", rel: [String] = [], types: [String] = []
        if let first = pieces.first, CountryCodes.isKnown(first) {
            country = first
            pieces.removeFirst()
        } else if let first = pieces.first, groupPrefixes.contains(first) {
            types.append(first)
            group = String(a.code.dropFirst(3))
            pieces = []
        }
        for p in pieces {
            if religions.contains(p) { rel.append(p) } else { types.append(p) }
        }
        func at(_ xs: [String], _ i: Int) -> String { i < xs.count ? xs[i] : "" }
        return [a.code, (a.name ?? "").uppercased(), country, group, "", at(rel, 0), at(rel, 1),
                at(types, 0), at(types, 1), at(types, 2)]
    }

    /// Type, FullName, CountryCode (FIPS), ADM1Code, ADM2Code, Lat, Long, FeatureID.
    static func geoFields(_ p: Place?) -> [String] {
        guard let p else { return ["0", "", "", "", "", "", "", ""] }
        let fips = CountryCodes.fips(p.country) ?? ""
        let us = p.country == "USA"
        let type: String
        switch p.precision {
        case .country: type = "1"
        case .admin1: type = us ? "2" : "5"
        case .city: type = us ? "3" : "4"
        }
        var adm1 = fips
        if p.precision != .country, let a = p.admin1, let dot = a.firstIndex(of: "."), !fips.isEmpty {
            adm1 = fips + a[a.index(after: dot)...]
        }
        return [type, p.name, fips, adm1, "", p.lat.map { String($0) } ?? "", p.lon.map { String($0) } ?? "",
                p.geonameid.map(String.init) ?? ""]
    }

    static func dateAdded(_ d: Date) -> String {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        let c = cal.dateComponents([.year, .month, .day, .hour, .minute, .second], from: d)
        return String(format: "%04d%02d%02d%02d%02d%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }
}
