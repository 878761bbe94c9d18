import Foundation
import SitrepModel
import Testing
@testable import SitrepLanguage

/// Sentence texts of `text` split with the rules of `language`.
func sentences(_ text: String, _ language: String?) -> [String] {
    SentenceSplitter(language: language).split(text).map { String(text.slice($0.span)) }
}

@Test func frenchTitleAbbreviations() {
    #expect(sentences("M. Pashinyan a déclaré cela. Mme Dupont aussi.", "fr") ==
            ["M. Pashinyan a déclaré cela.", "Mme Dupont aussi."])
    #expect(sentences("Le Dr. Martin arrive. Il parle.", "fr") == ["Le Dr. Martin arrive.", "Il parle."])
}

@Test func englishAbbreviationsAndInitials() {
    #expect(sentences("Mr. Smith met Dr. Jones in St. Louis. They talked.", "en") ==
            ["Mr. Smith met Dr. Jones in St. Louis.", "They talked."])
    #expect(sentences("J. R. Tolkien wrote it. It sold.", "en") == ["J. R. Tolkien wrote it.", "It sold."])
    #expect(sentences("The U.S. Army left. It was late.", "en") == ["The U.S. Army left.", "It was late."])
}

@Test func numberAbbreviations() {
    #expect(sentences("He lives at No. 10 Downing Street. He is home.", "en") ==
            ["He lives at No. 10 Downing Street.", "He is home."])
    #expect(sentences("He said no. Then he left.", "en") == ["He said no.", "Then he left."])
}

@Test func russianAndUkrainianAbbreviations() {
    #expect(sentences("В 2014 г. Россия аннексировала Крым. Это незаконно.", "ru") ==
            ["В 2014 г. Россия аннексировала Крым.", "Это незаконно."])
    #expect(sentences("Он живёт на ул. Ленина. Дом старый.", "ru") == ["Он живёт на ул. Ленина.", "Дом старый."])
    #expect(sentences("Обстріл м. Бахмут триває. Є загиблі.", "uk") == ["Обстріл м. Бахмут триває.", "Є загиблі."])
    #expect(sentences("В. Путин прибыл. Встреча началась.", "ru") == ["В. Путин прибыл.", "Встреча началась."])
}

@Test func germanOrdinalDatesAndAbbreviations() {
    #expect(sentences("Am 24. Februar begann der Krieg. Prof. Müller warnt z.B. davor.", "de") ==
            ["Am 24. Februar begann der Krieg.", "Prof. Müller warnt z.B. davor."])
}

@Test func spanishQuestionsAndAbbreviations() {
    #expect(sentences("El Sr. García habló. ¿Qué dijo? Nada.", "es") == ["El Sr. García habló.", "¿Qué dijo?", "Nada."])
}

@Test func listNumbersAtLineStart() {
    #expect(sentences("1. Dit bring ons by die oudskoolse bevestigers.", nil) ==
            ["1. Dit bring ons by die oudskoolse bevestigers."])
}

@Test func ellipsis() {
    #expect(sentences("Il attendait… Puis il partit... et revint.", "fr") == ["Il attendait…", "Puis il partit... et revint."])
}

@Test func lowercaseAfterQuestionDoesNotSplit() {
    #expect(sentences("« Pourquoi ? » demanda-t-il. Personne.", "fr") == ["« Pourquoi ? » demanda-t-il.", "Personne."])
}

@Test func closingQuotesBelongToTheirSentence() {
    let text = "Il a déclaré que la Russie “déploie activement de nouveaux effectifs.” Les forces attendent."
    #expect(sentences(text, "fr") ==
            ["Il a déclaré que la Russie “déploie activement de nouveaux effectifs.”", "Les forces attendent."])
    #expect(sentences("Il a dit : « Je pars. Tu restes. » Puis il partit.", "fr") ==
            ["Il a dit : « Je pars.", "Tu restes. »", "Puis il partit."])
    #expect(sentences("Er sagte: „Wir gehen.“ Dann ging er.", "de") == ["Er sagte: „Wir gehen.“", "Dann ging er."])
    #expect(sentences("\"We will win.\" He left.", "en") == ["\"We will win.\"", "He left."])
}

@Test func everyNewlineEndsASentenceAndCountsLines() {
    let text = "Titre sans point\nPremière phrase. Deuxième phrase\n\nAutre paragraphe"
    let s = SentenceSplitter(language: "fr").split(text)
    #expect(s.map { String(text.slice($0.span)) } ==
            ["Titre sans point", "Première phrase.", "Deuxième phrase", "Autre paragraphe"])
    #expect(s.map(\.paragraph) == [0, 1, 1, 3])
}

@Test func sentencesCoverTokensContiguously() {
    let text = "Un. Deux. Trois."
    let toks = Tokenizer().tokenize(text)
    let s = SentenceSplitter(language: "fr").split(text, tokens: toks)
    #expect(s.map(\.tokens) == [0..<2, 2..<4, 4..<6])
    #expect(SentenceSplitter(language: "fr").split("").isEmpty)
}
