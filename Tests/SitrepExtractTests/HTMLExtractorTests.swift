import Foundation
import Testing
@testable import SitrepExtract

/// Robustness, encodings, boilerplate and metadata cases of the HTML extractor, on pages written for the test.
@Suite struct HTMLExtractorTests {
    let extractor = HTMLExtractor()
    static let para1 = "The regional council approved the new water plan on Monday, after a debate that lasted most of the night."
    static let para2 = "Farmers had asked for more time, but the council said the reservoirs were already at their lowest level in years."

    func extract(_ html: String, url: String? = nil) throws -> ExtractedArticle {
        try extractor.extract(html: Array(html.utf8), url: url)
    }

    func page(_ body: String, head: String = "") -> String {
        "<!DOCTYPE html><html><head><title>Water plan approved</title>\(head)</head><body>\(body)</body></html>"
    }

    @Test func keepsParagraphsAndDropsNavigationAndFooter() throws {
        let html = page("""
            <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
            <article><h1>Water plan approved</h1><p>\(Self.para1)</p><h2>Farmers object</h2><p>\(Self.para2)</p>
            <ul><li>Reservoirs at record low levels this summer</li><li>Rationing possible in the autumn</li></ul></article>
            <footer><p>Copyright 2024 Example News. All rights reserved by the publisher of this site.</p></footer>
            """)
        let a = try extract(html)
        #expect(a.articleBody == "\(Self.para1)\nFarmers object\n\(Self.para2)\nReservoirs at record low levels this summer\nRationing possible in the autumn")
        #expect(a.title == "Water plan approved")
    }

    @Test func unclosedParagraphsAreSeparated() throws {
        let a = try extract(page("<div><p>\(Self.para1)<p>\(Self.para2)</div>"))
        #expect(a.articleBody == "\(Self.para1)\n\(Self.para2)")
    }

    @Test func misnestedTagsKeepText() throws {
        let a = try extract(page("<div><p><b>Bold <i>both</b> italic</i> \(Self.para1)</p><p>\(Self.para2)</span></b></div></div>"))
        #expect(a.articleBody.hasPrefix("Bold both italic \(Self.para1)"))
        #expect(a.articleBody.hasSuffix(Self.para2))
    }

    @Test func scriptsStylesCommentsAndCDATAAreNotText() throws {
        let a = try extract(page("""
            <script>var s = "<p>not text</p>"; if (a < b) { document.write('</div>'); }</script>
            <style>p { color: red; } /* </p> */</style><!-- <p>a comment</p> --><![CDATA[ cdata text ]]>
            <div><p>\(Self.para1)</p><p>\(Self.para2)</p></div><SCRIPT type="text/javascript">x = 1;</SCRIPT>
            """))
        #expect(a.articleBody == "\(Self.para1)\n\(Self.para2)")
    }

    @Test func entitiesAreDecoded() throws {
        let a = try extract(page("<div><p>\(Self.para1) Caf&eacute; &#233;t&#xE9; &amp; &lt;b&gt; a&nbsp;b &#150; &copy 2024 &bogus; &#0;</p></div>"))
        #expect(a.articleBody.hasSuffix("Café été & <b> a b – © 2024 &bogus; \u{FFFD}"))
    }

    @Test func templateAndHiddenContentAreDropped() throws {
        let a = try extract(page("""
            <template><p>Template text that should never be shown to a reader of the page.</p></template>
            <div><p>\(Self.para1)</p><p hidden>Hidden paragraph with enough words to count as text.</p>
            <p style="display: none">Invisible paragraph with enough words to count as text.</p><p>\(Self.para2)</p></div>
            """))
        #expect(a.articleBody == "\(Self.para1)\n\(Self.para2)")
    }

    @Test func deepNestingDoesNotOverflow() throws {
        let depth = 10_000
        let html = String(repeating: "<div>", count: depth) + "<p>\(Self.para1)</p><p>\(Self.para2)</p>" + String(repeating: "</div>", count: depth)
        let a = try extract(page(html))
        #expect(a.articleBody == "\(Self.para1)\n\(Self.para2)")
        let unclosed = String(repeating: "<div><span><b>", count: depth) + "<p>\(Self.para1)</p>" + String(repeating: "</i>", count: depth)
        #expect(try extract(page(unclosed)).articleBody.contains(Self.para1))
    }

    @Test func largePageCompletes() throws {
        let paragraph = "<p>\(Self.para1) \(Self.para2)</p>\n"
        let count = 50_000_000 / paragraph.utf8.count
        let html = page("<article>" + String(repeating: paragraph, count: count) + "</article>")
        #expect(html.utf8.count >= 49_000_000)
        let a = try extract(html)
        #expect(a.articleBody.utf8.count > 40_000_000)
    }

    @Test func truncatedMarkupDoesNotCrash() throws {
        for tail in ["<p class=\"x", "<!-- never closed", "<script>var x = 1;", "&#x1F600", "<", "</", "<![CDATA[ x", "<title>t"] {
            let html = page("<div><p>\(Self.para1)</p><p>\(Self.para2)</p></div>") + tail
            #expect(try extract(html).articleBody.contains(Self.para1), "\(tail)")
        }
    }

