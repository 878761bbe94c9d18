import Foundation
import SitrepModel

/// Per-token matching keys of a document: the folded norm, a base form for inflected words, acronym flags. Each token
/// refers to the facts of its distinct (norm, lemma), computed once per document (`TokenFacts`).
struct TokenKeys {
    /// Index in `infos` of each token's facts (0: the empty facts of punctuation, which breaks names).
    private let slots: [Int32]
    private let infos: [TokenFacts]
    private let acronym: [Bool]
    /// The document's language, which selects the sector-word lists ("forces" in French, "troops" in English).
    let language: String?

    init(doc: Document, knowledge: KnowledgeBase) {
        language = doc.language
        var cache = HashSlots(capacity: doc.tokens.count / 2)
        var infos: [TokenFacts] = [TokenFacts.none, TokenFacts.abbreviationDot]
        var slots: [Int32] = [], acronym: [Bool] = [], dots: [Int] = [], learned: [(UInt64, TokenFacts)] = []
        slots.reserveCapacity(doc.tokens.count)
        acronym.reserveCapacity(doc.tokens.count)
        var text = doc.text
        text.withUTF8 { utf8 in
            // tokens are read in place (binding one copies its strings)
            for i in doc.tokens.indices {
                let kind = doc.tokens[i].kind, span = doc.tokens[i].span
                guard kind == .word || kind == .number else {
                    slots.append(0)
                    acronym.append(false)
                    if i >= 1, span.length == 1 { dots.append(i) }
                    continue
                }
                let h = TokenKeys.factsKey(norm: doc.tokens[i].norm, lemma: doc.tokens[i].lemma)
                if let c = cache[h] { slots.append(c) } else {
                    let c = Int32(infos.count)
                    if let f = knowledge.frequentTokens[h] ?? knowledge.learnedTokens[h] { infos.append(f) } else {
                        let f = knowledge.tokenFacts(norm: doc.tokens[i].norm, lemma: doc.tokens[i].lemma)
                        infos.append(f)
                        learned.append((h, f))
                    }
                    cache.set(h, c)
                    slots.append(c)
                }
                acronym.append(doc.tokens[i].isCapitalized && span.length >= 2 && TokenKeys.isUppercase(utf8, span, doc.text))
            }
            for i in dots where TokenKeys.isAbbreviationDot(i, doc.tokens, utf8, key: { infos[Int(slots[$0])].key }) { slots[i] = 1 }
        }
        if !learned.isEmpty { knowledge.learnedTokens.add(learned) }
        self.slots = slots
        self.infos = infos
        self.acronym = acronym
    }

    /// Number of tokens.
    var count: Int { slots.count }
    /// Whether token `i` is the dot of a name's abbreviated word ("St." of "St. Louis"): names run through it, and it
    /// adds nothing to their key ("st louis", the fold of the gazetteer's "St. Louis").
    @inline(__always) func isAbbreviationDot(_ i: Int) -> Bool { slots[i] == 1 }

    /// Abbreviated words that begin place names, written with a dot ("St. Thomas", "Mt. Vernon", "Fort St. John").
    static let dottedPrefixes: Set<String> = ["st", "ste", "sts", "mt", "ft"]

