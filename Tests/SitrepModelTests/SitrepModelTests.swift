import Foundation
import Testing
@testable import SitrepModel

@Suite struct ModelTests {
    @Test func sha256KnownVectors() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Array(String(repeating: "a", count: 1000).utf8)
        #expect(SHA256.hex(long) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    /// Lengths around the padding boundaries (one or two final blocks), digests from Python's hashlib.
    @Test func sha256PaddingBoundaries() {
        let expected: [Int: String] = [
            55: "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318",
            56: "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a",
            57: "f13b2d724659eb3bf47f2dd6af1accc87b81f09f59f2b75e5c0bed6589dfe8c6",
            63: "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34",
            64: "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb",
            65: "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0",
            119: "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb",
            120: "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c",
            127: "c57e9278af78fa3cab38667bef4ce29d783787a2f731d4e12200270f0c32320a",
            128: "6836cf13bac400e9105071cd6af47084dfacad4e5e302c94bfed24e013afb73e",
            129: "c12cb024a2e5551cca0e08fce8f1c5e314555cc3fef6329ee994a3db752166ae",
        ]
        for (n, hex) in expected { #expect(SHA256.hex([UInt8](repeating: 0x61, count: n)) == hex, "\(n) bytes") }
    }

    @Test func isoDatesAsStringFormat() {
        for (y, m, d) in [(2023, 2, 1), (5, 3, 7), (0, 1, 1), (9999, 12, 31), (10000, 1, 1), (-1, 1, 1), (1999, 10, 10)] {
            #expect(CalendarDay(year: y, month: m, day: d).iso == String(format: "%04d-%02d-%02d", y, m, d))
        }
    }

    /// Lookups give what the Dictionary gives: ASCII words, other scripts, the empty word, a Kelvin sign (≡ "K").
    @Test func wordTableAgreesWithDictionary() {
        let dictionary: [String: Int] = ["force": 1, "forces": 2, "arménie": 3, "": 4, "\u{212A}": 5, "россия": 6, "l'": 7, "e\u{301}te\u{301}": 8]
        let table = WordTable(dictionary)
        var rng = SystemRandomNumberGenerator()
        let pieces = ["f", "o", "r", "c", "e", "s", "K", "k", "é", "e\u{301}", "t", "l", "'", "ро", "ссия", "arm", "énie"]
        var probes = Array(dictionary.keys) + ["K", "k", "été", "forc", "forcesx", "arme\u{301}nie"]
        for _ in 0..<2000 { probes.append((0..<Int.random(in: 0...5, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()) }
        for p in probes { #expect(table[p] == dictionary[p], "\(p.unicodeScalars.map { String($0.value, radix: 16) })") }
        #expect(table.count == dictionary.count)
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

/// Content ids written from bytes give the ids of their definitions (stored ids must never change).
@Suite struct ContentIDBytesTests {
    @Test func asciiNormalizationEqualsTheDefinition() {
        let pieces = [" ", "  ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "a", "Bakhmut", "x.", "1,5"]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...12, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            let definition = Array(text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").utf8)
            #expect(ArticleID.asciiNormalizedBytes(text) == definition, "\(Array(text.utf8))")
        }
        #expect(ArticleID.asciiNormalizedBytes("café") == nil)
    }

    @Test func hexDigitsArePrefixesOfTheHexDigest() {
        for message in ["", "abc", "Les forces russes", String(repeating: "x", count: 200)].map({ Array($0.utf8) }) {
            let full = SHA256.hex(message)
            for n in [0, 1, 23, 24, 63, 64] { #expect(SHA256.hex(message, digits: n) == String(full.prefix(n))) }
        }
    }

    @Test func eventIDsEqualTheJoinedDefinition() {
        func definition(_ s: String?, _ t: String?, _ code: String, _ place: Place?, _ day: CalendarDay?, _ happened: Bool) -> String {
            let placeKey = place.map { p in p.geonameid.map(String.init) ?? "\(p.name)|\(p.country ?? "")" } ?? ""
            let key = [s ?? "", t ?? "", code, placeKey, day?.iso ?? "", happened ? "H" : "P"].joined(separator: "\u{1F}")
            return String(SHA256.hex(Array(key.utf8)).prefix(24))
        }
        let places: [Place?] = [nil, Place(name: "Kharkiv", country: "UKR", lat: 50, lon: 36, geonameid: 706483, precision: .city),
                                Place(name: "Bakhmut", country: nil, lat: nil, lon: nil, geonameid: nil, precision: .city)]
        for place in places {
            for (s, t) in [("RUSMIL", "UKR"), (nil, "UKR"), ("Путин", nil), (nil, nil)] as [(String?, String?)] {
                for day in [nil, CalendarDay(year: 2023, month: 2, day: 1)] {
                    for happened in [true, false] {
                        #expect(Event.makeID(source: s, target: t, code: "190", place: place, day: day, happened: happened)
                                == definition(s, t, "190", place, day, happened))
                    }
                }
            }
        }
    }
}