    @Test func svgSelfClosingTitleDoesNotSwallowThePage() throws {
        let a = try extract(page("<header><svg viewBox=\"0 0 1 1\"><title/><path d=\"M0\"/></svg></header><div><p>\(Self.para1)</p><p>\(Self.para2)</p></div>"))
        #expect(a.articleBody == "\(Self.para1)\n\(Self.para2)")
    }

    @Test func unclosedHeadEndsAtBodyContent() throws {
        let html = "<html><head><title>Water plan approved</title><meta charset=utf-8><div><p>\(Self.para1)</p><p>\(Self.para2)</p></div>"
        #expect(try extract(html).articleBody == "\(Self.para1)\n\(Self.para2)")
    }

    @Test func unterminatedTitleDoesNotSwallowThePage() throws {
        let html = "<html><head><title>Water plan approved<body><div><p>\(Self.para1)</p><p>\(Self.para2)</p></div></body></html>"
        #expect(try extract(html).articleBody == "\(Self.para1)\n\(Self.para2)")
    }

    @Test func badInputsThrowNamedErrors() {
        #expect(throws: ExtractError.empty(input: "page")) { try extractor.extract(html: [], url: nil) }
        #expect(throws: ExtractError.binary(input: "page", reason: "PNG signature")) {
            try extractor.extract(html: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0], url: nil)
        }
        #expect(throws: ExtractError.binary(input: "page", reason: "NUL bytes")) {
            try extractor.extract(html: [0x3C, 0x70, 0x3E, 0x41, 0x00, 0x01, 0x02, 0x03, 0x41, 0x42], url: nil)
        }
        #expect(throws: ExtractError.noText(input: "page")) { try extract("<html><body><script>x=1</script><img src=a></body></html>") }
    }

    @Test func windows1251DeclaredInMetaCharset() throws {
        let text = "Правительство утвердило новый бюджет на следующий год, несмотря на возражения оппозиции."
        var bytes = Array("<html><head><meta charset=\"windows-1251\"></head><body><p>".utf8)
        bytes += Array(text.data(using: .windowsCP1251)!) + Array("</p></body></html>".utf8)
        #expect(try extractor.extract(html: bytes, url: nil).articleBody == text)
    }

    @Test func windows1252DeclaredInHTTPEquiv() throws {
        let text = "Le conseil régional a approuvé le nouveau plan de l’eau lundi, après un débat très long."
        var bytes = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body><p>".utf8)
        bytes += Array(text.data(using: .windowsCP1252)!) + Array("</p></body></html>".utf8)
        #expect(try extractor.extract(html: bytes, url: nil).articleBody == text)
    }

    @Test func koi8rAndISO8859Encodings() throws {
        let russian = "Правительство утвердило новый бюджет на следующий год."
        for (label, name) in [("koi8-r", "koi8-r"), ("iso-8859-5", "iso-8859-5")] {
            let encoding = CharacterDecoding.encoding(named: name)!
            var bytes = Array("<html><head><meta charset=\(label)></head><body><p>".utf8)
            bytes += Array(russian.data(using: encoding)!) + Array("</p></body></html>".utf8)
            #expect(try extractor.extract(html: bytes, url: nil).articleBody == russian, "\(label)")
        }
        let polish = "Rząd przyjął nowy budżet na przyszły rok, mimo sprzeciwu opozycji."
        var bytes = Array("<html><head><meta charset=iso-8859-2></head><body><p>".utf8)
        bytes += Array(polish.data(using: .isoLatin2)!) + Array("</p></body></html>".utf8)
        #expect(try extractor.extract(html: bytes, url: nil).articleBody == polish)
    }

    @Test func utf16WithAndWithoutBOM() throws {
        let html = page("<div><p>\(Self.para1)</p><p>Ça coûte cher: 10 €.</p></div>")
        let le = Array(html.data(using: .utf16LittleEndian)!)
        #expect(try extractor.extract(html: [0xFF, 0xFE] + le, url: nil).articleBody.hasSuffix("Ça coûte cher: 10 €."))
        #expect(try extractor.extract(html: le, url: nil).articleBody.hasSuffix("Ça coûte cher: 10 €."))
        let be = Array(html.data(using: .utf16BigEndian)!)
        #expect(try extractor.extract(html: [0xFE, 0xFF] + be, url: nil).articleBody.hasSuffix("Ça coûte cher: 10 €."))
    }

    @Test func undeclaredCyrillicIsSniffed() throws {
        let text = String(repeating: "Правительство утвердило новый бюджет на следующий год. ", count: 10).trimmingCharacters(in: .whitespaces)
        let bytes = Array("<html><body><p>".utf8) + Array(text.data(using: .windowsCP1251)!) + Array("</p></body></html>".utf8)
        #expect(try extractor.extract(html: bytes, url: nil).articleBody == text)
    }

    @Test func utf8BOMAndWrongDeclarationTrustValidUTF8() throws {
        let html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>\(Self.para1) Été à Zürich.</p></body></html>"
        #expect(try extractor.extract(html: [0xEF, 0xBB, 0xBF] + Array(html.utf8), url: nil).articleBody.hasSuffix("Été à Zürich."))
        #expect(try extract(html).articleBody.hasSuffix("Été à Zürich."))
    }
}
