import Foundation
import SitrepModel
import SitrepLanguage

/// A lexicon file could not be read or has a malformed line.
public struct LexiconError: Error, CustomStringConvertible, Sendable {
    /// The file (or resource) name.
    public let input: String
    /// 1-based line number, when the problem is on one line.
    public let line: Int?
    public let reason: String

    public var description: String { line.map { "\(input):\($0): \(reason)" } ?? "\(input): \(reason)" }
}

/// How a trigger relates to its actors.
public enum TriggerKind: String, Sendable {
    /// A verb: source = subject, target = object.
    case verb = "v"
    /// An event noun: source = adjective/possessive/"by", target = "of"/"against".
    case noun = "n"
    /// A reporting verb ("said"): opens a claim, is not an event itself.
    case speech = "s"
}

/// One word (or word sequence) pattern item: alternatives, each a sequence of word ids; or a named word set.
struct ContextItem: Sendable {
    var alternatives: [[Int32]]
    var set: Int?
}

/// Word ids with a meaning of their own in patterns.
enum WordID {
    static let unknown: Int32 = -1
    static let place: Int32 = -2
    static let actor: Int32 = -3
}

/// One trigger line: a CAMEO code, a trigger lemma and optional context words before/after it.
/// A class so that matching passes it around without copying its arrays.
final class TriggerEntry: Sendable {
    let code: String
    /// Reciprocal code: what the target does to the source ("043:042").
    let reverse: String?
    let swapped: Bool
    let kind: TriggerKind
    /// Trigger word ids after the first, matched on the following tokens.
    let tail: [Int32]
    let pre: [ContextItem]
    let post: [ContextItem]
    /// Line order, later lines win ties (user files override built-ins).
    let order: Int
    let specificity: Int
    /// The word ids that make each checked context item possible, item after item, each item closed by
    /// `Int32.min`: an item is possible when one of its words is in the sentence (`CodingRun.plausible`). Items with a
    /// word set or an @place/@actor alternative are always possible and are left out.
    let required: [Int32]

    init(code: String, reverse: String?, swapped: Bool, kind: TriggerKind, tail: [Int32], pre: [ContextItem], post: [ContextItem], order: Int) {
        self.code = code
        self.reverse = reverse
        self.swapped = swapped
        self.kind = kind
        self.tail = tail
        self.pre = pre
        self.post = post
        self.order = order
        self.specificity = pre.count + post.count + tail.count
        var required: [Int32] = []
        for item in post + pre where item.set == nil {
            let firsts = item.alternatives.compactMap(\.first)
            if firsts.contains(where: { $0 < 0 }) { continue }
            required += firsts
            required.append(Int32.min)
        }
        self.required = required
    }
}

/// Function-word roles the coder asks about, as bits of a per-token mask.
enum Role: Int, CaseIterable {
    case conj, relative, subord, by, of, det, locative, target, between, be, have, pronounSg, pronounPl, possessive, group, impersonal, claim, claimPrep, predict, hypothetical, negation, dead, victim, atLeast, upTo, approx, rangeSep, infinitive, complementizer, indefinite, rank, pronounNeuter, partitive, demonstrative, claimNested, against, purpose, purposeClause

    /// The role names used in lexicon files.
    static let byName: [String: Role] = ["conj": .conj, "relative": .relative, "subord": .subord, "by": .by, "of": .of, "det": .det, "locative": .locative, "target": .target, "between": .between, "be": .be, "have": .have, "pronoun_sg": .pronounSg, "pronoun_pl": .pronounPl, "possessive": .possessive, "group": .group, "impersonal": .impersonal, "claim": .claim, "claim_prep": .claimPrep, "predict": .predict, "hypothetical": .hypothetical, "negation": .negation, "dead": .dead, "victim": .victim, "at_least": .atLeast, "up_to": .upTo, "approx": .approx, "range_sep": .rangeSep, "infinitive": .infinitive, "complementizer": .complementizer, "indefinite": .indefinite, "rank": .rank, "pronoun_neuter": .pronounNeuter, "partitive": .partitive, "demonstrative": .demonstrative, "claim_nested": .claimNested, "against": .against, "purpose": .purpose, "purpose_clause": .purposeClause]

    var bit: UInt64 { 1 << UInt64(rawValue) }

    /// The role's name in lexicon files.
    var name: String { Role.names[rawValue] }
    static let names: [String] = {
        var out = [String](repeating: "", count: allCases.count)
        for (name, role) in byName { out[role.rawValue] = name }
        return out
    }()
}

