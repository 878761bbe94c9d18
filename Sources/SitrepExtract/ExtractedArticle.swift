/// SitrepExtract: main text and metadata from web pages and scraped plain text (see DESIGN.md).

/// The main text and metadata of one page, as `sitrep extract` prints it.
public struct ExtractedArticle: Sendable, Codable, Equatable {
    /// The caller's id for the page (see `pageID(fileName:)`).
    public var id: String?
    /// The page URL: the one given by the caller, else the canonical URL the page declares.
    public var url: String?
    public var title: String?
    /// Author names, joined by ", " when there are several.
    public var author: String?
    /// Publication date as ISO 8601 "YYYY-MM-DD" when known.
    public var date: String?
    /// Language code as declared by the page (e.g. "fr", "en-GB").
    public var language: String?
    /// Site name (og:site_name, publisher, or the host name).
    public var site: String?
    /// The main text: paragraphs separated by "\n".
    public var articleBody: String

    /// Creates an article; every field but the body is optional.
    public init(id: String? = nil, url: String? = nil, title: String? = nil, author: String? = nil, date: String? = nil,
                language: String? = nil, site: String? = nil, articleBody: String) {
        self.id = id
        self.url = url
        self.title = title
        self.author = author
        self.date = date
        self.language = language
        self.site = site
        self.articleBody = articleBody
    }

    /// The page id for a file name: a trailing ".gz", then a trailing ".html"/".htm"/".txt", removed.
    public static func pageID(fileName: String) -> String {
        var name = Substring(fileName)
        if name.lowercased().hasSuffix(".gz") { name = name.dropLast(3) }
        let lower = name.lowercased()
        for ext in [".html", ".htm", ".txt"] where lower.hasSuffix(ext) {
            name = name.dropLast(ext.count)
            break
        }
        return String(name)
    }
}

/// Why a page yielded no article.
public enum ExtractError: Error, CustomStringConvertible, Equatable {
    /// The input is empty (zero bytes).
    case empty(input: String)
    /// The input looks binary (NUL bytes, control characters, a known binary signature).
    case binary(input: String, reason: String)
    /// The page parsed but holds no readable text.
    case noText(input: String)
    /// The bytes could not be decoded in the declared or detected character encoding.
    case undecodable(input: String, encoding: String)

    public var description: String {
        switch self {
        case .empty(let input): return "\(input): empty input"
        case .binary(let input, let reason): return "\(input): binary input (\(reason))"
        case .noText(let input): return "\(input): no text found"
        case .undecodable(let input, let encoding): return "\(input): cannot decode as \(encoding)"
        }
    }
}
