import Foundation
import GRDB
import SitrepModel

/// Writes inside one open transaction, with cached prepared statements (the ingest hot path).
struct Writer {
    let db: Database
    let now: Double

    /// Stores the article, its annotations and its events; nothing when the article is already stored.
    func save(_ doc: Document) throws -> SaveResult {
        let site = Self.site(of: doc)
        try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO articles (id, origin, external_id, url, site, title, author, published, language, text, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [doc.id, doc.origin, doc.externalID, doc.url, site, doc.title, doc.author,
                                     doc.published?.dayNumber, doc.language, doc.text, now])
        guard db.changesCount == 1 else { return SaveResult() }
        let rowid = db.lastInsertedRowID
        try db.cachedStatement(sql: "INSERT INTO article_fts (rowid, title, text) VALUES (?, ?, ?)")
            .execute(arguments: [rowid, Self.searchable(doc.title ?? ""), Self.searchable(doc.text)])
        try saveAnnotations(doc)
        var result = try insertEvents(doc.events, article: doc.id, lead: Self.leadTest(doc), coderVersion: nil)
        result.articlesInserted = 1
        return result
    }

    /// Deletes the article's reports, inserts the new events, recounts and drops events no article reports any more.
    func replaceEvents(articleID: String, events: [Event], coderVersion: String) throws -> SaveResult {
        guard let row = try Row.fetchOne(db, sql: "SELECT text FROM articles WHERE id = ?", arguments: [articleID]) else {
            throw StoreError.unknownArticle(id: articleID)
        }
        let text: String = row["text"]
        let old = try String.fetchAll(db, sql: "SELECT DISTINCT event_id FROM event_mentions WHERE article_id = ?", arguments: [articleID])
        try db.execute(sql: "DELETE FROM event_mentions WHERE article_id = ?", arguments: [articleID])
        let paragraphEnd = text.utf8.firstIndex(of: 10).map { text.utf8.distance(from: text.utf8.startIndex, to: $0) } ?? Int.max
        var relabelled = events
        for i in relabelled.indices { relabelled[i].article = articleID }
        var result = try insertEvents(relabelled, article: articleID, lead: { $0.start < paragraphEnd }, coderVersion: coderVersion)
        let fresh = Set(relabelled.map(\.id))
        for id in old where !fresh.contains(id) {
            try recount(id)
            try db.cachedStatement(sql: "DELETE FROM events WHERE id = ? AND num_mentions = 0").execute(arguments: [id])
            result.eventsRemoved += db.changesCount
        }
        return result
    }

    private func saveAnnotations(_ doc: Document) throws {
        let sentence = try db.cachedStatement(sql: "INSERT OR IGNORE INTO sentences (article_id, idx, start, \"end\", paragraph) VALUES (?, ?, ?, ?, ?)")
        for (i, s) in doc.sentences.enumerated() {
            try sentence.execute(arguments: [doc.id, i, s.span.start, s.span.end, s.paragraph])
        }
        let mention = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO mentions (article_id, idx, start, "end", kind, actor_code, actor_name, entity, agent, place_name, place_country, geonameid)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (i, m) in doc.mentions.enumerated() {
            try mention.execute(arguments: [doc.id, i, m.span.start, m.span.end, m.kind.rawValue, m.actor?.code, m.actor?.name,
                                            m.actor?.entity, m.agent, m.place?.name, m.place?.country, m.place?.geonameid])
        }
        let flag = try db.cachedStatement(sql: "INSERT OR IGNORE INTO knowledge_flags (article_id, idx, kind, message, start, \"end\", evidence) VALUES (?, ?, ?, ?, ?, ?, ?)")
        for (i, f) in doc.flags.enumerated() {
            try flag.execute(arguments: [doc.id, i, f.kind, f.message, f.evidence.start, f.evidence.end, String(doc.text(f.evidence))])
        }
    }

