/// Chooses the article's text blocks from a parsed page by general signals: paragraph text and commas scored
/// up the element tree, link density, class/id/role vocabulary and tag names. Iterative: no recursion on depth.
struct ContentSelector {
    /// Effective (inherited) flags per node.
    private(set) var effective: [NodeFlags] = []
    /// Per node: inside a link-dominated block (menus, link lists).
    private(set) var linky: [Bool] = []
    private(set) var finalScore: [Float] = []
    /// Per node: characters, and link characters, of its non-chrome, visible blocks.
    private var visibleChars: [Int32] = []
    private var visibleLinks: [Int32] = []
    private var visibleGood: [Int32] = []

    /// Indices of the blocks that make the main text, in document order.
    mutating func select(_ page: inout PageParser) -> [Int] {
        propagateCounts(&page)
        inheritFlags(page)
        scoreParagraphs(&page)
        countVisible(page)
        if visibleGood[0] < Self.minimumVisibleText, relaxChrome(&page) {
            inheritFlags(page)
            scoreParagraphs(&page)
            countVisible(page)
        }
        guard let best = bestCandidate(page) else { return fallbackBlocks(page) }
        let top = expanded(page, from: best)
        let roots = includedSubtrees(page, top: top)
        inheritLinky(page, roots: roots)
        var chosen: [Int] = []
        var r = 0
        for (index, block) in page.blocks.enumerated() {
            let owner = Int(block.owner)
            while r < roots.count && owner > Int(page.nodes[roots[r]].end) { r += 1 }
            guard r < roots.count, owner >= roots[r] else { continue }
            if keep(block, page) { chosen.append(index) }
        }
        if chosen.isEmpty { return fallbackBlocks(page) }
        return trimmedEdges(chosen, page)
    }

    /// Paragraph characters outside chrome below which a page is taken to have its article mislabelled.
    static let minimumVisibleText: Int32 = 150

    /// Last resort when chrome names ("widget", "print", `<form>`) cover nearly all the paragraph text: elements
    /// whose own text is mostly running paragraphs, not links, lose their chrome mark. Comments stay chrome.
    /// Returns whether any mark was removed.
    private func relaxChrome(_ page: inout PageParser) -> Bool {
        guard page.nodes[0].goodChars >= 2 * Self.minimumVisibleText else { return false }
        var changed = false
        for i in 1..<page.nodes.count {
            let node = page.nodes[i]
            guard node.flags.contains(.chrome), !node.flags.contains(.comments), !node.tag.isChrome || node.tag == .form,
                  node.goodChars >= 30, node.goodChars * 2 >= node.chars,
                  Float(node.linkChars) < 0.3 * Float(node.chars) else { continue }
            page.nodes[i].flags.remove(.chrome)
            changed = true
        }
        return changed
    }

    /// Node text counts, then subtree totals (children always follow their parent).
    private func propagateCounts(_ page: inout PageParser) {
        for block in page.blocks {
            page.nodes[Int(block.owner)].chars += block.chars
            page.nodes[Int(block.owner)].linkChars += block.linkChars
            if block.chars >= 30 && Float(block.linkChars) < 0.3 * Float(block.chars) {
                page.nodes[Int(block.owner)].goodChars += block.chars
            }
        }
        var i = page.nodes.count - 1
        while i > 0 {
            let p = Int(page.nodes[i].parent)
            page.nodes[p].chars += page.nodes[i].chars
            page.nodes[p].linkChars += page.nodes[i].linkChars
            page.nodes[p].goodChars += page.nodes[i].goodChars
            i -= 1
        }
    }

    /// Inherits chrome/hidden/content flags down the tree; a "chrome" element holding most of the page's
    /// paragraph text is a mislabelled wrapper and loses the flag.
    private mutating func inheritFlags(_ page: PageParser) {
        let total = max(1, page.nodes[0].goodChars)
        effective = [NodeFlags](repeating: [], count: page.nodes.count)
        for i in 0..<page.nodes.count {
            let node = page.nodes[i]
            var own = node.flags
            if own.contains(.chrome), node.goodChars * 2 > total, !own.contains(.comments) { own.remove(.chrome) }
            if i == 0 { effective[0] = own; continue }
            let p = Int(node.parent)
            effective[i] = own.union(effective[p].intersection([.chrome, .hidden, .content, .comments, .articleBody]))
        }
    }

