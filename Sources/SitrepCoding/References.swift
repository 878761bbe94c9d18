import SitrepModel

extension CodingRun {
    /// Adds pronoun and "both sides" chunks, and gives agent words without a country the country of their
    /// possessive's antecedent ("ses forces") or of the last actor of the paragraph ("les forces").
    mutating func resolveReferences(_ f: inout SentenceFrame, sentence s: Sentence, index si: Int) {
        var added: [Chunk] = []
        var t = f.range.lowerBound
        while t < f.range.upperBound {
            defer { t += 1 }
            let len = builder.phraseLength(.group, at: t, limit: f.range.upperBound)
            // "les deux dirigeants": a group phrase overrides the bare sector word inside it
            if len > 1, f.chunkAt[t] == nil || f.chunks[f.chunkAt[t]!].agent != nil {
                f.chunks.removeAll { $0.tokens.lowerBound >= t && $0.tokens.upperBound <= t + len && $0.agent != nil }
                f.chunkAt = ChunkIndex(range: f.range)
                for (i, c) in f.chunks.enumerated() { for p in c.tokens where f.chunkAt[p] == nil { f.chunkAt[p] = i } }
            }
            if f.chunkAt[t] != nil { continue }
            if len > 1 || builder.isRole(.group, t) {
                let members = groupBefore(t, f)
                for a in members {
                    added.append(Chunk(tokens: t..<(t + max(len, 1)), actor: a, place: nil, agent: nil,
                                       prep: builder.prepRole(before: t, floor: f.range.lowerBound), clause: f.clause(t),
                                       isPronoun: true, plural: true))
                }
                t += max(len, 1) - 1
                continue
            }
            let sg = builder.isRole(.pronounSg, t), pl = builder.isRole(.pronounPl, t), neuter = builder.isRole(.pronounNeuter, t)
            guard sg || pl || neuter else { continue }
            if t + 1 < f.range.upperBound, builder.isRole(.impersonal, t + 1) { continue }
            let found = neuter ? neuterAntecedent(before: t, f, sentence: si) : antecedent(before: t, plural: pl, f, sameClause: false, sentence: si)
            guard let a = found else { continue }
            added.append(Chunk(tokens: t..<(t + 1), actor: a, place: nil, agent: nil,
                               prep: builder.prepRole(before: t, floor: f.range.lowerBound), clause: f.clause(t),
                               isPronoun: true, plural: pl))
        }
        for i in f.chunks.indices where f.chunks[i].actor == nil && f.chunks[i].place == nil {
            guard let sector = f.chunks[i].agent else { continue }
            let start = f.chunks[i].tokens.lowerBound
            var country: String? = nil
            var p = start - 1
            while p >= f.range.lowerBound, builder.isRole(.det, p) && !builder.isRole(.possessive, p) { p -= 1 }
            // "sa puissance militaire", "its armed forces": a possessive one word further back
            if p - 1 >= f.range.lowerBound, !builder.isRole(.possessive, p), builder.isRole(.possessive, p - 1),
               doc.tokens[p].kind == .word { p -= 1 }
            if p >= f.range.lowerBound, builder.isRole(.possessive, p) {
                let plural = ["their", "leur", "leurs"].contains(doc.tokens[p].norm)
                country = antecedent(before: p, plural: plural, f, sameClause: true, sentence: si)?.country
            } else if let prev = discourse.seen.last(where: { $0.paragraph == s.paragraph && $0.sentence < si && $0.actor.country != nil && $0.actor.country != "---" }) {
                country = prev.actor.country
            }
            f.chunks[i].actor = ActorRef(code: (country ?? "---") + sector)
        }
        guard !added.isEmpty else { return }
        let groupBase = (f.chunks.map(\.group).max() ?? 0) + 1
        var byToken: [Int: Int] = [:]
        for var c in added {
            let g = byToken[c.tokens.lowerBound] ?? (groupBase + byToken.count)
            byToken[c.tokens.lowerBound] = g
            c.group = g
            f.chunks.append(c)
        }
        f.chunks.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        f.chunkAt = ChunkIndex(range: f.range)
        for (i, c) in f.chunks.enumerated() { for t in c.tokens where f.chunkAt[t] == nil { f.chunkAt[t] = i } }
    }

    /// The most recent coordinated pair (or more) before token t: in this sentence, else in earlier ones.
    func groupBefore(_ t: Int, _ f: SentenceFrame) -> [ActorRef] {
        var best: [ActorRef] = []
        for i in f.chunks.indices where f.chunks[i].tokens.upperBound <= t {
            let members = f.group(of: i).compactMap { f.chunks[$0].actorOrCountry }
            if members.count >= 2 { best = members }
        }
        return best.isEmpty ? discourse.lastGroup : best
    }

    /// "Israel announced it would free …": a neuter pronoun (role `pronoun_neuter`) refers to the last state,
    /// organization or group named before it (outside its clause), else in the last three sentences; never to a
    /// person or to a plural sector word ("forces" is "they").
    func neuterAntecedent(before t: Int, _ f: SentenceFrame, sentence si: Int) -> ActorRef? {
        func thing(_ a: ActorRef) -> Bool { a.entity?.hasPrefix("person.") != true }
        let clause = f.clause(t)
        if let c = f.chunks.last(where: { $0.tokens.upperBound <= t && !$0.isPronoun && $0.clause != clause && $0.actor.map(thing) == true
            && !($0.agent != nil && $0.plural) && $0.place?.precision != .city }) { return c.actor }
        return discourse.seen.reversed().first { $0.sentence >= si - 3 && thing($0.actor) && !($0.plural && $0.actor.name == nil) }?.actor
    }

    /// The actor a pronoun at token t refers to: earlier in the sentence (outside its clause unless
    /// `sameClause`), else in the last three sentences; singular pronouns prefer named people.
    func antecedent(before t: Int, plural: Bool, _ f: SentenceFrame, sameClause: Bool, sentence si: Int) -> ActorRef? {
        let clause = f.clause(t)
        // a city standing for its state ("à Tachkent") is where someone went, not who "il" is
        let local = f.chunks.filter { $0.tokens.upperBound <= t && !$0.isPronoun && $0.actor != nil && (sameClause || $0.clause != clause)
            && $0.place?.precision != .city }
        for c in local.reversed() where c.plural == plural || !plural && c.actor?.name != nil { return c.actor }
        if let c = local.last, sameClause { return c.actor }
        let window = discourse.seen.reversed().filter { $0.sentence >= si - 3 }
        if !plural, let named = window.first(where: { $0.named }) { return named.actor }
        if let any = window.first(where: { $0.plural == plural }) { return any.actor }
        return local.last?.actor ?? window.first?.actor
    }
}
