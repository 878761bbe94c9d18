import Foundation
import SitrepModel

/// Store benchmark (`sitrep bench store`): fills a database with synthetic events, then times filtered queries.
public enum StoreBenchmark {
    /// One timed query.
    public struct QueryTiming: Sendable {
        public var name: String
        public var results: Int
        /// Median of the runs, in milliseconds.
        public var medianMS: Double
        public var maxMS: Double
        /// Median process CPU time of the runs, in milliseconds (wall time also counts waiting for a busy machine's cores).
        public var cpuMS: Double = 0
    }

    /// What a run measured.
    public struct Report: Sendable, CustomStringConvertible {
        public var events: Int
        public var articles: Int
        public var mentions: Int
        /// Wall time spent inside `save` (generating the synthetic articles is not counted).
        public var insertSeconds: Double
        /// Process CPU time spent inside `save`.
        public var insertCPUSeconds: Double = 0
        /// Wall time of the whole fill, generating the synthetic articles included.
        public var fillSeconds: Double = 0
        public var queries: [QueryTiming]

        public var description: String {
            var s = String(format: "store: %d events, %d reports, %d articles; save took %.1f s (%.0f events/s), %.1f s CPU (%.0f events per CPU-second)\n",
                           events, mentions, articles, insertSeconds, Double(events) / max(insertSeconds, 1e-9),
                           insertCPUSeconds, Double(events) / max(insertCPUSeconds, 1e-9))
            s += String(format: "fill with generation: %.1f s (%.0f events/s)\n", fillSeconds, Double(events) / max(fillSeconds, 1e-9))
            if insertSeconds == 0 { s = String(format: "store: %d events, %d reports, %d articles (database reused)\n", events, mentions, articles) }
            s += "query (limit 100 unless noted)                 results   median ms   max ms   cpu ms\n"
            for q in queries {
                s += q.name.padding(toLength: 46, withPad: " ", startingAt: 0)
                s += String(format: "%8d  %10.2f  %7.2f  %7.2f\n", q.results, q.medianMS, q.maxMS, q.cpuMS)
            }
            return s
        }
    }

    /// The order in which the synthetic articles arrive.
    public enum Order: String, CaseIterable, Sendable {
        /// In publication order, as a news feed arrives: each index grows mostly at its newest end.
        case chronological
        /// Publication days drawn at random over ten years, as an archive backfilled in no order: every insert
        /// lands at a random place in every date-keyed index (the worst case for the page cache and the WAL).
        case random
    }

    /// Builds a database of about `events` events at `path` (reusing it if it already holds them), then times queries.
    public static func run(events: Int, path: String, runs: Int = 5, order: Order = .random) throws -> Report {
        let store = try SQLiteEventStore(path: path)
        var spent = SaveTime()
        let t0 = DispatchTime.now().uptimeNanoseconds
        if try store.stats().events < events { spent = try fill(store, events: events, order: order) }
        let fillSeconds = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
        try store.optimize()
        let stats = try store.stats()
        let queries = try timedQueries(store, runs: runs)
        return Report(events: stats.events, articles: stats.articles, mentions: stats.mentions, insertSeconds: spent.wall,
                      insertCPUSeconds: spent.cpu, fillSeconds: fillSeconds, queries: queries)
    }

    static let countries = ["UKR", "RUS", "USA", "FRA", "DEU", "GBR", "CHN", "ARM", "AZE", "KAZ", "TUR", "IRN", "ISR", "SYR", "IRQ",
                            "POL", "BLR", "GEO", "IND", "PAK", "AFG", "EGY", "NGA", "MLI", "SDN", "ETH", "BRA", "MEX", "JPN", "PRK"]
    static let sectors = ["", "GOV", "MIL", "REB", "CVL", "BUS", "POL"]
    static let words = ["offensive", "troupes", "ministre", "sommet", "négociations", "frappe", "frontière", "élection",
                        "sanctions", "accord", "manifestation", "arrestation", "aide", "réfugiés", "cessez-le-feu", "visite"]

    /// Wall and CPU seconds spent saving.
    struct SaveTime {
        var wall = 0.0
        var cpu = 0.0

        /// Saves `docs` in one batch, adding the time it took.
        mutating func save(_ docs: [Document], to store: SQLiteEventStore) throws {
            let t0 = DispatchTime.now().uptimeNanoseconds, c0 = processCPUSeconds()
            _ = try store.save(docs)
            wall += Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
            cpu += processCPUSeconds() - c0
        }
    }

