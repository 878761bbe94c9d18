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
