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
        let extraction = ArticleExtraction()
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
                var article = try extraction.extract(input)
                if article.language == nil { article.language = LanguageGuess.code(article.articleBody) }
                let json = String(decoding: try encoder.encode(article), as: UTF8.self)
                if format == .json { out.write(first ? "\n" : ",\n") }
                out.write(json)
                if format == .jsonl { out.write("\n") }
                first = false
            } catch {
                failed += 1
                printError(IngestError.message(error, input: input.origin))
            }
        }
        if format == .json { out.write("\n]\n") }
        out.flush()
        if failed > 0 { throw ExitCode(1) }
    }
}
