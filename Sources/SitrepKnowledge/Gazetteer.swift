import Foundation
import SitrepModel

/// One gazetteer entry (a GeoNames country, first-level division or populated place).
public struct GazetteerEntry: Sendable, Hashable {
    public var kind: PlacePrecision
    public var geonameid: Int
    public var name: String
    public var lat: Double?
    public var lon: Double?
    /// ISO 3166-1 alpha-3.
    public var country: String
    /// GeoNames first-level division code ("UA.14"), for divisions and places.
    public var admin1: String?
    public var population: Int
    public var isCapital: Bool

    /// The entry as a model `Place`.
    public var place: Place {
        Place(name: name, country: country.isEmpty ? nil : country, admin1: admin1, lat: lat, lon: lon,
              geonameid: geonameid, precision: kind)
    }
}

/// The world gazetteer: entries plus a sorted name index searched by binary search over UTF-8 bytes.
public final class Gazetteer: Sendable {
    public let entries: [GazetteerEntry]
    /// Decompressed "key\trow,row\n" lines sorted by key bytes.
    private let blob: [UInt8]
    private let lineStarts: [Int32]
    /// Hash of each word found in any key → longest name (in words) starting with it (0 if never first).
    let words: [UInt64: UInt8]
    /// Row of each country by alpha-3, and of each admin1 by its code.
    public let countryRow: [String: Int]
    public let admin1Row: [String: Int]

    init(places: [UInt8], names: [UInt8]) throws {
        entries = try Gazetteer.parseEntries(places)
        blob = names
        var starts: [Int32] = []
        starts.reserveCapacity(600_000)
        var words: [UInt64: UInt8] = [:]
        words.reserveCapacity(400_000)
        names.withUnsafeBufferPointer { p in
            var i = 0
            let n = p.count
            while i < n {
                starts.append(Int32(i))
                var wordStart = i
                var count: UInt8 = 0
                var firstHash: UInt64 = 0
                while i < n, p[i] != 0x09 {
                    if p[i] == 0x20 {
                        let h = MatchKey.hash(UnsafeBufferPointer(rebasing: p[wordStart..<i]))
                        count += 1
                        if count == 1 { firstHash = h } else if words[h] == nil { words[h] = 0 }
                        wordStart = i + 1
                    }
                    i += 1
                }
                let h = MatchKey.hash(UnsafeBufferPointer(rebasing: p[wordStart..<i]))
                count += 1
                if count == 1 { firstHash = h } else if words[h] == nil { words[h] = 0 }
                if let old = words[firstHash] { if old < count { words[firstHash] = count } } else { words[firstHash] = count }
                while i < n, p[i] != 0x0A { i += 1 }
                i += 1
            }
        }
        lineStarts = starts
        self.words = words
        var cr: [String: Int] = [:], ar: [String: Int] = [:]
        for (i, e) in entries.enumerated() {
            if e.kind == .country { cr[e.country] = i } else if e.kind == .admin1, let a = e.admin1 { ar[a] = i }
        }
        countryRow = cr
        admin1Row = ar
    }

    /// Rows whose name folds to `key` (words joined by single spaces).
    public func rows(forKey key: String) -> [Int] {
        var k = key
        return k.withUTF8 { kb -> [Int] in
            blob.withUnsafeBufferPointer { p in
                var lo = 0, hi = lineStarts.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if compare(p, Int(lineStarts[mid]), kb) < 0 { lo = mid + 1 } else { hi = mid }
                }
                guard lo < lineStarts.count, compare(p, Int(lineStarts[lo]), kb) == 0 else { return [] }
                var i = Int(lineStarts[lo]) + kb.count + 1
                var rows: [Int] = []
                var v = 0
                while i < p.count, p[i] != 0x0A {
                    if p[i] == 0x2C { rows.append(v); v = 0 } else { v = v * 10 + Int(p[i] &- 0x30) }
                    i += 1
                }
                rows.append(v)
                return rows
            }
        }
    }

    /// Compares the key of the line at `start` (up to its tab) with `key`.
    private func compare(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ key: UnsafeBufferPointer<UInt8>) -> Int {
        var i = start, j = 0
        while true {
            let a: Int = p[i] == 0x09 ? -1 : Int(p[i])
            let b: Int = j < key.count ? Int(key[j]) : -1
            if a != b { return a < b ? -1 : 1 }
            if a == -1 { return 0 }
            i += 1; j += 1
        }
    }

    /// Longest name (in words) that starts with this word, nil when no name contains it, 0 when only later words do.
    @inline(__always)
    func wordInfo(_ hash: UInt64) -> UInt8? { words[hash] }

    static func parseEntries(_ bytes: [UInt8]) throws -> [GazetteerEntry] {
        var out: [GazetteerEntry] = []
        out.reserveCapacity(180_000)
        var fields: [Substring] = []
        let text = String(decoding: bytes, as: UTF8.self)
        for line in text.split(separator: "\n") {
            fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 9, let gid = Int(fields[1]) else {
                throw KnowledgeError.malformed(file: "places.tsv.gz", line: out.count + 1, reason: "expected 9 fields")
            }
            let kind: PlacePrecision = fields[0] == "C" ? .country : fields[0] == "A" ? .admin1 : .city
            out.append(GazetteerEntry(kind: kind, geonameid: gid, name: String(fields[2]), lat: Double(fields[3]),
                                      lon: Double(fields[4]), country: String(fields[5]),
                                      admin1: fields[6].isEmpty ? nil : String(fields[6]),
                                      population: Int(fields[7]) ?? 0, isCapital: fields[8] == "cap"))
        }
        return out
    }
}
