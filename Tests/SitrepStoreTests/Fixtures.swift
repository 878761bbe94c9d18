import Foundation
import SitrepModel
@testable import SitrepStore

/// A fresh database file in a temporary directory.
func temporaryStore() throws -> SQLiteEventStore {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-store-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return try SQLiteEventStore(path: dir.appendingPathComponent("test.db").path)
}

let bakhmut = Place(name: "Bakhmut", country: "UKR", admin1: "UA.05", lat: 48.5956, lon: 38.0003, geonameid: 712451, precision: .city)
let yerevan = Place(name: "Yerevan", country: "ARM", admin1: "AM.11", lat: 40.1811, lon: 44.5136, geonameid: 616052, precision: .city)
let almaty = Place(name: "Almaty", country: "KAZ", lat: 43.25, lon: 76.95, geonameid: 1526384, precision: .city)

/// An event whose evidence is the first occurrence of `sentence` in `text`.
func makeEvent(_ text: String, _ sentence: String, source: String?, target: String?, code: String, place: Place?,
               date: String?, modality: Modality = .asserted, speakers: [ActorRef] = [], fatalities: Fatalities? = nil,
               sourceName: String? = nil, precision: DatePrecision = .day, dateEnd: String? = nil) -> Event {
    let r = text.range(of: sentence)!
    let start = text.utf8.distance(from: text.utf8.startIndex, to: r.lowerBound)
    let span = Span(start, start + sentence.utf8.count)
    return Event(source: source.map { ActorRef(code: $0, name: sourceName) }, target: target.map { ActorRef(code: $0) },
                 code: code, place: place, date: date.flatMap(CalendarDay.init(parsing:)),
                 dateEnd: dateEnd.flatMap(CalendarDay.init(parsing:)), datePrecision: precision, modality: modality,
                 speakers: speakers, fatalities: fatalities, evidence: Evidence(span: span, text: sentence, trigger: Span(start, start + 3)),
                 confidence: 0.8, coderVersion: "coder test; kb test", article: ArticleID.make(text: text))
}

/// A French article about shelling in Bakhmut and a Putin visit, with two events and a knowledge flag.
func frenchArticle(site: String = "lemonde.fr", extra: String = "") -> Document {
    let text = "Les forces russes ont bombardé Bakhmut mercredi.\nVladimir Poutine s’est rendu à Erevan pour le sommet de l’OTSC, dont l’Azerbaïdjan est membre.\(extra)"
    var d = Document(origin: "test.txt", url: "https://www.\(site)/article", title: "Bakhmut sous les obus", site: site,
                     published: CalendarDay(year: 2023, month: 2, day: 1), language: "fr", text: text)
    d.events = [
        makeEvent(text, "Les forces russes ont bombardé Bakhmut mercredi.", source: "RUSMIL", target: "UKR", code: "195",
                  place: bakhmut, date: "2023-02-01", fatalities: Fatalities(min: 3, max: nil)),
        makeEvent(text, "Vladimir Poutine s’est rendu à Erevan pour le sommet de l’OTSC, dont l’Azerbaïdjan est membre.",
                  source: "RUSGOV", target: "ARM", code: "042", place: yerevan, date: "2022-11-23", sourceName: "Vladimir Putin",
                  precision: .day),
    ]
    let flagText = "dont l’Azerbaïdjan est membre"
    let r = text.range(of: flagText)!
    let s = text.utf8.distance(from: text.utf8.startIndex, to: r.lowerBound)
    d.flags = [KnowledgeFlag(kind: "former-member", message: "Azerbaijan left the CSTO in 1999", evidence: Span(s, s + flagText.utf8.count))]
    return d
}

/// An English article reporting the same shelling (same event id) plus a predicted offensive.
func englishArticle(site: String = "bbc.co.uk") -> Document {
    let text = "Russian forces shelled Bakhmut on Wednesday, officials said.\nAnalysts expect a new offensive around 24 February."
    var d = Document(origin: "en.txt", url: "https://\(site)/news/1", title: "Bakhmut shelled", site: site,
                     published: CalendarDay(year: 2023, month: 2, day: 2), language: "en", text: text)
    d.events = [
        makeEvent(text, "Russian forces shelled Bakhmut on Wednesday, officials said.", source: "RUSMIL", target: "UKR", code: "195",
                  place: bakhmut, date: "2023-02-01", modality: .claimed, speakers: [ActorRef(code: "UKRGOV", name: "local officials")]),
        makeEvent(text, "Analysts expect a new offensive around 24 February.", source: "RUSMIL", target: "UKR", code: "190",
                  place: nil, date: "2023-02-24", modality: .predicted),
    ]
    return d
}
