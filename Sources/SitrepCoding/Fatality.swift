import SitrepModel

/// Reported deaths in a sentence.
///
/// Rule: a number (digits or a number word) near a death word ("morts", "killed", "dead") gives the count.
/// "plus de N", "au moins N", "more than N", "at least N" → min N (no max); "jusqu'à N", "up to N" → max N;
/// "N à M", "between N and M" → min N, max M; "environ N", "about N" → min N, max N; a bare N → min = max = N.
/// Vague plurals come from the lexicon's number words: "dozens" 24 (the smallest plural of a dozen),
/// "des dizaines" 20, "hundreds"/"des centaines" 200, "thousands"/"des milliers" 2000, all as a minimum.
enum Fatality {
    static func find(in f: SentenceFrame, doc: Document, lex: LanguageLexicon, builder: FrameBuilder) -> Fatalities? {
        let toks = doc.tokens
        func value(_ p: Int) -> (Int, vague: Bool)? {
            let n = toks[p].norm
            if toks[p].kind == .number {
                let digits = n.filter { $0.isNumber }
                return Int(digits).map { ($0, false) }
            }
            if let v = lex.numbers[n] { return (v, n.hasSuffix("s") && v >= 20) }
            return nil
        }
        for p in f.range {
            // a death word within four tokens after the number (or just before: "killed 5")
            let window = (p + 1)..<min(f.range.upperBound, p + 6)
            let deathAfter = window.contains { builder.isRole(.dead, $0) }
            let deathBefore = p - 1 >= f.range.lowerBound && builder.isRole(.dead, p - 1)
            guard deathAfter || deathBefore, let (v, vague) = value(p) else { continue }
            // a year or a day of the month is not a count
            if toks[p].kind == .number, v >= 1900 && v <= 2100 { continue }
            let upper = rangeUpper(after: p, f: f, doc: doc, builder: builder)
            if let m = upper { return Fatalities(min: v, max: m) }
            let before = qualifier(before: p, f: f, doc: doc, lex: lex, builder: builder)
            switch before {
            case "at_least": return Fatalities(min: v, max: nil)
            case "up_to": return Fatalities(min: nil, max: v)
            default: return vague ? Fatalities(min: v, max: nil) : Fatalities(min: v, max: v)
            }
        }
        return nil
    }

    static func qualifier(before p: Int, f: SentenceFrame, doc: Document, lex: LanguageLexicon, builder: FrameBuilder) -> String? {
        for r in [Role.atLeast, .upTo, .approx] {
            let role = r.name
            for len in 1...3 where p - len >= f.range.lowerBound {
                let words = (p - len)..<p
                if len == 1, builder.isRole(r, p - 1) { return role }
                if lex.phrases[role]?.contains(words.map { doc.tokens[$0].norm }) == true { return role }
            }
        }
        return nil
    }

    static func rangeUpper(after p: Int, f: SentenceFrame, doc: Document, builder: FrameBuilder) -> Int? {
        let a = p + 1, b = p + 2
        guard b < f.range.upperBound, builder.isRole(.rangeSep, a), doc.tokens[b].kind == .number else { return nil }
        return Int(doc.tokens[b].norm.filter { $0.isNumber })
    }
}
