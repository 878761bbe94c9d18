import SitrepModel

/// Who did it to whom for one trigger: lists of source and target actors (coordination gives several).
struct Roles {
    var sources: [ActorRef] = []
    var targets: [ActorRef] = []
    /// A place named as the object ("le bombardement de Bakhmut"): the event's place.
    var objectPlace: Place? = nil
    var passive = false
    /// The source came from the clause subject, not from the noun phrase.
    var fromSubject = false
    /// The target is the country of a place ("will meet in Zurich", "attend a summit in Switzerland"), not a
    /// participant: no reciprocal code.
    var hostTarget = false
}

extension CodingRun {
    func makeEvents(_ hit: TriggerHit, _ ctx: SentenceContext) -> [Event] {
        let f = ctx.frame
        var roles = hit.entry.kind == .noun ? nounRoles(hit, f) : verbRoles(hit, f)
        if hit.entry.swapped { swap(&roles.sources, &roles.targets) }
        // "une nouvelle offensive" with no actor of its own: the actors of the last material-conflict event of that
        // root in this or the previous sentence (the same offensive, mentioned again)
        let previousStart = ctx.index > 0 ? doc.sentences[ctx.index - 1].span.start : ctx.sentence.span.start
        if hit.entry.kind == .noun, roles.sources.isEmpty, roles.targets.isEmpty, (Int(hit.code.prefix(2)) ?? 0) >= 15,
           let prior = events.last(where: { $0.root == String(hit.code.prefix(2)) && $0.evidence.span.start >= previousStart }) {
            // "ces frappes": a demonstrative names the same event again, not a new one
            if hit.token > f.range.lowerBound, builder.isRole(.demonstrative, hit.token - 1) { return [] }
            roles.sources = prior.source.map { [$0] } ?? []
            roles.targets = prior.target.map { [$0] } ?? []
        }
        let root = Int(hit.code.prefix(2)) ?? 0
        // "a condamné ces frappes": disapproving of an attack named again targets the attacker
        if hit.entry.kind != .noun, roles.targets.isEmpty, !roles.sources.isEmpty, [11, 12].contains(root),
           let attacker = referredAttacker(after: hit, ctx) {
            roles.targets = [attacker]
        }
        // "luttent contre la pandémie", "the struggle against terrorism": force against no actor is a campaign
        // against a problem, not an event
        if (18...20).contains(root), roles.targets.isEmpty, opposesNoActor(hit, f) { return [] }
        var modality = self.modality(hit, ctx)
        // "afin qu'ils ne puissent pas fournir des informations sur les déploiements …", "so that they cannot report
        // on troop deployments": a purpose clause states an aim; its verbs are hypothetical and its event nouns only
        // name what the aim is about
        if inPurposeClause(hit.token, f) {
            if hit.entry.kind == .noun { return [] }
            if modality.modality == .asserted || modality.modality == .claimed { modality.modality = .hypothetical }
        }
        // Verbal events inside a quotation with no source of their own: the quoted speaker said them.
        if roles.sources.isEmpty, root <= 14, f.quoted(hit.token) { roles.sources = modality.speakers }
        var pairs: [(ActorRef?, ActorRef?)] = []
        // "Russia and Ukraine agreed to talk": coordinated subjects are each other's partners only when the clause
        // names no one else ("lawmakers and a bishop who sought to talk to protesters" talk to the protesters)
        if roles.targets.isEmpty, roles.sources.count >= 2, [3, 4, 5, 6, 19].contains(root),
           !namesActor(after: hit, besides: roles.sources, f) {
            for a in roles.sources { for b in roles.sources where a.code != b.code { pairs.append((a, b)) } }
        } else if roles.targets.isEmpty {
            // intransitive events: protests, force posture, fighting (a noun only with its own source)
            let intransitive = [14, 15, 17].contains(root) || root == 19 && (hit.entry.kind == .verb || !roles.fromSubject)
            if intransitive { pairs = roles.sources.map { ($0, nil) } }
        } else if roles.sources.isEmpty {
            // a source-less event only for material conflict named by a noun ("le bombardement de Bakhmut")
            if hit.entry.kind == .noun && root >= 15 { pairs = roles.targets.map { (nil, $0) } }
        } else {
            for a in roles.sources { for b in roles.targets where a.code != b.code { pairs.append((a, b)) } }
        }
        guard !pairs.isEmpty else { return [] }
        let place = roles.objectPlace ?? eventPlace(hit, f)
        var hit = hit
        // "would not provide support": a refused cooperation is a rejection (CAMEO 12), which happened
        if modality.modality == .negated, let rejected = CodingRun.rejection[root], wouldNot(hit, ctx.frame) {
            hit.code = rejected
            modality.modality = ctx.speech.isEmpty ? .asserted : .claimed
        }
        let (date, end, precision) = eventDate(hit, ctx, modality: modality.modality)
        let s = ctx.sentence
        let evidence = Evidence(span: s.span, text: String(doc.text(s.span)),
                                trigger: Span(doc.tokens[hit.token].span.start, doc.tokens[hit.end].span.end))
        let fatal = root >= 18 ? ctx.fatalities : nil
        var confidence = 0.5 + 0.1 * Double(min(hit.entry.specificity, 2))
        if roles.passive { confidence -= 0.05 }
        var coded = pairs.map { ($0.0, $0.1, hit.code) }
        if let back = hit.entry.reverse, !roles.hostTarget {
            coded += pairs.compactMap { s, t in s != nil && t != nil ? (t, s, back) : nil }
        }
        if (18...20).contains(root) { coded = coded.compactMap(CodingRun.verbalClash) }
        return coded.map { src, tgt, code in
            Event(source: src, target: tgt, code: code, place: place, date: date, dateEnd: end,
                  datePrecision: precision, modality: modality.modality, speakers: modality.speakers, fatalities: fatal,
                  evidence: evidence, confidence: (src == nil || tgt == nil) ? confidence - 0.15 : confidence,
                  coderVersion: coderVersion, article: doc.id)
        }
    }

