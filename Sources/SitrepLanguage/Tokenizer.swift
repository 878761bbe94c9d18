import Foundation
import SitrepModel

/// Splits text into word, number and punctuation tokens with UTF-8 byte spans.
/// First version: scalar-based; French elision ("l’Arménie" → "l’" + "arménie") and apostrophe variants handled.
public struct Tokenizer: Sendable {
    public init() {}

    public func tokenize(_ text: String, offset base: Int = 0) -> [Token] {
        var tokens: [Token] = []
        let scalars = Array(text.unicodeScalars)
        var byteOffsets = [Int](repeating: 0, count: scalars.count + 1)
        var b = base
        for (i, s) in scalars.enumerated() { byteOffsets[i] = b; b += UTF8.width(s) }
        byteOffsets[scalars.count] = b
        var i = 0
        func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" || s == "\u{02BC}" || s == "\u{2018}" }
        func isWordScalar(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark }
        while i < scalars.count {
            let s = scalars[i]
            if s.properties.isWhitespace { i += 1; continue }
            let start = i
            var kind: TokenKind
            if isWordScalar(s) {
                kind = .word
                i += 1
                while i < scalars.count {
                    let c = scalars[i]
                    if isWordScalar(c) || c.properties.numericType != nil { i += 1; continue }
                    // Hyphenated compounds stay one token ("ex-soviétiques", "Saint-Pétersbourg").
                    if c == "-", i + 1 < scalars.count, isWordScalar(scalars[i + 1]) { i += 1; continue }
                    // Elision: a short word ending in an apostrophe is its own token ("l’", "qu’").
                    if isApostrophe(c) {
                        if i - start <= 3, i + 1 < scalars.count, isWordScalar(scalars[i + 1]) { i += 1; break }
                        // English possessive / contraction: keep the apostrophe out ("Russia's" → "Russia", "'s").
                        break
                    }
                    break
                }
            } else if s.properties.numericType != nil {
                kind = .number
                i += 1
                while i < scalars.count {
                    let c = scalars[i]
                    if c.properties.numericType != nil { i += 1; continue }
                    if (c == "." || c == ",") && i + 1 < scalars.count && scalars[i + 1].properties.numericType != nil { i += 1; continue }
                    break
                }
            } else {
                kind = s.properties.isAlphabetic ? .word : (s.properties.generalCategory.isPunctuation ? .punctuation : .symbol)
                if isApostrophe(s), i + 1 < scalars.count, scalars[i + 1] == "s" || scalars[i + 1] == "S",
                   i + 2 >= scalars.count || !isWordScalar(scalars[i + 2]) {
                    i += 2
                    kind = .word
                } else {
                    i += 1
                }
            }
            let surface = String(String.UnicodeScalarView(scalars[start..<i]))
            tokens.append(Token(span: Span(byteOffsets[start], byteOffsets[i]), kind: kind,
                                norm: Normalizer.key(surface), isCapitalized: scalars[start].properties.isUppercase))
        }
        return tokens
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
