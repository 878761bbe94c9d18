import SitrepModel

/// Hyphenated compounds of two names ("Turkish-Russian", "Russia-Turkey", "Middlesex-London"): the recognizer reads
/// one word and resolves its first named part; each other capitalized part names a place too.
extension PlaceResolver {
    /// For each place or country mention of one hyphenated word whose parts are all capitalized, narrows the mention to
    /// the part it was read from and adds a place mention for each other part that names a country (by its name or
    /// adjective) or a gazetteer place: the reading the document gave that name elsewhere (`picked`, by key), else the
    /// best in the document's context.
    func splitCompounds(_ mentions: inout [Mention], matches: [RawMatch], picked: [String: Int], ctx: PlaceContext,
                        doc: Document) {
        let bytes = doc.text.utf8
        var added: [Mention] = []
        for i in mentions.indices where mentions[i].tokens.count == 1 {
            let t = doc.tokens[mentions[i].tokens.lowerBound]
            // the hyphen first: an actor's country is dearer to read
            guard t.kind == .word, TokenKeys.has(t.norm, 0x2D), mentions[i].place != nil || mentions[i].actor?.country != nil,
                  mentions[i].span == t.span,
                  let k = matchIndex(startingAt: mentions[i].tokens.lowerBound, in: matches) else { continue }
            let start = bytes.index(bytes.startIndex, offsetBy: t.span.start)
            let word = Array(bytes[start..<bytes.index(start, offsetBy: t.span.length)])
            // The parts and their byte ranges in the text.
            var parts: [(key: String, span: Span)] = []
            var from = 0
            for j in 0...word.count where j == word.count || word[j] == 0x2D {
                let piece = word[from..<j]
                guard let first = piece.first, first >= 0x41 && first <= 0x5A || first >= 0xC0 else { parts = []; break }
                parts.append((MatchKey.fold(String(decoding: piece, as: UTF8.self)), Span(t.span.start + from, t.span.start + j)))
                from = j + 1
            }
            guard parts.count >= 2, let own = parts.firstIndex(where: { $0.key == matches[k].key }) else { continue }
            for (j, part) in parts.enumerated() where j != own {
                guard let place = compoundPart(part.key, picked: picked, ctx: ctx) else { continue }
                added.append(Mention(span: part.span, tokens: mentions[i].tokens, kind: .place, place: place,
                                     reason: "part of the compound '\(String(decoding: word, as: UTF8.self))'"))
            }
            mentions[i].span = parts[own].span
        }
        mentions += added
    }

    /// The place a part of a compound names: a country by its name or adjective, else a gazetteer place.
    func compoundPart(_ key: String, picked: [String: Int], ctx: PlaceContext) -> Place? {
        for h in knowledge.hits(forKey: key) where knowledge.entityTypes[Int(h.entity)] == .country {
            if let c = knowledge.entities[Int(h.entity)].code(on: nil), let row = gaz.countryRow[c] { return entries[row].place }
        }
        if let row = picked[key] { return entries[row].place }
        let rows = gaz.rows(forKey: key)
        guard !rows.isEmpty else { return nil }
        let base = rows.map { baseScore($0, regionCue: false, cityCue: false, ownName: nameMatches($0, key)) }
        return entries[choose(rows, base, ctx: ctx)].place
    }
}
