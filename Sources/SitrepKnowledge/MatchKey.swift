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
