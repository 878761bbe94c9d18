import ArgumentParser
import Foundation
import SitrepKnowledge
import SitrepLanguage
import SitrepModel

/// `sitrep kb`: inspect the knowledge base.
struct KBCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb", abstract: "Inspect the knowledge base.", subcommands: [KBLookup.self]
    )
}

/// `sitrep kb lookup`: what a name resolves to.
struct KBLookup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup", abstract: "Show what a name resolves to on a date, with its candidates and why."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @OptionGroup var knowledge: KnowledgeOptions
    @Argument(help: "A name or phrase, e.g. \"Poutine\" or \"région de Louhansk\".") var text: String
    @Option(help: "Date for roles (YYYY-MM-DD); today by default.") var date: String?
    @Option(help: "Language of the text (ISO 639-1).") var language: String?
    @Option(help: "table or json.") var format: Format = .table

    func run() throws {
        try knowledge.validateFiles()
        let day = try date.map { try parseDay($0, option: "--date") } ?? CalendarDay.today
        let kb = try KnowledgeBase.load(extraFiles: knowledge.kb.map(URL.init(fileURLWithPath:)))
        let results = kb.lookup(text, date: day, language: language)
        if format == .json {
            let enc = JSONEncoder()
            enc.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            print(String(decoding: try enc.encode(results), as: UTF8.self))
            return
        }
        if results.isEmpty { print("no reading of \"\(text)\" in the knowledge base") }
        for r in results {
            var line = "\(r.chosen ? "*" : " ") \(r.kind)\t\(r.code ?? "-")\t\(r.name)\t\(r.id)"
            if let p = r.place {
                line += "\t\(p.country ?? "") \(p.precision.rawValue)"
                if let lat = p.lat, let lon = p.lon { line += String(format: " (%.3f, %.3f)", lat, lon) }
            }
            print(line + "\t— \(r.why)")
        }
    }
}

/// `sitrep langid`: the language of each input line.
struct LangIDCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "langid",
        abstract: "Print the language (ISO 639-1) of each input line, or \"und\" when undecidable.",
        discussion: "With --confidence, each code is followed by a tab and the confidence."
    )

    @Flag(help: "Print the confidence too.") var confidence = false
    @Argument(help: "A text file, or - (the default) for standard input.") var file: String = "-"

    func run() throws {
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let d = FileManager.default.contents(atPath: file) else { throw CommandFailure("\(file): no such readable file") }
            data = d
        }
        guard let text = String(data: data, encoding: .utf8) else { throw CommandFailure("\(file): not valid UTF-8") }
        let identifier = LanguageIdentifier()
        let out = OutputStream.standard
        text.enumerateLines { line, _ in
            let r = identifier.identify(line)
            out.line(confidence ? "\(r.code)\t\(String(format: "%.3f", r.confidence))" : r.code)
        }
        out.flush()
    }
}

/// A language code for extracted text that carries none.
enum LanguageGuess {
    static let identifier = LanguageIdentifier()
    static func code(_ text: String) -> String? {
        let r = identifier.identify(String(text.prefix(2000)))
        return r.code == LanguageIdentifier.unknown ? nil : r.code
    }
}
