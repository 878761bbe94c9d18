import Foundation

/// Matching keys shared by the derivation script and the recognizer: lowercase, diacritics removed.
public enum MatchKey {
    /// Folds a token norm or a name: NFD, nonspacing marks dropped, a few letters spelled out (ł→l, œ→oe),
    /// punctuation other than apostrophes and hyphens turned into spaces, elided articles split ("l'arménie" → "l' armenie").
    public static func fold(_ text: String) -> String {
        var asciiLower = true
        for b in text.utf8 where b >= 0x80 || (b >= 0x41 && b <= 0x5A) || !isWordByte(b) { asciiLower = false; break }
        if asciiLower { return text }
        if let ascii = foldASCII(text) { return ascii }
        if let latin = foldTwoByte(text) { return latin }
        return foldUnicode(text)
    }

    /// The fold done scalar by scalar with Unicode normalization (the reference for the byte paths).
    static func foldUnicode(_ text: String) -> String {
        let lowered = text.precomposedStringWithCanonicalMapping.lowercased()
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for s in lowered.decomposedStringWithCanonicalMapping.unicodeScalars {
            if s.properties.generalCategory == .nonspacingMark { continue }
            let mapped: String?
            switch s {
            case "ł": mapped = "l"
            case "ø": mapped = "o"
            case "đ": mapped = "d"
            case "ß": mapped = "ss"
            case "æ": mapped = "ae"
            case "œ": mapped = "oe"
            case "\u{2019}", "\u{02BC}", "\u{2018}": mapped = "'"
            default: mapped = nil
            }
            let isWord = s.properties.isAlphabetic || s.properties.numericType != nil || s == "'" || s == "-"
                || s == "_" || mapped != nil
            if !isWord {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            if let m = mapped { out.append(contentsOf: m.unicodeScalars) } else { out.append(s) }
        }
        return splitElision(String(out).precomposedStringWithCanonicalMapping)
    }

    /// The fold of pure-ASCII text done on bytes (same result as the Unicode path); nil for other text.
    static func foldASCII(_ text: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var apostrophe = false
        for var b in text.utf8 {
            if b >= 0x80 { return nil }
            if b >= 0x41 && b <= 0x5A { b += 0x20 }
            let isWord = (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x27 || b == 0x2D || b == 0x5F
            if !isWord { pendingSpace = !out.isEmpty; continue }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            if b == 0x27 { apostrophe = true }
            out.append(b)
        }
        let s = String(decoding: out, as: UTF8.self)
        return apostrophe ? splitElision(s) : s
    }

    /// The fold of each Latin or Cyrillic scalar of U+0080...U+04FF written alone, when it is letters with nothing to compose or elide
    /// ("É" → "e", "ß" → "ss", "Й" → "и"); nil for the others (marks, punctuation, spaces).
    static let twoByteFolds: [[UInt8]?] = (0x80...0x4FF).map { v -> [UInt8]? in
        guard (0xC0...0x24F).contains(v) || (0x400...0x4FF).contains(v), let scalar = Unicode.Scalar(UInt32(v)) else { return nil }
        let folded = foldUnicode(String(Character(scalar)))
        guard !folded.isEmpty, folded.unicodeScalars.allSatisfy({ s in
            s.properties.isAlphabetic && s.properties.canonicalCombiningClass == .notReordered
                && s.properties.generalCategory != .nonspacingMark && s.properties.generalCategory != .spacingMark
                && ((0x61...0x7A).contains(s.value) || (0xC0...0x24F).contains(s.value) || (0x400...0x4FF).contains(s.value))
        }) else { return nil }
        // Only scalars that stay themselves under composition with a neighbour (precomposed Latin and Cyrillic letters).
        return Array(folded.utf8)
    }

    /// `twoByteFolds` flattened: entry `v - 0x80` holds up to 4 bytes at `4 * (v - 0x80)` and its length (0: none).
    static let twoByteFoldTable: (bytes: [UInt8], lengths: [UInt8]) = {
        var bytes = [UInt8](repeating: 0, count: 4 * twoByteFolds.count), lengths = [UInt8](repeating: 0, count: twoByteFolds.count)
        for (i, f) in twoByteFolds.enumerated() {
            guard let f, f.count <= 4 else { continue }
            for (j, b) in f.enumerated() { bytes[4 * i + j] = b }
            lengths[i] = UInt8(f.count)
        }
        return (bytes, lengths)
    }()

    /// The fold of text made of ASCII and two-byte letters found in `twoByteFolds`, done on bytes in a stack buffer
    /// (same result as the Unicode path, scalar by scalar); nil for other text.
    static func foldTwoByte(_ text: String) -> String? {
        var text = text
        let table = twoByteFoldTable
        return text.withUTF8 { src -> String? in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: src.count * 2 + 4) { out -> String? in
                var n = 0
                var pendingSpace = false
                var apostrophe = false
                var lead: UInt8 = 0
                for var b in src {
                    if lead != 0 {
                        let v = (Int(lead & 0x1F) << 6) | Int(b & 0x3F)
                        lead = 0
                        guard v >= 0x80, v <= 0x4FF else { return nil }
                        let len = Int(table.lengths[v - 0x80])
                        guard len > 0 else { return nil }
                        if pendingSpace { out[n] = 0x20; n += 1; pendingSpace = false }
                        for j in 0..<len { out[n] = table.bytes[4 * (v - 0x80) + j]; n += 1 }
                        continue
                    }
                    if b >= 0x80 {
                        guard b >= 0xC2 && b <= 0xD3 else { return nil }
                        lead = b
                        continue
                    }
                    if b >= 0x41 && b <= 0x5A { b += 0x20 }
                    let isWord = (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x27 || b == 0x2D || b == 0x5F
                    if !isWord { pendingSpace = n > 0; continue }
                    if pendingSpace { out[n] = 0x20; n += 1; pendingSpace = false }
                    if b == 0x27 { apostrophe = true }
                    out[n] = b
                    n += 1
                }
                guard lead == 0 else { return nil }
                let s = String(decoding: UnsafeBufferPointer(rebasing: out[0..<n]), as: UTF8.self)
                return apostrophe ? splitElision(s) : s
            }
        }
    }

    private static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x27 || b == 0x2D || b == 0x20
    }

    /// "l'armenie" → "l' armenie" (short ASCII article before an apostrophe), as the tokenizer splits it.
    static func splitElision(_ s: String) -> String {
        guard s.contains("'") else { return s }
        var words: [String] = []
        for w in s.split(separator: " ") {
            if let a = w.firstIndex(of: "'"), w.distance(from: w.startIndex, to: a) <= 3, a != w.startIndex,
               w.index(after: a) != w.endIndex, w[..<a].allSatisfy({ $0 >= "a" && $0 <= "z" }),
               w[w.index(after: a)].isLetter {
                words.append(String(w[...a]))
                words.append(String(w[w.index(after: a)...]))
            } else {
                words.append(String(w))
            }
        }
        return words.joined(separator: " ")
    }

    /// 64-bit FNV-1a hash of a string's UTF-8 bytes.
    @inline(__always)
    public static func hash<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }
}
