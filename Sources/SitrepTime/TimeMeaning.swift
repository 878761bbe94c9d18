import SitrepModel

/// Which occurrence a bare name means: the one at or before publication, the previous, the next, or this one.
enum TimeAnchor: Sendable, Equatable { case bare, past, next, this }

/// A calendar unit a relative expression counts in.
enum TimeUnit: String, Sendable { case day, week, month, year }

/// Meteorological seasons of the northern hemisphere.
enum Season: String, Sendable {
    case spring, summer, autumn, winter
    /// Month the season starts in (winter starts in December of its year).
    var startMonth: Int {
        switch self {
        case .spring: return 3
        case .summer: return 6
        case .autumn: return 9
        case .winter: return 12
        }
    }
}

/// Early, middle or late part of a month, season or year ("début février", "late 2022").
enum PeriodPart: String, Sendable { case early, mid, late }

/// What a matched expression says, before it is placed on the calendar.
indirect enum TimeMeaning: Sendable {
    case date(CalendarDay)
    case dayMonth(day: Int, month: Int, anchor: TimeAnchor)
    case month(Int, year: Int?, anchor: TimeAnchor, part: PeriodPart?)
    case season(Season, year: Int?, anchor: TimeAnchor, part: PeriodPart?)
    case year(Int, part: PeriodPart?)
    case years(Int, Int)
    case weekday(Int, anchor: TimeAnchor)
    case relDay(Int)
    /// This (0), the previous (-1) or the next (+1) week, month or year.
    case relUnit(TimeUnit, Int)
    /// A stretch ending at publication ("depuis des mois", "for three weeks").
    case back(TimeUnit, Int)
    /// A stretch starting after publication ("dans les semaines à venir").
    case ahead(TimeUnit, Int)
    /// A point some units before (negative) or after (positive) publication ("il y a trois jours", "in two weeks").
    case shift(TimeUnit, Int)
    /// An unspecified near future ("prochaine", "imminent", "soon").
    case soon
    /// From a point up to publication ("depuis 2014", "since November").
    case since(TimeMeaning)
}

/// A meaning placed on the calendar.
struct ResolvedTime: Sendable, Equatable {
    var date: CalendarDay
    var end: CalendarDay?
    var precision: DatePrecision
    var future: Bool = false
}

extension CalendarDay {
    /// The last day of this day's month.
    var monthEnd: CalendarDay { CalendarDay(year: year, month: month, day: CalendarDay.daysIn(month: month, year: year)) }
    /// The Monday of this day's ISO week.
    var weekStart: CalendarDay { adding(days: 1 - weekday) }
}

extension TimeMeaning {
    /// Places the meaning on the calendar relative to `published`; nil when it needs a publication date that is absent.
    func resolve(published p: CalendarDay?) -> ResolvedTime? {
        switch self {
        case .date(let d):
            return ResolvedTime(date: d, end: nil, precision: .day)
        case .year(let y, let part):
            return ResolvedTime(date: CalendarDay(year: y, month: 1, day: 1), end: CalendarDay(year: y, month: 12, day: 31),
                                precision: .year).narrowed(part)
        case .years(let a, let b):
            guard a <= b else { return nil }
            return ResolvedTime(date: CalendarDay(year: a, month: 1, day: 1), end: CalendarDay(year: b, month: 12, day: 31),
                                precision: .range)
        case .month(let m, let y?, _, let part):
            let start = CalendarDay(year: y, month: m, day: 1)
            return ResolvedTime(date: start, end: start.monthEnd, precision: .month).narrowed(part)
        case .season(let s, let y?, _, let part):
            return Self.season(s, year: y).narrowed(part)
        case .since(let inner):
            guard let r = inner.resolve(published: p) else { return nil }
            return ResolvedTime(date: r.date, end: p, precision: .range)
        default:
            guard let p else { return nil }
            return resolveRelative(p)
        }
    }

