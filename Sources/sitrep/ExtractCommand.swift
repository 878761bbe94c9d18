import ArgumentParser
import Foundation
import SitrepExtract
import SitrepIngest
import SitrepPipeline

/// `sitrep extract`: main text and metadata of pages, without coding.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the main text and metadata of web pages or scraped text.",
        discussion: "Accepts .html, .htm, .txt (each optionally .gz), .jsonl, directories and - for stdin. "
            + "Prints {id, url, title, author, date, language, site, articleBody} per page."
    )

    @Option(help: "Output format: json (one array) or jsonl (one object per line).")
    var format: ExtractFormat = .jsonl
    @Argument(help: "Files, directories, or - for standard input.")
    var paths: [String]

    enum ExtractFormat: String, ExpressibleByArgument, CaseIterable { case json, jsonl }

    func run() throws {
        let extractor = HTMLExtractor()
        let cleaner = ScrapedTextCleaner()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let out = OutputStream.standard
        var failed = 0
        var first = true
        if format == .json { out.write("[") }
        InputReader().read(paths: paths) { item in
            let input: RawInput
            switch item {
            case .success(let i): input = i
            case .failure(let error):
                failed += 1
                printError("\(error)")
                return
            }
            do {
                var article: ExtractedArticle
                switch input.content {
                case .html(let bytes): article = try extractor.extract(html: bytes, url: input.url, input: input.origin)
                case .scrapedText(let text): article = cleaner.clean(text)
                case .articleText(let text): article = ExtractedArticle(articleBody: text)
                }
                if let id = input.externalID { article.id = id }
                if let url = input.url { article.url = url }
                if let title = input.title { article.title = title }
                if let date = input.published { article.date = date.iso }
                if let language = input.language { article.language = language }
                if article.language == nil { article.language = LanguageGuess.code(article.articleBody) }
                let json = String(decoding: try encoder.encode(article), as: UTF8.self)
                if format == .json { out.write(first ? "\n" : ",\n") }
                out.write(json)
                if format == .jsonl { out.write("\n") }
                first = false
            } catch {
                failed += 1
                let text = "\(error)"
                printError(text.hasPrefix(input.origin) ? text : "\(input.origin): \(text)")
            }
        }
        if format == .json { out.write("\n]\n") }
        out.flush()
        if failed > 0 { throw ExitCode(1) }
    }
}