    /// An actor other than `sources` named later in the trigger's clause.
    func namesActor(after hit: TriggerHit, besides sources: [ActorRef], _ f: SentenceFrame) -> Bool {
        f.chunks(inClause: f.clause(hit.token)).contains { i in
            guard f.chunks[i].tokens.lowerBound > hit.end, let a = f.chunks[i].actor else { return false }
            return !sources.contains { $0.code == a.code }
        }
    }

    /// The source of a recent material-conflict event when the verb's object is a conflict noun ("ces frappes",
    /// "the shelling"): the last such event in this or the previous sentence.
    func referredAttacker(after hit: TriggerHit, _ ctx: SentenceContext) -> ActorRef? {
        let f = ctx.frame
        var p = hit.end + 1
        while p < f.range.upperBound, builder.isRole(.det, p) || doc.tokens[p].norm == "l'" { p += 1 }
        guard p < f.range.upperBound, p - hit.end <= 3, f.chunkAt[p] == nil else { return nil }
        guard hasEntry(p, { $0.kind == .noun && (Int($0.code.prefix(2)) ?? 0) >= 15 }) else { return nil }
        let previousStart = ctx.index > 0 ? doc.sentences[ctx.index - 1].span.start : ctx.sentence.span.start
        let prior = events.last { (Int($0.root) ?? 0) >= 15 && $0.source != nil && $0.evidence.span.start >= previousStart }
        return prior?.source
    }

    /// A purpose opener (role `purpose_clause`: "afin que", "pour que", "so that", "in order to") between the start
    /// of the trigger's clause and the trigger, or ending on that start ("afin | qu'ils", "so | that they").
    func inPurposeClause(_ t: Int, _ f: SentenceFrame) -> Bool {
        let start = f.clauseRange(f.clause(t)).lowerBound
        return (max(f.range.lowerBound, start - 1)..<t).contains { builder.phraseLength(.purposeClause, at: $0, limit: t) > 1 }
    }

