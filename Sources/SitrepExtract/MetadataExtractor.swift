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
            var bytes = Array(script.utf8)
            if ChromeRules.bytesContain(script, "<!--") {
                bytes = Array(script.replacingOccurrences(of: "<!--", with: "").replacingOccurrences(of: "-->", with: "").utf8)
            }
            guard let json = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) else { continue }
            Self.flatten(json, into: &objects, depth: 0)
        }
        var byID: [String: [String: Any]] = [:]
        for object in objects { if let id = object["@id"] as? String, byID[id] == nil { byID[id] = object } }
        let ranked = objects.sorted { Self.rank($0) < Self.rank($1) }
        for object in ranked where Self.rank(object) < 3 {
            headline = headline ?? Self.string(object["headline"]) ?? (Self.rank(object) == 0 ? Self.string(object["name"]) : nil)
            if authors.isEmpty { authors = Self.names(object["author"] ?? object["creator"], byID: byID) }
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
            let t = ByteTrim.trimmed(s)
            return t.isEmpty ? nil : t
        }
        if let o = value as? [String: Any] { return string(o["@id"] ?? o["name"] ?? o["@value"]) }
        if let a = value as? [Any] { return a.lazy.compactMap { string($0) }.first }
        return nil
    }

    /// Person or organization names from a string, an object or an array of them.
    static func names(_ value: Any?, byID: [String: [String: Any]] = [:]) -> [String] {
        if let s = value as? String { return s.isEmpty || s.hasPrefix("http") ? [] : [s] }
        if let o = value as? [String: Any] {
            if let name = o["name"] { return string(name).map { [$0] } ?? [] }
            if let id = o["@id"] as? String, let target = byID[id], let name = string(target["name"]) { return [name] }
            return []
        }
        if let a = value as? [Any] { return a.flatMap { names($0, byID: byID) } }
        return []
    }
}

/// Title, author, date, site and language of a parsed page.
enum MetadataExtractor {
    /// Fills the article's metadata fields from the page's meta tags, JSON-LD and text.
    static func fill(_ article: inout ExtractedArticle, page: PageParser, linked: LinkedData, headings: [String], url: String?,
                     firstBlocks: [String], mainHeading: String?) {
        let meta = page.meta
        let site = clean(meta.meta("og:site_name") ?? linked.publisher ?? meta.meta("application-name"))
        article.title = title(meta: meta, linked: linked, headings: headings, site: site ?? host(of: url ?? meta.canonical),
                              mainHeading: mainHeading)
        article.author = author(meta: meta, linked: linked, page: page, site: site ?? host(of: url ?? meta.canonical))
        article.date = date(meta: meta, linked: linked, url: url ?? meta.canonical ?? meta.meta("og:url"), firstBlocks: firstBlocks, page: page)
        article.site = site ?? host(of: url ?? meta.canonical)
        article.language = clean(meta.htmlLang ?? meta.meta("content-language") ?? meta.meta("og:locale") ?? linked.language ?? meta.meta("language"))
        article.url = url ?? meta.canonical ?? meta.meta("og:url") ?? linked.url
    }

    static func title(meta: PageMetadata, linked: LinkedData, headings: [String], site: String?, mainHeading: String? = nil) -> String? {
        let og = clean(meta.meta("og:title") ?? meta.meta("twitter:title")).map { withoutSiteSuffix($0, site: site) }
        let tag = clean(meta.titleTag).map { withoutSiteSuffix($0, site: site) }
        let headline = clean(linked.headline)
        let references = [og, headline, tag].compactMap { $0 }.map(ChromeRules.normalizedKey).filter { !$0.isEmpty }
        for heading in headings {
            let key = ChromeRules.normalizedKey(heading)
            guard key.count >= 4 else { continue }
            if references.contains(where: { similar(key, $0) }) { return heading }
        }
        return mainHeading ?? og ?? headline ?? tag ?? headings.first
    }

    /// Equal, or one contains the other and is at least 60 % of its length.
    static func similar(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        return long.contains(short) && (Double(short.count) >= 0.6 * Double(long.count) || short.count >= 12)
    }