/// The compiled trigger and function-word lexicon of one language. A class so that each document's coding
/// shares it without copying (and retaining) every table; only `LexiconLoader` changes it, before any coding.
final class LanguageLexicon: @unchecked Sendable {
    var language: String

    init(language: String) { self.language = language }
    var entries: [TriggerEntry] = []
    /// Surface form (or lemma) of the first trigger word → entry indices.
    var byForm: [String: [Int]] = [:]
    var sets: [Set<Int32>] = []
    /// Interned pattern words: matching compares integers.
    var wordIDs: [String: Int32] = ["@place": WordID.place, "@actor": WordID.actor]

    func intern(_ w: String) -> Int32 {
        if let id = wordIDs[w] { return id }
        let id = Int32(wordIDs.count)
        wordIDs[w] = id
        return id
    }
    var setNames: [String: Int] = [:]
    /// Function-word roles ("conj", "by", "claim" …) → single words.
    var roles: [String: Set<String>] = [:]
    /// Function-word roles → multi-word phrases (token norms).
    var phrases: [String: [[String]]] = [:]
    /// Role → suffixes ("future_suffix" → ["eront", …]).
    var suffixes: [String: [String]] = [:]
    /// The adverb endings (role `adverb_suffix`: "-ly", "-ment"), apart: read for the tokens around many triggers.
    var adverbSuffixes: [String] = []
    var numbers: [String: Int] = [:]
    /// Word → bits of the roles it has (single words only).
    var roleMask: [String: UInt64] = [:]
    /// Word → bits of the roles that have a phrase starting with it.
    var phraseStart: [String: UInt64] = [:]
    var irregular: [String: [String]] = [:]
    /// Every form listed by a `form` line ("held", "sought", "pris"): irregular participles for the passive test.
    var irregularForms: Set<String> = []
    /// Every word the lexicon knows (pattern word, role word, trigger form, plural of a pattern word) → its facts:
    /// one lookup per token instead of one per table.
    var factTable = WordTable<WordFacts>([:])
    /// The lists of `byForm`, indexed by `WordFacts.forms`, with what trigger search reads of each entry.
    var formLists: [[FormEntry]] = []
    /// Per list in `formLists`: bit 1 when it has a noun entry, bit 2 when it has another.
    var formKinds: [UInt8] = []
    /// Bit i set for the words of word set i (the first 64 sets without a negative id; others are never checked).
    var setBits: [UInt64] = []
    /// `TriggerEntry.required` of the entries of each form list, list after list (`FormEntry.required` is a range
    /// of it): a list's candidates are checked reading one stretch of memory.
    var required: [Int32] = []

    func has(_ role: String, _ word: String) -> Bool { roles[role]?.contains(word) ?? false }

    /// Fills `facts` and `formLists` from the other tables.
    func indexWords() {
        var facts: [String: WordFacts] = [:]
        formLists = []
        formKinds = []
        required = []
        setBits = [UInt64](repeating: 0, count: wordIDs.count)
        var checkedSets: UInt64 = 0
        for (i, set) in sets.prefix(64).enumerated() where set.allSatisfy({ $0 >= 0 && Int($0) < setBits.count }) {
            checkedSets |= 1 << UInt64(i)
            for w in set { setBits[Int(w)] |= 1 << UInt64(i) }
        }
        /// The checked word sets an entry's context items need.
        func setsNeeded(_ e: TriggerEntry) -> UInt64 {
            var bits: UInt64 = 0
            for item in e.post + e.pre { if let s = item.set, s < 64 { bits |= (1 << UInt64(s)) & checkedSets } }
            return bits
        }
        let needed = entries.map(setsNeeded)
        var keys = Set(wordIDs.keys)
        keys.formUnion(roleMask.keys)
        keys.formUnion(phraseStart.keys)
        keys.formUnion(byForm.keys)
        // the plurals whose singular is a pattern word (`TokenKey` relies on every such plural being a key)
        for w in wordIDs.keys {
            keys.insert(w + "s"); keys.insert(w + "x"); keys.insert(w + "es")
            if w.hasSuffix("y") { keys.insert(String(w.dropLast()) + "ies") }
        }
        for k in keys {
            var f = WordFacts()
            f.id = wordIDs[k] ?? WordID.unknown
            (f.singular, f.singular2) = LanguageLexicon.singulars(k, wordIDs)
            f.roles = roleMask[k] ?? 0
            f.phrases = phraseStart[k] ?? 0
            if let list = byForm[k] {
                f.forms = Int32(formLists.count)
                formLists.append(list.map { i in
                    let e = entries[i], start = Int32(required.count)
                    required += e.required
                    return FormEntry(entry: Int32(i), kind: e.kind, specificity: Int32(e.specificity), required: start..<Int32(required.count),
                                     tail: e.tail.first ?? FormEntry.noTail, sets: needed[i])
                })
                formKinds.append(list.reduce(0) { $0 | (entries[$1].kind == .noun ? 1 : 2) })
            }
            facts[k] = f
        }
        factTable = WordTable(facts)
    }

