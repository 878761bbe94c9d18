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
        // The word before the title, or before its country when the country comes first ("the former Russian president").
        let start = min(title.tokens.lowerBound, merged.tokens.lowerBound)
        let before = start > 0 ? keys.key(start - 1) : ""
        let after = title.tokens.upperBound < keys.count ? keys.key(title.tokens.upperBound) : ""
        guard !AgentCombiner.notHolderBefore.contains(before), !AgentCombiner.notHolderAfter.contains(after),
              let person = knowledge.holder(of: office, country: country, on: doc.published),
              let code = person.code(on: doc.published) else { return }
        merged.actor?.code = code
        merged.actor?.name = person.name
        merged.actor?.entity = person.id
        merged.reason = "\(office) of \(country) on \(doc.published?.isoText ?? "latest"): \(person.id)"
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
