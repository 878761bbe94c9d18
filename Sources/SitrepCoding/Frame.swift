import SitrepModel

/// How a clause was opened: decides where a missing subject is looked for.
enum ClauseKind: Sendable {
    case main, comma, conj, relative, subord, quote
    /// The complement of a reporting verb ("Washington said [such a step …]"): its subject is its own.
    case report
}

/// A noun phrase that names (or refers to) an actor or a place, after composing mentions:
/// "Tunisian court" → TUNJUD, "les forces du Kremlin" → RUSMIL, "ses forces" → antecedent + MIL.
struct Chunk: Sendable {
    var tokens: Range<Int>
    var actor: ActorRef?
    var place: Place?
    /// Sector of an agent word ("MIL"), kept for composition and pronoun compatibility.
    var agent: String?
    /// Role of the function word right before the chunk ("by", "of", "target", "locative", "between"), if any.
    var prep: String?
    var clause: Int
    var isPronoun = false
    var plural = false
    /// Introduced by a possessive ("ses forces", "its troops"): the possessor's own people or means.
    var possessive = false
    /// Coordination group: chunks joined by "and"/"et"/commas share it.
    var group = 0
    /// True when the mention is a place that is not also an actor.
    var placeOnly: Bool { actor == nil && place != nil }
    /// The actor, or for a place alone the actor of its country.
    var actorOrCountry: ActorRef? { actor ?? place?.country.map { ActorRef(code: $0) } }
}

/// Token index → chunk (or mention) index for one sentence, as a flat array (no hashing in the hot path).
struct ChunkIndex {
    let base: Int
    var slots: [Int32]

    init(range: Range<Int>) {
        base = range.lowerBound
        slots = [Int32](repeating: -1, count: range.count)
    }

    subscript(t: Int) -> Int? {
        get {
            let i = t - base
            guard i >= 0, i < slots.count, slots[i] >= 0 else { return nil }
            return Int(slots[i])
        }
        set {
            let i = t - base
            guard i >= 0, i < slots.count else { return }
            slots[i] = newValue.map(Int32.init) ?? -1
        }
    }
}

/// One sentence seen by the coder: clauses, quotation state and actor chunks.
struct SentenceFrame {
    let range: Range<Int>
    var clauseOf: [Int] = []
    var clauseStart: [Int] = []
    var clauseKind: [ClauseKind] = []
    var inQuote: [Bool] = []
    var chunks: [Chunk] = []
    /// Token index → chunk index.
    var chunkAt: ChunkIndex

    func clause(_ t: Int) -> Int { clauseOf[t - range.lowerBound] }
    func quoted(_ t: Int) -> Bool { inQuote[t - range.lowerBound] }
    func clauseRange(_ c: Int) -> Range<Int> {
        let s = clauseStart[c]
        let e = c + 1 < clauseStart.count ? clauseStart[c + 1] : range.upperBound
        return s..<e
    }
    func chunks(inClause c: Int) -> [Int] { chunks.indices.filter { chunks[$0].clause == c } }
    func group(of i: Int) -> [Int] { chunks.indices.filter { chunks[$0].group == chunks[i].group } }
}

/// Builds sentence frames from tokens and mentions.
struct FrameBuilder {
    let doc: Document
    let lex: LanguageLexicon
    /// GeoNames ids of capital cities.
    var capitals: Set<Int> = []
    /// Role bits and trigger entries of every token, computed once per document.
    let keys: [TokenKey]

    init(doc: Document, lex: LanguageLexicon, keys: [TokenKey], capitals: Set<Int> = []) {
        self.doc = doc
        self.lex = lex
        self.capitals = capitals
        self.keys = keys
    }

    func norm(_ t: Int) -> String { doc.tokens[t].norm }
    @inline(__always) func isRole(_ role: Role, _ t: Int) -> Bool { keys[t].roles & role.bit != 0 }

    /// Length of a phrase of `role` starting at token t (0 if none), single words included.
    func phraseLength(_ role: String, at t: Int, limit: Int) -> Int {
        if let r = Role.byName[role] { return phraseLength(r, at: t, limit: limit) }
        return phrase(role, at: t, limit: limit, best: lex.has(role, doc.tokens[t].norm) ? 1 : 0)
    }

