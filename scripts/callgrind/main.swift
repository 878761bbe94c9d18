// Measuring harness for scripts/callgrind/cg.sh (see there): a synchronous main, so that valgrind can run it.
import Foundation
import SitrepIngest
import SitrepKnowledge
import SitrepLanguage
import SitrepModel
import SitrepPipeline

let args = CommandLine.arguments
let repeats = Int(args[2]) ?? 1
if args.count > 3 && args[3] == "recognize" {
    let text = try String(contentsOfFile: args[1], encoding: .utf8)
    let kb = try KnowledgeBase.load()
    let recognizer = MentionRecognizer(knowledge: kb)
    var d = Document(origin: "bench", published: CalendarDay(year: 2023, month: 2, day: 1), language: nil, text: text)
    LanguageAnalyzer().analyze(&d)
    var n = 0
    if let dir = ProcessInfo.processInfo.environment["CG_GO"] {
        FileManager.default.createFile(atPath: dir + "/ready-\(getpid())", contents: nil)
        while !FileManager.default.fileExists(atPath: dir + "/go-\(getpid())") { usleep(100_000) }
    }
    func cpu() -> Double { var ts = timespec(); clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts); return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9 }
    let t0 = cpu()
    for _ in 0..<repeats { var c = d; recognizer.recognize(&c); n += c.mentions.count }
    let secs = cpu() - t0
    print("mentions \(n) cpu \(secs) s: \(Double(text.utf8.count * repeats) / 1e6 / secs) MB per CPU-second")
    exit(0)
}
var texts: [(String, CalendarDay?)] = []
InputReader().read(paths: [args[1]]) { item in
    guard case .success(let input) = item else { return }
    switch input.content {
    case .articleText(let t), .scrapedText(let t): texts.append((t, input.published))
    case .html: break
    }
}
let pipeline = try Pipeline()
func cpu() -> Double { var ts = timespec(); clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts); return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9 }
if let warm = ProcessInfo.processInfo.environment["WARMFILE"] {
    InputReader().read(paths: [warm]) { item in
        guard case .success(let input) = item, case .articleText(let t) = input.content else { return }
        _ = pipeline.code(text: t, published: input.published, language: nil)
    }
} else if ProcessInfo.processInfo.environment["NOWARM"] == nil { for (t, d) in texts { _ = pipeline.code(text: t, published: d, language: nil) } }
func waitForGo() {
    guard let dir = ProcessInfo.processInfo.environment["CG_GO"] else { return }
    let path = dir + "/go-\(getpid())"
    FileManager.default.createFile(atPath: dir + "/ready-\(getpid())", contents: nil)
    while !FileManager.default.fileExists(atPath: path) { usleep(100_000) }
}
waitForGo()
var n = 0
let t0 = cpu()
for _ in 0..<repeats {
    for (t, d) in texts { n += pipeline.code(text: t, published: d, language: nil).sentences.count }
}
let secs = cpu() - t0
print("sentences \(n) cpu \(secs) s: \(Int(Double(n) / secs)) sentences per CPU-second")
