import SitrepModel

/// A reporting expression in a sentence ("a déclaré Haidai", "according to X") and who it quotes.
struct SpeechCue {
    var token: Int
    var speakers: [ActorRef]
    /// The speaker is the subject before the cue ("Israel said …"), not after it (", medics said").
    var preposed = false
}

extension CodingRun {
    /// Reporting cues with their speakers: the subject before the cue in its clause, the actor right after
    /// it (inversion: "a déclaré Haidai", "ont déclaré mercredi des responsables locaux"), or after "selon".
    func speechCues(_ f: SentenceFrame) -> [SpeechCue] {
        var out: [SpeechCue] = []
        var t = f.range.lowerBound
        while t < f.range.upperBound {
            let len = builder.phraseLength(.claim, at: t, limit: f.range.upperBound)
            let speechVerb = normForms(t).contains { $0.kind == .speech } && !isModifyingParticiple(t, f)
            guard f.chunkAt[t] == nil, len > 0 || speechVerb else { t += 1; continue }
            let isPrep = builder.phraseLength(.claimPrep, at: t, limit: f.range.upperBound) > 0
            let c = f.clause(t)
            var speaker: Int? = nil
            var preposed = false
            let after = f.chunks.indices.first { f.chunks[$0].tokens.lowerBound > t && f.chunks[$0].tokens.lowerBound - t <= 4 && f.chunks[$0].actor != nil }
            if isPrep {
                speaker = after
            } else if let i = f.chunks.indices.last(where: { f.chunks[$0].clause == c && f.chunks[$0].tokens.upperBound <= t && f.chunks[$0].actor != nil && isSubjectLike(f.chunks[$0])
                // '"… before the Ukrainians knew," Volker said': a cue outside a quotation is not said by someone inside it
                && f.quoted(f.chunks[$0].tokens.lowerBound) == f.quoted(t) }) {
                speaker = i
                preposed = true
            } else if let i = appositiveSubject(before: t, f) {
                speaker = i
                preposed = true
            } else if let i = after, f.chunks[i].clause == c || t - f.clauseStart[c] <= 3 {
                speaker = i
            } else if let i = subjectChunk(before: t, f), f.quoted(f.chunks[i].tokens.lowerBound) == f.quoted(t) {
                speaker = i
            }
            let speakers = speaker.map { actors(ofGroup: $0, f) } ?? []
            out.append(SpeechCue(token: t, speakers: speakers, preposed: preposed))
            t += max(len, 1)
        }
        return out
    }

    /// "a court ruling declaring the ban unconstitutional", "une décision déclarant …": a present participle (role
    /// gerund_suffix) after a noun, with no comma, conjunction or "be" before it, describes that noun; it reports
    /// nothing ("…, saying", "…, déclarant" and "is saying" still do).
    func isModifyingParticiple(_ t: Int, _ f: SentenceFrame) -> Bool {
        guard t > f.range.lowerBound, let suffixes = lex.suffixes["gerund_suffix"] else { return false }
        let n = doc.tokens[t].norm
        guard suffixes.contains(where: { n.hasSuffix($0) && n.count > $0.count + 2 }) else { return false }
        let p = t - 1, prev = doc.tokens[p]
        if prev.kind != .word || keys[p].roles & (Role.conj.bit | Role.be.bit | Role.relative.bit | Role.subord.bit) != 0 { return false }
        return f.chunkAt[p] != nil || !prev.isCapitalized
    }

    /// "The Syrian Observatory for Human Rights, a UK-based group that tracks the war, said …": the actor opening
    /// the sentence, when only an apposition (comma and relative clauses, no verb of its own) stands between it
    /// and the reporting verb.
    func appositiveSubject(before t: Int, _ f: SentenceFrame) -> Int? {
        var c = f.clause(t)
        guard c > 0, f.clauseKind[c] == .comma else { return nil }
        while c > 0, [.comma, .relative].contains(f.clauseKind[c]) { c -= 1 }
        guard c == 0, f.clauseKind[0] == .main, f.clauseRange(0).upperBound < t else { return nil }
        let opening = f.clauseRange(0)
        guard let i = f.chunks.indices.first(where: { f.chunks[$0].clause == 0 && f.chunks[$0].actor != nil }),
              isSubjectLike(f.chunks[i]), f.chunks[i].tokens.lowerBound - opening.lowerBound <= 1,
              firstVerbLike(inClause: 0, before: opening.upperBound, f) == nil else { return nil }
        return firstOfGroup(i, f)
    }

