/// Per-scalar classification and simple lowercase mapping for the Basic Multilingual Plane, computed once
/// from the Unicode properties so hot loops over UTF-8 bytes never touch `Unicode.Scalar.Properties`.
enum CharTable {
    /// Flag bits of `flags`.
    static let letter: UInt8 = 1      // alphabetic or a combining mark: part of a word
    static let digit: UInt8 = 2       // has a numeric type (and is not a letter)
    static let space: UInt8 = 4       // whitespace
    static let upper: UInt8 = 8       // uppercase letter
    static let punct: UInt8 = 16      // punctuation category
    static let slow: UInt8 = 32       // needs full NFC / case mapping (marks, exclusions, multi-scalar lowercase)
    static let apostrophe: UInt8 = 64 // ' ’ ʼ ‘
    static let lowerCase: UInt8 = 128 // lowercase letter

    /// Flags of every BMP scalar (surrogates are never seen in valid UTF-8).
    static let flags: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 0x10000)
        for v in 0..<0x10000 {
            guard let s = Unicode.Scalar(UInt32(v)) else { continue }
            t[v] = computeFlags(s)
        }
        return t
    }()

    /// Simple lowercase mapping of every BMP scalar (identity when none or when the mapping is not one BMP scalar).
    static let lower: [UInt16] = {
        var t = [UInt16](repeating: 0, count: 0x10000)
        for v in 0..<0x10000 {
            t[v] = UInt16(v)
            guard let s = Unicode.Scalar(UInt32(v)), s.properties.changesWhenLowercased else { continue }
            let m = s.properties.lowercaseMapping.unicodeScalars
            if m.count == 1, let f = m.first, f.value < 0x10000 { t[v] = UInt16(f.value) }
        }
        return t
    }()

    /// Flags for any scalar, from its properties.
    static func computeFlags(_ s: Unicode.Scalar) -> UInt8 {
        let p = s.properties
        var f: UInt8 = 0
        let cat = p.generalCategory
        if p.isAlphabetic || cat == .nonspacingMark { f |= letter }
        else if p.numericType != nil { f |= digit }
        if p.isWhitespace { f |= space }
        if p.isUppercase { f |= upper }
        if p.isLowercase { f |= lowerCase }
        if cat.isPunctuation { f |= punct }
        if s == "'" || s == "\u{2019}" || s == "\u{02BC}" || s == "\u{2018}" { f |= apostrophe }
        // NFC can only change a token holding a scalar that composes with what precedes it, an excluded
        // (decomposing) scalar, conjoining jamo, or non-starters out of canonical order (checked in makeNorm).
        var needsSlow = p.isFullCompositionExclusion || composesWithPrevious(s.value)
        if (0x1100...0x11FF).contains(s.value) { needsSlow = true }
        if p.changesWhenLowercased {
            let m = p.lowercaseMapping.unicodeScalars
            if m.count != 1 || m.first!.value >= 0x10000 { needsSlow = true }
        }
        if needsSlow { f |= slow }
        return f
    }

    /// Canonical combining class of every BMP scalar (0 for starters).
    static let combiningClass: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 0x10000)
        for v in 0x300..<0x10000 {
            guard let s = Unicode.Scalar(UInt32(v)) else { continue }
            t[v] = s.properties.canonicalCombiningClass.rawValue
        }
        return t
    }()

    /// Marks that canonical composition may merge into the preceding character (NFC_Quick_Check = Maybe).
    static func composesWithPrevious(_ v: UInt32) -> Bool {
        switch v {
        case 0x300...0x34E, 0x350...0x36F, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F, 0x653...0x655,
             0x93C, 0x9BC, 0x9BE, 0x9D7, 0xB3C, 0xB3E, 0xB56, 0xB57, 0xBBE, 0xBD7, 0xC56, 0xCC2, 0xCD5, 0xCD6,
             0xD3E, 0xD57, 0xDCA, 0xDCF, 0xDDF, 0x102E, 0x1B35, 0x3099, 0x309A:
            return true
        default:
            return false
        }
    }

    /// Decodes the scalar starting at `i` in valid UTF-8; returns its value and byte length.
    @inline(__always)
    static func decode(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let b0 = UInt32(p[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return (((b0 & 0x1F) << 6) | (UInt32(p[i + 1]) & 0x3F), 2) }
        if b0 < 0xF0 {
            return (((b0 & 0x0F) << 12) | ((UInt32(p[i + 1]) & 0x3F) << 6) | (UInt32(p[i + 2]) & 0x3F), 3)
        }
        return (((b0 & 0x07) << 18) | ((UInt32(p[i + 1]) & 0x3F) << 12) | ((UInt32(p[i + 2]) & 0x3F) << 6)
                | (UInt32(p[i + 3]) & 0x3F), 4)
    }

    /// Appends the UTF-8 encoding of scalar value `v` to `out`.
    @inline(__always)
    static func encode(_ v: UInt32, into out: inout [UInt8]) {
        if v < 0x80 { out.append(UInt8(v)) }
        else if v < 0x800 { out.append(UInt8(0xC0 | (v >> 6))); out.append(UInt8(0x80 | (v & 0x3F))) }
        else if v < 0x10000 {
            out.append(UInt8(0xE0 | (v >> 12))); out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (v >> 18))); out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }
}

extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }
}
