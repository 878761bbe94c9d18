import SitrepModel

/// One article as read from an input, before extraction: bytes of a page or text, plus what the input said about it.
public struct RawInput: Sendable {
    /// What the article's content is.
    public enum Content: Sendable {
        /// A web page; the extractor detects its encoding.
        case html([UInt8])
        /// Scraped page text (title on the first line, page chrome still in it).
        case scrapedText(String)
        /// Clean article text (e.g. a JSONL `text` field): no chrome removal.
        case articleText(String)
    }

    /// Where it came from, for messages: a path, `path:LINE` for JSONL, `stdin`.
    public var origin: String
    /// The caller's id: a JSONL `id`, or the file name without `.gz` and `.html`/`.htm`/`.txt`.
    public var externalID: String?
    public var url: String?
    public var title: String?
    public var published: CalendarDay?
    public var language: String?
    public var content: Content

    public init(origin: String, externalID: String? = nil, url: String? = nil, title: String? = nil,
                published: CalendarDay? = nil, language: String? = nil, content: Content) {
        self.origin = origin
        self.externalID = externalID
        self.url = url
        self.title = title
        self.published = published
        self.language = language
        self.content = content
    }
}

/// Why an input could not be read: always names the input (and line) and the reason.
public struct IngestError: Error, CustomStringConvertible, Sendable, Equatable {
    public var input: String
    public var reason: String

    public init(input: String, reason: String) {
        self.input = input
        self.reason = reason
    }

    public var description: String { "\(input): \(reason)" }
}

extension IngestError {
    /// The one-line message for any error about an input: named once, whether or not the error already names it.
    public static func message(_ error: Error, input: String) -> String {
        let text = "\(error)"
        return text.hasPrefix(input) ? text : "\(input): \(text)"
    }
}
