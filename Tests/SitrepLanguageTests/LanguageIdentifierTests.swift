import Foundation
import Testing
@testable import SitrepLanguage

@Test func identifiesNewsSentences() {
    let id = LanguageIdentifier()
    #expect(id.loadError == nil)
    let cases: [(String, String)] = [
        ("fr", "La Russie rassemble sa puissance militaire dans la région de Louhansk en Ukraine, ont déclaré mercredi des responsables locaux."),
        ("en", "Russia is massing military power in Ukraine's Luhansk region, local officials said on Wednesday."),
        ("ru", "Россия наращивает военную мощь в Луганской области Украины, заявили в среду местные чиновники."),
        ("uk", "Росія нарощує військову потужність у Луганській області, заявили в середу місцеві посадовці."),
        ("de", "Russland zieht in der ukrainischen Region Luhansk militärische Kräfte zusammen, sagten örtliche Beamte am Mittwoch."),
        ("es", "Rusia está concentrando su poder militar en la región ucraniana de Lugansk, dijeron el miércoles funcionarios locales."),
        ("hy", "Հայաստանի վարչապետը քննադատել է կազմակերպությանը։"),
        ("ka", "საქართველოს მთავრობამ განცხადება გააკეთა."),
    ]
    for (gold, text) in cases {
        let r = id.identify(text)
        #expect(r.code == gold, "\(text)")
        #expect(r.confidence > 0 && r.confidence <= 1)
    }
}

@Test func shortOrLetterlessInputIsUnknown() {
    let id = LanguageIdentifier()
    #expect(id.identify("").code == "und")
    #expect(id.identify("12:35 — 2023").code == "und")
    #expect(id.identify("ok").code == "und")
}

@Test func mixedScriptFollowsTheDominantScript() {
    let id = LanguageIdentifier()
    let r = id.identify("Заявление НАТО (NATO) о поддержке Украины было опубликовано сегодня вечером.")
    #expect(r.code == "ru")
    #expect(id.rank("Заявление НАТО о поддержке Украины").allSatisfy { ["ru", "uk", "bg", "mk", "be", "kk"].contains($0.code) })
}

@Test func heldOutAccuracyFloor() throws {
    guard let shared = sharedDirectory() else { return }
    let tsv = shared.appendingPathComponent("corpora/language/sentences-dev.tsv")
    let report = try LanguageIDEvaluator.evaluate(tsv: tsv, subset: .heldOut)
    #expect(report.total > 7000)
    #expect(report.accuracy >= 0.99, "\(report)")
    #expect(report.perLanguage.count == 54)
    #expect(report.perLanguage.allSatisfy { $0.accuracy >= 0.90 }, "\(report)")
    #expect(report.description.hasPrefix("sentences=\(report.total) accuracy="))
}

@Test func evaluatorReportsMistakesAndBadFiles() throws {
    let rows = [(language: "fr", text: "Les forces russes essaient depuis des mois de prendre la ville."),
                (language: "de", text: "The Russian forces have been trying for months to take the city.")]
    let report = LanguageIDEvaluator.evaluate(rows: rows)
    #expect(report.correct == 1 && report.total == 2)
    #expect(report.confusions == [LanguageConfusion(gold: "de", predicted: "en", count: 1)])
    let missing = URL(fileURLWithPath: "/nonexistent/dev.tsv")
    #expect(throws: LanguageIDEvaluationError.self) { try LanguageIDEvaluator.readTSV(missing) }
    let bad = FileManager.default.temporaryDirectory.appendingPathComponent("langid-bad-\(UUID()).tsv")
    try "lang\tsentence\nfr sans tabulation\n".write(to: bad, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: bad) }
    #expect(throws: LanguageIDEvaluationError.malformed(path: bad.path, line: 2, reason: "no tab")) {
        try LanguageIDEvaluator.readTSV(bad)
    }
}

@Test func benchmarksReportPositiveFigures() {
    let r = LanguageBenchmark.tokenizeAndSplit(["Un texte court. Deux phrases."], language: "fr", minimumSeconds: 0.01)
    #expect(r.bytes > 0 && r.items > 0 && r.seconds > 0 && r.megabytesPerSecond > 0)
    let l = LanguageBenchmark.identify(["Un texte court en français."], minimumSeconds: 0.01)
    #expect(l.items > 0 && l.itemsPerSecond > 0)
}

@Test func corruptModelIsATypedError() {
    #expect(throws: LanguageModelError.self) { try LanguageModel(bytes: Array("SLIDxxxx".utf8), name: "bad.bin") }
    #expect(throws: LanguageModelError.self) { try LanguageModel(bytes: [], name: "empty.bin") }
}

@Test func latinMarkupInsideOtherScriptDoesNotWin() {
    let text = "Date: Fri, 31 Jul 2015 GMT Connection: close Content-Length: 160561 High Alert یہ بات سنہ 2005 کی ہے جب جنرل پرویز مشرف"
    #expect(LanguageIdentifier().identify(text).code == "ur")
}