    /// A "." right after a capitalized `dottedPrefixes` word and before a capitalized word, unless the word ends a
    /// street's name ("Main St. Paris is…", "5th St.": a capitalized word or a number before it that does not start
    /// place names). `key` gives a token's folded key.
    static func isAbbreviationDot(_ i: Int, _ tokens: [Token], _ utf8: UnsafeBufferPointer<UInt8>, key: (Int) -> String) -> Bool {
        guard i > 0, i + 1 < tokens.count, tokens[i].span.start < utf8.count, utf8[tokens[i].span.start] == 0x2E else { return false }
        let prev = tokens[i - 1]
        guard prev.kind == .word, prev.isCapitalized, prev.span.end == tokens[i].span.start, prev.span.length <= 3,
              tokens[i + 1].kind == .word, tokens[i + 1].isCapitalized, dottedPrefixes.contains(key(i - 1)) else { return false }
        if i >= 2 {
            let before = tokens[i - 2]
            if before.kind == .number { return false }
            if before.kind == .word, before.isCapitalized, !PlaceResolver.placePrefixes.contains(key(i - 2)) { return false }
        }
        return true
    }
    /// Folded norm of token `i` ("" for punctuation).
    @inline(__always) func key(_ i: Int) -> String { infos[Int(slots[i])].key }
    /// Base form when the token itself is in no name but a lemma or a stripped form is ("луганської" → "луганська").
    @inline(__always) func alt(_ i: Int) -> String? { infos[Int(slots[i])].alt }
    @inline(__always) func isAcronym(_ i: Int) -> Bool { acronym[i] }
    /// Whether the token's key is a stopword (`TokenFacts.stopword`).
    @inline(__always) func isStopword(_ i: Int) -> Bool { infos[Int(slots[i])].stopword }
    /// The place resolver's word lists that hold the token's key (`TokenFacts.placeWords`).
    @inline(__always) func placeWords(_ i: Int) -> PlaceWords { infos[Int(slots[i])].placeWords }
    /// Whether token `i` is a hyphenated word with a base form (`TokenFacts.hyphenPart`).
    @inline(__always) func hasHyphenPart(_ i: Int) -> Bool { infos[Int(slots[i])].hyphenPart }
    /// Whether the token is written in Cyrillic (its case endings may be stripped to match a place).
    @inline(__always) func isCyrillic(_ i: Int) -> Bool { infos[Int(slots[i])].cyrillic }
    /// Whether the token (or its base form) occurs in any name: a name cannot run across an unknown word.
    @inline(__always) func known(_ i: Int) -> Bool { infos[Int(slots[i])].known }
    /// Whether the token is a division word ("oblast", "région", "області").
    /// (Computed when asked: only the last word of a candidate place needs it.)
    func isRegionWord(_ i: Int) -> Bool {
        let k = infos[Int(slots[i])].key
        return TokenKeys.isRegionWord(k, hash: MatchKey.hash(k.utf8))
    }
    /// Lengths (`NameLengths`) of the actor aliases and of the place names that may start at token `i` (every length up
    /// to the longest when the token's key or base form is several words, whose hash says nothing of its first word).
    @inline(__always) func actorMask(_ i: Int) -> UInt8 { infos[Int(slots[i])].actorMask }
    @inline(__always) func placeMask(_ i: Int) -> UInt8 { infos[Int(slots[i])].placeMask }
    /// Whether the token's key or base form is several words (a name of L words then spans fewer tokens).
    @inline(__always) func spaced(_ i: Int) -> Bool { infos[Int(slots[i])].spaced }

    /// A 64-bit hash of a string's UTF-8 bytes, eight bytes per multiply (the per-document cache key, not a word hash).
    @inline(__always)
    static func stringHash(_ s: String) -> UInt64 {
        var s = s
        return s.withUTF8 { b -> UInt64 in
            let raw = UnsafeRawBufferPointer(b)
            var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(b.count)
            var i = 0
            while i + 8 <= b.count {
                h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
                h ^= h >> 31
                i += 8
            }
            if i < b.count {
                var w: UInt64 = 0
                for j in i..<b.count { w |= UInt64(b[j]) << UInt64(8 * (j - i)) }
                h = (h ^ w) &* 0xBF58_476D_1CE4_E5B9
                h ^= h >> 31
            }
            h = (h ^ (h >> 29)) &* 0x94D0_49BB_1331_11EB
            return h ^ (h >> 32)
        }
    }

    /// The cache key of a (norm, lemma) pair.
    @inline(__always)
    static func factsKey(norm: String, lemma: String) -> UInt64 {
        // Most tokens have no lemma of their own (the same string, compared by its storage first): one hash.
        let n = stringHash(norm)
        return lemma == norm ? n ^ (n &* PhraseHash.multiplier) : n ^ (stringHash(lemma) &* PhraseHash.multiplier)
    }

