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
