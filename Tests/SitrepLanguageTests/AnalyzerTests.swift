import Foundation
import SitrepModel
import Testing
@testable import SitrepLanguage

/// `<repo>/../shared`, or nil (tests print "skipped: ../shared not found").
func sharedDirectory() -> URL? {
    let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let shared = repo.deletingLastPathComponent().appendingPathComponent("shared")
    guard FileManager.default.fileExists(atPath: shared.path) else {
        print("skipped: ../shared not found")
        return nil
    }
    return shared
}

@Test func analyzerOnSeedArticle() throws {
    guard let shared = sharedDirectory() else { return }
    let text = try String(contentsOf: shared.appendingPathComponent("seeds/000_7b1f1785c4cd37aa.txt"), encoding: .utf8)
    var doc = Document(origin: "seed", text: text)
    LanguageAnalyzer().analyze(&doc)
    #expect(doc.language == "fr")
    #expect((doc.languageConfidence ?? 0) > 0.5)
    let texts = doc.sentences.map { String(doc.text.slice($0.span)) }
    #expect(texts.contains("En novembre, Poutine s’est rendu en Arménie pour un sommet de l’Organisation du traité de sécurité collective (OTSC)."))
    #expect(texts.contains("Alikhan Smailov, premier ministre du Kazakhstan"))
    #expect(texts.contains("M. Pashinyan a déclaré à ses homologues lors du sommet : “Il est déprimant que l’adhésion de l’Arménie à l’OTSC n’ait pas dissuadé l’Azerbaïdjan de mener des actions agressives."))
    #expect(texts.contains { $0.hasSuffix("le plan d’action le plus probable.”") })
    // Sentences never cross a line, and their token ranges tile the token array.
    var next = 0
    for s in doc.sentences {
        #expect(!doc.text.slice(s.span).contains("\n"))
        #expect(s.tokens.lowerBound == next)
        next = s.tokens.upperBound
    }
    #expect(next == doc.tokens.count)
    let sommets = try #require(doc.tokens.first { $0.norm == "sommets" })
    #expect(sommets.lemma == "sommet")
}

@Test func analyzerKeepsGivenLanguage() {
    var doc = Document(origin: "t", language: "en", text: "Troops were moved. Officials said so.")
    LanguageAnalyzer().analyze(&doc)
    #expect(doc.language == "en" && doc.languageConfidence == nil)
    #expect(doc.sentences.count == 2)
    #expect(doc.tokens.first { $0.norm == "troops" }?.lemma == "troop")
}

@Test func analyzerLeavesUndecidableLanguageNil() {
    var doc = Document(origin: "t", text: "42 !")
    LanguageAnalyzer().analyze(&doc)
    #expect(doc.language == nil)
    #expect(doc.tokens.count == 2 && doc.sentences.count == 1)
}
