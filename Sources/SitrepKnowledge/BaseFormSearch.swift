import Foundation

/// `Inflection.baseForms` done on bytes for the recognizer: each candidate's word hash is computed from the stem's bytes
/// and the restored ending, and a string is built only for the first candidate some name has.
struct BaseFormSearch: Sendable {
    /// One stripped ending and the endings tried in its place, in `Inflection.baseForms` order.
    struct Rule: Sendable {
        var ending: [UInt8]
        var restores: [[UInt8]]
    }
    let french: [Rule]
    let cyrillic: [Rule]

    static let shared = BaseFormSearch()

    init() {
        french = Inflection.frenchEndings.map { Rule(ending: Array($0.0.utf8), restores: [Array($0.1.utf8)]) }
        cyrillic = Inflection.cyrillicEndings.map { end in
            var restores: [String] = []
            if Inflection.cyrillicAdjectiveEndings.contains(end) {
                // "ськ"/"ск" stripped with the ending is restored with it ("луган" + "ська"), and only then.
                let strippedSk = end.hasPrefix("ськ") || end.hasPrefix("ск")
                for r in Inflection.cyrillicAdjectiveRestore where r != end {
                    if !strippedSk, r.hasPrefix("ськ") || r.hasPrefix("ск") { continue }
                    restores.append(r)
                }
            }
            restores += Inflection.cyrillicRestore.filter { $0 != end }
            return Rule(ending: Array(end.utf8), restores: restores.map { Array($0.utf8) })
        }
    }

    /// The first of `Inflection.baseForms(key)` for which `known` (given the word's FNV-1a hash) is true.
    func first(_ key: String, known: (UInt64) -> Bool) -> String? {
        var key = key
        return key.withUTF8 { k -> String? in
            guard k.count >= 4, let lead = k.first else { return nil }
            let isCyrillic = lead == 0xD0 || lead == 0xD1 || lead == 0xD2 || lead == 0xD3
            guard BaseFormSearch.characters(k, 0..<k.count) >= 4 else { return nil }
            for rule in isCyrillic ? cyrillic : french where BaseFormSearch.hasSuffix(k, rule.ending) {
                let stemEnd = k.count - rule.ending.count
                guard BaseFormSearch.characters(k, 0..<stemEnd) >= 3 else { continue }
                let stemHash = MatchKey.hash(UnsafeBufferPointer(rebasing: k[0..<stemEnd]))
                for r in rule.restores {
                    var h = stemHash
                    for b in r { h = (h ^ UInt64(b)) &* 0x100000001b3 }
                    guard known(h) else { continue }
                    return String(decoding: UnsafeBufferPointer(rebasing: k[0..<stemEnd]), as: UTF8.self)
                        + String(decoding: r, as: UTF8.self)
                }
            }
            return nil
        }
    }

    /// The word hash of `Inflection.baseForms(key).first`, nil when there is no candidate.
    func firstCandidateHash(_ key: String) -> UInt64? {
        var key = key
        return key.withUTF8 { k -> UInt64? in
            guard k.count >= 4, let lead = k.first, BaseFormSearch.characters(k, 0..<k.count) >= 4 else { return nil }
            let isCyrillic = lead == 0xD0 || lead == 0xD1 || lead == 0xD2 || lead == 0xD3
            for rule in isCyrillic ? cyrillic : french where BaseFormSearch.hasSuffix(k, rule.ending) {
                let stemEnd = k.count - rule.ending.count
                guard BaseFormSearch.characters(k, 0..<stemEnd) >= 3, let r = rule.restores.first else { continue }
                var h = MatchKey.hash(UnsafeBufferPointer(rebasing: k[0..<stemEnd]))
                for b in r { h = (h ^ UInt64(b)) &* 0x100000001b3 }
                return h
            }
            return nil
        }
    }

    @inline(__always)
    static func hasSuffix(_ k: UnsafeBufferPointer<UInt8>, _ end: [UInt8]) -> Bool {
        guard end.count <= k.count else { return false }
        let off = k.count - end.count
        for i in 0..<end.count where k[off + i] != end[i] { return false }
        return true
    }

    /// Characters of a folded key's bytes: its scalars (folded keys carry no combining marks).
    @inline(__always)
    static func characters(_ k: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int {
        var n = 0
        for i in r where k[i] & 0xC0 != 0x80 { n += 1 }
        return n
    }
}

/// An open-addressing map from 64-bit keys that are already hashes to small integers (no rehashing of the key).
struct HashSlots: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    @inline(__always)
    subscript(_ k: UInt64) -> Int32? {
        var i = Int(truncatingIfNeeded: k ^ (k >> 31)) & mask
        while true {
            let v = values[i]
            if v < 0 { return nil }
            if keys[i] == k { return v }
            i = (i + 1) & mask
        }
    }

    /// Stores a non-negative value for `k` (replacing any).
    mutating func set(_ k: UInt64, _ v: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        var i = Int(truncatingIfNeeded: k ^ (k >> 31)) & mask
        while values[i] >= 0 {
            if keys[i] == k { values[i] = v; return }
            i = (i + 1) & mask
        }
        keys[i] = k
        values[i] = v
        count += 1
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Int32](repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (k, v) in zip(oldKeys, oldValues) where v >= 0 { set(k, v) }
    }
}
