import Foundation
import SitrepCompression

/// Scores of an extraction run against a corpus's gold file (the metrics of ../shared/tools/score_extraction.py).
public struct ExtractionScores: Sendable, Codable, Equatable {
    public var corpus: String
    public var documents: Int
    public var precision: Double
    public var recall: Double
    public var f1: Double
    /// Snippet corpora: (true positives + true negatives) / all snippets.
    public var accuracy: Double?
    /// Exact-match rates over documents whose gold has the field.
    public var titleExact: Double?
    public var authorExact: Double?
    public var dateExact: Double?
    /// Pages that could not be read or yielded an error.
    public var failures: Int
}

/// Runs `HTMLExtractor` over a corpus directory (`ground-truth.json` and `html/<id>.html.gz`) and scores it.
public struct ExtractionEvaluator {
    /// Extracts every page of the corpus and scores the predictions.
    public static func evaluate(corpus: URL) throws -> ExtractionScores {
        let gold = try loadGold(corpus)
        let (predictions, failures) = try predict(corpus: corpus)
        var scores = score(gold: gold, predictions: predictions)
        scores.corpus = corpus.lastPathComponent
        scores.failures = failures
        return scores
    }

    /// Predictions for every page of `corpus/html`, keyed by page id, and the number of pages that failed.
    public static func predict(corpus: URL) throws -> ([String: ExtractedArticle], Int) {
        let dir = corpus.appendingPathComponent("html")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        var predictions: [String: ExtractedArticle] = [:]
        var failures = 0
        let extractor = HTMLExtractor()
        for file in files {
            let id = ExtractedArticle.pageID(fileName: file)
            do {
                var bytes = [UInt8](try Data(contentsOf: dir.appendingPathComponent(file)))
                if Gzip.isGzip(bytes) { bytes = try Gzip.decompress(bytes) }
                var article = try extractor.extract(html: bytes, url: nil, input: file)
                article.id = id
                predictions[id] = article
            } catch {
                failures += 1
            }
        }
        return (predictions, failures)
    }

    /// The gold file as JSON objects keyed by page id.
    public static func loadGold(_ corpus: URL) throws -> [String: [String: Any]] {
        let data = try Data(contentsOf: corpus.appendingPathComponent("ground-truth.json"))
        return (try JSONSerialization.jsonObject(with: data) as? [String: [String: Any]]) ?? [:]
    }

    /// Body scores (shingles) for full-body corpora, snippet scores when the gold has "with" lists.
    public static func score(gold: [String: [String: Any]], predictions: [String: ExtractedArticle]) -> ExtractionScores {
        let snippets = gold.values.contains { $0["with"] != nil }
        return snippets ? scoreSnippets(gold: gold, predictions: predictions) : scoreBodies(gold: gold, predictions: predictions)
    }

    // MARK: - Article-extraction-benchmark metric

    static func scoreBodies(gold: [String: [String: Any]], predictions: [String: ExtractedArticle]) -> ExtractionScores {
        var ps: [Double] = [], rs: [Double] = []
        for (id, g) in gold {
            let (tp, fp, fn) = documentCounts(truth: g["articleBody"] as? String ?? "", predicted: predictions[id]?.articleBody ?? "")
            let same = fp == 0 && fn == 0
            if tp + fp > 0 || same { ps.append(same ? 1 : (tp + fp > 0 ? tp / (tp + fp) : 0)) }
            if tp + fn > 0 || same { rs.append(same ? 1 : (tp + fn > 0 ? tp / (tp + fn) : 0)) }
        }
        let p = ps.isEmpty ? 0 : ps.reduce(0, +) / Double(ps.count)
        let r = rs.isEmpty ? 0 : rs.reduce(0, +) / Double(rs.count)
        return ExtractionScores(corpus: "", documents: gold.count, precision: p, recall: r, f1: p + r > 0 ? 2 * p * r / (p + r) : 0,
                                failures: 0)
    }

