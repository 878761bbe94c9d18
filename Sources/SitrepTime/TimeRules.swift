import SitrepModel

/// Each rule tries to match at token `i` and returns how far it reached and what it means.
extension TimeGrammar {
    /// "depuis 2014", "since November", "depuis le 24 février", "since last year": a range up to publication.
    func since(_ i: Int) -> TimeParse? {
        guard let s = hit(i, .since) else { return nil }
        let j = s.end
        var inner: TimeParse?
        if let y = year(j) { inner = TimeParse(end: y.end, meaning: .year(y.value, part: nil)) }
        for rule in [numericDate, dayMonth, monthDay, monthName, seasonName, yearWithContext, weekdayName, relativeDay, relativeUnit] {
            if let p = rule(j), p.end > (inner?.end ?? j) { inner = p }
        }
        guard let inner else { return nil }
        return TimeParse(end: inner.end, meaning: .since(inner.meaning))
    }

    /// ISO "2023-02-01", "2023/02/01", day-first "01/02/2023" or "01.02.2023" (month-first in English).
    func numericDate(_ i: Int) -> TimeParse? {
        guard let first = number(i) else { return dottedDate(i) }
        let sep = norm(i + 1)
        guard sep == "-" || sep == "/", norm(i + 3) == sep, attached(i + 1), attached(i + 2), attached(i + 3), attached(i + 4),
              let b = number(i + 2), let c = number(i + 4) else { return dottedDate(i) }
        var y: Int, m: Int, d: Int
        if first.digits == 4 {
            (y, m, d) = (first.value, b.value, c.value)
        } else if c.digits == 4, first.digits <= 2, b.digits <= 2 {
            let monthFirst = first.value <= 12 && (b.value > 12 || (lexicon.monthFirst && first.value <= 12))
            (y, m, d) = monthFirst ? (c.value, first.value, b.value) : (c.value, b.value, first.value)
        } else {
            return nil
        }
        guard (1900...2099).contains(y), (1...12).contains(m), (1...CalendarDay.daysIn(month: m, year: y)).contains(d) else { return nil }
        return TimeParse(end: i + 5, meaning: .date(CalendarDay(year: y, month: m, day: d)))
    }

