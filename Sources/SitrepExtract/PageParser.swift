#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Signals an element carries by its own tag and attributes.
struct NodeFlags: OptionSet {
    let rawValue: UInt16
    /// Navigation, footer, share bar, related links, cookie banner, comments, ads…
    static let chrome = NodeFlags(rawValue: 1)
    /// Names that mark article content (article, content, entry, post, story, itemprop=articleBody).
    static let content = NodeFlags(rawValue: 2)
    /// Not rendered (template, hidden attribute, display:none…).
    static let hidden = NodeFlags(rawValue: 4)
    /// Holds the author name (class/id/rel/itemprop "author", "byline").
    static let author = NodeFlags(rawValue: 8)
    /// `itemprop="articleBody"` or an equally explicit body marker.
    static let articleBody = NodeFlags(rawValue: 16)
    /// Comments section.
    static let comments = NodeFlags(rawValue: 32)
    /// Holds a date or posting information (class "date", "datum", "published", "meta"…, or `<time>`).
    static let dateline = NodeFlags(rawValue: 64)
    /// Marks a lead, teaser or summary paragraph (class "lead", "excerpt", "intro", "abstract"…, itemprop description).
    static let lead = NodeFlags(rawValue: 128)
    /// A `<figure>` that is chrome by its tag alone (no class word made it so).
    static let plainFigure = NodeFlags(rawValue: 256)
}

/// One element of the page, in document order; children follow their parent.
struct Node {
    var tag: Tag
    var parent: Int32
    /// Index of the last descendant (equal to its own index when it has none).
    var end: Int32
    var flags: NodeFlags
    /// Characters of text in blocks this node owns, then (after `finish`) in its whole subtree.
    var chars: Int32 = 0
    var linkChars: Int32 = 0
    /// Characters in paragraph-like blocks (at least 30 characters, under 30 % links).
    var goodChars: Int32 = 0
    var score: Float = 0
}

/// A run of text between two block boundaries, owned by the innermost block-like element around it.
struct TextBlock {
    var owner: Int32
    var start: Int32
    var end: Int32
    var chars: Int32
    var linkChars: Int32
}

/// An open element while parsing.
private struct OpenElement {
    var node: Int32
    var tag: Tag
    var nameKey: UInt64
    var owner: Int32
    var hidden: Bool
    var inLink: Bool
    /// Inside <svg> or <math>.
    var foreign: Bool = false
}

/// A one-pass streaming parser over UTF-8 bytes that builds only what extraction needs: a flat element
/// list, text blocks, and page metadata. It survives unclosed and misnested tags and never recurses.
struct PageParser {
    var nodes: [Node] = []
    var blocks: [TextBlock] = []
    /// All block text, whitespace-collapsed and entity-decoded.
    var text: [UInt8] = []
    var meta = PageMetadata()
    /// The page's UTF-8 bytes, kept by the extractor for the rare late reads (scripts' dates); shared, not copied.
    var source: [UInt8] = []

    private var stack: [OpenElement] = []
    private var runStart = 0
    private var runChars: Int32 = 0
    private var runLink: Int32 = 0
    private var pendingSpace = false
    /// Stack position of an open <head>, 0 when none.
    private var openHead = 0
    static let headContent: Set<Tag> = [.meta, .link, .title, .script, .style, .base, .noscript, .template, .head, .html]
    var attributes = AttributeList()
    private let tags = Tag.lookup

    init() {
        nodes.reserveCapacity(2048)
        text.reserveCapacity(65536)
        nodes.append(Node(tag: .other, parent: -1, end: 0, flags: []))
        stack.append(OpenElement(node: 0, tag: .other, nameKey: 0, owner: 0, hidden: false, inLink: false))
    }

    /// Parses the whole page.
    mutating func parse(_ buf: UnsafeBufferPointer<UInt8>) {
        let n = buf.count
        var i = 0
        while i < n {
            if buf[i] != UInt8(ascii: "<") {
                let j = findByte(buf, UInt8(ascii: "<"), from: i + 1) ?? n
                appendText(buf, i, j)
                i = j
                continue
            }
            i = markup(buf, at: i)
        }
        flushRun()
        while stack.count > 1 { pop() }
        nodes[0].end = Int32(nodes.count - 1)
    }

