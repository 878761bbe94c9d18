import ArgumentParser
import Foundation
import SitrepIngest
import SitrepModel
import SitrepPipeline
import SitrepStore

/// `sitrep code`: code sentences or articles from JSONL without a database.
struct CodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code",
        abstract: "Code the events of JSONL sentences or articles and print them, without a database.",
        discussion: """
        Reads one {"id","text","published","language"} object per line (published as YYYY-MM-DD or YYYYMMDD; \
        "date" is accepted too; other fields, such as parses, are ignored; the language is detected when absent) \
        and prints {"id","events":[...]} per line, events in the shape of `sitrep events --format jsonl`.
        """
    )

    @OptionGroup var knowledge: KnowledgeOptions
    @Option(help: "Publication date for lines that carry none.")
    var published: String?
    @Option(help: "Language for lines that carry none.")
    var language: String?
    @Argument(help: "A JSONL file, or - (the default) for standard input.")
    var file: String = "-"

    func validate() throws {
        if let published { _ = try parseDay(published, option: "--published") }
        try knowledge.validateFiles()
    }

    func run() throws {
        let defaultDate = try published.map { try parseDay($0, option: "--published") }
        let pipeline = try Pipeline(extraKnowledge: knowledge.kb.map(URL.init(fileURLWithPath:)),
                                    extraLexicons: knowledge.lexicon.map(URL.init(fileURLWithPath:)))
        let out = OutputStream.standard
        var failed = 0
        InputReader().read(paths: [file]) { item in
            switch item {
            case .failure(let error):
                failed += 1
                printError("\(error)")
            case .success(let input):
                let text: String
                switch input.content {
                case .articleText(let t), .scrapedText(let t): text = t
                case .html:
                    failed += 1
                    printError("\(input.origin): expected a \"text\" field (use `sitrep ingest` for HTML)")
                    return
                }
                let doc = pipeline.code(text: text, id: input.externalID, published: input.published ?? defaultDate,
                                        language: input.language ?? language)
                let events = doc.events.map { EventFormatter.jsonObject(EventRecord(event: $0, site: nil)) }
                var object: [String: Any] = ["events": events]
                object["id"] = input.externalID ?? NSNull()
                let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
                out.line(String(decoding: data, as: UTF8.self))
            }
        }
        out.flush()
        if failed > 0 { throw ExitCode(1) }
    }
}
