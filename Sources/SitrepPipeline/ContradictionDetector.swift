import SitrepKnowledge
import SitrepModel

/// Flags statements that contradict the knowledge base. Today: membership lists — a sentence naming an
/// organization (or referring back to one: "le groupe", "the bloc") and listing countries as its members
/// ("dont", "including", "such as", "membres", "members of") where the knowledge base says a listed country
/// was not a member on the document's date. Runs after mention recognition; appends `KnowledgeFlag`s to `doc.flags`.
public struct ContradictionDetector: Sendable {
    public let knowledge: KnowledgeBase
    /// How many sentences back a reference like "the alliance" may find its organization.
    public var lookBack = 3
    /// How many tokens may separate the organization (or its reference) from the list cue.
    public var window = 16

    /// A detector over `knowledge`.
    public init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
    }

    /// Appends a "membership" flag for each listed country that was not a member of the organization.
    public func detect(_ doc: inout Document) {
        guard !doc.sentences.isEmpty, !doc.tokens.isEmpty else { return }
        let index = MentionIndex(doc: doc, knowledge: knowledge)
        // every claim needs an organization mention
        guard !index.organizations.isEmpty else { return }
        var seen = Set<String>()
        var flags: [KnowledgeFlag] = []
        for (si, sentence) in doc.sentences.enumerated() {
            for claim in claims(in: sentence, at: si, doc: doc, index: index) {
                for country in claim.countries where !wasMember(country, of: claim.org, on: doc.published) {
                    let key = "\(claim.org.id)|\(country)|\(si)"
                    guard seen.insert(key).inserted else { continue }
                    flags.append(KnowledgeFlag(kind: "membership", message: message(country, claim.org, doc.published),
                                               evidence: sentence.span))
                }
            }
        }
        doc.flags += flags
    }

    /// An organization and the countries a sentence lists as its members.
    struct Claim {
        var org: Entity
        var countries: [String]
    }

    // MARK: - Finding claims

    /// Membership claims of one sentence: "ORG …, dont A, B et C" (list after a cue) and "A, B, members of ORG".
    func claims(in sentence: Sentence, at si: Int, doc: Document, index: MentionIndex) -> [Claim] {
        var out: [Claim] = []
        let range = sentence.tokens.clamped(to: 0..<doc.tokens.count)
        var t = range.lowerBound
        while t < range.upperBound {
            if let cueLength = Cues.forwardLength(doc.tokens, at: t, end: range.upperBound) {
                if Cues.isMembersOf(doc.tokens, at: t, length: cueLength) {
                    // "A, B et C, membres de l'OTSC": countries before the cue, the organization right after it.
                    let countries = index.listBackward(from: t - 1, start: range.lowerBound, tokens: doc.tokens)
                    if !countries.isEmpty, let org = index.organization(startingWithin: (t + cueLength)..<min(t + cueLength + 4, range.upperBound)) {
                        out.append(Claim(org: org, countries: countries))
                    }
                } else if let org = organization(before: t, sentenceStart: range.lowerBound, si: si, doc: doc, index: index) {
                    let countries = index.listForward(from: t + cueLength, end: range.upperBound, tokens: doc.tokens)
                    if !countries.isEmpty { out.append(Claim(org: org, countries: countries)) }
                }
                t += cueLength
            } else {
                t += 1
            }
        }
        return out
    }

    /// The organization a list cue at token `cue` refers to: one named shortly before it in the sentence, or, after a
    /// reference word ("le groupe", "the alliance", "ses membres"), the last one named in the preceding sentences.
    func organization(before cue: Int, sentenceStart: Int, si: Int, doc: Document, index: MentionIndex) -> Entity? {
        let from = max(sentenceStart, cue - window)
        if let org = index.lastOrganization(endingWithin: from..<cue) { return org }
        let referred = (from..<cue).contains { Cues.isReference(doc.tokens, at: $0) }
            || (cue > sentenceStart && Cues.possessives.contains(doc.tokens[cue - 1].norm) && Cues.isMembersWord(doc.tokens[cue].norm))
        guard referred else { return nil }
        for back in stride(from: si, through: max(0, si - lookBack), by: -1) {
            let s = doc.sentences[back].tokens
            let upper = back == si ? cue : s.upperBound
            if let org = index.lastOrganization(endingWithin: s.lowerBound..<max(s.lowerBound, upper)) { return org }
        }
        return nil
    }

    // MARK: - Knowledge

    /// Whether the knowledge base says `country` was a member on `date` (without a date: ever a member).
    func wasMember(_ country: String, of org: Entity, on date: CalendarDay?) -> Bool {
        org.members(on: date).contains(country)
    }

    /// "Azerbaijan is listed as a member of Collective Security Treaty Organization (IGOCSTO), but it was not one on
    /// 2022-11-23 (member 1994-04-20..1999-04-02)."
    func message(_ country: String, _ org: Entity, _ date: CalendarDay?) -> String {
        let name = knowledge.country(country)?.name ?? country
        let code = org.code(on: date).map { " (\($0))" } ?? ""
        let spells = org.members.filter { $0.code == country }.map { "\($0.from?.iso ?? "")..\($0.to?.iso ?? "")" }
        let history = spells.isEmpty ? "never a member" : "member " + spells.joined(separator: ", ")
        let when = date.map { "on \($0.iso)" } ?? "at any time"
        return "\(name) is listed as a member of \(org.name)\(code), but it was not one \(when) (\(history))"
    }
}

/// Country and organization mentions of a document, addressed by token.
struct MentionIndex {
    /// Country alpha-3 by the token a country mention starts at, and by the token it ends at.
    var countryStarting: [Int: (code: String, end: Int)] = [:]
    var countryEnding: [Int: (code: String, start: Int)] = [:]
    /// Organizations with a known membership, by their mentions' token ranges, in text order.
    var organizations: [(tokens: Range<Int>, entity: Entity)] = []

