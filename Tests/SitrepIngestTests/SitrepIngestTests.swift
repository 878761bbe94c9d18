import Foundation
import Testing
@testable import SitrepIngest
import SitrepModel

@Suite struct IngestTests {
    func tempDir() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-ingest-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    func collect(_ paths: [String]) -> (ok: [RawInput], errors: [IngestError]) {
        var ok: [RawInput] = [], errors: [IngestError] = []
        InputReader().read(paths: paths) { r in
            switch r {
            case .success(let i): ok.append(i)
            case .failure(let e): errors.append(e)
            }
        }
        return (ok, errors)
    }

    @Test func badInputsAreNamedAndTheBatchGoesOn() throws {
        let dir = try tempDir()
        let good = dir + "/good.txt"
        try "Titre\n\nUn paragraphe.".write(toFile: good, atomically: true, encoding: .utf8)
        FileManager.default.createFile(atPath: dir + "/empty.txt", contents: Data())
        FileManager.default.createFile(atPath: dir + "/bad.txt", contents: Data([0x41, 0xC3, 0x28, 0x42]))
        FileManager.default.createFile(atPath: dir + "/bin.html", contents: Data([0x00, 0x01, 0x02, 0xFF]))
        let (ok, errors) = collect([dir + "/missing.html", dir + "/empty.txt", dir + "/bad.txt", dir + "/bin.html", good])
        #expect(ok.count == 1)
        #expect(ok.first?.externalID == "good")
        #expect(errors.map(\.reason) == ["no such file or directory", "empty file", "invalid UTF-8 at byte 1",
                                         "binary data, not an article (expected HTML, text or JSONL)"])
        #expect(errors.allSatisfy { $0.input.hasPrefix(dir) })
    }

    @Test func directoriesAreWalkedRecursivelyInOrder() throws {
        let dir = try tempDir()
        try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        try "<html><body><p>x</p></body></html>".write(toFile: dir + "/sub/b.html", atomically: true, encoding: .utf8)
        try "a".write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        try "ignored".write(toFile: dir + "/notes.md", atomically: true, encoding: .utf8)
        let (ok, errors) = collect([dir])
        #expect(errors.isEmpty)
        #expect(ok.map(\.externalID) == ["a", "b"])
        let emptyDir = try tempDir()
        #expect(collect([emptyDir]).errors.count == 1)
    }

    @Test func jsonlLinesAreArticlesAndMalformedLinesAreReported() throws {
        let dir = try tempDir()
        let lines = [
            #"{"id":"s1","text":"Russia attacked Ukraine.","date":"20220224"}"#,
            "{not json",
            #"{"id":"s3","html":"<p>Bonjour</p>","published":"2023-02-01","language":"fr"}"#,
            #"{"id":"s4"}"#,
            "",
        ]
        try lines.joined(separator: "\n").write(toFile: dir + "/in.jsonl", atomically: true, encoding: .utf8)
        let (ok, errors) = collect([dir + "/in.jsonl"])
        #expect(ok.map(\.externalID) == ["s1", "s3"])
        #expect(ok[0].published == CalendarDay(year: 2022, month: 2, day: 24))
        #expect(ok[1].language == "fr")
        #expect(errors.map(\.input) == [dir + "/in.jsonl:2", dir + "/in.jsonl:4"])
    }

    @Test func gzipIsDecompressedAndTruncationReported() throws {
        let dir = try tempDir()
        let src = dir + "/page.html"
        try "<html><body><p>Bonjour le monde</p></body></html>".write(toFile: src, atomically: true, encoding: .utf8)
        let gz = Process()
        gz.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gz.arguments = ["gzip", "-k", src]
        try gz.run(); gz.waitUntilExit()
        let (ok, errors) = collect([src + ".gz"])
        #expect(errors.isEmpty)
        #expect(ok.first?.externalID == "page")
        if case .html(let bytes)? = ok.first?.content { #expect(String(decoding: bytes, as: UTF8.self).contains("Bonjour")) }
        else { Issue.record("expected HTML content") }
        let data = try Data(contentsOf: URL(fileURLWithPath: src + ".gz"))
        FileManager.default.createFile(atPath: dir + "/cut.html.gz", contents: data.prefix(data.count / 2))
        let cut = collect([dir + "/cut.html.gz"])
        #expect(cut.ok.isEmpty)
        #expect(cut.errors.first?.reason.contains("truncated") == true)
    }

    @Test func formatSniffing() {
        #expect(InputFormat.detect(extension: "", bytes: Array("  <!doctype html>".utf8)) == .html)
        #expect(InputFormat.detect(extension: "", bytes: Array("{\"id\":1}".utf8)) == .jsonl)
        #expect(InputFormat.detect(extension: "", bytes: Array("Plain words".utf8)) == .text)
        #expect(InputReader.pageID("zooroyal.de.trixie.html.gz") == "zooroyal.de.trixie")
        #expect(InputReader.fileExtension("a/b.HTML.gz") == "html")
    }
}