    /// Force between people who have no force of their own is a figure of speech: candidates, parties, lawmakers
    /// or the press "attack", "battle" and "hit" each other in words ("moderates … to attack", "they battle to win
    /// the election"), and two named people "clash" in a meeting. Such a pair is a criticism (111) when it has a
    /// target, and no event without one.
    static func verbalClash(_ e: (ActorRef?, ActorRef?, String)) -> (ActorRef?, ActorRef?, String)? {
        func political(_ a: ActorRef) -> Bool { ["ELI", "PTY", "LEG", "MED"].contains { a.code.hasSuffix($0) } }
        func person(_ a: ActorRef) -> Bool { a.entity?.hasPrefix("person.") == true }
        guard let s = e.0 else { return e }
        if political(s) {
            guard let t = e.1 else { return nil }
            return political(t) || person(t) ? (s, t, "111") : e
        }
        if let t = e.1, person(s), person(t) { return (s, t, "111") }
        return e
    }

    /// "against"/"contre" (role `against`) right after the trigger or ending its pattern ("lutter * contre"), with
    /// no actor after it in the clause (the caller has found no target).
    func opposesNoActor(_ hit: TriggerHit, _ f: SentenceFrame) -> Bool {
        if hit.contextEnd > hit.end, builder.isRole(.against, hit.contextEnd) { return true }
        let p = hit.end + 1
        return p < f.range.upperBound && f.chunkAt[p] == nil && builder.isRole(.against, p)
    }

    /// Rejection codes for refused cooperation: material cooperation and aid → 121, yielding → 124, meeting → 125.
    static let rejection: [Int: String] = [3: "120", 4: "125", 5: "120", 6: "121", 7: "121", 8: "124"]

    /// A modal ("would", "will", "pourrait", "va") next to the negation: a refusal rather than a denial of fact.
    func wouldNot(_ hit: TriggerHit, _ f: SentenceFrame) -> Bool {
        let lower = max(f.clauseRange(f.clause(hit.token)).lowerBound, hit.token - 4)
        return (lower..<hit.token).contains { builder.isRole(.predict, $0) || builder.isRole(.hypothetical, $0) || ["refused", "refuse", "refuses", "refuse", "refusé"].contains(doc.tokens[$0].norm) }
    }

    // MARK: verbs