    /// The pattern-word ids of a word's singular readings ("forces" → "force", "forces" − "es").
    static func singulars(_ n: String, _ ids: [String: Int32]) -> (Int32, Int32) {
        var singular = WordID.unknown, singular2 = WordID.unknown
        if n.hasSuffix("ies") { singular = ids[String(n.dropLast(3)) + "y"] ?? WordID.unknown }
        else if n.hasSuffix("s") || n.hasSuffix("x") { singular = ids[String(n.dropLast())] ?? WordID.unknown }
        if n.hasSuffix("es") { singular2 = ids[String(n.dropLast(2))] ?? WordID.unknown }
        return (singular, singular2)
    }
}

/// An entry of a form's list, with the fields trigger search reads for every candidate.
struct FormEntry: Sendable {
    var entry: Int32
    var kind: TriggerKind
    var specificity: Int32
    var required: Range<Int32>
    /// The second trigger word (`TriggerEntry.tail`'s first), or `noTail`.
    var tail: Int32
    /// `LanguageLexicon.setBits` of the word sets among its context items: each needs a word of its set in the sentence.
    var sets: UInt64

    static let noTail = Int32.min
}

/// What the coder knows of one word form.
struct WordFacts: Sendable {
    var id = WordID.unknown
    var singular = WordID.unknown
    var singular2 = WordID.unknown
    /// Role bits (`Role.bit`) of the word, and of the roles with a phrase starting with it.
    var roles: UInt64 = 0
    var phrases: UInt64 = 0
    /// Index in `LanguageLexicon.formLists` of the entries whose first trigger word this is, or -1.
    var forms: Int32 = -1
}

/// Reads trigger lexicon files (`triggers-<lang>.txt`) into per-language lexicons.
struct LexiconLoader {
    private(set) var lexicons: [String: LanguageLexicon] = [:]
    /// FNV-1a 64 over every file read, for the coder version string.
    private(set) var checksum: UInt64 = 0xcbf29ce484222325
    /// Generated forms per (language, kind, lemma) within one file: a later file may list irregular forms of a
    /// lemma that an earlier file already used, so the cache starts empty for each file.
    private var formCache: [String: [String]] = [:]
    private var order = 0
    private var pendingForms: [String: [(Int, String)]] = [:]