    /// Normalised true-positive, false-positive and false-negative shingle counts of one document.
    static func documentCounts(truth: String, predicted: String) -> (Double, Double, Double) {
        let t = shingles(truth), p = shingles(predicted)
        var tp = 0, fp = 0, fn = 0
        for (k, c) in p { let m = min(c, t[k] ?? 0); tp += m; fp += c - m }
        for (k, c) in t { fn += max(0, c - (p[k] ?? 0)) }
        let s = Double(tp + fp + fn)
        return s > 0 ? (Double(tp) / s, Double(fp) / s, Double(fn) / s) : (0, 0, 0)
    }

    /// Multiset of 4-word shingles; words are runs of Python's `\w` (letters, numbers, underscore).
    static func shingles(_ text: String, n: Int = 4) -> [String: Int] {
        let words = pythonWords(text)
        var out: [String: Int] = [:]
        guard !words.isEmpty else { return out }
        for i in 0..<max(1, words.count - n + 1) {
            out[words[i..<min(words.count, i + n)].joined(separator: "\u{1}"), default: 0] += 1
        }
        return out
    }

    static func pythonWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isPythonWordScalar(scalar) { current.append(scalar) } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    static func isPythonWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 {
            let v = s.value
            return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122) || v == 95
        }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber: return true
        default: return false
        }
    }

    // MARK: - Snippet metric

    static func scoreSnippets(gold: [String: [String: Any]], predictions: [String: ExtractedArticle]) -> ExtractionScores {
        var tp = 0, fp = 0, tn = 0, fn = 0
        var meta: [String: (ok: Int, n: Int)] = ["title": (0, 0), "author": (0, 0), "date": (0, 0)]
        for (id, g) in gold {
            let out = predictions[id]
            let body = Array(norm(out?.articleBody ?? "").utf8)
            for snippet in g["with"] as? [String] ?? [] {
                if contains(body, Array(norm(snippet).utf8)) { tp += 1 } else { fn += 1 }
            }
            for snippet in g["without"] as? [String] ?? [] {
                if contains(body, Array(norm(snippet).utf8)) { fp += 1 } else { tn += 1 }
            }
            for field in ["title", "author", "date"] {
                guard let want = pythonString(g[field]), !want.isEmpty else { continue }
                let value: String? = field == "title" ? out?.title : (field == "author" ? out?.author : out?.date)
                var got = norm(value ?? "")
                if field == "date" { got = String(got.prefix(10)) }
                let ok = got == norm(want)
                meta[field] = (meta[field]!.ok + (ok ? 1 : 0), meta[field]!.n + 1)
            }
        }
        let p = tp + fp > 0 ? Double(tp) / Double(tp + fp) : 0
        let r = tp + fn > 0 ? Double(tp) / Double(tp + fn) : 0
        func rate(_ f: String) -> Double? { meta[f]!.n > 0 ? Double(meta[f]!.ok) / Double(meta[f]!.n) : nil }
        return ExtractionScores(corpus: "", documents: gold.count, precision: p, recall: r, f1: p + r > 0 ? 2 * p * r / (p + r) : 0,
                                accuracy: Double(tp + tn) / Double(max(1, tp + tn + fp + fn)),
                                titleExact: rate("title"), authorExact: rate("author"), dateExact: rate("date"), failures: 0)
    }

    /// Python's `" ".join(s.split()).lower()`.
    static func norm(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var pending = false
        for scalar in s.unicodeScalars {
            if scalar.properties.isWhitespace || (scalar.value >= 0x1C && scalar.value <= 0x1F) {
                pending = !out.isEmpty
            } else {
                if pending { out.append(" "); pending = false }
                out.append(scalar)
            }
        }
        return String(out).lowercased()
    }

    /// Python's `str()` of a gold value (a string, or a list of strings), nil when falsy.
    static func pythonString(_ value: Any?) -> String? {
        if let s = value as? String { return s }
        if let a = value as? [String], !a.isEmpty { return "[" + a.map { "'\($0)'" }.joined(separator: ", ") + "]" }
        return nil
    }

    /// Byte-level substring search (code-point exact, like Python's `in`).
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        if needle.isEmpty { return true }
        guard haystack.count >= needle.count else { return false }
        let first = needle[0]
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < needle.count && haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
