import ArgumentParser
import Foundation
import SitrepAnalysis
import SitrepModel
import SitrepStore

extension TrendPeriod: ExpressibleByArgument {}

/// Opens an existing database or fails with a one-line message.
func openStore(_ path: String) throws -> SQLiteEventStore {
    guard FileManager.default.fileExists(atPath: path) else {
        throw CommandFailure("\(path): no such database (run `sitrep ingest` first, or pass --db)")
    }
    return try SQLiteEventStore(path: path)
}

/// Validates an actor or country code argument.
func actorCode(_ s: String, argument: String) throws -> String {
    let code = s.uppercased()
    guard EventFilter.isActorCode(code) else {
        throw CommandFailure("\(argument) '\(s)': not an actor code (expected a CAMEO code such as RUS, UKRMIL, IGOCSTO)")
    }
    return code
}

/// `sitrep dyad A B`: relations between two actors over time.
struct DyadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dyad",
        abstract: "Relations between two actors over time: counts per quad class, Goldstein sum and mean, top events.",
        discussion: "Both directions are shown. Only asserted and claimed events are summed; predicted, hypothetical "
            + "and negated ones are listed apart."
    )

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "First actor or country code (e.g. KAZ).") var a: String
    @Argument(help: "Second actor or country code (e.g. RUS).") var b: String
    @Option(help: "Period: \(TrendPeriod.allCases.map(\.rawValue).joined(separator: ", ")).") var by: TrendPeriod = .month
    @Option(help: "From this date.") var since: String?
    @Option(help: "Until this date.") var until: String?
    @Option(help: "How many top events to show.") var top: Int = 10

    func run() throws {
        let (x, y) = (try actorCode(a, argument: "A"), try actorCode(b, argument: "B"))
        let s = try since.map { try parseDay($0, option: "--since") }, u = try until.map { try parseDay($0, option: "--until") }
        if let s, let u, u < s { throw CommandFailure("--until \(u) is before --since \(s)") }
        let trend = try Analyst(store: try openStore(database.db)).dyad(x, y, by: by, since: s, until: u, top: top)
        print(trend.renderText(), terminator: "")
    }
}

/// `sitrep stories`: articles clustered into stories across sources and languages.
struct StoriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "Articles clustered into stories by shared events, actors, places and dates (across languages), and near-duplicate copies."
    )

    @OptionGroup var database: DatabaseOptions
    @Option(help: "From this date.") var since: String?
    @Option(help: "Until this date.") var until: String?
    @Option(help: "Only stories with at least this many articles.") var minArticles: Int = 1

    func run() throws {
        let s = try since.map { try parseDay($0, option: "--since") }, u = try until.map { try parseDay($0, option: "--until") }
        let analyst = Analyst(store: try openStore(database.db))
        let stories = try analyst.stories(since: s, until: u, minArticles: minArticles)
        for story in stories { print(story.renderText()) }
        let flags = try analyst.knowledgeFlags()
        if !flags.isEmpty {
            print("Statements that contradict the knowledge base:")
            for f in flags { print("- \(f.title ?? f.article): \(f.flag.message)") }
        }
    }
}

/// `sitrep report`: a situation report for a country.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a situation report for a country: timeline, top events, actors, places, evidence, map."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, html }

    @OptionGroup var database: DatabaseOptions
    @Option(help: "Country (ISO 3166-1 alpha-3), e.g. UKR.") var country: String
    @Option(help: "From this date.") var since: String?
    @Option(help: "Until this date.") var until: String?
    @Option(help: "markdown or html (with an SVG map).") var format: Format = .markdown
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

    func run() throws {
        let c = country.uppercased()
        guard CountryCodes.isKnown(c) else {
            throw CommandFailure("--country '\(country)': unknown country (expected ISO 3166-1 alpha-3 such as UKR, RUS, FRA)")
        }
        let s = try since.map { try parseDay($0, option: "--since") }, u = try until.map { try parseDay($0, option: "--until") }
        if let s, let u, u < s { throw CommandFailure("--until \(u) is before --since \(s)") }
        let report = try Analyst(store: try openStore(database.db)).report(country: c, since: s, until: u)
        let text = format == .html ? report.html : report.markdown
        if let output {
            try text.write(toFile: output, atomically: true, encoding: .utf8)
            printError("wrote \(output)")
        } else {
            print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
        }
    }
}
