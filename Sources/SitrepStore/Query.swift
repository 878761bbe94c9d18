import Foundation
import GRDB
import SitrepModel

extension SQLiteEventStore {
    public func events(_ filter: EventFilter) throws -> [EventRecord] {
        try filter.validate()
        let (whereSQL, args) = Self.whereClause(filter)
        var sql = "SELECT * FROM events e"
        if !whereSQL.isEmpty { sql += " WHERE " + whereSQL }
        sql += " ORDER BY e.date DESC, e.id"
        if let limit = filter.limit { sql += " LIMIT \(limit)" }
        return try read("events query") { db in
            let rows: [Row]
            do {
                rows = try Row.fetchAll(db, sql: sql, arguments: StatementArguments(args))
            } catch let e as DatabaseError where filter.text != nil && (e.message ?? "").contains("fts5") {
                throw StoreError.invalidFilter(field: "text", value: filter.text ?? "", reason: e.message ?? "bad full-text query",
                                               accepted: "words, \"quoted phrases\", AND, OR, NOT, prefix*")
            }
            let mentions = try Self.mentions(db, for: rows.map { $0["id"] as String })
            return rows.map { Self.record(from: $0, mentions: mentions[$0["id"] as String] ?? []) }
        }
    }

    /// The SQL condition and arguments for a filter (columns of `events e`).
    static func whereClause(_ f: EventFilter) -> (String, [DatabaseValueConvertible?]) {
        var conds: [String] = []
        var args: [DatabaseValueConvertible?] = []
        func prefix(_ column: String, _ p: String) -> String {
            args += [p, p + "~"]
            return "(\(column) >= ? AND \(column) < ?)"
        }
        if let a = f.actor {
            if EventFilter.isActorCode(a) {
                conds.append("(" + prefix("e.source_code", a) + " OR " + prefix("e.target_code", a) + ")")
            } else {
                let like = "%" + escapeLike(a) + "%"
                conds.append("(e.source_name LIKE ? ESCAPE '\\' OR e.target_name LIKE ? ESCAPE '\\' OR e.source_entity = ? OR e.target_entity = ?)")
                args += [like, like, a, a]
            }
        }
        if let c = f.country {
            conds.append("(e.source_country = ? OR e.target_country = ? OR e.place_country = ?)")
            args += [c, c, c]
        }
        if let d = f.dyad {
            let ab = prefix("e.source_code", d.a) + " AND " + prefix("e.target_code", d.b)
            let ba = prefix("e.source_code", d.b) + " AND " + prefix("e.target_code", d.a)
            conds.append("((\(ab)) OR (\(ba)))")
        }
        if let c = f.code {
            if c.count == 2 { conds.append("e.root = ?"); args.append(c) } else { conds.append(prefix("e.code", c)) }
        }
        if let q = f.quadClass { conds.append("e.quad_class = ?"); args.append(q) }
        if let m = f.modality { conds.append("e.modality = ?"); args.append(m.rawValue) }
        if let h = f.happened { conds.append("e.happened = ?"); args.append(h) }
        if let p = f.place {
            conds.append("e.place_name LIKE ? ESCAPE '\\'")
            args.append(escapeLike(p) + "%")
        }
        if let b = f.bbox {
            conds.append("(e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?)")
            args += [b.minLat, b.maxLat, b.minLon, b.maxLon]
        }
        if let s = f.since { conds.append("e.date_last >= ?"); args.append(s.dayNumber) }
        if let u = f.until { conds.append("e.date <= ?"); args.append(u.dayNumber) }
        articleConditions(f, &conds, &args)
        return (conds.joined(separator: " AND "), args)
    }

    /// Conditions on the reporting articles: selective ones (site, text, article) as IN, language as EXISTS.
    private static func articleConditions(_ f: EventFilter, _ conds: inout [String], _ args: inout [DatabaseValueConvertible?]) {
        var sel: [String] = []
        if let a = f.article { sel.append("m.article_id = ?"); args.append(a) }
        if let s = f.site { sel.append("a.site = ?"); args.append(s.lowercased()) }
        if let t = f.text {
            sel.append("a.rowid IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)")
            args.append(ftsQuery(t))
        }
        if !sel.isEmpty {
            conds.append("e.id IN (SELECT m.event_id FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE "
                         + sel.joined(separator: " AND ") + ")")
        }
        if let l = f.language {
            conds.append("EXISTS (SELECT 1 FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = e.id AND a.language = ?)")
            args.append(l)
        }
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
            for r in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(chunk)) {
                out[r["event_id"], default: []].append(mention(from: r, decoder: decoder))
            }
        }
        return out
    }

    static func mention(from r: Row, decoder: JSONDecoder) -> EventMention {
        let speakersJSON: String = r["speakers"]
        let speakers = (try? decoder.decode([ActorRef].self, from: Data(speakersJSON.utf8))) ?? []
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

    static func actor(_ r: Row, _ side: String) -> ActorRef? {
        guard let code: String = r["\(side)_code"] else { return nil }
        return ActorRef(code: code, name: r["\(side)_name"], entity: r["\(side)_entity"])
    }

    static func record(from r: Row, mentions: [EventMention]) -> EventRecord {
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
