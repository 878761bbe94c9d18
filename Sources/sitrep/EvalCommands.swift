import ArgumentParser
import Foundation
import SitrepCoding
import SitrepExtract
import SitrepKnowledge
import SitrepLanguage
import SitrepModel
import SitrepPipeline

/// `sitrep eval`: score Sitrep against gold files.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score extraction, language identification, places or events against gold files.",
        subcommands: [EvalExtract.self, EvalLangID.self, EvalPlaces.self, EvalEvents.self]
    )
}

func f3(_ x: Double) -> String { String(format: "%.3f", x) }

struct EvalExtract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Score main-text extraction on a corpus directory (ground-truth.json + html/), or on each such directory below it.",
        discussion: "aeb: the article-extraction-benchmark token metric. trafilatura-eval: with/without snippet P/R/F1, "
            + "and title, author and date exact-match rates."
    )
    @Argument(help: "Corpus directory, e.g. ../shared/corpora/extraction/aeb") var corpus: String
    @Option(help: "Directory to write each corpus's predictions to (<corpus>.json, the layout score_extraction.py reads).")
    var predictions: String?

    func run() throws {
        let root = URL(fileURLWithPath: corpus)
        var dirs: [URL] = []
        if FileManager.default.fileExists(atPath: root.appendingPathComponent("ground-truth.json").path) {
            dirs = [root]
        } else if let subs = try? FileManager.default.contentsOfDirectory(at: root, includingPropertiesForKeys: nil) {
            dirs = subs.filter { FileManager.default.fileExists(atPath: $0.appendingPathComponent("ground-truth.json").path) }
                .sorted { $0.path < $1.path }
        }
        guard !dirs.isEmpty else { throw CommandFailure("\(corpus): no ground-truth.json here or in a sub-directory") }
        for dir in dirs {
            let gold = try ExtractionEvaluator.loadGold(dir)
            let (predicted, failures) = try ExtractionEvaluator.predict(corpus: dir)
            var s = ExtractionEvaluator.score(gold: gold, predictions: predicted)
            s.failures = failures
            if let predictions {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                let file = URL(fileURLWithPath: predictions).appendingPathComponent("\(dir.lastPathComponent).json")
                try encoder.encode(predicted).write(to: file)
            }
            print("corpus \(dir.lastPathComponent) (\(s.documents) documents, \(s.failures) failures)")
            print("precision \(f3(s.precision))")
            print("recall \(f3(s.recall))")
            print("f1 \(f3(s.f1))")
            if let a = s.accuracy { print("accuracy \(f3(a))") }
            if let t = s.titleExact { print("title exact \(f3(t))") }
            if let a = s.authorExact { print("author exact \(f3(a))") }
            if let d = s.dateExact { print("date exact \(f3(d))") }
        }
    }
}

struct EvalLangID: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "langid",
        abstract: "Score language identification on a TSV file (lang<TAB>sentence, header line): overall and per-language accuracy, confusions.",
        discussion: "--subset held-out scores only the lines the shipped model never saw in training (every 5th data line)."
    )
    enum Subset: String, ExpressibleByArgument, CaseIterable { case all, heldOut = "held-out", training }

    @Argument(help: "e.g. ../shared/corpora/language/sentences-dev.tsv") var tsv: String
    @Option(help: "all, held-out or training.") var subset: Subset = .all

    func run() throws {
        let which: LanguageIDEvaluator.Subset = subset == .all ? .all : subset == .heldOut ? .heldOut : .training
        do {
            print(try LanguageIDEvaluator.evaluate(tsv: URL(fileURLWithPath: tsv), subset: which).description)
        } catch let error as LanguageIDEvaluationError {
            throw CommandFailure("\(error)")
        }
    }
}

struct EvalPlaces: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "places",
        abstract: "Score toponym recognition and resolution on an LGL / TR-News XML file (.xml or .xml.gz)."
    )
    @OptionGroup var knowledge: KnowledgeOptions
    @Argument(help: "e.g. ../shared/corpora/places/tr-news.xml.gz") var file: String
    @Option(help: "How many misses (MISS: not recognized, WRONG: resolved to another place) to list after the scores.")
    var misses: Int = 0
    @Option(help: "How many false places (predicted places that overlap no gold toponym) to list after the scores.")
    var falsePlaces: Int = 0
    @Option(help: "Print the mentions the recognizer finds in this article (its docid) instead of the scores.")
    var article: String?
    @Flag(help: "Resolution only: resolve each gold toponym's span (the article's other names as context) and score exact, within 161 km and country.")
    var goldSpans = false

    func run() throws {
        guard FileManager.default.isReadableFile(atPath: file) else { throw CommandFailure("\(file): no such readable file") }
        let kb = try KnowledgeBase.load(extraFiles: knowledge.kb.map(URL.init(fileURLWithPath:)))
        if let article {
            let evaluator = PlaceEvaluator(recognizer: MentionRecognizer(knowledge: kb))
            guard let a = try PlaceCorpus.read(URL(fileURLWithPath: file)).first(where: { $0.id == article }) else {
                throw CommandFailure("\(file): no article \(article)")
            }
            for line in evaluator.mentions(of: a) { print(line) }
            return
        }
        let evaluator = PlaceEvaluator(recognizer: MentionRecognizer(knowledge: kb))
        if goldSpans {
            let scores = evaluator.evaluateGoldSpans(try PlaceCorpus.read(URL(fileURLWithPath: file)))
            print(scores.goldSpanReport)
            for line in scores.misses.prefix(max(misses, 0)) { print(line) }
            return
        }
        let scores = try evaluator.evaluate(file: URL(fileURLWithPath: file))
        print(scores.report)
        for line in scores.misses.prefix(max(misses, 0)) { print(line) }
        for line in scores.falsePlaces.prefix(max(falsePlaces, 0)) { print(line) }
    }
}

struct EvalEvents: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Score event coding on a gold JSONL file (text, date YYYYMMDD, events [{source,target,code}]).",
        discussion: "Precision, recall and F1 at three levels (exact source-target-code; root plus both actors; code only) "
            + "and sentence accuracy, as ../shared/tools/score_events.py computes them. Parses in the file are never used."
    )
    @OptionGroup var knowledge: KnowledgeOptions
    @Argument(help: "e.g. ../shared/corpora/events/petrarch2_gsr_validation.jsonl") var gold: String
    @Option(help: "How many misses to list.") var misses: Int = 20
    @Option(help: "Language of the sentences when the file has none (detected otherwise).") var language: String?

    func run() throws {
        guard FileManager.default.isReadableFile(atPath: gold) else { throw CommandFailure("\(gold): no such readable file") }
        let pipeline = try Pipeline(extraKnowledge: knowledge.kb.map(URL.init(fileURLWithPath:)),
                                    extraLexicons: knowledge.lexicon.map(URL.init(fileURLWithPath:)))
        let scores = try EventEvaluator.evaluate(gold: URL(fileURLWithPath: gold)) { text, date in
            pipeline.code(text: text, published: date, language: language).events
        }
        print(scores.report(misses: misses), terminator: "")
    }
}
