import Foundation
import Testing
@testable import SitrepExtract

/// Lead paragraphs named as such above the main text, and articles whose wrappers carry chrome names.
@Suite struct LeadAndMislabelTests {
    let extractor = HTMLExtractor()
    let p1 = HTMLExtractorTests.para1
    let p2 = HTMLExtractorTests.para2
    static let lead = "Seit Dezember verschickt eine Kanzlei zahlreiche Abmahnungen wegen fehlerhafter Referenzierung von Bildern, "
        + "und viele der Betroffenen wissen nicht, ob die Forderungen berechtigt sind oder nicht."

    func extract(_ html: String) throws -> ExtractedArticle {
        try extractor.extract(html: Array(html.utf8), url: nil)
    }

    @Test func markedLeadAboveTheArticleIsKept() throws {
        let page = """
            <html><body><article><header class="entry-header"><h1>Abmahnungen</h1>
            <div class="entry-excerpt"><p>\(Self.lead)</p></div></header>
            <div class="entry-content"><p>\(p1)</p><p>\(p2)</p><p>\(p1)</p></div></article></body></html>
            """
        #expect(try extract(page).articleBody.hasPrefix(Self.lead))
    }

    @Test func shortSubtitleAndLeadImageCaptionAreNoLead() throws {
        let dek = "The government's move aims to prevent the building from becoming a pilgrimage site."
        let caption = "A long caption under the lead image describing the scene in the town square, with the crowd gathered "
            + "in front of the old house on a grey morning in November, photographed by our photographer."
        let page = """
            <html><body><h1>House to become police station</h1>
            <div class="teaser-summary"><p>\(dek)</p></div>
            <div class="teaser lead-asset"><figure><img src="a.jpg"><figcaption class="lead-caption">\(caption)</figcaption></figure></div>
            <div class="article-body"><p>\(p1)</p><p>\(p2)</p><p>\(p1)</p></div></body></html>
            """
        let body = try extract(page).articleBody
        #expect(!body.contains(dek))
        #expect(!body.contains("long caption"))
    }

    @Test func articleInsideChromeNamedWidgetsIsFound() throws {
        let steps = (1...4).map { "<div class=\"tip-print-step\"><p>Schritt \($0): \(p1) \(p2)</p></div>" }.joined()
        let page = """
            <html><body><nav><a href="/">Start</a> <a href="/a">Rezepte</a> <a href="/b">Tipps</a></nav>
            <div class="tips">\(steps)</div><footer><p>Impressum</p></footer></body></html>
            """
        let body = try extract(page).articleBody
        #expect(body.contains("Schritt 1:") && body.contains("Schritt 4:"))
        #expect(!body.contains("Impressum"))
    }

    @Test func keyTableFindsEveryKeyAndNothingElse() {
        var pairs: [UInt64: Int] = [:]
        for (i, name) in ["div", "p", "span", "article", "nav", "footer", "h1"].enumerated() { pairs[Tag.key(of: Array(name.utf8))] = i }
        let table = KeyTable(pairs, filler: -1)
        for (key, value) in pairs { #expect(table.value(key) == value) }
        #expect(table.value(Tag.key(of: Array("section".utf8))) == nil)
        #expect(Tag.lookup.value(Tag.key(of: Array("BLOCKQUOTE".utf8))) == .blockquote)
    }

    @Test func attributeKeysAreTheHashesOfTheirNames() {
        typealias A = AttributeList
        let expected: [(String, UInt64)] = [
            ("class", A.classKey), ("id", A.idKey), ("role", A.roleKey), ("itemprop", A.itempropKey), ("hidden", A.hiddenKey),
            ("style", A.styleKey), ("aria-hidden", A.ariaHiddenKey), ("rel", A.relKey), ("href", A.hrefKey), ("name", A.nameKey),
            ("property", A.propertyKey), ("content", A.contentKey), ("http-equiv", A.httpEquivKey), ("lang", A.langKey),
            ("datetime", A.datetimeKey), ("type", A.typeKey), ("xml:lang", A.xmlLangKey),
        ]
        for (name, key) in expected { #expect(Tag.key(of: Array(name.utf8)) == key, "\(name)") }
    }

    @Test func phraseMatcherFindsPhrasesAnywhere() {
        let matcher = PhraseMatcher(["follow us", "newsletter", "abonnez-vous"])
        #expect(matcher.occurs(in: "please follow us on mastodon"))
        #expect(matcher.occurs(in: "abonnez-vous"))
        #expect(!matcher.occurs(in: "follow the river to the sea"))
        #expect(!matcher.occurs(in: ""))
    }
}
