import Testing
import SitrepModel
@testable import SitrepCoding

@Suite struct DebugTests {
    @Test func dump() {
        let b = DocBuilder("Kyrylenko a posté des images du bombardement de Bakhmut. Ils évoquent l’invasion de Moscou contre l’Ukraine.", language: "fr")
        b.actor("Kyrylenko", "UKRGOV", name: "Pavlo Kyrylenko").place("Bakhmut", country: "UKR")
        b.actor("Moscou", "RUS", place: Place(name: "Moscou", country: "RUS", lat: 55, lon: 37, geonameid: 1, precision: .city))
        b.country("Ukraine", "UKR")
        var d = b.doc
        Coders.shared.code(&d)
        let lex = Coders.shared.lexicons["en"]!
        let run = CodingRun(doc: d, lex: lex, coderVersion: "x")
        let f = run.builder.build(sentence: d.sentences[0], mentions: Array(d.mentions.prefix(2)))
        print("CHUNKS", f.chunks, f.clauseOf)
        for h in run.findTriggers(f) { print("HIT", h.entry, h.token) }
        for e in d.events { print("EV", e.triple, e.place?.name ?? "-") }
    }
}