    /// First two UTF-8 bytes of each division word (a base form keeps its word's first three letters, so these too),
    /// as a bitmap over the 65,536 pairs.
    static let regionPrefixes: [Bool] = {
        var bits = [Bool](repeating: false, count: 65536)
        for w in PlaceResolver.regionWords { bits[Int(prefix16(w))] = true }
        return bits
    }()

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
        let kFacts = knowledge.facts(kh)
        let (alt, cyrillic) = TokenKeys.baseForm(k, norm: norm, lemma: lemma, knowledge, known: kFacts != nil)
        let aFacts = alt.flatMap { knowledge.facts(MatchKey.hash($0.utf8)) }
        let isKnown = !k.isEmpty && (kFacts != nil || aFacts != nil)
        var actorMask = (kFacts?.actorLengths ?? 0) | (aFacts?.actorLengths ?? 0)
        var placeMask = (kFacts?.placeLengths ?? 0) | (aFacts?.placeLengths ?? 0)
        if !isKnown { actorMask = 0; placeMask = 0 }
        let best = NameLengths.longest(actorMask | placeMask)
        let spaced = TokenKeys.has(k, 0x20) || alt.map { TokenKeys.has($0, 0x20) } == true
        if spaced, isKnown { actorMask = NameLengths.upTo(best); placeMask = actorMask }
        return TokenFacts(key: k, alt: alt, cyrillic: cyrillic, known: isKnown,
                          maxStart: UInt8(best), actorMask: actorMask, placeMask: placeMask, spaced: spaced,
                          keyPart: PhraseHash.part(k), altPart: alt.map { PhraseHash.part($0) },
                          hyphenPart: alt != nil && TokenKeys.has(k, 0x2D))
    }

    /// Word hashes of the division words.
    static let regionHashes: [UInt64] = PlaceResolver.regionWords.map { MatchKey.hash($0.utf8) }.sorted()

    @inline(__always)
    static func isRegionHash(_ h: UInt64) -> Bool {
        var lo = 0, hi = regionHashes.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if regionHashes[mid] < h { lo = mid + 1 } else { hi = mid }
        }
        return lo < regionHashes.count && regionHashes[lo] == h
    }

    /// Whether a folded word (hash `h`) is a division word or an inflected form of one.
    static func isRegionWord(_ k: String, hash h: UInt64) -> Bool {
        if k.isEmpty { return false }
        if isRegionHash(h), PlaceResolver.regionWords.contains(k) { return true }
        // A base form keeps the word's first three letters: only words starting like a division word need one.
        guard TokenKeys.regionPrefixes[Int(prefix16(k))], let bh = BaseFormSearch.shared.firstCandidateHash(k),
              isRegionHash(bh) else { return false }
        return PlaceResolver.regionWords.contains(Inflection.baseForms(k).first ?? "")
    }

    /// Whether the token's surface is in capitals (short words only: acronyms), read from the text's bytes.
    static func isUppercase(_ utf8: UnsafeBufferPointer<UInt8>, _ span: Span, _ text: String) -> Bool {
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
        if !cyrillic, !known, TokenKeys.has(k, 0x2D) { alt = hyphenPart(k, knowledge) }
        if alt == nil, cyrillic || !known {
            if lemma != norm {
                let l = MatchKey.fold(lemma)
                if knowledge.isKnownWord(l) { alt = l }
            }
            if alt == nil { alt = BaseFormSearch.shared.first(k, known: knowledge.isKnownHash) }
        }
        return (alt, cyrillic)
    }

    /// Whether a string's UTF-8 bytes contain `byte` (a contiguous scan).
    @inline(__always)
    static func has(_ s: String, _ byte: UInt8) -> Bool {
        if let found = s.utf8.withContiguousStorageIfAvailable({ p -> Bool in
            guard let base = p.baseAddress, p.count > 0 else { return false }
            return memchr(base, Int32(byte), p.count) != nil
        }) { return found }
        return s.utf8.contains(byte)
    }

    /// "u s" (the fold of "U.S.") → "us": single letters split by dots are one word.
    static func collapseInitials(_ k: String) -> String {
        guard TokenKeys.has(k, 0x20) else { return k }
        var run = 0, ok = true
        for b in k.utf8 {
            if b == 0x20 { run = 0; continue }
            if b & 0xC0 != 0x80 { run += 1 }
            if run > 2 { ok = false; break }
        }
        return ok ? String(decoding: k.utf8.filter { $0 != 0x20 }, as: UTF8.self) : k
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
        let best = Int(infos[Int(slots[i])].maxStart)
        guard best > 0 else { return nil }
        // A name cannot run across a word found in no name.
        var run = 1, limit = best
        while run < limit, i + run < slots.count, known(i + run) {
            // The dot of "St." is a token but not a word of the name.
            if slots[i + run] == 1 { limit += 1 }
            run += 1
        }
        return run
    }

    /// Phrase keys (`PhraseHash`) of each length 1...`maxL` from token `i` into `plain` and `based` (variant 1: base
    /// forms where known); returns the bit mask of lengths (bit L-1) whose variant 1 differs from variant 0.
    func phraseKeys(_ i: Int, _ maxL: Int, plain: inout [UInt64], based: inout [UInt64]) -> UInt32 {
        var h0: UInt64 = 0, h1: UInt64 = 0, changed = false, mask: UInt32 = 0
        for l in 0..<maxL {
            if slots[i + l] == 1 {
                // No name ends with the dot of "St.", and it adds nothing to the key of the words after it.
                plain[l] = PhraseHash.none
                based[l] = PhraseHash.none
                continue
            }
            let f = infos[Int(slots[i + l])]
            h0 = PhraseHash.append(h0, f.keyPart)
            if let a = f.altPart { h1 = PhraseHash.append(h1, a); changed = true } else { h1 = PhraseHash.append(h1, f.keyPart) }
            plain[l] = h0
            based[l] = h1
            if changed { mask |= 1 << UInt32(l) }
        }
        return mask
    }

    /// The words i..<i+L joined by spaces; variant 1 uses base forms where known (nil when identical or broken).
    func phrase(_ i: Int, _ L: Int, variant: Int) -> String? {
        // the length first, then one allocation (facts read in place: binding one copies its strings)
        var n = 0
        var changed = false
        for j in i..<(i + L) where slots[j] != 1 {
            let s = Int(slots[j])
            if infos[s].key.isEmpty { return nil }
            if j > i { n += 1 }
            if variant == 1, let a = infos[s].alt { n += a.utf8.count; changed = true } else { n += infos[s].key.utf8.count }
        }
        if variant == 1 && !changed { return nil }
        return String(unsafeUninitializedCapacity: n) { out in
            var k = 0
            for j in i..<(i + L) where slots[j] != 1 {
                let s = Int(slots[j])
                if j > i { out[k] = 0x20; k += 1 }
                if variant == 1, let a = infos[s].alt { k = Concatenation.copy(a, into: out, at: k) } else {
                    k = Concatenation.copy(infos[s].key, into: out, at: k)
                }
            }
            return k
        }
    }
}

