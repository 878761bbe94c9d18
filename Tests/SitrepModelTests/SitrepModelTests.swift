import Testing
@testable import SitrepModel

@Suite struct ModelTests {
    @Test func sha256KnownVectors() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Array(String(repeating: "a", count: 1000).utf8)
        #expect(SHA256.hex(long) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test func calendarArithmetic() {
        let d = CalendarDay(parsing: "2023-02-01")!
        #expect(d.weekday == 3)  // a Wednesday
        #expect(CalendarDay(parsing: "20080806") == CalendarDay(year: 2008, month: 8, day: 6))
        #expect(CalendarDay(dayNumber: d.dayNumber) == d)
        #expect(d.adding(days: -1) == CalendarDay(year: 2023, month: 1, day: 31))
        #expect(CalendarDay(year: 2024, month: 1, day: 31).adding(months: 1) == CalendarDay(year: 2024, month: 2, day: 29))
        #expect(CalendarDay(parsing: "2023-02-30") == nil)
        #expect(CalendarDay(parsing: "2023-02-01T10:00:00Z") == d)
    }

    @Test func cameoTable() {
        let c = CAMEO.shared
        #expect(c.name("190") != nil)
        #expect(c.goldstein("190") == -10.0)
        #expect(c.name("106") == "Demand withdrawal")
        #expect(CAMEO.quadClass(code: "042") == 1)
        #expect(CAMEO.quadClass(code: "1823") == 4)
        #expect(c.plover("042") == "CONSULT")
    }

    @Test func eventIDsAreContentDerived() {
        let ev = Evidence(span: Span(0, 5), text: "x")
        let a = Event(source: ActorRef(code: "RUS"), target: ActorRef(code: "UKR"), code: "190", place: nil,
                      date: CalendarDay(year: 2023, month: 2, day: 1), datePrecision: .day, modality: .asserted,
                      evidence: ev, confidence: 1, coderVersion: "t", article: "a1")
        var b = a
        b = Event(source: a.source, target: a.target, code: "190", place: nil, date: a.date, datePrecision: .day,
                  modality: .claimed, evidence: Evidence(span: Span(9, 20), text: "y"), confidence: 0.5,
                  coderVersion: "t", article: "a2")
        #expect(a.id == b.id)  // same event, other report
        let p = Event(source: a.source, target: a.target, code: "190", place: nil, date: a.date, datePrecision: .day,
                      modality: .predicted, evidence: ev, confidence: 1, coderVersion: "t", article: "a1")
        #expect(p.id != a.id)  // a prediction is not the event happening
    }
}

/// Article ids are stored: the fast whitespace normalization must give exactly the bytes of the definition
/// (split on `Character.isWhitespace`, join with one space), on every kind of whitespace and cluster.
@Suite struct ArticleIDTests {
    static let pieces = [" ", "  ", "\t", "\n", "\r\n", "\r", "\u{A0}", "\u{2009}", "\u{3000}", "\u{85}", "\u{2028}",
                         "a", "Bakhmut", "é", "e\u{301}", "\u{301}", "\u{200D}", "\u{1F3FD}", "\u{600}", "Путин", "👍🏽", "x"]

    @Test func fastNormalizationEqualsTheDefinition() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...12, using: &rng)).map { _ in Self.pieces.randomElement(using: &rng)! }.joined()
            let definition = Array(text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").utf8)
            #expect(ArticleID.normalizedBytes(text) == definition, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func idIgnoresWhitespaceLayout() {
        #expect(ArticleID.make(text: "  Les forces russes\n\nbombardent  Bakhmut. ") == ArticleID.make(text: "Les forces russes bombardent Bakhmut."))
        #expect(ArticleID.make(text: "a b") != ArticleID.make(text: "ab"))
        #expect(ArticleID.make(text: "x") == String(SHA256.hex(Array("x".utf8)).prefix(24)))
    }
}
