import SitrepLanguage
import SitrepModel

/// Resolution given the toponyms' spans (the standard geoparsing evaluation of a resolver alone): each given span is
/// resolved by the real resolver, with the document's other recognized names as its context.
extension MentionRecognizer {
    /// The place each span (UTF-8 byte range of `doc.text`) resolves to, nil when no gazetteer or knowledge-base entry
    /// has its name. A span the recognizer did not find, or found as part of a longer name, is resolved from the
    /// candidates of its own words; tokens that cross a span's edge ("Middlesex-London") are cut there first.
    public func resolve(_ doc: inout Document, spans: [Span]) -> [Place?] {
        doc.tokens = MentionRecognizer.cut(doc.tokens, at: spans, text: doc.text)
        let keys = TokenKeys(doc: doc, knowledge: knowledge)
        var matches = match(doc.tokens, keys: keys)
        // The token range of each span, and its match.
        let ranges = spans.map { s -> Range<Int>? in
            let inside = doc.tokens.indices.filter { doc.tokens[$0].span.start >= s.start && doc.tokens[$0].span.end <= s.end }
            guard let a = inside.first, let b = inside.last else { return nil }
            return a..<(b + 1)
        }
        // The first token of each span's match (a span's match may leave out a direction word before its name).
        var forced = Set<Int>(), start: [Int: Int] = [:]
        for r in Set(ranges.compactMap { $0 }).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            guard start[r.lowerBound] == nil, let m = spanMatch(r, keys: keys) else { continue }
            matches.removeAll { $0.tokens.overlaps(r) }
            matches.append(m)
            forced.insert(m.tokens.lowerBound)
            start[r.lowerBound] = m.tokens.lowerBound
        }
        matches.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        var mentions = resolveActors(matches, doc: doc, keys: keys)
        PlaceResolver(knowledge: knowledge).resolve(matches: matches, into: &mentions, doc: doc, keys: keys, forced: forced)
        let gaz = knowledge.gazetteer
        return ranges.map { r in
            // A span with no name of its own may still be resolved by a rule that reads unknown names ("Adair County").
            guard let r else { return nil }
            let at = mentions.filter { m in start[r.lowerBound].map { m.tokens.lowerBound == $0 } ?? (m.tokens == r) }
            if let p = at.first(where: { $0.kind == .place })?.place ?? at.first(where: { $0.place != nil })?.place { return p }
            for m in at where m.kind == .actor {
                if let c = m.actor?.country, let row = gaz.countryRow[c] { return gaz.entries[row].place }
            }
            return nil
        }
    }

    /// The match of the words `r` as a place: the gazetteer rows of their name (as written, else their base forms),
    /// and the knowledge-base entries of it that can name a place (countries and their adjectives, places, institutions
    /// with a building); a division abbreviation ("Ky.", "B.C.") is its division. When nothing has that name: its
    /// words before a division word ("Metcalfe" of "Metcalfe County", as the recognizer reads it), else its words after
    /// a direction word ("London" of "North London"); nil when none name anything.
    func spanMatch(_ r: Range<Int>, keys: TokenKeys) -> RawMatch? {
        if let m = nameMatch(r, keys: keys) { return m }
        var end = r.upperBound
        // (and the punctuation after an abbreviation: "Ky.")
        while end > r.lowerBound + 1, keys.isRegionWord(end - 1) || keys.key(end - 1).isEmpty { end -= 1 }
        if end < r.upperBound, let m = nameMatch(r.lowerBound..<end, keys: keys) { return m }
        if r.count > 1, MentionRecognizer.directionWords.contains(keys.key(r.lowerBound)) {
            return nameMatch((r.lowerBound + 1)..<r.upperBound, keys: keys)
        }
        return nil
    }

    /// The match of the words `r` by their whole name (`spanMatch`).
    func nameMatch(_ r: Range<Int>, keys: TokenKeys) -> RawMatch? {
        let gaz = knowledge.gazetteer
        let L = r.count
        do {
            for variant in 0..<2 {
                guard let key = keys.phrase(r.lowerBound, L, variant: variant) else { continue }
                var rows = gaz.rows(forKey: key)
                let actors = knowledge.hits(forKey: key).filter { h in
                    let e = Int(h.entity)
                    switch knowledge.entityTypes[e] {
                    case .country, .place: return true
                    case .agent, .person: return false
                    default: return knowledge.entities[e].place != nil
                    }
                }
                if rows.isEmpty, actors.isEmpty, variant == 0,
                   let code = PostalAbbreviations.division(key: key, isAcronym: keys.isAcronym(r.lowerBound)),
                   let row = gaz.admin1Row[code] { rows = [row] }
                if !rows.isEmpty || !actors.isEmpty { return RawMatch(tokens: r, actors: actors, places: rows, key: key) }
            }
        }
        return nil
    }

    /// The tokens with every token that a span's start or end falls inside cut there, each piece tokenized anew.
    static func cut(_ tokens: [Token], at spans: [Span], text: String) -> [Token] {
        let edges = Set(spans.flatMap { [$0.start, $0.end] })
        let bytes = Array(text.utf8)
        var out: [Token] = []
        out.reserveCapacity(tokens.count)
        for t in tokens {
            let cuts = edges.filter { $0 > t.span.start && $0 < t.span.end }.sorted()
            guard !cuts.isEmpty else { out.append(t); continue }
            var from = t.span.start
            for to in cuts + [t.span.end] {
                let piece = String(decoding: bytes[from..<to], as: UTF8.self)
                out += Tokenizer().tokenize(piece, offset: from)
                from = to
            }
        }
        return out
    }
}
