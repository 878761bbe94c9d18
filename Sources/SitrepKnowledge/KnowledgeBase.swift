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
    /// The type of each entity, apart (reading it from `entities` copies the whole entry).
    let entityTypes: [EntityType]
    public let gazetteer: Gazetteer
    /// Folded alias key → hits.
    let names: [String: [NameHit]]
    /// Hash of a word in any alias → the lengths of the aliases starting with it (`NameLengths`; 0 if never first).
    let words: [UInt64: UInt8]
    /// Phrase keys (`PhraseHash`) of every alias.
    let phrases: PhraseTable
    /// The entries of `names` in one array, and their indexes by phrase key: a candidate name is found by its key's
    /// hash and one string comparison instead of hashing the string again (`hits(forKey:hash:)`).
    let nameEntries: [(key: String, hits: [NameHit])]
    let nameSlots: PhraseTable
    /// Entity index of each id, and of each country by alpha-3.
    public let entityIndex: [String: Int]
    public let countryEntity: [String: Int]
    /// Short checksum of the shipped resources, plus one of the user's files when any ("8c73103f894a+1f2e3d4c").
    public let version: String
    /// Stopwords of the supported languages (folded), never places or actors alone.
    let stopwords: Set<String>
    /// The words of every alias and place name, by hash.
    let nameWords: NameWords
    /// The holders of each office ("pm ARM") with their terms.
    let officeHolders: [String: [(entity: Int, role: HeldRole)]]
    /// Token facts of frequent words (the stopwords, as norm and lemma), computed at load and shared by all documents.
    let frequentTokens: FrequentTokens
    /// Office titles of three words or more by their first word, for a title split by its country adjective ("le
    /// ministre allemand de la Défense"): the other words, longest first, with the office and its sector.
    let splitTitles: [String: [SplitTitle]]
    /// The office an institution named by it stands for (`office: president USA` → ("president", "USA")), by entity.
    let offices: [Int32: (title: String, country: String)]
    /// Token facts of the other words met in earlier documents, shared by all threads (`LearnedTokens`).
    let learnedTokens = LearnedTokens()

    /// The knowledge shipped with Sitrep, loaded on first use.
    public static let shared: KnowledgeBase = {
        do { return try load() } catch { fatalError("SitrepKnowledge: \(error)") }
    }()

    /// Loads the shipped knowledge plus users' files in the same format (later entries with the same id replace earlier ones).
    public static func load(extraFiles: [URL] = []) throws -> KnowledgeBase {
        // The gazetteer loads on another core while the actors are parsed.
        let gazBox = LoadBox<Gazetteer>()
        let group = DispatchGroup()
        DispatchQueue.global(qos: .userInitiated).async(group: group) {
            gazBox.result = Result { try Gazetteer(binary: try resource("gazetteer", "bin.gz"), file: "gazetteer.bin.gz") }
        }
        var entities = try KnowledgeFormat.parse(bytes: try resource("actors", "txt.gz"), file: "actors.txt.gz")
        let shipped = String(decoding: try resource("version", "txt"), as: UTF8.self).filter { !$0.isWhitespace }
        var extraHash = MatchKey.hash([UInt8]())
        for url in extraFiles {
            let data: Data
            do { data = try Data(contentsOf: url) } catch {
                throw KnowledgeError.unreadable(file: url.path, reason: error.localizedDescription)
            }
            guard String(data: data, encoding: .utf8) != nil else {
                throw KnowledgeError.unreadable(file: url.path, reason: "not UTF-8 text")
            }
            let bytes = [UInt8](data)
            extraHash = (extraHash ^ MatchKey.hash(bytes)) &* 0x100000001b3
            entities += try KnowledgeFormat.parse(bytes: bytes, file: url.path)
        }
        let stop = try resource("stopwords", "txt")
        var version = shipped.isEmpty ? "unversioned" : shipped
        if !extraFiles.isEmpty { version += "+" + String(String(extraHash, radix: 16).prefix(8)) }
        let index = NameIndex(entities)
        group.wait()
        guard let gazResult = gazBox.result else { throw KnowledgeError.missingResource("gazetteer.bin.gz") }
        let kb = KnowledgeBase(index: index, gazetteer: try gazResult.get(), version: version,
                               stopwords: Set(stop.split(separator: 0x0A).map { String(decoding: $0, as: UTF8.self) }))
        kb.warmUp()
        return kb
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

    convenience init(entities raw: [Entity], gazetteer: Gazetteer, version: String, stopwords: Set<String>) {
        self.init(index: NameIndex(raw), gazetteer: gazetteer, version: version, stopwords: stopwords)
    }

    init(index: NameIndex, gazetteer: Gazetteer, version: String, stopwords: Set<String>) {
        self.version = version
        self.entities = index.entities
        self.entityTypes = index.entities.map(\.type)
        self.gazetteer = gazetteer
        self.names = index.names
        self.words = index.words
        self.phrases = PhraseTable(index.names.keys.lazy.map { PhraseHash.part($0).value }, count: index.names.count)
        let nameEntries = index.names.map { (key: $0.key, hits: $0.value) }
        self.nameEntries = nameEntries
        self.nameSlots = PhraseTable(nameEntries.indices.lazy.map { (PhraseHash.part(nameEntries[$0].key).value, Int32($0)) },
                                     count: nameEntries.count)
        self.entityIndex = index.byID
        self.countryEntity = index.countries
        self.stopwords = stopwords
        let nameWords = NameWords(words: index.words, gazetteer: gazetteer)
        self.nameWords = nameWords
        var holders: [String: [(entity: Int, role: HeldRole)]] = [:]
        for (i, e) in index.entities.enumerated() {
            for r in e.roles { holders[r.title + " " + r.country, default: []].append((i, r)) }
        }
        self.officeHolders = holders
        self.splitTitles = SplitTitle.table(index.entities)
        var offices: [Int32: (title: String, country: String)] = [:]
        for (i, e) in index.entities.enumerated() {
            guard let o = e.notes["office"] else { continue }
            let parts = o.split(separator: " ")
            if parts.count == 2 { offices[Int32(i)] = (String(parts[0]), String(parts[1])) }
        }
        self.offices = offices
        self.frequentTokens = FrequentTokens(stopwords.map { w in
            (TokenKeys.factsKey(norm: w, lemma: w), KnowledgeBase.tokenFacts(norm: w, lemma: w, nameWords, stopwords))
        })
    }

    /// A token's facts (`TokenKeys.facts`) with its stopword flag and place word lists.
    func tokenFacts(norm: String, lemma: String) -> TokenFacts {
        KnowledgeBase.tokenFacts(norm: norm, lemma: lemma, nameWords, stopwords)
    }

    static func tokenFacts(norm: String, lemma: String, _ nameWords: NameWords, _ stopwords: Set<String>) -> TokenFacts {
        var f = TokenKeys.facts(norm: norm, lemma: lemma, nameWords)
        f.stopword = stopwords.contains(f.key)
        f.placeWords = PlaceWords(key: f.key)
        return f
    }

    /// Hits for a folded key.
    public func hits(forKey key: String) -> [NameHit] { names[key] ?? [] }

    /// `hits(forKey:)` of a key whose phrase key (`PhraseHash.part(key).value`) is `hash`.
    func hits(forKey key: String, hash: UInt64) -> [NameHit] {
        var found: [NameHit]?
        _ = nameSlots.first(hash) { i in
            guard nameEntries[Int(i)].key == key else { return false }
            found = nameEntries[Int(i)].hits
            return true
        }
        // a key whose words hash otherwise than its phrase (none is known) is still found by its string
        return found ?? names[key] ?? []
    }

    /// The person holding office `title` ("president", "pm", "fm", "defmin", "chancellor", "monarch") of `country` on
    /// `date` (the latest to take office when terms overlap on a day of handover); without a date, the holder of a
    /// term still open. Nil when the knowledge base has no holder.
    public func holder(of title: String, country: String, on date: CalendarDay?) -> Entity? {
        guard let terms = officeHolders[title + " " + country] else { return nil }
        let covering = terms.filter { date.map($0.role.contains) ?? ($0.role.to == nil) }
        let best = covering.max { ($0.role.from ?? .distantPast) < ($1.role.from ?? .distantPast) }
        return best.map { entities[$0.entity] }
    }

    /// The country entity for an alpha-3 code.
    public func country(_ alpha3: String) -> Entity? { countryEntity[alpha3].map { entities[$0] } }

    /// Whether a folded word occurs in any actor alias or place name.
    func isKnownWord(_ key: String) -> Bool { nameWords.isKnownWord(key) }

    func isKnownHash(_ h: UInt64) -> Bool { nameWords.isKnownHash(h) }
}