    func verbRoles(_ hit: TriggerHit, _ f: SentenceFrame) -> Roles {
        var r = Roles()
        let t = hit.token, c = f.clause(t)
        let clause = f.clauseRange(c)
        let subject = subjectChunk(before: t, f)
        var byChunk: Int? = nil
        if isPassive(at: t, clause: clause) {
            byChunk = f.chunks.indices.first { f.chunks[$0].clause == c && f.chunks[$0].tokens.lowerBound > hit.end && f.chunks[$0].prep == "by" }
            r.passive = true
        }
        if r.passive {
            let root = Int(hit.code.prefix(2)) ?? 0
            let after = f.chunks.indices.filter { f.chunks[$0].clause == c && f.chunks[$0].tokens.lowerBound > hit.end }
            if let b = byChunk { r.sources = actors(ofGroup: b, f) }
            // "rockets were fired from Gaza": where an attack came from names its source
            else if (18...20).contains(root), let i = after.first(where: { cameFrom($0, f) }) { r.sources = actors(ofGroup: i, f) }
            if let s = subject { r.targets = actors(ofGroup: s, f) }
            // "were fired at Israel": the prepositional target when the subject names no actor
            if r.targets.isEmpty, root >= 15, let i = after.first(where: { f.chunks[$0].prep == "target" && !cameFrom($0, f) }) {
                r.targets = actors(ofGroup: i, f)
            }
            // "Evidence against Russia was presented by the US": the passive subject's complement is the target
            if r.targets.isEmpty, byChunk != nil, let i = f.chunks.indices.last(where: { f.chunks[$0].clause == c
                && f.chunks[$0].tokens.upperBound <= t && f.chunks[$0].actor != nil && f.chunks[$0].prep == "target" }) {
                r.targets = actors(ofGroup: i, f)
            }
            if byChunk == nil, subject != nil { r.passive = true } else if byChunk == nil { r.passive = false }
            return r
        }
        if let s = subject { r.sources = actors(ofGroup: s, f) }
        let subjectGroup = subject.map { f.chunks[$0].group }
        let root = Int(hit.code.prefix(2)) ?? 0
        let stop = infinitiveVerb(after: max(hit.end, hit.contextEnd), f)
        var object = objectChunk(after: hit.end, clause: c, excludingGroup: subjectGroup, f, allowPlace: allowsPlaceTarget(hit),
                                 firstInOrder: ["042", "043"].contains(hit.code), before: stop)
        // troops moved or massed are the source's own means, not a target ("déploie de nouveaux effectifs militaires")
        if let o = object, root == 15, f.chunks[o].agent != nil,
           f.chunks[o].actor?.code.hasPrefix("---") == true || r.sources.contains(where: { $0.country == f.chunks[o].actor?.country }) {
            object = objectChunk(after: f.chunks[o].tokens.upperBound - 1, clause: c, excludingGroup: subjectGroup, f, allowPlace: true)
        }
        if object == nil, f.clauseKind[c] == .relative, isObjectRelative(c, f), let a = relativeAntecedent(c, f) { object = a }
        // "alleged that France was aware …", "a exigé que la Russie …": a demand, disapproval, rejection or threat
        // targets the subject of its complement clause; with no subject of its own the nearest actor before the verb
        // speaks ("a report released in the Rwandan capital alleged")
        if object == nil, (10...13).contains(root), let i = complementSubject(after: hit.end, f) {
            object = i
            if r.sources.isEmpty, let s = f.chunks.indices.last(where: { f.chunks[$0].clause == c && f.chunks[$0].tokens.upperBound <= t
                && f.chunks[$0].actorOrCountry != nil && f.chunks[$0].prep == "locative" }) { r.sources = actors(ofGroup: s, f) }
        }
        if let o = object {
            r.targets = actors(ofGroup: o, f)
            if f.chunks[o].placeOnly, root >= 15 { r.objectPlace = f.chunks[o].place }
            r.hostTarget = f.chunks[o].placeOnly || f.chunks[o].place != nil && f.chunks[o].prep == "locative"
        } else if allowsPlaceTarget(hit), let place = eventPlace(hit, f), let country = place.country,
                  !r.sources.contains(where: { $0.country == country }) {
            r.targets = [ActorRef(code: country)]  // "will meet in Zurich": the host country
            r.hostTarget = true
        }
        return r
    }

    /// "will send a team … to help identify victims": the first infinitive marker followed by a verb form after the
    /// trigger's pattern, in its clause; what follows it is that verb's object, not the trigger's.
    func infinitiveVerb(after p: Int, _ f: SentenceFrame) -> Int? {
        let clause = f.clauseRange(f.clause(p))
        var q = p + 1
        while q + 1 < clause.upperBound {
            if f.chunkAt[q] == nil, f.chunkAt[q + 1] == nil, builder.isRole(.infinitive, q), doc.tokens[q + 1].kind == .word {
                if hasVerbEntry(q + 1) { return q }
            }
            q += 1
        }
        return nil
    }

    /// The first actor of a complement clause opened right after the verb ("that France …", "que la Russie …").
    func complementSubject(after end: Int, _ f: SentenceFrame) -> Int? {
        let p = end + 1
        guard p < f.range.upperBound, builder.isRole(.complementizer, p) else { return nil }
        var q = p + 1
        while q < f.range.upperBound, builder.isRole(.det, q) || doc.tokens[q].norm == "l'" { q += 1 }
        guard let i = f.chunkAt[q], f.chunks[i].actor != nil || f.chunks[i].place != nil else { return nil }
        return i
    }

