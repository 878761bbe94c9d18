import SitrepModel

/// What kind of thing a knowledge-base entry describes.
public enum EntityType: String, Sendable, Codable, CaseIterable {
    case country, person, org, igo, ngo, group, agent, place
}

/// A CAMEO actor code held over an optional date range (open ends allowed); no dates means "by default".
public struct DatedCode: Sendable, Hashable, Codable {
    public var code: String
    public var from: CalendarDay?
    public var to: CalendarDay?

    public init(code: String, from: CalendarDay? = nil, to: CalendarDay? = nil) {
        self.code = code
        self.from = from
        self.to = to
    }

    /// True when the range has at least one bound.
    public var isDated: Bool { from != nil || to != nil }

    /// True when `day` falls within the range (bounds inclusive; an undated code contains every day).
    public func contains(_ day: CalendarDay) -> Bool {
        if let f = from, day < f { return false }
        if let t = to, day > t { return false }
        return true
    }
}

/// A name of an entity in one language, with the grammatical use it has when matched.
public struct Alias: Sendable, Hashable, Codable {
    /// How a matched alias is used: as the entity's name, an adjective ("russe"), a demonym ("Russes").
    public enum Form: String, Sendable, Codable { case name, adjective, demonym }
    public var text: String
    /// ISO 639-1 code, or "any".
    public var language: String
    public var form: Form
}

/// An office a person holds over a date range: a title ("president", "pm", "fm", "defmin", "chancellor", "monarch")
/// of a country, which "le premier ministre arménien" or "the Russian president" names on a date.
public struct HeldRole: Sendable, Hashable, Codable {
    public var title: String
    /// ISO 3166-1 alpha-3.
    public var country: String
    public var from: CalendarDay?
    public var to: CalendarDay?

    public init(title: String, country: String, from: CalendarDay? = nil, to: CalendarDay? = nil) {
        self.title = title
        self.country = country
        self.from = from
        self.to = to
    }

    /// True when `day` falls within the range (bounds inclusive).
    public func contains(_ day: CalendarDay) -> Bool {
        if let f = from, day < f { return false }
        if let t = to, day > t { return false }
        return true
    }
}

/// A point for entries that are places of their own (regions missing from GeoNames, such as the Donbas).
public struct EntityPlace: Sendable, Hashable, Codable {
    public var lat: Double
    public var lon: Double
    public var country: String?
    public var admin1: String?
    public var precision: PlacePrecision
}

/// One knowledge-base entry: a country, person, organization, armed group, sector word set or place.
public struct Entity: Sendable, Hashable, Codable {
    public var id: String
    public var type: EntityType
    public var name: String
    /// CAMEO codes, dated for roles ("RUSGOV 2000-05-07..2008-05-07"), undated for defaults.
    public var codes: [DatedCode]
    public var aliases: [Alias]
    /// Member states of an organization, with the dates they joined and left.
    public var members: [DatedCode]
    /// Sector code for agent entries ("MIL", "GOV").
    public var sector: String?
    /// ISO 3166-1 alpha-2 of a country entry.
    public var iso2: String?
    /// Capital city name of a country entry.
    public var capital: String?
    public var place: EntityPlace?
    /// Free-form note kept from the source line ("backed: RUS").
    public var notes: [String: String]
    /// Offices held, with dates (people).
    public var roles: [HeldRole]

    public init(id: String, type: EntityType, name: String, codes: [DatedCode] = [], aliases: [Alias] = [],
                members: [DatedCode] = [], sector: String? = nil, iso2: String? = nil, capital: String? = nil,
                place: EntityPlace? = nil, notes: [String: String] = [:], roles: [HeldRole] = []) {
        self.id = id
        self.type = type
        self.name = name
        self.codes = codes
        self.aliases = aliases
        self.members = members
        self.sector = sector
        self.iso2 = iso2
        self.capital = capital
        self.place = place
        self.notes = notes
        self.roles = roles
    }

    /// The code this entity carries on `date`: the dated role covering it (latest start wins), else the
    /// undated default, else the country of its most recent role. Without a date, the latest role.
    public func code(on date: CalendarDay?) -> String? {
        // Loops rather than filters: this runs for every actor mention.
        var best: DatedCode?
        guard let date else {
            for c in codes where c.isDated {
                if best == nil || (best!.from ?? .distantPast) < (c.from ?? .distantPast) { best = c }
            }
            return best?.code ?? codes.first?.code
        }
        for c in codes where c.isDated && c.contains(date) {
            if best == nil || (best!.from ?? .distantPast) < (c.from ?? .distantPast) { best = c }
        }
        if let best { return best.code }
        if let undated = codes.first(where: { !$0.isDated }) { return undated.code }
        var last: DatedCode?
        for c in codes where last == nil || (last!.to ?? .distantFuture) < (c.to ?? .distantFuture) { last = c }
        if let last, last.code.count >= 3 { return String(last.code.prefix(3)) }
        return nil
    }

    /// Member states (alpha-3) on `date`.
    public func members(on date: CalendarDay?) -> [String] {
        members.filter { date == nil || $0.contains(date!) }.map(\.code)
    }
}

extension CalendarDay {
    /// "2023-02-01", as `iso` writes it, without going through `String(format:)` (reasons are built for every mention).
    var isoText: String {
        func pad(_ v: Int, _ width: Int) -> String {
            let s = String(v)
            return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
        }
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    static let distantPast = CalendarDay(year: 1, month: 1, day: 1)
    static let distantFuture = CalendarDay(year: 9999, month: 12, day: 31)
}
