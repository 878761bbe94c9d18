import Foundation
import Testing

/// Runs the built `sitrep` executable the way a user does.
enum SitrepBinary {
    static var url: URL {
        URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).deletingLastPathComponent().appendingPathComponent("sitrep")
    }

    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs sitrep with arguments in a directory and waits for it.
    static func run(_ args: [String], in dir: URL, stdin: String? = nil) throws -> Run {
        let p = Process()
        p.executableURL = url
        p.arguments = args
        p.currentDirectoryURL = dir
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        let input = Pipe()
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    static func tempDir() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}

@Suite(.serialized) struct CommandLineTests {
    func lines(_ s: String) -> [String] { s.split(separator: "\n").map(String.init) }

    @Test func quickStartExampleIngestsAndReingestingAddsNothing() throws {
        guard FileManager.default.isExecutableFile(atPath: SitrepBinary.url.path) else {
            Issue.record("sitrep executable not built at \(SitrepBinary.url.path)")
            return
        }
        let dir = try SitrepBinary.tempDir()
        let example = SitrepBinary.repository.appendingPathComponent("examples/dispatch-fr.txt").path
        let first = try SitrepBinary.run(["ingest", example, "--published", "2024-05-15"], in: dir)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("sitrep.db").path))
        let events1 = try SitrepBinary.run(["events", "--format", "jsonl"], in: dir)
        #expect(events1.status == 0)
        let rows = lines(events1.stdout)
        #expect(rows.count >= 3, "the example dispatch yields events")
        for row in rows {
            let o = try JSONSerialization.jsonObject(with: Data(row.utf8)) as? [String: Any]
            for key in ["id", "source", "code", "root", "quad_class", "goldstein", "date", "modality", "evidence", "article", "mentions"] {
                #expect(o?[key] != nil, "jsonl event lacks \(key)")
            }
        }
        // the README shows these: the visit to Tashkent and the shelling of Kharkiv
        let triples = rows.compactMap { row -> String? in
            guard let o = try? JSONSerialization.jsonObject(with: Data(row.utf8)) as? [String: Any] else { return nil }
            return "\(o["source"] as? String ?? "-")>\(o["target"] as? String ?? "-"):\(o["code"] as? String ?? "")"
        }
        #expect(triples.contains("KAZGOV>UZB:042"), "\(triples)")
        #expect(triples.contains("RUSMIL>UKR:194"), "\(triples)")
        let again = try SitrepBinary.run(["ingest", example, "--published", "2024-05-15"], in: dir)
        #expect(again.status == 0)
        let events2 = try SitrepBinary.run(["events", "--format", "jsonl"], in: dir)
        #expect(lines(events2.stdout).count == rows.count, "re-ingesting the same article adds no event")
        let table = try SitrepBinary.run(["events"], in: dir)
        #expect(table.stdout.contains("Kharkiv"))
    }

    @Test func badInputsAreNamedAndTheRestIsStored() throws {
        guard FileManager.default.isExecutableFile(atPath: SitrepBinary.url.path) else { return }
        let dir = try SitrepBinary.tempDir()
        FileManager.default.createFile(atPath: dir.appendingPathComponent("empty.txt").path, contents: Data())
        FileManager.default.createFile(atPath: dir.appendingPathComponent("bad.txt").path, contents: Data([0x41, 0xFF, 0xFE, 0x41]))
        let jsonl = #"{"id":"a","text":"Russian forces shelled Kharkiv on Monday, the Ukrainian army said.","published":"2024-05-15"}"# + "\n{broken\n"
        try jsonl.write(to: dir.appendingPathComponent("in.jsonl"), atomically: true, encoding: .utf8)
        let r = try SitrepBinary.run(["ingest", "missing.html", "empty.txt", "bad.txt", "in.jsonl"], in: dir)
        #expect(r.status == 1)
        let errs = lines(r.stderr)
        #expect(errs.count == 4, "\(r.stderr)")
        #expect(errs.contains { $0.hasPrefix("missing.html:") })
        #expect(errs.contains { $0.hasPrefix("empty.txt:") })
        #expect(errs.contains { $0.hasPrefix("bad.txt:") && $0.contains("UTF-8") })
        #expect(errs.contains { $0.hasPrefix("in.jsonl:2:") })
        #expect(r.stdout.contains("ingested 1 article(s) (1 new)"), "the good line was stored: \(r.stdout)")
        let again = try SitrepBinary.run(["ingest", "in.jsonl"], in: dir)
        #expect(again.stdout.contains("database sitrep.db: 1 article(s)"), "\(again.stdout)")
    }

    @Test func wrongFlagsGetOneLineErrors() throws {
        guard FileManager.default.isExecutableFile(atPath: SitrepBinary.url.path) else { return }
        let dir = try SitrepBinary.tempDir()
        let r = try SitrepBinary.run(["ingest", "--published", "yesterday", "x.txt"], in: dir)
        #expect(r.status != 0)
        #expect(r.stderr.contains("--published"))
        let q = try SitrepBinary.run(["events", "--since", "2024-13-45"], in: dir)
        #expect(q.status != 0)
        #expect(q.stderr.contains("since"))
    }

    @Test func codeCommandReadsJSONLFromStdin() throws {
        guard FileManager.default.isExecutableFile(atPath: SitrepBinary.url.path) else { return }
        let dir = try SitrepBinary.tempDir()
        let input = #"{"id":"s1","text":"Vladimir Putin met Recep Tayyip Erdogan in Sochi on Monday.","date":"20210929","parse":"(ignored)"}"# + "\n"
        let r = try SitrepBinary.run(["code"], in: dir, stdin: input)
        #expect(r.status == 0, "\(r.stderr)")
        let o = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect(o?["id"] as? String == "s1")
        let events = o?["events"] as? [[String: Any]] ?? []
        #expect(events.contains { ($0["root"] as? String) == "04" && ($0["source"] as? String)?.hasPrefix("RUS") == true })
    }
}
