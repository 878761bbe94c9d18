import Foundation
import SitrepModel

/// A name match over tokens before resolution: the actor entries and gazetteer rows its words can denote.
struct RawMatch {
    var tokens: Range<Int>
    var actors: [NameHit]
    var places: [Int]
    var key: String
}

/// Finds actor, agent and place mentions in a tokenized document (longest match first) and resolves them.
public struct MentionRecognizer: Sendable {
    public let knowledge: KnowledgeBase
    /// Longest name tried, in tokens.
    static let maxWords = 8

    public init(knowledge: KnowledgeBase = .shared) {
        self.knowledge = knowledge
    }

    /// Fills `doc.mentions` from `doc.tokens`, resolving roles on `doc.published` and places from the document's context.
    public func recognize(_ doc: inout Document) {
        let keys = TokenKeys(doc: doc, knowledge: knowledge)
        let matches = match(doc.tokens, keys: keys)
        var mentions = resolveActors(matches, doc: doc, keys: keys)
        PlaceResolver(knowledge: knowledge).resolve(matches: matches, into: &mentions, doc: doc, keys: keys)
        mentions.sort { $0.span < $1.span }
        mentions = qualifyInstitutions(mentions, matches: matches, keys: keys)
        let combiner = AgentCombiner(knowledge: knowledge, titles: titles(matches))
        mentions = combiner.combine(mentions, doc: doc, keys: keys)
        doc.mentions = mentions
    }

    /// Longest-match scan over token keys: phrase keys are integers, and a phrase string is built only for keys some
    /// name has.
    func match(_ tokens: [Token], keys: TokenKeys) -> [RawMatch] {
        var out: [RawMatch] = []
        var i = 0
        let n = tokens.count
        var plain = [UInt64](repeating: 0, count: MentionRecognizer.maxWords)
        var based = [UInt64](repeating: 0, count: MentionRecognizer.maxWords)
        let actorPhrases = knowledge.phrases, placePhrases = knowledge.gazetteer.phrases
        while i < n {
            guard let maxL = keys.maxLength(at: i) else { i += 1; continue }
            var found: RawMatch?
            let top = min(maxL, MentionRecognizer.maxWords, n - i)
            let changed = keys.phraseKeys(i, top, plain: &plain, based: &based)
            var L = top
            var actorMask = keys.actorMask(i), placeMask = keys.placeMask(i)
            if (i..<(i + top)).contains(where: { keys.spaced($0) }) {
                // A token of several words: a name of L words spans fewer tokens, so any length up to the longest.
                actorMask = NameLengths.upTo(NameLengths.longest(actorMask))
                placeMask = NameLengths.upTo(NameLengths.longest(placeMask))
            }
            let dots = (i..<(i + top)).reduce(0) { $0 + (keys.isAbbreviationDot($1) ? 1 : 0) }
            if dots > 0 {
                // "St. Louis": a name of L words spans L + 1 tokens.
                actorMask = NameLengths.upTo(NameLengths.longest(actorMask) + dots)
                placeMask = NameLengths.upTo(NameLengths.longest(placeMask) + dots)
            }
            // Places start with a capital (`acceptPlace`).
            if !tokens[i].isCapitalized { placeMask = 0 }
            while L >= 1, found == nil {
                // No name ends with the dot of "St.".
                if dots > 0, keys.isAbbreviationDot(i + L - 1) { L -= 1; continue }
                let bit = NameLengths.bit(L)
                let actorLength = actorMask & bit != 0
                let placeLength = placeMask & bit != 0 && (L > 2 || tokens[i + L - 1].isCapitalized || keys.isRegionWord(i + L - 1))
                if !actorLength && !placeLength { L -= 1; continue }
                for variant in 0..<2 {
                    if variant == 1 && changed & (1 << UInt32(L - 1)) == 0 { continue }
                    let h = variant == 0 ? plain[L - 1] : based[L - 1]
                    // A name of L words starts with a word that starts a name of L words.
                    // Latin-script places are matched as written: stripping "-s" or "-e" finds villages ("Liberals" → Liberal).
                    // A hyphenated word's named part is a place too ("Seattle-based", "mid-Ohio").
                    let inflectedOK = variant == 0 || keys.isCyrillic(i)
                        || (i..<(i + L)).contains { keys.hasHyphenPart($0) }
                    let inActors = actorLength && actorPhrases.contains(h)
                    let inPlaces = placeLength && inflectedOK && placePhrases.contains(h)
                    guard inActors || inPlaces, let key = keys.phrase(i, L, variant: variant) else { continue }
                    let actors = inActors ? knowledge.hits(forKey: key, hash: h).filter { accept($0, tokens, i, L, keys) } : []
                    let places = inPlaces && acceptPlace(tokens, i, L, keys: keys)
                        ? knowledge.gazetteer.rows(forKey: key, hash: h) : []
                    if !actors.isEmpty || !places.isEmpty {
                        found = RawMatch(tokens: i..<(i + L), actors: actors, places: places, key: key)
                        break
                    }
                }
                L -= 1
            }
            if let m = found { out.append(m); i = m.tokens.upperBound } else { i += 1 }
        }
        return out
    }

    /// Names must be capitalized (adjectives and sector words need not be); stopwords alone are never names.
    func accept(_ hit: NameHit, _ tokens: [Token], _ i: Int, _ L: Int, _ keys: TokenKeys) -> Bool {
        if knowledge.entityTypes[Int(hit.entity)] == .agent { return keys.language == nil || hit.language == keys.language || hit.language == "any" }
        if L == 1, keys.isStopword(i) && !keys.isAcronym(i) { return false }
        if hit.form == .adjective { return true }
        guard tokens[i].isCapitalized || keys.isAcronym(i) else { return false }
        return true
    }

