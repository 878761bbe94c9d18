import Foundation
import Testing

/// Synthetic English wire copy: varied actors, verbs, places and dates, with events repeated across articles
/// so that deduplication and mention counts are exercised.
struct SyntheticNews {
    static let actors = ["Russia", "Ukraine", "France", "China", "Germany", "Poland", "Turkey", "Iran", "Israel",
                         "Japan", "India", "Kazakhstan", "Armenia", "Azerbaijan", "the United States", "Britain"]
    static let verbs = ["met with", "criticized", "shelled", "signed an agreement with", "accused", "praised",
                        "threatened", "condemned", "attacked", "held talks with", "imposed sanctions on", "sent aid to"]
    static let places = ["Kyiv", "Moscow", "Paris", "Beijing", "Berlin", "Warsaw", "Ankara", "Tehran", "Geneva", "Vienna"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]
    static let fillers = ["Officials declined to comment further.", "The statement was released late in the evening.",
                          "Analysts said the move was expected.", "Markets reacted calmly to the news.",
                          "Diplomats described the atmosphere as tense.", "No casualties were reported."]

    /// A small deterministic generator (SplitMix64), so the file is the same on every run.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func pick<T>(_ xs: [T]) -> T { xs[Int(next() % UInt64(xs.count))] }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    /// One sentence reporting an event, with a date written in one of several ways.
    static func sentence(_ r: inout Random, year: Int, month: Int) -> String {
        var a = r.pick(actors), b = r.pick(actors)
        while b == a { b = r.pick(actors) }
        let verb = r.pick(verbs)
        let day = 1 + r.below(4)  // few distinct days, so events recur across articles
        let date: String
        switch r.below(3) {
        case 0: date = "on \(months[month - 1]) \(day), \(year)"
        case 1: date = "on \(day) \(months[month - 1]) \(year)"
        default: date = "on \(months[month - 1]) \(day)"
        }
        let capital = a.prefix(1).uppercased() + a.dropFirst()
        a = capital
        switch r.below(3) {
        case 0: return "\(a) \(verb) \(b) \(date), officials said."
        case 1: return "\(a) \(verb) \(b) in \(r.pick(places)) \(date)."
        default: return "According to state media, \(a) \(verb) \(b) \(date)."
        }
    }

    /// `count` JSONL lines with "id", "text" and "published".
    static func jsonl(count: Int, seed: UInt64) throws -> String {
        var r = Random(state: seed)
        var lines: [String] = []
        for i in 0..<count {
            let year = 2022 + r.below(3), month = 1 + r.below(12)
            var sentences: [String] = []
            for _ in 0..<(2 + r.below(3)) { sentences.append(sentence(&r, year: year, month: month)) }
            sentences.append(r.pick(fillers))
            let published = String(format: "%04d-%02d-%02d", year, month, 10 + r.below(18))
            let object: [String: String] = ["id": "wire-\(i)", "text": sentences.joined(separator: " "), "published": published]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            lines.append(String(decoding: data, as: UTF8.self))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// What a database holds, as seen through `sitrep events --format jsonl`.
struct DatabaseContents: Equatable {
    /// Event id → (mentions, articles).
    var events: [String: [Int]]
    /// Distinct reporting articles.
    var articles: Set<String>

    static func read(db: URL, in dir: URL) throws -> DatabaseContents {
        guard FileManager.default.fileExists(atPath: db.path) else { return DatabaseContents(events: [:], articles: []) }
        let run = try SitrepBinary.run(["events", "--db", db.path, "--format", "jsonl"], in: dir)
        guard run.status == 0 else { throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: run.stderr]) }
        var contents = DatabaseContents(events: [:], articles: [])
        for line in run.stdout.split(separator: "\n") {
            guard let o = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let id = o["id"] as? String else { continue }
            #expect(contents.events[id] == nil, "event \(id) listed twice")
            contents.events[id] = [o["num_mentions"] as? Int ?? -1, o["num_articles"] as? Int ?? -1]
            for m in o["mentions"] as? [[String: Any]] ?? [] {
                if let a = m["article"] as? String { contents.articles.insert(a) }
            }
        }
        return contents
    }
}

@Suite(.serialized) struct CrashSafetyTests {
    /// "database X: N article(s), M event(s)" from the ingest summary line.
    func storedCounts(_ summary: String) -> (articles: Int, events: Int)? {
        guard let range = summary.range(of: ": ", options: .backwards) else { return nil }
        let numbers = summary[range.upperBound...].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        return numbers.count >= 2 ? (numbers[0], numbers[1]) : nil
    }