    /// "…provinces que la Russie a annexées": the relative pronoun is the verb's object.
    func isObjectRelative(_ c: Int, _ f: SentenceFrame) -> Bool {
        let n = doc.tokens[f.clauseStart[c]].norm
        return ["que", "qu'", "which", "that", "whom"].contains(n)
            && f.chunks.contains { $0.clause == c && $0.actor != nil && $0.tokens.lowerBound > f.clauseStart[c] }
    }

    /// The nearest actor or place before a relative clause (its antecedent, a few words back at most).
    /// Far from the pronoun it is a complement clause ("alleged that X …, and that Y helped"), not a relative.
    func relativeAntecedent(_ c: Int, _ f: SentenceFrame) -> Int? {
        let start = f.clauseStart[c]
        guard let i = f.chunks.indices.last(where: { f.chunks[$0].tokens.upperBound <= start && (f.chunks[$0].actor != nil || f.chunks[$0].place != nil) }),
              start - f.chunks[i].tokens.upperBound <= 3 else { return nil }
        return i
    }

    /// Place-only objects give a target country for visits and for material conflict ("shelled Bakhmut").
    func allowsPlaceTarget(_ hit: TriggerHit) -> Bool {
        let root = Int(hit.code.prefix(2)) ?? 0
        // sympathy over what happened in a place is for its people ("sorrow for the shootings in South Carolina", 018)
        return root >= 14 || root == 4 || hit.code == "018"
    }

    /// A form of "be" shortly before a participle-like trigger, not a French reflexive ("s'est rendu").
    func isPassive(at t: Int, clause: Range<Int>) -> Bool {
        var p = t - 1, sawBe = false
        while p >= max(clause.lowerBound, t - 3) {
            let n = doc.tokens[p].norm
            if n == "s'" || n == "se" { return false }
            if builder.isRole(.be, p) {
                if p > clause.lowerBound, ["s'", "se"].contains(doc.tokens[p - 1].norm) { return false }
                sawBe = true
                break
            }
            if builder.isRole(.conj, p) { break }
            // only adverbs and negation may stand between the auxiliary and the participle
            let adverb = isAdverb(p) || builder.isRole(.negation, p) || n == "being"
            if !adverb { return false }
            p -= 1
        }
        if sawBe { return isParticiple(t) }
        // "was evicted in April and sentenced", "a été arrêté en avril et condamné": a participle right after a
        // conjunction shares the auxiliary of an earlier passive
        let start = doc.sentences[currentSentence].tokens.lowerBound
        var q = t - 1
        while q > start, isAdverb(q) { q -= 1 }
        return q > start && builder.isRole(.conj, q) && coordinatedWithPassive(conj: q) && isParticiple(t)
    }

    /// An adverb by its ending (role `adverb_suffix`: "-ly", "-ment"; a language without the role has none).
    func isAdverb(_ t: Int) -> Bool {
        let n = doc.tokens[t].norm
        return lex.adverbSuffixes.contains { n.hasSuffix($0) }
    }

    /// A passive participle (a form of "be" and a participle) among the eight tokens before the conjunction at c.
    func coordinatedWithPassive(conj c: Int) -> Bool {
        let start = doc.sentences[currentSentence].tokens.lowerBound
        var q = c - 1
        while q > max(start, c - 8) {
            if isParticiple(q), (max(start, q - 3)..<q).contains(where: { builder.isRole(.be, $0) }),
               !(max(start, q - 3)..<q).contains(where: { ["s'", "se"].contains(doc.tokens[$0].norm) }) { return true }
            q -= 1
        }
        return false
    }

