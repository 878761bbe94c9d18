import Foundation
import SitrepModel

/// Per-token matching keys of a document: the folded norm, a base form for inflected words, acronym flags.
struct TokenKeys {
    /// Folded norm of each word token ("" for punctuation, which breaks names).
    let keys: [String]
    /// Base form when the token itself is in no name but a lemma or a stripped form is ("луганської" → "луганська").
    let alts: [String?]
    let isAcronym: [Bool]
    /// Whether the token is written in Cyrillic (its case endings may be stripped to match a place).
    let isCyrillic: [Bool]
    /// Whether the token (or its base form) occurs in any name: a name cannot run across an unknown word.
    let known: [Bool]
    /// Whether the token is a division word ("oblast", "région", "області").
    let isRegionWord: [Bool]
    /// The document's language, which selects the sector-word lists ("forces" in French, "troops" in English).
    let language: String?
    private let hashes: [UInt64]
    private let altHashes: [UInt64?]
    private let knowledge: KnowledgeBase

    init(doc: Document, knowledge: KnowledgeBase) {
        self.knowledge = knowledge
        language = doc.language
        // Per distinct (norm, lemma): the key, its base form and script, computed once per document.
        var cache: [String: String] = [:]
        var altCache: [String: (String?, Bool)] = [:]
        var keys: [String] = [], alts: [String?] = [], acr: [Bool] = [], cyr: [Bool] = []
        keys.reserveCapacity(doc.tokens.count)
        for t in doc.tokens {
            guard t.kind == .word || t.kind == .number else {
                keys.append(""); alts.append(nil); acr.append(false); cyr.append(false); continue
            }
            let k: String
            if let c = cache[t.norm] { k = c } else { k = TokenKeys.collapseInitials(MatchKey.fold(t.norm)); cache[t.norm] = k }
            keys.append(k)
            let cacheKey = t.lemma == t.norm ? k : k + "\u{0}" + t.lemma
            let (alt, cyrillic): (String?, Bool)
            if let c = altCache[cacheKey] { (alt, cyrillic) = c } else {
                (alt, cyrillic) = TokenKeys.baseForm(k, norm: t.norm, lemma: t.lemma, knowledge)
                altCache[cacheKey] = (alt, cyrillic)
            }
            cyr.append(cyrillic)
            alts.append(alt)
            var upper = false
            if t.isCapitalized, t.span.length >= 2 {
                let surface = doc.text.slice(t.span)
                upper = surface.unicodeScalars.count <= 8 && surface == surface.uppercased()
            }
            acr.append(upper)
        }
        self.keys = keys
        self.alts = alts
        self.isAcronym = acr
        self.isCyrillic = cyr
        let hashes = keys.map { MatchKey.hash($0.utf8) }
        let altHashes = alts.map { $0.map { MatchKey.hash($0.utf8) } }
        self.hashes = hashes
        self.altHashes = altHashes
        known = (0..<keys.count).map { i in
            !keys[i].isEmpty && (knowledge.isKnownHash(hashes[i]) || altHashes[i].map(knowledge.isKnownHash) == true)
        }
        var regionCache: [String: Bool] = [:]
        isRegionWord = keys.map { k in
            if k.isEmpty { return false }
            if let c = regionCache[k] { return c }
            let r = PlaceResolver.regionWords.contains(k) || PlaceResolver.regionWords.contains(Inflection.baseForms(k).first ?? "")
            regionCache[k] = r
            return r
        }
    }

    /// The base form of a folded token found in some name (lemma, hyphen part, stripped ending), and whether it is Cyrillic.
    static func baseForm(_ k: String, norm: String, lemma: String, _ knowledge: KnowledgeBase) -> (String?, Bool) {
        let cyrillic = k.unicodeScalars.first.map { (0x400...0x4FF).contains($0.value) } ?? false
        let known = knowledge.isKnownWord(k)
        var alt: String?
        if !cyrillic, !known, k.utf8.contains(0x2D) { alt = hyphenPart(k, knowledge) }
        if alt == nil, cyrillic || !known {
            if lemma != norm {
                let l = MatchKey.fold(lemma)
                if knowledge.isKnownWord(l) { alt = l }
            }
            if alt == nil { alt = Inflection.baseForms(k).first(where: knowledge.isKnownWord) }
        }
        return (alt, cyrillic)
    }

    /// "u s" (the fold of "U.S.") → "us": single letters split by dots are one word.
    static func collapseInitials(_ k: String) -> String {
        guard k.utf8.contains(0x20), k.split(separator: " ").allSatisfy({ $0.count <= 2 }) else { return k }
        return k.replacingOccurrences(of: " ", with: "")
    }

    static let hyphenSuffixes: Set<String> = ["based", "area", "wide", "born", "led", "backed", "controlled", "held", "run",
        "owned", "made", "bound", "style", "era", "linked", "allied", "occupied", "annexed", "registered", "headquartered"]
    static let hyphenPrefixes: Set<String> = ["pro", "anti", "mid", "ex", "post", "pre", "pan", "trans", "non", "north",
        "south", "east", "west", "central", "greater"]

    /// The named part of a hyphenated word ("britain-based" → "britain", "pro-russian" → "russian",
    /// "german-iraqi" → "german"), or nil when no part is a known word.
    static func hyphenPart(_ k: String, _ knowledge: KnowledgeBase) -> String? {
        let parts = k.split(separator: "-").map(String.init)
        guard parts.count >= 2 else { return nil }
        if hyphenSuffixes.contains(parts.last!) {
            let head = parts.dropLast().joined(separator: "-")
            return knowledge.isKnownWord(head) ? head : nil
        }
        if hyphenPrefixes.contains(parts[0]) {
            let tail = parts.dropFirst().joined(separator: "-")
            return knowledge.isKnownWord(tail) ? tail : nil
        }
        return parts.first(where: { $0.count >= 3 && knowledge.isKnownWord($0) })
    }

    /// Longest name that may start at token `i`, nil when none can.
    func maxLength(at i: Int) -> Int? {
        guard !keys[i].isEmpty else { return nil }
        guard known[i] else { return nil }
        var best: UInt8 = 0
        func consider(_ h: UInt64) {
            if let a = knowledge.words[h], a > best { best = a }
            if let p = knowledge.gazetteer.wordInfo(h), p > best { best = p }
        }
        consider(hashes[i])
        if let a = altHashes[i] { consider(a) }
        guard best > 0 else { return nil }
        // A name cannot run across a word found in no name.
        var run = 1
        while run < Int(best), i + run < known.count, known[i + run] { run += 1 }
        return run
    }

    /// The words i..<i+L joined by spaces; variant 1 uses base forms where known (nil when identical or broken).
    func phrase(_ i: Int, _ L: Int, variant: Int) -> String? {
        var parts: [String] = []
        var changed = false
        for j in i..<(i + L) {
            if keys[j].isEmpty { return nil }
            if variant == 1, let a = alts[j] { parts.append(a); changed = true } else { parts.append(keys[j]) }
        }
        if variant == 1 && !changed { return nil }
        return parts.joined(separator: " ")
    }
}