/// Name lengths in words as bit masks (bit L-1 for L words, the last bit for 8 or more), as the word tables keep them.
enum NameLengths {
    /// The bit of a name of `words` words.
    @inline(__always)
    static func bit(_ words: Int) -> UInt8 { 1 << UInt8(min(max(words, 1), 8) - 1) }

    /// Longest length in a mask (0 for none).
    @inline(__always)
    static func longest(_ mask: UInt8) -> Int { 8 - mask.leadingZeroBitCount }

    /// Every length from 1 to `n`.
    @inline(__always)
    static func upTo(_ n: Int) -> UInt8 { n <= 0 ? 0 : n >= 8 ? 0xFF : UInt8((1 << n) - 1) }
}

/// What is computed once per distinct (norm, lemma) of a token: its key, base form, script and name facts.
struct TokenFacts: Sendable {
    /// The facts of a punctuation token: in no name, and breaking names.
    static let none = TokenFacts(key: "", alt: nil, cyrillic: false, known: false, maxStart: 0, actorMask: 0,
                                 placeMask: 0, spaced: false, keyPart: PhraseHash.Part(), altPart: nil, hyphenPart: false)

    /// The dot of an abbreviated word in a name ("St." of "St. Thomas"): names run through it (`TokenKeys`).
    static let abbreviationDot = TokenFacts(key: "", alt: nil, cyrillic: false, known: true, maxStart: 0, actorMask: 0,
                                            placeMask: 0, spaced: false, keyPart: PhraseHash.Part(), altPart: nil, hyphenPart: false)