    /// Handles the markup starting at `i` (a "<"); returns the index after it.
    private mutating func markup(_ buf: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let n = buf.count
        guard i + 1 < n else { appendText(buf, i, n); return n }
        let d = buf[i + 1]
        if d == UInt8(ascii: "!") {
            if starts(buf, i + 2, "--") { return find(buf, "-->", from: i + 4).map { $0 + 3 } ?? n }
            if starts(buf, i + 2, "[CDATA[") { return find(buf, "]]>", from: i + 9).map { $0 + 3 } ?? n }
            return findByte(buf, UInt8(ascii: ">"), from: i + 2).map { $0 + 1 } ?? n
        }
        if d == UInt8(ascii: "?") { return findByte(buf, UInt8(ascii: ">"), from: i + 2).map { $0 + 1 } ?? n }
        if d == UInt8(ascii: "/") {
            guard i + 2 < n, isLetter(buf[i + 2]) else {
                return findByte(buf, UInt8(ascii: ">"), from: i + 2).map { $0 + 1 } ?? n
            }
            var j = i + 2
            while j < n && isNameByte(buf[j]) { j += 1 }
            let key = Tag.key(of: UnsafeBufferPointer(rebasing: buf[(i + 2)..<j]))
            let close = findByte(buf, UInt8(ascii: ">"), from: j).map { $0 + 1 } ?? n
            endTag(tags.value(key) ?? .other, key: key)
            return close
        }
        guard isLetter(d) else { appendText(buf, i, i + 1); return i + 1 }
        var j = i + 1
        while j < n && isNameByte(buf[j]) { j += 1 }
        let key = Tag.key(of: UnsafeBufferPointer(rebasing: buf[(i + 1)..<j]))
        let tag = tags.value(key) ?? .other
        let after = attributes.parse(buf, from: j)
        let foreign = stack[stack.count - 1].foreign
        // Custom elements ("<pp-inline-teaser>", "<share-bar>") name their role like a class does.
        let named = tag == .other && buf[(i + 1)..<j].contains(UInt8(ascii: "-"))
            ? attributes.vocabularyFlags(of: buf[(i + 1)..<j]) : NodeFlags()
        startTag(tag, key: key, buf, named: named)
        if foreign || tag == .svg || tag == .math {
            // SVG and MathML: "/>" closes the element, and <title>, <style>, <script> hold no raw text.
            if attributes.selfClosing && !tag.isVoid { pop(tag: tag, key: key) }
            return after
        }
        guard tag.isRawText else { return after }
        let contentEnd = tag == .plaintext ? nil : findEndTag(buf, name: buf[(i + 1)..<j], from: after)
        if contentEnd == nil && tag != .script && tag != .style && tag != .plaintext {
            pop(tag: tag, key: key)  // an unterminated <title> or <textarea> does not swallow the page
            return after
        }
        rawText(tag, buf, after, contentEnd ?? n)
        pop(tag: tag, key: key)
        guard let contentEnd else { return n }
        return findByte(buf, UInt8(ascii: ">"), from: contentEnd).map { $0 + 1 } ?? n
    }

    /// Content of script, style, title, textarea…: captured when useful, never parsed as markup.
    private mutating func rawText(_ tag: Tag, _ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        switch tag {
        case .title where meta.titleTag == nil:
            meta.titleTag = Self.decodedText(buf, start, end)
        case .script where meta.pendingJSONLD:
            meta.jsonLD.append(String(decoding: UnsafeBufferPointer(rebasing: buf[start..<end]), as: UTF8.self))
        case .script where meta.scripts.count < 64 && end > start:
            meta.scripts.append(start..<end)
        default: break
        }
        meta.pendingJSONLD = false
    }

    private mutating func startTag(_ tag: Tag, key: UInt64, _ buf: UnsafeBufferPointer<UInt8>, named: NodeFlags = []) {
        closeImplied(by: tag)
        var own = tag.isChrome ? NodeFlags.chrome : named
        if tag.isHidden { own.insert(.hidden) }
        if !attributes.isEmpty { own.formUnion(attributes.flags(buf, tag: tag)) }
        if !attributes.isEmpty { meta.collect(tag: tag, attributes: attributes, buf, blockIndex: blocks.count) }
        let parent = stack[stack.count - 1]
        if tag == .time, !isParagraphLike(nodes[Int(parent.owner)].tag) { own.formUnion([.chrome, .dateline]) }
        if tag == .figure, own == .chrome { own.insert(.plainFigure) }
        if tag == .table { unmarkFigure() }
        let blockLike = tag.isBlock || !own.isEmpty || tag == .br || tag == .hr
        if blockLike { flushRun() }
        if tag.isVoid { return }
        let index = Int32(nodes.count)
        if tag == .head && openHead == 0 { openHead = stack.count }
        nodes.append(Node(tag: tag, parent: parent.node, end: index, flags: own))
        stack.append(OpenElement(node: index, tag: tag, nameKey: key, owner: blockLike ? index : parent.owner,
                                 hidden: parent.hidden || own.contains(.hidden), inLink: parent.inLink || tag == .a,
                                 foreign: parent.foreign || tag == .svg || tag == .math))
    }

