import Foundation
import SitrepModel

/// A gold file could not be read or a line is malformed.
public struct EvaluationError: Error, CustomStringConvertible, Sendable {
    public let input: String
    public let line: Int?
    public let reason: String
    public var description: String { line.map { "\(input):\($0): \(reason)" } ?? "\(input): \(reason)" }
}

/// Precision, recall and F1 at one matching level.
public struct LevelScore: Sendable, Codable, Hashable {
    public var truePositives = 0
    public var predicted = 0
    public var gold = 0
    public var precision: Double { predicted == 0 ? 0 : Double(truePositives) / Double(predicted) }
    public var recall: Double { gold == 0 ? 0 : Double(truePositives) / Double(gold) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
}

/// A sentence whose exact (source, target, code) triples differ from the gold ones.
public struct EventMiss: Sendable, Codable, Hashable {
    public var id: String
    public var text: String
    public var gold: [String]
    public var predicted: [String]
}

/// Scores of a coder on a gold file, computed as ../shared/tools/score_events.py does.
public struct EventScores: Sendable, Codable {
    public var sentences = 0
    public var sentenceExactMatches = 0
    public var sentenceAccuracy: Double { sentences == 0 ? 0 : Double(sentenceExactMatches) / Double(sentences) }
    /// (source, target, full code).
    public var exact = LevelScore()
    /// (source, target, two-digit root).
    public var root = LevelScore()
    /// Full code only.
    public var code = LevelScore()
    /// Code at the gold label's own granularity, actors ignored: a root label ("14") covers every code under it,
    /// a list of roots ("18/19/20") each of them, a range ("081-083") the codes in it. Gold sets coded with
    /// such coarse labels (the Spanish protest set) score 0 at the code level above; this level scores them.
    public var label = LevelScore()
    /// Whether some gold label is coarser than a CAMEO code (then `report` prints the label level).
    public var coarseLabels = false
    public var misses: [EventMiss] = []

    /// The score table and up to `misses` differing sentences, as text.
    public func report(misses limit: Int = 0) -> String {
        func cell(_ s: LevelScore) -> String { String(format: "%.3f / %.3f / %.3f", s.precision, s.recall, s.f1) }
        var out = String(format: "sentences %d, sentence accuracy %.3f\n", sentences, sentenceAccuracy)
        out += "exact  P / R / F1  \(cell(exact))   (\(exact.truePositives)/\(exact.predicted)/\(exact.gold))\n"
        out += "root   P / R / F1  \(cell(root))   (\(root.truePositives)/\(root.predicted)/\(root.gold))\n"
        out += "code   P / R / F1  \(cell(code))   (\(code.truePositives)/\(code.predicted)/\(code.gold))\n"
        if coarseLabels {
            out += "label  P / R / F1  \(cell(label))   (\(label.truePositives)/\(label.predicted)/\(label.gold))"
            out += "   code at the gold label's granularity, actors ignored\n"
        }
        for m in misses.prefix(limit) {
            out += "MISS \(m.id): \(m.text)\n  gold: \(m.gold.joined(separator: " "))\n  pred: \(m.predicted.joined(separator: " "))\n"
        }
        return out
    }
}

/// Scores event coding against gold JSONL files (`{"id","text","date":"YYYYMMDD","events":[{source,target,code}]}`).
/// Parse fields are never read. Negated and hypothetical events are not counted as predictions (they did not happen);
/// a missing actor is written "---" as in the gold files.
public enum EventEvaluator {
    struct GoldRecord {
        var id: String
        var text: String
        var date: CalendarDay?
        var events: [[String]]
    }

    /// Runs `coder` on every gold sentence (with `evaluate` not false) and scores it.
    public static func evaluate(gold: URL, coder: (String, CalendarDay?) throws -> [Event]) throws -> EventScores {
        let records = try load(gold)
        var scores = EventScores()
        for r in records {
            let predicted = try coder(r.text, r.date).filter { $0.modality != .negated && $0.modality != .hypothetical }
                .map { [$0.source?.code ?? "---", $0.target?.code ?? "---", $0.code] }
            add(gold: r.events, predicted: predicted, to: &scores, id: r.id, text: r.text)
        }
        return scores
    }

