import Foundation
import SitrepLanguage
import SitrepModel

/// Toponym recognition and resolution scores on a gold corpus.
public struct PlaceScores: Sendable, Codable {
    public var articles = 0
    public var gold = 0
    public var predicted = 0
    public var matched = 0
    /// Gold toponyms with a GeoNames answer, and how many of them were resolved right.
    public var resolvable = 0
    public var exact = 0
    public var within161km = 0
    public var countryCorrect = 0
    /// Of the resolvable toponyms, those the recognizer found.
    public var recognizedResolvable = 0
    /// One line per resolvable gold toponym resolved wrongly or not found ("MISS", "WRONG"), for error analysis.
    public var misses: [String] = []
    /// One line per predicted place that overlaps no gold toponym ("FALSE", article, surface, place, reason), for
    /// error analysis of precision.
    public var falsePlaces: [String] = []

    public var precision: Double { predicted == 0 ? 0 : Double(matched) / Double(predicted) }
    public var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
    public var exactAccuracy: Double { ratio(exact, resolvable) }
    public var accuracy161: Double { ratio(within161km, resolvable) }
    public var countryAccuracy: Double { ratio(countryCorrect, resolvable) }
    /// The same accuracies over the toponyms the recognizer found (resolution quality alone).
    public var exactOnRecognized: Double { ratio(exact, recognizedResolvable) }
    public var countryOnRecognized: Double { ratio(countryCorrect, recognizedResolvable) }
    func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }

    /// Scores place `p` given for gold toponym `t` (GeoNames id `gid`): exact, within 161 km, right country; a wrong
    /// place is listed in `misses`.
    mutating func score(_ p: Place, _ t: GoldToponym, _ gid: Int, article: String, surface: String, countryOfGid: [Int: String]) {
        if p.geonameid != gid {
            misses.append("WRONG\t\(t.phrase)\t\(gid)\t\(countryOfGid[t.countryGeonameid ?? -1] ?? "?")\t\(article)\t"
                + "\(surface)\t\(p.name) \(p.country ?? "") \(p.precision.rawValue) \(p.geonameid ?? 0)")
        }
        if p.geonameid == gid { exact += 1; within161km += 1 }
        else if let la = p.lat, let lo = p.lon, let gla = t.lat, let glo = t.lon, distanceKm(la, lo, gla, glo) <= 161 { within161km += 1 }
        if let cg = t.countryGeonameid, let c = countryOfGid[cg], c == p.country { countryCorrect += 1 }
        else if t.countryGeonameid == nil, p.geonameid == gid { countryCorrect += 1 }
    }

    /// The figures of resolution on gold spans, one a line.
    public var goldSpanReport: String {
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        return """
        articles \(articles)
        gold toponyms \(gold)
        with a GeoNames id \(resolvable)
        with a candidate \(recognizedResolvable)
        exact-place accuracy \(f(exactAccuracy))
        accuracy within 161 km \(f(accuracy161))
        correct-country rate \(f(countryAccuracy))
        """
    }

    /// One figure per line ("exact-place accuracy 0.812").
    public var report: String {
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        return """
        articles \(articles)
        gold toponyms \(gold)
        recognition precision \(f(precision))
        recognition recall \(f(recall))
        exact-place accuracy \(f(exactAccuracy))
        accuracy within 161 km \(f(accuracy161))
        correct-country rate \(f(countryAccuracy))
        exact-place accuracy on recognized \(f(exactOnRecognized))
        correct-country rate on recognized \(f(countryOnRecognized))
        """
    }
}

/// Scores the recognizer's places against LGL / TR-News gold toponyms.
public struct PlaceEvaluator: Sendable {
    public let recognizer: MentionRecognizer

    public init(recognizer: MentionRecognizer = MentionRecognizer()) {
        self.recognizer = recognizer
    }

    /// Reads a corpus file (`lgl.xml.gz`, `tr-news.xml.gz`) and scores it.
    public func evaluate(file: URL) throws -> PlaceScores {
        evaluate(try PlaceCorpus.read(file))
    }

