import Foundation
import SitrepLanguage
import SitrepModel
@testable import SitrepCoding

/// Builds a Document with Tokenizer tokens and hand-made mentions and time expressions.
final class DocBuilder {
    var doc: Document

    init(_ text: String, language: String, published: CalendarDay? = CalendarDay(year: 2023, month: 2, day: 1)) {
        doc = Document(origin: "test", published: published, language: language, text: text)
        doc.tokens = Tokenizer().tokenize(text)
    }

    /// Token range of the n-th occurrence of `surface` (matched on token norms).
    func tokens(_ surface: String, occurrence n: Int = 1) -> Range<Int> {
        let want = Tokenizer().tokenize(surface).map(\.norm)
        var seen = 0
        for i in 0..<doc.tokens.count where i + want.count <= doc.tokens.count {
            if (0..<want.count).allSatisfy({ doc.tokens[i + $0].norm == want[$0] }) {
                seen += 1
                if seen == n { return i..<(i + want.count) }
            }
        }
        fatalError("'\(surface)' not found in test text")
    }

    func span(_ r: Range<Int>) -> Span { Span(doc.tokens[r.lowerBound].span.start, doc.tokens[r.upperBound - 1].span.end) }

    @discardableResult
    func actor(_ surface: String, _ code: String, name: String? = nil, place: Place? = nil, occurrence n: Int = 1) -> DocBuilder {
        let r = tokens(surface, occurrence: n)
        doc.mentions.append(Mention(span: span(r), tokens: r, kind: .actor, actor: ActorRef(code: code, name: name), place: place))
        return self
    }

    /// A named person of the knowledge base ("person.putin"), as recognition gives it.
    @discardableResult
    func person(_ surface: String, _ code: String, entity: String, occurrence n: Int = 1) -> DocBuilder {
        let r = tokens(surface, occurrence: n)
        doc.mentions.append(Mention(span: span(r), tokens: r, kind: .actor, actor: ActorRef(code: code, name: surface, entity: entity)))
        return self
    }

    @discardableResult
    func country(_ surface: String, _ code: String, occurrence n: Int = 1) -> DocBuilder {
        actor(surface, code, place: Place(name: surface, country: code, lat: nil, lon: nil, geonameid: nil, precision: .country), occurrence: n)
    }

    @discardableResult
    func place(_ surface: String, country: String, precision: PlacePrecision = .city, occurrence n: Int = 1) -> DocBuilder {
        let r = tokens(surface, occurrence: n)
        let p = Place(name: surface, country: country, lat: 1, lon: 2, geonameid: nil, precision: precision)
        doc.mentions.append(Mention(span: span(r), tokens: r, kind: .place, place: p))
        return self
    }

    @discardableResult
    func agent(_ surface: String, _ sector: String, occurrence n: Int = 1) -> DocBuilder {
        let r = tokens(surface, occurrence: n)
        doc.mentions.append(Mention(span: span(r), tokens: r, kind: .agent, agent: sector))
        return self
    }

    @discardableResult
    func timex(_ surface: String, _ date: CalendarDay, end: CalendarDay? = nil, precision: DatePrecision, future: Bool = false) -> DocBuilder {
        doc.timexes.append(TimeExpression(span: span(tokens(surface)), date: date, end: end, precision: precision, isFuture: future))
        return self
    }

    func coded() -> [Event] {
        var d = doc
        Coders.shared.code(&d)
        return d.events
    }
}

enum Coders {
    static let shared: EventCoder = try! EventCoder()
}

extension Event {
    /// "SRC>TGT:code" for compact assertions.
    var triple: String { "\(source?.code ?? "---")>\(target?.code ?? "---"):\(code)" }
}
