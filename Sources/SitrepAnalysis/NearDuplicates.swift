import SitrepModel
import SitrepStore

/// 64-bit SimHash fingerprints over word shingles (Charikar's SimHash): a compact text fingerprint; near-duplicate
/// grouping uses `MinHash`, more reliable on short texts.
public enum SimHash {
    /// Words per shingle.
    public static let shingleSize = 3

    /// The fingerprint of a text: case- and punctuation-insensitive, over overlapping 3-word shingles.
    public static func fingerprint(_ text: String) -> UInt64 {
        let words = self.words(text)
        guard !words.isEmpty else { return 0 }
        var weights = [Int](repeating: 0, count: 64)
        let n = max(1, words.count - shingleSize + 1)
        for i in 0..<n {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for w in words[i..<min(words.count, i + shingleSize)] {
                h = (h ^ w) &* 0x0000_0100_0000_01B3
                h = (h ^ 0x20) &* 0x0000_0100_0000_01B3
            }
            h = mix(h)
            for b in 0..<64 { weights[b] += (h >> UInt64(b)) & 1 == 1 ? 1 : -1 }
        }
        var f: UInt64 = 0
        for b in 0..<64 where weights[b] > 0 { f |= 1 << UInt64(b) }
        return f
    }

    /// Number of differing bits.
    public static func distance(_ a: UInt64, _ b: UInt64) -> Int { (a ^ b).nonzeroBitCount }

    /// Each word (letters and digits, lowercased) hashed to 64 bits.
    static func words(_ text: String) -> [UInt64] {
        var out: [UInt64] = []
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        for s in text.unicodeScalars {
            if s.value < 128 {
                let v = s.value
                let isAlnum = (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
                if isAlnum {
                    h = (h ^ UInt64(v >= 65 && v <= 90 ? v + 32 : v)) &* 0x0000_0100_0000_01B3
                    inWord = true
                } else if inWord {
                    out.append(h)
                    h = 0xcbf2_9ce4_8422_2325
                    inWord = false
                }
            } else if s.properties.isAlphabetic || s.properties.numericType != nil {
                for l in s.properties.lowercaseMapping.unicodeScalars {
                    h = (h ^ UInt64(l.value)) &* 0x0000_0100_0000_01B3
                }
                inWord = true
            } else if inWord {
                out.append(h)
                h = 0xcbf2_9ce4_8422_2325
                inWord = false
            }
        }
        if inWord { out.append(h) }
        return out
    }

    /// A final avalanche so neighbouring shingles spread over all 64 bits (SplitMix64's finalizer).
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// MinHash signatures over word 3-shingles: an estimate of the shingle sets' Jaccard similarity that stays
/// accurate on short news texts (where SimHash's bit distance is noisy).
public enum MinHash {
    /// Hash functions per signature.
    public static let size = 64

    /// The signature of a text: per hash function, the minimum over its 3-word shingles.
    public static func signature(_ text: String) -> [UInt64] {
        let words = SimHash.words(text)
        guard !words.isEmpty else { return [] }
        var sig = [UInt64](repeating: .max, count: size)
        let n = max(1, words.count - SimHash.shingleSize + 1)
        for i in 0..<n {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for w in words[i..<min(words.count, i + SimHash.shingleSize)] { h = SimHash.mix(h ^ w) }
            for k in 0..<size {
                let v = SimHash.mix(h ^ (UInt64(k) &* 0x9E37_79B9_7F4A_7C15))
                if v < sig[k] { sig[k] = v }
            }
        }
        return sig
    }

    /// Estimated Jaccard similarity: the share of equal positions.
    public static func similarity(_ a: [UInt64], _ b: [UInt64]) -> Double {
        guard a.count == b.count, !a.isEmpty else { return 0 }
        return Double(zip(a, b).filter { $0 == $1 }.count) / Double(a.count)
    }
}

/// Groups of near-duplicate articles (syndicated copies, light rewrites).
public enum NearDuplicates {
    /// Groups (two or more article ids each, in input order) of article texts whose estimated shingle Jaccard
    /// similarity is at least `threshold`; candidates come from 16 bands of 4 MinHash values (LSH).
    public static func groups(_ articles: [ArticleSummary], threshold: Double = 0.6) -> [[String]] {
        let sigs = articles.map { MinHash.signature($0.text) }
        var sets = UnionFind(count: articles.count)
        let rows = 4
        for band in 0..<(MinHash.size / rows) {
            var buckets: [[UInt64]: [Int]] = [:]
            for (i, s) in sigs.enumerated() where !s.isEmpty {
                buckets[Array(s[(band * rows)..<((band + 1) * rows)]), default: []].append(i)
            }
            for members in buckets.values where members.count > 1 {
                for x in 0..<members.count {
                    for y in (x + 1)..<members.count where sets.find(members[x]) != sets.find(members[y])
                    && MinHash.similarity(sigs[members[x]], sigs[members[y]]) >= threshold {
                        sets.union(members[x], members[y])
                    }
                }
            }
        }
        return sets.groups().filter { $0.count > 1 }.map { $0.map { articles[$0].id } }
    }
}

/// Disjoint sets over 0..<count, with path halving.
struct UnionFind {
    var parent: [Int]
    init(count: Int) { parent = Array(0..<count) }

    mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    mutating func union(_ a: Int, _ b: Int) {
        let ra = find(a), rb = find(b)
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }

    /// Members of each set, sets ordered by their smallest member, members ascending.
    mutating func groups() -> [[Int]] {
        var byRoot: [Int: [Int]] = [:]
        for i in parent.indices { byRoot[find(i), default: []].append(i) }
        return byRoot.values.sorted { $0[0] < $1[0] }
    }
}
