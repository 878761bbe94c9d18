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

/// The gazetteer's rows as compact column arrays; subscripting builds a `GazetteerEntry`.
public final class GazetteerEntries: RandomAccessCollection, Sendable {
    let kinds: [UInt8]
    let capitals: [UInt8]
    let geonameids: [Int32]
    let lats: [Int32]
    let lons: [Int32]
    let populations: [UInt32]
    let countryIndex: [UInt16]
    let admin1Index: [UInt16]
    let nameOffsets: [UInt32]
    let names: [UInt8]
    let countryCodes: [String]
    let admin1Codes: [String]
    /// The indexes of each division code in `admin1Codes`, and of each country code in `countryCodes`.
    let admin1Indexes: [String: [Int]]
    let countryIndexes: [String: Int]

    init(kinds: [UInt8], capitals: [UInt8], geonameids: [Int32], lats: [Int32], lons: [Int32], populations: [UInt32],
         countryIndex: [UInt16], admin1Index: [UInt16], nameOffsets: [UInt32], names: [UInt8], countryCodes: [String],
         admin1Codes: [String]) {
        self.kinds = kinds; self.capitals = capitals; self.geonameids = geonameids; self.lats = lats; self.lons = lons
        self.populations = populations; self.countryIndex = countryIndex; self.admin1Index = admin1Index
        self.nameOffsets = nameOffsets; self.names = names; self.countryCodes = countryCodes; self.admin1Codes = admin1Codes
        var idx: [String: [Int]] = [:]
        for (i, c) in admin1Codes.enumerated() { idx[c, default: []].append(i) }
        admin1Indexes = idx
        var ci: [String: Int] = [:]
        for (i, c) in countryCodes.enumerated() where ci[c] == nil { ci[c] = i }
        countryIndexes = ci
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { kinds.count }

    public subscript(i: Int) -> GazetteerEntry {
        GazetteerEntry(kind: kind(i), geonameid: Int(geonameids[i]), name: name(i), lat: coordinate(lats[i]),
                       lon: coordinate(lons[i]), country: countryCodes[Int(countryIndex[i])], admin1: admin1(i),
                       population: Int(populations[i]), isCapital: capitals[i] != 0)
    }

    /// Kind of row `i` without building the entry.
    @inline(__always) public func kind(_ i: Int) -> PlacePrecision {
        switch kinds[i] { case 0x43: return .country; case 0x41: return .admin1; default: return .city }
    }

    public func name(_ i: Int) -> String {
        names.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[Int(nameOffsets[i])..<Int(nameOffsets[i + 1])]), as: UTF8.self)
        }
    }

    /// Whether row `i`'s name, when pure ASCII, folds to `key` (letters lowercased, spaces kept), compared on the
    /// stored bytes; nil when the name is not ASCII or has other characters the fold would change.
    func asciiNameMatches(_ i: Int, _ key: String) -> Bool? {
        var key = key
        return key.withUTF8 { k -> Bool? in
            names.withUnsafeBufferPointer { p -> Bool? in
                let a = Int(nameOffsets[i]), b = Int(nameOffsets[i + 1])
                for j in a..<b {
                    let c = p[j]
                    let plain = (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == 0x20
                    guard plain else { return nil }
                }
                guard b - a == k.count else { return false }
                for j in 0..<k.count {
                    var c = p[a + j]
                    if c >= 0x41 && c <= 0x5A { c += 0x20 }
                    if c != k[j] { return false }
                }
                return true
            }
        }
    }

    public func admin1(_ i: Int) -> String? { admin1Index[i] == 0xFFFF ? nil : admin1Codes[Int(admin1Index[i])] }
    public func country(_ i: Int) -> String { countryCodes[Int(countryIndex[i])] }
    public func population(_ i: Int) -> Int { Int(populations[i]) }
    /// Whether row `i` is a capital.
    public func isCapital(_ i: Int) -> Bool { capitals[i] != 0 }

    func coordinate(_ v: Int32) -> Double? { v == Int32.min ? nil : Double(v) / 1e5 }
}

