import SitrepModel

/// A country named beside an institution, as its possessor or adjective ("Egypt's Muslim Brotherhood", "Rwanda's
/// Senate", "the French Senate", "le Hamas palestinien"): one actor, read from both names.
extension MentionRecognizer {
    /// When the country is the institution's own, it only restates it: one mention with the institution's code
    /// ("Egypt's Muslim Brotherhood" → EGYOPPMUS, not EGY then the Brotherhood). When it is another country and the
    /// institution's name is also a sector word ("Senate", which the knowledge base gives to the US Congress), the word
    /// is the sector of that country ("Rwanda's Senate" → the sector word, joined to RWA by `AgentCombiner`: RWALEG).
    func qualifyInstitutions(_ mentions: [Mention], matches: [RawMatch], keys: TokenKeys) -> [Mention] {
        var out: [Mention] = []
        out.reserveCapacity(mentions.count)
        for n in mentions {
            // both readings join an actor to the mention right before it (fields read in place: no Mention copies)
            let last = out.count - 1
            guard n.kind == .actor, last >= 0, out[last].tokens.upperBound <= n.tokens.lowerBound,
                  n.tokens.lowerBound - out[last].tokens.upperBound <= 1 else { out.append(n); continue }
            // "les Frères musulmans égyptiens", "le Hamas palestinien": the country adjective after its own institution
            if let c = n.actor?.code, c.count == 3, n.tokens.lowerBound == out[last].tokens.upperBound,
               knowledge.countryEntity[c] != nil, institutionType(out[last]) != nil, AgentCombiner.country(out[last].actor) == c {
                out[last].span = Span(out[last].span.start, n.span.end)
                out[last].tokens = out[last].tokens.lowerBound..<n.tokens.upperBound
                continue
            }
            guard let country = qualifyingCountry(out[last], before: n, keys: keys),
                  let code = n.actor?.code, let type = institutionType(n) else { out.append(n); continue }
            if AgentCombiner.country(n.actor) == country {
                var merged = n
                merged.span = Span(out[last].span.start, n.span.end)
                merged.tokens = out[last].tokens.lowerBound..<n.tokens.upperBound
                // the country is still a toponym ("Britain's Secret Intelligence Service")
                merged.place = knowledge.gazetteer.countryRow[country].map { knowledge.gazetteer.entries[$0].place }
                merged.reason = "\(type.rawValue) \(code) named with its country \(country)"
                out[last] = merged
            } else if let sector = sectorReading(of: n, matches: matches, keys: keys) {
                out.append(Mention(span: n.span, tokens: n.tokens, kind: .agent, agent: sector,
                                   reason: "sector word \(sector) of \(country) (not \(code))"))
            } else {
                out.append(n)
            }
        }
        return out
    }

    /// The country of `m` when it is a country name or adjective right before `n`, or before "'s" and `n`.
    func qualifyingCountry(_ m: Mention, before n: Mention, keys: TokenKeys) -> String? {
        guard m.kind == .actor, let a = m.actor, a.code.count == 3, knowledge.countryEntity[a.code] != nil else { return nil }
        let gap = m.tokens.upperBound..<n.tokens.lowerBound
        guard gap.isEmpty || gap.count == 1 && keys.key(gap.lowerBound) == "'s" else { return nil }
        return a.code
    }

    /// The entity type of a named national institution, movement or armed group (not a person, country or IGO).
    func institutionType(_ n: Mention) -> EntityType? {
        guard let id = n.actor?.entity, let i = knowledge.entityIndex[id] else { return nil }
        let type = knowledge.entityTypes[i]
        return [.org, .ngo, .group].contains(type) ? type : nil
    }

    /// The sector of the agent reading of the words of `n`, when their match has one in the document's language.
    func sectorReading(of n: Mention, matches: [RawMatch], keys: TokenKeys) -> String? {
        guard let match = matches.first(where: { $0.tokens == n.tokens }) else { return nil }
        for h in match.actors where knowledge.entityTypes[Int(h.entity)] == .agent
            && (keys.language == nil || h.language == keys.language || h.language == "any") {
            if let s = knowledge.entities[Int(h.entity)].sector { return s }
        }
        return nil
    }
}