    /// Modality of the event at a trigger, and its speakers when claimed.
    /// Order: negated, hypothetical, predicted, claimed, asserted.
    func modality(_ hit: TriggerHit, _ ctx: SentenceContext) -> (modality: Modality, speakers: [ActorRef]) {
        let f = ctx.frame, t = hit.token
        // the nearest reporting cue speaks for the event; a quotation running on from an earlier sentence keeps its speaker
        let cues = ctx.speech.filter { $0.token != t && !($0.token >= t && $0.token <= hit.end) }
        let nearest = cues.min { abs($0.token - t) < abs($1.token - t) }
        var unique: [ActorRef] = nearest?.speakers ?? []
        var quotedOn = false
        if cues.isEmpty, f.quoted(t), let (last, si) = discourse.lastSpeakers, ctx.index - si <= 2 {
            unique = last
            quotedOn = true
        }
        let referred = hit.entry.kind == .noun && isNounModifier(t, f)
        if isNegated(hit, f) { return (.negated, unique) }
        // "reports do not indicate it was caused by enemy fire", "n'a pas indiqué que …": what a negated report
        // says is not claimed to have happened
        if let cue = nearest, cueIsNegated(cue.token, before: t, f) { return (.negated, unique) }
        if !referred {
            if cueBinds(.hypothetical, to: hit, ctx) || clauseStartsWith("if", hit, f) { return (.hypothetical, unique) }
            if cueBinds(.predict, to: hit, ctx) || isFutureForm(hit) || futureTimex(hit, ctx) { return (.predicted, unique) }
        }
        let hasSpeech = ctx.speech.contains { $0.token != t } || quotedOn
        return (hasSpeech ? .claimed : .asserted, unique)
    }

    /// A negation among the four tokens before a reporting cue, in its clause ("did not say", "n'a pas déclaré"), or
    /// among the three after a cue that comes before the trigger ("reports do not indicate").
    func cueIsNegated(_ cue: Int, before t: Int, _ f: SentenceFrame) -> Bool {
        let clause = f.clauseRange(f.clause(cue))
        let start = max(clause.lowerBound, cue - 4)
        if (start..<cue).contains(where: { builder.phraseLength(.negation, at: $0, limit: cue) > 0 }) { return true }
        guard cue < t else { return false }
        let end = min(cue + 4, t)  // the report's own clause starts right after the cue
        return cue + 1 < end && (cue + 1..<end).contains { builder.phraseLength(.negation, at: $0, limit: end) > 0 }
    }

    /// "not"/"pas"/"jamais" shortly before the trigger in its clause, or right after a French verb ("n'attaque pas").
    func isNegated(_ hit: TriggerHit, _ f: SentenceFrame) -> Bool {
        let clause = f.clauseRange(f.clause(hit.token))
        if hit.entry.kind == .noun {
            // a noun is negated by its own determiner ("no attacks", "aucune attaque", "pas de nouvelle offensive"),
            // not across a preposition ("no response to the aggression")
            var p = hit.token - 1
            while p >= max(clause.lowerBound, hit.token - 3) {
                if builder.phraseLength(.negation, at: p, limit: hit.token) > 0 { return true }
                if f.chunkAt[p] != nil || keys[p].roles & (Role.target.bit | Role.locative.bit | Role.by.bit) != 0 { return false }
                p -= 1
            }
            return false
        }
        for p in max(clause.lowerBound, hit.token - 4)..<hit.token where builder.phraseLength(.negation, at: p, limit: hit.token) > 0 {
            return true
        }
        // after the verb, through adverbs ("n'occupent militairement aucun pays")
        var a = hit.end + 1
        while a < clause.upperBound - 1, isAdverb(a) { a += 1 }
        if a < clause.upperBound, hit.entry.kind != .noun, builder.isRole(.negation, a), doc.tokens[a].norm != "no" { return true }
        return false
    }

