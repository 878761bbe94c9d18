import SitrepModel

/// A matched expression: the tokens it covers (from the start index to `end`) and what it says.
struct TimeParse {
    let end: Int
    let meaning: TimeMeaning
}

/// The rules that recognize time expressions in one sentence's tokens, using one language's lexicon.
struct TimeGrammar {
    let tokens: [Token]
    let lexicon: TimeLexicon
    /// Lexicon matches starting at each token, longest first.
    let hits: [[(word: TimeWord, end: Int)]]
    /// `TimeWordKind.bit` of every match at each token: most lookups end here.
    let kinds: [UInt32]

    /// Index of the last token that is a number or starts a word of `contentKinds` (-1: none).
    let lastContent: Int

    /// Kinds of which every expression holds a word unless it holds a number token: each rule needs a month, weekday,
    /// season, unit, relative day or unit, "soon", or a number (a year, a day, a count, a numeric date).
    static let contentKinds: UInt32 = [TimeWordKind.month, .weekday, .season, .relday, .relunit, .unit, .soon]
        .reduce(0) { $0 | $1.bit }

    init(tokens: [Token], lexicon: TimeLexicon) {
        self.tokens = tokens
        self.lexicon = lexicon
        self.hits = tokens.indices.map { lexicon.matches(tokens, at: $0) }
        let kinds = hits.map { $0.reduce(0) { $0 | $1.word.kind.bit } }
        self.kinds = kinds
        lastContent = tokens.indices.last { kinds[$0] & TimeGrammar.contentKinds != 0 || tokens[$0].kind == .number } ?? -1
    }

    // MARK: primitives

    func hit(_ i: Int, _ kind: TimeWordKind) -> (word: TimeWord, end: Int)? {
        guard i < hits.count, kinds[i] & kind.bit != 0 else { return nil }
        return hits[i].first { $0.word.kind == kind }
    }

    func norm(_ i: Int) -> String? { i < tokens.count ? tokens[i].norm : nil }

    /// Skips any run of entries of these kinds; returns the new index and whether a plural one was seen.
    func skip(_ i: Int, _ a: TimeWordKind, _ b: TimeWordKind? = nil, _ c: TimeWordKind? = nil) -> (end: Int, plural: Bool) {
        var j = i, plural = false
        let mask = a.bit | (b?.bit ?? 0) | (c?.bit ?? 0)
        while j < hits.count, kinds[j] & mask != 0, let h = hits[j].first(where: { $0.word.kind == a || $0.word.kind == b || $0.word.kind == c }) {
            plural = plural || h.word.has(.pl)
            j = h.end
        }
        return (j, plural)
    }

    /// True when token `j` directly follows token `j - 1` with no space.
    func attached(_ j: Int) -> Bool { j > 0 && j < tokens.count && tokens[j].span.start == tokens[j - 1].span.end }

    /// A plain decimal number token (ASCII digits only): its value and digit count.
    func number(_ i: Int) -> (value: Int, digits: Int)? {
        guard i < tokens.count, tokens[i].kind == .number else { return nil }
        let n = tokens[i].norm
        guard n.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), n.utf8.count <= 9, let v = Int(n) else { return nil }
        return (v, n.utf8.count)
    }

    /// A four-digit year 1900–2099 that is not a percentage; returns it and the index after an optional year word.
    func year(_ i: Int) -> (value: Int, end: Int)? {
        guard let (v, digits) = number(i), digits == 4, (1900...2099).contains(v) else { return nil }
        if norm(i + 1) == "%" || hit(i + 1, .percent) != nil { return nil }
        return (v, hit(i + 1, .yearword)?.end ?? i + 1)
    }

    /// A day of the month: "24", "1er", "24th", "24." or an ordinal word ("premier", "first").
    func dayNumber(_ i: Int) -> (value: Int, end: Int)? {
        if let o = hit(i, .ord) { return (o.word.int, o.end) }
        guard let (v, digits) = number(i), digits <= 2, (1...31).contains(v) else { return nil }
        var j = i + 1
        if attached(j), let s = hit(j, .ordsuffix) { j = s.end }
        return (v, j)
    }

    /// A count before a unit: a number, a number word, or a vague plural ("des", "several") counted as 3.
    func count(_ i: Int) -> (value: Int, end: Int)? {
        if let n = hit(i, .num) { return (n.word.int, n.end) }
        if let s = hit(i, .several) { return (3, s.end) }
        if let (v, digits) = number(i), digits <= 3, v > 0 { return (v, i + 1) }
        return nil
    }

    func unit(_ i: Int) -> (unit: TimeUnit, plural: Bool, end: Int)? {
        guard let h = hit(i, .unit), let u = TimeUnit(rawValue: h.word.value) else { return nil }
        return (u, h.word.has(.pl), h.end)
    }

    /// A modifier placing a name: this / last / next.
    func modifier(_ i: Int) -> (anchor: TimeAnchor, plural: Bool, end: Int)? {
        guard i < hits.count, kinds[i] & (TimeWordKind.this.bit | TimeWordKind.past.bit | TimeWordKind.next.bit) != 0 else { return nil }
        for (kind, a) in [(TimeWordKind.this, TimeAnchor.this), (.past, .past), (.next, .next)] {
            if let h = hit(i, kind) { return (a, h.word.has(.pl), h.end) }
        }
        return nil
    }

    // MARK: driver

    /// All expressions in the sentence, left to right, longest match first.
    func parseAll() -> [(start: Int, parse: TimeParse)] {
        var out: [(Int, TimeParse)] = []
        var i = 0
        // No expression starts after the last number or content word (`contentKinds`).
        while i <= lastContent {
            if let p = parse(at: i) {
                out.append((i, p))
                i = p.end
            } else {
                i += 1
            }
        }
        return out
    }

    /// The longest expression starting at `i`; on a tie the earlier rule wins.
    func parse(at i: Int) -> TimeParse? {
        guard !hits[i].isEmpty || tokens[i].kind == .number else { return nil }
        // The rules are called one by one, not through an array of closures: each closure would capture the grammar
        // and cost a heap allocation per candidate token (a tenth of the whole analysis time on short sentences).
        var best: TimeParse?
        func take(_ p: TimeParse?) { if let p, p.end > (best?.end ?? i) { best = p } }
        take(since(i)); take(numericDate(i)); take(dayMonth(i)); take(monthDay(i))
        take(monthName(i)); take(seasonName(i)); take(yearRange(i)); take(yearWithContext(i))
        take(weekdayName(i)); take(relativeDay(i)); take(relativeUnit(i)); take(stretchBack(i))
        take(stretchAhead(i)); take(later(i)); take(ago(i)); take(soon(i))
        return best
    }
}