    init(doc: Document, knowledge: KnowledgeBase) {
        // Entries are read in place (binding one would copy all its fields), and the country maps are built only when
        // some organization with members is named: without one there is no claim to check.
        var countries: [(mention: Int, entity: Int)] = []
        knowledge.entities.withUnsafeBufferPointer { entities in
            for k in doc.mentions.indices where !doc.mentions[k].tokens.isEmpty {
                guard let id = doc.mentions[k].actor?.entity, let i = knowledge.entityIndex[id] else { continue }
                if entities[i].type == .country, !entities[i].codes.isEmpty || doc.mentions[k].actor?.country != nil {
                    countries.append((k, i))
                } else if !entities[i].members.isEmpty {
                    organizations.append((doc.mentions[k].tokens, entities[i]))
                }
            }
        }
        guard !organizations.isEmpty else { return }
        for (k, i) in countries {
            let m = doc.mentions[k]
            guard let code = m.actor?.country ?? knowledge.entities[i].codes.first?.code else { continue }  // (never nil: see above)
            countryStarting[m.tokens.lowerBound] = (code, m.tokens.upperBound)
            countryEnding[m.tokens.upperBound - 1] = (code, m.tokens.lowerBound)
        }
        organizations.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The last organization whose mention ends inside `range`.
    func lastOrganization(endingWithin range: Range<Int>) -> Entity? {
        organizations.last { $0.tokens.upperBound > range.lowerBound && $0.tokens.upperBound <= range.upperBound }?.entity
    }

    /// The first organization whose mention starts inside `range`.
    func organization(startingWithin range: Range<Int>) -> Entity? {
        organizations.first { range.contains($0.tokens.lowerBound) }?.entity
    }

    /// Countries listed from token `start` on ("l'Arménie, l'Azerbaïdjan et le Kazakhstan"). A single country must be
    /// followed by punctuation or the sentence end, so "dont l'Azerbaïdjan est sorti" is not read as a list.
    func listForward(from start: Int, end: Int, tokens: [Token]) -> [String] {
        var codes: [String] = []
        var t = start
        while t < end {
            if let c = countryStarting[t] { codes.append(c.code); t = c.end; continue }
            if Cues.isListGlue(tokens[t]) { t += 1; continue }
            break
        }
        let closed = t >= end || tokens[t].kind == .punctuation
        return codes.count >= 2 || (codes.count == 1 && closed) ? codes : []
    }

    /// Countries listed right before token `last`, read backwards ("A, B et C, membres de …").
    func listBackward(from last: Int, start: Int, tokens: [Token]) -> [String] {
        var codes: [String] = []
        var t = last
        while t >= start {
            if let c = countryEnding[t] { codes.append(c.code); t = c.start - 1; continue }
            if Cues.isListGlue(tokens[t]) { t -= 1; continue }
            break
        }
        return codes.reversed()
    }
}

/// Words that introduce a membership list, refer back to an organization, or glue a list together (French and English).
enum Cues {
    /// Cues followed by the listed countries, as token norm sequences.
    static let forward: [[String]] = [
        ["dont"], ["notamment"], ["y", "compris"], ["comprenant"], ["incluant"], ["regroupant"], ["regroupe"],
        ["rassemblant"], ["rassemble"], ["comprend"], ["tels", "que"], ["telles", "que"], ["parmi", "lesquels"],
        ["parmi", "lesquelles"], ["membres"], ["membre"],
        ["including"], ["includes"], ["include"], ["such", "as"], ["among", "them"], ["comprising"], ["members"],
        ["member", "states"], ["member", "countries"], ["membres", "de"], ["membre", "de"], ["members", "of"], ["member", "of"],
    ]
    /// Nouns that refer back to an organization named earlier.
    static let references: Set<String> = [
        "groupe", "bloc", "alliance", "organisation", "union", "pacte", "coalition", "communauté", "traité",
        "group", "organization", "organisation", "pact", "community", "treaty", "grouping",
    ]
    /// Possessives before "members"/"membres" that refer back ("ses membres", "its members").
    static let possessives: Set<String> = ["ses", "leurs", "its", "their"]
    /// Tokens allowed between listed countries.
    static let glue: Set<String> = ["et", "and", "ou", "or", "l'", "le", "la", "les", "the", "ainsi", "que", "as", "well", "d'", "de"]

    /// `forward` by first word.
    static let forwardByFirst: [String: [[String]]] = Dictionary(grouping: forward, by: { $0[0] })

    /// Length of the longest cue starting at token `t`, if any.
    static func forwardLength(_ tokens: [Token], at t: Int, end: Int) -> Int? {
        guard t < end, let cues = forwardByFirst[tokens[t].norm] else { return nil }
        var best: Int?
        for cue in cues where t + cue.count <= end && cue.count > (best ?? 0) {
            if cue.indices.allSatisfy({ tokens[t + $0].norm == cue[$0] }) { best = cue.count }
        }
        return best
    }

    /// Whether the cue at `t` is "members of"/"membres de" (the organization follows, the countries precede).
    static func isMembersOf(_ tokens: [Token], at t: Int, length: Int) -> Bool {
        length == 2 && isMembersWord(tokens[t].norm) && ["of", "de"].contains(tokens[t + 1].norm)
    }

    static func isMembersWord(_ norm: String) -> Bool { ["members", "member", "membres", "membre"].contains(norm) }

    static func isReference(_ tokens: [Token], at t: Int) -> Bool { references.contains(tokens[t].norm) }

    static func isListGlue(_ token: Token) -> Bool {
        glue.contains(token.norm) || (token.kind == .punctuation && [",", ";", ":"].contains(token.norm))
    }
}
