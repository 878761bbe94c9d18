import Foundation
import SitrepModel

/// What the rest of a document says about where it happens: countries and divisions already named.
struct PlaceContext {
    var countries: [String: Int] = [:]
    var admin1s: [String: Int] = [:]
    /// Sum of the country votes and the most voted country, set by `finish()`.
    var total = 0
    var majority: String?
    /// The votes by the gazetteer's country and division code indexes (index, votes), and the index of the majority
    /// country, set by `finish(_:)`. A document names a few of them: short lists, not arrays over every code.
    var countryVotes: [(index: Int, votes: Int)] = []
    var admin1Votes: [(index: Int, votes: Int)] = []
    var majorityIndex = -1
    /// The countries the document names by name, by the gazetteer's country index (set by `finish(_:)` from `named`).
    var named: Set<String> = []
    var namedIndexes: Set<Int> = []

    mutating func finish(_ entries: GazetteerEntries) {
        // One pass over the countries: the sum, the index votes and the majority (most votes, then the first code).
        total = 0
        countryVotes.removeAll(keepingCapacity: true)
        var best: (code: String, votes: Int, index: Int)?
        for (code, n) in countries {
            total += n
            let i = entries.countryIndexes[code]
            if let i { countryVotes.append((i, n)) }
            if best.map({ n > $0.votes || n == $0.votes && code < $0.code }) ?? true { best = (code, n, i ?? -1) }
        }
        majority = best?.code
        majorityIndex = best?.index ?? -1
        if !named.isEmpty { namedIndexes = Set(named.compactMap { entries.countryIndexes[$0] }) }
        admin1Votes.removeAll(keepingCapacity: true)
        for (code, n) in admin1s { for i in entries.admin1Indexes[code] ?? [] { admin1Votes.append((i, n)) } }
    }

    /// The votes of the country with gazetteer index `i` (0 when none).
    @inline(__always) func countryVote(_ i: Int) -> Int { PlaceContext.vote(countryVotes, i) }
    /// The votes of the division with gazetteer index `i` (0 when none).
    @inline(__always) func admin1Vote(_ i: Int) -> Int { PlaceContext.vote(admin1Votes, i) }

    @inline(__always)
    static func vote(_ list: [(index: Int, votes: Int)], _ i: Int) -> Int {
        // the last entry for an index wins, as a write into an array by index would
        var k = list.count - 1
        while k >= 0 { if list[k].index == i { return list[k].votes }; k -= 1 }
        return 0
    }

    /// Share of the document's country votes that go to `country` (0 when none).
    func share(_ country: String) -> Double { total == 0 ? 0 : Double(countries[country] ?? 0) / Double(total) }
}

/// Chooses among gazetteer candidates (Georgia the country or the US state, Donetsk the city or the oblast)
/// from the document's context: countries named, other places, words such as "région", "oblast", "province".
struct PlaceResolver {
    let knowledge: KnowledgeBase
    let gaz: Gazetteer
    /// The gazetteer's rows, held once (each access through `gaz` would copy the column arrays' references).
    let entries: GazetteerEntries

