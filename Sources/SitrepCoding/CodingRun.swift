import SitrepModel

/// A trigger found in a sentence: the matched lexicon entry and the tokens it covers.
struct TriggerHit {
    var entry: TriggerEntry
    var token: Int
    /// Last token of the trigger word(s).
    var end: Int
    /// Tokens consumed by the context words.
    var contextEnd: Int
    /// How far the context words reach from the trigger, in tokens (nearer patterns win ties).
    var reach = 0
    /// The code after combining with a governing verb ("wants to attack" → 138).
    var code: String
}

/// Actors seen so far in the document, for pronouns and agent words without a country.
struct Discourse {
    struct Seen { var actor: ActorRef; var plural: Bool; var named: Bool; var paragraph: Int; var sentence: Int }
    var seen: [Seen] = []
    var lastGroup: [ActorRef] = []
    /// Speakers of the last reporting cue and its sentence (quotations that run on over sentences).
    var lastSpeakers: ([ActorRef], Int)? = nil
    /// Paragraph in which a quotation is still open at the end of the last sentence.
    var quoteOpen: Int? = nil
    /// Most recent resolved time expression and the sentence it came from (narrative time).
    var lastTimex: (TimeExpression, Int)? = nil
}

/// The coding of one document: walks its sentences with a discourse state and collects events.
struct CodingRun {
    let doc: Document
    let lex: LanguageLexicon
    let coderVersion: String
    var events: [Event] = []
    var discourse = Discourse()
    /// Index of the sentence being coded.
    var currentSentence = 0
    let builder: FrameBuilder
    /// Pattern-word ids of every token (norm, lemma, singular forms), computed once per document.
    let keys: [TokenKey]

    init(doc: Document, lex: LanguageLexicon, coderVersion: String, capitals: Set<Int> = []) {
        self.doc = doc
        self.lex = lex
        self.coderVersion = coderVersion
        var keys: [TokenKey] = []
        keys.reserveCapacity(doc.tokens.count)
        for t in doc.tokens { keys.append(TokenKey(t, lex)) }
        self.keys = keys
        self.builder = FrameBuilder(doc: doc, lex: lex, keys: keys, capitals: capitals)
    }

