import Foundation
import Testing
@testable import SitrepKnowledge

/// The byte-level shortcuts of matching give the same answers as the reference paths.
@Suite struct FastPathTests {
    @Test func twoByteFoldMatchesUnicodeFold() {
        var samples = ["Arménie", "L'Ukraine", "Łódź", "Straße", "Œuvre", "Луганської", "Йошкар-Ола", "İstanbul",
                       "Zürich-Nord", "d'Évian", "São Paulo", "ÆRØ", "Ðakovo", "Kyïv", "Dniprò.", "café,crème"]
        for v in 0x80...0x4FF {
            guard let s = Unicode.Scalar(UInt32(v)) else { continue }
            let c = String(Character(s))
            samples += [c, "a" + c + "b", "L'" + c + "x", c + c + "-" + c]
        }
        for s in samples {
            #expect(MatchKey.fold(s) == MatchKey.foldUnicode(s), "\(s)")
        }
        #expect(MatchKey.foldTwoByte("Arménie") == "armenie")
        #expect(MatchKey.foldTwoByte("Луганська") != nil)
        #expect(MatchKey.foldTwoByte("«Kyiv»") == nil)
    }

    @Test func phraseKeysIgnoreWordBoundariesInsideTokens() {
        // "l' armenie" as one token key or as two gives the same phrase key; different words differ.
        let one = PhraseHash.part("l' armenie").value
        let two = PhraseHash.append(PhraseHash.part("l'").value, PhraseHash.part("armenie"))
        #expect(one == two)
        #expect(PhraseHash.part("new york").value != PhraseHash.part("york new").value)
        let table = PhraseTable(["kyiv", "new york"].map { PhraseHash.part($0).value }, count: 2)
        #expect(table.contains(PhraseHash.part("new york").value))
        #expect(!table.contains(PhraseHash.part("new jersey").value))
    }

    @Test func frequentTokenFactsMatchComputedOnes() {
        let kb = Fixture.kb
        for w in ["the", "de", "of", "la", "и", "в"] where kb.stopwords.contains(w) {
            let cached = kb.frequentTokens[TokenKeys.factsKey(norm: w, lemma: w)]
            let fresh = TokenKeys.facts(norm: w, lemma: w, kb.nameWords)
            #expect(cached?.key == fresh.key && cached?.alt == fresh.alt && cached?.maxStart == fresh.maxStart)
            #expect(cached?.stopword == kb.stopwords.contains(fresh.key))
        }
    }

    @Test func hashedGazetteerLookupMatchesBinarySearch() {
        let gaz = Fixture.kb.gazetteer
        for key in ["paris", "kyiv", "new york", "donetsk", "georgia", "l' armenie", "saint-petersbourg", "no such place xyz"] {
            #expect(gaz.rows(forKey: key, hash: PhraseHash.part(key).value) == gaz.rows(forKey: key), "\(key)")
        }
        #expect(!gaz.rows(forKey: "paris").isEmpty)
    }

    @Test func byteBaseFormsMatchTheStringRules() {
        let words = Fixture.kb.nameWords
        let samples = ["luganskoi", "луганської", "луганской", "областю", "ukrainiennes", "russes", "arméniens", "françaises",
                       "régionales", "americans", "donetskoi", "києва", "москвы", "путина", "abc", "été", "oblasts", "régions"]
        for w in samples {
            let k = MatchKey.fold(w)
            #expect(BaseFormSearch.shared.first(k, known: words.isKnownHash) == Inflection.baseForms(k).first(where: words.isKnownWord), "\(w)")
            #expect(BaseFormSearch.shared.firstCandidateHash(k) == Inflection.baseForms(k).first.map { MatchKey.hash($0.utf8) }, "\(w)")
        }
    }

    @Test func byteNameComparisonMatchesTheFold() {
        let entries = Fixture.kb.gazetteer.entries
        for key in ["paris", "new york", "st louis", "kyiv", "saint-petersbourg", "montreal"] {
            for r in Fixture.kb.gazetteer.rows(forKey: key).prefix(50) {
                let reference = MatchKey.fold(entries.name(r)) == key
                if let fast = entries.asciiNameMatches(r, key) { #expect(fast == reference, "\(entries.name(r)) \(key)") }
            }
        }
        #expect(TokenKeys.collapseInitials("u s") == "us")
        #expect(TokenKeys.collapseInitials("l' armenie") == "l' armenie")
    }
}