/// The world gazetteer: rows plus a sorted name index searched by binary search over UTF-8 bytes.
public final class Gazetteer: Sendable {
    public let entries: GazetteerEntries
    /// "key\trow,row\n" lines sorted by key bytes.
    private let blob: [UInt8]
    private let lineStarts: [Int32]
    /// Sorted low 32 bits of the hash of every word in a name, the lengths of the names starting with it
    /// (`NameLengths`; 0 if never first), and the first slot of each top-16-bit bucket.
    private let wordHashes: [UInt32]
    private let wordLengths: [UInt8]
    private let wordBuckets: [UInt32]
    /// Row of each country by alpha-3, and of each admin1 by its code.
    public let countryRow: [String: Int]
    public let admin1Row: [String: Int]
    /// Phrase keys (`PhraseHash`) of every name in the index.
    let phrases: PhraseTable

    /// Reads `gazetteer.bin` (the layout written by scripts/derive_kb.py: "SGZ1", then sections of u32 length + bytes).
    init(binary bytes: [UInt8], file: String = "gazetteer.bin") throws {
        var reader = SectionReader(bytes: bytes, file: file)
        try reader.expectMagic("SGZ1")
        let kinds: [UInt8] = try reader.array()
        let n = kinds.count
        let capitals: [UInt8] = try reader.array(count: n)
        let gids: [Int32] = try reader.array(count: n)
        let lats: [Int32] = try reader.array(count: n)
        let lons: [Int32] = try reader.array(count: n)
        let pops: [UInt32] = try reader.array(count: n)
        let ci: [UInt16] = try reader.array(count: n)
        let ai: [UInt16] = try reader.array(count: n)
        let offsets: [UInt32] = try reader.array(count: n + 1)
        let names: [UInt8] = try reader.array()
        let countryCodes = try reader.strings()
        let admin1Codes = try reader.strings()
        var hashes: [UInt32] = try reader.array()
        let lengths: [UInt8] = try reader.array(count: hashes.count)
        blob = try reader.array()
        guard offsets.last.map({ Int($0) == names.count }) == true, ci.allSatisfy({ Int($0) < countryCodes.count }),
              ai.allSatisfy({ $0 == 0xFFFF || Int($0) < admin1Codes.count }) else {
            throw KnowledgeError.unreadable(file: file, reason: "inconsistent gazetteer sections")
        }
        entries = GazetteerEntries(kinds: kinds, capitals: capitals, geonameids: gids, lats: lats, lons: lons,
                                   populations: pops, countryIndex: ci, admin1Index: ai, nameOffsets: offsets, names: names,
                                   countryCodes: countryCodes, admin1Codes: admin1Codes)
        // Word hashes are delta-coded.
        hashes.withUnsafeMutableBufferPointer { h in
            var acc: UInt32 = 0
            for i in 0..<h.count { acc &+= h[i]; h[i] = acc }
        }
        var buckets = [UInt32](repeating: 0, count: 65537)
        hashes.withUnsafeBufferPointer { h in
            buckets.withUnsafeMutableBufferPointer { b in
                var j = 0
                for top in 0..<65536 {
                    b[top] = UInt32(j)
                    while j < h.count, Int(h[j] >> 16) == top { j += 1 }
                }
                b[65536] = UInt32(h.count)
            }
        }
        wordHashes = hashes
        wordLengths = lengths
        wordBuckets = buckets
        lineStarts = Gazetteer.lineStarts(blob)
        phrases = Gazetteer.phraseTable(blob, lineStarts)
        var cr: [String: Int] = [:], ar: [String: Int] = [:]
        for i in 0..<n where kinds[i] != 0x50 {
            if kinds[i] == 0x43 { cr[countryCodes[Int(ci[i])]] = i } else if let a = entries.admin1(i) { ar[a] = i }
        }
        countryRow = cr
        admin1Row = ar
    }

