/// Main text and metadata from an HTML page, with a streaming parser of its own over UTF-8 bytes.
public struct HTMLExtractor: Sendable {
    public init() {}

    /// Extracts the article of one page; `url` (when known) helps with dates and the site name.
    public func extract(html: [UInt8], url: String?) throws -> ExtractedArticle {
        try extract(html: html, url: url, input: url ?? "page")
    }

    /// Same, naming the input (a file path) in errors.
    public func extract(html: [UInt8], url: String?, input: String) throws -> ExtractedArticle {
        if html.isEmpty { throw ExtractError.empty(input: input) }
        if let reason = Self.binaryReason(html) { throw ExtractError.binary(input: input, reason: reason) }
        let decoded = CharacterDecoding.utf8Bytes(html)
        if decoded.bytes.isEmpty { throw ExtractError.undecodable(input: input, encoding: decoded.encoding) }
        var page = PageParser()
        decoded.bytes.withUnsafeBufferPointer { page.parse($0) }
        page.source = decoded.bytes
        return try article(from: &page, url: url, input: input)
    }

    private func article(from page: inout PageParser, url: String?, input: String) throws -> ExtractedArticle {
        let linked = LinkedData(scripts: page.meta.jsonLD)
        var selector = ContentSelector()
        var chosen = selector.select(&page)
        chosen.insert(contentsOf: Self.lead(page, chosen: chosen), at: 0)
        let headingIndices = Self.headings(page, chosen: chosen)
        let h1Index = headingIndices.first
        var article = ExtractedArticle(articleBody: "")
        let near = h1Index.map { Array(page.blocks[max(0, $0 - 8)..<min(page.blocks.count, $0 + 12)]) } ?? Array(page.blocks.prefix(30))
        MetadataExtractor.fill(&article, page: page, linked: linked, headings: headingIndices.map { page.string(of: page.blocks[$0]) },
                               url: url, firstBlocks: near.map { page.string(of: $0) },
                               mainHeading: Self.mainHeading(page, chosen: chosen).map { page.string(of: page.blocks[$0]) })
        var paragraphs: [String] = []
        var chars = 0
        let total = chosen.reduce(0) { $0 + Int(page.blocks[$1].chars) }
        for index in chosen {
            let text = page.string(of: page.blocks[index])
            if paragraphs.isEmpty, let title = article.title, ChromeRules.sameText(text, title) { continue }
            if page.blocks[index].chars < 200 {
                // The line rules of scraped text apply to short blocks too; a related-links header in the
                // second half of the text ends the article.
                let kind = ChromeRules.classify(text)
                if kind == .relatedHeader && chars * 2 >= total { break }
                if case .byline(let name) = kind, article.author == nil { article.author = name }
                if kind != .content || Self.isDateLine(text, chars: page.blocks[index].chars) { continue }
                // Calls to subscribe, follow or support in the last third are the publisher's, not the article's.
                let lower = CaseFolding.lower(text)
                if chars * 3 >= total * 2, ChromeRules.isCallToAction(lower) { continue }
                if page.blocks[index].chars < 100, ChromeRules.isCredit(lower) { continue }
            }
            paragraphs.append(text)
            chars += Int(page.blocks[index].chars)
        }
        if let body = linked.articleBody, chars < 300, body.count > chars * 2 {
            paragraphs = body.split(whereSeparator: \.isNewline).map { ScrapedTextCleaner.collapse($0) }.filter { !$0.isEmpty }
        }
        if paragraphs.isEmpty { throw ExtractError.noText(input: input) }
        article.articleBody = paragraphs.joined(separator: "\n")
        return article
    }

    /// A short line that only states a date ("23.10.2018", "Dienstag, 6. Mai 2014, 12:00"): posting data, not text.
    static func isDateLine(_ text: String, chars: Int32) -> Bool {
        guard chars <= 40, !ChromeRules.hasFinalPunctuation(text) || text.hasSuffix("."), !ChromeRules.bytesContain(text, ": "),
              DateParsing.inText(text) != nil else { return false }  // "Termin: 29.02.2020" announces an event
        // What is left without digits, punctuation and up to three words (weekday, month, "am"/"le") is nothing.
        let words = text.split { !$0.isLetter }.filter { $0.count > 1 }
        return words.count <= 3
    }

