import Testing
@testable import SitrepLanguage

@Test func ukrainianNamesReduceToOneKey() {
    let l = Lemmatizer()
    let keys = Set(["луганськ", "луганська", "луганської", "луганську", "луганськом"].map {
        l.lemma($0, language: "uk", capitalized: true)
    })
    #expect(keys == ["луганськ"])
    #expect(l.lemma("бахмута", language: "uk") == l.lemma("бахмут", language: "uk"))
    #expect(l.lemma("києва", language: "uk") == l.lemma("київ", language: "uk"))
    #expect(l.lemma("харкова", language: "uk") == l.lemma("харків", language: "uk"))
    #expect(l.lemma("зеленського", language: "uk") == l.lemma("зеленський", language: "uk"))
}

@Test func russianNamesReduceToOneKey() {
    let l = Lemmatizer()
    let putin = Set(["путин", "путина", "путину", "путиным", "путине"].map { l.lemma($0, language: "ru", capitalized: true) })
    #expect(putin == ["путин"])
    #expect(l.lemma("бахмута", language: "ru", capitalized: true) == "бахмут")
    #expect(l.lemma("иванова", language: "ru", capitalized: true) == l.lemma("иванов", language: "ru", capitalized: true))
}

@Test func lemmaTables() {
    let l = Lemmatizer()
    #expect(l.lemma("людей", language: "ru") == "человек")
    #expect(l.lemma("went", language: "en") == "go")
    #expect(l.lemma("troupes", language: "fr") == "troupe")
    #expect(l.lemma("soldaten", language: "de") == "soldat")
    #expect(l.lemma("fuerzas", language: "es") == "fuerza")
    #expect(l.lemma("xyzzy", language: "en") == "xyzzy")
    #expect(l.lemma("anything", language: "zz") == "anything")
}