    /// "24.02.2022" arrives as one number token.
    private func dottedDate(_ i: Int) -> TimeParse? {
        guard i < tokens.count, tokens[i].kind == .number, tokens[i].norm.utf8.contains(0x2E) else { return nil }
        let parts = tokens[i].norm.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
              let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]),
              (1900...2099).contains(y), (1...12).contains(m), (1...CalendarDay.daysIn(month: m, year: y)).contains(d) else { return nil }
        return TimeParse(end: i + 1, meaning: .date(CalendarDay(year: y, month: m, day: d)))
    }

    /// "le mercredi 1er février", "24 février 2022", "24th of February", "24 de febrero de 2022", "24. Februar".
    func dayMonth(_ i: Int) -> TimeParse? {
        var j = skip(i, .det, .on, .in).end
        if let w = hit(j, .weekday) {
            j = w.end
            if norm(j) == "," { j += 1 }
            j = skip(j, .det).end
        }
        guard let d = dayNumber(j) else { return nil }
        j = d.end
        if norm(j) == "." { j += 1 }
        j = skip(j, .link, .det).end
        guard let m = hit(j, .month) else { return nil }
        j = m.end
        if m.word.has(.abbr), norm(j) == "." { j += 1 }
        return finishDate(day: d.value, month: m.word.int, at: j)
    }

    /// English order: "February 24", "Feb. 24, 2022", "Wednesday, February 1st".
    func monthDay(_ i: Int) -> TimeParse? {
        guard lexicon.monthFirst || lexicon.language == "*" else { return nil }
        var j = skip(i, .det, .on, .in).end
        if let w = hit(j, .weekday) {
            j = w.end
            if norm(j) == "," { j += 1 }
        }
        guard let m = hit(j, .month) else { return nil }
        j = m.end
        if m.word.has(.abbr), norm(j) == "." { j += 1 }
        guard let d = dayNumber(j) else { return nil }
        return finishDate(day: d.value, month: m.word.int, at: d.end)
    }

    /// An optional year (", 2022", "de 2022", "2022 года") or a last/next modifier after day and month.
    private func finishDate(day: Int, month: Int, at j: Int) -> TimeParse? {
        var k = j
        if norm(k) == "," { k += 1 }
        k = skip(k, .link).end
        if let y = year(k) {
            guard day <= CalendarDay.daysIn(month: month, year: y.value) else { return nil }
            return TimeParse(end: y.end, meaning: .date(CalendarDay(year: y.value, month: month, day: day)))
        }
        guard day <= CalendarDay.daysIn(month: month, year: 2024) else { return nil }
        if let a = modifier(j), a.anchor != .this, !a.plural {
            return TimeParse(end: a.end, meaning: .dayMonth(day: day, month: month, anchor: a.anchor))
        }
        return TimeParse(end: j, meaning: .dayMonth(day: day, month: month, anchor: .bare))
    }

    /// Leading context of a month, season or year: preposition, determiners, early/late, this/last/next.
    private func lead(_ i: Int) -> (end: Int, context: Bool, determiner: Bool, part: PeriodPart?, anchor: TimeAnchor) {
        var j = i, context = false, determiner = false, part: PeriodPart?, anchor = TimeAnchor.bare
        if let h = hit(j, .in) ?? hit(j, .on) { j = h.end; context = true }
        let d = skip(j, .det)
        determiner = d.end > j
        j = d.end
        if let p = hit(j, .part), let pp = PeriodPart(rawValue: p.word.value) {
            part = pp
            j = skip(p.end, .link, .det).end
            context = true
        }
        if let a = modifier(j), !a.plural {
            anchor = a.anchor
            j = skip(a.end, .det).end
            context = true
        }
        return (j, context, determiner, part, anchor)
    }

    /// "en novembre", "in November 2022", "novembre dernier", "last March", "fin février".
    func monthName(_ i: Int) -> TimeParse? {
        let l = lead(i)
        guard let m = hit(l.end, .month) else { return nil }
        var j = m.end
        if m.word.has(.abbr), norm(j) == "." { j += 1 }
        var k = skip(j, .link).end
        if norm(k) == "," { k += 1 }
        if let y = year(k) {
            return TimeParse(end: y.end, meaning: .month(m.word.int, year: y.value, anchor: .bare, part: l.part))
        }
        var anchor = l.anchor, context = l.context
        if anchor == .bare, let a = modifier(j), !a.plural {
            anchor = a.anchor
            j = a.end
            context = true
        }
        if (m.word.has(.ctx) || m.word.has(.abbr)) && !context { return nil }
        return TimeParse(end: j, meaning: .month(m.word.int, year: nil, anchor: anchor, part: l.part))
    }

    /// "à l'automne", "cet automne", "l'été dernier", "in the fall of 2022", "last spring".
    func seasonName(_ i: Int) -> TimeParse? {
        let l = lead(i)
        guard let s = hit(l.end, .season), let season = Season(rawValue: s.word.value) else { return nil }
        var j = s.end
        if let y = year(skip(j, .link).end) {
            return TimeParse(end: y.end, meaning: .season(season, year: y.value, anchor: .bare, part: l.part))
        }
        var anchor = l.anchor, context = l.context
        if anchor == .bare, let a = modifier(j), !a.plural {
            anchor = a.anchor
            j = a.end
            context = true
        }
        if s.word.has(.ctx) && !context { return nil }
        if s.word.has(.ctxdet) && !context && !l.determiner { return nil }
        return TimeParse(end: j, meaning: .season(season, year: nil, anchor: anchor, part: l.part))
    }

    /// "en 2019", "in 2019", "l'année 2019", "fin 2022", "в 2019 году" (a bare number is never a year).
    func yearWithContext(_ i: Int) -> TimeParse? {
        let l = lead(i)
        var j = l.end, context = l.context || l.part != nil
        if let u = unit(j), u.unit == .year, !u.plural {
            j = u.end
            context = true
        }
        guard context, l.anchor == .bare, let y = year(j) else { return nil }
        return TimeParse(end: y.end, meaning: .year(y.value, part: l.part))
    }

    /// "de 2014 à 2016", "between 2014 and 2016", "from 2014 to 2016".
    func yearRange(_ i: Int) -> TimeParse? {
        guard let f = hit(i, .rangefrom), let a = year(f.end), let t = hit(a.end, .rangeto), let b = year(t.end) else { return nil }
        return TimeParse(end: b.end, meaning: .years(a.value, b.value))
    }

    /// "mercredi", "on Wednesday", "mardi dernier", "last Tuesday", "el martes pasado", "next Tuesday".
    func weekdayName(_ i: Int) -> TimeParse? {
        var j = skip(i, .det, .on, .in).end
        var anchor = TimeAnchor.bare
        if let a = modifier(j), !a.plural {
            anchor = a.anchor
            j = a.end
        }
        guard let w = hit(j, .weekday) else { return nil }
        j = w.end
        if anchor == .bare, let a = modifier(j), !a.plural, a.anchor != .this {
            anchor = a.anchor
            j = a.end
        }
        return TimeParse(end: j, meaning: .weekday(w.word.int, anchor: anchor))
    }

    /// "hier", "aujourd'hui", "demain", "avant-hier", "yesterday", "today", "tomorrow".
    func relativeDay(_ i: Int) -> TimeParse? {
        guard let r = hit(i, .relday) else { return nil }
        if r.word.has(.nodet), i > 0, !hits[i - 1].filter({ $0.word.kind == .det || $0.word.kind == .this }).isEmpty { return nil }
        return TimeParse(end: r.end, meaning: .relDay(r.word.int))
    }

    /// How many units from the publication date a modifier places its unit (built once, not per candidate token).
    static let unitOffset: [TimeAnchor: Int] = [.this: 0, .past: -1, .next: 1]

    /// "cette semaine", "la semaine dernière", "last week", "le mois prochain", "next year", "ce mois-ci".
    func relativeUnit(_ i: Int) -> TimeParse? {
        let j = skip(i, .det, .in, .on).end
        if let r = hit(j, .relunit) {
            let f = r.word.value.split(separator: ":")
            guard f.count == 2, let u = TimeUnit(rawValue: String(f[0])), let n = Int(f[1]) else { return nil }
            return TimeParse(end: r.end, meaning: .relUnit(u, n))
        }
        let offset = TimeGrammar.unitOffset
        if let a = modifier(j), !a.plural, let u = unit(a.end), !u.plural {
            return TimeParse(end: u.end, meaning: .relUnit(u.unit, offset[a.anchor]!))
        }
        if let u = unit(j), !u.plural, let a = modifier(u.end), !a.plural, a.anchor != .this {
            return TimeParse(end: a.end, meaning: .relUnit(u.unit, offset[a.anchor]!))
        }
        return nil
    }

    /// "depuis des mois", "for months", "ces derniers mois", "in recent weeks", "over the past two years".
    func stretchBack(_ i: Int) -> TimeParse? {
        var j = i
        var duration = false
        if let s = hit(j, .since) ?? hit(j, .for) {
            j = s.end
            duration = true
        } else if let p = hit(j, .in) {
            j = p.end
        }
        let d = skip(j, .det)
        j = d.end
        var plural = d.plural, recent = false
        var n = count(j)
        if let c = n { j = c.end }
        if let r = hit(j, .recent) { j = r.end; recent = true; plural = plural || r.word.has(.pl) }
        if n == nil, let c = count(j) { n = c; j = c.end }
        guard recent || duration, let u = unit(j) else { return nil }
        plural = plural || u.plural || (n?.value ?? 0) > 1
        if hit(u.end, .coming) != nil || hit(u.end, .agopost) != nil { return nil }
        guard recent || n != nil || plural else { return nil }
        return TimeParse(end: u.end, meaning: .back(u.unit, n?.value ?? (plural ? 3 : 1)))
    }

    /// "dans les prochaines semaines", "in the coming weeks", "dans les mois à venir", "for months to come".
    func stretchAhead(_ i: Int) -> TimeParse? {
        var j = i
        if let p = hit(j, .in) ?? hit(j, .for) ?? hit(j, .within) { j = p.end }
        let d = skip(j, .det)
        j = d.end
        var plural = d.plural, next = false
        var n = count(j)
        if let c = n { j = c.end }
        if let a = hit(j, .next) { j = a.end; next = true; plural = plural || a.word.has(.pl) }
        if n == nil, let c = count(j) { n = c; j = c.end }
        guard let u = unit(j) else { return nil }
        j = u.end
        plural = plural || u.plural || (n?.value ?? 0) > 1
        if let c = hit(j, .coming) {
            j = c.end
        } else if !next || !plural {
            return nil
        }
        return TimeParse(end: j, meaning: .ahead(u.unit, n?.value ?? (plural ? 3 : 1)))
    }

    /// "dans trois semaines", "in two weeks", "через три недели": a point after publication.
    func later(_ i: Int) -> TimeParse? {
        guard let w = hit(i, .within), let n = count(w.end), hit(w.end, .several) == nil, let u = unit(n.end) else { return nil }
        if hit(u.end, .coming) != nil || hit(u.end, .agopost) != nil { return nil }
        return TimeParse(end: u.end, meaning: .shift(u.unit, n.value))
    }

    /// "il y a trois jours", "three days ago", "hace dos semanas", "два дня назад".
    func ago(_ i: Int) -> TimeParse? {
        if let a = hit(i, .agopre), let n = count(a.end), let u = unit(n.end) {
            return TimeParse(end: u.end, meaning: .shift(u.unit, -n.value))
        }
        if let n = count(i), let u = unit(n.end), let a = hit(u.end, .agopost) {
            return TimeParse(end: a.end, meaning: .shift(u.unit, -n.value))
        }
        return nil
    }

    /// "prochaine" on its own, "imminent", "soon", "bientôt": the near future.
    func soon(_ i: Int) -> TimeParse? {
        guard let s = hit(i, .soon) else { return nil }
        return TimeParse(end: s.end, meaning: .soon)
    }
}