    private mutating func countVisible(_ page: PageParser) {
        visibleChars = [Int32](repeating: 0, count: page.nodes.count)
        visibleLinks = visibleChars
        visibleGood = visibleChars
        for block in page.blocks where effective[Int(block.owner)].isDisjoint(with: [.chrome, .hidden]) {
            visibleChars[Int(block.owner)] += block.chars
            visibleLinks[Int(block.owner)] += block.linkChars
            if block.chars >= 30 && Float(block.linkChars) < 0.3 * Float(block.chars) { visibleGood[Int(block.owner)] += block.chars }
        }
        var i = page.nodes.count - 1
        while i > 0 {
            let p = Int(page.nodes[i].parent)
            visibleChars[p] += visibleChars[i]
            visibleLinks[p] += visibleLinks[i]
            visibleGood[p] += visibleGood[i]
            i -= 1
        }
        linky = [Bool](repeating: false, count: page.nodes.count)
        for i in 0..<page.nodes.count where page.nodes[i].tag != .a && visibleChars[i] > 0 {
            linky[i] = Float(visibleLinks[i]) > 0.5 * Float(visibleChars[i]) && visibleGood[i] * 3 < visibleChars[i]
        }
    }

    /// Climbs from the best-scored container while the parent only adds text that is not links
    /// (more sections of the same article: lists, tables, headings, short paragraphs).
    private func expanded(_ page: PageParser, from best: Int) -> Int {
        var current = best
        // The page's own <body> (pages pasted inside articles may nest more <html>/<body> elements).
        let body = page.nodes.firstIndex { $0.tag == .body } ?? 0
        while true {
            let parent = Int(page.nodes[current].parent)
            guard parent > 0, parent != body, !(page.nodes[parent].tag == .html && parent < body),
                  !effective[parent].contains(.chrome) else { break }
            let extra = visibleChars[parent] - visibleChars[current]
            let extraLinks = visibleLinks[parent] - visibleLinks[current]
            if Float(extraLinks) > Self.expansionLinkRatio * Float(extra) { break }
            current = parent
        }
        return current
    }

    static let expansionLinkRatio: Float = 0.3

    /// Link-dominated elements pass the mark to their descendants, within the chosen subtrees only.
    private mutating func inheritLinky(_ page: PageParser, roots: [Int]) {
        for root in roots {
            let end = Int(page.nodes[root].end)
            linky[root] = false
            guard root < end else { continue }
            for i in (root + 1)...end where linky[Int(page.nodes[i].parent)] {
                linky[i] = true
            }
        }
    }

    /// Readability-style scoring: each paragraph adds to its container and, less, to the container's ancestors.
    private mutating func scoreParagraphs(_ page: inout PageParser) {
        finalScore = [Float](repeating: 0, count: page.nodes.count)
        var initialized = [Bool](repeating: false, count: page.nodes.count)
        for block in page.blocks {
            let owner = Int(block.owner)
            guard block.chars >= 25, !effective[owner].contains(.chrome), !effective[owner].contains(.hidden) else { continue }
            guard Float(block.linkChars) < 0.5 * Float(block.chars) else { continue }
            let commas = page.text[Int(block.start)..<Int(block.end)].reduce(0) { $0 + ($1 == UInt8(ascii: ",") ? 1 : 0) }
            let score = 1 + Float(commas) + min(Float(block.chars) / 100, 3)
            let ownerTag = page.nodes[owner].tag
            let paragraphLike = !ownerTag.isBlock || ownerTag == .p || ownerTag == .li || ownerTag == .td || ownerTag.isHeading
                || ownerTag == .blockquote || ownerTag == .pre || ownerTag == .dd || ownerTag == .dt
            var ancestor = paragraphLike ? Int(page.nodes[owner].parent) : owner
            var level = 0
            while ancestor > 0 && level < 5 {
                if !initialized[ancestor] {
                    initialized[ancestor] = true
                    page.nodes[ancestor].score = baseScore(page.nodes[ancestor])
                }
                let divider: Float = level == 0 ? 1 : (level == 1 ? 2 : Float(level) * 3)
                page.nodes[ancestor].score += score / divider
                ancestor = Int(page.nodes[ancestor].parent)
                level += 1
            }
        }
        for i in 0..<page.nodes.count where initialized[i] {
            let node = page.nodes[i]
            let density = node.chars > 0 ? Float(node.linkChars) / Float(node.chars) : 0
            finalScore[i] = node.score * (1 - density)
        }
    }

