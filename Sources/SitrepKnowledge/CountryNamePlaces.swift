import SitrepModel

/// Country names that are also the names of places elsewhere (Georgia the US state, Columbia in Kentucky, Jordan in
/// Minnesota, Lebanon in Pennsylvania), read as those places when the rest of the document puts it there.
extension PlaceResolver {
    /// Replaces a country named by its name with the place of the same name that the document's context supports:
    /// a division abbreviation after it ("COLUMBIA, Ky."), the same name so placed elsewhere in the document (one
    /// sense per discourse), or other places in the same first-level division ("Atlanta" for Georgia) while nothing
    /// but the name itself speaks for the country.
    func rereadCountryNames(_ matches: [RawMatch], in mentions: inout [Mention], ctx: PlaceContext,
                            divisionOf: [Int: String], doc: Document, keys: TokenKeys) {
        // The country mentions with other readings, and how many votes their own names gave their countries.
        var named: [(mention: Int, match: RawMatch, rows: [Int], country: String)] = []
        var ownVotes: [String: Int] = [:]
        var towns: [(mention: Int, match: RawMatch, country: String)] = []
        var countries: [Int] = []
        // read in place (indexing the array in the loop's condition copied each mention whole)
        mentions.withUnsafeBufferPointer { all in
            for i in all.indices where all[i].kind == .actor && all[i].place?.precision == .country { countries.append(i) }
        }
        for i in countries {
            let t = mentions[i].tokens
            guard let k = matchIndex(startingAt: t.lowerBound, in: matches), matches[k].tokens == t,
                  let c = mentions[i].actor?.code, c == mentions[i].place?.country else { continue }
            let m = matches[k]
            towns.append((i, m, c))
            // Only places of that very name ("Egypt" is no nickname of Uhrichsville), and not in a list of countries
            // ("China, Canada and the Soviet Union").
            guard m.places.contains(where: { entries.kind($0) != .country }) else { continue }
            let rows = m.places.filter { entries.kind($0) != .country && nameMatches($0, m.key) }
            guard !rows.isEmpty, !inCountryList(i, mentions, doc: doc) else { continue }
            named.append((i, m, rows, c))
            ownVotes[c, default: 0] += 2
        }
        rereadTownNames(towns, in: &mentions, ctx: ctx, doc: doc, keys: keys)
        guard !named.isEmpty else { return }
        var settled: [String: Int] = [:]
        var picks: [Int?] = []
        for (_, m, rows, c) in named {
            let (regionCue, cityCue) = cues(m, keys: keys)
            let base = rows.map { baseScore($0, regionCue: regionCue, cityCue: cityCue, ownName: nameMatches($0, m.key)) }
            let division = divisionOf[m.tokens.upperBound]
            let best = choose(rows, base, ctx: ctx, division: division)
            if let division, entries.admin1(best) == division {
                settled[m.key] = best
                picks.append(best)
            } else {
                picks.append(supported(best, against: c, ctx: ctx, ownVotes: ownVotes[c] ?? 0) ? best : nil)
            }
        }
        for ((i, m, rows, _), pick) in zip(named, picks) {
            guard let row = settled[m.key] ?? pick else { continue }
            mentions[i] = placeMention(row, m, rows: rows, doc: doc, keys: keys)
        }
    }

    /// Words that, followed by "of", name a town: "the city of Turkey" (Texas), "the town of Jordan".
    static let townWords: Set<String> = ["city", "town", "village", "township", "borough", "ville", "commune"]

    /// Whether "city of", "town of", "ville de" stands right before the match (not "capital of": the capital of
    /// Georgia may be Tbilisi).
    func townCue(_ m: RawMatch, keys: TokenKeys) -> Bool {
        let i = m.tokens.lowerBound
        guard i >= 2, keys.placeWords(i - 1).contains(.link) else { return false }
        return keys.placeWords(i - 2).contains(.town)
    }

