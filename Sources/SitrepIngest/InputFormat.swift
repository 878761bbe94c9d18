/// The kind of content an input holds, from its extension and its first bytes.
public enum InputFormat: Sendable, Equatable {
    case html, text, jsonl, binary

    /// Extension first; content sniffing for stdin and unknown extensions; NUL bytes mean binary.
    public static func detect(extension ext: String, bytes: [UInt8]) -> InputFormat {
        let head = bytes.prefix(8192)
        if looksBinary(head) && !looksUTF16(head) { return .binary }
        switch ext {
        case "html", "htm", "xhtml": return .html
        case "jsonl", "ndjson": return .jsonl
        case "txt", "text": return looksUTF16(head) ? .html : .text
        default: break
        }
        if looksUTF16(head) { return .html }
        var i = head.startIndex
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { i += 3 }
        while i < head.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(head[i]) { i += 1 }
        guard i < head.endIndex else { return .text }
        if head[i] == UInt8(ascii: "{") { return .jsonl }
        if head[i] == UInt8(ascii: "<") { return .html }
        return .text
    }

    static func looksBinary(_ head: ArraySlice<UInt8>) -> Bool {
        var control = 0
        for b in head {
            if b == 0 { return true }
            if b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B) { control += 1 }
        }
        return head.count > 0 && control * 10 > head.count
    }

    /// UTF-16 pages (BOM) are HTML the extractor decodes, despite their NUL bytes.
    static func looksUTF16(_ head: ArraySlice<UInt8>) -> Bool {
        head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF])
    }
}