    func phraseLength(_ role: Role, at t: Int, limit: Int) -> Int {
        let best = isRole(role, t) ? 1 : 0
        if keys[t].phrases & role.bit == 0 { return best }
        return phrase(role.name, at: t, limit: limit, best: best)
    }

    private func phrase(_ role: String, at t: Int, limit: Int, best single: Int) -> Int {
        var best = single
        for p in lex.phrases[role] ?? [] where t + p.count <= limit && p.count > best {
            var ok = true
            for (k, w) in p.enumerated() where doc.tokens[t + k].norm != w { ok = false; break }
            if ok { best = p.count }
        }
        return best
    }

    /// `quoteOpen`: a quotation opened in an earlier sentence of the paragraph is still running.
    func build(sentence: Sentence, mentions: [Mention], quoteOpen: Bool = false) -> SentenceFrame {
        var f = SentenceFrame(range: sentence.tokens, chunkAt: ChunkIndex(range: sentence.tokens))
        let tokens = doc.tokens
        // token → mention, as a flat array over the sentence and its mentions
        var lower = sentence.tokens.lowerBound, upper = sentence.tokens.upperBound
        for m in mentions where !m.tokens.isEmpty { lower = min(lower, m.tokens.lowerBound); upper = max(upper, m.tokens.upperBound) }
        var mentionAt = ChunkIndex(range: lower..<upper)
        for (i, m) in mentions.enumerated() { for t in m.tokens { mentionAt[t] = i } }
        // Clauses.
        var clause = 0, quote = quoteOpen
        f.clauseStart = [sentence.tokens.lowerBound]
        f.clauseKind = [.main]
        var newClause: ClauseKind? = nil
        let listCommas = self.listCommas(sentence.tokens, mentionAt)
        for t in sentence.tokens {
            let tok = tokens[t], n = tok.norm
            // the quotes are one scalar each, with no other spelling: only short words starting with their lead byte
            let lead = n.utf8.first ?? 0
            let isQuote = n.utf8.count <= 3 && (lead == 0x22 || lead == 0xE2 || lead == 0xC2)
                && (n == "\"" || n == "“" || n == "”" || n == "«" || n == "»")
            if isQuote {
                quote = (n == "“" || n == "«") ? true : (n == "”" || n == "»") ? false : !quote
                newClause = .quote
            } else if tok.kind == .punctuation, n == ",", listCommas.contains(t) {
                // "The US, Russia, and Switzerland": a list, not a clause break
            } else if tok.kind == .punctuation, [",", ";", ":", "—", "–", "-"].contains(n) {
                newClause = newClause ?? .comma
            } else if mentionAt[t] == nil, isRole(.relative, t) || isRole(.subord, t) || isConjBoundary(t, mentionAt) {
                let kind: ClauseKind = isRole(.relative, t) ? .relative : isRole(.subord, t) ? .subord : .conj
                if t > sentence.tokens.lowerBound { clause += 1; f.clauseStart.append(t); f.clauseKind.append(kind) }
                newClause = nil
            } else if let k = newClause {
                clause += 1
                f.clauseStart.append(t)
                f.clauseKind.append(k)
                newClause = nil
            }
            f.clauseOf.append(clause)
            f.inQuote.append(quote)
            if newClause == nil, mentionAt[t] == nil, isReportingVerb(t), t + 1 < sentence.tokens.upperBound,
               !isRole(.relative, t + 1), tokens[t + 1].kind == .word {
                newClause = .report
            }
        }
        f.chunks = composeChunks(mentions: mentions, frame: f)
        for (i, c) in f.chunks.enumerated() { for t in c.tokens { f.chunkAt[t] = i } }
        assignGroups(&f)
        return f
    }

    /// A reporting verb ("said", "a déclaré"): a claim cue of the lexicon.
    func isReportingVerb(_ t: Int) -> Bool {
        isRole(.claim, t) && !isRole(.claimPrep, t)
    }