    /// A participle form: the language's participle endings (role participle_suffix; a file without them
    /// accepts any form) or an irregular form the lexicon lists.
    func isParticiple(_ t: Int) -> Bool {
        let n = doc.tokens[t].norm
        guard let participle = lex.suffixes["participle_suffix"] else { return true }
        if participle.contains(where: { n.hasSuffix($0) }) { return !n.hasSuffix("ent") }
        // an irregular form the lexicon lists for the lemma ("is being held", "had been sought", "a été pris"),
        // not a progressive "-ing" ("is holding") nor a present "-s"
        return !n.hasSuffix("ing") && !n.hasSuffix("s") && lex.irregularForms.contains(n)
    }

    /// The subject: the nearest non-oblique actor before t in its clause; else through the clause opener
    /// (a relative's antecedent, a coordinated verb's subject), else the nearest one earlier in the sentence.
    func subjectChunk(before t: Int, _ f: SentenceFrame) -> Int? {
        var c = f.clause(t)
        var limit = t
        while c >= 0 {
            let inClause = f.chunks.indices.filter { f.chunks[$0].clause == c && f.chunks[$0].tokens.upperBound <= limit && f.chunks[$0].actor != nil }
            if let i = inClause.last(where: { isSubjectLike(f.chunks[$0]) }) { return firstOfGroup(i, f) }
            switch f.clauseKind[c] {
            case .relative:
                // "…forces, qui attaquent" → the noun before the relative pronoun
                let start = f.clauseStart[c]
                if let i = f.chunks.indices.last(where: { f.chunks[$0].tokens.upperBound <= start && f.chunks[$0].actor != nil }),
                   start - f.chunks[i].tokens.upperBound <= 1 { return firstOfGroup(i, f) }
                return nil
            case .main, .report:
                return ofChunk(in: c, before: limit, f)
            default: break
            }
            let coordinated = f.clauseKind[c] == .conj && c > 0
            limit = f.clauseStart[c]
            c -= 1
            // "has condemned Russia and accused Belarus": a coordinated verb shares the subject of the verb
            // before it, not its object; look before that verb's auxiliary or trigger
            if coordinated, let verb = firstVerbLike(inClause: c, before: limit, f) { limit = verb }
        }
        return nil
    }

    /// The first auxiliary or trigger verb form outside actor chunks in clause c, before `limit`.
    func firstVerbLike(inClause c: Int, before limit: Int, _ f: SentenceFrame) -> Int? {
        let r = f.clauseRange(c)
        return (r.lowerBound..<min(limit, r.upperBound)).first { p in
            guard f.chunkAt[p] == nil, doc.tokens[p].kind == .word else { return false }
            if builder.isRole(.have, p) || builder.isRole(.be, p) { return true }
            return hasVerbEntry(p) && !looksNominal(p, f)
        }
    }

    /// A chunk introduced by "from"/"depuis" (through determiners).
    func cameFrom(_ i: Int, _ f: SentenceFrame) -> Bool {
        var p = f.chunks[i].tokens.lowerBound - 1
        while p >= f.range.lowerBound, builder.isRole(.det, p) || doc.tokens[p].norm == "l'" { p -= 1 }
        return p >= f.range.lowerBound && ["from", "depuis"].contains(doc.tokens[p].norm)
    }

    /// "Opponents of Rwanda's Senate protested": with no other candidate, the "of" noun's actor is the subject.
    func ofChunk(in c: Int, before limit: Int, _ f: SentenceFrame) -> Int? {
        let list = f.chunks.indices.filter { f.chunks[$0].clause == c && f.chunks[$0].tokens.upperBound <= limit && f.chunks[$0].actor != nil && f.chunks[$0].prep == "of" }
        guard let i = list.first, f.chunks[i].tokens.lowerBound - f.clauseStart[c] <= 3 else { return nil }
        return i
    }

    func isSubjectLike(_ c: Chunk) -> Bool { c.prep == nil || c.prep == "between" }

    func firstOfGroup(_ i: Int, _ f: SentenceFrame) -> Int { f.group(of: i).first ?? i }

