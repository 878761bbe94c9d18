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
