import SitrepModel

extension CodingRun {
    /// The event's own place: a place named after a locative ("dans la région de Louhansk", "in Donetsk",
    /// "vers Bakhmut") in the trigger's clause, the most precise one first; nil when the clause names none.
    func eventPlace(_ hit: TriggerHit, _ f: SentenceFrame) -> Place? {
        let c = f.clause(hit.token)
        let clause = f.clauseRange(c)
        var best: (Place, Int, Int)? = nil  // place, precision rank, distance
        for ch in f.chunks where ch.clause == c {
            guard let place = ch.place, hasLocative(before: ch.tokens.lowerBound, floor: clause.lowerBound) else { continue }
            let rank = place.precision == .city ? 3 : place.precision == .admin1 ? 2 : 1
            let distance = ch.tokens.lowerBound > hit.token ? ch.tokens.lowerBound - hit.token : (hit.token - ch.tokens.upperBound) + 20
            if best == nil || rank > best!.1 || rank == best!.1 && distance < best!.2 { best = (place, rank, distance) }
        }
        return best?.0
    }

    /// A locative preposition within four tokens before a place, through "la région de", "the city of".
    func hasLocative(before t: Int, floor: Int) -> Bool {
        var p = t - 1
        while p >= max(floor, t - 5) {
            if builder.isRole(.locative, p) || builder.isRole(.between, p) { return true }
            if doc.tokens[p].kind == .punctuation || builder.isRole(.conj, p) || builder.isRole(.be, p) { return false }
            if builder.isRole(.target, p) && !builder.isRole(.locative, p) { return false }  // "un conflit contre l'Azerbaïdjan"
            // "à l'agression de l'Azerbaïdjan": the place completes an event noun, it is not where something happened
            if normForms(p).contains(where: { $0.kind == .noun }) || lemmaForms(p).contains(where: { $0.kind == .noun }) { return false }
            p -= 1
        }
        return false
    }

    /// The event's date: a time expression in the trigger's clause, else in its sentence; else, for a verb in
    /// the past, the narrative time of the last three sentences; else the publication date for a verb in the
    /// present; else nil.
    func eventDate(_ hit: TriggerHit, _ ctx: SentenceContext, modality: Modality) -> (CalendarDay?, CalendarDay?, DatePrecision?) {
        let f = ctx.frame, c = f.clause(hit.token)
        let located = ctx.timexes.compactMap { tx in tokenIndex(at: tx.span.start).map { (tx, $0) } }
        let referred = hit.entry.kind == .noun && isNounModifier(hit.token, f)
        let sameClause = located.filter { f.clause($0.1) == c }
        let pool = sameClause.isEmpty && !referred ? located.filter { !$0.0.isFuture || modality == .predicted || modality == .hypothetical } : sameClause
        if let (tx, _) = pool.min(by: { abs($0.1 - hit.token) < abs($1.1 - hit.token) }) {
            return (tx.date, tx.end, tx.precision)
        }
        guard hit.entry.kind == .verb, modality != .predicted, modality != .hypothetical else { return (nil, nil, nil) }
        if isPastTense(hit, f) {
            if let (tx, si) = discourse.lastTimex, ctx.index - si <= 3, tx.precision != .range { return (tx.date, tx.end, tx.precision) }
            return (nil, nil, nil)
        }
        return doc.published.map { ($0, nil, .day) } ?? (nil, nil, nil)
    }

    /// Past tense: an auxiliary "have" (or French "être" with a reflexive) before the verb, or an English "-ed" form.
    func isPastTense(_ hit: TriggerHit, _ f: SentenceFrame) -> Bool {
        let clause = f.clauseRange(f.clause(hit.token))
        for p in max(clause.lowerBound, hit.token - 3)..<hit.token {
            if builder.isRole(.have, p) || builder.isRole(.be, p) { return true }
        }
        let n = doc.tokens[hit.token].norm
        if lex.language == "en" { return n.hasSuffix("ed") || (lex.irregular[doc.tokens[hit.token].lemma]?.contains(n) ?? false) }
        return ["ait", "aient", "èrent"].contains { n.hasSuffix($0) }
    }

    /// An event placed only at country level takes the city of a nearby event of the same root in that
    /// country ("s'est rendu en Arménie" … "s'est réuni à Erevan").
    func refinePlaces(_ list: [Event]) -> [Event] {
        var out = list
        for i in out.indices {
            guard let p = out[i].place, p.precision == .country else { continue }
            let near = out.filter { e in
                e.root == out[i].root && e.place?.precision == .city && e.place?.country == p.country
                    && abs(e.evidence.span.start - out[i].evidence.span.start) < 1200
            }
            if let city = near.first?.place {
                let e = out[i]
                out[i] = Event(source: e.source, target: e.target, code: e.code, place: city, date: e.date, dateEnd: e.dateEnd,
                               datePrecision: e.datePrecision, modality: e.modality, speakers: e.speakers,
                               fatalities: e.fatalities, evidence: e.evidence, confidence: e.confidence,
                               coderVersion: e.coderVersion, article: e.article)
            }
        }
        return out
    }
}