    private func resolveRelative(_ p: CalendarDay) -> ResolvedTime? {
        switch self {
        case .dayMonth(let d, let m, let anchor):
            let candidates = [p.year - 1, p.year, p.year + 1].compactMap { y -> CalendarDay? in
                d <= CalendarDay.daysIn(month: m, year: y) ? CalendarDay(year: y, month: m, day: d) : nil
            }
            let pick: CalendarDay?
            switch anchor {
            case .past: pick = candidates.last { $0 < p }
            case .next: pick = candidates.first { $0 > p }
            case .bare, .this: pick = candidates.min { abs($0.dayNumber - p.dayNumber) < abs($1.dayNumber - p.dayNumber) }
            }
            return pick.map { ResolvedTime(date: $0, end: nil, precision: .day) }
        case .month(let m, nil, let anchor, let part):
            let y: Int
            switch anchor {
            case .bare: y = m <= p.month ? p.year : p.year - 1
            case .past: y = m < p.month ? p.year : p.year - 1
            case .next: y = m > p.month ? p.year : p.year + 1
            case .this: y = p.year
            }
            return TimeMeaning.month(m, year: y, anchor: .bare, part: part).resolve(published: p)
        case .season(let s, nil, let anchor, let part):
            return Self.season(s, anchor: anchor, published: p).narrowed(part)
        case .weekday(let w, let anchor):
            let back = (p.weekday - w + 7) % 7
            switch anchor {
            case .bare, .this: return ResolvedTime(date: p.adding(days: -back), end: nil, precision: .day)
            case .past: return ResolvedTime(date: p.adding(days: back == 0 ? -7 : -back), end: nil, precision: .day)
            case .next:
                let fwd = (w - p.weekday + 7) % 7
                return ResolvedTime(date: p.adding(days: fwd == 0 ? 7 : fwd), end: nil, precision: .day)
            }
        case .relDay(let n):
            return ResolvedTime(date: p.adding(days: n), end: nil, precision: .day)
        case .relUnit(let unit, let n), .shift(let unit, let n):
            return Self.period(unit, containing: Self.move(p, unit, n))
        case .back(let unit, let n):
            return ResolvedTime(date: Self.move(p, unit, -n), end: p, precision: .range)
        case .ahead(let unit, let n):
            return ResolvedTime(date: p.adding(days: 1), end: Self.move(p, unit, n), precision: .range, future: true)
        case .soon:
            return ResolvedTime(date: p.adding(days: 1), end: p.adding(months: 1), precision: .range, future: true)
        default:
            return nil
        }
    }

    static func move(_ d: CalendarDay, _ unit: TimeUnit, _ n: Int) -> CalendarDay {
        switch unit {
        case .day: return d.adding(days: n)
        case .week: return d.adding(days: 7 * n)
        case .month: return d.adding(months: n)
        case .year: return d.adding(months: 12 * n)
        }
    }

    /// The whole day, ISO week, month or year containing `d`.
    static func period(_ unit: TimeUnit, containing d: CalendarDay) -> ResolvedTime {
        switch unit {
        case .day: return ResolvedTime(date: d, end: nil, precision: .day)
        case .week: return ResolvedTime(date: d.weekStart, end: d.weekStart.adding(days: 6), precision: .week)
        case .month:
            let s = CalendarDay(year: d.year, month: d.month, day: 1)
            return ResolvedTime(date: s, end: s.monthEnd, precision: .month)
        case .year:
            return ResolvedTime(date: CalendarDay(year: d.year, month: 1, day: 1), end: CalendarDay(year: d.year, month: 12, day: 31),
                                precision: .year)
        }
    }

    /// The season starting in `year` (winter 2022 = December 2022 to February 2023).
    static func season(_ s: Season, year: Int) -> ResolvedTime {
        let start = CalendarDay(year: year, month: s.startMonth, day: 1)
        return ResolvedTime(date: start, end: start.adding(months: 3).adding(days: -1), precision: .season)
    }

    /// The occurrence of a season an anchor picks: bare = latest starting at or before publication,
    /// past = latest ended before it, next = first starting after it, this = the nearest.
    static func season(_ s: Season, anchor: TimeAnchor, published p: CalendarDay) -> ResolvedTime {
        let occurrences = (p.year - 2...p.year + 1).map { season(s, year: $0) }
        let latestStarted = occurrences.last { $0.date <= p }!
        let following = occurrences.first { $0.date > p }!
        switch anchor {
        case .bare: return latestStarted
        case .past: return occurrences.last { $0.end! < p }!
        case .next: return following
        case .this:
            if latestStarted.end! >= p { return latestStarted }
            let sinceEnd = p.dayNumber - latestStarted.end!.dayNumber
            let untilStart = following.date.dayNumber - p.dayNumber
            return untilStart < sinceEnd ? following : latestStarted
        }
    }
}

extension ResolvedTime {
    /// Keeps the early, middle or late third of the period: months 1–4/5–8/9–12 of a year ("fin 2022" →
    /// September–December), one month of a season, days 1–10/11–20/21–end of a month.
    func narrowed(_ part: PeriodPart?) -> ResolvedTime {
        guard let part, let end else { return self }
        let index = [PeriodPart.early: 0, .mid: 1, .late: 2][part]!
        let first: CalendarDay, last: CalendarDay
        switch precision {
        case .year:
            first = date.adding(months: 4 * index)
            last = first.adding(months: 4).adding(days: -1)
        case .season:
            first = date.adding(months: index)
            last = first.monthEnd
        default:
            first = date.adding(days: 10 * index)
            last = index == 2 ? end : first.adding(days: 9)
        }
        return ResolvedTime(date: first, end: last, precision: .range, future: future)
    }
}