    func acceptPlace(_ tokens: [Token], _ i: Int, _ L: Int, keys: TokenKeys) -> Bool {
        guard tokens[i].isCapitalized, tokens[i + L - 1].isCapitalized || L > 2 || keys.isRegionWord(i + L - 1) else { return false }
        if L == 1, keys.isStopword(i) { return false }
        // A direction word before another capitalized word is part of a longer name ("Southern California",
        // "South Pacific", "North London"), not the division it names alone (Southern Province, Zambia).
        if L == 1, MentionRecognizer.directionWords.contains(keys.key(i)), i + 1 < tokens.count, tokens[i + 1].isCapitalized,
           !keys.key(i + 1).isEmpty { return false }
        return true
    }

    static let directionWords: Set<String> = ["north", "south", "east", "west", "northern", "southern", "eastern", "western",
        "central", "northeast", "northwest", "southeast", "southwest", "nord", "sud", "est", "ouest", "centre", "upper", "lower"]

    func isStopword(_ t: Token) -> Bool { knowledge.stopwords.contains(MatchKey.fold(t.norm)) }


    /// Actor mentions (and agent mentions) from the matches' best actor hit.
    func resolveActors(_ matches: [RawMatch], doc: Document, keys: TokenKeys) -> [Mention] {
        var out: [Mention] = []
        let day = MentionRecognizer.reasonDay(doc.published)
        // Entries are read in place: binding one to a constant would copy all its fields.
        knowledge.entities.withUnsafeBufferPointer { entities in
            for m in matches where !m.actors.isEmpty {
                let span = Span(doc.tokens[m.tokens.lowerBound].span.start, doc.tokens[m.tokens.upperBound - 1].span.end)
                let hit = bestHit(m.actors)
                let e = entities.baseAddress! + Int(hit.entity)
                switch e.pointee.type {
                case .agent:
                    out.append(Mention(span: span, tokens: m.tokens, kind: .agent, agent: e.pointee.sector,
                                       reason: "sector word (\(e.pointee.id))"))
                    continue
                case .place:
                    continue  // places of their own are resolved with the gazetteer candidates
                default: break
                }
                guard let code = e.pointee.code(on: doc.published) else { continue }
                var actor = ActorRef(code: code, name: nil, entity: e.pointee.id)
                switch e.pointee.type {
                case .person, .org, .igo, .ngo, .group: actor.name = e.pointee.name
                default: break
                }
                var mention = Mention(span: span, tokens: m.tokens, kind: .actor, actor: actor,
                                      reason: reason(e, hit, day))
                if let o = knowledge.offices[hit.entity] {
                    // an institution named by its office ("the US president") is its holder on the date
                    knowledge.nameHolder(&mention, office: o.title, country: o.country, end: m.tokens.upperBound, doc: doc, keys: keys)
                }
                if e.pointee.type == .country, hit.form == .name, let row = knowledge.gazetteer.countryRow[code] {
                    mention.place = knowledge.gazetteer.entries[row].place
                }
                out.append(mention)
            }
        }
        return out
    }

    /// The office title ("pm", "president") of the sector words that are titles, by their first token.
    func titles(_ matches: [RawMatch]) -> [Int: String] {
        var out: [Int: String] = [:]
        // entries read in place (binding one would copy all its fields)
        knowledge.entities.withUnsafeBufferPointer { entities in
            for m in matches {
                for h in m.actors where knowledge.entityTypes[Int(h.entity)] == .agent {
                    if let t = entities[Int(h.entity)].notes["title"] { out[m.tokens.lowerBound] = t; break }
                }
            }
        }
        return out
    }

    func bestHit(_ hits: [NameHit]) -> NameHit {
        func rank(_ h: NameHit) -> Int {
            let typeRank: Int
            switch knowledge.entityTypes[Int(h.entity)] {
            case .country: typeRank = 6
            case .person: typeRank = 5
            case .igo, .org, .group, .ngo: typeRank = 4
            case .place: typeRank = 3
            case .agent: typeRank = 2
            }
            return typeRank * 10 + (h.form == .name ? 2 : 1)
        }
        if hits.count == 1 { return hits[0] }
        return hits.max { a, b in
            let ra = rank(a), rb = rank(b)
            return ra != rb ? ra < rb : a.entity < b.entity
        }!
    }

    /// The day a reason names for dated roles: the document's date (`isoText`), or "latest".
    static func reasonDay(_ date: CalendarDay?) -> String {
        guard let d = date else { return "latest" }
        // `iso` writes the digits `isoText` pads, with one allocation, in its range
        return (0...9999).contains(d.year) && (0...99).contains(d.month) && (0...99).contains(d.day) ? d.iso : d.isoText
    }

    /// `day`: `reasonDay` of the document's date (the same for all its mentions).
    func reason(_ e: UnsafePointer<Entity>, _ hit: NameHit, _ day: String) -> String {
        // one allocation for the whole reason
        let type = e.pointee.type.rawValue, id = e.pointee.id, form = hit.form.rawValue
        for c in e.pointee.codes where c.isDated {
            return Concatenation.join(type, " ", id, " by ", form, ", role on ", day)
        }
        return Concatenation.join(type, " ", id, " by ", form)
    }
}