    /// Candidate title headings: the h1s, then the first h2s before or at the start of the main text.
    static func headings(_ page: PageParser, chosen: [Int]) -> [Int] {
        var h1s: [Int] = [], h2s: [Int] = []
        let firstChosen = chosen.first ?? page.blocks.count
        for (i, block) in page.blocks.enumerated() where block.chars < 300 {
            let tag = page.nodes[Int(block.owner)].tag
            if tag == .h1 && h1s.count < 5 { h1s.append(i) }
            if tag == .h2 && h2s.count < 5 && i <= firstChosen + 2 { h2s.append(i) }
        }
        return h1s + h2s
    }

    /// Teaser or lead paragraphs standing between the title and the main text, outside the chosen container:
    /// blocks of running text whose words are the page's meta description, or that sit in an element named as a
    /// lead ("lead", "excerpt", "intro", "abstract", `itemprop="description"`). In document order.
    static func lead(_ page: PageParser, chosen: [Int]) -> [Int] {
        guard let first = chosen.first, first > 0 else { return [] }
        let description = page.meta.meta("og:description") ?? page.meta.meta("description") ?? page.meta.meta("twitter:description")
        let key = description.map(ChromeRules.normalizedKey) ?? ""
        var found: [Int] = []
        for i in stride(from: first - 1, through: max(0, first - 6), by: -1) {
            let block = page.blocks[i]
            let tag = page.nodes[Int(block.owner)].tag
            if tag == .h1 { break }
            guard block.chars >= 40, block.chars < 1500, Double(block.linkChars) < 0.2 * Double(block.chars) else { continue }
            // A marked lead is a paragraph; a one-sentence subtitle ("dek") under the headline is not text.
            if block.chars >= Self.markedLeadChars, !tag.isHeading, isMarkedLead(page, block) { found.append(i); continue }
            guard key.count >= 40, block.chars >= 60, block.chars < 1000 else { continue }
            let text = ChromeRules.normalizedKey(page.string(of: block))
            if text == key || (text.count >= 40 && (key.hasPrefix(text) || text.hasPrefix(key))) { found.append(i) }
        }
        return found.reversed()
    }

    static let markedLeadChars: Int32 = 150

    /// The block's element or one of its three nearest ancestors is named as a lead, and none is a comment or a
    /// caption ("lead-image" captions are no lead).
    static func isMarkedLead(_ page: PageParser, _ block: TextBlock) -> Bool {
        var node = Int(block.owner)
        for _ in 0..<4 where node > 0 {
            let flags = page.nodes[node].flags
            if flags.contains(.comments) || flags.contains(.hidden) || page.nodes[node].tag == .figcaption { return false }
            if flags.contains(.lead) { return true }
            node = Int(page.nodes[node].parent)
        }
        return false
    }

    /// An h1 just before or at the start of the main text.
    static func mainHeading(_ page: PageParser, chosen: [Int]) -> Int? {
        guard let first = chosen.first else { return nil }
        for i in max(0, first - 15)..<min(page.blocks.count, first + 4) where page.nodes[Int(page.blocks[i].owner)].tag == .h1 {
            if page.blocks[i].chars >= 8 && page.blocks[i].chars < 300 { return i }
        }
        return nil
    }

    /// Why the bytes are not a text page, if they are not.
    static func binaryReason(_ bytes: [UInt8]) -> String? {
        let signatures: [([UInt8], String)] = [
            ([0x25, 0x50, 0x44, 0x46], "PDF"), ([0x89, 0x50, 0x4E, 0x47], "PNG"), ([0x47, 0x49, 0x46, 0x38], "GIF"),
            ([0xFF, 0xD8, 0xFF], "JPEG"), ([0x50, 0x4B, 0x03, 0x04], "ZIP"), ([0x1F, 0x8B], "gzip"),
            ([0x7F, 0x45, 0x4C, 0x46], "ELF"), ([0x52, 0x49, 0x46, 0x46], "RIFF"), ([0x00, 0x00, 0x01, 0x00], "ICO"),
        ]
        for (magic, name) in signatures where bytes.starts(with: magic) { return "\(name) signature" }
        if CharacterDecoding.sniffUTF16(bytes) != nil || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return nil
        }
        let head = bytes.prefix(4096)
        var control = 0
        for b in head where b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B) { control += 1 }
        if head.contains(0) { return "NUL bytes" }
        if control * 10 > head.count { return "control characters" }
        return nil
    }
}