    /// A cue of `role` binds to the trigger nearest to it within the cue's clause.
    func cueBinds(_ role: Role, to hit: TriggerHit, _ ctx: SentenceContext) -> Bool {
        let f = ctx.frame
        let c = f.clause(hit.token)
        let clause = f.clauseRange(c)
        // cues in this clause, and in a clause that opens a complement ("prévoit que …", "expected that …")
        let opens = c > 0 && (f.clauseKind[c] == .relative || f.clauseKind[c] == .subord)
        let scan = (opens ? f.clauseRange(c - 1).lowerBound : clause.lowerBound)..<clause.upperBound
        let triggers = ctx.triggers
        for p in scan {
            let len = builder.phraseLength(role, at: p, limit: f.range.upperBound)
            guard len > 0, f.chunkAt[p] == nil else { continue }
            let cueClause = f.clause(p)
            let sameClause = triggers.filter { f.clause($0) == cueClause }
            let candidates = sameClause.isEmpty ? triggers.filter { f.clause($0) == cueClause + 1 } : sameClause
            let nearest = candidates.min { abs($0 - p) < abs($1 - p) || abs($0 - p) == abs($1 - p) && $0 > $1 }
            if nearest == hit.token { return true }
        }
        return false
    }

    func clauseStartsWith(_ word: String, _ hit: TriggerHit, _ f: SentenceFrame) -> Bool {
        let start = f.clauseStart[f.clause(hit.token)]
        let n = doc.tokens[start].norm
        return (n == "if" || n == "si") && start < hit.token
    }

    /// Future-tense endings of the trigger verb (role future_suffix: French "-era", "-eront").
    func isFutureForm(_ hit: TriggerHit) -> Bool {
        guard hit.entry.kind == .verb, let suffixes = lex.suffixes["future_suffix"] else { return false }
        let n = doc.tokens[hit.token].norm
        return suffixes.contains { n.hasSuffix($0) && n.count > $0.count + 2 }
    }

    func futureTimex(_ hit: TriggerHit, _ ctx: SentenceContext) -> Bool {
        let c = ctx.frame.clause(hit.token)
        return ctx.timexes.contains { tx in tx.isFuture && tokenIndex(at: tx.span.start).map { ctx.frame.clause($0) == c } == true }
    }

    func tokenIndex(at byte: Int) -> Int? {
        var lo = 0, hi = doc.tokens.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let s = doc.tokens[mid].span
            if byte < s.start { hi = mid - 1 } else if byte >= s.end { lo = mid + 1 } else { return mid }
        }
        return lo < doc.tokens.count ? lo : nil
    }
}

extension CodingRun {
    /// PETRARCH's convention for a violent event asserted by an actor who speaks first ("X said/claimed (that)
    /// Y attacked Z", "X said eight people were killed in an air strike by Y"): the report itself is the event — X accuses Y (112), or, when X is the attacker
    /// ("X said they attacked Z"), X claims responsibility against Z (015). A speaker named after the report
    /// (", officials said") or a report verb outside role claim_nested ("reported") leaves the event as it is.
    func nestedClaim(_ list: [Event], _ hit: TriggerHit, _ ctx: SentenceContext) -> [Event] {
        let root = Int(hit.code.prefix(2)) ?? 0
        guard (18...20).contains(root), hit.entry.kind != .speech, !list.isEmpty,
              let cue = ctx.speech.last(where: { $0.token < hit.token }), cue.preposed, !cue.speakers.isEmpty,
              builder.isRole(.claimNested, cue.token),
              !ctx.frame.quoted(hit.token) else { return list }
        let speakers = cue.speakers
        return list.flatMap { e -> [Event] in
            // "les deux parties affirment que …": each side reports the other's attack, not a claim of its own
            guard let src = e.source else { return [e] }
            // "X a déclaré qu'une offensive imminente …": a noun's event that has not happened stays a prediction
            if hit.entry.kind == .noun, e.modality != .asserted, e.modality != .claimed { return [e] }
            // "officials said Russia did not attack": a denied attack is no accusation
            if e.modality == .negated { return [e] }
            let own = speakers.contains { $0.code == src.code }
            if own, speakers.contains(where: { $0.code == e.target?.code }) { return [e] }
            let pairs: [(ActorRef, ActorRef?, String)] = own ? speakers.map { ($0, e.target, "015") } : speakers.map { ($0, src, "112") }
            return pairs.map { s, t, code in
                Event(source: s, target: t, code: code, place: e.place, date: e.date, dateEnd: e.dateEnd,
                      datePrecision: e.datePrecision, modality: .asserted, speakers: speakers, fatalities: nil,
                      evidence: e.evidence, confidence: e.confidence - 0.05, coderVersion: e.coderVersion, article: e.article)
            }
        }
    }
}
