import Foundation
import SitrepLanguage
import SitrepModel

/// One reading of a looked-up name, with the reason it is offered.
public struct LookupResult: Sendable, Codable, Hashable {
    /// "actor", "agent" or "place".
    public var kind: String
    /// Knowledge-base entity id, or "geonames:<id>" for gazetteer places.
    public var id: String
    public var name: String
    /// The actor code on the requested date (or the sector code of an agent).
    public var code: String?
    public var place: Place?
    /// True for the reading the recognizer picks in a document made of the text alone.
    public var chosen: Bool
    public var why: String
}

extension KnowledgeBase {
    /// Recognizes two short texts once, so that the recognizer's one-time tables (division words, fold tables, the word
    /// lists of its rules) are built while loading rather than in the first document.
    func warmUp() {
        for (language, text) in [("fr", "Les forces russes ont frappé la région de Kharkiv ; le président ukrainien à Kyiv."),
                                  ("en", "Russia's troops near Barrie, Ont., and Southern California, N.J. officials said.")] {
            var doc = Document(origin: "warm-up", published: CalendarDay(year: 2024, month: 1, day: 1), language: language, text: text)
            doc.tokens = Tokenizer().tokenize(text)
            MentionRecognizer(knowledge: self).recognize(&doc)
        }
    }

    /// Every reading of `text`: the recognizer's choice first, then all actor and place candidates with their reasons.
    public func lookup(_ text: String, date: CalendarDay?, language: String?) -> [LookupResult] {
        var out: [LookupResult] = []
        var doc = Document(origin: "lookup", published: date, language: language, text: text)
        doc.tokens = Tokenizer().tokenize(text)
        MentionRecognizer(knowledge: self).recognize(&doc)
        for m in doc.mentions {
            out.append(LookupResult(kind: m.kind.rawValue, id: m.actor?.entity ?? m.place.flatMap { $0.geonameid.map { "geonames:\($0)" } } ?? "-",
                                    name: m.actor?.name ?? m.place?.name ?? String(doc.text(m.span)),
                                    code: m.actor?.code ?? m.agent, place: m.place, chosen: true,
                                    why: "recognized \"\(doc.text(m.span))\": \(m.reason ?? "")"))
        }
        var keys = [MatchKey.fold(doc.tokens.map(\.norm).joined(separator: " "))]
        keys += Inflection.baseForms(keys[0])
        var seen = Set<String>()
        for key in keys {
            for h in hits(forKey: key) where seen.insert(entities[Int(h.entity)].id).inserted {
                let e = entities[Int(h.entity)]
                let code = e.type == .agent ? e.sector : e.code(on: date)
                let roles = e.codes.map { c in c.code + (c.isDated ? " \(c.from?.iso ?? "")..\(c.to?.iso ?? "")" : "") }
                out.append(LookupResult(kind: e.type == .agent ? "agent" : "actor", id: e.id, name: e.name, code: code, place: nil,
                                        chosen: false, why: "\(e.type.rawValue) by \(h.form.rawValue) (\(h.language)) \"\(key)\"; roles: \(roles.joined(separator: ", "))"))
            }
            for r in gazetteer.rows(forKey: key) where seen.insert("g\(r)").inserted {
                let g = gazetteer.entries[r]
                out.append(LookupResult(kind: "place", id: "geonames:\(g.geonameid)", name: g.name, code: nil, place: g.place, chosen: false,
                                        why: "\(g.kind.rawValue) in \(g.country) \(g.admin1 ?? ""), population \(g.population)"))
            }
        }
        return out
    }
}