    private func baseScore(_ node: Node) -> Float {
        var s: Float
        switch node.tag {
        case .div, .article, .main, .section: s = 5
        case .pre, .td, .blockquote: s = 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: s = -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: s = -5
        default: s = 0
        }
        if node.flags.contains(.content) { s += 25 }
        if node.flags.contains(.articleBody) { s += 50 }
        return s
    }

    private func bestCandidate(_ page: PageParser) -> Int? {
        var best = -1
        var bestScore: Float = 0
        for i in 1..<max(1, page.nodes.count) where finalScore[i] > bestScore && !effective[i].contains(.chrome) {
            best = i
            bestScore = finalScore[i]
        }
        return best > 0 ? best : nil
    }

    /// The top candidate plus siblings that look like more of the article (readability's sibling rule).
    private func includedSubtrees(_ page: PageParser, top: Int) -> [Int] {
        let parent = Int(page.nodes[top].parent)
        guard parent > 0 else { return [top] }
        let threshold = max(10, finalScore[top] * 0.2)
        var roots: [Int] = []
        var j = parent + 1
        let end = Int(page.nodes[parent].end)
        while j <= end {
            let node = page.nodes[j]
            if j == top || (finalScore[j] >= threshold && !effective[j].contains(.chrome)) || isParagraphSibling(node, j) {
                roots.append(j)
            }
            j = Int(node.end) + 1
        }
        return roots
    }

    private func isParagraphSibling(_ node: Node, _ index: Int) -> Bool {
        guard node.tag == .p, !effective[index].contains(.chrome), node.chars > 0 else { return false }
        let density = Float(node.linkChars) / Float(node.chars)
        return (node.chars > 80 && density < 0.25) || (node.chars > 0 && density == 0 && node.chars > 30)
    }

    /// A block inside the chosen subtrees is kept unless it is chrome, hidden, or mostly links.
    private func keep(_ block: TextBlock, _ page: PageParser) -> Bool {
        let owner = Int(block.owner)
        let flags = effective[owner]
        if flags.contains(.chrome) || flags.contains(.hidden) { return false }
        if linky[owner] { return false }
        if block.chars > 0 && Float(block.linkChars) > 0.5 * Float(block.chars) { return false }
        return true
    }

    /// Drops runs of short lines without sentence punctuation at the start and end of the text
    /// (datelines, "Share", "Related:", section labels), keeping at least one block.
    private func trimmedEdges(_ chosen: [Int], _ page: PageParser) -> [Int] {
        func isShortLabel(_ index: Int) -> Bool {
            let block = page.blocks[index]
            guard block.chars < Self.edgeLabelChars, page.nodes[Int(block.owner)].tag != .li else { return false }
            let last = page.text[Int(block.end) - 1]
            return !Self.sentenceEnders.contains(last)
        }
        var lo = 0, hi = chosen.count
        while hi - lo > 1 && isShortLabel(chosen[hi - 1]) { hi -= 1 }
        while hi - lo > 1 && isShortLabel(chosen[lo]) && !page.nodes[Int(page.blocks[chosen[lo]].owner)].tag.isHeading { lo += 1 }
        return Array(chosen[lo..<hi])
    }

    static let edgeLabelChars: Int32 = 50
    /// ASCII sentence enders and closing quotes/brackets, plus the last byte of "…", "”", "»", "。".
    static let sentenceEnders: Set<UInt8> = [
        UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"),
        0xA6, 0x9D, 0xBB, 0x82,
    ]

    /// No paragraph stood out: every visible, non-chrome, non-link block.
    private func fallbackBlocks(_ page: PageParser) -> [Int] {
        page.blocks.indices.filter { keep(page.blocks[$0], page) }
    }
}
