/// Metadata gathered while parsing: `<title>`, `<meta>`, `<link rel=canonical>`, JSON-LD, `<time>`, `lang`.
struct PageMetadata {
    var titleTag: String?
    /// `<meta name|property|itemprop|http-equiv=… content=…>` and itemprop values, keys lowercased, in page order.
    var metas: [(key: String, value: String)] = []
    var jsonLD: [String] = []
    var canonical: String?
    var htmlLang: String?
    /// `<time datetime>` values with the number of text blocks before them.
    var times: [(value: String, blockIndex: Int, itemprop: Bool, modified: Bool)] = []
    var pendingJSONLD = false
    /// Byte ranges of the other scripts in the page, read for dates only when nothing else dates the page.
    var scripts: [Range<Int>] = []

    /// The first value for a meta key.
    func meta(_ key: String) -> String? {
        metas.first { $0.key == key && !$0.value.isEmpty }?.value
    }

    /// Every value for a meta key.
    func metaAll(_ key: String) -> [String] {
        metas.filter { $0.key == key && !$0.value.isEmpty }.map(\.value)
    }

    /// Records what a start tag's attributes say about the page.
    mutating func collect(tag: Tag, attributes: AttributeList, _ buf: UnsafeBufferPointer<UInt8>, blockIndex: Int) {
        typealias A = AttributeList
        switch tag {
        case .html:
            htmlLang = attributes.string(A.langKey, buf) ?? attributes.string(A.xmlLangKey, buf)
        case .meta:
            let key = attributes.lowercased(A.propertyKey, buf) ?? attributes.lowercased(A.nameKey, buf)
                ?? attributes.lowercased(A.httpEquivKey, buf) ?? attributes.lowercased(A.itempropKey, buf).map { "itemprop:" + $0 }
            if let key, let value = attributes.string(A.contentKey, buf), metas.count < 400 {
                metas.append((key, value))
            }
            if let prop = attributes.lowercased(A.itempropKey, buf), attributes.has(A.propertyKey) || attributes.has(A.nameKey),
               let value = attributes.string(A.contentKey, buf) {
                metas.append(("itemprop:" + prop, value))
            }
            return
        case .link:
            if canonical == nil, let rel = attributes.lowercased(A.relKey, buf), rel.split(separator: " ").contains("canonical") {
                canonical = attributes.string(A.hrefKey, buf)
            }
            return
        case .script:
            if let type = attributes.lowercased(A.typeKey, buf), ChromeRules.bytesContain(type, "ld+json") { pendingJSONLD = true }
            return
        case .time:
            if let value = attributes.string(A.datetimeKey, buf), times.count < 50 {
                let prop = attributes.lowercased(A.itempropKey, buf) ?? ""
                times.append((value, blockIndex, ChromeRules.bytesContain(prop, "datepublished"),
                              ChromeRules.bytesContain(prop, "modified") || ChromeRules.bytesContain(prop, "updated")))
            }
        default: break
        }
        // Microdata on other elements: itemprop with a content or datetime value.
        if let prop = attributes.lowercased(A.itempropKey, buf), metas.count < 400,
           let value = attributes.string(A.contentKey, buf) ?? attributes.string(A.datetimeKey, buf) {
            metas.append(("itemprop:" + prop, value))
        } else if let property = attributes.lowercased(A.propertyKey, buf), property.hasPrefix("schema:"), metas.count < 400,
                  let value = attributes.string(A.contentKey, buf) {
            // RDFa with the schema.org prefix ("schema:dateCreated") says what microdata's itemprop says.
            metas.append(("itemprop:" + property.dropFirst(7), value))
        }
    }
}

/// Publication dates inside scripts that hold a page's data as JSON (`"publishedDate":"2016-11-04T20:37:27Z"`,
/// `"published_at":"…"`): what a page rendered by JavaScript still says in its markup.
enum ScriptDates {
    static let keys: Set<String> = ["publisheddate", "published_at", "publishdate", "datepublished", "publishedat", "published"]

    /// The first date under one of `keys` in the scripts at `ranges` of `html`.
    static func published(_ html: [UInt8], in ranges: [Range<Int>]) -> String? {
        html.withUnsafeBufferPointer { buf in
            for range in ranges where range.upperBound <= buf.count {
                if let d = published(UnsafeBufferPointer(rebasing: buf[range])) { return d }
            }
            return nil
        }
    }

    /// The first date under one of `keys` in one script.
    static func published(_ u: UnsafeBufferPointer<UInt8>) -> String? {
        var from = 0
        while let at = findByte(u, UInt8(ascii: "u"), from: from) {
            from = at + 1
            guard starts(u, at, "ublish") else { continue }
            if let date = value(u, keyAround: at) { return date }
        }
        return nil
    }

    /// The key in quotes around `at`, when it is a published key, and the ISO date of the string after its colon.
    private static func value(_ u: UnsafeBufferPointer<UInt8>, keyAround at: Int) -> String? {
        var open = at
        while open > 0 && at - open < 12 && u[open - 1] != UInt8(ascii: "\"") { open -= 1 }
        var close = at
        while close < u.count && close - at < 16 && u[close] != UInt8(ascii: "\"") { close += 1 }
        guard open > 0, close < u.count, u[open - 1] == UInt8(ascii: "\""), u[close] == UInt8(ascii: "\"") else { return nil }
        let key = String(decoding: u[open..<close].map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }, as: UTF8.self)
        guard keys.contains(key) else { return nil }
        var j = close + 1
        while j < u.count && (u[j] == 0x20 || u[j] == UInt8(ascii: ":")) { j += 1 }
        guard j < u.count, u[j] == UInt8(ascii: "\"") else { return nil }
        return DateParsing.isoPrefix(UnsafeBufferPointer(rebasing: u[(j + 1)..<min(u.count, j + 40)]))
    }
}