    var key: String
    var alt: String?
    var cyrillic: Bool
    var known: Bool
    /// Longest name (in words) that may start with it (0: none).
    var maxStart: UInt8
    var actorMask: UInt8
    var placeMask: UInt8
    var spaced: Bool
    var keyPart: PhraseHash.Part
    var altPart: PhraseHash.Part?
    /// Whether the word is hyphenated and has a base form ("seattle-based" → "seattle"): places may match that part.
    var hyphenPart: Bool
    /// Whether `key` is one of the knowledge base's stopwords (set by `KnowledgeBase.tokenFacts`).
    var stopword = false
    /// The place resolver's word lists that hold `key` (set by `KnowledgeBase.tokenFacts`).
    var placeWords: PlaceWords = []
}

/// The place resolver's word lists that hold a folded word, as bits: one look-up per distinct word rather than a set
/// look-up per token (`TokenFacts.placeWords`).
struct PlaceWords: OptionSet, Sendable {
    let rawValue: UInt16
    /// A non-empty key (a word or a number, not punctuation nor the dot of "St.").
    static let word = PlaceWords(rawValue: 1 << 0)
    /// `PlaceResolver.regionWords` ("oblast", "province").
    static let region = PlaceWords(rawValue: 1 << 1)
    /// `PlaceResolver.cityWords` ("ville", "town").
    static let city = PlaceWords(rawValue: 1 << 2)
    /// `PlaceResolver.linkWords` ("de", "of", "the").
    static let link = PlaceWords(rawValue: 1 << 3)
    /// `PlaceResolver.locatives` ("in", "à", "near").
    static let locative = PlaceWords(rawValue: 1 << 4)
    /// `PlaceResolver.placePrefixes` ("lake", "fort").
    static let placePrefix = PlaceWords(rawValue: 1 << 5)
    /// `PlaceResolver.townWords` ("city", "township").
    static let town = PlaceWords(rawValue: 1 << 6)
    /// `MentionRecognizer.directionWords` ("north", "eastern").
    static let direction = PlaceWords(rawValue: 1 << 7)
    /// `PlaceResolver.countyWords` ("county", "parish").
    static let county = PlaceWords(rawValue: 1 << 8)
    /// `PlaceResolver.townWordsPlural` ("villages", "towns").
    static let towns = PlaceWords(rawValue: 1 << 9)

    init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The lists that hold folded word `key`.
    init(key: String) {
        self = []
        guard !key.isEmpty else { return }
        insert(.word)
        if PlaceResolver.regionWords.contains(key) { insert(.region) }
        if PlaceResolver.cityWords.contains(key) { insert(.city) }
        if PlaceResolver.linkWords.contains(key) { insert(.link) }
        if PlaceResolver.locatives.contains(key) { insert(.locative) }
        if PlaceResolver.placePrefixes.contains(key) { insert(.placePrefix) }
        if PlaceResolver.townWords.contains(key) { insert(.town) }
        if MentionRecognizer.directionWords.contains(key) { insert(.direction) }
        if PlaceResolver.countyWords.contains(key) { insert(.county) }
        if PlaceResolver.townWordsPlural.contains(key) { insert(.towns) }
    }
}
