import SitrepLanguage
import SitrepModel

/// Names the gazetteer knows only as small places elsewhere: a capitalized common word ("Road", "Council",
/// "Christmas") read as a village, a local name ("the Crescent", an airport, a hospital) that only matches a
/// hamlet in another country.
extension PlaceResolver {
    /// Towns below this population are obscure: a document about another country does not mean them by their name.
    static let obscurePopulation = 25_000
    /// The votes (and their share) that make a country the document's own.
    static let homeVotes = 4
    static let homeShare = 0.6
    /// How many times the home country's votes must outnumber those of the obscure town's country.
    static let minorityRatio = 4

    /// The common words (lemmas of the language's table, folded) of the languages that have one.
    enum CommonWords {
        static let en = load("en"), fr = load("fr"), de = load("de"), es = load("es")
        static func load(_ language: String) -> Set<String> {
            Set(Lemmatizer().lemmas(language: language).lazy.filter { $0.utf8.count >= 3 }.map { MatchKey.fold($0) })
        }
        static func words(_ language: String?) -> Set<String>? {
            switch language {
            case "en": return en
            case "fr": return fr
            case "de": return de
            case "es": return es
            default: return nil
            }
        }
    }

    /// Whether a one-word match is a common word of the document's language whose every reading is a small town
    /// ("Council" in Idaho, "Road" read as Rode), with no division abbreviation after it and not a dateline: such a
    /// reading's votes do not keep another obscure town in its country.
    func isCommonWordName(_ m: RawMatch, _ rows: [Int], keys: TokenKeys, division: String?, doc: Document) -> Bool {
        guard m.tokens.count == 1, division == nil, !rows.isEmpty, !isDateline(m.tokens.lowerBound, doc: doc),
              rows.allSatisfy({ entries.kind($0) == .city && entries.population($0) < PlaceResolver.obscurePopulation }),
              let words = CommonWords.words(keys.language) else { return false }
        return words.contains(m.key)
    }

