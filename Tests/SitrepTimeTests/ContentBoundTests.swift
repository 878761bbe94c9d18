import SitrepLanguage
import SitrepModel
import Testing
@testable import SitrepTime

/// The parse bound (`TimeGrammar.lastContent`) and the sentence filter (`TimeLexicon.mayStart`) skip only tokens where
/// no rule can match: checked against the unbounded definitions on sentences of every lexicon's language.
@Suite struct ContentBoundTests {
    static let sentences: [(String, String)] = [
        ("en", "Talks resumed on Monday, three days ago, after the ceasefire of 24 February 2022 collapsed last week."),
        ("en", "The stopover came as the US leader prepared to attend the Beijing Olympics, an event which will test his vow."),
        ("en", "In the coming weeks, since last year, for months, between 2014 and 2016, yesterday and soon in May 2021."),
        ("en", "Troops moved in 2019 and 01/02/2023, then again on the 24th of February."),
        ("fr", "Depuis le 24 février, il y a trois jours, la semaine dernière, dans les prochaines semaines, hier, bientôt."),
        ("fr", "Le président a rencontré son homologue à Paris pour discuter de la paix."),
        ("de", "Am Montag, dem 24. Februar 2022, gestern und nächste Woche."),
        ("es", "El martes pasado, hace dos semanas, desde 2014 y el 24 de febrero de 2022."),
        ("ru", "В понедельник, 24 февраля 2022 года, три дня назад и на прошлой неделе."),
        ("uk", "У понеділок, 24 лютого 2022 року, вчора і минулого тижня."),
    ]

    @Test func boundedParseFindsWhatEveryStartFinds() {
        for (language, text) in ContentBoundTests.sentences {
            let tokens = Tokenizer().tokenize(text)
            let grammar = TimeGrammar(tokens: tokens, lexicon: TimeLexicons.lexicon(for: language))
            // the definition: try every token, left to right, longest first
            var expected: [(Int, Int)] = []
            var i = 0
            while i < tokens.count {
                if let p = grammar.parse(at: i) { expected.append((i, p.end)); i = p.end } else { i += 1 }
            }
            let found = grammar.parseAll().map { ($0.start, $0.parse.end) }
            #expect(found.map(\.0) == expected.map(\.0) && found.map(\.1) == expected.map(\.1), "\(text)")
            for start in tokens.indices where start > grammar.lastContent { #expect(grammar.parse(at: start) == nil, "\(text) @\(start)") }
        }
    }

    @Test func mayStartCoversEveryContentMatch() {
        for (language, text) in ContentBoundTests.sentences {
            let tokens = Tokenizer().tokenize(text)
            let lexicon = TimeLexicons.lexicon(for: language)
            for i in tokens.indices {
                let content = lexicon.matches(tokens, at: i).contains { $0.word.kind.bit & TimeGrammar.contentKinds != 0 }
                if content { #expect(lexicon.mayStart(tokens[i], kinds: TimeGrammar.contentKinds), "\(text) @\(i)") }
            }
            // a sentence with no number and no content word has no expression
            if !tokens.contains(where: { $0.kind == .number || lexicon.mayStart($0, kinds: TimeGrammar.contentKinds) }) {
                #expect(TemporalTagger().expressions(in: text, language: language, published: seedDay).isEmpty, "\(text)")
            }
        }
    }
}
