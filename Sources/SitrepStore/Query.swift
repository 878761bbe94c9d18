import Foundation
import GRDB
import SitrepModel

extension SQLiteEventStore {
    public func events(_ filter: EventFilter) throws -> [EventRecord] {
        try filter.validate()
        return try read("events query") { db in
            let rows: [Row]
            do {
                let (sql, args) = try Self.selectSQL(filter, db: db)
                rows = try Row.fetchAll(db, sql: sql, arguments: StatementArguments(args))
            } catch let e as DatabaseError where filter.text != nil && (e.message ?? "").contains("fts5") {
                throw StoreError.invalidFilter(field: "text", value: filter.text ?? "", reason: e.message ?? "bad full-text query",
                                               accepted: "words, \"quoted phrases\", AND, OR, NOT, prefix*")
            }
            guard let first = rows.first else { return [] }
            let columns = ColumnIndex(first)
            let ids = rows.map { NamedRow(row: $0, columns: columns)["id"] as String }
            let mentions = try Self.mentions(db, for: ids)
            return zip(rows, ids).map { Self.record(from: NamedRow(row: $0, columns: columns), mentions: mentions[$1] ?? []) }
        }
    }

    /// One branch of an either-side condition: its SQL, arguments, and the covering index that serves it, if any.
    struct Alternative {
        var sql: String
        var args: [DatabaseValueConvertible?]
        var index: String? = nil
    }

    /// SQL conditions over `events e`; `alternatives` is one either-side condition (country, actor code, dyad)
    /// kept apart so a limited query can run it as a UNION of index-ordered branches.
    struct Clause {
        var conds: [String] = []
        var args: [DatabaseValueConvertible?] = []
        var alternatives: [Alternative] = []
        /// False once a condition reads a column outside the covering country indexes
        /// (date, root, code, quad_class, modality, happened, date_last).
        var covered = true

        mutating func add(_ c: String, _ a: [DatabaseValueConvertible?] = [], covered isCovered: Bool = false) {
            conds.append(c)
            args += a
            if !isCovered { covered = false }
        }

        mutating func either(_ alts: [Alternative]) {
            if alternatives.isEmpty { alternatives = alts; return }
            add("(" + alts.map(\.sql).joined(separator: " OR ") + ")", alts.flatMap(\.args))
        }
    }

    /// Events newest first; ties by insertion order, newest first (served by every (column, date) index).
    static let newestFirst = " ORDER BY e.date DESC, e.rowid DESC"

    /// The full SELECT: a plain filtered scan, or, with a limit and an either-side condition, a UNION of branches
    /// each reading its own (column, date) index newest first — forced to the covering country index when every
    /// other condition can be tested inside it, so no table row is read until the final hundred.
    static func selectSQL(_ f: EventFilter, db: Database) throws -> (String, [DatabaseValueConvertible?]) {
        let c = try clause(f, db: db)
        let order = newestFirst
        let limit = f.limit.map { " LIMIT \($0)" } ?? ""
        func whereSQL(_ conds: [String]) -> String { conds.isEmpty ? "" : " WHERE " + conds.joined(separator: " AND ") }
        if f.limit != nil, c.alternatives.count > 1 {
            var args: [DatabaseValueConvertible?] = []
            let branches = c.alternatives.map { alt -> String in
                args += c.args + alt.args
                let hint = (c.covered ? alt.index : nil).map { " INDEXED BY \($0)" } ?? ""
                return "SELECT rid FROM (SELECT e.rowid AS rid FROM events e" + hint + whereSQL(c.conds + [alt.sql]) + order + limit + ")"
            }
            return ("SELECT * FROM events e WHERE e.rowid IN (" + branches.joined(separator: " UNION ") + ")" + order + limit, args)
        }
        var conds = c.conds, args = c.args
        if !c.alternatives.isEmpty {
            conds.append("(" + c.alternatives.map(\.sql).joined(separator: " OR ") + ")")
            args += c.alternatives.flatMap(\.args)
        }
        return ("SELECT * FROM events e" + whereSQL(conds) + order + limit, args)
    }

