import Foundation
import SitrepModel

/// Joins sector words to the country, person or place beside them: "forces russes" → RUSMIL, "Russian troops" → RUSMIL,
/// "les forces du Kremlin" → RUSMIL, "le gouvernement du Président Volodymyr Zelensky" → UKRGOV (Zelensky),
/// "séparatistes soutenus par Moscou" → rebels of the other country the document is about.
struct AgentCombiner {
    let knowledge: KnowledgeBase
    /// Office titles of the title words ("premier ministre" → pm), by their first token.
    var titles: [Int: String] = [:]

    /// Words allowed between a sector word and its country ("forces armées ukrainiennes", "forces of the").
    static let gapWords: Set<String> = ["de", "du", "d'", "des", "of", "the", "'s", "la", "le", "l'", "armees", "armee", "armed",
        "speciales", "special", "locaux", "locales", "local", "regionales", "regional", "federal", "federales", "federaux",
        "general", "generale", "top", "senior", "officials", "security", "securite"]
    static let backedWords: Set<String> = ["soutenus", "soutenues", "soutenu", "appuyes", "appuyees", "backed", "supported", "sponsored"]
    static let byWords: Set<String> = ["par", "by"]

    func combine(_ input: [Mention], doc: Document, keys: TokenKeys) -> [Mention] {
        var ms = input
        var i = 0
        var out: [Mention] = []
        out.reserveCapacity(ms.count)
        while i < ms.count {
            // most mentions pass through: test the fields in place before copying one
            let kind = ms[i].kind
            guard kind == .agent || kind == .actor else { out.append(ms[i]); i += 1; continue }
            if kind == .actor, ms[i].agent == nil, let (last, merged) = titleAroundCountry(ms, i, after: out.last, doc: doc, keys: keys) {
                out.append(merged); i = last + 1; continue
            }
            if kind == .actor, ms[i].agent == nil, !(i + 1 < ms.count && ms[i + 1].kind == .agent) {
                out.append(ms[i]); i += 1; continue
            }
            var m = ms[i]
            if m.kind == .agent, let sector = m.agent {
                if let (j, merged) = agentThenOwner(ms, i, sector, doc: doc, keys: keys) {
                    let (withName, last) = absorbSamePerson(merged, ms, after: j, doc: doc, keys: keys)
                    out.append(withName); i = last + 1; continue
                }
                if let (j, merged) = backedBy(ms, i, sector, doc: doc, keys: keys) {
                    out.append(merged); i = j + 1; continue
                }
            }
            if m.kind == .actor, isCountryWord(m), i + 1 < ms.count, ms[i + 1].kind == .agent, let sector = ms[i + 1].agent,
               gap(m.tokens.upperBound, ms[i + 1].tokens.lowerBound, keys) {
                // "Russian troops", "Ukraine's military"
                var merged = join(m, ms[i + 1], code: m.actor!.code + sector, doc: doc)
                merged.reason = Concatenation.join("sector ", sector, " of ", m.actor!.code)
                resolveTitle(&merged, title: ms[i + 1], country: m.actor!.code, doc: doc, keys: keys)
                ms[i + 1] = merged
                i += 1
                continue
            }
            if m.kind == .actor, m.agent != nil, i + 1 < ms.count, isPerson(ms[i + 1]),
               AgentCombiner.country(ms[i + 1].actor) == AgentCombiner.country(m.actor),
               m.actor?.name == nil || m.actor?.entity == ms[i + 1].actor?.entity,
               gap(m.tokens.upperBound, ms[i + 1].tokens.lowerBound, keys, allowComma: true) {
                // "le premier ministre arménien Nikol Pashinyan"
                let p = ms[i + 1]
                m = join(m, p, code: p.actor!.code, doc: doc)
                m.actor?.name = p.actor?.name
                m.actor?.entity = p.actor?.entity
                out.append(m); i += 2; continue
            }
            out.append(m)
            i += 1
        }
        return out
    }

    /// `ActorRef.country` without building its list of non-country prefixes on every call.
    @inline(__always)
    static func country(_ a: ActorRef?) -> String? {
        guard let code = a?.code, code.utf8.count >= 3 else { return nil }
        let c = String(decoding: code.utf8.prefix(3), as: UTF8.self)
        // international and non-country prefixes, compared directly (three-letter strings compare as words; a set hashes)
        switch c {
        case "IGO", "NGO", "MNC", "INT", "REB", "UIS": return nil
        default: return c
        }
    }

    func isCountryWord(_ m: Mention) -> Bool {
        guard let a = m.actor, a.code.count == 3, knowledge.countryEntity[a.code] != nil else { return false }
        return true
    }

    func isPerson(_ m: Mention) -> Bool {
        guard m.kind == .actor, let id = m.actor?.entity, let i = knowledge.entityIndex[id] else { return false }
        return knowledge.entityTypes[i] == .person
    }

