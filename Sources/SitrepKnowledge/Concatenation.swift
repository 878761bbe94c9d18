/// Strings built from pieces with one allocation: the length is summed first, then the bytes are copied once. Reasons
/// and phrase keys are built for every mention and candidate name; `+=` and interpolation grow the string piece by
/// piece through the generic append path (about a tenth of recognition on a long article).
enum Concatenation {
    /// `parts.joined()`.
    @inline(__always)
    static func join(_ parts: String...) -> String { join(parts) }

    static func join(_ parts: [String]) -> String {
        var n = 0
        for p in parts { n += p.utf8.count }
        guard n > 0 else { return "" }
        return String(unsafeUninitializedCapacity: n) { out in
            var k = 0
            for p in parts { k = copy(p, into: out, at: k) }
            return k
        }
    }

    /// Copies the UTF-8 bytes of `s` into `out` from `at`; returns the index after them.
    @inline(__always)
    static func copy(_ s: String, into out: UnsafeMutableBufferPointer<UInt8>, at: Int) -> Int {
        var s = s
        return s.withUTF8 { b -> Int in
            guard let base = b.baseAddress, b.count > 0 else { return at }
            (out.baseAddress! + at).update(from: base, count: b.count)
            return at + b.count
        }
    }
}