    mutating func codeAll() {
        let mentions = doc.mentions.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound || $0.tokens.lowerBound == $1.tokens.lowerBound && $0.tokens.count > $1.tokens.count }
        var mi = 0
        for (si, s) in doc.sentences.enumerated() {
            while mi < mentions.count, mentions[mi].tokens.lowerBound < s.tokens.lowerBound { mi += 1 }
            var inside: [Mention] = []
            var j = mi, lastEnd = s.tokens.lowerBound
            while j < mentions.count, mentions[j].tokens.lowerBound < s.tokens.upperBound {
                let m = mentions[j]
                if m.tokens.lowerBound >= lastEnd, m.tokens.upperBound <= s.tokens.upperBound {
                    // a lone sector word that the lexicon knows as a cue ("pourrait", "selon") is not an actor
                    let cue = m.kind == .agent && m.tokens.count == 1 && keys[m.tokens.lowerBound].roles & CodingRun.cueBits != 0
                    if !cue, !isCompoundModifier(m) { inside.append(m) }
                    lastEnd = m.tokens.upperBound
                }
                j += 1
            }
            codeSentence(s, index: si, mentions: inside)
        }
        events = dedupe(refinePlaces(events))
    }

    static let cueBits = Role.hypothetical.bit | Role.predict.bit | Role.claim.bit | Role.negation.bit | Role.be.bit | Role.have.bit

    /// A sector word inside a hyphenated modifier ("a government-held part", "rebel-held") or any actor after
    /// "non-" ("non-Muslims") names no actor.
    func isCompoundModifier(_ m: Mention) -> Bool {
        guard m.tokens.count == 1, m.tokens.lowerBound < doc.tokens.count else { return false }
        let n = doc.tokens[m.tokens.lowerBound].norm
        guard let dash = n.lastIndex(of: "-") else { return false }
        if n.hasPrefix("non-") { return true }
        let tail = n[n.index(after: dash)...]
        let participle = ["ed", "é", "ée", "és", "ées"].contains { tail.hasSuffix($0) } && tail.count > 3
        return m.kind == .agent && (participle || ["held", "led", "run", "built", "made"].contains(String(tail)))
    }

    mutating func codeSentence(_ s: Sentence, index si: Int, mentions: [Mention]) {
        guard !s.tokens.isEmpty else { return }
        currentSentence = si
        let open = discourse.quoteOpen.map { $0 == s.paragraph } ?? false
        var frame = builder.build(sentence: s, mentions: mentions, quoteOpen: open)
        discourse.quoteOpen = frame.inQuote.last == true ? s.paragraph : nil
        resolveReferences(&frame, sentence: s, index: si)
        let hits = chain(findTriggers(frame), frame)
        let timexes = doc.timexes.filter { s.span.contains($0.span) }
        let ctx = SentenceContext(sentence: s, index: si, frame: frame, timexes: timexes,
                                  triggers: hits.filter { $0.entry.kind != .speech }.map(\.token),
                                  speech: speechCues(frame), fatalities: Fatality.find(in: frame, doc: doc, lex: lex, builder: builder))
        for hit in hits where hit.entry.kind != .speech {
            for e in nestedClaim(makeEvents(hit, ctx), hit, ctx) { events.append(e) }
        }
        if let cue = ctx.speech.last(where: { !$0.speakers.isEmpty }) { discourse.lastSpeakers = (cue.speakers, si) }
        remember(frame, sentence: s, index: si, timexes: timexes)
    }

    /// Records the sentence's actors, groups and last time expression for later sentences.
    mutating func remember(_ frame: SentenceFrame, sentence s: Sentence, index si: Int, timexes: [TimeExpression]) {
        var groupsSeen: [Int] = []  // a few per sentence
        for (i, c) in frame.chunks.enumerated() {
            guard let a = c.actor else { continue }
            discourse.seen.append(.init(actor: a, plural: c.plural || c.agent != nil && c.plural, named: a.name != nil,
                                        paragraph: s.paragraph, sentence: si))
            if !groupsSeen.contains(c.group) {
                groupsSeen.append(c.group)
                let members = frame.group(of: i).compactMap { frame.chunks[$0].actor }
                if members.count >= 2 { discourse.lastGroup = members }
            }
        }
        if discourse.seen.count > 64 { discourse.seen.removeFirst(discourse.seen.count - 64) }
        if let t = timexes.last(where: { !$0.isFuture }) { discourse.lastTimex = (t, si) }
    }

    // MARK: triggers

    func findTriggers(_ f: SentenceFrame) -> [TriggerHit] {
        var hits: [TriggerHit] = []
        var consumedUntil = -1
        // the pattern words present in the sentence, as a bit set over word ids: entries whose context
        // words are absent are skipped without scanning
        var present = [UInt64](repeating: 0, count: lex.wordIDs.count / 64 + 1)
        // and the word sets with a word in the sentence (as `itemMatches` reads a set: norm, lemma, first singular)
        var presentSets: UInt64 = 0
        for t in f.range {
            let k = keys[t]
            func mark(_ w: Int32) { if w >= 0 { present[Int(w) >> 6] |= 1 << UInt64(Int(w) & 63) } }
            mark(k.norm); mark(k.lemma); mark(k.singular); mark(k.singular2)
            presentSets |= k.sets
        }
        for t in f.range {
            if f.chunkAt[t] != nil || t <= consumedUntil { continue }
            let tok = doc.tokens[t]
            guard tok.kind == .word else { continue }
            // the entries of the norm, then those of the lemma (when it differs)
            let first = normForms(t), second = lemmaForms(t)
            guard !first.isEmpty || !second.isEmpty else { continue }
            var best: TriggerHit? = nil
            // a word that is both a verb and an event noun ("shelling", "attaque") reads as a noun after a determiner
            let nounReading = looksNominal(t, f) || !englishVerbReading(t, f)
            let kinds = formKinds(keys[t].normForms) | formKinds(keys[t].lemmaForms)
            let hasNoun = kinds & 1 != 0, hasOther = kinds & 2 != 0
            let preferred: TriggerKind? = hasNoun && hasOther ? (nounReading ? .noun : .verb) : nil
            // a form of "be" among the three tokens before (role bits) before the full passive test
            let passive = (max(f.range.lowerBound, t - 3)..<t).contains { builder.isRole(.be, $0) }
                && isPassive(at: t, clause: f.clauseRange(f.clause(t)))
            scan: for pass in 0..<2 {
                for c in pass == 0 ? first : second {
                    if let k = preferred, c.kind != k, !(k == .verb && c.kind == .speech) { continue }
                    if let b = best, b.entry.specificity > Int(c.specificity) { break scan }
                    // the second trigger word on the next token (the first test `match` makes), then the context words
                    if c.tail != FormEntry.noTail, !(t + 1 < f.range.upperBound && keys[t + 1].matches(c.tail)) { continue }
                    guard c.sets & ~presentSets == 0, plausible(c.required, present) else { continue }
                    let e = lex.entries[Int(c.entry)]
                    guard let hit = match(e, at: t, f, passive: passive) else { continue }
                    if let b = best, !CodingRun.better(hit, than: b) { continue }
                    best = hit
                }
            }
            guard let b = best else { continue }
            // "the 10-month-old conflict": an English verb form after an article and lowercase modifiers is a noun
            if lex.language == "en", b.entry.kind == .verb, !hasNoun,
               isModifiedNoun(t, f) || b.entry.specificity == 0 && followsIndefiniteName(t, f) { continue }
            // a bare verb entry in a noun position ("military support", "l'aide") is a noun use, not an event;
            // an English past form is never a noun ("Russian forces shelled …": the agent is the subject), and
            // neither is an inflected form after a sector word ("les forces russes bombardent", "los
            // pescadores exigen"): only the uninflected form (its own lemma) doubles as a noun. English keeps
            // the rule for every form: after a sector word an irregular participle is a reduced relative
            // ("two men sought in …")
            if b.entry.kind == .verb, b.entry.specificity == 0, !hasNoun, t > f.range.lowerBound,
               !(lex.language == "en" && doc.tokens[t].norm.hasSuffix("ed")) {
                let prev = doc.tokens[t - 1]
                let uninflected = tok.lemma == tok.norm || lex.language == "en"
                let agentAdjective = f.chunkAt[t - 1].map { f.chunks[$0].agent != nil && !prev.isCapitalized && uninflected } ?? false
                if builder.isRole(.det, t - 1) && !builder.isRole(.of, t - 1) || agentAdjective { continue }
            }
            // "at the start of a trip": a verb pattern read on a noun after an article is no event either
            // (English only: French articles double as object clitics, "la frapper")
            if lex.language == "en", b.entry.kind == .verb, b.entry.specificity > 0, !hasNoun, t > f.range.lowerBound, f.chunkAt[t - 1] == nil {
                let prev = keys[t - 1].roles
                if prev & Role.det.bit != 0,
                   prev & (Role.of.bit | Role.relative.bit | Role.possessive.bit | Role.pronounSg.bit | Role.pronounPl.bit) == 0 { continue }
            }
            if b.entry.kind == .verb, isBareFrenchParticiple(t, f) || !englishVerbReading(t, f) { continue }
            if b.entry.kind == .verb, isParticipialElaboration(t, f), !hits.isEmpty { continue }
            if b.entry.kind == .verb, isPurposeInfinitive(t, f) || isPurposeOrReluctance(t, f) { continue }
            // a verb whose context swallowed an event noun ("launched an air strike") codes once
            if let last = hits.last, last.contextEnd >= t, last.entry.kind != .speech { continue }
            hits.append(b)
            consumedUntil = b.end
        }
        return hits
    }

    /// Specificity first; then the pattern whose context words stand nearer the trigger ("expressed appreciation
    /// for China's assistance" is appreciation, 013); then the later line (user files override built-ins).
    static func better(_ a: TriggerHit, than b: TriggerHit) -> Bool {
        if a.entry.specificity != b.entry.specificity { return a.entry.specificity > b.entry.specificity }
        if a.reach != b.reach { return a.reach < b.reach }
        return a.entry.order > b.entry.order
    }

    /// "the 10-month-old conflict": an article, then up to four lowercase modifier tokens (words that are no
    /// trigger, numbers, hyphens), then the word at t (an English past form excepted: "the army then attacked").
    func isModifiedNoun(_ t: Int, _ f: SentenceFrame) -> Bool {
        guard !doc.tokens[t].norm.hasSuffix("ed") else { return false }
        var p = t - 1
        while p >= max(f.range.lowerBound, t - 4), f.chunkAt[p] == nil {
            let tok = doc.tokens[p]
            if builder.isRole(.det, p) { return p < t - 1 && !builder.isRole(.possessive, p) }
            let modifier = tok.kind == .number || tok.norm == "-"
                || tok.kind == .word && !tok.isCapitalized && keys[p].normForms < 0 && !tok.norm.hasSuffix("ly")
                    && !builder.isRole(.be, p) && !builder.isRole(.have, p) && !builder.isRole(.infinitive, p)
            guard modifier else { return false }
            p -= 1
        }
        return false
    }

    /// "an Islamic State target": a name after an indefinite article, then a bare verb form, is a noun phrase
    /// (English role `indefinite`; a past form excepted).
    func followsIndefiniteName(_ t: Int, _ f: SentenceFrame) -> Bool {
        guard t > f.range.lowerBound, let c = f.chunkAt[t - 1], f.chunks[c].actor != nil else { return false }
        let start = f.chunks[c].tokens.lowerBound
        return start > f.range.lowerBound && builder.isRole(.indefinite, start - 1) && !doc.tokens[t].norm.hasSuffix("ed")
    }

    /// English verb forms that are not finite verbs here: "-ing" without "be" before it ("the museum shooting",
    /// "by promoting") reads as a noun; a plural after "to" and a verb ("to disperse protests") is its object; "-ed" after a determiner ("the exiled leaders") is an adjective; "-ed" right
    /// after a sector word and before a preposition ("men sought in", "civilians imprisoned for") is a reduced relative.
    func englishVerbReading(_ t: Int, _ f: SentenceFrame) -> Bool {
        guard lex.language == "en", t > f.range.lowerBound else { return true }
        let n = doc.tokens[t].norm, prev = doc.tokens[t - 1].norm
        if n.hasSuffix("ing") || n.hasSuffix("ings") {
            if n.hasSuffix("ings") { return false }
            for p in max(f.range.lowerBound, t - 2)..<t where builder.isRole(.be, p) { return true }
            return prev == "," || builder.isRole(.conj, t - 1)  // ", killing …" / "and killing …": a participial clause
        }
        // "to disperse protests": a plural right after an infinitive verb is its object
        if n.hasSuffix("s"), t - 2 >= f.range.lowerBound, builder.isRole(.infinitive, t - 2), f.chunkAt[t - 1] == nil,
           doc.tokens[t - 1].kind == .word, !doc.tokens[t - 1].isCapitalized, keys[t - 1].roles == 0 { return false }
        if n.hasSuffix("ed") || n.hasSuffix("en") {
            let before = keys[t - 1].roles
            if before & Role.det.bit != 0 && before & Role.possessive.bit == 0 || doc.tokens[t - 1].kind == .number { return false }
            if let c = f.chunkAt[t - 1], f.chunks[c].agent != nil, t + 1 < f.range.upperBound,
               keys[t + 1].roles & (Role.locative.bit | Role.target.bit | Role.of.bit | Role.by.bit) != 0 || doc.tokens[t + 1].norm == "for" {
                return false
            }
            if f.chunkAt[t - 1] == nil, doc.tokens[t - 1].kind == .word, !doc.tokens[t - 1].isCapitalized,
               before & CodingRun.finiteBefore == 0, !prev.hasSuffix("ly"),
               !["also", "then", "who", "which", "that"].contains(prev), !opensComplement(t + 1, f) {
                return false  // "an agreement forced on …": a participle after a common noun
            }
        }
        return true
    }

    /// Roles of a word before an -ed form that make it a finite verb ("has attacked", "they attacked").
    static let finiteBefore = Role.be.bit | Role.have.bit | Role.pronounSg.bit | Role.pronounPl.bit | Role.pronounNeuter.bit
        | Role.relative.bit | Role.conj.bit | Role.negation.bit | Role.infinitive.bit

    /// "a report … alleged that France …": a complement clause or a determiner right after an -ed form makes it the
    /// finite verb (a participle modifying a noun is followed by a preposition instead).
    func opensComplement(_ p: Int, _ f: SentenceFrame) -> Bool {
        guard p < f.range.upperBound else { return false }
        return builder.isRole(.complementizer, p) || builder.isRole(.det, p) && !builder.isRole(.possessive, p)
    }

    /// "efforts to counter …": an infinitive after a common noun states a purpose, not an event.
    func isPurposeInfinitive(_ t: Int, _ f: SentenceFrame) -> Bool {
        guard lex.language == "en", t - 2 >= f.range.lowerBound, doc.tokens[t - 1].norm == "to" else { return false }
        let p = t - 2, n = doc.tokens[p].norm
        guard f.chunkAt[p] == nil, doc.tokens[p].kind == .word, !doc.tokens[p].isCapitalized else { return false }
        if n.hasSuffix("ed") || n.hasSuffix("ing") || keys[p].normForms >= 0 { return false }
        if keys[p].roles & (Role.predict.bit | Role.hypothetical.bit | Role.be.bit | Role.have.bit | Role.negation.bit) != 0 { return false }
        if (lex.phrases["predict"] ?? []).contains(where: { $0.last == "to" && $0.dropLast().last == n }) { return false }
        return !["want", "wants", "plan", "plans", "able", "likely", "going", "about", "order", "agree", "agrees", "continue", "continues", "try", "tries", "seek", "seeks", "vow", "vows", "threaten", "threatens", "decide", "decides", "need", "needs", "intend", "intends", "hope", "hopes"].contains(n)
    }

    /// "a pour mission de fournir", "its mission is to provide", "la réticence de Poutine à lui venir en aide",
    /// "Russia's reluctance to help": an infinitive governed by a noun of purpose or reluctance (role `purpose`),
    /// through an actor with "de"/"of" or a form of "be", states an aim or a refusal, not an event. Only
    /// unrecognized words stand between the infinitive marker and the trigger (no actor, auxiliary or "be").
    func isPurposeOrReluctance(_ t: Int, _ f: SentenceFrame) -> Bool {
        let start = f.clauseRange(f.clause(t)).lowerBound
        var p = t - 1
        while p >= max(start + 1, t - 5) {
            if f.chunkAt[p] != nil || builder.isRole(.have, p) || builder.isRole(.be, p) { return false }
            if builder.isRole(.infinitive, p) {
                var q = p - 1
                if let c = f.chunkAt[q] {
                    q = f.chunks[c].tokens.lowerBound - 1
                    while q > start, builder.isRole(.det, q) && !builder.isRole(.of, q) || doc.tokens[q].norm == "l'" { q -= 1 }
                    guard q > start, builder.isRole(.of, q) else { return false }
                    q -= 1
                } else if builder.isRole(.be, q) {
                    q -= 1
                }
                if q >= start, builder.isRole(.purpose, q) { return true }
            }
            p -= 1
        }
        return false
    }

    /// ", killing eight people" / ", ciblant le chef …": a present participle opening a comma clause elaborates
    /// the sentence's event rather than adding one.
    func isParticipialElaboration(_ t: Int, _ f: SentenceFrame) -> Bool {
        let n = doc.tokens[t].norm
        guard n.hasSuffix("ing") || lex.language == "fr" && n.hasSuffix("ant") else { return false }
        var p = t - 1
        while p >= f.range.lowerBound, isAdverb(p) { p -= 1 }
        return p >= f.range.lowerBound && doc.tokens[p].norm == ","
    }

    /// French past participle with no auxiliary before it ("la ville assiégée"): an adjective, not an event.
    func isBareFrenchParticiple(_ t: Int, _ f: SentenceFrame) -> Bool {
        guard lex.language == "fr" else { return false }
        let n = doc.tokens[t].norm
        guard ["é", "ée", "és", "ées"].contains(where: { n.hasSuffix($0) }) else { return false }
        // an auxiliary right before it, through adverbs and negation only ("a été bombardée", "n'a pas attaqué")
        var p = t - 1
        while p >= max(f.range.lowerBound, t - 4) {
            if builder.isRole(.have, p) || builder.isRole(.be, p) { return false }
            let n = doc.tokens[p].norm
            if !(isAdverb(p) || builder.isRole(.negation, p) || n == "s'" || n == "se" || n == "n'" || n == "ne") { break }
            p -= 1
        }
        // a participle coordinated with an earlier compound verb shares its auxiliary ("a condamné … et accusé")
        if p >= f.range.lowerBound, builder.isRole(.conj, p) {
            return !(f.range.lowerBound..<p).contains { builder.isRole(.have, $0) || builder.isRole(.be, $0) }
        }
        return true
    }

    /// A determiner, possessive, preposition or adjective-like actor right before the word.
    func looksNominal(_ t: Int, _ f: SentenceFrame) -> Bool {
        guard t > f.range.lowerBound else { return true }  // a sentence does not open on a finite verb
        let n = doc.tokens[t - 1].norm
        if keys[t - 1].roles & (Role.det.bit | Role.of.bit | Role.possessive.bit) != 0 || n == "l'" || n == "d'" || n == "'s" { return true }
        if lex.language == "en", t - 2 >= f.range.lowerBound, builder.isRole(.det, t - 2), doc.tokens[t - 1].kind == .word,
           !doc.tokens[t - 1].isCapitalized, keys[t - 1].normForms < 0, f.chunkAt[t - 1] == nil { return true }  // "the chemical attacks"
        // "Russia's offensive" is a noun; "the Senate protested" is a verb (an English past form after a name)
        if let c = f.chunkAt[t - 1], f.chunks[c].actor != nil, lex.language != "fr",
           !(lex.language == "en" && doc.tokens[t].norm.hasSuffix("ed") && n != "'s") { return true }
        return false
    }

    /// Verb chains "A to B" / "A de B": one event. An appeal or pressure on someone ("asks X to help",
    /// "pressured by X to help") keeps A only (B is requested, not done); a rejection, demand, criticism or
    /// threat keeps A; an intent (03) takes B's action as intent (aid 033, cooperation 031/032, force 138);
    /// otherwise B is the event ("agreed to lift", "pledged to expel", "prepared to attend").
    func chain(_ hits: [TriggerHit], _ f: SentenceFrame) -> [TriggerHit] {
        var out: [TriggerHit] = []
        var drop: Set<Int> = []
        for (i, a) in hits.enumerated() where a.entry.kind == .verb && i + 1 < hits.count {
            let b = hits[i + 1]
            guard b.entry.kind == .verb, f.clause(a.token) == f.clause(b.token) || words(from: a.end, to: b.token, f) <= 6 else { continue }
            // "to"/"de"/"à" right before B, and only an object (an actor, however long its name) or adverbs between
            let aEnd = max(a.end, a.contextEnd)
            guard b.token - 1 > aEnd, builder.isRole(.infinitive, b.token - 1), words(from: aEnd, to: b.token, f) <= 6 else { continue }
            let between = (aEnd + 1)..<(b.token - 1)
            let hasObject = between.contains { f.chunkAt[$0] != nil }
            guard between.allSatisfy({ f.chunkAt[$0] != nil || doc.tokens[$0].kind == .word && keys[$0].normForms < 0 }) else { continue }
            let aRoot = Int(a.code.prefix(2)) ?? 0, bRoot = Int(b.code.prefix(2)) ?? 0
            if hasObject, aRoot == 2 || aRoot == 3 {
                // "asks Obama to help Iran", "wants Putin to attack": an appeal for B's kind of action
                drop.insert(i + 1)
                let appeal: [Int: String] = [4: "026", 5: "022", 6: "021", 7: "023", 8: "025", 18: "021", 19: "021", 20: "021"]
                if let code = appeal[bRoot] { drop.insert(i); hitsCode(&out, a, code: code) }
            } else if hasObject || (10...13).contains(aRoot) || a.entry.swapped || a.entry.reverse != nil {
                drop.insert(i + 1)
            } else if aRoot == 3 {
                drop.insert(i)
                let intent: [Int: String] = [5: "032", 6: "031", 7: "033", 8: "034", 18: "138", 19: "138", 20: "138"]
                if let code = intent[bRoot] { hitsCode(&out, b, code: code) }
            } else {
                drop.insert(i)
            }
        }
        for (i, h) in hits.enumerated() where !drop.contains(i) && !out.contains(where: { $0.token == h.token }) { out.append(h) }
        return out.sorted { $0.token < $1.token }
    }

    /// Tokens from `a` (exclusive) to `b` (inclusive), an actor chunk counting as one word
    /// ("met with Syrian President Bashar Assad Tuesday to discuss": four).
    func words(from a: Int, to b: Int, _ f: SentenceFrame) -> Int {
        var n = 0, p = a + 1
        while p <= b {
            if let c = f.chunkAt[p] { p = max(p + 1, f.chunks[c].tokens.upperBound) } else { p += 1 }
            n += 1
        }
        return n
    }

    private func hitsCode(_ out: inout [TriggerHit], _ h: TriggerHit, code: String) {
        var h = h
        h.code = code
        out.append(h)
    }

    /// Every context item of the entry has a word in the sentence (word sets and @place/@actor are not checked);
    /// `range` is the entry's `TriggerEntry.required` in `lex.required`.
    func plausible(_ range: Range<Int32>, _ present: [UInt64]) -> Bool {
        lex.required.withUnsafeBufferPointer { all in
            present.withUnsafeBufferPointer { present in
                var found = false
                for i in Int(range.lowerBound)..<Int(range.upperBound) {
                    let w = all[i]
                    if w == Int32.min {
                        if !found { return false }
                        found = false
                    } else if !found, present[Int(w) >> 6] & (1 << UInt64(Int(w) & 63)) != 0 {
                        found = true
                    }
                }
                return true
            }
        }
    }

    /// `passive`: the trigger is a passive participle, whose object context may stand before it as its subject.
    func match(_ e: TriggerEntry, at t: Int, _ f: SentenceFrame, passive: Bool = false) -> TriggerHit? {
        var end = t
        for w in e.tail {
            let n = end + 1
            guard n < f.range.upperBound, wordMatches(w, n) else { return nil }
            end = n
        }
        let clause = f.clauseRange(f.clause(t))
        var pos = end
        for item in e.post {
            guard let p = findItem(item, from: pos + 1, to: min(clause.upperBound, pos + 7), f) else {
                return passive ? passiveMatch(e, at: t, end: end, clause: clause, f) : nil
            }
            // "wants Putin to attack": an actor before the infinitive is asked to act (the chain codes an appeal);
            // the pattern "want * to attack" is for the subject's own intent
            if asksSomeoneElse(e, trigger: t, gap: (pos + 1)..<p, upTo: p, f) { return nil }
            // "wants to help Israel": an appeal pattern ("want * help", 023) read on an infinitive is the subject's
            // own intent, which the verb chain codes (033)
            if e.code.hasPrefix("02"), p - 1 > pos, builder.isRole(.infinitive, p - 1), f.chunkAt[p] == nil { return nil }
            pos = p
        }
        var back = t
        for item in e.pre.reversed() {
            var found: Int? = nil
            var p = back - 1
            while p >= max(clause.lowerBound, back - 6) { if itemMatches(item, p, f) { found = p; break }; p -= 1 }
            guard let fp = found else { return nil }
            back = fp
        }
        return TriggerHit(entry: e, token: t, end: end, contextEnd: pos, reach: (pos - end) + (t - back), code: e.code)
    }

    /// A passive verb's object words stand before it ("Evidence against Russia was presented", "the civilians …
    /// were released"): the entry's following context is matched, in order, in its clause before the trigger.
    func passiveMatch(_ e: TriggerEntry, at t: Int, end: Int, clause: Range<Int>, _ f: SentenceFrame) -> TriggerHit? {
        guard e.pre.isEmpty, !e.post.isEmpty else { return nil }
        var p = clause.lowerBound, first: Int? = nil
        for item in e.post {
            guard let found = findItem(item, from: p, to: t, f) else { return nil }
            if first == nil { first = found }
            p = found + 1
        }
        return TriggerHit(entry: e, token: t, end: end, contextEnd: end, reach: t - (first ?? t), code: e.code)
    }

    /// `LanguageLexicon.formKinds` of a list index (0 for none).
    @inline(__always) func formKinds(_ i: Int32) -> UInt8 { i < 0 ? 0 : lex.formKinds[Int(i)] }

    /// Entries whose first trigger word is the token's norm.
    @inline(__always) func normForms(_ t: Int) -> [FormEntry] {
        let i = keys[t].normForms
        return i < 0 ? [] : lex.formLists[Int(i)]
    }

    /// Entries whose first trigger word is the token's lemma, when the lemma differs from the norm.
    @inline(__always) func lemmaForms(_ t: Int) -> [FormEntry] {
        let i = keys[t].lemmaForms
        return i < 0 ? [] : lex.formLists[Int(i)]
    }

    /// Whether an entry started by the token's norm or lemma satisfies `test`.
    @inline(__always) func hasEntry(_ t: Int, _ test: (TriggerEntry) -> Bool) -> Bool {
        normForms(t).contains { test(lex.entries[Int($0.entry)]) } || lemmaForms(t).contains { test(lex.entries[Int($0.entry)]) }
    }

    /// Whether the token's form or lemma starts a verb trigger.
    func hasVerbEntry(_ t: Int) -> Bool { normForms(t).contains { $0.kind == .verb } || lemmaForms(t).contains { $0.kind == .verb } }

    /// A want/appeal verb (bare root 02 or 03) with an actor and then an infinitive verb in the gap: the actor is
    /// asked to act, so the subject's own-intent pattern ("want * attack" 138) does not apply.
    func asksSomeoneElse(_ e: TriggerEntry, trigger t: Int, gap: Range<Int>, upTo p: Int, _ f: SentenceFrame) -> Bool {
        guard let actorAt = gap.first(where: { f.chunkAt[$0].map { f.chunks[$0].actor != nil } ?? false }) else { return false }
        func verbForm(_ q: Int) -> Bool {
            guard q < f.range.upperBound else { return false }
            return hasVerbEntry(q)
        }
        guard (actorAt..<(p + 1)).contains(where: { f.chunkAt[$0] == nil && builder.isRole(.infinitive, $0) && verbForm($0 + 1) }) else { return false }
        return hasEntry(t) { $0.specificity == 0 && $0.kind == .verb && ($0.code.hasPrefix("02") || $0.code.hasPrefix("03")) }
    }

    func findItem(_ item: ContextItem, from: Int, to: Int, _ f: SentenceFrame) -> Int? {
        var p = from
        while p < to {
            if itemMatches(item, p, f) {
                // multi-word alternatives end later
                if let alt = item.alternatives.first(where: { $0.count > 1 && alternativeMatches($0, p) }) { return p + alt.count - 1 }
                return p
            }
            // a gap does not run over an infinitive verb: "agreed to lift the sanctions" is not "agree to sanctions"
            if p > 0, builder.isRole(.infinitive, p - 1), f.chunkAt[p] == nil,
               normForms(p).contains(where: { $0.kind == .verb }) { return nil }
            p += 1
        }
        return nil
    }

    func itemMatches(_ item: ContextItem, _ p: Int, _ f: SentenceFrame) -> Bool {
        let k = keys[p]
        if let s = item.set {
            let set = lex.sets[s]
            return set.contains(k.norm) || k.lemma != k.norm && set.contains(k.lemma) || k.singular >= 0 && set.contains(k.singular)
        }
        for alt in item.alternatives {
            if alt.count == 1 {
                let w = alt[0]
                if w == WordID.place { if let c = f.chunkAt[p], f.chunks[c].place != nil { return true }; continue }
                if w == WordID.actor { if let c = f.chunkAt[p], f.chunks[c].actor != nil { return true }; continue }
                if k.matches(w), !isPartitive(p) { return true }
            } else if alternativeMatches(alt, p) { return true }
        }
        return false
    }

    /// "seized parts of Iraq", "une partie de la ville": a partitive noun (role `partitive`) before "of"/"de" is not
    /// the head of its noun phrase, so a pattern word ("take * part", 030) does not read it; the noun after "of" can
    /// still match. After a preposition it is an idiom of its own ("prendre à partie des policiers").
    func isPartitive(_ p: Int) -> Bool {
        guard p + 1 < doc.tokens.count, builder.isRole(.partitive, p),
              builder.isRole(.of, p + 1), doc.tokens[p + 1].norm != "'s" else { return false }
        return p == 0 || !(builder.isRole(.locative, p - 1) || builder.isRole(.target, p - 1))
    }

    func alternativeMatches(_ alt: [Int32], _ p: Int) -> Bool {
        guard p + alt.count <= keys.count else { return false }
        for (i, w) in alt.enumerated() where !keys[p + i].matches(w) { return false }
        return true
    }

    func wordMatches(_ w: Int32, _ p: Int) -> Bool { keys[p].matches(w) }

    /// Keeps one event per (source, target, code, sentence).
    func dedupe(_ list: [Event]) -> [Event] {
        var seen: Set<String> = []
        return list.filter { e in
            seen.insert("\(e.source?.code ?? "")|\(e.target?.code ?? "")|\(e.code)|\(e.evidence.span.start)|\(e.modality.rawValue)").inserted
        }
    }
}