    /// A table inside a figure that is chrome only for being a figure makes the figure content: figures wrap
    /// data tables as often as images.
    private mutating func unmarkFigure() {
        var k = stack.count - 1
        while k > 0 && stack.count - k <= 4 {
            let node = Int(stack[k].node)
            if nodes[node].flags.contains(.plainFigure) { nodes[node].flags.remove(.chrome); return }
            k -= 1
        }
    }

    private func isParagraphLike(_ tag: Tag) -> Bool {
        tag == .p || tag == .li || tag == .td || tag == .dd || tag == .blockquote || tag.isHeading || tag == .pre
    }

    /// HTML's implied end tags for paragraphs, list items, table cells and options.
    private mutating func closeImplied(by tag: Tag) {
        if openHead > 0, !Self.headContent.contains(tag) {
            let head = openHead
            while stack.count > head { pop() }  // body content ends an unclosed <head>
            openHead = 0
        }
        if tag.closesParagraph, stack.last?.tag == .p { pop() }
        switch tag {
        case .li: closeNearest(.li, stopAt: [.ul, .ol, .menu])
        case .dt, .dd: closeNearest(.dd, stopAt: [.dl]); closeNearest(.dt, stopAt: [.dl])
        case .tr: closeNearest(.tr, stopAt: [.table, .tbody, .thead, .tfoot])
        case .td, .th: closeNearest(.td, stopAt: [.tr, .table]); closeNearest(.th, stopAt: [.tr, .table])
        case .option: if stack.last?.tag == .option { pop() }
        default: break
        }
    }

    private mutating func closeNearest(_ tag: Tag, stopAt: [Tag]) {
        var k = stack.count - 1
        while k > 0 && stack.count - k < 64 {
            if stack[k].tag == tag { flushRun(); while stack.count > k { pop() }; return }
            if stopAt.contains(stack[k].tag) { return }
            k -= 1
        }
    }

    private mutating func endTag(_ tag: Tag, key: UInt64) {
        if tag == .br { flushRun(); return }
        pop(tag: tag, key: key)
    }

    /// Closes the nearest open element with this name (and everything opened inside it); ignores strays.
    private mutating func pop(tag: Tag, key: UInt64) {
        var k = stack.count - 1
        while k > 0 && stack.count - k <= 128 {
            if stack[k].nameKey == key {
                while stack.count > k { pop() }
                return
            }
            k -= 1
        }
    }

    private mutating func pop() {
        if stack.count - 1 == openHead { openHead = 0 }
        if stack[stack.count - 1].owner == stack[stack.count - 1].node { flushRun() }
        let top = stack.removeLast()
        nodes[Int(top.node)].end = Int32(nodes.count - 1)
    }

    /// Ends the current text run as a block.
    private mutating func flushRun() {
        if text.count > runStart {
            blocks.append(TextBlock(owner: stack[stack.count - 1].owner, start: Int32(runStart), end: Int32(text.count),
                                    chars: runChars, linkChars: runLink))
        }
        runStart = text.count
        runChars = 0
        runLink = 0
        pendingSpace = false
    }

    /// Appends visible text, decoding entities and collapsing whitespace.
    private mutating func appendText(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        let top = stack[stack.count - 1]
        if top.hidden { return }
        let before = runChars
        var j = start
        while j < end {
            let b = buf[j]
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C { pendingSpace = true; j += 1; continue }
            if b == UInt8(ascii: "&"), let (scalar, next) = HTMLEntities.decode(buf, at: j, end: end) {
                appendScalar(scalar)
                j = next
                continue
            }
            if b == 0xC2, j + 1 < end, buf[j + 1] == 0xA0 || buf[j + 1] == 0xAD {
                if buf[j + 1] == 0xA0 { pendingSpace = true }
                j += 2
                continue
            }
            if b == 0xE2, j + 2 < end, buf[j + 1] == 0x80, buf[j + 2] == 0x8B { j += 3; continue }  // zero-width space
            if pendingSpace && text.count > runStart { text.append(0x20); runChars += 1 }
            pendingSpace = false
            // The run of ordinary bytes from here is copied at once.
            var k = j + 1
            var chars: Int32 = 1
            while k < end {
                let c = buf[k]
                if c <= 0x20 || c == UInt8(ascii: "&") || c == 0xC2 || c == 0xE2 { break }
                if c & 0xC0 != 0x80 { chars += 1 }
                k += 1
            }
            if b & 0xC0 == 0x80 { chars -= 1 }
            text.append(contentsOf: UnsafeBufferPointer(rebasing: buf[j..<k]))
            runChars += chars
            j = k
        }
        if top.inLink { runLink += runChars - before }
    }

