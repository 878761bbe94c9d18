import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import SitrepCompression

/// One gold toponym of the LGL / TR-News corpora: its character span and GeoNames answer.
public struct GoldToponym: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var phrase: String
    public var geonameid: Int?
    public var lat: Double?
    public var lon: Double?
    /// GeoNames id of the gold place's country.
    public var countryGeonameid: Int?
}

/// One article of a toponym corpus.
public struct GoldArticle: Sendable {
    public var id: String
    public var text: String
    public var date: String?
    public var toponyms: [GoldToponym]
}

/// Reads the LGL / TR-News XML layout (`<article><text>…</text><toponyms><toponym>…`), gzip or plain.
public enum PlaceCorpus {
    public static func read(_ url: URL) throws -> [GoldArticle] {
        var bytes: [UInt8]
        do { bytes = [UInt8](try Data(contentsOf: url)) } catch {
            throw KnowledgeError.unreadable(file: url.path, reason: error.localizedDescription)
        }
        if Gzip.isGzip(bytes) {
            do { bytes = try Gzip.decompress(bytes) } catch { throw KnowledgeError.unreadable(file: url.path, reason: "\(error)") }
        }
        let delegate = CorpusParser()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = delegate
        guard parser.parse() else {
            throw KnowledgeError.unreadable(file: url.path, reason: parser.parserError.map { "\($0)" } ?? "XML parse error")
        }
        return delegate.articles
    }
}

final class CorpusParser: NSObject, XMLParserDelegate {
    var articles: [GoldArticle] = []
    private var article: GoldArticle?
    private var toponym: GoldToponym?
    private var buffer = ""
    private var inGaztag = false

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        buffer = ""
        switch name {
        case "article": article = GoldArticle(id: attributes["docid"] ?? "\(articles.count)", text: "", date: nil, toponyms: [])
        case "toponym": toponym = GoldToponym(start: 0, end: 0, phrase: "")
        case "gaztag": inGaztag = true; toponym?.geonameid = attributes["geonameid"].flatMap { Int($0) }
        case "country": if inGaztag { toponym?.countryGeonameid = attributes["geonameid"].flatMap { Int($0) } }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { buffer += string }

    func parser(_ parser: XMLParser, foundCDATA data: Data) { buffer += String(decoding: data, as: UTF8.self) }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let value = buffer.trimmingCharacters(in: .whitespacesAndNewlines)
        switch name {
        case "text": if toponym == nil { article?.text = buffer }
        case "dltime": article?.date = value
        case "start": toponym?.start = Int(value) ?? 0
        case "end": toponym?.end = Int(value) ?? 0
        case "phrase": toponym?.phrase = value
        case "lat": if inGaztag { toponym?.lat = Double(value) }
        case "lon": if inGaztag { toponym?.lon = Double(value) }
        case "gaztag": inGaztag = false
        case "toponym": if let t = toponym { article?.toponyms.append(t) }; toponym = nil
        case "article": if let a = article { articles.append(CorpusParser.aligned(a)) }; article = nil
        default: break
        }
        buffer = ""
    }

    /// The article with each toponym whose span does not hold its phrase moved to the nearest occurrence of the phrase
    /// (within 200 characters). Some TR-News articles' offsets drift from their text, by a few characters more with
    /// each paragraph, as if counted on a text with more characters than the one given.
    static func aligned(_ a: GoldArticle) -> GoldArticle {
        let text = Array(a.text.unicodeScalars)
        var out = a
        for (i, t) in a.toponyms.enumerated() {
            let phrase = Array(t.phrase.unicodeScalars)
            guard !phrase.isEmpty, !holds(text, phrase, at: t.start) else { continue }
            for d in 1...200 {
                if let s = [t.start - d, t.start + d].first(where: { holds(text, phrase, at: $0) }) {
                    out.toponyms[i].start = s
                    out.toponyms[i].end = s + phrase.count
                    break
                }
            }
        }
        return out
    }

    static func holds(_ text: [Unicode.Scalar], _ phrase: [Unicode.Scalar], at start: Int) -> Bool {
        start >= 0 && start + phrase.count <= text.count && text[start..<(start + phrase.count)].elementsEqual(phrase)
    }
}
