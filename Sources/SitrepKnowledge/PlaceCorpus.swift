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
        case "article": if let a = article { articles.append(a) }; article = nil
        default: break
        }
        buffer = ""
    }
}