/// The words of every alias and place name, by hash: what `TokenKeys` asks of each token.
struct NameWords: Sendable {
    let table: WordFactsTable
    let gazetteer: Gazetteer

    init(words: [UInt64: UInt8], gazetteer: Gazetteer) {
        self.table = WordFactsTable(actorWords: words, gazetteer: gazetteer)
        self.gazetteer = gazetteer
    }

    /// Whether a folded word occurs in any actor alias or place name.
    func isKnownWord(_ key: String) -> Bool { isKnownHash(MatchKey.hash(key.utf8)) }

    @inline(__always)
    func isKnownHash(_ h: UInt64) -> Bool { table[h] != nil }

    /// What the actor aliases and place names say of a word, nil when it is in none.
    @inline(__always)
    func facts(_ h: UInt64) -> WordFacts? { table[h] }

    /// Lengths of the aliases and place names starting with this word (`NameLengths`; 0 when only later words), nil
    /// when in none.
    @inline(__always)
    func wordInfo(_ h: UInt64) -> UInt8? { table[h]?.lengths }
}

/// Token facts computed at load, by the (norm, lemma) key of `TokenKeys.factsKey`.
struct FrequentTokens: Sendable {
    let slots: HashSlots
    let facts: [TokenFacts]

    init(_ entries: [(UInt64, TokenFacts)]) {
        var slots = HashSlots(capacity: entries.count)
        var facts: [TokenFacts] = []
        for (k, f) in entries where slots[k] == nil {
            slots.set(k, Int32(facts.count))
            facts.append(f)
        }
        self.slots = slots
        self.facts = facts
    }