    /// Commas inside a list of names ("X, Y and Z"): a name on each side and the list goes on to a conjunction.
    func listCommas(_ r: Range<Int>, _ mentionAt: ChunkIndex) -> Set<Int> {
        var out: Set<Int> = []
        func skipDet(_ i: Int) -> Int { var n = i; while n < r.upperBound, isRole(.det, n) || norm(n) == "l'" { n += 1 }; return n }
        for t in r where norm(t) == "," && t > r.lowerBound && mentionAt[t - 1] != nil {
            var n = skipDet(t + 1)
            guard n < r.upperBound, let m = mentionAt[n] else { continue }
            while n < r.upperBound, mentionAt[n] == m { n += 1 }
            if n < r.upperBound, norm(n) == "," { n += 1 }
            if n < r.upperBound, isRole(.conj, n) { out.insert(t) }
            else if n < r.upperBound, mentionAt[skipDet(n)] != nil, norm(n - 1) == "," { out.insert(t) }
        }
        return out
    }

    /// A conjunction starts a clause unless it joins two names ("l’Arménie et l’Azerbaïdjan").
    func isConjBoundary(_ t: Int, _ mentionAt: ChunkIndex) -> Bool {
        guard isRole(.conj, t) else { return false }
        var p = t - 1
        while p >= 0, isRole(.det, p) { p -= 1 }
        var n = t + 1
        while n < doc.tokens.count, isRole(.det, n) || doc.tokens[n].norm == "l'" { n += 1 }
        let before = p >= 0 && mentionAt[p] != nil
        let after = n < doc.tokens.count && mentionAt[n] != nil
        return !(before && after)
    }

    static let prepRoles: [(Role, String)] = [(.by, "by"), (.between, "between"), (.of, "of"), (.target, "target"), (.locative, "locative")]
    static let prepBits = prepRoles.reduce(UInt64(0)) { $0 | $1.0.bit }

    /// Role of the function word before token t, skipping determiners ("dans la région de" → of).
    func prepRole(before t: Int, floor: Int) -> String? {
        let roles = FrameBuilder.prepRoles, prepBits = FrameBuilder.prepBits
        var p = t - 1
        while p >= floor, isRole(.det, p) && keys[p].roles & prepBits == 0 || doc.tokens[p].norm == "l'" || doc.tokens[p].norm == "(" { p -= 1 }
        guard p >= floor else { return nil }
        for (role, name) in roles where isRole(role, p) { return name }
        // multi-word prepositions ending at p ("de la part de", "according to")
        for role in ["by", "claim_prep"] {
            for ph in lex.phrases[role] ?? [] where p - ph.count + 1 >= floor {
                var ok = true
                for (k, w) in ph.enumerated() where doc.tokens[p - ph.count + 1 + k].norm != w { ok = false; break }
                if ok { return role == "claim_prep" ? "claim_prep" : role }
            }
        }
        return nil
    }

