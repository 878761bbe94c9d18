import ArgumentParser
import Foundation

/// The `sitrep` command: reads news in its own language and keeps a database of coded political events.
@main
struct Sitrep: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitrep",
        abstract: "Turn news articles into a searchable record of who did what to whom, where, when, and who says so.",
        discussion: """
        Articles are read in their own language (French and English coded today), their events coded in CAMEO \
        and PLOVER, and stored in an embedded SQLite file (sitrep.db in the current directory unless --db).
        """,
        version: SitrepVersion.string,
        subcommands: [
            IngestCommand.self, EventsCommand.self, ExtractCommand.self, CodeCommand.self, LangIDCommand.self,
            KBCommand.self, DyadCommand.self, StoriesCommand.self, ReportCommand.self, ExportCommand.self,
            RecodeCommand.self, EvalCommand.self, BenchCommand.self,
        ]
    )
}

enum SitrepVersion {
    static let string = "0.1.0"
}

/// Options shared by the commands that use the database.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "SQLite database file.")
    var db: String = "sitrep.db"
}

/// Options for commands that load the knowledge base and lexicons.
struct KnowledgeOptions: ParsableArguments {
    @Option(name: .customLong("kb"), help: "Extra knowledge-base file in Sitrep's format (repeatable).")
    var kb: [String] = []
    @Option(name: .customLong("lexicon"), help: "Extra trigger lexicon file in Sitrep's format (repeatable).")
    var lexicon: [String] = []

    func validateFiles() throws {
        for f in kb + lexicon where !FileManager.default.isReadableFile(atPath: f) {
            throw CommandFailure("\(f): no such readable file")
        }
    }
}

/// Writes one line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// Parses a user-given date, or fails with a message saying what is accepted.
func parseDay(_ text: String, option: String) throws -> CalendarDayArg {
    guard let d = CalendarDayArg(parsing: text) else {
        throw CommandFailure("\(option): cannot read date \"\(text)\" (accepted: YYYY-MM-DD, YYYYMMDD, YYYY-MM, YYYY)")
    }
    return d
}
