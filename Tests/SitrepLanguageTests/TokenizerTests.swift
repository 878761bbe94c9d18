import Foundation
import SitrepModel
import Testing
@testable import SitrepLanguage

/// Norms of the tokens of `text`.
func norms(_ text: String) -> [String] { Tokenizer().tokenize(text).map(\.norm) }

@Test func frenchElisionIsItsOwnToken() {
    #expect(norms("l’Arménie s’est réuni d’Azerbaïdjan qu’il n’ait") ==
            ["l'", "arménie", "s'", "est", "réuni", "d'", "azerbaïdjan", "qu'", "il", "n'", "ait"])
    #expect(norms("Jusqu’à aujourd’hui") == ["jusqu'", "à", "aujourd'hui"])
}

@Test func elisionBeforeAQuote() {
    #expect(norms("qu'”une offensive") == ["qu'", "”", "une", "offensive"])
}

@Test func apostropheVariantsAreUnified() {
    #expect(norms("L’État l'État lʼÉtat") == ["l'", "état", "l'", "état", "l'", "état"])
    #expect(Normalizer.key("L’Arménie") == "l'arménie")
}

@Test func englishCliticsAreTheirOwnToken() {
    #expect(norms("Russia’s army didn't") == ["russia", "'s", "army", "didn", "'t"])
    #expect(norms("O’Brien") == ["o'brien"])
}

@Test func ukrainianApostropheStaysInsideWord() {
    #expect(norms("п’ять об'єктів") == ["п'ять", "об'єктів"])
}

@Test func hyphenatedCompoundsStayOneToken() {
    #expect(norms("ex-soviétiques anti-corruption Saint-Pétersbourg") ==
            ["ex-soviétiques", "anti-corruption", "saint-pétersbourg"])
}

@Test func dottedAcronymsStayOneToken() {
    #expect(norms("the U.S. army, z.B. heute, EE.UU. dijo") ==
            ["the", "u.s.", "army", ",", "z.b.", "heute", ",", "ee.uu.", "dijo"])
}

@Test func numbersKeepInnerSeparators() {
    let toks = Tokenizer().tokenize("plus de 1,5 million le 24.02.2023 à 13:35")
    #expect(toks.map(\.norm) == ["plus", "de", "1,5", "million", "le", "24.02.2023", "à", "13", ":", "35"])
    #expect(toks[2].kind == .number)
}

@Test func terminatorRunsAreOneToken() {
    #expect(norms("Quoi?! Bon... fin.") == ["quoi", "?!", "bon", "...", "fin", "."])
}

@Test func spansAreUTF8ByteOffsetsWithOffset() {
    let text = "Élu à Kyiv."
    let toks = Tokenizer().tokenize(text, offset: 100)
    #expect(toks.map(\.span) == [Span(100, 104), Span(105, 107), Span(108, 112), Span(112, 113)])
    #expect(toks[0].isCapitalized && !toks[1].isCapitalized)
    #expect(Tokenizer().tokenize(text).map { String(text.slice($0.span)) } == ["Élu", "à", "Kyiv", "."])
}

@Test func normIsNFCAndLowercase() {
    // "Е" + combining diaeresis (decomposed) → precomposed "ё"; Greek and Cyrillic uppercase.
    #expect(norms("Ё ΑΘΗΝΑ КИЇВ") == ["ё", "αθηνα", "київ"])
    #expect(Normalizer.key("ARME\u{301}NIE") == "arménie")
}

@Test func foldedKeyDropsDiacritics() {
    #expect(Normalizer.foldedKey("Arménie") == "armenie")
    #expect(Normalizer.foldedKey("Azerbaïdjan") == "azerbaidjan")
    #expect(Normalizer.foldedKey("Ёлка") == "елка")
}

@Test func emptyAndOddInputDoNotCrash() {
    #expect(Tokenizer().tokenize("").isEmpty)
    #expect(Tokenizer().tokenize("   \n\t ").isEmpty)
    #expect(norms("🙂 €5") == ["🙂", "€", "5"])
    #expect(norms("'") == ["'"])
}

@Test func nonStartersOutOfCanonicalOrderAreReordered() {
    // Thai MAI EK (ccc 107) before SARA U (ccc 103): NFC puts SARA U first.
    #expect(Normalizer.key("\u{0E01}\u{0E48}\u{0E38}") == "\u{0E01}\u{0E38}\u{0E48}")
}

@Test func fastPathAgreesWithFoundationOnManyScripts() {
    let samples = ["नमस्ते दुनिया", "বাংলাদেশের রাজধানী", "한국어 문장입니다", "ภาษาไทย", "Ελληνικά ΚΕΙΜΕΝΑ",
                   "Հայաստան", "საქართველო", "Straße ÄÖÜ", "İstanbul", "ﬁnal", "e\u{301}te\u{301}"]
    for s in samples {
        for tok in Tokenizer().tokenize(s) {
            #expect(tok.norm == Normalizer.slowKey(String(s.slice(tok.span))), "\(s)")
        }
    }
}

@Test func innerCapitalMarksAName() {
    // "iSrael", "eBay": a capital inside the first part of a lowercase-initial word; not after a hyphen or apostrophe
    let caps = Tokenizer().tokenize("help iSrael and eBay, not pro-Russia al-Assad aujourd'hui").filter { $0.kind == .word }
        .map { "\($0.norm):\($0.isCapitalized)" }
    #expect(caps == ["help:false", "israel:true", "and:false", "ebay:true", "not:false", "pro-russia:false", "al-assad:false",
                     "aujourd'hui:false"])
}
