import ArgumentParser
import Foundation
import SitrepModel
import SitrepStore

extension OutputFormat: ExpressibleByArgument {}

/// Event filters shared by `events` and `export`.
struct EventFilterOptions: ParsableArguments {
    @Option(help: "Actor code prefix or name on either side (RUSGOV, RUS, Putin).")
    var actor: String?
    @Option(help: "Country (ISO alpha-3) as source, target or place.")
    var country: String?
    @Option(help: "Dyad A,B: events between A and B in either direction.")
    var dyad: String?
    @Option(help: "CAMEO code or root prefix (19, 190, 0233).")
    var code: String?
    @Option(name: .customLong("quad-class"), help: "Quad class 1-4 or a name (verbal-cooperation, material-cooperation, verbal-conflict, material-conflict).")
    var quadClass: String?
    @Option(help: "asserted, claimed, predicted, hypothetical or negated.")
    var modality: String?
    @Option(help: "Place name (substring).")
    var place: String?
    @Option(help: "Bounding box west,south,east,north in degrees.")
    var bbox: String?
    @Option(help: "Events on or after this date (YYYY-MM-DD).")
    var since: String?
    @Option(help: "Events on or before this date (YYYY-MM-DD).")
    var until: String?
    @Option(help: "Article language (ISO 639-1).")
    var language: String?
    @Option(help: "Site (host name) of a reporting article.")
    var site: String?
    @Option(name: .customLong("text"), help: "Full-text query over the reporting articles (SQLite FTS5 syntax).")
    var text: String?
    @Option(help: "At most this many events.")
    var limit: Int?

    func filter() throws -> EventFilter {
        do {
            return try EventFilter.parsing(actor: actor, country: country, dyad: dyad, code: code, quadClass: quadClass,
                                           modality: modality, place: place, bbox: bbox, since: since, until: until,
                                           language: language, site: site, text: text, limit: limit)
        } catch let error as StoreError {
            throw CommandFailure("\(error)")
        }
    }
}

/// `sitrep events`: query stored events.
struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "List stored events, filtered, in a table or a machine-readable format.",
        discussion: "Formats: table, json, jsonl (one event per line with its mentions), csv, gdelt (GDELT 2.0 event columns), geojson."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var filters: EventFilterOptions
    @Option(help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat = .table

    func run() throws {
        let filter = try filters.filter()
        guard FileManager.default.fileExists(atPath: database.db) else {
            throw CommandFailure("\(database.db): no such database (run `sitrep ingest` first, or pass --db)")
        }
        let store = try SQLiteEventStore(path: database.db)
        let records = try store.events(filter)
        let out = OutputStream.standard
        out.write(EventFormatter(format: format).render(records))
        out.flush()
    }
}
