import Foundation
import Testing
import SitrepModel
@testable import SitrepCoding

@Suite struct EvaluatorTests {
    func event(_ s: String?, _ t: String?, _ code: String, _ modality: Modality = .asserted) -> Event {
        Event(source: s.map { ActorRef(code: $0) }, target: t.map { ActorRef(code: $0) }, code: code, place: nil, date: nil,
              datePrecision: nil, modality: modality, evidence: Evidence(span: Span(0, 1), text: "x"), confidence: 1,
              coderVersion: "test", article: "a")
    }

    @Test func scoresLikeTheReferenceScript() throws {
        let gold = """
        {"id": "a", "text": "one", "date": "20080806", "events": [{"source": "USA", "target": "CHN", "code": "042"}], "parse": "ignored"}
        {"id": "b", "text": "two", "date": "20150609", "events": [{"source": "ISR", "target": "PSE", "code": "190"}, {"source": "ISR", "target": "PSE", "code": "190"}]}
        {"id": "c", "text": "three", "events": []}
        {"id": "d", "text": "skipped", "evaluate": false, "events": [{"source": "X", "target": "Y", "code": "010"}]}
        """
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gold-\(UUID().uuidString).jsonl")
        try gold.write(to: url, atomically: true, encoding: .utf8)
        var dates: [CalendarDay?] = []
        let scores = try EventEvaluator.evaluate(gold: url) { text, date in
            dates.append(date)
            switch text {
            case "one": return [event("USA", "CHN", "043")]
            case "two": return [event("ISR", "PSE", "190"), event("ISR", "PSE", "190", .negated), event("ISR", "EGY", "190", .hypothetical)]
            default: return [event("RUS", nil, "154")]
            }
        }
        #expect(dates.first! == CalendarDay(year: 2008, month: 8, day: 6))
        #expect(scores.sentences == 3)
        #expect(scores.exact == LevelScore(truePositives: 1, predicted: 3, gold: 3))
        #expect(scores.root == LevelScore(truePositives: 2, predicted: 3, gold: 3))
        #expect(scores.code == LevelScore(truePositives: 1, predicted: 3, gold: 3))
        #expect(scores.sentenceExactMatches == 1)  // b: the sets of exact triples are equal, as in the script
        #expect(scores.misses.contains { $0.id == "c" && $0.predicted == ["RUS --- 154"] })
        #expect(scores.report().contains("exact"))
    }

    @Test func malformedGoldLineNamesTheLine() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gold-bad-\(UUID().uuidString).jsonl")
        try "{\"id\": \"a\", \"text\": \"x\"}\nnot json\n".write(to: url, atomically: true, encoding: .utf8)
        do {
            _ = try EventEvaluator.evaluate(gold: url) { _, _ in [] }
            Issue.record("expected an error")
        } catch let e as EvaluationError {
            #expect(e.line == 2)
        }
    }
}
