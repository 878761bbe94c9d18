import ArgumentParser
import Foundation
import SitrepModel
import SitrepPipeline
import SitrepStore

/// `sitrep export`: write the events (all, or filtered) in an exchange format.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export events as GDELT 2.0 rows, JSONL, CSV or GeoJSON.",
        discussion: "GDELT rows follow GDELT 2.0's 61 event columns; geo country codes are FIPS as GDELT uses them. "
            + "Columns Sitrep cannot fill honestly (AvgTone) are left empty."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var filters: EventFilterOptions
    @Option(help: "gdelt, jsonl, json, csv or geojson.")
    var format: OutputFormat = .gdelt
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        guard format != .table else { throw CommandFailure("--format: table is for `sitrep events`; export takes gdelt, jsonl, json, csv or geojson") }
        let filter = try filters.filter()
        guard FileManager.default.fileExists(atPath: database.db) else {
            throw CommandFailure("\(database.db): no such database")
        }
        let records = try SQLiteEventStore(path: database.db).events(filter)
        let text = EventFormatter(format: format).render(records)
        if let output {
            do { try text.write(toFile: output, atomically: true, encoding: .utf8) } catch {
                throw CommandFailure("\(output): cannot write (\(error.localizedDescription))")
            }
            printError("wrote \(records.count) event(s) to \(output)")
        } else {
            OutputStream.standard.write(text)
            OutputStream.standard.flush()
        }
    }
}

/// `sitrep recode`: re-run coding on stored articles after lexicons or knowledge change.
struct RecodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recode",
        abstract: "Re-code stored articles with the current lexicons and knowledge base, replacing their events atomically."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var knowledge: KnowledgeOptions
    @Option(help: "Only articles published (or else ingested) on or after this date.")
    var since: String?

    func run() throws {
        let sinceDay = try since.map { try parseDay($0, option: "--since") }
        try knowledge.validateFiles()
        guard FileManager.default.fileExists(atPath: database.db) else { throw CommandFailure("\(database.db): no such database") }
        let store = try SQLiteEventStore(path: database.db)
        let pipeline = try Pipeline(extraKnowledge: knowledge.kb.map(URL.init(fileURLWithPath:)),
                                    extraLexicons: knowledge.lexicon.map(URL.init(fileURLWithPath:)))
        var total = SaveResult()
        var count = 0
        for var doc in try store.articles(since: sinceDay) {
            pipeline.analyze(&doc)
            total = total + (try store.replaceEvents(articleID: doc.id, events: doc.events, coderVersion: pipeline.version))
            count += 1
        }
        print("re-coded \(count) article(s): \(total.eventsInserted) new event(s), \(total.eventsRemoved) removed; coder \(pipeline.version)")
    }
}