    mutating func load(text: String, name: String) throws {
        let lang = LexiconLoader.language(of: text, name: name)
        guard let lang else {
            throw LexiconError(input: name, line: nil, reason: "no '# language: xx' header and no triggers-xx.txt name")
        }
        for b in text.utf8 { checksum = (checksum ^ UInt64(b)) &* 0x100000001b3 }
        formCache.removeAll(keepingCapacity: true)
        var lex = lexicons[lang] ?? LanguageLexicon(language: lang)
        var lineNo = 0
        var pending: [(line: Int, fields: [Substring])] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNo += 1
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let fields = line.split(separator: "\t", omittingEmptySubsequences: true)
                .map { LexiconLoader.trim($0) }.filter { !$0.isEmpty }
            if fields.isEmpty { continue }
            guard fields.count >= 3 else {
                throw LexiconError(input: name, line: lineNo, reason: "expected at least 3 tab-separated fields")
            }
            switch fields[0] {
            case "form":
                let forms = fields[2].split(separator: " ").map(String.init)
                lex.irregular[String(fields[1]), default: []] += forms
                lex.irregularForms.formUnion(forms)
            case "set":
                let key = String(fields[1].drop(while: { $0 == "&" }))
                let words = Set(fields[2].split(separator: " ").map { lex.intern(String($0)) })
                if let i = lex.setNames[key] { lex.sets[i].formUnion(words) } else {
                    lex.setNames[key] = lex.sets.count
                    lex.sets.append(words)
                }
            case "word": LexiconLoader.addWords(role: String(fields[1]), items: fields[2], to: &lex)
            case "num":
                guard let v = Int(fields[2]) else { throw LexiconError(input: name, line: lineNo, reason: "num needs an integer") }
                lex.numbers[String(fields[1])] = v
            default: pending.append((lineNo, fields))
            }
        }
        for (n, f) in pending { try addTrigger(f, line: n, name: name, to: &lex) }
        // most specific entries first, later lines first among equals: matching can stop early
        for key in lex.byForm.keys {
            lex.byForm[key]!.sort { a, b in
                let ea = lex.entries[a], eb = lex.entries[b]
                return ea.specificity != eb.specificity ? ea.specificity > eb.specificity : ea.order > eb.order
            }
        }
        for (role, list) in lex.phrases {
            guard let r = Role.byName[role] else { continue }
            for p in list { if let first = p.first { lex.phraseStart[first, default: 0] |= r.bit } }
        }
        lex.indexWords()
        lexicons[lang] = lex
    }

    static func trim(_ s: Substring) -> Substring {
        var a = s.startIndex, b = s.endIndex
        while a < b, s[a] == " " || s[a] == "\r" { a = s.index(after: a) }
        while b > a, s[s.index(before: b)] == " " || s[s.index(before: b)] == "\r" { b = s.index(before: b) }
        return s[a..<b]
    }

    /// Matching key of a lexicon word: ASCII lowercase words as they are, others through the Normalizer.
    static func key(_ w: Substring) -> String {
        if w.utf8.allSatisfy({ $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) }) { return String(w) }
        return Normalizer.key(String(w))
    }

    static func language(of text: String, name: String) -> String? {
        for line in text.split(separator: "\n").prefix(20) where line.hasPrefix("#") {
            if let r = line.range(of: "language:") {
                let code = line[r.upperBound...].trimmingCharacters(in: .whitespaces)
                if !code.isEmpty { return String(code.prefix(while: { $0.isLetter })) }
            }
        }
        let base = (name as NSString).lastPathComponent
        if base.hasPrefix("triggers-"), let dot = base.firstIndex(of: ".") {
            let code = base[base.index(base.startIndex, offsetBy: 9)..<dot]
            return code.isEmpty ? nil : String(code)
        }
        return nil
    }

    static func addWords(role: String, items: Substring, to lex: inout LanguageLexicon) {
        for item in items.split(separator: " ") {
            if item.hasPrefix("-"), item.count > 1 {
                lex.suffixes[role, default: []].append(String(item.dropFirst()))
                if role == "adverb_suffix" { lex.adverbSuffixes.append(String(item.dropFirst())) }
            } else if item.contains("_") {
                lex.phrases[role, default: []].append(item.split(separator: "_").map(String.init))
            } else {
                lex.roles[role, default: []].insert(String(item))
                if let r = Role.byName[role] { lex.roleMask[String(item), default: 0] |= r.bit }
            }
        }
    }

    private mutating func addTrigger(_ f: [Substring], line: Int, name: String, to lex: inout LanguageLexicon) throws {
        var code = String(f[0])
        var reverse: String? = nil
        if let colon = code.firstIndex(of: ":") {
            reverse = String(code[code.index(after: colon)...])
            code = String(code[..<colon])
            if code.isEmpty { code = "~" + reverse!; reverse = nil }
            if let r = reverse, !(2...4).contains(r.count) || !r.allSatisfy({ $0.isASCII && $0.isNumber }) {
                throw LexiconError(input: name, line: line, reason: "'\(f[0])' has no valid reciprocal code")
            }
        }
        let swapped = code.hasPrefix("~")
        if swapped { code.removeFirst() }
        guard code.count >= 2, code.count <= 4, code.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw LexiconError(input: name, line: line, reason: "'\(f[0])' is not a CAMEO code")
        }
        guard let kind = TriggerKind(rawValue: String(f[1])) else {
            throw LexiconError(input: name, line: line, reason: "kind must be v, n or s, not '\(f[1])'")
        }
        let words = f[2].split(separator: "_").map { LexiconLoader.key($0) }
        guard let head = words.first else { throw LexiconError(input: name, line: line, reason: "empty trigger") }
        var pre: [ContextItem] = [], post: [ContextItem] = []
        if f.count > 3 {
            var seenStar = false
            for item in f[3].split(separator: " ") {
                if item == "*" { seenStar = true; continue }
                let ci = try contextItem(item, lex: &lex, line: line, name: name)
                if seenStar { post.append(ci) } else { pre.append(ci) }
            }
            if !seenStar { post = pre; pre = [] }
        }
        order += 1
        let entry = TriggerEntry(code: code, reverse: reverse, swapped: swapped, kind: kind, tail: words.dropFirst().map { lex.intern($0) },
                                 pre: pre, post: post, order: order)
        let index = lex.entries.count
        lex.entries.append(entry)
        let cacheKey = lex.language + "|" + kind.rawValue + "|" + head
        let forms: [String]
        if let cached = formCache[cacheKey] { forms = cached } else {
            var set = Set([head])
            set.formUnion(lex.irregular[head] ?? [])
            set.formUnion(TriggerInflection.forms(of: head, kind: kind, language: lex.language))
            forms = Array(set)
            formCache[cacheKey] = forms
        }
        for form in forms { lex.byForm[form, default: []].append(index) }
    }

    private func contextItem(_ item: Substring, lex: inout LanguageLexicon, line: Int, name: String) throws -> ContextItem {
        if item.hasPrefix("&") {
            guard let i = lex.setNames[String(item.dropFirst())] else {
                throw LexiconError(input: name, line: line, reason: "unknown word set '\(item)'")
            }
            return ContextItem(alternatives: [], set: i)
        }
        let alts = item.split(separator: "|").map { $0.split(separator: "_").map { lex.intern(LexiconLoader.key($0)) } }
        return ContextItem(alternatives: alts, set: nil)
    }
}

