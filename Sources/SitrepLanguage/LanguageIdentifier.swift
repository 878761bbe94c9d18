import Foundation

/// Writing systems the identifier tells apart before scoring (a language is only scored against text in its script).
public enum Script: UInt8, Sendable, CaseIterable {
    case other, latin, greek, cyrillic, armenian, hebrew, arabic, devanagari, bengali, gurmukhi, gujarati, oriya,
         tamil, telugu, kannada, malayalam, sinhala, thai, georgian, hangul, cjk, ethiopic

    /// The script of a scalar value (letters only are meaningful).
    public static func of(_ v: UInt32) -> Script {
        switch v {
        case 0x41...0x24F, 0x1E00...0x1EFF: return .latin
        case 0x370...0x3FF, 0x1F00...0x1FFF: return .greek
        case 0x400...0x52F, 0x1C80...0x1C8F, 0xA640...0xA69F: return .cyrillic
        case 0x530...0x58F: return .armenian
        case 0x590...0x5FF: return .hebrew
        case 0x600...0x6FF, 0x750...0x77F, 0x8A0...0x8FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: return .arabic
        case 0x900...0x97F: return .devanagari
        case 0x980...0x9FF: return .bengali
        case 0xA00...0xA7F: return .gurmukhi
        case 0xA80...0xAFF: return .gujarati
        case 0xB00...0xB7F: return .oriya
        case 0xB80...0xBFF: return .tamil
        case 0xC00...0xC7F: return .telugu
        case 0xC80...0xCFF: return .kannada
        case 0xD00...0xD7F: return .malayalam
        case 0xD80...0xDFF: return .sinhala
        case 0xE00...0xE7F: return .thai
        case 0x10A0...0x10FF, 0x1C90...0x1CBF: return .georgian
        case 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF: return .hangul
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: return .cjk
        case 0x1200...0x139F: return .ethiopic
        default: return .other
        }
    }
}

/// Identifies the language of a text among the 54 languages of the bundled model (naive Bayes over character
/// 1–4-grams and words, scored only for languages written in the text's dominant script).
public struct LanguageIdentifier: Sendable {
    /// The code returned when the text is too short or no language fits.
    public static let unknown = "und"
    /// Fewer letters than this give `unknown`.
    public let minimumLetters: Int
    let model: LanguageModel?
    /// Why the model is unavailable, if it is.
    public let loadError: LanguageModelError?

    /// An identifier over the bundled model (loaded once per process).
    public init(minimumLetters: Int = 3) {
        self.minimumLetters = minimumLetters
        switch LanguageModel.bundled {
        case .success(let m): model = m; loadError = nil
        case .failure(let e): model = nil; loadError = e
        }
    }

    /// ISO 639-1 codes the model knows.
    public var languages: [String] { model?.codes ?? [] }

    /// The most likely language of `text` and a confidence in [0, 1]; ("und", 0) when undecidable.
    public func identify(_ text: String) -> (code: String, confidence: Double) {
        var text = text
        return text.withUTF8 { identify(utf8: $0) }
    }

    /// Same as `identify(_:)` over valid UTF-8 bytes.
    public func identify(utf8: UnsafeBufferPointer<UInt8>) -> (code: String, confidence: Double) {
        let ranked = rank(utf8: utf8)
        guard let best = ranked.first else { return (LanguageIdentifier.unknown, 0) }
        return best
    }

    /// Candidate languages with their posterior probabilities, best first (empty when undecidable).
    public func rank(_ text: String) -> [(code: String, confidence: Double)] {
        var text = text
        return text.withUTF8 { rank(utf8: $0) }
    }

    func rank(utf8: UnsafeBufferPointer<UInt8>) -> [(code: String, confidence: Double)] {
        guard let model else { return [] }
        var scorer = NGramScorer(model: model)
        scorer.read(utf8)
        return scorer.result(minimumLetters: minimumLetters)
    }
}
