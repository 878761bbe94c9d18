import Foundation
import Testing
import SitrepModel
@testable import SitrepCoding

@Suite struct LexiconTests {
    @Test func bundledLexiconsLoad() throws {
        let coder = Coders.shared
        #expect(coder.languages.contains("en"))
        #expect(coder.languages.contains("fr"))
        #expect(coder.coderVersion.hasPrefix(EventCoder.version))
    }

    @Test func userLexiconAddsTriggerAndLanguage() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-lex-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("triggers-en.txt")
        try "# language: en\n0874\tv\tskedaddle\n".write(to: file, atomically: true, encoding: .utf8)
        let coder = try EventCoder(extraLexicons: [file])
        let b = DocBuilder("Russia skedaddled from Ukraine.", language: "en")
        b.country("Russia", "RUS").country("Ukraine", "UKR")
        var d = b.doc
        coder.code(&d)
        #expect(d.events.map(\.triple) == ["RUS>UKR:0874"])
        #expect(coder.coderVersion != Coders.shared.coderVersion)
    }

    @Test func aLanguageIsAddedByAFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("triggers-pt-\(UUID().uuidString).txt")
        try """
        # language: pt
        form\tatacar\tataca atacan atacó atacaron atacado atacada
        190\tv\tatacar
        word\tdet\tel la los las
        word\tby\tpor
        word\tbe\tfue fueron
        word\tconj\ty
        word\tparticiple_suffix\t-ado -ada -ados -adas -ido -ida
        """.write(to: file, atomically: true, encoding: .utf8)
        let coder = try EventCoder(extraLexicons: [file])
        #expect(coder.languages.contains("pt"))
        #expect(attackOnUkraine(coder, language: "pt") == ["RUS>UKR:190"])
    }

    /// "Ucrania fue atacada por Rusia." read in `language` with hand-made country mentions and no lemmas.
    func attackOnUkraine(_ coder: EventCoder, language: String) -> [String] {
        let b = DocBuilder("Ucrania fue atacada por Rusia.", language: language)
        b.country("Ucrania", "UKR").country("Rusia", "RUS")
        var d = b.doc
        coder.code(&d)
        return d.events.map(\.triple)
    }

    /// A user's file may list irregular forms of a lemma the bundled lexicon of that language already uses.
    @Test func aUserFileExtendsABundledLanguage() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("triggers-es-\(UUID().uuidString).txt")
        try "# language: es\nform\tatacar\tatacada\n190\tv\tatacar\n".write(to: file, atomically: true, encoding: .utf8)
        // no lemmas: only the listed form "atacada" can match
        #expect(attackOnUkraine(try EventCoder(extraLexicons: [file]), language: "es") == ["RUS>UKR:190"])
    }

    @Test func malformedLexiconLineIsReported() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("triggers-xx-\(UUID().uuidString).txt")
        try "# language: xx\nABC\tv\tfoo\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: LexiconError.self) { try EventCoder(extraLexicons: [file]) }
        do { _ = try EventCoder(extraLexicons: [file]) } catch let e as LexiconError {
            #expect(e.line == 2)
            #expect(e.input.contains("triggers-xx"))
        }
    }

    @Test func frenchConjugationsAreGenerated() {
        let forms = TriggerInflection.frenchVerb("bombarder")
        #expect(forms.contains("bombardée"))
        #expect(forms.contains("bombardent"))
        #expect(TriggerInflection.frenchVerb("menacer").contains("menaçait"))
        #expect(TriggerInflection.englishVerb("attack").contains("attacked"))
        #expect(TriggerInflection.englishVerb("stop").contains("stopped"))
    }
}