    /// "Headline | Site" → "Headline": drops the part naming the site, else keeps the longest part.
    static func withoutSiteSuffix(_ title: String, site: String?) -> String {
        let siteKey = site.map(ChromeRules.normalizedKey) ?? ""
        for sep in [" | ", " – ", " — ", " - ", " :: ", " · ", " » ", " // ", " : "] where ChromeRules.bytesContain(title, sep) {
            let parts = title.components(separatedBy: sep)
            if !siteKey.isEmpty {
                let rest = parts.filter { part in
                    let key = ChromeRules.normalizedKey(part)
                    return key.isEmpty || !(siteKey.contains(key) || key.contains(siteKey))
                }
                if rest.count < parts.count, !rest.isEmpty {
                    let joined = ByteTrim.trimmed(rest.joined(separator: sep))
                    return rest.count > 1 ? withoutSiteSuffix(joined, site: nil) : joined
                }
            }
            guard sep == " | " || sep == " :: " || sep == " // " || parts.count == 2 else { continue }
            if let longest = parts.max(by: { $0.count < $1.count }), longest.count >= 10 {
                return ByteTrim.trimmed(longest)
            }
        }
        return title
    }

    static func author(meta: PageMetadata, linked: LinkedData, page: PageParser, site: String?) -> String? {
        var candidates: [String] = []
        var unique: [String] = []
        for name in linked.authors.map({ cleanAuthor($0) }) where !name.isEmpty && !unique.contains(name) { unique.append(name) }
        if !unique.isEmpty { candidates.append(unique.joined(separator: ", ")) }
        for key in ["author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl", "itemprop:author", "dcterms.creator"] {
            if let value = meta.meta(key), !value.hasPrefix("http"), !ChromeRules.bytesContain(value, "facebook.com") {
                let name = cleanAuthor(value)
                if !name.isEmpty { candidates.append(name) }
            }
        }
        if let name = authorFromMarkup(page) { candidates.append(name) }
        if let name = bylineInText(page) { candidates.append(name) }
        // The publisher named as author is a last resort: a person's name found elsewhere wins.
        let siteKey = site.map(ChromeRules.normalizedKey) ?? ""
        let isSite = { (name: String) -> Bool in
            let key = ChromeRules.normalizedKey(name)
            return !siteKey.isEmpty && !key.isEmpty && (siteKey.contains(key) || key.contains(siteKey))
        }
        return candidates.first { !isSite($0) } ?? candidates.first
    }