    /// The object: the first actor after the trigger in its clause (direct or after "against/with/to");
    /// a place alone counts when `allowPlace` (its country becomes the target).
    /// `before`: objects stop there (an infinitive verb that takes objects of its own).
    func objectChunk(after end: Int, clause c: Int, excludingGroup g: Int?, _ f: SentenceFrame, allowPlace: Bool,
                     firstInOrder: Bool = false, before stop: Int? = nil) -> Int? {
        let after = f.chunks.indices.filter { f.chunks[$0].clause == c && f.chunks[$0].tokens.lowerBound > end && f.chunks[$0].group != g
            && f.chunks[$0].tokens.lowerBound < (stop ?? Int.max)
            && f.chunks[$0].prep != "by" && f.chunks[$0].prep != "claim_prep" && !f.chunks[$0].possessive }
        if firstInOrder, let i = after.first(where: { f.chunks[$0].actor != nil || allowPlace && f.chunks[$0].placeOnly }) { return i }
        if let i = after.first(where: { f.chunks[$0].actor != nil && f.chunks[$0].prep != "locative" }) { return i }
        if let i = after.first(where: { f.chunks[$0].actor != nil }) { return i }
        if allowPlace, let i = after.first(where: { f.chunks[$0].placeOnly }) { return i }
        return nil
    }

    /// The actors of a coordination; a bare country before a country+sector member takes that sector
    /// ("US and British activists" → USAOPP, GBROPP).
    func actors(ofGroup i: Int, _ f: SentenceFrame) -> [ActorRef] {
        var out: [ActorRef] = []
        let members = f.group(of: i)
        let sector = members.last.flatMap { f.chunks[$0].agent != nil ? f.chunks[$0].actor?.code : nil }.map { String($0.dropFirst(3)) }
        for j in members {
            guard var a = f.chunks[j].actorOrCountry else { continue }
            if let s = sector, !s.isEmpty, a.code.count == 3, j != members.last, f.chunks[j].tokens.count == 1,
               members.count > 1, f.chunks[members.last!].tokens.lowerBound - f.chunks[j].tokens.upperBound <= 2 {
                a = ActorRef(code: a.code + s, name: a.name, entity: a.entity)
            }
            if !out.contains(a) { out.append(a) }
        }
        return out
    }

    // MARK: nouns

