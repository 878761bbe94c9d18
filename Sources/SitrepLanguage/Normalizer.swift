import Foundation

/// Matching keys: NFC, lowercase, apostrophes unified to U+0027.
public enum Normalizer {
    /// Matching key of a surface form: NFC, lowercase, apostrophes (’ ʼ ‘) unified to "'" ("L’Arménie" → "l'arménie").
    public static func key(_ surface: String) -> String {
        var s = surface
        return s.withUTF8 { buf in
            CharTable.flags.withUnsafeBufferPointer { flags in
                CharTable.lower.withUnsafeBufferPointer { lower in
                    TokenScanner(buf: buf, flags: flags, lower: lower, base: 0).makeNorm(0, buf.count)
                }
            }
        }
    }

    /// Key without diacritics ("arménie" → "armenie", "ё" → "е"), for languages where accents are optional in practice.
    public static func foldedKey(_ surface: String) -> String {
        let k = key(surface)
        var out: [UInt8] = []
        out.reserveCapacity(k.utf8.count)
        let fold = FoldTable.fold
        for s in k.unicodeScalars {
            let v = s.value
            if v < 0x80 { out.append(UInt8(v)); continue }
            if let f = fold[v] {
                if f != 0 { CharTable.encode(f, into: &out) }
                continue
            }
            if FoldTable.covered(v) { CharTable.encode(v, into: &out); continue }
            return k.folding(options: [.diacriticInsensitive], locale: nil)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Full Foundation path: NFC, Unicode lowercase, apostrophes unified.
    static func slowKey(_ surface: String) -> String {
        var s = surface.precomposedStringWithCanonicalMapping.lowercased()
        if s.contains("\u{2019}") || s.contains("\u{02BC}") || s.contains("\u{2018}") {
            s = s.replacingOccurrences(of: "\u{2019}", with: "'")
                .replacingOccurrences(of: "\u{02BC}", with: "'")
                .replacingOccurrences(of: "\u{2018}", with: "'")
        }
        return s
    }
}

/// Diacritic folding for the Latin, Greek and Cyrillic blocks, precomputed from Foundation's own folding.
enum FoldTable {
    static let ranges: [ClosedRange<UInt32>] = [0x80...0x24F, 0x300...0x36F, 0x370...0x3FF, 0x400...0x52F, 0x1E00...0x1EFF]

    /// Scalar → folded scalar (0 = removed) for every covered scalar whose folding changes it.
    static let fold: [UInt32: UInt32] = {
        var t: [UInt32: UInt32] = [:]
        for r in ranges {
            for v in r {
                guard let s = Unicode.Scalar(v) else { continue }
                let f = String(Character(s)).folding(options: [.diacriticInsensitive], locale: nil).unicodeScalars
                if f.count == 1, let x = f.first, x.value != v { t[v] = x.value }
                else if f.isEmpty { t[v] = 0 }
            }
        }
        return t
    }()

    static func covered(_ v: UInt32) -> Bool { ranges.contains { $0.contains(v) } }
}
