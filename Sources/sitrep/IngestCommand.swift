import ArgumentParser
import Foundation
import SitrepModel
import SitrepPipeline
import SitrepStore

/// `sitrep ingest`: read, extract, code and store articles.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read articles, code their events and store them in the database.",
        discussion: """
        PATH may be a file (.html, .htm, .txt — scraped page text, title on the first line — or .jsonl with \
        one {"id","url","title","published","language","text"|"html"} object per line; each optionally .gz), \
        a directory (read recursively), or - for standard input. Ingesting the same article again adds nothing. \
        A bad input gets one line on stderr naming it; the others are still processed; the exit code is then 1.
        """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var knowledge: KnowledgeOptions
    @Option(help: "Publication date (YYYY-MM-DD) for inputs that carry none; relative dates resolve against it.")
    var published: String?
    @Option(help: "Language (ISO 639-1) for inputs that carry none; detected otherwise.")
    var language: String?
    @Flag(help: "Print nothing but errors.")
    var quiet = false
    @Argument(help: "Files, directories, or - for standard input.")
    var paths: [String]

    func validate() throws {
        if let published { _ = try parseDay(published, option: "--published") }
        try knowledge.validateFiles()
    }

    func run() throws {
        let options = PipelineOptions(published: try published.map { try parseDay($0, option: "--published") },
                                      language: language?.lowercased())
        let store = try SQLiteEventStore(path: database.db)
        let pipeline = try Pipeline(extraKnowledge: knowledge.kb.map(URL.init(fileURLWithPath:)),
                                    extraLexicons: knowledge.lexicon.map(URL.init(fileURLWithPath:)))
        let runner = BatchRunner(pipeline: pipeline, options: options)
        var saved = SaveResult()
        let summary = runner.run(paths: paths, sink: { docs in saved = saved + (try store.save(docs)) },
                                 report: { printError($0) })
        if !quiet {
            let stats = try store.stats()
            print("ingested \(summary.documents) article(s) (\(saved.articlesInserted) new), "
                  + "\(summary.events) event report(s) (\(saved.eventsInserted) new event(s)); "
                  + "\(summary.failed) input(s) failed; database \(database.db): \(stats.articles) article(s), \(stats.events) event(s)")
        }
        if summary.failed > 0 { throw ExitCode(1) }
    }
}