/// A token as pattern-word ids: its norm, its lemma and its singular readings ("forces" → "force", "forces" − "es"),
/// with the norm's role bits and trigger entries.
struct TokenKey {
    var norm: Int32
    var lemma: Int32
    var singular: Int32
    var singular2: Int32
    /// `Role` bits of the norm, and of the roles with a phrase starting with it.
    var roles: UInt64
    var phrases: UInt64
    /// `LanguageLexicon.formLists` indices of the entries the norm and (when it differs) the lemma start, or -1.
    var normForms: Int32
    var lemmaForms: Int32
    /// `LanguageLexicon.setBits` of the norm, the lemma and the first singular.
    var sets: UInt64

    init(_ t: Token, _ lex: LanguageLexicon) {
        let f = lex.factTable[t.norm]
        norm = f?.id ?? WordID.unknown
        roles = f?.roles ?? 0
        phrases = f?.phrases ?? 0
        normForms = f?.forms ?? -1
        // every plural of a pattern word is a key of the fact table (`LanguageLexicon.indexWords`)
        singular = f?.singular ?? WordID.unknown
        singular2 = f?.singular2 ?? WordID.unknown
        if t.lemma == t.norm {
            lemma = norm
            lemmaForms = -1
        } else {
            let g = lex.factTable[t.lemma]
            lemma = g?.id ?? WordID.unknown
            lemmaForms = g?.forms ?? -1
        }
        func bits(_ w: Int32) -> UInt64 { w >= 0 && Int(w) < lex.setBits.count ? lex.setBits[Int(w)] : 0 }
        sets = bits(norm) | (lemma != norm ? bits(lemma) : 0) | bits(singular)
    }

    @inline(__always) func matches(_ w: Int32) -> Bool {
        w >= 0 && (norm == w || lemma == w || singular == w || singular2 == w)
    }
}

/// What the event builder needs to know about the sentence around a trigger.
struct SentenceContext {
    var sentence: Sentence
    var index: Int
    var frame: SentenceFrame
    var timexes: [TimeExpression]
    /// Tokens of the sentence's event triggers (modal cues bind to the nearest one).
    var triggers: [Int]
    var speech: [SpeechCue]
    var fatalities: Fatalities?
}
