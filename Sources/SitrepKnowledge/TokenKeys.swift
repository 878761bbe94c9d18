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
    /// Longest name (in words) that may start at each token, by its key or base form (0: none).
    private let maxStart: [UInt8]
    /// Longest actor alias and longest place name (in words) that may start at each token (`maxStart` for both when
    /// the token's key or base form is several words, whose hash says nothing of their first word).
    let actorMax: [UInt8]
    let placeMax: [UInt8]
    /// Phrase-key parts of each token's key and base form (`PhraseHash`).
    private let keyParts: [PhraseHash.Part]
    private let altParts: [PhraseHash.Part?]

    private typealias Info = TokenFacts


    init(doc: Document, knowledge: KnowledgeBase) {
        var bytes = doc.text
        self.init(doc: doc, text: bytes.withUTF8 { Array($0) }, knowledge: knowledge)
    }

    init(doc: Document, text utf8: [UInt8], knowledge: KnowledgeBase) {
        language = doc.language
        // Per distinct (norm, lemma), by a hash of both: the key, its base form, script and name facts.
        var cache: [UInt64: Int32] = [:]
        var infos: [Info] = []
        let n = doc.tokens.count
        var keys: [String] = [], alts: [String?] = [], acr: [Bool] = [], cyr: [Bool] = [], known: [Bool] = []
        var actorMax: [UInt8] = [], placeMax: [UInt8] = []
        actorMax.reserveCapacity(n); placeMax.reserveCapacity(n)
        var region: [Bool] = [], maxStart: [UInt8] = [], keyParts: [PhraseHash.Part] = [], altParts: [PhraseHash.Part?] = []
        keys.reserveCapacity(n); alts.reserveCapacity(n); acr.reserveCapacity(n); cyr.reserveCapacity(n)
        known.reserveCapacity(n); region.reserveCapacity(n); maxStart.reserveCapacity(n)
        keyParts.reserveCapacity(n); altParts.reserveCapacity(n)
        for t in doc.tokens {
            guard t.kind == .word || t.kind == .number else {
                keys.append(""); alts.append(nil); acr.append(false); cyr.append(false); known.append(false)
                actorMax.append(0); placeMax.append(0)
                region.append(false); maxStart.append(0); keyParts.append(PhraseHash.Part()); altParts.append(nil)
                continue
            }
            let h = TokenKeys.factsKey(norm: t.norm, lemma: t.lemma)
            let info: Info
            if let f = knowledge.frequentTokens[h] { info = f } else if let c = cache[h] { info = infos[Int(c)] } else {
                info = TokenKeys.facts(norm: t.norm, lemma: t.lemma, knowledge.nameWords)
                cache[h] = Int32(infos.count)
                infos.append(info)
            }
            keys.append(info.key); alts.append(info.alt); cyr.append(info.cyrillic); known.append(info.known)
            region.append(info.region); maxStart.append(info.maxStart)
            actorMax.append(info.actorMax); placeMax.append(info.placeMax)
            keyParts.append(info.keyPart); altParts.append(info.altPart)
            acr.append(t.isCapitalized && t.span.length >= 2 && TokenKeys.isUppercase(utf8, t.span, doc.text))
        }
        self.keys = keys
        self.alts = alts
        self.isAcronym = acr
        self.isCyrillic = cyr
        self.known = known
        self.isRegionWord = region
        self.maxStart = maxStart
        self.actorMax = actorMax
        self.placeMax = placeMax
        self.keyParts = keyParts
        self.altParts = altParts
    }

    /// FNV-1a of a string's UTF-8 bytes.
    @inline(__always)
    static func stringHash(_ s: String) -> UInt64 {
        var s = s
        return s.withUTF8 { MatchKey.hash($0) }
    }

    /// The cache key of a (norm, lemma) pair.
    @inline(__always)
    static func factsKey(norm: String, lemma: String) -> UInt64 {
        stringHash(norm) ^ (stringHash(lemma) &* PhraseHash.multiplier)
    }

    /// First two UTF-8 bytes of each division word (a base form keeps its word's first three letters, so these too).
    static let regionPrefixes: Set<UInt16> = Set(PlaceResolver.regionWords.map { prefix16($0) })

    @inline(__always)
    static func prefix16(_ s: String) -> UInt16 {
        var it = s.utf8.makeIterator()
        let a = it.next() ?? 0, b = it.next() ?? 0
        return UInt16(a) << 8 | UInt16(b)
    }

    /// A token's facts from its norm and lemma.
    static func facts(norm: String, lemma: String, _ knowledge: NameWords) -> TokenFacts {
        let k = TokenKeys.collapseInitials(MatchKey.fold(norm))
        let kh = MatchKey.hash(k.utf8)
        let kInfo = knowledge.wordInfo(kh)
        let (alt, cyrillic) = TokenKeys.baseForm(k, norm: norm, lemma: lemma, knowledge, known: kInfo != nil)
        let aInfo = alt.flatMap { knowledge.wordInfo(MatchKey.hash($0.utf8)) }
        let isKnown = !k.isEmpty && (kInfo != nil || aInfo != nil)
        var best: UInt8 = 0
        if isKnown { best = max(kInfo ?? 0, aInfo ?? 0) }
        var actorMax = best, placeMax = best
        if isKnown, !k.utf8.contains(0x20), alt.map({ !$0.utf8.contains(0x20) }) ?? true {
            let ah = alt.map { MatchKey.hash($0.utf8) }
            actorMax = max(knowledge.words[kh] ?? 0, ah.flatMap { knowledge.words[$0] } ?? 0)
            placeMax = max(knowledge.gazetteer.wordInfo(kh) ?? 0, ah.flatMap { knowledge.gazetteer.wordInfo($0) } ?? 0)
        }
        // A base form keeps the word's first three letters: only words starting like a division word need one.
        let region = !k.isEmpty && (PlaceResolver.regionWords.contains(k)
            || TokenKeys.regionPrefixes.contains(prefix16(k))
                && PlaceResolver.regionWords.contains(Inflection.baseForms(k).first ?? ""))
        return TokenFacts(key: k, alt: alt, cyrillic: cyrillic, known: isKnown, region: region, maxStart: best,
                    actorMax: actorMax, placeMax: placeMax,
                    keyPart: PhraseHash.part(k), altPart: alt.map { PhraseHash.part($0) })
    }

    /// Whether the token's surface is in capitals (short words only: acronyms), read from the text's bytes.
    static func isUppercase(_ utf8: [UInt8], _ span: Span, _ text: String) -> Bool {
        guard span.end <= utf8.count, span.start < span.end else { return false }
        var ascii = true
        for i in span.start..<span.end {
            let b = utf8[i]
            if b >= 0x80 { ascii = false; break }
            if b >= 0x61 && b <= 0x7A { return false }
        }
        if ascii { return span.length <= 8 }
        let surface = text.slice(span)
        return surface.unicodeScalars.count <= 8 && surface == surface.uppercased()
    }

    /// The base form of a folded token found in some name (lemma, hyphen part, stripped ending), and whether it is Cyrillic.
    static func baseForm(_ k: String, norm: String, lemma: String, _ knowledge: NameWords,
                         known: Bool? = nil) -> (String?, Bool) {
        let cyrillic = k.unicodeScalars.first.map { (0x400...0x4FF).contains($0.value) } ?? false
        let known = known ?? knowledge.isKnownWord(k)
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
    static func hyphenPart(_ k: String, _ knowledge: NameWords) -> String? {
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
        let best = Int(maxStart[i])
        guard best > 0 else { return nil }
        // A name cannot run across a word found in no name.
        var run = 1
        while run < best, i + run < known.count, known[i + run] { run += 1 }
        return run
    }

    /// Phrase keys (`PhraseHash`) of each length 1...`maxL` from token `i` into `plain` and `based` (variant 1: base
    /// forms where known); returns the bit mask of lengths (bit L-1) whose variant 1 differs from variant 0.
    func phraseKeys(_ i: Int, _ maxL: Int, plain: inout [UInt64], based: inout [UInt64]) -> UInt32 {
        var h0: UInt64 = 0, h1: UInt64 = 0, changed = false, mask: UInt32 = 0
        for l in 0..<maxL {
            let j = i + l
            h0 = PhraseHash.append(h0, keyParts[j])
            if let a = altParts[j] { h1 = PhraseHash.append(h1, a); changed = true } else { h1 = PhraseHash.append(h1, keyParts[j]) }
            plain[l] = h0
            based[l] = h1
            if changed { mask |= 1 << UInt32(l) }
        }
        return mask
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

/// What is computed once per distinct (norm, lemma) of a token: its key, base form, script and name facts.
struct TokenFacts: Sendable {
    var key: String
    var alt: String?
    var cyrillic: Bool
    var known: Bool
    var region: Bool
    /// Longest name (in words) that may start with it (0: none).
    var maxStart: UInt8
    var actorMax: UInt8
    var placeMax: UInt8
    var keyPart: PhraseHash.Part
    var altPart: PhraseHash.Part?
}