    static func clause(_ f: EventFilter, db: Database) throws -> Clause {
        var c = Clause()
        func prefix(_ column: String, _ p: String) -> Alternative {
            Alternative(sql: "(\(column) >= ? AND \(column) < ?)", args: [p, p + "~"])
        }
        if let a = f.actor {
            if EventFilter.isActorCode(a), CountryCodes.isKnown(a) {
                c.either([Alternative(sql: "e.source_country = ?", args: [a], index: "events_source_country_cover"),
                          Alternative(sql: "e.target_country = ?", args: [a], index: "events_target_country_cover")])
            } else if EventFilter.isActorCode(a) {
                c.either([prefix("e.source_code", a), prefix("e.target_code", a)])
            } else {
                let like = "%" + escapeLike(a) + "%"
                c.add("(e.source_name LIKE ? ESCAPE '\\' OR e.target_name LIKE ? ESCAPE '\\' OR e.source_entity = ? OR e.target_entity = ?)",
                      [like, like, a, a])
            }
        }
        if let k = f.country {
            c.either([Alternative(sql: "e.source_country = ?", args: [k], index: "events_source_country_cover"),
                      Alternative(sql: "e.target_country = ?", args: [k], index: "events_target_country_cover"),
                      Alternative(sql: "e.place_country = ?", args: [k], index: "events_place_country_cover")])
        }
        if let d = f.dyad, CountryCodes.isKnown(d.a), CountryCodes.isKnown(d.b) {
            // Country dyads read the covering (source_country, target_country, date, …) index newest first.
            let sql = "(e.source_country = ? AND e.target_country = ?)"
            c.either([Alternative(sql: sql, args: [d.a, d.b], index: "events_dyad_cover"),
                      Alternative(sql: sql, args: [d.b, d.a], index: "events_dyad_cover")])
        } else if let d = f.dyad {
            let ab = prefix("e.source_code", d.a), bt = prefix("e.target_code", d.b)
            let ba = prefix("e.source_code", d.b), at = prefix("e.target_code", d.a)
            c.either([Alternative(sql: ab.sql + " AND " + bt.sql, args: ab.args + bt.args),
                      Alternative(sql: ba.sql + " AND " + at.sql, args: ba.args + at.args)])
        }
        if let code = f.code {
            if code.count == 2 { c.add("e.root = ?", [code], covered: true) } else if isLeafCode(code) {
                c.add("e.code = ?", [code], covered: true)  // read newest first from the (code, date) index, no sort
            } else {
                let p = prefix("e.code", code)
                c.add(p.sql, p.args, covered: true)
            }
        }
        if let q = f.quadClass { c.add("e.quad_class = ?", [q], covered: true) }
        if let m = f.modality { c.add("e.modality = ?", [m.rawValue], covered: true) }
        if let h = f.happened { c.add("e.happened = ?", [h], covered: true) }
        if let p = f.place { c.add("e.place_name LIKE ? ESCAPE '\\'", [escapeLike(p) + "%"]) }
        if let b = f.bbox { c.add("(e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?)", [b.minLat, b.maxLat, b.minLon, b.maxLon]) }
        if let s = f.since { c.add("e.date_last >= ?", [s.dayNumber], covered: true) }
        if let u = f.until { c.add("e.date <= ?", [u.dayNumber], covered: true) }
        try articleConditions(f, db: db, &c)
        return c
    }

    /// Whether the CAMEO table knows the code and no longer code under it ("190": yes; "023", parent of "0233": no).
    static func isLeafCode(_ code: String) -> Bool {
        let table = CAMEO.shared.entries
        return table[code] != nil && !table.keys.contains { $0.count > code.count && $0.hasPrefix(code) }
    }

    /// Conditions on the reporting articles. Few matching articles: collect their events (IN); many: scan events
    /// newest first and test each (EXISTS), which stops early under a limit.
    private static func articleConditions(_ f: EventFilter, db: Database, _ c: inout Clause) throws {
        var sel: [String] = [], args: [DatabaseValueConvertible?] = []
        if let a = f.article { sel.append("m.article_id = ?"); args.append(a) }
        if let s = f.site { sel.append("a.site = ?"); args.append(s.lowercased()) }
        if let t = f.text {
            sel.append("a.rowid IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)")
            args.append(ftsQuery(t))
        }
        if let l = f.language { sel.append("a.language = ?"); args.append(l) }
        guard !sel.isEmpty else { return }
        let join = "FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE " + sel.joined(separator: " AND ")
        if f.article == nil, try articleCount(f, db: db) > 2000 {
            c.add("EXISTS (SELECT 1 " + join + " AND m.event_id = e.id)", args)
        } else {
            c.add("e.id IN (SELECT m.event_id " + join + ")", args)
        }
    }

    /// How many articles the most selective article-level condition matches (cheap, index-only counts).
    private static func articleCount(_ f: EventFilter, db: Database) throws -> Int {
        var counts: [Int] = []
        if let s = f.site {
            counts.append(try Int.fetchOne(db, sql: "SELECT count(*) FROM articles WHERE site = ?", arguments: [s.lowercased()]) ?? 0)
        }
        if let t = f.text {
            counts.append(try Int.fetchOne(db, sql: "SELECT count(*) FROM article_fts WHERE article_fts MATCH ?", arguments: [ftsQuery(t)]) ?? 0)
        }
        if let l = f.language {
            counts.append(try Int.fetchOne(db, sql: "SELECT count(*) FROM articles WHERE language = ?", arguments: [l]) ?? 0)
        }
        return counts.min() ?? 0
    }

    /// Plain words become quoted terms (ANDed); text with FTS5 operators or quotes passes through.
    static func ftsQuery(_ t: String) -> String {
        let s = Writer.searchable(t)
        let operators = s.contains("\"") || s.contains("*") || s.contains("(")
            || s.split(separator: " ").contains { ["AND", "OR", "NOT", "NEAR"].contains($0) }
        if operators { return s }
        return s.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .map { "\"\($0)\"" }.joined(separator: " ")
    }

    static func escapeLike(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }

    /// Reports of the given events with their articles' metadata, first ingested first.
    static func mentions(_ db: Database, for ids: [String]) throws -> [String: [EventMention]] {
        var out: [String: [EventMention]] = [:]
        let decoder = JSONDecoder()
        var start = 0
        while start < ids.count {
            let chunk = Array(ids[start..<min(start + 500, ids.count)])
            start += 500
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            let sql = """
                SELECT m.*, a.site, a.url, a.title, a.published, a.language FROM event_mentions m
                JOIN articles a ON a.id = m.article_id WHERE m.event_id IN (\(marks))
                ORDER BY a.ingested_at, a.rowid, m.evidence_start
                """
            let rows = try Row.fetchAll(db, sql: sql, arguments: StatementArguments(chunk))
            guard let first = rows.first else { continue }
            let columns = ColumnIndex(first)
            for row in rows {
                let r = NamedRow(row: row, columns: columns)
                out[r["event_id"], default: []].append(mention(from: r, decoder: decoder))
            }
        }
        return out
    }

    static func mention(from r: NamedRow, decoder: JSONDecoder) -> EventMention {
        let speakersJSON: String = r["speakers"]
        let speakers = speakersJSON == "[]" ? [] : (try? decoder.decode([ActorRef].self, from: Data(speakersJSON.utf8))) ?? []
        let fmin: Int? = r["fatalities_min"], fmax: Int? = r["fatalities_max"]
        let ts: Int? = r["trigger_start"], te: Int? = r["trigger_end"]
        let trigger = ts.flatMap { s in te.map { Span(s, max(s, $0)) } }
        let es: Int = r["evidence_start"], ee: Int = r["evidence_end"]
        return EventMention(article: r["article_id"], evidence: Evidence(span: Span(es, max(es, ee)), text: r["evidence"], trigger: trigger),
                            modality: Modality(rawValue: r["modality"]) ?? .asserted, speakers: speakers,
                            fatalities: (fmin == nil && fmax == nil) ? nil : Fatalities(min: fmin, max: fmax),
                            confidence: r["confidence"], coderVersion: r["coder_version"], lead: r["lead"],
                            site: r["site"], url: r["url"], title: r["title"],
                            published: (r["published"] as Int?).map(CalendarDay.init(dayNumber:)), language: r["language"])
    }

    static func actor(_ r: NamedRow, _ side: String) -> ActorRef? {
        guard let code: String = r["\(side)_code"] else { return nil }
        return ActorRef(code: code, name: r["\(side)_name"], entity: r["\(side)_entity"])
    }

    static func record(from r: NamedRow, mentions: [EventMention]) -> EventRecord {
        var place: Place?
        if let name: String = r["place_name"] {
            place = Place(name: name, country: r["place_country"], admin1: r["place_admin1"], lat: r["lat"], lon: r["lon"],
                          geonameid: r["geonameid"], precision: PlacePrecision(rawValue: r["place_precision"] ?? "") ?? .city)
        }
        let first = mentions.first
        let modality = Modality(rawValue: r["modality"]) ?? .asserted
        var event = Event(source: actor(r, "source"), target: actor(r, "target"), code: r["code"], place: place,
                          date: (r["date"] as Int?).map(CalendarDay.init(dayNumber:)),
                          dateEnd: (r["date_end"] as Int?).map(CalendarDay.init(dayNumber:)),
                          datePrecision: (r["date_precision"] as String?).flatMap(DatePrecision.init(rawValue:)),
                          modality: modality, speakers: first?.speakers ?? [], fatalities: first?.fatalities,
                          evidence: first?.evidence ?? Evidence(span: Span(0, 0), text: ""),
                          confidence: first?.confidence ?? 0, coderVersion: r["coder_version"], article: r["first_article"])
        event.id = r["id"]
        event.fatalities = mentions.compactMap(\.fatalities).max { ($0.min ?? 0) < ($1.min ?? 0) } ?? first?.fatalities
        return EventRecord(event: event, mentions: mentions, numMentions: r["num_mentions"], numSources: r["num_sources"],
                           numArticles: r["num_articles"], firstSeen: Date(timeIntervalSince1970: r["first_seen"]))
    }
}

/// Column positions of one result set, read once from its first row (GRDB's by-name lookup lowercases the name
/// on every access, which dominated decoding thousands of events).
struct ColumnIndex {
    private let positions: [String: Int]

    init(_ row: Row) {
        var p: [String: Int] = [:]
        for (i, name) in row.columnNames.enumerated() where p[name] == nil { p[name] = i }
        positions = p
    }

    /// The position of a column the query selects (a programming error otherwise).
    subscript(_ name: String) -> Int {
        guard let i = positions[name] else { preconditionFailure("column \(name) is not selected") }
        return i
    }
}

/// A row read by column name through a `ColumnIndex`.
struct NamedRow {
    let row: Row
    let columns: ColumnIndex

    @_disfavoredOverload subscript<T: DatabaseValueConvertible>(_ name: String) -> T { row[columns[name]] }
    subscript<T: DatabaseValueConvertible>(_ name: String) -> T? { row[columns[name]] }
}
