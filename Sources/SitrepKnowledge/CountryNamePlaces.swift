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
        for (i, mention) in mentions.enumerated() where mention.kind == .actor && mention.place?.precision == .country {
            guard let mi = CountryNamePlaces.match(startingAt: mention.tokens.lowerBound, in: matches),
                  matches[mi].tokens == mention.tokens, let c = mention.actor?.code, c == mention.place?.country else { continue }
            let m = matches[mi]
            // Only places of that very name ("Egypt" is no nickname of Uhrichsville), and not in a list of countries
            // ("China, Canada and the Soviet Union").
            let rows = m.places.filter { entries.kind($0) != .country && nameMatches($0, m.key) }
            guard !rows.isEmpty, !inCountryList(i, mentions, doc: doc) else { continue }
            named.append((i, m, rows, c))
            ownVotes[c, default: 0] += 2
        }
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

    /// Whether mention `i` is next to another country's mention, with only a comma, "and", "or" or "et" between.
    func inCountryList(_ i: Int, _ mentions: [Mention], doc: Document) -> Bool {
        let t = mentions[i].tokens
        func separators(_ r: Range<Int>) -> Bool {
            r.allSatisfy { let n = doc.tokens[$0].norm; return n.utf8.count <= 3 && CountryNamePlaces.listSeparators.contains(n.lowercased()) }
        }
        return mentions.indices.contains { j in
            guard j != i, mentions[j].kind == .actor, mentions[j].agent == nil, mentions[j].actor?.name == nil,
                  mentions[j].actor?.code.count == 3 else { return false }
            let u = mentions[j].tokens
            if u.upperBound <= t.lowerBound { return (1...2).contains(t.lowerBound - u.upperBound) && separators(u.upperBound..<t.lowerBound) }
            if u.lowerBound >= t.upperBound { return (1...2).contains(u.lowerBound - t.upperBound) && separators(t.upperBound..<u.lowerBound) }
            return false
        }
    }

    /// Whether other places of the document lie in row `r`'s division (the division itself, for a division) and
    /// `country`, which the same name names, has no other support than its name (`ownVotes`): no place in it, no
    /// adjective ("Chinese").
    func supported(_ r: Int, against country: String, ctx: PlaceContext, ownVotes: Int) -> Bool {
        guard let a = entries.admin1(r), (ctx.admin1s[a] ?? 0) > 0 else { return false }
        return (ctx.countries[country] ?? 0) - ownVotes <= 0
    }
}

enum CountryNamePlaces {
    static let listSeparators: Set<String> = [",", "and", "or", "et", "ou", "&"]

    /// The first match starting at token `t` (matches come in token order, without overlaps), by binary search.
    static func match(startingAt t: Int, in matches: [RawMatch]) -> Int? {
        var lo = 0, hi = matches.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if matches[mid].tokens.lowerBound < t { lo = mid + 1 } else { hi = mid }
        }
        return lo < matches.count && matches[lo].tokens.lowerBound == t ? lo : nil
    }
}
