import Testing
import SitrepModel
@testable import SitrepCoding

extension Document {
    func span(of r: Range<Int>) -> Span { Span(tokens[r.lowerBound].span.start, tokens[r.upperBound - 1].span.end) }
}

@Suite struct DebugTests {
    @Test func dumpMentions() {
        for text in ["The US commander in Iraq, General David Petraeus, held talks with President Michel Suleiman during a surprise visit to Beirut on Wednesday, offering further military support to Lebanon."] {
            let d = Staged.shared.document(text: text, published: CalendarDay(year: 2023, month: 2, day: 1), language: "en")
            for m in d.mentions { print("MENTION", d.text(m.span), m.kind, m.actor?.code ?? "-", m.agent ?? "-", m.place?.name ?? "-") }
            for e in d.events { print("EV", e.triple, e.modality, e.place?.name ?? "-") }
            let run = CodingRun(doc: d, lex: Coders.shared.lexicons["en"]!, coderVersion: "x")
            let f = run.builder.build(sentence: d.sentences[0], mentions: d.mentions)
            for h in run.findTriggers(f) {
                let r = h.entry.kind == .verb ? run.verbRoles(h, f) : run.nounRoles(h, f)
                print("HIT", d.text(d.tokens[h.token].span), h.entry.code, h.entry.kind, h.entry.post.count, r.sources.map(\.code), r.targets.map(\.code), "chain:", run.chain(run.findTriggers(f), f).map { d.text(d.tokens[$0.token].span) })
            }
            print("CHUNKS", f.chunks.map { "\(d.text(d.span(of: $0.tokens))) \($0.prep ?? "-") \($0.clause)" })
        }
    }
}