    /// Starts `sitrep ingest`, kills it with SIGKILL after `delay` seconds (unless it finished), and says whether it was killed.
    func ingestAndKill(file: URL, db: URL, in dir: URL, after delay: Double) throws -> Bool {
        let p = Process()
        p.executableURL = SitrepBinary.url
        p.arguments = ["ingest", "--quiet", "--db", db.path, file.path]
        p.currentDirectoryURL = dir
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        let deadline = Date().addingTimeInterval(delay)
        while p.isRunning && Date() < deadline { usleep(10_000) }
        guard p.isRunning else { return false }
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        return p.terminationReason == .uncaughtSignal
    }

    @Test func killedIngestResumesWithNothingLostOrDuplicated() throws {
        guard FileManager.default.isExecutableFile(atPath: SitrepBinary.url.path) else {
            Issue.record("sitrep executable not built at \(SitrepBinary.url.path)")
            return
        }
        let dir = try SitrepBinary.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("wire.jsonl")
        try SyntheticNews.jsonl(count: 1200, seed: 2024).write(to: file, atomically: true, encoding: .utf8)

        // Reference: one clean run, timed.
        let clean = dir.appendingPathComponent("clean.db")
        let t0 = Date()
        let reference = try SitrepBinary.run(["ingest", "--db", clean.path, file.path], in: dir)
        let duration = Date().timeIntervalSince(t0)
        #expect(reference.status == 0, "\(reference.stderr)")
        let expected = try DatabaseContents.read(db: clean, in: dir)
        #expect(storedCounts(reference.stdout)?.articles == 1200, "every synthetic article is stored: \(reference.stdout)")
        #expect(expected.articles.count > 900, "most synthetic articles report events")
        #expect(expected.events.count > 900)
        #expect(expected.events.values.contains { $0[0] > 1 }, "some events are reported more than once")

        // Interrupted: SIGKILL at random moments, adapting so that most kills land while articles are being written.
        let crashed = dir.appendingPathComponent("crashed.db")
        var low = 0.2, high = 0.98
        var kills = 0, partial = 0
        var rng = SystemRandomNumberGenerator()
        // (the analysis is fast: most of a run is start-up and writing, so the window is searched for)
        func restart() { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: crashed.path + suffix) } }
        for _ in 0..<16 where partial < 3 {
            let fraction = Double.random(in: low...high, using: &rng)
            let before = try DatabaseContents.read(db: crashed, in: dir).articles.count
            guard try ingestAndKill(file: file, db: crashed, in: dir, after: fraction * duration) else {
                // the run finished before the kill (the machine got faster): start again from an empty
                // database and kill earlier, or no later kill could interrupt a write
                restart()
                high = max(low + 0.05, fraction - 0.1)
                low = min(low, high - 0.05)
                continue
            }
            kills += 1
            let after = try DatabaseContents.read(db: crashed, in: dir)
            #expect(after.articles.isSubset(of: expected.articles))
            #expect(Set(after.events.keys).isSubset(of: Set(expected.events.keys)), "no event appears that a clean run lacks")
            if after.articles.count == before { low = min(fraction + 0.05, high - 0.05) }  // killed before writing: later
            else if after.articles.count < expected.articles.count { partial += 1 }
            else {
                // killed after the last write: start again and kill earlier
                restart()
                high = max(low + 0.05, fraction - 0.05)
                low = min(low, high - 0.05)
            }
        }
        #expect(kills >= 2, "the ingest was killed at least twice")
        #expect(partial >= 1, "at least one kill interrupted the writing of articles")

        let resumed = try SitrepBinary.run(["ingest", "--db", crashed.path, file.path], in: dir)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let got = try DatabaseContents.read(db: crashed, in: dir)
        #expect(got.articles == expected.articles, "same articles")
        #expect(Set(got.events.keys) == Set(expected.events.keys), "same event ids")
        #expect(got == expected, "same mention and article counts per event")
        let a = storedCounts(reference.stdout), b = storedCounts(resumed.stdout)
        #expect(a != nil && a?.articles == b?.articles && a?.events == b?.events, "\(reference.stdout) vs \(resumed.stdout)")
        print("crash safety: \(kills) kill(s), \(partial) mid-write; clean run \(String(format: "%.1f", duration)) s; "
              + "\(got.articles.count) articles, \(got.events.count) events")
    }
}
