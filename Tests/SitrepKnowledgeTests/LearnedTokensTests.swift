import Foundation
import SitrepLanguage
import SitrepModel
import Testing
@testable import SitrepKnowledge

/// The shared cache of token facts answers as computing the facts afresh would, and as a dictionary of what was added.
@Suite struct LearnedTokensTests {
    @Test func answersAsADictionaryOfWhatWasAdded() {
        let learned = LearnedTokens(limit: 50)
        var reference: [UInt64: String] = [:]
        let words = (0..<80).map { "word\($0)" }
        for chunk in stride(from: 0, to: words.count, by: 7) {
            let entries = words[chunk..<min(chunk + 7, words.count)].map { w -> (UInt64, TokenFacts) in
                var f = TokenFacts.none
                f.key = w
                return (TokenKeys.factsKey(norm: w, lemma: w), f)
            }
            // the first facts of a key stay; nothing is added beyond the limit
            learned.add(entries + [(entries[0].0, TokenFacts.abbreviationDot)])
            for (k, f) in entries where reference.count < 50 && reference[k] == nil { reference[k] = f.key }
        }
        #expect(learned.count == 50)
        for w in words + ["absent", ""] {
            let k = TokenKeys.factsKey(norm: w, lemma: w)
            #expect(learned[k]?.key == reference[k], "\(w)")
        }
    }

    @Test func learnedFactsAreTheComputedFacts() {
        let kb = Fixture.kb
        let text = "Les forces russes ont bombardé Kharkiv ; Emmanuel Macron s'est rendu à Kyiv avec Olaf Scholz et les Ukrainiens."
        for _ in 0..<2 {  // the second pass reads every word from the cache
            var d = Document(origin: "test", published: CalendarDay(year: 2023, month: 2, day: 1), language: "fr", text: text)
            LanguageAnalyzer().analyze(&d)
            _ = TokenKeys(doc: d, knowledge: kb)
            for t in d.tokens where t.kind == .word || t.kind == .number {
                let k = TokenKeys.factsKey(norm: t.norm, lemma: t.lemma)
                guard kb.frequentTokens[k] == nil else { continue }
                let fresh = TokenKeys.facts(norm: t.norm, lemma: t.lemma, kb.nameWords)
                let cached = kb.learnedTokens[k]
                #expect(cached?.key == fresh.key && cached?.alt == fresh.alt && cached?.maxStart == fresh.maxStart
                        && cached?.actorMask == fresh.actorMask && cached?.placeMask == fresh.placeMask
                        && cached?.known == fresh.known && cached?.spaced == fresh.spaced, "\(t.norm)")
                #expect(cached?.stopword == kb.stopwords.contains(fresh.key), "\(t.norm)")
            }
        }
    }
}