    init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
        gaz = knowledge.gazetteer
        entries = knowledge.gazetteer.entries
    }

    static let namedCapitalBonus = 3.0
    static let regionWords: Set<String> = ["region", "regions", "oblast", "oblasts", "province", "provinces", "область",
        "области", "області", "областю", "state", "etat", "district", "county", "comte", "governorate", "gouvernorat",
        "prefecture", "voivodeship", "voivodie", "territoire", "territory", "krai", "krai'", "kray", "oblast'", "provincia",
        "regione", "departement", "departament", "canton", "land", "raion", "rayon", "okrug", "republic", "republique"]
    static let cityWords: Set<String> = ["ville", "city", "town", "village", "город", "місто", "міста", "города", "capitale", "capital", "localite"]
    static let linkWords: Set<String> = ["de", "d'", "du", "of", "the", "la", "des", "voisine", "voisin", "neighbouring", "neighboring"]
    static let locatives: Set<String> = ["a", "à", "en", "in", "at", "near", "pres", "vers", "dans", "de", "d'", "du", "from", "to",
        "pour", "sur", "au", "aux", "of", "between", "entre", "toward", "towards", "outside", "inside", "around", "autour", "v", "у", "в", "на"]

    /// Adds place mentions (and fills the place of capital-city actors) for the matches that named places. The matches
    /// starting at a token of `forced` are given toponyms (`MentionRecognizer.resolve(_:spans:)`): resolved even where
    /// the words look like the end of another name.
    func resolve(matches: [RawMatch], into mentions: inout [Mention], doc: Document, keys: TokenKeys, forced: Set<Int> = []) {
        var taken = Set<Int>()
        var ctx = PlaceContext()
        // read in place (indexing the array copied each mention whole)
        mentions.withUnsafeBufferPointer { all in
            for i in all.indices where all[i].kind != .agent {
                taken.insert(all[i].tokens.lowerBound)
                guard all[i].kind == .actor else { continue }
                if let c = AgentCombiner.country(all[i].actor) { ctx.countries[c, default: 0] += 2 }
                if all[i].place?.precision == .country, let c = all[i].place?.country { ctx.named.insert(c) }
            }
        }
        let (datelines, divisionOf) = datelineDivisions(matches, doc: doc, keys: keys)
        var candidates: [(RawMatch, [Int])] = matches.compactMap { m in
            if datelines[m.tokens.lowerBound] != nil { return nil }
            if taken.contains(m.tokens.lowerBound) && !hasPlaceEntity(m) { return nil }
            let rows = m.places
            if !forced.contains(m.tokens.lowerBound), continuesAnotherName(m, rows, doc: doc, keys: keys) && !hasPlaceEntity(m) { return nil }
            return rows.isEmpty && !hasPlaceEntity(m) ? nil : (m, rows)
        }
        for (i, row) in datelines.sorted(by: { $0.key < $1.key }) {
            candidates.append((RawMatch(tokens: i..<(i + 1), actors: [], places: [row], key: keys.key(i)), [row]))
        }
        let common = candidates.map { m, rows in isCommonWordName(m, rows, keys: keys, division: divisionOf[m.tokens.upperBound], doc: doc) }
        // The votes each name gave, by country, and those of the common words among them.
        var ownVotes: [String: [String: Int]] = [:], commonVotes: [String: Int] = [:]
        // Unambiguous places vote for their country and division (datelines count double).
        for (idx, (m, rows)) in candidates.enumerated() {
            let w = datelines[m.tokens.lowerBound] != nil ? 3 : (rows.contains { isSalient($0, m, keys) } ? 1 : 0)
            guard w > 0 else { continue }
            if let c = rows.first.map(entries.country), rows.allSatisfy({ entries.country($0) == c }) {
                ctx.countries[c, default: 0] += w
                ownVotes[m.key, default: [:]][c, default: 0] += w
                if common[idx] { commonVotes[c, default: 0] += w }
            }
            if rows.count == 1, let a = entries.admin1(rows[0]) { ctx.admin1s[a, default: 0] += w }
        }
        // Two passes: the first pass's picks become context for the second.
        var picks: [Int: Int] = [:]
        ctx.finish(entries)
        // Each candidate's names are compared with the matched words once.
        // and the parts of each row's score that do not depend on the context are computed once.
        let near = nearbySupport(candidates, common: common)
        let baseScores = candidates.enumerated().map { idx, c -> [Double] in
            let (m, rows) = c
            guard !rows.isEmpty else { return [] }
            let (regionCue, cityCue) = cues(m, keys: keys)
            let support = near[idx]
            return rows.enumerated().map { k, r in
                baseScore(r, regionCue: regionCue, cityCue: cityCue, ownName: nameMatches(r, m.key))
                    + (support.isEmpty ? 0 : PlaceResolver.nearBonus * Double(support[k]))
            }
        }
        let initial = (ctx: ctx, own: ownVotes, common: commonVotes)
        // A pick votes for its country and division when it is sure enough: salient, or a reading that another name's
        // town lies near ("St. Thomas" beside "London").
        func vote(_ idx: Int, _ best: Int, into next: inout PlaceContext) {
            let (m, rows) = candidates[idx]
            guard isSalient(best, m, keys) || !near[idx].isEmpty && near[idx][rows.firstIndex(of: best)!] > 0 else { return }
            next.countries[entries.country(best), default: 0] += 1
            ownVotes[m.key, default: [:]][entries.country(best), default: 0] += 1
            if common[idx] { commonVotes[entries.country(best), default: 0] += 1 }
            if let a = entries.admin1(best) { next.admin1s[a, default: 0] += 1 }
        }
        for pass in 0..<2 {
            var next = ctx
            for (idx, (m, rows)) in candidates.enumerated() where !rows.isEmpty {
                // The second pass reads the context without the name's own votes: ten mentions of "London" read as
                // the English capital do not outvote the Ontario town beside it.
                let best = choose(rows, baseScores[idx], ctx: ctx, division: divisionOf[m.tokens.upperBound],
                                  own: pass == 1 ? ownVotes[m.key] : nil)
                picks[idx] = best
                if pass == 0 { vote(idx, best, into: &next) }
            }
            ctx = next
            ctx.finish(entries)
        }
        // The document's context as the final picks give it (the second pass may overturn a first pass's vote).
        (ctx, ownVotes, commonVotes) = initial
        var final = ctx
        for (idx, best) in picks { vote(idx, best, into: &final) }
        ctx = final
        ctx.finish(entries)
        rereadCountryNames(matches, in: &mentions, ctx: ctx, divisionOf: divisionOf, doc: doc, keys: keys)
        placeNamedCountries(in: &mentions, keys: keys)
        placeInstitutions(in: &mentions, matches: matches)
        for (idx, (m, rows)) in candidates.enumerated() {
            if let entity = placeEntity(m) {
                mentions.append(entityPlaceMention(entity, m, doc: doc))
                continue
            }
            guard let row = picks[idx] else { continue }
            if let home = localFallback(row, own: ownVotes[m.key], isCommon: common[idx], common: commonVotes, ctx: ctx, division: divisionOf[m.tokens.upperBound]),
               let mention = countryPlaceMention(home, m, row: row, doc: doc) {
                mentions.append(mention)
                continue
            }
            mentions.append(placeMention(row, m, rows: rows, doc: doc, keys: keys))
        }
        var picked: [String: Int] = [:]
        for (idx, row) in picks.sorted(by: { $0.key < $1.key }) where picked[candidates[idx].0.key] == nil {
            picked[candidates[idx].0.key] = row
        }
        splitCompounds(&mentions, matches: matches, picked: picked, ctx: ctx, doc: doc)
        unknownCounties(matches, in: &mentions, ctx: ctx, doc: doc, keys: keys)
    }

    /// A named actor whose name starts with its country's name or adjective ("U.S. Department of Justice", "German
    /// Chancellor", "Britain's Secret Intelligence Service") names that country as a place too.
    func placeNamedCountries(in mentions: inout [Mention], keys: TokenKeys) {
        var actors: [Int] = []
        // read in place (indexing the array in the loop's condition copied each mention whole)
        mentions.withUnsafeBufferPointer { all in
            for i in all.indices where all[i].kind == .actor && all[i].place == nil && all[i].tokens.count > 1 { actors.append(i) }
        }
        for i in actors {
            guard let a = mentions[i].actor, a.name != nil, let c = AgentCombiner.country(a), let row = gaz.countryRow[c],
                  let first = mentions[i].tokens.first else { continue }
            guard let country = knowledge.countryEntity[c] else { continue }
            if knowledge.hits(forKey: keys.key(first)).contains(where: { Int($0.entity) == country }) { mentions[i].place = entries[row].place }
        }
    }

    /// An institution named by its building ("the White House said") names that building as a place too, when its
    /// entry, or another entry of the same code that the words name, has one (`at:`).
    func placeInstitutions(in mentions: inout [Mention], matches: [RawMatch]) {
        var actors: [Int] = []
        // read in place (indexing the array in the loop's condition copied each mention whole)
        mentions.withUnsafeBufferPointer { all in
            for i in all.indices where all[i].kind == .actor && all[i].place == nil { actors.append(i) }
        }
        for i in actors {
            guard let id = mentions[i].actor?.entity, let k = knowledge.entityIndex[id],
                  knowledge.entityTypes[k] != .place, knowledge.entityTypes[k] != .country else { continue }
            var found = knowledge.entities[k].place.map { (k, $0) }
            if found == nil, let j = matchIndex(startingAt: mentions[i].tokens.lowerBound, in: matches),
               matches[j].tokens == mentions[i].tokens {
                for h in matches[j].actors {
                    let e = Int(h.entity)
                    guard knowledge.entityTypes[e] == knowledge.entityTypes[k], let p = knowledge.entities[e].place,
                          knowledge.entities[e].code(on: nil) == knowledge.entities[k].code(on: nil) else { continue }
                    found = (e, p)
                    break
                }
            }
            if let (e, p) = found { mentions[i].place = PlaceResolver.place(of: knowledge.entities[e], p) }
        }
    }

    /// The place of an entry with a point of its own.
    static func place(of e: Entity, _ p: EntityPlace) -> Place {
        Place(name: e.name, country: p.country, admin1: p.admin1, lat: p.lat, lon: p.lon,
              geonameid: Int(e.notes["geonameid"] ?? ""), precision: p.precision)
    }

    /// Whether a reading is sure enough to vote for the document's country: a country, a division, a town of 50,000 or
    /// more named by its own name, or any place after a locative ("in", "à", "near").
    func isSalient(_ row: Int, _ m: RawMatch, _ keys: TokenKeys) -> Bool {
        if entries.kind(row) != .city { return true }
        if entries.population(row) >= 50_000, nameMatches(row, m.key) { return true }
        return m.tokens.lowerBound > 0 && keys.placeWords(m.tokens.lowerBound - 1).contains(.locative)
    }

    func hasPlaceEntity(_ m: RawMatch) -> Bool { placeEntity(m) != nil }

    func placeEntity(_ m: RawMatch) -> Entity? {
        for h in m.actors where knowledge.entityTypes[Int(h.entity)] == .place {
            if knowledge.entities[Int(h.entity)].place != nil { return knowledge.entities[Int(h.entity)] }
        }
        return nil
    }

    func entityPlaceMention(_ e: Entity, _ m: RawMatch, doc: Document) -> Mention {
        let p = e.place!
        let span = Span(doc.tokens[m.tokens.lowerBound].span.start, doc.tokens[m.tokens.upperBound - 1].span.end)
        return Mention(span: span, tokens: m.tokens, kind: .place, place: PlaceResolver.place(of: e, p),
                       reason: "place \(e.id) from the knowledge base")
    }

    /// "Barrie, Ont.", "NEWARK, N.J.": division abbreviations after a name and a comma. Returns the abbreviation's
    /// token → admin1 row, and the end token of the name before it → the division code it must lie in.
    func datelineDivisions(_ matches: [RawMatch], doc: Document, keys: TokenKeys) -> ([Int: Int], [Int: String]) {
        var rows: [Int: Int] = [:], division: [Int: String] = [:]
        let n = doc.tokens.count
        // Token flags rather than sets: the place matches' ends, and every match's start.
        var placeEnds = [Bool](repeating: false, count: n + 1), starts = [Bool](repeating: false, count: n + 1)
        for m in matches {
            starts[m.tokens.lowerBound] = true
            if !m.places.isEmpty { placeEnds[m.tokens.upperBound] = true }
        }
        for u in 1..<max(n - 1, 1) where doc.tokens[u].norm.utf8.count == 1 && doc.tokens[u].norm.utf8.first == 0x2C
            && doc.tokens[u - 1].isCapitalized {
            guard doc.tokens[u + 1].isCapitalized,
                  let code = PostalAbbreviations.division(key: keys.key(u + 1), isAcronym: keys.isAcronym(u + 1)),
                  let row = gaz.admin1Row[code] else { continue }
            // A dotted abbreviation needs its dot ("Man." but not "Man"), unless written in capitals.
            let dotted = u + 2 < n && doc.tokens[u + 2].norm == "." || doc.tokens[u + 1].norm.contains(".")
            if placeEnds[u] {
                guard dotted || keys.isAcronym(u + 1) else { continue }
            } else {
                // After a name the gazetteer does not know ("LAUREL COUNTY, Ky.", "EDMONTON, Ky (WBKO)"), only an
                // AP-style abbreviation with its dot, or before a dateline's station or agency in parentheses.
                let beforeParen = u + 2 < n && doc.tokens[u + 2].norm == "("
                let k = keys.key(u + 1)
                let joined = TokenKeys.has(k, 0x20) ? String(decoding: k.utf8.filter { $0 != 0x20 }, as: UTF8.self) : k
                guard PostalAbbreviations.apStyle[joined] != nil,
                      dotted || beforeParen else { continue }
            }
            rows[u + 1] = row
            division[u] = code
        }
        // Dotted abbreviations of two letters or more are divisions anywhere ("in B.C.", "N.J. officials").
        for i in 0..<n where doc.tokens[i].isCapitalized {
            let norm = doc.tokens[i].norm
            guard norm.utf8.count >= 3, TokenKeys.has(norm, 0x2E), rows[i] == nil, !starts[i], norm.dropLast().contains("."),
                  let code = PostalAbbreviations.apStyle[keys.key(i)], let row = gaz.admin1Row[code] else { continue }
            rows[i] = row
        }
        return (rows, division)
    }

    /// Whether a division word or a city word stands beside the name: among the words before it (up to three,
    /// through "de", "of", "the"), or the word after it (division words only).
    func cues(_ m: RawMatch, keys: TokenKeys) -> (region: Bool, city: Bool) {
        var regionCue = false, cityCue = false
        var j = m.tokens.lowerBound - 1, seen = 0
        while j >= 0, seen < 3 {
            let w = keys.placeWords(j)
            if !w.contains(.word) { break }
            seen += 1
            if w.contains(.region) { regionCue = true }
            if w.contains(.city) { cityCue = true }
            if !w.contains(.link) { break }
            j -= 1
        }
        if !regionCue, m.tokens.upperBound < keys.count, keys.placeWords(m.tokens.upperBound).contains(.region) { regionCue = true }
        return (regionCue, cityCue)
    }

    /// The row with the best score (`base`: each row's `baseScore`) in the document's context.
    func choose(_ rows: [Int], _ base: [Double], ctx: PlaceContext, division: String? = nil, own: [String: Int]? = nil) -> Int {
        var best = rows[0], bestScore = -Double.infinity
        // A capital or a city of a million of a country the document names ("Paris" beside "France") wins for its
        // country against the small namesakes elsewhere that the document's other places favour.
        var namedCountry = -1
        if !ctx.namedIndexes.isEmpty, rows.count > 1 {
            for r in rows where entries.kind(r) == .city && (entries.isCapital(r) || entries.population(r) >= 1_000_000)
                && ctx.namedIndexes.contains(Int(entries.countryIndex[r])) { namedCountry = Int(entries.countryIndex[r]); break }
        }
        // the name's own votes in all, summed once for its rows
        let ownTotal = own?.values.reduce(0, +) ?? 0
        for (r, b) in zip(rows, base) {
            var s = contextScore(r, base: b, ctx: ctx, own: own, ownTotal: ownTotal)
            if namedCountry >= 0, Int(entries.countryIndex[r]) == namedCountry { s += PlaceResolver.namedCapitalBonus }
            if let division, entries.admin1(r) == division { s += 10 }
            if s > bestScore || (s == bestScore && r < best) { best = r; bestScore = s }
        }
        return best
    }

    /// The part of row `r`'s score from its gazetteer columns and the words beside the name (`ownName`: the matched
    /// words are its own name).
    func baseScore(_ r: Int, regionCue: Bool, cityCue: Bool, ownName: Bool) -> Double {
        let e = self.entries
        let kind = e.kind(r)
        var s = log10(Double(max(e.population(r), 1)))
        switch kind {
        case .country: s += 4
        case .admin1: s += regionCue ? 6 : 0.5
        case .city: s += (e.isCapital(r) ? 1.5 : 0) + (cityCue ? 2 : 0) - (regionCue ? 3 : 0)
        }
        // Its own name rather than an alternate one ("Quebec" is Québec, not a nickname of New Britain).
        s += ownName ? 0.5 : -1
        return s
    }

    /// `base` plus the votes of the document's countries and divisions; `own`: the votes the name itself gave, by
    /// country, left out (`ownTotal`: their sum).
    func contextScore(_ r: Int, base: Double, ctx: PlaceContext, own: [String: Int]? = nil, ownTotal: Int = 0) -> Double {
        let e = self.entries
        var s = base
        if !ctx.countries.isEmpty {
            let c = Int(e.countryIndex[r])
            var n = ctx.countryVote(c), total = ctx.total
            if let own {
                n -= own[e.country(r)] ?? 0
                total -= ownTotal
            }
            if n > 0, total > 0 { s += 1.5 + 4 * (Double(n) / Double(total)) + (c == ctx.majorityIndex ? 1 : 0) }
        }
        if e.kind(r) == .city, !ctx.admin1s.isEmpty, e.admin1Index[r] != 0xFFFF {
            let n = ctx.admin1Vote(Int(e.admin1Index[r]))
            if n > 0 { s += 1.5 + 0.2 * Double(min(n, 5)) }
        }
        return s
    }

    /// Whether row `r`'s own name folds to the matched key, abbreviated words written out ("st petersburg" is the
    /// own name of Saint Petersburg as much as of St. Petersburg, Florida).
    func nameMatches(_ r: Int, _ key: String) -> Bool {
        let same: Bool
        switch entries.asciiNameMatches(r, key) {
        case .some(let s): same = s
        case .none: same = nameMatches(entries.name(r), key)
        }
        if same { return true }
        guard let full = PlaceResolver.expandedAbbreviation(key) else { return false }
        return nameMatches(entries.name(r), full)
    }

    /// Abbreviated first words of place names and their full forms.
    static let abbreviations: [(String, String)] = [("st ", "saint "), ("ste ", "sainte "), ("mt ", "mount "), ("ft ", "fort ")]

    /// The key with its abbreviated first word written out ("st louis" → "saint louis"), nil when it has none.
    static func expandedAbbreviation(_ key: String) -> String? {
        guard key.utf8.count > 3, key.utf8.dropFirst(2).prefix(2).contains(0x20) else { return nil }
        for (short, full) in abbreviations where key.hasPrefix(short) { return full + key.dropFirst(short.utf8.count) }
        return nil
    }

    /// Whether a place's own name folds to the matched key (cheap ASCII comparison first).
    func nameMatches(_ name: String, _ key: String) -> Bool {
        if name.utf8.count == key.utf8.count, name.utf8.allSatisfy({ $0 < 0x80 }) {
            return zip(name.utf8, key.utf8).allSatisfy { a, b in
                let l = (a >= 0x41 && a <= 0x5A) ? a + 0x20 : a
                return l == b || (a == 0x20 && b == 0x20)
            }
        }
        return MatchKey.fold(name) == key
    }

    func placeMention(_ row: Int, _ m: RawMatch, rows: [Int], doc: Document, keys: TokenKeys) -> Mention {
        let e = entries[row]
        var range = m.tokens
        // "Luhansk oblast", "Donetsk province": the division word belongs to the name.
        if e.kind == .admin1, range.upperBound < keys.count,
           keys.placeWords(range.upperBound).contains(.region) { range = range.lowerBound..<(range.upperBound + 1) }
        let span = Span(doc.tokens[range.lowerBound].span.start, doc.tokens[range.upperBound - 1].span.end)
        var mention = Mention(span: span, tokens: range, kind: .place, place: e.place,
                              reason: "\(e.kind.rawValue) \(e.geonameid) of \(rows.count) candidate(s)")
        if e.kind == .city, e.isCapital, !(range.lowerBound > 0 && keys.placeWords(range.lowerBound - 1).contains(.locative)) {
            // A capital named as a subject stands for its country's government ("Moscou", "Kiev soupçonne").
            mention.kind = .actor
            mention.actor = ActorRef(code: e.country, name: nil, entity: knowledge.country(e.country)?.id)
            mention.reason! += "; capital standing for its country"
        }
        return mention
    }
}
