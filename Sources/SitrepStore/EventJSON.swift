import Foundation
import SitrepModel

/// The JSON object printed for one event (jsonl, json, geojson properties). Missing values are `null`, never absent.
struct EventJSON: Encodable {
    let r: EventRecord

    enum Keys: String, CodingKey {
        case id, source, target, actors, code, root, quad_class, goldstein, plover, place, date, date_precision, date_end
        case modality, speakers, fatalities, evidence, article, confidence, coder_version
        case num_mentions, num_sources, num_articles, mentions, site, url, title, first_seen
    }

    func encode(to encoder: Encoder) throws {
        let e = r.event
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(e.id, forKey: .id)
        try c.encode(e.source?.code, forKey: .source)
        try c.encode(e.target?.code, forKey: .target)
        try c.encode(ActorsJSON(source: e.source, target: e.target), forKey: .actors)
        try c.encode(e.code, forKey: .code)
        try c.encode(e.root, forKey: .root)
        try c.encode(e.quadClass, forKey: .quad_class)
        try c.encode(e.goldstein, forKey: .goldstein)
        try c.encode(e.plover, forKey: .plover)
        try c.encode(e.place.map(PlaceJSON.init), forKey: .place)
        try c.encode(e.date?.iso, forKey: .date)
        try c.encode(e.datePrecision?.rawValue, forKey: .date_precision)
        try c.encode(e.dateEnd?.iso, forKey: .date_end)
        try c.encode(e.modality.rawValue, forKey: .modality)
        try c.encode(e.speakers.map(ActorJSON.init), forKey: .speakers)
        try c.encode(e.fatalities.map(FatalitiesJSON.init), forKey: .fatalities)
        try c.encode(EvidenceJSON(e.evidence), forKey: .evidence)
        try c.encode(e.article, forKey: .article)
        try c.encode(e.confidence, forKey: .confidence)
        try c.encode(e.coderVersion, forKey: .coder_version)
        try c.encode(r.numMentions, forKey: .num_mentions)
        try c.encode(r.numSources, forKey: .num_sources)
        try c.encode(r.numArticles, forKey: .num_articles)
        try c.encode(r.mentions.map(MentionJSON.init), forKey: .mentions)
        try c.encode(r.site, forKey: .site)
        try c.encode(r.url, forKey: .url)
        try c.encode(r.title, forKey: .title)
        try c.encode(r.firstSeen.map(Self.timestamp), forKey: .first_seen)
    }

    static func timestamp(_ d: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: d)
    }
}

struct ActorJSON: Encodable {
    let a: ActorRef
    init(_ a: ActorRef) { self.a = a }
    enum Keys: String, CodingKey { case code, name, entity }
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(a.code, forKey: .code)
        try c.encode(a.name, forKey: .name)
        try c.encode(a.entity, forKey: .entity)
    }
}

struct ActorsJSON: Encodable {
    let source: ActorRef?
    let target: ActorRef?
    enum Keys: String, CodingKey { case source, target }
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(source.map(ActorJSON.init), forKey: .source)
        try c.encode(target.map(ActorJSON.init), forKey: .target)
    }
}

struct PlaceJSON: Encodable {
    let p: Place
    init(_ p: Place) { self.p = p }
    enum Keys: String, CodingKey { case name, country, admin1, lat, lon, geonameid, precision }
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(p.name, forKey: .name)
        try c.encode(p.country, forKey: .country)
        try c.encode(p.admin1, forKey: .admin1)
        try c.encode(p.lat, forKey: .lat)
        try c.encode(p.lon, forKey: .lon)
        try c.encode(p.geonameid, forKey: .geonameid)
        try c.encode(p.precision.rawValue, forKey: .precision)
    }
}

struct FatalitiesJSON: Encodable {
    let f: Fatalities
    init(_ f: Fatalities) { self.f = f }
    enum Keys: String, CodingKey { case min, max }
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(f.min, forKey: .min)
        try c.encode(f.max, forKey: .max)
    }
}

struct EvidenceJSON: Encodable {
    let e: Evidence
    init(_ e: Evidence) { self.e = e }
    enum Keys: String, CodingKey { case text, start, end, trigger }
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(e.text, forKey: .text)
        try c.encode(e.span.start, forKey: .start)
        try c.encode(e.span.end, forKey: .end)
        try c.encode(e.trigger.map { [$0.start, $0.end] }, forKey: .trigger)
    }
}

struct MentionJSON: Encodable {
    let m: EventMention
    init(_ m: EventMention) { self.m = m }
    enum Keys: String, CodingKey { case article, evidence, modality, speakers, fatalities, confidence, site, url, published, language }
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(m.article, forKey: .article)
        try c.encode(EvidenceJSON(m.evidence), forKey: .evidence)
        try c.encode(m.modality.rawValue, forKey: .modality)
        try c.encode(m.speakers.map(ActorJSON.init), forKey: .speakers)
        try c.encode(m.fatalities.map(FatalitiesJSON.init), forKey: .fatalities)
        try c.encode(m.confidence, forKey: .confidence)
        try c.encode(m.site, forKey: .site)
        try c.encode(m.url, forKey: .url)
        try c.encode(m.published?.iso, forKey: .published)
        try c.encode(m.language, forKey: .language)
    }
}