    /// Start offset of every line of the name index.
    static func lineStarts(_ blob: [UInt8]) -> [Int32] {
        var starts: [Int32] = []
        starts.reserveCapacity(blob.count / 16)
        blob.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress else { return }
            var i = 0
            while i < p.count {
                starts.append(Int32(i))
                guard let nl = memchr(base + i, 0x0A, p.count - i) else { break }
                i = base.distance(to: nl.assumingMemoryBound(to: UInt8.self)) + 1
            }
        }
        return starts
    }

    /// The phrase keys of the index lines' names (up to each line's tab).
    static func phraseTable(_ blob: [UInt8], _ starts: [Int32]) -> PhraseTable {
        blob.withUnsafeBufferPointer { p -> PhraseTable in
            let keys = starts.lazy.enumerated().map { line, s -> (UInt64, Int32) in
                var e = Int(s)
                while e < p.count, p[e] != 0x09, p[e] != 0x0A { e += 1 }
                return (PhraseHash.part(UnsafeBufferPointer(rebasing: p[Int(s)..<e])).value, Int32(line))
            }
            return PhraseTable(keys, count: starts.count)
        }
    }

    /// Rows whose name folds to `key`, found through its phrase key `hash` (`PhraseHash`) instead of a binary search.
    func rows(forKey key: String, hash: UInt64) -> [Int] {
        var k = key
        return k.withUTF8 { kb -> [Int] in
            blob.withUnsafeBufferPointer { p in
                var found = -1
                _ = phrases.first(hash) { line in
                    guard compare(p, Int(lineStarts[Int(line)]), kb) == 0 else { return false }
                    found = Int(line)
                    return true
                }
                return found < 0 ? [] : Gazetteer.rows(p, at: Int(lineStarts[found]) + kb.count + 1)
            }
        }
    }

    /// The comma-separated row numbers from `start` to the end of the line.
    static func rows(_ p: UnsafeBufferPointer<UInt8>, at start: Int) -> [Int] {
        var i = start
        var rows: [Int] = []
        var v = 0
        while i < p.count, p[i] != 0x0A {
            if p[i] == 0x2C { rows.append(v); v = 0 } else { v = v * 10 + Int(p[i] &- 0x30) }
            i += 1
        }
        rows.append(v)
        return rows
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
                return Gazetteer.rows(p, at: Int(lineStarts[lo]) + kb.count + 1)
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

    /// Number of distinct words (by 32-bit hash) in the names.
    var wordCount: Int { wordHashes.count }

    /// Calls `body` with the 32-bit hash and the name lengths (`NameLengths`) of every word in the names.
    func forEachWord(_ body: (UInt32, UInt8) -> Void) {
        for i in 0..<wordHashes.count { body(wordHashes[i], wordLengths[i]) }
    }

    /// Lengths of the names that start with this word (`NameLengths`), nil when no name contains it, 0 when only later
    /// words do.
    @inline(__always)
    func wordInfo(_ hash: UInt64) -> UInt8? {
        let h = UInt32(truncatingIfNeeded: hash)
        let top = Int(h >> 16)
        var lo = Int(wordBuckets[top]), hi = Int(wordBuckets[top + 1])
        while lo < hi {
            let mid = (lo + hi) >> 1
            let v = wordHashes[mid]
            if v == h { return wordLengths[mid] }
            if v < h { lo = mid + 1 } else { hi = mid }
        }
        return nil
    }
}

/// Reads the little-endian sections of a derived binary file.
struct SectionReader {
    let bytes: [UInt8]
    let file: String
    var offset = 0

    mutating func expectMagic(_ magic: String) throws {
        guard bytes.count >= 4, Array(bytes[0..<4]) == Array(magic.utf8) else {
            throw KnowledgeError.unreadable(file: file, reason: "not a \(magic) file")
        }
        offset = 4
    }

    mutating func section() throws -> Range<Int> {
        guard offset + 4 <= bytes.count else { throw KnowledgeError.unreadable(file: file, reason: "truncated") }
        let len = Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 | Int(bytes[offset + 2]) << 16 | Int(bytes[offset + 3]) << 24
        offset += 4
        guard offset + len <= bytes.count else { throw KnowledgeError.unreadable(file: file, reason: "truncated section") }
        defer { offset += len }
        return offset..<(offset + len)
    }

    /// The next section as an array of fixed-width little-endian values (count checked when given).
    mutating func array<T: FixedWidthInteger>(count: Int? = nil) throws -> [T] {
        let r = try section()
        let size = MemoryLayout<T>.size
        guard r.count % size == 0, count == nil || r.count / size == count! else {
            throw KnowledgeError.unreadable(file: file, reason: "section of \(r.count) bytes, expected \(count ?? 0) × \(size)")
        }
        let n = r.count / size
        let values = [T](unsafeUninitializedCapacity: n) { buf, initialized in
            bytes.withUnsafeBytes { raw in
                if n > 0 { memcpy(buf.baseAddress!, raw.baseAddress! + r.lowerBound, r.count) }
            }
            initialized = n
        }
        #if _endian(big)
        return values.map { T(littleEndian: $0) }
        #else
        return values
        #endif
    }

    /// The next section as NUL-separated strings.
    mutating func strings() throws -> [String] {
        let r = try section()
        return bytes[r].split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }
}