    /// Inserts synthetic articles of ten events each (one in ten a re-report of an earlier event), dated up to 30 days
    /// before publication, in batches of `batchSize` articles, and returns the time spent in the store.
    static func fill(_ store: SQLiteEventStore, events: Int, order: Order = .random, batchSize: Int = 500) throws -> SaveTime {
        var spent = SaveTime()
        var rng = SplitMix64(seed: 42)
        let codes = CAMEO.shared.entries.keys.filter { $0.count == 3 }.sorted()
        let codeList = codes.isEmpty ? ["010", "042", "111", "173", "190", "195"] : codes
        var recent: [Event] = []
        var batch: [Document] = []
        let articles = max(1, events / 9)
        for a in 0..<articles {
            let drawn = Int(rng.next() % 3650)
            let day = CalendarDay(year: 2015, month: 1, day: 1).adding(days: order == .random ? drawn : a * 3650 / articles)
            let lang = ["fr", "en", "de", "es"][Int(rng.next() % 4)]
            let body = (0..<40).map { _ in words[Int(rng.next() % UInt64(words.count))] }.joined(separator: " ")
            var doc = Document(origin: "bench:\(a)", url: "https://site\(a % 200).example/\(a)", title: "Dépêche \(a)",
                               site: "site\(a % 200).example", published: day, language: lang, text: "Dépêche \(a). \(body)")
            for i in 0..<10 {
                if i == 9, let old = recent.randomElement(using: &rng) {
                    var again = old
                    again.article = doc.id
                    doc.events.append(again)
                    continue
                }
                doc.events.append(randomEvent(&rng, codes: codeList, day: day, article: doc.id, text: doc.text))
            }
            recent.append(doc.events[0])
            if recent.count > 1000 { recent.removeFirst(500) }
            batch.append(doc)
            if batch.count == batchSize { try spent.save(batch, to: store); batch.removeAll(keepingCapacity: true) }
        }
        if !batch.isEmpty { try spent.save(batch, to: store) }
        return spent
    }

    static func randomEvent(_ rng: inout SplitMix64, codes: [String], day: CalendarDay, article: String, text: String) -> Event {
        func actor() -> ActorRef {
            let c = countries[Int(rng.next() % UInt64(countries.count))]
            return ActorRef(code: c + sectors[Int(rng.next() % UInt64(sectors.count))], name: rng.next() % 4 == 0 ? "Leader of \(c)" : nil)
        }
        let country = countries[Int(rng.next() % UInt64(countries.count))]
        let gid = Int(rng.next() % 5000)
        let place = Place(name: "Place \(gid)", country: country, lat: Double(rng.next() % 18000) / 100 - 90,
                          lon: Double(rng.next() % 36000) / 100 - 180, geonameid: 1_000_000 + gid, precision: .city)
        let modality = Modality.allCases[Int(rng.next() % 10) < 7 ? 0 : Int(rng.next() % 5)]
        let date = day.adding(days: -Int(rng.next() % 30))
        let end = min(40, text.utf8.count)
        return Event(source: actor(), target: actor(), code: codes[Int(rng.next() % UInt64(codes.count))], place: place,
                     date: date, datePrecision: .day, modality: modality,
                     evidence: Evidence(span: Span(0, end), text: String(text.prefix(40))), confidence: 0.7,
                     coderVersion: "bench", article: article)
    }

    static func timedQueries(_ store: SQLiteEventStore, runs: Int) throws -> [QueryTiming] {
        let y2020 = CalendarDay(year: 2020, month: 1, day: 1)
        let cases: [(String, EventFilter)] = [
            ("newest 100, no filter", EventFilter(limit: 100)),
            ("--country UKR", EventFilter(country: "UKR", limit: 100)),
            ("--actor RUSMIL", EventFilter(actor: "RUSMIL", limit: 100)),
            ("--actor name fragment 'Leader of KAZ'", EventFilter(actor: "Leader of KAZ", limit: 100)),
            ("--dyad RUS,UKR", EventFilter(dyad: Dyad("RUS", "UKR"), limit: 100)),
            ("--dyad RUS,UKR (all, no limit)", EventFilter(dyad: Dyad("RUS", "UKR"))),
            ("--code 19", EventFilter(code: "19", limit: 100)),
            ("--code 190 --since 2020-01-01", EventFilter(code: "190", since: y2020, limit: 100)),
            ("--quad-class 4 --country RUS", EventFilter(country: "RUS", quadClass: 4, limit: 100)),
            ("--quad-class 2", EventFilter(quadClass: 2, limit: 100)),
            ("--modality predicted", EventFilter(modality: .predicted, limit: 100)),
            ("--since/--until one month", EventFilter(since: CalendarDay(year: 2019, month: 3, day: 1),
                                                      until: CalendarDay(year: 2019, month: 3, day: 31), limit: 100)),
            ("--place 'Place 123'", EventFilter(place: "Place 123", limit: 100)),
            ("--bbox 36,47,41,50", EventFilter(bbox: BoundingBox(minLon: 36, minLat: 47, maxLon: 41, maxLat: 50), limit: 100)),
            ("--language en", EventFilter(language: "en", limit: 100)),
            ("--site site7.example", EventFilter(site: "site7.example", limit: 100)),
            ("--text 'Dépêche 4242' (one article)", EventFilter(text: "Dépêche 4242", limit: 100)),
            ("--text 'cessez-le-feu frappe' (most articles)", EventFilter(text: "cessez-le-feu frappe", limit: 100)),
            ("--country UKR --code 19 --since 2022-01-01", EventFilter(country: "UKR", code: "19", since: CalendarDay(year: 2022, month: 1, day: 1), limit: 100)),
        ]
        return try cases.map { name, filter in
            var times: [Double] = [], cpu: [Double] = []
            var n = 0
            for _ in 0..<max(1, runs) {
                let t0 = DispatchTime.now().uptimeNanoseconds, c0 = processCPUSeconds()
                n = try store.events(filter).count
                times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
                cpu.append((processCPUSeconds() - c0) * 1e3)
            }
            times.sort()
            cpu.sort()
            return QueryTiming(name: name, results: n, medianMS: times[times.count / 2], maxMS: times.last ?? 0,
                               cpuMS: cpu[cpu.count / 2])
        }
    }
}

/// User plus system CPU time this process has used, in seconds.
public func processCPUSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// A small deterministic random generator (SplitMix64) so benchmark databases are reproducible.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
