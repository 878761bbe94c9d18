/// The attributes of the current start tag, as byte ranges into the page.
struct AttributeList {
    struct Entry {
        var key: UInt64
        var valueStart: Int
        var valueEnd: Int
    }
    private(set) var entries: [Entry] = []
    /// The tag ended with "/>".
    private(set) var selfClosing = false
    private let vocabulary = ClassVocabulary.table
    private let hiddenNames = ClassVocabulary.hiddenTable

    var isEmpty: Bool { entries.isEmpty }

    // `Tag.key(of:)` of the attribute names, written out so that reading them costs no lazy initialisation
    // (a test checks each against the function).
    static let classKey: UInt64 = 0xd11655952fcbab9f, idKey: UInt64 = 0x08b72e07b55c3ac0
    static let roleKey: UInt64 = 0xa358ec1ff0c833b9, itempropKey: UInt64 = 0x5f1009f6a5c3c107
    static let hiddenKey: UInt64 = 0xa000c4df231528b9, styleKey: UInt64 = 0xbf7282adbc7013f6
    static let ariaHiddenKey: UInt64 = 0x2b023dd92ea5077f, relKey: UInt64 = 0x89e9c61960f4cfb4
    static let hrefKey: UInt64 = 0x9ab8edcc20799138, nameKey: UInt64 = 0xc4bcadba8e631b86
    static let propertyKey: UInt64 = 0x58da6b1ccd7c4488, contentKey: UInt64 = 0x420c75b526b35282
    static let httpEquivKey: UInt64 = 0x904a920d778a4a86, langKey: UInt64 = 0x0460dfad9060b275
    static let datetimeKey: UInt64 = 0x06b449fac3c911b0, typeKey: UInt64 = 0xa79439ef7bfa9c2d
    static let xmlLangKey: UInt64 = 0xd684616a9745e6f8

    /// Reads attributes from `from` (just after the tag name) to the closing ">"; returns the index after it.
    mutating func parse(_ buf: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        entries.removeAll(keepingCapacity: true)
        selfClosing = false
        let n = buf.count
        var i = from
        while i < n {
            let c = buf[i]
            if c == UInt8(ascii: ">") {
                selfClosing = i > from && buf[i - 1] == UInt8(ascii: "/")
                return i + 1
            }
            if isSpace(c) || c == UInt8(ascii: "/") { i += 1; continue }
            let nameStart = i
            while i < n, !isSpace(buf[i]), buf[i] != UInt8(ascii: ">"), buf[i] != UInt8(ascii: "="),
                  !(buf[i] == UInt8(ascii: "/") && i > nameStart) { i += 1 }
            if i == nameStart { i += 1; continue }
            let key = Tag.key(of: UnsafeBufferPointer(rebasing: buf[nameStart..<i]))
            while i < n, isSpace(buf[i]) { i += 1 }
            guard i < n, buf[i] == UInt8(ascii: "=") else {
                entries.append(Entry(key: key, valueStart: i, valueEnd: i))
                continue
            }
            i += 1
            while i < n, isSpace(buf[i]) { i += 1 }
            guard i < n else { break }
            let q = buf[i]
            if q == UInt8(ascii: "\"") || q == UInt8(ascii: "'") {
                let end = findByte(buf, q, from: i + 1) ?? n
                entries.append(Entry(key: key, valueStart: i + 1, valueEnd: end))
                i = end + 1
            } else {
                let start = i
                while i < n, !isSpace(buf[i]), buf[i] != UInt8(ascii: ">") { i += 1 }
                entries.append(Entry(key: key, valueStart: start, valueEnd: i))
            }
        }
        return n
    }

    /// The raw bytes of an attribute's value, if present.
    func value(_ key: UInt64, _ buf: UnsafeBufferPointer<UInt8>) -> Slice<UnsafeBufferPointer<UInt8>>? {
        for e in entries where e.key == key { return buf[e.valueStart..<max(e.valueStart, e.valueEnd)] }
        return nil
    }

    func has(_ key: UInt64) -> Bool { entries.contains { $0.key == key } }

    /// The value decoded (entities, whitespace) as a String.
    func string(_ key: UInt64, _ buf: UnsafeBufferPointer<UInt8>) -> String? {
        guard let v = value(key, buf) else { return nil }
        return PageParser.decodedText(buf, v.startIndex, v.endIndex)
    }

