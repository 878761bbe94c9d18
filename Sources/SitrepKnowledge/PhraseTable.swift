import Foundation

/// Integer keys of folded names: each word's FNV-1a hash chained polynomially, so a phrase's key is computed from
/// its tokens' keys in O(1) per token without building the phrase string.
enum PhraseHash {
    /// Multiplier of the chain (odd, large).
    static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    static let fnvOffset: UInt64 = 0xcbf29ce484222325
    static let fnvPrime: UInt64 = 0x100000001b3

    /// One piece's chain value and the multiplier power to shift a prefix past it.
    struct Part: Sendable {
        var value: UInt64 = 0
        var shift: UInt64 = 1
    }

    /// The chain of the space-separated words of `bytes` (empty words skipped), as a part to append to a phrase.
    @inline(__always)
    static func part(_ bytes: UnsafeBufferPointer<UInt8>) -> Part {
        var p = Part()
        var h = fnvOffset, inWord = false
        for b in bytes {
            if b == 0x20 {
                if inWord { p.value = p.value &* multiplier &+ h; p.shift = p.shift &* multiplier; inWord = false }
                h = fnvOffset
            } else {
                h = (h ^ UInt64(b)) &* fnvPrime
                inWord = true
            }
        }
        if inWord { p.value = p.value &* multiplier &+ h; p.shift = p.shift &* multiplier }
        return p
    }

    /// The part of a string's UTF-8 bytes.
    static func part(_ s: String) -> Part {
        var s = s
        return s.withUTF8 { part($0) }
    }

    /// The key stored for a phrase that no name may have (one ending with the dot of "St.").
    static let none: UInt64 = 0

    /// The phrase key after appending `p` to a phrase whose key is `h`.
    @inline(__always)
    static func append(_ h: UInt64, _ p: Part) -> UInt64 { h &* p.shift &+ p.value }
}

/// An open-addressing set of phrase keys built at load: a membership filter in front of the string-keyed indexes
/// (no false negatives; a rare false positive only costs the exact lookup). Slots hold 32-bit fingerprints.
struct PhraseTable: Sendable {
    private let slots: [UInt32]
    /// The value stored with each slot's key when built with values (the first value of keys sharing a slot).
    private let values: [Int32]
    private let mask: Int

    init<S: Sequence>(_ keys: S, count: Int) where S.Element == UInt64 {
        self.init(keys.lazy.map { ($0, Int32(0)) }, count: count, storeValues: false)
    }

    /// A table whose keys carry a value; keys with the same fingerprint on a probe path get their own slots.
    init<S: Sequence>(_ entries: S, count: Int, storeValues: Bool = true) where S.Element == (UInt64, Int32) {
        var size = 16
        while size < count * 2 { size <<= 1 }
        var slots = [UInt32](repeating: 0, count: size)
        var values = [Int32](repeating: 0, count: storeValues ? size : 0)
        let mask = size - 1
        slots.withUnsafeMutableBufferPointer { s in
            for (k, v) in entries {
                let fp = PhraseTable.fingerprint(k)
                var i = Int(truncatingIfNeeded: k) & mask
                if storeValues {
                    while s[i] != 0 { i = (i + 1) & mask }
                    values[i] = v
                } else {
                    while s[i] != 0 && s[i] != fp { i = (i + 1) & mask }
                }
                s[i] = fp
            }
        }
        self.slots = slots
        self.values = values
        self.mask = mask
    }

    /// Calls `body` with the value of every slot on the key's probe path whose fingerprint matches, until it returns
    /// true; returns whether it did.
    @inline(__always)
    func first(_ k: UInt64, where body: (Int32) -> Bool) -> Bool {
        let fp = PhraseTable.fingerprint(k)
        var i = Int(truncatingIfNeeded: k) & mask
        while true {
            let v = slots[i]
            if v == 0 { return false }
            if v == fp, body(values[i]) { return true }
            i = (i + 1) & mask
        }
    }

    @inline(__always)
    static func fingerprint(_ k: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: k >> 32) | 1 }

    /// Whether a name may have this key.
    @inline(__always)
    func contains(_ k: UInt64) -> Bool {
        let fp = PhraseTable.fingerprint(k)
        return slots.withUnsafeBufferPointer { s in
            var i = Int(truncatingIfNeeded: k) & mask
            while true {
                let v = s[i]
                if v == fp { return true }
                if v == 0 { return false }
                i = (i + 1) & mask
            }
        }
    }
}