    /// Inserts events (new ids only) and one report per (event, article, evidence); recounts touched events.
    private func insertEvents(_ events: [Event], article: String, lead: (Span) -> Bool, coderVersion: String?) throws -> SaveResult {
        var result = SaveResult()
        var touched: [String] = []
        var seen = Set<String>()
        let insertEvent = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO events (id, source_code, source_name, source_entity, source_country,
                target_code, target_name, target_entity, target_country, code, root, quad_class, goldstein, plover,
                place_name, place_country, place_admin1, lat, lon, geonameid, place_precision,
                date, date_end, date_last, date_precision, happened, modality, coder_version, first_seen, first_article)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertMention = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO event_mentions (event_id, article_id, evidence_start, evidence_end, evidence,
                trigger_start, trigger_end, modality, modality_rank, speakers, fatalities_min, fatalities_max, confidence, coder_version, lead)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for e in events {
            let version = coderVersion ?? e.coderVersion
            let p = e.place
            var args: [DatabaseValueConvertible?] = [e.id, e.source?.code, e.source?.name, e.source?.entity, e.source?.country,
                                                      e.target?.code, e.target?.name, e.target?.entity, e.target?.country]
            args += [e.code, e.root, e.quadClass, e.goldstein, e.plover]
            args += [p?.name, p?.country, p?.admin1, p?.lat, p?.lon, p?.geonameid, p?.precision.rawValue]
            args += [e.date?.dayNumber, e.dateEnd?.dayNumber, (e.dateEnd ?? e.date)?.dayNumber, e.datePrecision?.rawValue]
            args += [e.modality.happened, e.modality.rawValue, version, now, article]
            try insertEvent.execute(arguments: StatementArguments(args))
            if db.changesCount == 1 { result.eventsInserted += 1 } else if coderVersion != nil {
                try db.cachedStatement(sql: "UPDATE events SET coder_version = ? WHERE id = ?").execute(arguments: [version, e.id])
            }
            try insertMention.execute(arguments: [e.id, article, e.evidence.span.start, e.evidence.span.end, e.evidence.text,
                                                  e.evidence.trigger?.start, e.evidence.trigger?.end, e.modality.rawValue,
                                                  Self.rank(e.modality), Self.json(e.speakers), e.fatalities?.min, e.fatalities?.max,
                                                  e.confidence, version, lead(e.evidence.span)])
            result.mentionsInserted += db.changesCount
            if seen.insert(e.id).inserted { touched.append(e.id) }
        }
        for id in touched { try recount(id) }
        return result
    }

    /// Recomputes an event's GDELT counts, strongest modality and first article from its reports.
    func recount(_ id: String) throws {
        try db.cachedStatement(sql: """
            UPDATE events SET
                num_mentions = (SELECT count(*) FROM event_mentions WHERE event_id = ?1),
                num_articles = (SELECT count(DISTINCT article_id) FROM event_mentions WHERE event_id = ?1),
                num_sources = (SELECT count(DISTINCT coalesce(a.site, a.id)) FROM event_mentions m
                               JOIN articles a ON a.id = m.article_id WHERE m.event_id = ?1),
                modality = coalesce((SELECT modality FROM event_mentions WHERE event_id = ?1
                                     ORDER BY modality_rank LIMIT 1), modality),
                first_article = coalesce((SELECT m.article_id FROM event_mentions m JOIN articles a ON a.id = m.article_id
                                          WHERE m.event_id = ?1 ORDER BY a.ingested_at, a.rowid LIMIT 1), first_article)
            WHERE id = ?1
            """).execute(arguments: [id])
    }

    static func rank(_ m: Modality) -> Int {
        switch m {
        case .asserted: return 0
        case .claimed: return 1
        case .predicted: return 2
        case .hypothetical: return 3
        case .negated: return 4
        }
    }

    static func json(_ speakers: [ActorRef]) -> String {
        guard !speakers.isEmpty else { return "[]" }
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? enc.encode(speakers)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }

    /// A test for "evidence in the first paragraph": by sentence paragraph numbers, else by the first line break.
    static func leadTest(_ doc: Document) -> (Span) -> Bool {
        if !doc.sentences.isEmpty {
            let firstEnd = doc.sentences.filter { $0.paragraph == doc.sentences[0].paragraph }.map(\.span.end).max() ?? 0
            return { $0.start < firstEnd }
        }
        let u = doc.text.utf8
        let end = u.firstIndex(of: 10).map { u.distance(from: u.startIndex, to: $0) } ?? Int.max
        return { $0.start < end }
    }

    /// The article's site: given, or the URL's host without "www.".
    static func site(of doc: Document) -> String? {
        if let s = doc.site, !s.isEmpty { return s.lowercased() }
        guard let u = doc.url, let host = URL(string: u)?.host?.lowercased(), !host.isEmpty else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }

    /// Text as FTS5 indexes it: ligatures unfolded (unicode61 folds é→e but not œ→oe).
    static func searchable(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { "œŒæÆ".unicodeScalars.contains($0) }) else { return s }
        return s.replacingOccurrences(of: "œ", with: "oe").replacingOccurrences(of: "Œ", with: "Oe")
            .replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "Æ", with: "Ae")
    }
}
