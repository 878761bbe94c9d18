/// A fixed open-addressing table from 64-bit name keys (the FNV-1a values of `Tag.key(of:)`) to small values.
/// The keys are already well-mixed hashes, so lookups skip `Hasher`: the parser does one per tag and class word.
struct KeyTable<Value> {
    private var keys: [UInt64]
    private var values: [Value]
    private let mask: Int

    /// Builds the table; `filler` fills the empty slots and is never returned.
    init(_ pairs: [UInt64: Value], filler: Value) {
        var size = 16
        while size < pairs.count * 4 { size *= 2 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Value](repeating: filler, count: size)
        mask = size - 1
        for (key, value) in pairs where key != 0 {
            var i = Self.slot(key, mask)
            while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
            keys[i] = key
            values[i] = value
        }
    }

    @inline(__always) private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: key ^ (key >> 31)) & mask
    }

    /// The value for `key`, nil when absent.
    @inline(__always) func value(_ key: UInt64) -> Value? {
        var i = Self.slot(key, mask)
        while true {
            let k = keys[i]
            if k == key { return values[i] }
            if k == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    @inline(__always) func contains(_ key: UInt64) -> Bool { value(key) != nil }
}

/// A fixed set of byte phrases found in one pass over a text: phrases are grouped by their first byte, so each
/// position of the text is compared only with the phrases that can start there.
struct PhraseMatcher: Sendable {
    private var byFirst: [[[UInt8]]] = Array(repeating: [], count: 256)

    init(_ phrases: [String]) {
        for phrase in phrases where !phrase.isEmpty {
            let bytes = Array(phrase.utf8)
            byFirst[Int(bytes[0])].append(bytes)
        }
    }

    /// Whether any phrase occurs in `text`.
    func occurs(in text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { u -> Bool in
            for i in 0..<u.count {
                let candidates = byFirst[Int(u[i])]
                if candidates.isEmpty { continue }
                for phrase in candidates where i + phrase.count <= u.count {
                    var k = 1
                    while k < phrase.count && u[i + k] == phrase[k] { k += 1 }
                    if k == phrase.count { return true }
                }
            }
            return false
        }
    }
}