    /// The value lowercased as a String (for names and keywords).
    func lowercased(_ key: UInt64, _ buf: UnsafeBufferPointer<UInt8>) -> String? {
        guard let v = value(key, buf) else { return nil }
        return String(decoding: v.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// An attribute value ASCII-lowercased on bytes, optionally without spaces.
    static func folded(_ v: Slice<UnsafeBufferPointer<UInt8>>, droppingSpaces: Bool) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(v.count)
        for c in v where !(droppingSpaces && c == 0x20) { out.append(c >= 65 && c <= 90 ? c | 0x20 : c) }
        return String(decoding: out, as: UTF8.self)
    }

    /// What the words of a name (a custom element's tag name) say, by the class vocabulary.
    func vocabularyFlags(of name: Slice<UnsafeBufferPointer<UInt8>>) -> NodeFlags {
        ClassVocabulary.flags(of: name, isClass: false, vocabulary, hiddenNames).subtracting(.hidden)
    }

    /// What the element's class, id, role, itemprop, rel and visibility attributes say about it.
    func flags(_ buf: UnsafeBufferPointer<UInt8>, tag: Tag) -> NodeFlags {
        var flags: NodeFlags = []
        for e in entries {
            let v = buf[e.valueStart..<max(e.valueStart, e.valueEnd)]
            switch e.key {
            case Self.classKey, Self.idKey:
                flags.formUnion(ClassVocabulary.flags(of: v, isClass: e.key == Self.classKey, vocabulary, hiddenNames))
            case Self.roleKey:
                let role = Self.folded(v, droppingSpaces: false)
                if ClassVocabulary.chromeRoles.contains(role) { flags.insert(.chrome) }
                if role == "main" || role == "article" { flags.insert(.content) }
            case Self.itempropKey:
                let prop = Self.folded(v, droppingSpaces: false)
                if ChromeRules.bytesContain(prop, "articlebody") || prop == "text" { flags.formUnion([.content, .articleBody]) }
                if ChromeRules.bytesContain(prop, "author") || ChromeRules.bytesContain(prop, "creator") { flags.insert(.author) }
                if prop == "description" || prop == "abstract" { flags.insert(.lead) }
            case Self.hiddenKey: flags.insert(.hidden)
            case Self.ariaHiddenKey where v.elementsEqual("true".utf8): flags.insert(.hidden)
            case Self.styleKey:
                let style = Self.folded(v, droppingSpaces: true)
                if ChromeRules.bytesContain(style, "display:none") || ChromeRules.bytesContain(style, "visibility:hidden") { flags.insert(.hidden) }
            case Self.relKey where tag == .a && ChromeRules.bytesContain(Self.folded(v, droppingSpaces: false), "author"):
                flags.insert(.author)
            default: break
            }
        }
        if flags.contains(.chrome), tag == .body || tag == .html || tag == .main || tag == .article {
            flags.remove(.chrome)
        }
        return flags
    }
}

@inline(__always) func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C }