    public func evaluate(_ articles: [GoldArticle]) -> PlaceScores {
        var s = PlaceScores()
        let gaz = recognizer.knowledge.gazetteer
        let countryOfGid = countryOfGeonameid()
        for a in articles {
            s.articles += 1
            var doc = Document(origin: a.id, published: a.date.flatMap { CalendarDay(parsing: $0) }, language: "en", text: a.text)
            doc.tokens = Tokenizer().tokenize(a.text)
            recognizer.recognize(&doc)
            let offsets = scalarToByte(a.text)
            let predicted: [(Span, Place, String)] = doc.mentions.compactMap { m in
                if let p = m.place { return (m.span, p, m.reason ?? "") }
                // A country named, or its adjective alone or with a sector word or title ("Turkish policeman" → TURCOP,
                // "Russia's president" → Putin): the country.
                if m.kind == .actor, let a = m.actor, a.name == nil || m.agent != nil, let c = a.country, let row = gaz.countryRow[c] {
                    return (m.span, gaz.entries[row].place, m.reason ?? "")
                }
                return nil
            }
            s.predicted += predicted.count
            s.gold += a.toponyms.count
            var used = Set<Int>()
            for t in a.toponyms {
                let span = Span(offsets[min(t.start, offsets.count - 1)], offsets[min(max(t.end, t.start), offsets.count - 1)])
                let hit = predicted.firstIndex { $0.0.overlaps(span) }
                if let h = hit, !used.contains(h) { used.insert(h); s.matched += 1 }
                guard let gid = t.geonameid else { continue }
                s.resolvable += 1
                guard let h = hit else {
                    s.misses.append("MISS\t\(t.phrase)\t\(gid)\t\(countryOfGid[t.countryGeonameid ?? -1] ?? "?")\t\(a.id)\t@\(t.start)")
                    continue
                }
                s.recognizedResolvable += 1
                let surface = String(decoding: Array(a.text.utf8)[predicted[h].0.start..<predicted[h].0.end], as: UTF8.self)
                s.score(predicted[h].1, t, gid, article: a.id, surface: surface, countryOfGid: countryOfGid)
            }
            let bytes = Array(a.text.utf8)
            for (i, (span, p, reason)) in predicted.enumerated() where !used.contains(i) {
                let surface = String(decoding: bytes[span.start..<span.end], as: UTF8.self)
                s.falsePlaces.append("FALSE\t\(a.id)\t@\(span.start)\t\(surface)\t\(p.name) \(p.country ?? "") \(p.precision.rawValue) \(p.geonameid ?? 0)\t\(reason)")
            }
        }
        return s
    }

    /// Resolution alone: each gold toponym's span is resolved by the resolver (`MentionRecognizer.resolve(_:spans:)`),
    /// the article's other names as context. Precision and recall are not measured (the spans are given);
    /// `recognizedResolvable` counts the toponyms with at least one candidate.
    public func evaluateGoldSpans(_ articles: [GoldArticle]) -> PlaceScores {
        var s = PlaceScores()
        let countryOfGid = countryOfGeonameid()
        for a in articles {
            s.articles += 1
            s.gold += a.toponyms.count
            var doc = Document(origin: a.id, published: a.date.flatMap { CalendarDay(parsing: $0) }, language: "en", text: a.text)
            doc.tokens = Tokenizer().tokenize(a.text)
            let offsets = scalarToByte(a.text)
            let spans = a.toponyms.map { t in
                Span(offsets[min(t.start, offsets.count - 1)], offsets[min(max(t.end, t.start), offsets.count - 1)])
            }
            let places = recognizer.resolve(&doc, spans: spans)
            for (t, p) in zip(a.toponyms, places) {
                guard let gid = t.geonameid else { continue }
                s.resolvable += 1
                guard let p else {
                    s.misses.append("NONE\t\(t.phrase)\t\(gid)\t\(countryOfGid[t.countryGeonameid ?? -1] ?? "?")\t\(a.id)\t@\(t.start)")
                    continue
                }
                s.recognizedResolvable += 1
                s.score(p, t, gid, article: a.id, surface: t.phrase, countryOfGid: countryOfGid)
            }
        }
        return s
    }

    /// The country (alpha-3) of each country's GeoNames id.
    func countryOfGeonameid() -> [Int: String] {
        let gaz = recognizer.knowledge.gazetteer
        var out: [Int: String] = [:]
        for row in gaz.countryRow.values { out[gaz.entries[row].geonameid] = gaz.entries[row].country }
        return out
    }

    /// The recognizer's mentions of one article (span, kind, actor, place, reason), one a line, for error analysis.
    public func mentions(of article: GoldArticle) -> [String] {
        var doc = Document(origin: article.id, published: article.date.flatMap { CalendarDay(parsing: $0) }, language: "en", text: article.text)
        doc.tokens = Tokenizer().tokenize(article.text)
        recognizer.recognize(&doc)
        let bytes = Array(article.text.utf8)
        return doc.mentions.map { m in
            let text = String(decoding: bytes[m.span.start..<m.span.end], as: UTF8.self)
            let place = m.place.map { "\($0.name) \($0.country ?? "") \($0.admin1 ?? "") \($0.precision.rawValue) \($0.geonameid ?? 0)" } ?? ""
            return "\(m.span.start)\t\(text)\t\(m.kind.rawValue)\t\(m.actor?.code ?? "-") \(m.agent ?? "")\t\(place)\t\(m.reason ?? "")"
        }
    }

    /// UTF-8 byte offset of every Unicode scalar index (plus the end).
    func scalarToByte(_ text: String) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(text.unicodeScalars.count + 1)
        var b = 0
        for u in text.unicodeScalars { out.append(b); b += UTF8.width(u) }
        out.append(b)
        return out
    }
}

/// Great-circle distance in kilometres.
public func distanceKm(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
    let r = 6371.0, d = Double.pi / 180
    let a = sin((lat2 - lat1) * d / 2) * sin((lat2 - lat1) * d / 2)
        + cos(lat1 * d) * cos(lat2 * d) * sin((lon2 - lon1) * d / 2) * sin((lon2 - lon1) * d / 2)
    return 2 * r * asin(min(1, sqrt(a)))
}