    /// Event nouns: adjective/possessive/"by" source, "of"/"against" target, "between X and Y" pairs;
    /// "de X" is the source when X names a government ("l'invasion de Moscou") or a target follows.
    func nounRoles(_ hit: TriggerHit, _ f: SentenceFrame) -> Roles {
        var r = Roles()
        let t = hit.token, c = f.clause(t)
        let inClause = f.chunks.indices.filter { f.chunks[$0].clause == c }
        // adjective or possessive just before ("Israeli tank shelling", "Russia's offensive"), also inside a
        // prepositional phrase ("killed in Israeli tank shelling")
        if let i = inClause.last(where: { f.chunks[$0].tokens.upperBound <= t && t - f.chunks[$0].tokens.upperBound <= 2
            && f.chunks[$0].actor != nil && f.chunks[$0].prep != "claim_prep" && gapIsNominal(f.chunks[$0].tokens.upperBound, t) }) {
            r.sources = actors(ofGroup: i, f)
        }
        // possessive: "son invasion de l'Ukraine", "its offensive" → the possessor
        if r.sources.isEmpty, t > f.range.lowerBound, builder.isRole(.possessive, t - 1) || t - 2 >= f.range.lowerBound
            && builder.isRole(.possessive, t - 2) && !builder.isRole(.det, t - 1) {
            let p = builder.isRole(.possessive, t - 1) ? t - 1 : t - 2
            let plural = ["their", "leur", "leurs"].contains(doc.tokens[p].norm)
            if let a = antecedent(before: p, plural: plural, f, sameClause: true, sentence: currentSentence) { r.sources = [a] }
        }
        let after = inClause.filter { f.chunks[$0].tokens.lowerBound > hit.end && f.chunks[$0].tokens.lowerBound - hit.contextEnd <= 6 }
        // adjective right after ("l'offensive russe")
        if r.sources.isEmpty, let i = after.first, f.chunks[i].tokens.lowerBound == hit.end + 1, f.chunks[i].prep == nil, f.chunks[i].actor != nil {
            r.sources = actors(ofGroup: i, f)
        }
        if let i = after.first(where: { f.chunks[$0].prep == "by" }) { r.sources = actors(ofGroup: i, f) }
        let against = after.first { f.chunks[$0].prep == "target" }
        if let i = against {
            if f.chunks[i].placeOnly { r.objectPlace = f.chunks[i].place }
            r.targets = actors(ofGroup: i, f)
        }
        if let i = after.first(where: { f.chunks[$0].prep == "of" }), i == after.first {
            let ch = f.chunks[i]
            let governmentLike = (ch.actor?.code.count ?? 0) > 3 || ch.actor != nil && ch.place?.precision == .city
            if ch.placeOnly {
                r.objectPlace = ch.place
                if r.targets.isEmpty { r.targets = actors(ofGroup: i, f) }
            } else if r.sources.isEmpty && (governmentLike || against != nil) {
                r.sources = actors(ofGroup: i, f)
            } else if r.targets.isEmpty {
                r.targets = actors(ofGroup: i, f)
            }
        }
        if r.sources.isEmpty && r.targets.isEmpty, let i = f.chunks.indices.first(where: { f.chunks[$0].prep == "between" }) {
            r.sources = actors(ofGroup: i, f)  // "entre l'Arménie et l'Azerbaïdjan": each against the other
            return r
        }
        if r.sources.isEmpty, !isNounModifier(t, f), !verbBefore(t, f), let s = subjectChunk(before: t, f) {
            let subject = actors(ofGroup: s, f)
            // security forces do not protest: a protest noun in their own clause ("police … to disperse protests",
            // "les forces … pour disperser les manifestations") is the object of what they do, and the sentence does
            // not say who protested
            let forcesProtesting = hit.code.hasPrefix("14") && f.chunks[s].clause == c
                && subject.allSatisfy { $0.code.hasSuffix("MIL") || $0.code.hasSuffix("COP") }
            if !subject.contains(where: { r.targets.contains($0) }), !forcesProtesting { r.sources = subject; r.fromSubject = true }
        }
        return r
    }

    /// Whether a verb trigger stands earlier in the noun's clause ("claimed responsibility for an attack").
    func verbBefore(_ t: Int, _ f: SentenceFrame) -> Bool {
        let c = f.clause(t)
        return (f.clauseStart[c]..<t).contains { p in
            f.chunkAt[p] == nil && normForms(p).contains { $0.kind == .verb && !lex.entries[Int($0.entry)].code.hasPrefix("01") }
        }
    }

    /// Tokens between an adjective actor and the noun are lowercase words ("tank"), not verbs or function words.
    func gapIsNominal(_ from: Int, _ to: Int) -> Bool {
        (from..<to).allSatisfy { p in
            let n = doc.tokens[p].norm
            let functionWord = Role.be.bit | Role.det.bit | Role.have.bit | Role.of.bit | Role.conj.bit | Role.relative.bit | Role.target.bit
            return n == "'s" || doc.tokens[p].kind == .word && keys[p].roles & functionWord == 0 && !n.hasSuffix("'") && keys[p].normForms < 0
        }
    }

    /// A noun after "of"/"de" modifies another noun ("l'anniversaire de l'invasion"): it is referred to, not narrated.
    func isNounModifier(_ t: Int, _ f: SentenceFrame) -> Bool {
        var p = t - 1
        while p >= f.range.lowerBound, builder.isRole(.det, p) && !builder.isRole(.of, p) || doc.tokens[p].norm == "l'" { p -= 1 }
        return p >= f.range.lowerBound && builder.isRole(.of, p)
    }
}