    static func add(gold: [[String]], predicted: [[String]], to s: inout EventScores, id: String, text: String) {
        func count(_ list: [[String]], _ level: Int) -> [String: Int] {
            var c: [String: Int] = [:]
            for e in list {
                let code = e[2]
                let root = code.prefix(2).allSatisfy(\.isNumber) ? String(code.prefix(2)) : code
                let key = level == 0 ? e.joined(separator: "|") : level == 1 ? "\(e[0])|\(e[1])|\(root)" : code
                c[key, default: 0] += 1
            }
            return c
        }
        for level in 0..<3 {
            let g = count(gold, level), p = count(predicted, level)
            let tp = g.reduce(0) { $0 + min($1.value, p[$1.key] ?? 0) }
            let add = LevelScore(truePositives: tp, predicted: predicted.count, gold: gold.count)
            switch level {
            case 0: s.exact = merge(s.exact, add)
            case 1: s.root = merge(s.root, add)
            default: s.code = merge(s.code, add)
            }
        }
        let labelHits = GoldLabel.matches(gold: gold.map { $0[2] }, predicted: predicted.map { $0[2] })
        s.label = merge(s.label, LevelScore(truePositives: labelHits, predicted: predicted.count, gold: gold.count))
        if gold.contains(where: { GoldLabel.isCoarse($0[2]) }) { s.coarseLabels = true }
        s.sentences += 1
        let gs = Set(gold.map { $0.joined(separator: " ") }), ps = Set(predicted.map { $0.joined(separator: " ") })
        if gs == ps { s.sentenceExactMatches += 1 } else {
            s.misses.append(EventMiss(id: id, text: text, gold: gs.sorted(), predicted: ps.sorted()))
        }
    }

    static func merge(_ a: LevelScore, _ b: LevelScore) -> LevelScore {
        LevelScore(truePositives: a.truePositives + b.truePositives, predicted: a.predicted + b.predicted, gold: a.gold + b.gold)
    }

    static func load(_ url: URL) throws -> [GoldRecord] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw EvaluationError(input: url.path, line: nil, reason: "cannot read file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw EvaluationError(input: url.path, line: nil, reason: "not valid UTF-8")
        }
        var out: [GoldRecord] = []
        var seen: Set<String> = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            guard let obj = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [String: Any] else {
                throw EvaluationError(input: url.path, line: n + 1, reason: "not a JSON object")
            }
            guard let idValue = obj["id"] else { throw EvaluationError(input: url.path, line: n + 1, reason: "no id") }
            let id = "\(idValue)"
            guard seen.insert(id).inserted else { throw EvaluationError(input: url.path, line: n + 1, reason: "duplicate id \(id)") }
            if (obj["evaluate"] as? Bool) == false { continue }
            let events = (obj["events"] as? [[String: Any]] ?? []).map { e in
                ["source", "target", "code"].map { k in e[k].map { "\($0)".trimmingCharacters(in: .whitespaces) } ?? "" }
            }
            let date = (obj["date"] as? String).flatMap { CalendarDay(parsing: $0) }
            out.append(GoldRecord(id: id, text: obj["text"] as? String ?? "", date: date, events: events))
        }
        return out
    }
}

/// Gold event labels that may be coarser than a CAMEO code: "14" (a root), "18/19/20" (roots), "081-083" (a range).
enum GoldLabel {
    /// Whether `label` covers the predicted CAMEO `code`.
    static func covers(_ label: String, _ code: String) -> Bool {
        if label.contains("/") { return label.split(separator: "/").contains { code.hasPrefix($0) } }
        if let dash = label.firstIndex(of: "-") {
            let low = label[..<dash], high = label[label.index(after: dash)...]
            guard code.count >= low.count else { return false }
            let head = code.prefix(low.count)
            return low <= head && head <= high
        }
        return label.count == 2 ? code.hasPrefix(label) : code == label
    }

    /// A root, a list of roots or a range: a label coarser than one CAMEO code.
    static func isCoarse(_ label: String) -> Bool { label.count == 2 || label.contains("/") || label.contains("-") }

    /// Gold labels matched one-to-one by predicted codes they cover, most specific labels first.
    static func matches(gold: [String], predicted: [String]) -> Int {
        var used = [Bool](repeating: false, count: predicted.count)
        var hits = 0
        for label in gold.sorted(by: { !isCoarse($0) && isCoarse($1) }) {
            guard let k = predicted.indices.first(where: { !used[$0] && covers(label, predicted[$0]) }) else { continue }
            used[k] = true
            hits += 1
        }
        return hits
    }
}