    private mutating func appendScalar(_ value: UInt32) {
        if value == 0xA0 || value == 0x20 || value == 0x09 || value == 0x0A { pendingSpace = true; return }
        if value == 0xAD || value == 0x200B { return }
        if pendingSpace && text.count > runStart { text.append(0x20); runChars += 1 }
        pendingSpace = false
        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
        text.append(contentsOf: UTF8.encode(scalar)!)
        runChars += 1
    }

    /// Entity-decoded, whitespace-collapsed text of a byte range (for titles and attribute values).
    static func decodedText(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(end - start)
        var pendingSpace = false
        func emit(_ bytes: some Sequence<UInt8>) {
            if pendingSpace && !out.isEmpty { out.append(0x20) }
            pendingSpace = false
            out.append(contentsOf: bytes)
        }
        var j = start
        while j < end {
            let b = buf[j]
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C { pendingSpace = true; j += 1; continue }
            if b == UInt8(ascii: "&"), let (value, next) = HTMLEntities.decode(buf, at: j, end: end) {
                j = next
                if value == 0xA0 || value == 0x20 || value == 0x09 || value == 0x0A { pendingSpace = true; continue }
                if value == 0xAD || value == 0x200B { continue }
                emit(UTF8.encode(Unicode.Scalar(value) ?? "\u{FFFD}")!)
                continue
            }
            if b == 0xC2, j + 1 < end, buf[j + 1] == 0xA0 || buf[j + 1] == 0xAD {
                if buf[j + 1] == 0xA0 { pendingSpace = true }
                j += 2
                continue
            }
            if b == 0xE2, j + 2 < end, buf[j + 1] == 0x80, buf[j + 2] == 0x8B { j += 3; continue }
            emit(CollectionOfOne(b))
            j += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The text of a block as a String.
    func string(of block: TextBlock) -> String {
        text.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[Int(block.start)..<Int(block.end)]), as: UTF8.self) }
    }
}

// MARK: - Byte helpers

@inline(__always) func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 97 && (c | 0x20) <= 122 }
@inline(__always) func isNameByte(_ c: UInt8) -> Bool {
    !(c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C || c == UInt8(ascii: ">") || c == UInt8(ascii: "/"))
}

func starts(_ buf: UnsafeBufferPointer<UInt8>, _ at: Int, _ s: StaticString) -> Bool {
    let count = s.utf8CodeUnitCount
    guard at + count <= buf.count else { return false }
    let p = s.utf8Start
    for k in 0..<count where buf[at + k] != p[k] { return false }
    return true
}

/// Index of the first `byte` at or after `from` (libc's vectorised memchr: scripts and comments are long).
@inline(__always) func findByte(_ buf: UnsafeBufferPointer<UInt8>, _ byte: UInt8, from: Int) -> Int? {
    guard from < buf.count, let base = buf.baseAddress else { return nil }
    guard let hit = memchr(base + from, Int32(byte), buf.count - from) else { return nil }
    return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
}

func find(_ buf: UnsafeBufferPointer<UInt8>, _ s: StaticString, from: Int) -> Int? {
    let first = s.utf8Start[0]
    var j = from
    while let k = findByte(buf, first, from: j) {
        if starts(buf, k, s) { return k }
        j = k + 1
    }
    return nil
}

/// Start of "</name" (any case) followed by whitespace, "/" or ">", at or after `from`.
func findEndTag(_ buf: UnsafeBufferPointer<UInt8>, name: Slice<UnsafeBufferPointer<UInt8>>, from: Int) -> Int? {
    let n = buf.count
    var j = from
    while let k = findByte(buf, UInt8(ascii: "<"), from: j) {
        j = k + 1
        guard k + 2 + name.count <= n, buf[k + 1] == UInt8(ascii: "/") else { continue }
        var match = true
        for (offset, c) in name.enumerated() where buf[k + 2 + offset] | 0x20 != c | 0x20 { match = false; break }
        guard match else { continue }
        let after = k + 2 + name.count
        if after == n || !isNameByte(buf[after]) { return k }
    }
    return nil
}
