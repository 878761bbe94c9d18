import Foundation

/// A read-only word → value map for per-token lookups: an ASCII word is found by an FNV-1a hash of its bytes and a
/// byte comparison, any other word in the `Dictionary` it was built from. Every lookup returns what that
/// `Dictionary` returns (a key that is canonically equivalent to an ASCII word is indexed under that word).
/// A class so that reading it from a lexicon retains one reference, not each of its arrays.
public final class WordTable<Value: Sendable>: Sendable {
    public let dictionary: [String: Value]
    /// The ASCII keys end to end; entry i is `bytes[starts[i]..<starts[i + 1]]`, its value `values[i]`.
    @usableFromInline let bytes: [UInt8]
    @usableFromInline let starts: [Int32]
    @usableFromInline let values: [Value]
    /// By hash slot: the hash's high 32 bits, then entry index + 1 in the low 32 (0 = empty), so that a probe
    /// reads the entry's bytes only when the hashes agree.
    @usableFromInline let slots: [UInt64]

    public init(_ dictionary: [String: Value]) {
        self.dictionary = dictionary
        var bytes: [UInt8] = [], starts: [Int32] = [0], values: [Value] = []
        for (key, value) in dictionary {
            var ascii = key.utf8.allSatisfy { $0 < 0x80 } ? key : nil
            if ascii == nil {
                let nfc = key.precomposedStringWithCanonicalMapping
                if nfc.utf8.allSatisfy({ $0 < 0x80 }) { ascii = nfc }
            }
            guard let word = ascii else { continue }
            bytes += word.utf8
            starts.append(Int32(bytes.count))
            values.append(value)
        }
        var capacity = 16
        while capacity < values.count * 2 { capacity *= 2 }
        var slots = [UInt64](repeating: 0, count: capacity)
        bytes.withUnsafeBufferPointer { b in
            for i in values.indices {
                let key = UnsafeBufferPointer(rebasing: b[Int(starts[i])..<Int(starts[i + 1])])
                let h = WordTable.hash(key)
                var s = Int(truncatingIfNeeded: h) & (capacity - 1)
                while slots[s] != 0 { s = (s + 1) & (capacity - 1) }
                slots[s] = h & 0xFFFF_FFFF_0000_0000 | UInt64(i + 1)
            }
        }
        self.bytes = bytes
        self.starts = starts
        self.values = values
        self.slots = slots
    }

    public var count: Int { dictionary.count }

    @inlinable static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in key { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }

    @inlinable public subscript(key: String) -> Value? {
        let found: Int?? = key.utf8.withContiguousStorageIfAvailable { find($0) }
        switch found {
        case .some(.some(let i)): return i < 0 ? nil : values[i]
        default: return dictionary[key]  // not ASCII, or no contiguous bytes
        }
    }

    /// The entry index of an ASCII word (-1 when absent), or nil when the word is not ASCII.
    @inlinable func find(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        var h: UInt64 = 0xcbf29ce484222325
        for b in key {
            guard b < 0x80 else { return nil }
            h = (h ^ UInt64(b)) &* 0x100000001b3
        }
        return slots.withUnsafeBufferPointer { slots in
            starts.withUnsafeBufferPointer { starts in
                bytes.withUnsafeBufferPointer { bytes in
                    let mask = slots.count - 1, high = h & 0xFFFF_FFFF_0000_0000
                    var s = Int(truncatingIfNeeded: h) & mask
                    while slots[s] != 0 {
                        if slots[s] & 0xFFFF_FFFF_0000_0000 == high {
                            let i = Int(truncatingIfNeeded: slots[s] & 0xFFFF_FFFF) - 1
                            let a = Int(starts[i]), n = Int(starts[i + 1]) - a
                            if n == key.count, n == 0 || memcmp(bytes.baseAddress! + a, key.baseAddress!, n) == 0 { return i }
                        }
                        s = (s + 1) & mask
                    }
                    return -1
                }
            }
        }
    }
}
