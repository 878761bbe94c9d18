import Foundation
import SitrepLanguage
import SitrepModel
@testable import SitrepKnowledge

/// Shared fixtures: the shipped knowledge base (loaded once) and a helper that recognizes a text.
enum Fixture {
    static let kb = KnowledgeBase.shared
    static let recognizer = MentionRecognizer(knowledge: kb)

    static func doc(_ text: String, date: String = "2023-02-01", language: String = "fr") -> Document {
        var d = Document(origin: "test", published: CalendarDay(parsing: date), language: language, text: text)
        d.tokens = Tokenizer().tokenize(text)
        d.sentences = [Sentence(span: Span(0, text.utf8.count), tokens: 0..<d.tokens.count)]
        recognizer.recognize(&d)
        return d
    }

    /// The code of knowledge entry `id` on an ISO date (nil when the id or the date is unknown).
    static func code(_ id: String, _ date: String) -> String? {
        guard let i = kb.entityIndex[id], let d = CalendarDay(parsing: date) else { return nil }
        return kb.entities[i].code(on: d)
    }

    /// The knowledge entry (a person's id) of the mention `surface` of `text` read on `date`.
    static func holder(_ text: String, _ surface: String, _ date: String, _ language: String) -> String? {
        mention(doc(text, date: date, language: language), surface)?.actor?.entity
    }

    /// The mention whose text is exactly `surface`.
    static func mention(_ d: Document, _ surface: String) -> Mention? {
        d.mentions.first { d.text($0.span) == surface }
    }

    static func dump(_ d: Document) -> String {
        d.mentions.map { m in
            "\(d.text(m.span)) [\(m.kind.rawValue)] \(m.actor?.code ?? "-") \(m.actor?.name ?? "") \(m.agent ?? "") "
                + "\(m.place.map { "\($0.name) \($0.country ?? "") \($0.admin1 ?? "") \($0.precision.rawValue)" } ?? "")"
        }.joined(separator: "\n")
    }

    /// ../shared from this file, or nil when absent.
    static var shared: URL? {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}
