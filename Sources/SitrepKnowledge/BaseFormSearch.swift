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
/// Key and value share a slot, so a probe touches one cache line.
struct HashSlots: Sendable {
    struct Slot: Sendable {
        var key: UInt64
        var value: Int32
    }
    private var slots: [Slot]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(key: 0, value: -1), count: size)
        mask = size - 1
    }

    @inline(__always)
    subscript(_ k: UInt64) -> Int32? {
        var i = Int(truncatingIfNeeded: k ^ (k >> 31)) & mask
        while true {
            let s = slots[i]
            if s.value < 0 { return nil }
            if s.key == k { return s.value }
            i = (i + 1) & mask
        }
    }

    /// Stores a non-negative value for `k` (replacing any).
    mutating func set(_ k: UInt64, _ v: Int32) {
        if (count + 1) * 2 > slots.count { grow() }
        var i = Int(truncatingIfNeeded: k ^ (k >> 31)) & mask
        while slots[i].value >= 0 {
            if slots[i].key == k { slots[i].value = v; return }
            i = (i + 1) & mask
        }
        slots[i] = Slot(key: k, value: v)
        count += 1
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(key: 0, value: -1), count: old.count * 2)
        mask = slots.count - 1
        count = 0
        for s in old where s.value >= 0 { set(s.key, s.value) }
    }
}
