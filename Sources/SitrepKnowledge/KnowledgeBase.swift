import Foundation
import SitrepCompression
import SitrepModel

/// A name-index hit: which entity, and whether the words named it or were its adjective or demonym.
public struct NameHit: Sendable, Hashable {
    public var entity: Int32
    public var form: Alias.Form
    /// Language of the alias that matched ("any" when not tied to one).
    public var language: String
}

/// Actors, organizations, agents and the gazetteer, loaded once into immutable lookup structures.
public final class KnowledgeBase: Sendable {
    public let entities: [Entity]
    public let gazetteer: Gazetteer
    /// Folded alias key → hits.
    let names: [String: [NameHit]]
    /// Hash of a word in any alias → longest alias (in words) starting with it (0 if never first).
    let words: [UInt64: UInt8]
    /// Entity index of each id, and of each country by alpha-3.
    public let entityIndex: [String: Int]
    public let countryEntity: [String: Int]
    /// Stopwords of the supported languages (folded), never places or actors alone.
    let stopwords: Set<String>

    /// The knowledge shipped with Sitrep, loaded on first use.
    public static let shared: KnowledgeBase = {
        do { return try load() } catch { fatalError("SitrepKnowledge: \(error)") }
    }()

    /// Loads the shipped knowledge plus users' files in the same format (later entries with the same id replace earlier ones).
    public static func load(extraFiles: [URL] = []) throws -> KnowledgeBase {
        let actors = try resource("actors", "txt.gz")
        var entities = try KnowledgeFormat.parse(String(decoding: actors, as: UTF8.self), file: "actors.txt.gz")
        for url in extraFiles {
            let data: Data
            do { data = try Data(contentsOf: url) } catch {
                throw KnowledgeError.unreadable(file: url.path, reason: error.localizedDescription)
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw KnowledgeError.unreadable(file: url.path, reason: "not UTF-8 text")
            }
            entities += try KnowledgeFormat.parse(text, file: url.path)
        }
        let gaz = try Gazetteer(places: try resource("places", "tsv.gz"), names: try resource("placenames", "txt.gz"))
        let stop = try resource("stopwords", "txt")
        return KnowledgeBase(entities: entities, gazetteer: gaz,
                             stopwords: Set(String(decoding: stop, as: UTF8.self).split(separator: "\n").map(String.init)))
    }

    static func resource(_ name: String, _ ext: String) throws -> [UInt8] {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources"),
              let data = try? Data(contentsOf: url) else { throw KnowledgeError.missingResource("\(name).\(ext)") }
        let bytes = [UInt8](data)
        if ext.hasSuffix("gz") {
            do { return try Gzip.decompress(bytes) } catch {
                throw KnowledgeError.unreadable(file: "\(name).\(ext)", reason: "\(error)")
            }
        }
        return bytes
    }

    init(entities raw: [Entity], gazetteer: Gazetteer, stopwords: Set<String>) {
        // Later entries with the same id replace earlier ones (curated and user files override derived data).
        var byID: [String: Int] = [:]
        var list: [Entity] = []
        list.reserveCapacity(raw.count)
        for e in raw {
            if let i = byID[e.id] { list[i] = e } else { byID[e.id] = list.count; list.append(e) }
        }
        var names: [String: [NameHit]] = [:]
        var words: [UInt64: UInt8] = [:]
        var countries: [String: Int] = [:]
        for (i, e) in list.enumerated() {
            if e.type == .country, let c = e.codes.first?.code { countries[c] = i }
            var seen = Set<String>()
            for a in e.aliases {
                let key = MatchKey.fold(a.text)
                guard !key.isEmpty, seen.insert(key + a.form.rawValue + a.language).inserted else { continue }
                names[key, default: []].append(NameHit(entity: Int32(i), form: a.form, language: a.language))
                let parts = key.split(separator: " ")
                for (j, w) in parts.enumerated() {
                    let h = MatchKey.hash(w.utf8)
                    let cur = words[h]
                    if j == 0 { words[h] = max(cur ?? 0, UInt8(min(parts.count, 255))) } else if cur == nil { words[h] = 0 }
                }
            }
        }
        self.entities = list
        self.gazetteer = gazetteer
        self.names = names
        self.words = words
        self.entityIndex = byID
        self.countryEntity = countries
        self.stopwords = stopwords
    }

    /// Hits for a folded key.
    public func hits(forKey key: String) -> [NameHit] { names[key] ?? [] }

    /// The country entity for an alpha-3 code.
    public func country(_ alpha3: String) -> Entity? { countryEntity[alpha3].map { entities[$0] } }

    /// Whether a folded word occurs in any actor alias or place name.
    func isKnownWord(_ key: String) -> Bool {
        let h = MatchKey.hash(key.utf8)
        return words[h] != nil || gazetteer.wordInfo(h) != nil
    }
}