    /// Whether token `i` is a dateline's place: in capitals, first in the text or on its line, or before a dash
    /// ("BANTAM — ").
    func isDateline(_ i: Int, doc: Document) -> Bool {
        let t = doc.tokens[i]
        let utf8 = doc.text.utf8
        let surface = utf8[utf8.index(utf8.startIndex, offsetBy: t.span.start)..<utf8.index(utf8.startIndex, offsetBy: t.span.end)]
        guard !surface.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) else { return false }
        if i + 1 < doc.tokens.count && ["—", "–", "-", "--"].contains(doc.tokens[i + 1].norm) { return true }
        return onNewLine(i, doc: doc)
    }

    /// The country the document is about, leaving out the votes that the name `key` itself gave (`own`), when it
    /// holds at least half of the remaining votes.
    func documentCountry(_ ctx: PlaceContext, without own: [String: Int]?) -> String? {
        var best: String?, bestVotes = 0, total = 0
        for (c, n) in ctx.countries {
            let v = n - (own?[c] ?? 0)
            guard v > 0 else { continue }
            total += v
            if v > bestVotes || (v == bestVotes && c < best!) { best = c; bestVotes = v }
        }
        return best != nil && bestVotes >= PlaceResolver.homeVotes && Double(bestVotes) >= PlaceResolver.homeShare * Double(total) ? best : nil
    }

    /// The document's country for an obscure town (`row`) in a country that little else in the document names or
    /// places anything in: the name is a local place the gazetteer lacks ("Heathrow" beside London, "the Crescent").
    func localFallback(_ row: Int, own: [String: Int]?, isCommon: Bool, common: [String: Int], ctx: PlaceContext,
                       division: String?) -> String? {
        guard division == nil, entries.kind(row) == .city, entries.population(row) < PlaceResolver.obscurePopulation else { return nil }
        let c = entries.country(row)
        // The votes for its country from other names that are not common words.
        let others = (ctx.countries[c] ?? 0) - (own?[c] ?? 0) - (common[c] ?? 0) + (isCommon ? own?[c] ?? 0 : 0)
        guard let home = documentCountry(ctx, without: own), home != c else { return nil }
        // Its country may have some support ("a U.S. visitor" in a story from Manitoba), a quarter of the home's at most.
        guard others * PlaceResolver.minorityRatio <= (ctx.countries[home] ?? 0) - (own?[home] ?? 0) else { return nil }
        return home
    }

    func countryPlaceMention(_ country: String, _ m: RawMatch, row: Int, doc: Document) -> Mention? {
        guard let r = gaz.countryRow[country] else { return nil }
        let span = Span(doc.tokens[m.tokens.lowerBound].span.start, doc.tokens[m.tokens.upperBound - 1].span.end)
        return Mention(span: span, tokens: m.tokens, kind: .place, place: entries[r].place,
                       reason: "local place in \(country), the document's country (the gazetteer's only reading is the town \(entries.geonameids[row]) in \(entries.country(row)))")
    }

    /// Words after a name that make it a second-level division ("Adair County", "Rapides Parish").
    static let countyWords: Set<String> = ["county", "parish", "borough"]

    /// Counties the gazetteer lacks ("Adair County" in a story from Kentucky): a run of up to three capitalized words
    /// that no name matched, before a capitalized "County" or "Parish", is a place in the document's division: the
    /// division most of the document's resolved places lie in, else the document's country's division with the most
    /// votes, else that country (nothing when the document has no country).
    func unknownCounties(_ matches: [RawMatch], in mentions: inout [Mention], ctx: PlaceContext, doc: Document, keys: TokenKeys) {
        var covered = [Bool](repeating: false, count: doc.tokens.count + 1)
        // Sector words ("County" may be one) leave their words free.
        for m in matches where !m.places.isEmpty || m.actors.contains(where: { knowledge.entityTypes[Int($0.entity)] != .agent }) {
            for t in m.tokens { covered[t] = true }
        }
        // by index: binding each mention would copy it
        for j in mentions.indices where mentions[j].kind != .agent { for t in mentions[j].tokens { covered[t] = true } }
        var division: Int??
        for i in 1..<max(doc.tokens.count, 1) where doc.tokens[i].isCapitalized && !covered[i]
            && keys.placeWords(i).contains(.county) {
            var a = i
            while a > 0, i - a < 3, !covered[a - 1], doc.tokens[a - 1].kind == .word, doc.tokens[a - 1].isCapitalized,
                  !keys.isStopword(a - 1) { a -= 1 }
            guard a < i else { continue }
            if division == nil { division = .some(documentDivision(mentions) ?? votedDivision(ctx)) }
            guard let row = division! else { return }
            let span = Span(doc.tokens[a].span.start, doc.tokens[i].span.end)
            mentions.append(Mention(span: span, tokens: a..<(i + 1), kind: .place, place: entries[row].place,
                                    reason: "county the gazetteer lacks, in \(entries.name(row)), the division of the document's places"))
            for t in a...i { covered[t] = true }
        }
        unknownTowns(in: &mentions, covered: &covered, division: &division, ctx: ctx, doc: doc, keys: keys)
    }

    /// Town words in the plural, before "of" and a list of names ("the villages of Foua and Kfraya").
    static let townWordsPlural: Set<String> = ["cities", "towns", "villages", "townships", "boroughs", "villes", "communes"]

    /// Towns the gazetteer lacks after "town of", "village of", "the villages of … and …" ("the town of Harwinton"): each
    /// run of up to three capitalized words that no name matched is a place in the document's division, as for counties.
    func unknownTowns(in mentions: inout [Mention], covered: inout [Bool], division: inout Int??, ctx: PlaceContext,
                      doc: Document, keys: TokenKeys) {
        let n = doc.tokens.count
        func free(_ t: Int) -> Bool {
            t < n && !covered[t] && doc.tokens[t].kind == .word && doc.tokens[t].isCapitalized && !keys.isStopword(t)
        }
        var i = 2
        while i < n {
            let w = keys.placeWords(i - 2)
            guard !w.isDisjoint(with: [.town, .towns]), keys.key(i - 1) == "of", free(i) else { i += 1; continue }
            let word = keys.key(i - 2)
            if division == nil { division = .some(documentDivision(mentions) ?? votedDivision(ctx)) }
            guard let row = division! else { return }
            var j = i
            while free(j) {
                var e = j
                while e - j < 2, free(e + 1) { e += 1 }
                let span = Span(doc.tokens[j].span.start, doc.tokens[e].span.end)
                mentions.append(Mention(span: span, tokens: j..<(e + 1), kind: .place, place: entries[row].place,
                                        reason: "town the gazetteer lacks after '\(word) of', in \(entries.name(row)), the division of the document's places"))
                for t in j...e { covered[t] = true }
                j = e + 1
                // a list: "of Foua and Kfraya", "of Foua, Kfraya"
                guard w.contains(.towns), j < n, doc.tokens[j].norm == "and" || doc.tokens[j].norm == "," else { break }
                j += 1
            }
            i = j + 1
        }
    }

    /// The row of the document's country (`documentCountry`) or of its division with the most votes.
    func votedDivision(_ ctx: PlaceContext) -> Int? {
        guard let home = documentCountry(ctx, without: nil) else { return nil }
        var best: (code: String, votes: Int)?
        for (code, n) in ctx.admin1s {
            guard let row = gaz.admin1Row[code], entries.country(row) == home else { continue }
            if best == nil || n > best!.votes || (n == best!.votes && code < best!.code) { best = (code, n) }
        }
        return best.flatMap { gaz.admin1Row[$0.code] } ?? gaz.countryRow[home]
    }

    /// The gazetteer row of the division that most of the document's places below country level lie in, when at least
    /// two of them and most of those in any country do.
    func documentDivision(_ mentions: [Mention]) -> Int? {
        var divisions: [String: Int] = [:], total = 0
        for m in mentions {
            guard let p = m.place, p.precision != .country, p.country != nil else { continue }
            total += 1
            if let a = p.admin1 { divisions[a, default: 0] += 1 }
        }
        guard let (code, n) = divisions.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }),
              n >= 2, 2 * n > total else { return nil }
        return gaz.admin1Row[code]
    }
}
