import SitrepModel

/// Office titles beside a country ("le premier ministre arménien", "the Russian president", "министр иностранных дел
/// России") name the person holding the office on the document's date.
extension AgentCombiner {
    /// Words before a title that make it someone else than the holder ("l'ancien président", "deputy prime minister").
    static let notHolderBefore: Set<String> = ["ancien", "ancienne", "anciens", "ex", "former", "late", "feu", "futur",
        "future", "prochain", "prochaine", "next", "vice", "deputy", "acting-deputy", "бывший", "бывшего", "бывшему",
        "бывшим", "экс", "колишній", "колишнього", "колишньому", "вице", "заместитель", "віце", "заступник"]
    /// Words after a title that make it someone else than the holder ("le président élu", "prime minister-designate").
    static let notHolderAfter: Set<String> = ["elu", "elue", "designe", "designee", "adjoint", "adjointe", "elect",
        "designate", "delegue", "deleguee"]

    /// Gives `merged` (a title word joined with its country) the person holding the office on the document's date.
    func resolveTitle(_ merged: inout Mention, title: Mention, country: String, doc: Document, keys: TokenKeys) {
        guard let office = titles[title.tokens.lowerBound] else { return }
        resolveOffice(&merged, office: office, end: title.tokens.upperBound, country: country, doc: doc, keys: keys)
    }

    /// "le ministre allemand de la Défense", "la ministra rusa de Exteriores": a title whose first word (`head`) is
    /// followed by the country adjective (`merged` joins them) and then by the title's other words. Extends `merged` over
    /// those words with the title's sector and office holder, and returns the token after them; nil when no title's
    /// words follow.
    func completeSplitTitle(_ merged: inout Mention, head: Mention, country: String, doc: Document, keys: TokenKeys) -> Int? {
        guard head.tokens.count == 1, merged.tokens.upperBound > head.tokens.upperBound,
              let candidates = knowledge.splitTitles[keys.key(head.tokens.lowerBound)] else { return nil }
        let from = merged.tokens.upperBound
        for c in candidates where from + c.tail.count <= keys.count {
            guard c.tail.indices.allSatisfy({ keys.key(from + $0) == c.tail[$0] }) else { continue }
            let end = from + c.tail.count
            merged.tokens = merged.tokens.lowerBound..<end
            merged.span = Span(merged.span.start, doc.tokens[end - 1].span.end)
            merged.actor?.code = country + c.sector
            merged.agent = c.sector
            merged.reason = "sector \(c.sector) of \(country)"
            resolveOffice(&merged, office: c.office, end: end, country: country, doc: doc, keys: keys)
            return end
        }
        return nil
    }

    /// "le chef ukrainien de la diplomatie": a country adjective between a title's first word, which is no sector word
    /// of its own, and the title's other words. The index of the last mention inside the title and the joined mention.
    func titleAroundCountry(_ ms: [Mention], _ i: Int, after previous: Mention?, doc: Document, keys: TokenKeys) -> (Int, Mention)? {
        let m = ms[i]
        let h = m.tokens.lowerBound - 1
        guard h >= 0, previous.map({ $0.tokens.upperBound <= h }) ?? true, knowledge.splitTitles[keys.key(h)] != nil,
              isCountryWord(m), let country = m.actor?.code else { return nil }
        let head = Mention(span: doc.tokens[h].span, tokens: h..<(h + 1), kind: .agent)
        var merged = join(head, m, code: country, doc: doc)
        guard let end = completeSplitTitle(&merged, head: head, country: country, doc: doc, keys: keys) else { return nil }
        return (AgentCombiner.lastMention(ms, from: i, before: end), merged)
    }

    /// The index of the last mention from `i` on that starts before token `end` (the title's words may hold mentions
    /// of their own, "Armées": they are part of the title).
    static func lastMention(_ ms: [Mention], from i: Int, before end: Int) -> Int {
        var last = i
        while last + 1 < ms.count, ms[last + 1].tokens.lowerBound < end { last += 1 }
        return last
    }

    func resolveOffice(_ merged: inout Mention, office: String, end: Int, country: String, doc: Document, keys: TokenKeys) {
        knowledge.nameHolder(&merged, office: office, country: country, end: end, doc: doc, keys: keys)
    }

    /// "le premier ministre arménien Nikol Pashinyan": the holder's name right after the title joins its mention.
    /// A name set off by commas ("Le président du Kazakhstan, Kassym-Jomart Tokaïev, s'est rendu …") stays a mention
    /// of its own: one mention across the commas would hide the apposition from the coder's clause reading.
    func absorbSamePerson(_ m: Mention, _ ms: [Mention], after j: Int, doc: Document, keys: TokenKeys) -> (Mention, Int) {
        guard let id = m.actor?.entity, j + 1 < ms.count, isPerson(ms[j + 1]), ms[j + 1].actor?.entity == id,
              gap(m.tokens.upperBound, ms[j + 1].tokens.lowerBound, keys) else { return (m, j) }
        var joined = m
        joined.span = Span(m.span.start, max(m.span.end, ms[j + 1].span.end))
        joined.tokens = m.tokens.lowerBound..<max(m.tokens.upperBound, ms[j + 1].tokens.upperBound)
        return (joined, j + 1)
    }
}

/// An office title of three words or more, split after its first word by a country adjective in languages that put the
/// adjective after the noun ("le ministre allemand de la Défense", "el ministro ruso de Defensa").
struct SplitTitle: Sendable {
    /// The folded words after the first one ("de", "la", "defense").
    var tail: [String]
    var office: String
    var sector: String

    /// The titles of the agents with a `title:` office, by their first folded word, longest first.
    static func table(_ entities: [Entity]) -> [String: [SplitTitle]] {
        var out: [String: [SplitTitle]] = [:]
        for e in entities where e.type == .agent {
            guard let office = e.notes["title"], let sector = e.sector else { continue }
            for a in e.aliases where a.form == .name {
                let words = MatchKey.fold(a.text).split(separator: " ").map(String.init)
                guard words.count >= 3 else { continue }
                out[words[0], default: []].append(SplitTitle(tail: Array(words.dropFirst()), office: office, sector: sector))
            }
        }
        for k in out.keys { out[k]!.sort { $0.tail.count > $1.tail.count } }
        return out
    }
}

extension KnowledgeBase {
    /// Gives `mention` the person holding `office` of `country` on the document's date, unless the word before the
    /// mention or the word at `end` (after the title) makes it someone else ("former", "adjoint"). Titles beside a
    /// country and institutions named by their office both resolve here.
    func nameHolder(_ mention: inout Mention, office: String, country: String, end: Int, doc: Document, keys: TokenKeys) {
        // The word before the title, or before its country when the country comes first ("the former Russian president").
        let start = mention.tokens.lowerBound
        let before = start > 0 ? keys.key(start - 1) : ""
        let after = end < keys.count ? keys.key(end) : ""
        guard !AgentCombiner.notHolderBefore.contains(before), !AgentCombiner.notHolderAfter.contains(after),
              let person = holder(of: office, country: country, on: doc.published),
              let code = person.code(on: doc.published) else { return }
        mention.actor?.code = code
        mention.actor?.name = person.name
        mention.actor?.entity = person.id
        mention.reason = "\(office) of \(country) on \(MentionRecognizer.reasonDay(doc.published)): \(person.id)"
    }
}
