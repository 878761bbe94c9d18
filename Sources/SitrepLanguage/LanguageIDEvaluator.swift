import Foundation

/// Why a language-identification gold file could not be read.
public enum LanguageIDEvaluationError: Error, CustomStringConvertible, Equatable {
    case unreadable(path: String, reason: String)
    case malformed(path: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): return "\(path): \(reason)"
        case .malformed(let path, let line, let reason): return "\(path):\(line): \(reason)"
        }
    }
}

/// Accuracy of one gold language.
public struct LanguageScore: Sendable, Equatable {
    public var language: String
    public var correct: Int
    public var total: Int
    public var accuracy: Double { total == 0 ? 0 : Double(correct) / Double(total) }
}

/// One kind of mistake: gold language, predicted language, how often.
public struct LanguageConfusion: Sendable, Equatable {
    public var gold: String
    public var predicted: String
    public var count: Int
}

/// The result of scoring the identifier on a `lang<TAB>sentence` file.
public struct LanguageIDReport: Sendable, CustomStringConvertible {
    public var total: Int
    public var correct: Int
    public var accuracy: Double { total == 0 ? 0 : Double(correct) / Double(total) }
    /// Per gold language, sorted by code.
    public var perLanguage: [LanguageScore]
    /// Most frequent mistakes first.
    public var confusions: [LanguageConfusion]
    public var bytes: Int
    public var seconds: Double
    public var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1e6 / seconds : 0 }
    public var sentencesPerSecond: Double { seconds > 0 ? Double(total) / seconds : 0 }

    /// A plain-text report: overall figures, per-language accuracy, top confusions.
    public var description: String {
        var lines = [String(format: "sentences=%d accuracy=%.4f sentences_per_s=%.0f MB_per_s=%.2f",
                            total, accuracy, sentencesPerSecond, megabytesPerSecond)]
        for s in perLanguage {
            lines.append(String(format: "  %@ %.4f (%d/%d)", s.language, s.accuracy, s.correct, s.total))
        }
        lines.append("confusions (gold -> predicted):")
        for c in confusions.prefix(20) { lines.append("  \(c.gold) -> \(c.predicted): \(c.count)") }
        return lines.joined(separator: "\n")
    }
}

/// Scores `LanguageIdentifier` against gold files such as ../shared/corpora/language/sentences-dev.tsv.
public enum LanguageIDEvaluator {
    /// Which lines of the gold file to score: all, or the part held out from training (data line index % 5 == 4,
    /// the rule of scripts/derive_language.py), or the training part.
    public enum Subset: Sendable {
        case all, heldOut, training
    }

    /// Reads `lang<TAB>sentence` lines (the first line is a header).
    public static func readTSV(_ url: URL) throws -> [(language: String, text: String)] {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw LanguageIDEvaluationError.unreadable(path: url.path, reason: error.localizedDescription)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LanguageIDEvaluationError.unreadable(path: url.path, reason: "not valid UTF-8")
        }
        var rows: [(language: String, text: String)] = []
        for (k, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where k > 0 {
            if line.isEmpty { continue }
            guard let tab = line.firstIndex(of: "\t") else {
                throw LanguageIDEvaluationError.malformed(path: url.path, line: k + 1, reason: "no tab")
            }
            rows.append((String(line[..<tab]), String(line[line.index(after: tab)...])))
        }
        return rows
    }

    /// Scores the identifier on a gold file.
    public static func evaluate(tsv: URL, subset: Subset = .all,
                                identifier: LanguageIdentifier = LanguageIdentifier()) throws -> LanguageIDReport {
        let rows = try readTSV(tsv)
        let chosen = rows.enumerated().filter { k, _ in
            switch subset {
            case .all: return true
            case .heldOut: return k % 5 == 4
            case .training: return k % 5 != 4
            }
        }.map(\.element)
        return evaluate(rows: chosen, identifier: identifier)
    }

    /// Scores the identifier on (gold language, text) pairs.
    public static func evaluate(rows: [(language: String, text: String)],
                                identifier: LanguageIdentifier = LanguageIdentifier()) -> LanguageIDReport {
        let start = DispatchTime.now().uptimeNanoseconds
        let predicted = rows.map { identifier.identify($0.text).code }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        var per: [String: LanguageScore] = [:]
        var confusions: [String: LanguageConfusion] = [:]
        var correct = 0
        for (row, guess) in zip(rows, predicted) {
            var s = per[row.language] ?? LanguageScore(language: row.language, correct: 0, total: 0)
            s.total += 1
            if guess == row.language {
                s.correct += 1
                correct += 1
            } else {
                confusions["\(row.language)\t\(guess)", default: LanguageConfusion(gold: row.language, predicted: guess,
                                                                                 count: 0)].count += 1
            }
            per[row.language] = s
        }
        return LanguageIDReport(
            total: rows.count, correct: correct,
            perLanguage: per.values.sorted { $0.language < $1.language },
            confusions: confusions.values.sorted { ($0.count, $1.gold) > ($1.count, $0.gold) },
            bytes: rows.reduce(0) { $0 + $1.text.utf8.count }, seconds: seconds)
    }
}
