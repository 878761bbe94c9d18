import SitrepExtract
import SitrepIngest
import SitrepModel

/// The extract stage over a `RawInput`: main text and metadata, with what the input itself said taking precedence.
/// Needs no knowledge base, so `sitrep extract` uses it alone and the pipeline uses it first.
public struct ArticleExtraction: Sendable {
    let htmlExtractor = HTMLExtractor()
    let cleaner = ScrapedTextCleaner()

    public init() {}

    /// Main text and metadata of one input; extraction errors name the input.
    public func extract(_ input: RawInput) throws -> ExtractedArticle {
        var article: ExtractedArticle
        switch input.content {
        case .html(let bytes):
            article = try htmlExtractor.extract(html: bytes, url: input.url, input: input.origin)
        case .scrapedText(let text):
            article = cleaner.clean(text)
        case .articleText(let text):
            article = ExtractedArticle(articleBody: text)
        }
        article.id = input.externalID ?? article.id
        if let url = input.url { article.url = url }
        if let title = input.title { article.title = title }
        if let language = input.language { article.language = language }
        if let published = input.published { article.date = published.iso }
        return article
    }
}