/// Regular inflected forms generated for English and French lemmas, so lexicons list lemmas only.
enum TriggerInflection {
    static func forms(of lemma: String, kind: TriggerKind, language: String) -> [String] {
        switch language {
        case "en": return kind == .noun ? englishPlural(lemma) : englishVerb(lemma)
        case "fr": return kind == .noun ? [lemma + "s", lemma + "x"] : frenchVerb(lemma)
        default: return []
        }
    }

    static func englishPlural(_ w: String) -> [String] {
        if w.hasSuffix("y"), let p = w.dropLast().last, !"aeiou".contains(p) { return [String(w.dropLast()) + "ies"] }
        if w.hasSuffix("s") || w.hasSuffix("x") || w.hasSuffix("z") || w.hasSuffix("ch") || w.hasSuffix("sh") { return [w + "es"] }
        return [w + "s"]
    }

    static func englishVerb(_ w: String) -> [String] {
        var out = englishPlural(w)
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if w.hasSuffix("e") {
            out += [w + "d", String(w.dropLast()) + "ing"]
        } else if w.hasSuffix("y"), let p = w.dropLast().last, !vowels.contains(p) {
            out += [String(w.dropLast()) + "ied", w + "ing"]
        } else {
            out += [w + "ed", w + "ing"]
            let c = Array(w)
            if c.count >= 3, !vowels.contains(c[c.count - 1]), vowels.contains(c[c.count - 2]), !vowels.contains(c[c.count - 3]),
               !"wxy".contains(c[c.count - 1]) {
                out += [w + String(c[c.count - 1]) + "ed", w + String(c[c.count - 1]) + "ing"]
            }
        }
        return out
    }

    static func frenchVerb(_ w: String) -> [String] {
        if w.hasSuffix("er") {
            let stem = String(w.dropLast(2))
            var out: [String] = []
            let soft = ["e", "es", "ent", "é", "ée", "és", "ées", "er", "era", "eront", "erait", "eraient", "erai", "erons", "èrent", "ez"]
            let hard = ["ons", "ait", "aient", "ais", "a", "ant", "ai", "âmes", "ions", "iez"]
            out += soft.map { stem + $0 }
            if stem.hasSuffix("c") {
                out += hard.map { String(stem.dropLast()) + "ç" + $0 }
            } else if stem.hasSuffix("g") {
                out += hard.map { stem + "e" + $0 }
            } else {
                out += hard.map { stem + $0 }
            }
            if stem.hasSuffix("y") {  // déployer → déploie, déploient, déploiera
                let i = String(stem.dropLast()) + "i"
                out += ["e", "es", "ent", "era", "eront", "erait"].map { i + $0 }
            }
            if let r = stem.range(of: "é", options: .backwards), stem.distance(from: r.upperBound, to: stem.endIndex) <= 3 {
                let grave = stem.replacingCharacters(in: r, with: "è")  // répéter → répète
                out += ["e", "es", "ent"].map { grave + $0 }
            }
            return out
        }
        if w.hasSuffix("ir") {
            let stem = String(w.dropLast(2))
            return ["is", "it", "issons", "issez", "issent", "i", "ie", "ies", "issait", "issaient", "ira", "iront",
                    "irait", "issant", "irent"].map { stem + $0 }
        }
        return []
    }
}
