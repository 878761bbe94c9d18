import Foundation
import SitrepCompression
import SitrepModel

/// Reads articles from files, directories (recursively), JSONL files and standard input, one at a time,
/// so a large batch never sits in memory whole. A bad input yields an `IngestError` and the rest go on.
public struct InputReader: Sendable {
    /// Largest input read, after decompression.
    public var maxBytes: Int
    /// File extensions taken when walking a directory (a `.gz` suffix is allowed on each).
    public static let knownExtensions: Set<String> = ["html", "htm", "xhtml", "txt", "text", "jsonl", "ndjson"]

    public init(maxBytes: Int = 64 << 20) {
        self.maxBytes = maxBytes
    }

    /// Visits every article of every path in order; `"-"` is standard input.
    public func read(paths: [String], _ visit: (Result<RawInput, IngestError>) -> Void) {
        for path in paths {
            if path == "-" {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                readBytes(Array(data), origin: "stdin", fileName: nil, visit)
                continue
            }
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                visit(.failure(IngestError(input: path, reason: "no such file or directory")))
                continue
            }
            if isDir.boolValue {
                readDirectory(path, visit)
            } else {
                readFile(path, visit)
            }
        }
    }

    /// All readable files below a directory, sorted, with a known extension.
    func files(in directory: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: directory) else { return [] }
        var found: [String] = []
        while let rel = walker.nextObject() as? String {
            let full = (directory as NSString).appendingPathComponent(rel)
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue else { continue }
            if InputReader.knownExtensions.contains(InputReader.fileExtension(rel)) { found.append(full) }
        }
        return found.sorted()
    }

    private func readDirectory(_ path: String, _ visit: (Result<RawInput, IngestError>) -> Void) {
        let list = files(in: path)
        if list.isEmpty {
            visit(.failure(IngestError(input: path, reason: "directory holds no readable article files (.html, .htm, .txt, .jsonl, optionally .gz)")))
        }
        for f in list { readFile(f, visit) }
    }

    private func readFile(_ path: String, _ visit: (Result<RawInput, IngestError>) -> Void) {
        guard FileManager.default.isReadableFile(atPath: path) else {
            visit(.failure(IngestError(input: path, reason: "permission denied")))
            return
        }
        if let attrs = try? FileManager.default.attributesOfItem(atPath: path),
           let size = attrs[.size] as? Int, size > maxBytes {
            visit(.failure(IngestError(input: path, reason: "file too large (\(size) bytes; limit \(maxBytes))")))
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            visit(.failure(IngestError(input: path, reason: "cannot be read")))
            return
        }
        readBytes(Array(data), origin: path, fileName: (path as NSString).lastPathComponent, visit)
    }

    /// Decompresses, sniffs the format and yields the articles of one input.
    func readBytes(_ raw: [UInt8], origin: String, fileName: String?, _ visit: (Result<RawInput, IngestError>) -> Void) {
        var bytes = raw
        if bytes.isEmpty {
            visit(.failure(IngestError(input: origin, reason: "empty file")))
            return
        }
        if Gzip.isGzip(bytes) {
            do { bytes = try Gzip.decompress(bytes, limit: maxBytes) } catch {
                visit(.failure(IngestError(input: origin, reason: "\(error)")))
                return
            }
            if bytes.isEmpty {
                visit(.failure(IngestError(input: origin, reason: "empty file after decompression")))
                return
            }
        }
        let ext = fileName.map(InputReader.fileExtension) ?? ""
        let format = InputFormat.detect(extension: ext, bytes: bytes)
        let id = fileName.map(InputReader.pageID)
        switch format {
        case .binary:
            visit(.failure(IngestError(input: origin, reason: "binary data, not an article (expected HTML, text or JSONL)")))
        case .html:
            visit(.success(RawInput(origin: origin, externalID: id, content: .html(bytes))))
        case .text:
            guard let text = String(validatingUTF8Bytes: bytes) else {
                let at = InputReader.firstInvalidUTF8(bytes) ?? 0
                visit(.failure(IngestError(input: origin, reason: "invalid UTF-8 at byte \(at)")))
                return
            }
            if text.allSatisfy({ $0.isWhitespace }) {
                visit(.failure(IngestError(input: origin, reason: "no text")))
                return
            }
            visit(.success(RawInput(origin: origin, externalID: id, content: .scrapedText(text))))
        case .jsonl:
            JSONLReader.read(bytes, origin: origin, visit)
        }
    }

    /// The lowercase extension, ignoring a trailing `.gz`.
    public static func fileExtension(_ name: String) -> String {
        var n = name.lowercased()
        if n.hasSuffix(".gz") { n.removeLast(3) }
        guard let dot = n.lastIndex(of: "."), !n[n.index(after: dot)...].contains("/") else { return "" }
        return String(n[n.index(after: dot)...])
    }

    /// The file name with a trailing `.gz` and then `.html`/`.htm`/`.txt`/`.jsonl` removed.
    public static func pageID(_ fileName: String) -> String {
        var n = fileName
        if n.lowercased().hasSuffix(".gz") { n.removeLast(3) }
        for ext in [".html", ".htm", ".xhtml", ".txt", ".text", ".jsonl", ".ndjson"] where n.lowercased().hasSuffix(ext) {
            n.removeLast(ext.count)
            break
        }
        return n
    }

    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var it = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&it) {
            case .scalarValue(let s): offset += UTF8.width(s)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}

extension String {
    /// Decodes UTF-8, or nil when the bytes are not valid UTF-8 (no silent replacement).
    public init?(validatingUTF8Bytes bytes: [UInt8]) {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let s = String(validating: body, as: UTF8.self) else { return nil }
        self = s
    }
}
