import Foundation
import Testing
@testable import SitrepExtract

/// Class names of disclosure boxes, donation calls, post metadata, tables of contents, ratings and image legends
/// mark chrome;
/// a wrapped page's own charset declaration is honoured.
@Suite struct ChromeVocabularyTests {
    let extractor = HTMLExtractor()
    let p1 = HTMLExtractorTests.para1
    let p2 = HTMLExtractorTests.para2

    @Test func disclosureDonationTocAndPostMetadataAreDropped() throws {
        let page = """
            <html><body><article><h1>Water plan approved</h1>
            <section class="editorial-disclosure"><p>This post contains references to products from our advertisers, who pay us.</p></section>
            <div id="ez-toc-container"><p class="toc-title">Inhaltsverzeichnis der ganzen Seite mit allen Abschnitten</p></div>
            <p>\(p1)</p><p>\(p2)</p><p>\(p1)</p>
            <div class="article-donation-CTA"><p>We rely on your support to make local news available to all readers.</p></div>
            <div class="postmetadata">Der Beitrag wurde am Mittwoch, 3. März 2021 veröffentlicht und abgelegt.</div>
            <span class="post-ratings">(Noch keine Bewertungen für diesen Beitrag abgegeben)</span>
            <div class="image-right"><div class="legend"><div class="content">Der Hirschkäfer (Lucanus cervus) lebt in lichten Wäldern.</div></div></div>
            <div class="img-metadata"><span>Roman Prymula, photo: the press office of the ministry</span></div>
            <div class="kommentarModul"><p>Sie sind aktuell nicht eingeloggt und können nicht kommentieren.</p></div>
            </article></body></html>
            """
        let body = try extractor.extract(html: Array(page.utf8), url: nil).articleBody
        #expect(body == "\(p1)\n\(p2)\n\(p1)")
    }

    @Test func laterCharsetDeclarationDecodesAWrappedPage() throws {
        let chinese = "议会星期一批准了新的水计划，农民要求更多时间，但议会说水库已经处于多年来的最低水平。"
        let encoding = CharacterDecoding.encoding(named: "gb18030")!
        var bytes = Array("<html><head><meta charset=\"utf-8\"><title>Archive</title></head><body><div id=\"wrapper\">".utf8)
        bytes += Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><p>".utf8)
        bytes += Array(chinese.data(using: encoding)!) + Array("</p></div></body></html>".utf8)
        #expect(try extractor.extract(html: bytes, url: nil).articleBody == chinese)
    }

    @Test func tableInsideAFigureIsText() throws {
        let page = """
            <html><body><article><h1>Fees compared</h1><p>\(p1)</p>
            <figure class="table-wrapper"><table><tr><th>Account</th><th>Fees</th></tr>
            <tr><td>SWIFT transfer</td><td>Free deposit, 1 GBP withdrawal</td></tr></table></figure>
            <p>\(p2)</p><figure><img src="a.jpg"><figcaption>The council building in the rain, photographed in July.</figcaption></figure>
            <p>\(p1)</p></article></body></html>
            """
        let body = try extractor.extract(html: Array(page.utf8), url: nil).articleBody
        #expect(body.contains("Free deposit, 1 GBP withdrawal"))
        #expect(!body.contains("photographed in July"))
    }

    @Test func lineStatingOnlyADateIsDropped() throws {
        let page = """
            <html><body><article><h1>Kindersitze im Test</h1><p>23.10.2018</p><p>\(p1)</p><p>\(p2)</p>
            <p>Termin: 29.02.2020, 19 Uhr</p><p>\(p1)</p></article></body></html>
            """
        let body = try extractor.extract(html: Array(page.utf8), url: nil).articleBody
        #expect(!body.contains("23.10.2018"))
        #expect(body.contains("Termin: 29.02.2020, 19 Uhr"))
        #expect(HTMLExtractor.isDateLine("Dienstag, 6. Mai 2014, 12:00", chars: 28))
        #expect(!HTMLExtractor.isDateLine("Die Wahl vom 6. Mai 2014 war knapp", chars: 34))
    }

    @Test func furtherReadingAndAboutTheAuthorEndTheArticle() throws {
        let page = """
            <html><body><article><h1>Führung</h1><p>\(p1)</p><p>\(p2)</p><p>\(p1)</p>
            <h3>Zum Weiterlesen:</h3><p>Stärkenorientierte Führung in der Praxis, ein Buch für alle, die führen wollen.</p>
            </article></body></html>
            """
        #expect(try extractor.extract(html: Array(page.utf8), url: nil).articleBody == "\(p1)\n\(p2)\n\(p1)")
        #expect(ChromeRules.classify("Über den Autor") == .relatedHeader)
        #expect(ChromeRules.classify("About the author:") == .relatedHeader)
    }

    @Test func callsToSubscribeAtTheEndAreDropped() throws {
        let page = """
            <html><body><article><h1>Water plan</h1><p>\(p1)</p><p>\(p2)</p><p>\(p1)</p><p>\(p2)</p>
            <p>Subscribe now to our e-edition for the full story and more.</p>
            <p>First-time subscribers also receive a special welcome gift!</p>
            <p>GIS NOW Grenada is not responsible for the opinions of readers.</p><p>Vorschau auf den nächsten Artikel</p>
            <div class="entry-utility">This entry was posted in News. Bookmark the permalink, and read on.</div>
            </article></body></html>
            """
        #expect(try extractor.extract(html: Array(page.utf8), url: nil).articleBody == "\(p1)\n\(p2)\n\(p1)\n\(p2)")
        // Early in the text the same words are the article's.
        let early = "<html><body><article><h1>Streaming</h1><p>Netflix subscribers rose again this quarter.</p><p>\(p1)</p>"
            + "<p>\(p2)</p><p>\(p1)</p></article></body></html>"
        #expect(try extractor.extract(html: Array(early.utf8), url: nil).articleBody.hasPrefix("Netflix subscribers"))
    }

    @Test func pictureCreditsAndSourceLinesAreDropped() throws {
        let page = """
            <html><body><article><h1>Jagd</h1><p>\(p1)</p><p><small>Überblick über das Feld. (Foto: Getty)</small></p>
            <p>\(p2)</p><p><em>Quelle: Deutscher Jagdverband (DJV)</em></p><p>\(p1)</p></article></body></html>
            """
        #expect(try extractor.extract(html: Array(page.utf8), url: nil).articleBody == "\(p1)\n\(p2)\n\(p1)")
        #expect(!ChromeRules.isCredit("die quelle des flusses liegt in den alpen."))
        #expect(ChromeRules.classify("Kommentieren") == .share && ChromeRules.classify("Permalien") == .share)
    }

    @Test func customElementNamesAndChannelPromotionsAreChrome() throws {
        let page = """
            <html><body><article><h1>Infektionsschutz</h1><p>\(p1)</p><p>\(p2)</p><p>\(p1)</p>
            <pp-inline-teaser><p>Fragen zum Thema Betrieblicher Infektionsschutz und viele weitere Antworten hier.</p></pp-inline-teaser>
            <p>¡Mira lo que tiene nuestro canal de YouTube!</p></article></body></html>
            """
        #expect(try extractor.extract(html: Array(page.utf8), url: nil).articleBody == "\(p1)\n\(p2)\n\(p1)")
        #expect(ChromeRules.classify("Top Themen der Redaktion") == .relatedHeader)
    }
}
