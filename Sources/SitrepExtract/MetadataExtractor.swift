import Foundation

/// What a page's JSON-LD says about its article.
struct LinkedData {
    var headline: String?
    var authors: [String] = []
    var datePublished: String?
    var articleBody: String?
    var publisher: String?
    var language: String?
    var url: String?

    static let articleTypes: Set<String> = [
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "scholarlyarticle", "techarticle", "liveblogposting", "report",
        "posting", "socialmediaposting", "webpage", "creativework", "medicalwebpage", "review", "recipe", "howto",
    ]

    /// Reads every JSON-LD script; the first article-typed object wins, `@graph` arrays included.
    init(scripts: [String]) {
        var objects: [[String: Any]] = []
        for script in scripts.prefix(20) {
            let cleaned = script.trimmingCharacters(in: .whitespacesAndNewlines)
                .replacingOccurrences(of: "<!--", with: "").replacingOccurrences(of: "-->", with: "")
            guard let data = cleaned.data(using: .utf8),
                  let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            Self.flatten(json, into: &objects, depth: 0)
        }
        let ranked = objects.sorted { Self.rank($0) < Self.rank($1) }
        for object in ranked where Self.rank(object) < 3 {
            headline = headline ?? Self.string(object["headline"]) ?? (Self.rank(object) == 0 ? Self.string(object["name"]) : nil)
            if authors.isEmpty { authors = Self.names(object["author"] ?? object["creator"]) }
            datePublished = datePublished ?? Self.string(object["datePublished"]) ?? Self.string(object["dateCreated"])
            articleBody = articleBody ?? Self.string(object["articleBody"]) ?? Self.string(object["text"])
            publisher = publisher ?? Self.names(object["publisher"]).first
            language = language ?? Self.string(object["inLanguage"])
            url = url ?? Self.string(object["url"]) ?? Self.string(object["mainEntityOfPage"])
        }
        if publisher == nil {
            publisher = objects.first { Self.types($0).contains { $0 == "website" || $0 == "organization" || $0 == "newsmediaorganization" } }
                .flatMap { Self.string($0["name"]) }
        }
    }

    /// 0 for articles, 1 for web pages and other creative works, 3 for anything else.
    static func rank(_ object: [String: Any]) -> Int {
        let t = types(object)
        if t.contains(where: { $0.hasSuffix("article") || $0 == "blogposting" || $0 == "liveblogposting" || $0 == "report" }) { return 0 }
        if t.contains(where: { articleTypes.contains($0) }) { return 1 }
        return 3
    }

    static func types(_ object: [String: Any]) -> [String] {
        if let s = object["@type"] as? String { return [s.lowercased()] }
        if let a = object["@type"] as? [Any] { return a.compactMap { ($0 as? String)?.lowercased() } }
        return []
    }

    static func flatten(_ json: Any, into out: inout [[String: Any]], depth: Int) {
        guard depth < 4, out.count < 100 else { return }
        if let array = json as? [Any] {
            for item in array { flatten(item, into: &out, depth: depth + 1) }
        } else if let object = json as? [String: Any] {
            out.append(object)
            if let graph = object["@graph"] { flatten(graph, into: &out, depth: depth + 1) }
            if let main = object["mainEntity"] { flatten(main, into: &out, depth: depth + 1) }
        }
    }

    static func string(_ value: Any?) -> String? {
        if let s = value as? String {
            let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
            return t.isEmpty ? nil : t
        }
        if let o = value as? [String: Any] { return string(o["@id"] ?? o["name"] ?? o["@value"]) }
        if let a = value as? [Any] { return a.lazy.compactMap { string($0) }.first }
        return nil
    }

    /// Person or organization names from a string, an object or an array of them.
    static func names(_ value: Any?) -> [String] {
        if let s = value as? String { return s.isEmpty || s.hasPrefix("http") ? [] : [s] }
        if let o = value as? [String: Any] { return string(o["name"]).map { [$0] } ?? [] }
        if let a = value as? [Any] { return a.flatMap { names($0) } }
        return []
    }
}

/// Title, author, date, site and language of a parsed page.
enum MetadataExtractor {
    /// Fills the article's metadata fields from the page's meta tags, JSON-LD and text.
    static func fill(_ article: inout ExtractedArticle, page: PageParser, linked: LinkedData, h1: String?, url: String?,
                     firstBlocks: [String]) {
        let meta = page.meta
        article.title = title(meta: meta, linked: linked, h1: h1)
        article.author = author(meta: meta, linked: linked, page: page)
        article.date = date(meta: meta, linked: linked, url: url ?? meta.canonical, firstBlocks: firstBlocks)
        article.site = clean(meta.meta("og:site_name") ?? linked.publisher ?? meta.meta("application-name")) ?? host(of: url ?? meta.canonical)
        article.language = clean(meta.htmlLang ?? meta.meta("content-language") ?? meta.meta("og:locale") ?? linked.language ?? meta.meta("language"))
        article.url = url ?? meta.canonical ?? meta.meta("og:url") ?? linked.url
    }