    /// A short line of the page that starts with a byline word or label ("By …", "Von …", "Autor: …").
    static func bylineInText(_ page: PageParser) -> String? {
        var previousWasLabel = false
        for block in page.blocks.prefix(800) where block.chars < 80 {
            guard previousWasLabel || Self.bylineInitials.contains(page.text[Int(block.start)] | 0x20) else { continue }
            let text = page.string(of: block)
            let lower = CaseFolding.lower(text)
            if previousWasLabel {
                let name = cleanAuthor(text)
                if !name.isEmpty { return name }
            }
            previousWasLabel = ["autor:", "author:", "auteur :", "auteur:", "von:", "by:", "text:", "autorin:"].contains(lower)
            guard !previousWasLabel, authorPrefixes.contains(where: { lower.hasPrefix($0) }) || lower.hasPrefix("autor:") || lower.hasPrefix("author:") else { continue }
            let words = text.split(separator: " ")
            let name = cleanAuthor(text)
            guard !name.isEmpty, words.count <= 8, name.first?.isUppercase == true else { continue }
            return name
        }
        return nil
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

    /// Strips byline prepositions, labels and trailing dates; empty when the text does not look like a name.
    static func cleanAuthor(_ raw: String) -> String {
        var s = ByteTrim.trimmed(raw)
        if let colon = s.firstIndex(of: ":"), s.distance(from: s.startIndex, to: colon) < 30 {
            s = String(s[s.index(after: colon)...])
        }
        s = ByteTrim.trimmed(s)
        let lower = CaseFolding.lower(s)
        for prefix in authorPrefixes where lower.hasPrefix(prefix) {
            s = ByteTrim.trimmed(String(s.dropFirst(prefix.count)))
            break
        }
        // Cut at a separator, a date or a time that follows the name.
        let scalars = Array(s.unicodeScalars)
        var cut = scalars.count
        for (i, c) in scalars.enumerated() {
            if c == "|" || c == "\n" || c == "·" || c == "•" || c == "(" { cut = i; break }
            if CharacterSet.decimalDigits.contains(c), i > 0, !CharacterSet.letters.contains(scalars[i - 1]) { cut = i; break }
        }
        s = ByteTrim.trimmed(String(String.UnicodeScalarView(scalars[0..<cut])))
        for sep in [" — ", " – ", " said", " sagt", " schreibt", " posted on", " publié le", " veröffentlicht", " publiziert"] {
            // Folding keeps byte lengths, so the offset found in the folded text cuts the original.
            if let k = ChromeRules.byteOffset(of: sep, in: CaseFolding.lower(s)) { s = String(decoding: s.utf8.prefix(k), as: UTF8.self) }
        }
        for suffix in [" am", " le", " on", " el", " il", " op", " den", " vom", ","] where CaseFolding.lower(s).hasSuffix(suffix) {
            s = String(s.dropLast(suffix.count))
        }
        let folded = CaseFolding.lower(s)
        if ChromeRules.bylineWords.contains(folded) || ["publiziert", "veröffentlicht", "posted", "redaktion"].contains(folded) {
            return ""
        }
        s = s.trimmingCharacters(in: Self.authorTrim)
        if ChromeRules.bytesContain(s, "@") || ChromeRules.bytesContain(s, "http") || s.split(separator: " ").count > 8 || s.count < 2 { return "" }
        return s
    }

    static let authorTrim = CharacterSet.whitespaces.union(.punctuationCharacters).subtracting(CharacterSet(charactersIn: "."))

    /// First letters (lowercased) of byline prefixes and labels.
    static let bylineInitials: Set<UInt8> = Set("bvpdeagwrtoa".utf8)

    static let authorPrefixes = [
        "by ", "von ", "par ", "por ", "di ", "door ", "eingestellt von ", "geschrieben von ", "posted by ", "written by ",
        "publié par ", "veröffentlicht von ", "erstellt von ", "autor ", "author ", "auteur ", "text ", "redaktion ",
    ]

    /// The first date written in a short line, or at the start of a paragraph, anywhere on the page.
    static func firstWrittenDate(_ page: PageParser) -> String? {
        page.text.withUnsafeBufferPointer { text in
            for block in page.blocks.prefix(600) {
                var end = Int(block.end)
                if block.chars >= 150 { end = min(end, Int(block.start) + 40) }
                if let d = DateParsing.inText(UnsafeBufferPointer(rebasing: text[Int(block.start)..<end])) { return d }
            }
            return nil
        }
    }

    /// The first date written in an element marked as a dateline (class "date", "published", `<time>`…).
    static func datelineDate(_ page: PageParser) -> String? { datelineDateAndBlock(page)?.date }

    /// Same, with the index of the block it was read in. A date with a two-digit year ("31.10.23") counts only
    /// when no dateline of the page writes the year in full.
    static func datelineDateAndBlock(_ page: PageParser) -> (date: String, block: Int)? {
        var shortYear: (date: String, block: Int)?
        for (index, block) in page.blocks.prefix(1500).enumerated() where block.chars < 120 {
            var node = Int(block.owner)
            var marked = false
            for _ in 0..<3 where node > 0 {
                if page.nodes[node].flags.contains(.dateline) { marked = true; break }
                node = Int(page.nodes[node].parent)
            }
            guard marked, !insideComments(page, Int(block.owner)) else { continue }
            let found = page.text.withUnsafeBufferPointer { text -> (String?, String?) in
                let line = UnsafeBufferPointer(rebasing: text[Int(block.start)..<Int(block.end)])
                if let d = DateParsing.inText(line) { return (d, nil) }
                return (nil, shortYear == nil ? DateParsing.withShortYear(line) : nil)
            }
            if let d = found.0 { return (d, index) }
            if let d = found.1 { shortYear = (d, index) }
        }
        return shortYear
    }

    /// The node or one of its ancestors is a comments section (a comment's date is not the article's).
    static func insideComments(_ page: PageParser, _ node: Int) -> Bool {
        var k = node
        while k > 0 {
            if page.nodes[k].flags.contains(.comments) { return true }
            k = Int(page.nodes[k].parent)
        }
        return false
    }

    /// The publication date. A timestamp written in UTC ("…Z", "+00:00", "GMT") may fall on the day before or
    /// after the page's own calendar day. Other dates of the page are read in order (URL, meta and `<time>`
    /// values, datelines): one on the same day confirms it; one on the adjacent day replaces it when it states
    /// the same instant with a local offset, or, written without a time (URL, dateline), when the UTC time of
    /// day allows it (late UTC → next day, early UTC → day before).
    static func date(meta: PageMetadata, linked: LinkedData, url: String?, firstBlocks: [String], page: PageParser) -> String? {
        guard let (found, raw) = firstDate(meta: meta, linked: linked, url: url, firstBlocks: firstBlocks, page: page) else { return nil }
        guard let raw, DateParsing.isUTC(raw), let utc = DateParsing.instant(raw), let day = DateParsing.ordinal(found) else { return found }
        // A calendar date stored as local midnight east of Greenwich reads "…T22:00:00Z" or "…T23:00:00Z": the next day.
        if DateParsing.isLocalMidnightInUTC(raw), let next = DateParsing.nextDay(found) { return next }
        /// nil: undecided; otherwise the date to keep.
        func judge(_ local: String, _ localRaw: String?) -> String? {
            guard let localDay = DateParsing.ordinal(local) else { return nil }
            if localDay == day { return found }
            guard abs(localDay - day) == 1 else { return nil }
            if let localRaw {
                if let other = DateParsing.instant(localRaw), other.hasOffset, abs(other.minutes - utc.minutes) <= 5 { return local }
            } else if (utc.hour >= 15 && localDay == day + 1) || (utc.hour < 9 && localDay == day - 1) {
                return local
            }
            return nil
        }
        for (local, localRaw) in localDates(meta: meta, url: url) { if let kept = judge(local, localRaw) { return kept } }
        // The dateline scan costs most: it is read last, only when the markup did not decide.
        if let dateline = datelineDate(page), let kept = judge(dateline, nil) { return kept }
        return found
    }

    /// Dates of the page's markup besides the chosen one, with their raw value when there is one: the URL date,
    /// published meta values and `<time>` values not written in UTC.
    static func localDates(meta: PageMetadata, url: String?) -> [(String, String?)] {
        var out: [(String, String?)] = []
        if let url, let d = DateParsing.inURL(url) { out.append((d, nil)) }
        for (key, value) in meta.metas.prefix(200) {
            let dated = ChromeRules.bytesContain(key, "date") || ChromeRules.bytesContain(key, "published") || key.hasSuffix("time")
            guard dated, !ChromeRules.bytesContain(key, "modif"), !ChromeRules.bytesContain(key, "updated"), !DateParsing.isUTC(value) else { continue }
            if let d = DateParsing.normalize(value) { out.append((d, value)) }
        }
        for t in meta.times.prefix(3) where !t.modified && !DateParsing.isUTC(t.value) {
            if let d = DateParsing.normalize(t.value) { out.append((d, t.value)) }
        }
        return out
    }

    /// The first date by source priority, with the raw metadata value it came from (nil for text sources).
    static func firstDate(meta: PageMetadata, linked: LinkedData, url: String?, firstBlocks: [String],
                          page: PageParser) -> (String, String?)? {
        if let raw = linked.datePublished, let d = DateParsing.normalize(raw) { return (d, raw) }
        let keys = ["article:published_time", "og:published_time", "itemprop:datepublished", "pubdate", "publishdate",
                    "publish-date", "published_time", "date", "dc.date.issued", "dc.date", "dcterms.date", "dcterms.created",
                    "sailthru.date", "parsely-pub-date", "publication_date", "article.published", "citation_publication_date",
                    "dc.date.created", "og:article:published_time", "article:published", "datepublished", "created",
                    "itemprop:datecreated"]
        for key in keys { if let raw = meta.meta(key), let d = DateParsing.normalize(raw) { return (d, raw) } }
        if let t = meta.times.first(where: \.itemprop), let d = DateParsing.normalize(t.value) { return (d, t.value) }
        // A full date in the page's own address outranks `<time>` elements, which often date other teasers.
        if let url, let d = DateParsing.inURL(url) { return (d, nil) }
        if let t = meta.times.first(where: { !$0.modified }), let d = DateParsing.normalize(t.value) {
            // A dateline written before the first `<time>` dates the article; later `<time>`s often date teasers.
            if let (written, at) = datelineDateAndBlock(page), at < t.blockIndex, written != d { return (written, nil) }
            return (d, t.value)
        }
        if let d = datelineDate(page) { return (d, nil) }
        for line in firstBlocks where line.utf8.count < 360 && line.count < 120 { if let d = DateParsing.inText(line) { return (d, nil) } }
        if let title = meta.titleTag, let d = DateParsing.inText(title) { return (d, nil) }
        if let d = firstWrittenDate(page) { return (d, nil) }
        if let d = ScriptDates.published(page.source, in: meta.scripts) { return (d, nil) }
        for key in ["article:modified_time", "og:updated_time", "datemodified", "itemprop:datemodified", "last-modified"] {
            if let raw = meta.meta(key), let d = DateParsing.normalize(raw) { return (d, raw) }
        }
        return nil
    }

    static func clean(_ s: String?) -> String? {
        guard let s, case let t = ByteTrim.trimmed(s), !t.isEmpty else { return nil }
        return t
    }

    static func host(of url: String?) -> String? {
        guard let url, let host = URL(string: url)?.host else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}
