/// Lowercasing on UTF-8 bytes for the scripts the line rules look at (ASCII, Latin-1, Latin Extended-A,
/// Greek and Cyrillic basics); other scalars pass through unchanged. Much cheaper than `String.lowercased()`.
enum CaseFolding {
    /// `s` lowercased on bytes.
    static func lower(_ s: String) -> String {
        var copy = s
        return copy.withUTF8 { u -> String in
            var needs = false
            for c in u where (c >= 65 && c <= 90) || c >= 0xC3 { needs = true; break }
            if !needs { return s }
            return String(unsafeUninitializedCapacity: u.count) { out in
                var i = 0
                while i < u.count {
                    let c = u[i]
                    if c < 0x80 {
                        out[i] = (c >= 65 && c <= 90) ? c | 0x20 : c
                        i += 1
                    } else if i + 1 < u.count, c >= 0xC3, c <= 0xD1 {
                        let (a, b) = foldPair(c, u[i + 1])
                        out[i] = a; out[i + 1] = b
                        i += 2
                    } else {
                        out[i] = c
                        i += 1
                    }
                }
                return u.count
            }
        }
    }

    /// The lowercase of the two-byte sequence `c d` when it is an uppercase letter of the covered blocks.
    @inline(__always) static func foldPair(_ c: UInt8, _ d: UInt8) -> (UInt8, UInt8) {
        switch c {
        case 0xC3 where d >= 0x80 && d <= 0x9E && d != 0x97: return (c, d + 0x20)  // À–Þ
        case 0xC4, 0xC5:  // Latin Extended-A: even code points are uppercase (with a few exceptions ignored)
            let scalar = (UInt32(c & 0x1F) << 6) | UInt32(d & 0x3F)
            let upperEven = (scalar >= 0x100 && scalar <= 0x137) || (scalar >= 0x14A && scalar <= 0x177)
            let upperOdd = (scalar >= 0x139 && scalar <= 0x148) || scalar == 0x179 || scalar == 0x17B || scalar == 0x17D
            if scalar != 0x130, (upperEven && scalar % 2 == 0) || (upperOdd && scalar % 2 == 1) {
                let lower = scalar + 1
                return (UInt8(0xC0 | (lower >> 6)), UInt8(0x80 | (lower & 0x3F)))
            }
            return (c, d)
        case 0xCE where d >= 0x91 && d <= 0x9F: return (c, d + 0x20)  // Α–Ο
        case 0xCE where d >= 0xA0 && d <= 0xA9 && d != 0xA2: return (0xCF, d - 0x20)  // Π–Ω
        case 0xD0 where d >= 0x90 && d <= 0x9F: return (c, d + 0x20)  // А–П
        case 0xD0 where d >= 0xA0 && d <= 0xAF: return (0xD1, d - 0x20)  // Р–Я
        case 0xD0 where d >= 0x80 && d <= 0x8F: return (0xD1, d + 0x10)  // Ѐ–Џ
        default: return (c, d)
        }
    }
}

/// Whitespace trimming on UTF-8 bytes (ASCII whitespace and the Unicode space separators).
enum ByteTrim {
    /// `s` without leading and trailing whitespace (the same set as `.whitespacesAndNewlines`).
    static func trimmed(_ s: String) -> String {
        var copy = s
        return copy.withUTF8 { u -> String in
            var lo = 0, hi = u.count
            while lo < hi { let n = spaceLength(u, lo); if n == 0 { break }; lo += n }
            while hi > lo { let n = spaceLengthBefore(u, hi); if n == 0 { break }; hi -= n }
            if lo == 0 && hi == u.count { return s }
            return String(decoding: UnsafeBufferPointer(rebasing: u[lo..<hi]), as: UTF8.self)
        }
    }

    /// Byte length of the whitespace character starting at `i`, 0 if none.
    static func spaceLength(_ u: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let c = u[i]
        if c < 0x80 { return c == 0x20 || (c >= 0x09 && c <= 0x0D) ? 1 : 0 }
        if c == 0xC2, i + 1 < u.count, u[i + 1] == 0xA0 || u[i + 1] == 0x85 { return 2 }
        if c == 0xE2, i + 2 < u.count {
            let d = u[i + 1], e = u[i + 2]
            if d == 0x80 && (e <= 0x8A || e == 0xA8 || e == 0xA9 || e == 0xAF) { return 3 }
            if d == 0x81 && e == 0x9F { return 3 }
        }
        if c == 0xE3, i + 2 < u.count, u[i + 1] == 0x80, u[i + 2] == 0x80 { return 3 }
        if c == 0xE1, i + 2 < u.count, u[i + 1] == 0x9A, u[i + 2] == 0x80 { return 3 }
        return 0
    }

    /// Byte length of the whitespace character ending just before `end`, 0 if none.
    static func spaceLengthBefore(_ u: UnsafeBufferPointer<UInt8>, _ end: Int) -> Int {
        let c = u[end - 1]
        if c < 0x80 { return c == 0x20 || (c >= 0x09 && c <= 0x0D) ? 1 : 0 }
        if end >= 2, spaceLength(u, end - 2) == 2 { return 2 }
        if end >= 3, spaceLength(u, end - 3) == 3 { return 3 }
        return 0
    }
}