    /// A country's name after "city of" or "town of" is a town (one sense per discourse: every mention of that name
    /// is): the town of that name in the document's country (the country the rest of the document is about, leaving
    /// out the country name's own votes), or that country when the gazetteer has no such town ("the city of Turkey"
    /// in a story from Texas).
    func rereadTownNames(_ named: [(mention: Int, match: RawMatch, country: String)], in mentions: inout [Mention],
                         ctx: PlaceContext, doc: Document, keys: TokenKeys) {
        var cued: [String: String] = [:]
        for (_, m, c) in named where townCue(m, keys: keys) {
            let own = named.reduce(0) { $0 + ($1.match.key == m.key ? 2 : 0) }
            guard let home = documentCountry(ctx, without: [c: own]), home != c else { continue }
            cued[m.key] = home
        }
        guard !cued.isEmpty else { return }
        for (i, m, c) in named {
            guard let home = cued[m.key] else { continue }
            let rows = m.places.filter { entries.kind($0) == .city && entries.country($0) == home && nameMatches($0, m.key) }
            if !rows.isEmpty {
                let base = rows.map { baseScore($0, regionCue: false, cityCue: true, ownName: true) }
                mentions[i] = placeMention(choose(rows, base, ctx: ctx), m, rows: m.places, doc: doc, keys: keys)
            } else if let r = gaz.countryRow[home] {
                let span = Span(doc.tokens[m.tokens.lowerBound].span.start, doc.tokens[m.tokens.upperBound - 1].span.end)
                mentions[i] = Mention(span: span, tokens: m.tokens, kind: .place, place: entries[r].place,
                                      reason: "a town of \(home), the document's country, named like the country \(c) after 'city of' or 'town of'")
            }
        }
    }

    /// The first match starting at token `start` (matches are in token order), by binary search.
    func matchIndex(startingAt start: Int, in matches: [RawMatch]) -> Int? {
        var lo = 0, hi = matches.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if matches[mid].tokens.lowerBound < start { lo = mid + 1 } else { hi = mid }
        }
        return lo < matches.count && matches[lo].tokens.lowerBound == start ? lo : nil
    }

    static let listSeparators: Set<String> = [",", "and", "or", "et", "ou", "&"]

    /// Whether mention `i` is next to another country's mention, with only a comma, "and", "or" or "et" between.
    /// The mentions are the actor and agent mentions, in token order: a country one or two tokens away is the mention
    /// just before or just after, or the separators would hold another mention.
    func inCountryList(_ i: Int, _ mentions: [Mention], doc: Document) -> Bool {
        let t = mentions[i].tokens
        func separators(_ r: Range<Int>) -> Bool {
            r.allSatisfy { PlaceResolver.listSeparators.contains(doc.tokens[$0].norm) }
        }
        func isCountry(_ j: Int) -> Bool {
            mentions[j].kind == .actor && mentions[j].agent == nil && mentions[j].actor?.name == nil
                && mentions[j].actor?.code.utf8.count == 3
        }
        var j = i - 1
        while j >= 0, mentions[j].tokens.upperBound > t.lowerBound { j -= 1 }
        if j >= 0, isCountry(j) {
            let u = mentions[j].tokens
            if (1...2).contains(t.lowerBound - u.upperBound) && separators(u.upperBound..<t.lowerBound) { return true }
        }
        j = i + 1
        while j < mentions.count, mentions[j].tokens.lowerBound < t.upperBound { j += 1 }
        if j < mentions.count, isCountry(j) {
            let u = mentions[j].tokens
            if (1...2).contains(u.lowerBound - t.upperBound) && separators(t.upperBound..<u.lowerBound) { return true }
        }
        return false
    }

    /// Whether other places of the document lie in row `r`'s division (the division itself, for a division) and
    /// `country`, which the same name names, has no other support than its name (`ownVotes`): no place in it, no
    /// adjective ("Chinese").
    func supported(_ r: Int, against country: String, ctx: PlaceContext, ownVotes: Int) -> Bool {
        guard let a = entries.admin1(r), (ctx.admin1s[a] ?? 0) > 0 else { return false }
        return (ctx.countries[country] ?? 0) - ownVotes <= 0
    }
}