    /// A non-state armed group or movement (entity types `group`, `ngo`).
    func isMovement(_ m: Mention) -> Bool {
        guard m.kind == .actor, let id = m.actor?.entity, let i = knowledge.entityIndex[id] else { return false }
        return [.group, .ngo].contains(knowledge.entityTypes[i])
    }

    /// The country an actor or place mention stands for.
    func owner(_ m: Mention) -> String? {
        if m.kind == .actor, let c = AgentCombiner.country(m.actor) { return c }
        if m.kind == .place, let c = m.place?.country, m.place?.precision != .country || true { return c }
        return nil
    }

    func gap(_ from: Int, _ to: Int, _ keys: TokenKeys, allowComma: Bool = false) -> Bool {
        guard from <= to, to - from <= 3 else { return false }
        for k in from..<to {
            let w = keys.key(k)
            if w.isEmpty { if allowComma { continue } else { return false } }
            if !AgentCombiner.gapWords.contains(w) { return false }
        }
        return true
    }

    /// agent [agent…] (de|du|of)? owner — the owner is a country, its adjective, a person, an organization or a place.
    func agentThenOwner(_ ms: [Mention], _ i: Int, _ sector: String, doc: Document, keys: TokenKeys) -> (Int, Mention)? {
        var j = i + 1
        var end = ms[i].tokens.upperBound
        while j < ms.count, gap(end, ms[j].tokens.lowerBound, keys) {
            let n = ms[j]
            if n.kind == .agent { end = n.tokens.upperBound; j += 1; continue }
            guard let country = owner(n) else { return nil }
            var merged = join(ms[i], n, code: country + sector, doc: doc)
            if isCountryWord(n) {
                if let end = completeSplitTitle(&merged, head: ms[i], country: country, doc: doc, keys: keys) {
                    return (AgentCombiner.lastMention(ms, from: j, before: end), merged)
                }
                resolveTitle(&merged, title: ms[i], country: country, doc: doc, keys: keys)
            }
            if isPerson(n) {
                merged.actor?.name = n.actor?.name
                merged.actor?.entity = n.actor?.entity
                if let code = n.actor?.code, code.count > 3 { merged.actor?.code = String(code.prefix(3)) + sector }
            } else if n.kind == .actor, n.actor?.name != nil, !isCountryWord(n) {
                // "les forces du Kremlin": the institution's country.
                merged.actor?.entity = n.actor?.entity
                // "leaders of Hamas", "exiled leaders of the Muslim Brotherhood": the members of an armed group or a
                // movement are the group itself, not a sector of its country
                if isMovement(n) {
                    merged.actor?.code = n.actor!.code
                    merged.actor?.name = n.actor?.name
                }
            }
            if isMovement(n) {
                merged.reason = Concatenation.join("members (", sector, ") of ", n.actor!.code, " (", n.reason ?? "", ")")
            } else if merged.actor?.name == nil || !isCountryWord(n) {
                merged.reason = Concatenation.join("sector ", sector, " of ", country, " (", n.reason ?? "", ")")
            }
            return (j, merged)
        }
        return nil
    }

    /// agent (soutenus|backed) (par|by) X: the agent belongs to the other country the document names most.
    func backedBy(_ ms: [Mention], _ i: Int, _ sector: String, doc: Document, keys: TokenKeys) -> (Int, Mention)? {
        let a = ms[i].tokens.upperBound
        guard a + 1 < keys.count, AgentCombiner.backedWords.contains(keys.key(a)),
              AgentCombiner.byWords.contains(keys.key(a + 1)) || keys.key(a + 1).isEmpty == false,
              i + 1 < ms.count, ms[i + 1].tokens.lowerBound <= a + 2, let backer = owner(ms[i + 1]) else { return nil }
        var counts: [String: Int] = [:]
        for m in ms { if let c = owner(m), c != backer { counts[c, default: 0] += 1 } }
        guard let home = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key })?.key else { return nil }
        var merged = join(ms[i], ms[i + 1], code: home + sector, doc: doc)
        merged.reason = Concatenation.join("sector ", sector, " in ", home, ", backed by ", backer)
        return (i + 1, merged)
    }

    func join(_ a: Mention, _ b: Mention, code: String, doc: Document) -> Mention {
        let lo = min(a.tokens.lowerBound, b.tokens.lowerBound), hi = max(a.tokens.upperBound, b.tokens.upperBound)
        var m = Mention(span: Span(min(a.span.start, b.span.start), max(a.span.end, b.span.end)), tokens: lo..<hi, kind: .actor,
                        actor: ActorRef(code: code), agent: a.agent ?? b.agent)
        if b.place?.precision != .country, b.kind == .place { m.place = b.place }
        return m
    }
}