    @inline(__always)
    subscript(_ k: UInt64) -> TokenFacts? { slots[k].map { facts[Int($0)] } }
}

/// Token facts of the words met in earlier documents (beyond the stopwords of `FrequentTokens`), by the (norm, lemma)
/// key of `TokenKeys.factsKey`: a word's facts depend only on its norm, lemma and the knowledge, so each distinct word of
/// a stream of documents is worked out once (names and content words recur from article to article). Shared by all
/// threads under a lock; it stops growing at `limit` words, after which new words are worked out per document again.
final class LearnedTokens: @unchecked Sendable {
    private let lock = NSLock()
    private var slots = HashSlots(capacity: 1024)
    private var facts: [TokenFacts] = []
    let limit: Int

    init(limit: Int = 1 << 16) {
        self.limit = limit
    }

    /// Number of words learned.
    var count: Int {
        lock.lock(); defer { lock.unlock() }
        return facts.count
    }

    subscript(_ k: UInt64) -> TokenFacts? {
        lock.lock(); defer { lock.unlock() }
        return slots[k].map { facts[Int($0)] }
    }

    /// Remembers the facts of new words (a key already known keeps its facts), up to `limit` words.
    func add(_ entries: [(UInt64, TokenFacts)]) {
        lock.lock(); defer { lock.unlock() }
        for (k, f) in entries where facts.count < limit && slots[k] == nil {
            slots.set(k, Int32(facts.count))
            facts.append(f)
        }
    }
}

/// A value computed on another thread and read after `DispatchGroup.wait()`.
final class LoadBox<T>: @unchecked Sendable {
    var result: Result<T, Error>?
}

/// Entities deduplicated by id, with the alias index built from them.
struct NameIndex {
    var entities: [Entity] = []
    var names: [String: [NameHit]] = [:]
    var words: [UInt64: UInt8] = [:]
    var byID: [String: Int] = [:]
    var countries: [String: Int] = [:]

    init(_ raw: [Entity]) {
        // Later entries with the same id replace earlier ones (curated and user files override derived data).
        entities.reserveCapacity(raw.count)
        byID.reserveCapacity(raw.count)
        for e in raw {
            if let i = byID[e.id] { entities[i] = e } else { byID[e.id] = entities.count; entities.append(e) }
        }
        names.reserveCapacity(raw.count * 2)
        words.reserveCapacity(raw.count * 2)
        for (i, e) in entities.enumerated() {
            if e.type == .country, let c = e.codes.first?.code { countries[c] = i }
            for a in e.aliases { add(a, entity: i) }
        }
    }

    mutating func add(_ a: Alias, entity i: Int) {
        let key = MatchKey.fold(a.text)
        guard !key.isEmpty else { return }
        let hit = NameHit(entity: Int32(i), form: a.form, language: a.language)
        if let old = names[key] {
            if old.contains(hit) { return }
            names[key]!.append(hit)
        } else {
            names[key] = [hit]
        }
        // FNV-1a of each word (MatchKey.hash), computed in one pass.
        var parts: [UInt64] = []
        var h: UInt64 = 0xcbf29ce484222325
        for b in key.utf8 {
            if b == 0x20 { parts.append(h); h = 0xcbf29ce484222325 } else { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        }
        parts.append(h)
        let count = parts.count
        for (j, w) in parts.enumerated() {
            let cur = words[w]
            if j == 0 { words[w] = (cur ?? 0) | NameLengths.bit(count) } else if cur == nil { words[w] = 0 }
        }
    }
}