/// Words in class and id names that mark chrome, content, authors and comments (general web vocabulary).
enum ClassVocabulary {
    static let chrome: Set<String> = [
        "nav", "navbar", "navigation", "menu", "menubar", "submenu", "megamenu", "topbar", "toolbar", "masthead", "header",
        "footer", "sidebar", "rail", "widget", "widgets", "aside", "complementary", "share", "sharing", "shares", "social",
        "socials", "sharebar", "addthis", "sharethis", "shariff", "related", "recommended", "recommendation",
        "recommendations", "recirculation", "outbrain", "taboola", "plista", "teaser", "teasers", "promo", "promotion",
        "cookie", "cookies", "consent", "gdpr", "cmp", "banner", "ad", "ads", "advert", "adverts", "advertisement",
        "advertising", "adsbygoogle", "adslot", "adunit", "anzeige", "werbung", "publicite", "sponsor", "sponsored",
        "newsletter", "subscribe", "subscription", "signup", "login", "breadcrumb", "breadcrumbs", "crumbs",
        "pagination", "pager", "paging", "popup", "modal", "overlay", "lightbox", "caption", "credit", "credits",
        "figcaption", "byline", "meta", "tags", "keywords", "trending", "popular", "mostread", "comment", "comments",
        "commentlist", "discussion", "disqus", "respond", "copyright", "skip", "search", "print", "rss", "dateline",
        "timestamp", "date", "published", "author", "authors", "follow", "more", "prev", "next", "bio", "tools",
        "disclosure", "disclaimer", "affiliate", "donation", "donate", "spenden", "postmetadata", "sociable", "licence",
        "license", "copyrights", "toc", "rating", "ratings", "kommentar", "kommentare", "legend", "img", "utility",
    ]
    static let content: Set<String> = [
        "article", "articlebody", "content", "entry", "post", "story", "text", "main", "body", "blog", "prose",
        "richtext", "artikel", "beitrag", "inhalt", "texte", "contenu", "corps", "paragraph", "paragraphs",
    ]
    static let author: Set<String> = ["author", "authors", "byline", "autor", "auteur", "writer", "creator"]
    static let dateline: Set<String> = [
        "date", "datum", "time", "timestamp", "published", "dateline", "pubdate", "posted", "created", "fecha", "data",
        "meta", "byline", "publish", "publication", "datetime", "updated",
    ]
    static let lead: Set<String> = [
        "lead", "excerpt", "intro", "abstract", "standfirst", "summary", "teaser", "description", "chapo", "chapeau",
    ]
    static let comments: Set<String> = [
        "comment", "comments", "commentlist", "discussion", "disqus", "respond", "kommentar", "kommentare",
    ]
    static let hiddenClasses: Set<String> = [
        "hidden", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "d-none", "hide", "element-invisible",
        "offscreen", "is-hidden", "u-hidden",
    ]
    static let chromeRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search", "dialog", "alertdialog",
        "alert", "toolbar", "tablist",
    ]

    /// Word hash → flags, from the vocabularies above (hashes as `Tag.key(of:)` computes them).
    static let byKey: [UInt64: NodeFlags] = {
        var table: [UInt64: NodeFlags] = [:]
        for (set, flag) in [(chrome, NodeFlags.chrome), (content, .content), (author, .author), (comments, .comments), (dateline, .dateline),
                                 (lead, .lead)] {
            for word in set { table[Tag.key(of: Array(word.utf8)), default: []].insert(flag) }
        }
        return table
    }()
    static let hiddenKeys: Set<UInt64> = Set(hiddenClasses.map { Tag.key(of: Array($0.utf8)) })
    /// The two tables above as `KeyTable`s, for the parser.
    static let table = KeyTable(byKey, filler: NodeFlags())
    static let hiddenTable = KeyTable(Dictionary(uniqueKeysWithValues: hiddenKeys.map { ($0, true) }), filler: false)

    /// Flags for one class or id value, from its words (split at punctuation and camelCase humps).
    static func flags(of value: Slice<UnsafeBufferPointer<UInt8>>, isClass: Bool, _ vocabulary: KeyTable<NodeFlags>,
                      _ hiddenNames: KeyTable<Bool>) -> NodeFlags {
        var flags: NodeFlags = []
        let seed: UInt64 = 0xcbf29ce484222325
        var word = seed, wordLength = 0
        var token = seed, tokenLength = 0
        var prevLower = false
        @inline(__always) func endWord() {
            if wordLength > 0 && wordLength <= 24, let f = vocabulary.value(word) { flags.formUnion(f) }
            word = seed
            wordLength = 0
        }
        @inline(__always) func endToken() {
            if isClass, tokenLength > 0, hiddenNames.contains(token) { flags.insert(.hidden) }
            token = seed
            tokenLength = 0
        }
        for c in value {
            let upper = c >= 65 && c <= 90
            let lower = (c >= 97 && c <= 122)
            let digit = c >= 48 && c <= 57
            if isSpace(c) { endWord(); endToken(); prevLower = false; continue }
            token = (token ^ UInt64(c | 0x20)) &* 0x100000001b3
            tokenLength += 1
            if upper && prevLower { endWord() }
            if upper || lower {
                word = (word ^ UInt64(c | 0x20)) &* 0x100000001b3
                wordLength += 1
            } else if !digit { endWord() }
            prevLower = lower || digit
        }
        endWord()
        endToken()
        return flags
    }
}