    func composeChunks(mentions: [Mention], frame f: SentenceFrame) -> [Chunk] {
        var out: [Chunk] = []
        var i = 0
        let floor = f.range.lowerBound
        while i < mentions.count {
            let m = mentions[i]
            var chunk = Chunk(tokens: m.tokens, actor: m.kind == .place ? nil : m.actor, place: m.place, agent: m.agent,
                              prep: prepRole(before: m.tokens.lowerBound, floor: floor), clause: f.clause(m.tokens.lowerBound))
            chunk.plural = doc.tokens[m.tokens.upperBound - 1].norm.hasSuffix("s")
            chunk.possessive = m.tokens.lowerBound > floor && isRole(.possessive, m.tokens.lowerBound - 1)
            // a capital named outside a locative stands for its state ("l'invasion de Moscou", "dirigé par Moscou")
            if chunk.actor == nil, let p = m.place, let g = p.geonameid, capitals.contains(g), chunk.prep != "locative",
               let country = p.country {
                chunk.actor = ActorRef(code: country, name: p.name)
            }
            i += 1
            rankTitle(&chunk, floor: max(floor, out.last?.tokens.upperBound ?? floor), previousChunkEnd: out.last?.tokens.upperBound)
            // country adjective + agent ("Tunisian court", "Russian forces", "Russia's forces"); a verb between the
            // two keeps them apart ("Russia massed troops", "Россия стягивает войска")
            if let a = chunk.actor, chunk.agent == nil, a.code.count == 3 || a.code.hasPrefix("IGO") && a.code.count <= 9, i < mentions.count, mentions[i].kind == .agent,
               mentions[i].tokens.lowerBound == m.tokens.upperBound
                || mentions[i].tokens.lowerBound == m.tokens.upperBound + 1 && isRole(.of, m.tokens.upperBound),
               let sector = mentions[i].agent {
                chunk.actor = ActorRef(code: a.code + sector, name: a.name, entity: a.entity)
                chunk.agent = sector
                chunk.tokens = m.tokens.lowerBound..<mentions[i].tokens.upperBound
                chunk.plural = doc.tokens[mentions[i].tokens.upperBound - 1].norm.hasSuffix("s")
                i += 1
            }
            // agent + adjective or "of X" ("forces russes", "forces du Kremlin", "court in Guyana", "mayor of Nablus")
            if m.kind == .agent, let sector = m.agent, i < mentions.count {
                let next = mentions[i]
                let gap = m.tokens.upperBound..<next.tokens.lowerBound
                let viaOf = gap.contains { isRole(.of, $0) }
                let viaLocative = gap.first.map { isRole(.locative, $0) && !isRole(.of, $0) } ?? false
                let linkOK = gap.count <= (viaLocative ? 2 : 5) && gap.contains { isRole(.of, $0) || isRole(.locative, $0) }
                    && gap.allSatisfy { isRole(.of, $0) || isRole(.locative, $0) || isRole(.det, $0)
                        || (viaOf && doc.tokens[$0].kind == .word && !doc.tokens[$0].isCapitalized && !isRole(.conj, $0)
                            && !isRole(.relative, $0) && !isRole(.by, $0) && !isRole(.be, $0) && !isRole(.have, $0)) }
                let linkFirst = gap.first.map { isRole(.of, $0) || isRole(.locative, $0) } ?? false
                if let country = (next.actor?.country ?? next.place?.country), gap.isEmpty || linkOK && linkFirst, next.kind != .agent {
                    chunk.actor = ActorRef(code: country + sector, name: next.actor?.name, entity: next.actor?.entity)
                    chunk.tokens = m.tokens.lowerBound..<next.tokens.upperBound
                    if chunk.place == nil, next.kind == .place { chunk.place = next.place }
                    i += 1
                }
            }
            out.append(chunk)
        }
        return out
    }

    /// "General David Petraeus", "le général Guerassimov": a military rank right before a named person makes
    /// them their country's military (role `rank`), whatever the knowledge base's role on the date. The rank must
    /// open its noun phrase: after a name of office ("Attorney General", "procureur général") it is no rank.
    func rankTitle(_ chunk: inout Chunk, floor: Int, previousChunkEnd: Int?) {
        let start = chunk.tokens.lowerBound
        guard let a = chunk.actor, a.name != nil, let country = a.country, country != "---", a.code != country + "MIL",
              a.entity?.hasPrefix("country.") != true, chunk.place == nil, start > floor, isRole(.rank, start - 1) else { return }
        var p = start - 1
        while p > floor, isRole(.rank, p - 1) { p -= 1 }
        if p > floor {
            let prev = doc.tokens[p - 1]
            let opens = prev.kind == .punctuation || isRole(.det, p - 1) || isRole(.of, p - 1) || isRole(.conj, p - 1)
                || previousChunkEnd == p  // "US General …": a country adjective before the rank
            guard opens else { return }
        }
        chunk.actor = ActorRef(code: country + "MIL", name: a.name, entity: a.entity)
        chunk.tokens = p..<chunk.tokens.upperBound
    }

    /// Chunks separated only by conjunctions, commas and determiners form one group.
    func assignGroups(_ f: inout SentenceFrame) {
        var g = 0
        for i in f.chunks.indices {
            if i > 0 {
                let gap = f.chunks[i - 1].tokens.upperBound..<f.chunks[i].tokens.lowerBound
                let joined = !gap.isEmpty && gap.contains { isRole(.conj, $0) }
                    && gap.allSatisfy { isRole(.conj, $0) || isRole(.det, $0) || doc.tokens[$0].norm == "," || doc.tokens[$0].norm == "l'" }
                let listComma = doc.tokens[gap.lowerBound].norm == "," && gap.count <= 3
                    && gap.dropFirst().allSatisfy { isRole(.det, $0) || doc.tokens[$0].norm == "l'" }
                    && f.chunks[i].clause == f.chunks[i - 1].clause
                if !(joined || listComma) { g += 1 }
                if joined || listComma {
                    // the later member keeps the first member's clause and preposition
                    f.chunks[i].prep = f.chunks[i - 1].prep
                }
            }
            f.chunks[i].group = g
        }
    }
}
