import Foundation

/// Spatial coherence: the towns an article names usually lie near each other. "Edmonton" beside "Enfield" and
/// "Hertford" is the London district, not the Canadian city; "London" beside "St. Thomas" is the Ontario city.
extension PlaceResolver {
    /// Two towns this close (km) support each other's readings.
    static let nearKm = 40.0
    /// Score added to a reading per other name with a town that near, for at most `maxNearNames` names.
    static let nearBonus = 2.0
    static let maxNearNames = 2
    /// A name with more readings than this says nothing about where the article is ("Springfield", "Washington").
    static let maxSupportReadings = 12

    /// For each candidate, for each of its rows, the number (capped) of other names of the document with a town
    /// within `nearKm` of that row (for a division row: with a town inside it). Only towns support; common words read
    /// as villages ("Road", "Council") support nothing. Empty for names with one reading.
    func nearbySupport(_ candidates: [(RawMatch, [Int])], common: [Bool]) -> [[Int]] {
        // The towns of each distinct supporting name, as (lat, lon) in degrees.
        var towns: [String: [(Double, Double, UInt16)]] = [:]
        for (idx, (m, rows)) in candidates.enumerated() where !common[idx] && rows.count <= PlaceResolver.maxSupportReadings {
            guard towns[m.key] == nil else { continue }
            var at: [(Double, Double, UInt16)] = []
            for r in rows where entries.kind(r) == .city {
                if let p = coordinates(r) { at.append((p.0, p.1, entries.admin1Index[r])) }
            }
            if !at.isEmpty { towns[m.key] = at }
        }
        let names = Array(towns)
        var out: [[Int]] = []
        out.reserveCapacity(candidates.count)
        var memo: [String: [Int]] = [:]
        for (m, rows) in candidates {
            guard rows.count > 1, names.count > 1 else { out.append([]); continue }
            if let known = memo[m.key] { out.append(known); continue }
            let support = rows.map { r -> Int in
                var n = 0
                // A division is supported by the towns named inside it ("New York" the state beside "Albany"), so
                // that the towns' support for a city of the same name does not outweigh it.
                if entries.kind(r) == .admin1, entries.admin1Index[r] != 0xFFFF {
                    let a = entries.admin1Index[r]
                    for (key, points) in names where key != m.key && points.contains(where: { $0.2 == a }) {
                        n += 1
                        if n == PlaceResolver.maxNearNames { break }
                    }
                    return n
                }
                guard entries.kind(r) == .city, let (lat, lon) = coordinates(r) else { return 0 }
                for (key, points) in names where key != m.key {
                    if points.contains(where: { PlaceResolver.isNear(lat, lon, $0.0, $0.1) }) {
                        n += 1
                        if n == PlaceResolver.maxNearNames { break }
                    }
                }
                return n
            }
            memo[m.key] = support
            out.append(support)
        }
        return out
    }

    func coordinates(_ r: Int) -> (Double, Double)? {
        guard let lat = entries.coordinate(entries.lats[r]), let lon = entries.coordinate(entries.lons[r]) else { return nil }
        return (lat, lon)
    }

    /// Whether two points are within `nearKm` (equirectangular distance: exact enough at this scale).
    static func isNear(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Bool {
        let dLat = lat2 - lat1
        // 40 km is about 0.36 degrees of latitude: most pairs fail here.
        guard abs(dLat) < 0.4 else { return false }
        var dLon = abs(lon2 - lon1)
        if dLon > 180 { dLon = 360 - dLon }
        let x = dLon * cos((lat1 + lat2) * 0.5 * .pi / 180)
        let km = 111.2 * (dLat * dLat + x * x).squareRoot()
        return km < nearKm
    }
}
