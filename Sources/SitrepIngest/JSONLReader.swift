import Foundation
import SitrepModel

/// Reads JSONL articles: `{"id","url","title","published"|"date","language","text"|"html"}` per line.
enum JSONLReader {
    static func read(_ bytes: [UInt8], origin: String, _ visit: (Result<RawInput, IngestError>) -> Void) {
        var lineNumber = 0
        var start = 0
        let n = bytes.count
        while start < n {
            var end = start
            while end < n && bytes[end] != 0x0A { end += 1 }
            lineNumber += 1
            let line = bytes[start..<end]
            start = end + 1
            let where_ = "\(origin):\(lineNumber)"
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            visit(parse(Data(line), origin: where_))
        }
    }

    static func parse(_ data: Data, origin: String) -> Result<RawInput, IngestError> {
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            return .failure(IngestError(input: origin, reason: "malformed JSON line"))
        }
        guard let o = object as? [String: Any] else {
            return .failure(IngestError(input: origin, reason: "a JSONL line must be an object"))
        }
        func string(_ key: String) -> String? {
            if let s = o[key] as? String, !s.isEmpty { return s }
            if let n = o[key] as? NSNumber { return n.stringValue }
            return nil
        }
        var published: CalendarDay?
        if let p = string("published") ?? string("date") {
            guard let d = CalendarDay(parsing: p) else {
                return .failure(IngestError(input: origin, reason: "unreadable date \"\(p)\" (expected YYYY-MM-DD or YYYYMMDD)"))
            }
            published = d
        }
        let content: RawInput.Content
        if let text = string("text") {
            content = .articleText(text)
        } else if let html = string("html") {
            content = .html(Array(html.utf8))
        } else {
            return .failure(IngestError(input: origin, reason: "no \"text\" or \"html\" field"))
        }
        return .success(RawInput(origin: origin, externalID: string("id"), url: string("url"), title: string("title"),
                                 published: published, language: string("language"), content: content))
    }
}
