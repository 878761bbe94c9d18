import Foundation

/// Matching keys: NFC, lowercase, apostrophes unified to U+0027.
public enum Normalizer {
    public static func key(_ surface: String) -> String {
        var s = surface.precomposedStringWithCanonicalMapping.lowercased()
        if s.contains("\u{2019}") || s.contains("\u{02BC}") || s.contains("\u{2018}") {
            s = s.replacingOccurrences(of: "\u{2019}", with: "'")
                .replacingOccurrences(of: "\u{02BC}", with: "'")
                .replacingOccurrences(of: "\u{2018}", with: "'")
        }
        return s
    }

    /// Key without diacritics ("arménie" → "armenie"), for languages where accents are optional in practice.
    public static func foldedKey(_ surface: String) -> String {
        key(surface).folding(options: [.diacriticInsensitive], locale: nil)
    }
}