    static func title(meta: PageMetadata, linked: LinkedData, h1: String?) -> String? {
        let og = clean(meta.meta("og:title") ?? meta.meta("twitter:title"))
        let tag = clean(meta.titleTag)
        let headline = clean(linked.headline)
        if let h1 = clean(h1) {
            let key = ChromeRules.normalizedKey(h1)
            for other in [og, headline, tag].compactMap({ $0 }) where ChromeRules.normalizedKey(other).contains(key) { return h1 }
        }
        if let og { return withoutSiteSuffix(og, tag: tag) }
        if let headline { return headline }
        if let h1 = clean(h1) { return h1 }
        return tag.map { withoutSiteSuffix($0, tag: nil) }
    }

    /// "Headline | Site" → "Headline": the longest part when the title splits at a site separator.
    static func withoutSiteSuffix(_ title: String, tag: String?) -> String {
        for sep in [" | ", " – ", " — ", " - ", " :: ", " · ", " » ", " // "] where title.contains(sep) {
            let parts = title.components(separatedBy: sep)
            if let longest = parts.max(by: { $0.count < $1.count }), longest.count >= 15 || parts.count == 2 {
                return longest.trimmingCharacters(in: .whitespaces)
            }
        }
        return title
    }

    static func author(meta: PageMetadata, linked: LinkedData, page: PageParser) -> String? {
        if !linked.authors.isEmpty {
            var unique: [String] = []
            for name in linked.authors.map({ cleanAuthor($0) }) where !name.isEmpty && !unique.contains(name) { unique.append(name) }
            if !unique.isEmpty { return unique.joined(separator: ", ") }
        }
        for key in ["author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl", "itemprop:author", "dcterms.creator"] {
            if let value = meta.meta(key), !value.hasPrefix("http"), !value.contains("facebook.com") {
                let name = cleanAuthor(value)
                if !name.isEmpty { return name }
            }
        }
        return authorFromMarkup(page)
    }

    /// Text of the first element marked as author or byline, without "By"/"Von"/"Par" and dates.
    static func authorFromMarkup(_ page: PageParser) -> String? {
        var seen = 0
        for (index, node) in page.nodes.enumerated() where node.flags.contains(.author) {
            seen += 1
            if seen > 10 { break }
            let text = page.blocks.filter { Int($0.owner) >= index && Int($0.owner) <= Int(node.end) }
                .prefix(4).map { page.string(of: $0) }.joined(separator: " ")
            let name = cleanAuthor(text)
            if !name.isEmpty, name.split(separator: " ").count <= 6, name.count < 80 { return name }
        }
        return nil
    }

    /// Strips byline prepositions and trailing dates or roles.
    static func cleanAuthor(_ raw: String) -> String {
        var s = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        let lower = s.lowercased()
        for prefix in ["by ", "von ", "par ", "por ", "di ", "door ", "autor: ", "author: ", "auteur : ", "auteur: ", "text: ", "von:"] where lower.hasPrefix(prefix) {
            s = String(s.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
            break
        }
        if let bar = s.firstIndex(where: { $0 == "|" || $0 == "\n" }) { s = String(s[..<bar]) }
        return s.trimmingCharacters(in: CharacterSet.whitespaces.union(.punctuationCharacters).subtracting(CharacterSet(charactersIn: ".")))
    }

    static func date(meta: PageMetadata, linked: LinkedData, url: String?, firstBlocks: [String]) -> String? {
        if let d = linked.datePublished.flatMap(DateParsing.normalize) { return d }
        let keys = ["article:published_time", "og:published_time", "itemprop:datepublished", "pubdate", "publishdate",
                    "publish-date", "published_time", "date", "dc.date.issued", "dc.date", "dcterms.date", "dcterms.created",
                    "sailthru.date", "parsely-pub-date", "publication_date", "article.published", "citation_publication_date",
                    "dc.date.created", "og:article:published_time", "article:published", "datepublished", "created"]
        for key in keys { if let d = meta.meta(key).flatMap(DateParsing.normalize) { return d } }
        if let t = meta.times.first(where: \.itemprop), let d = DateParsing.normalize(t.value) { return d }
        if let t = meta.times.first, let d = DateParsing.normalize(t.value) { return d }
        if let url, let d = DateParsing.inURL(url) { return d }
        for line in firstBlocks where line.count < 120 { if let d = DateParsing.inText(line) { return d } }
        for key in ["article:modified_time", "og:updated_time", "dateModified", "last-modified"] {
            if let d = meta.meta(key).flatMap(DateParsing.normalize) { return d }
        }
        return nil
    }

    static func clean(_ s: String?) -> String? {
        guard let t = s?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else { return nil }
        return t
    }

    static func host(of url: String?) -> String? {
        guard let url, let host = URL(string: url)?.host else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}
