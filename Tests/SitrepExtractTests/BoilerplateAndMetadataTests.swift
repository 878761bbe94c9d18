import Foundation
import Testing
@testable import SitrepExtract

/// Chrome removal by class, role and link density, JSON-LD fallback, and metadata sources.
@Suite struct BoilerplateAndMetadataTests {
    let extractor = HTMLExtractor()
    let p1 = HTMLExtractorTests.para1
    let p2 = HTMLExtractorTests.para2

    func extract(_ html: String, url: String? = nil) throws -> ExtractedArticle {
        try extractor.extract(html: Array(html.utf8), url: url)
    }

    @Test func chromeClassesAreDropped() throws {
        let html = """
            <html><body><div class="page"><div class="content">
            <div class="share-bar"><a href="#">Share on Facebook</a> <span>Share this article with your friends and family today</span></div>
            <p>\(p1)</p>
            <figure><img src="a.jpg"><figcaption>The reservoir near the town, photographed in July by our photographer.</figcaption></figure>
            <p>\(p2)</p>
            <div id="cookie-consent">This website uses cookies to improve your experience, please accept them.</div>
            <div class="related-articles"><h3>More on this topic and other interesting subjects</h3><p>Another story about the very same water council and its meetings.</p></div>
            <div role="complementary"><p>Sidebar paragraph that talks about something else entirely, with commas, many.</p></div>
            <section id="comments"><p>I disagree with the council, they should have waited for the farmers, really.</p></section>
            </div></div></body></html>
            """
        #expect(try extract(html).articleBody == "\(p1)\n\(p2)")
    }

    @Test func linkListInsideArticleIsDropped() throws {
        let html = """
            <html><body><article><p>\(p1)</p>
            <ul><li><a href="/a">Council approves the budget for next year</a></li><li><a href="/b">Mayor opens the new bridge over the river</a></li></ul>
            <p>\(p2)</p></article></body></html>
            """
        #expect(try extract(html).articleBody == "\(p1)\n\(p2)")
    }

    @Test func mislabelledWrapperKeepsArticle() throws {
        let nav = (1...30).map { "<li><a href=\"/\($0)\">Section number \($0) of the site</a></li>" }.joined()
        let html = """
            <html><body><nav><ul>\(nav)</ul></nav><div id="main" class="layout-with-sidebar">
            <p>\(p1)</p><p>\(p2)</p></div></body></html>
            """
        #expect(try extract(html).articleBody == "\(p1)\n\(p2)")
    }

    @Test func jsonLDArticleBodyIsFallback() throws {
        let html = """
            <html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
            "headline":"Water plan approved","articleBody":"\(p1)\\n\(p2)","datePublished":"2024-03-05T10:00:00Z",
            "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],
            "publisher":{"@type":"Organization","name":"Example News"}}</script></head>
            <body><div id="app"></div><p>Loading…</p></body></html>
            """
        let a = try extract(html)
        #expect(a.articleBody == "\(p1)\n\(p2)")
        #expect(a.title == "Water plan approved")
        #expect(a.date == "2024-03-05")
        #expect(a.author == "Jane Doe, John Roe")
        #expect(a.site == "Example News")
    }

    @Test func openGraphAndMetaTags() throws {
        let html = """
            <html lang="fr-FR"><head><title>Le plan de l’eau adopté | Journal Exemple</title>
            <meta property="og:title" content="Le plan de l’eau adopté | Journal Exemple">
            <meta property="og:site_name" content="Journal Exemple"><meta name="author" content="Par Marie Dupont">
            <meta property="article:published_time" content="2023-02-01T08:30:00+01:00">
            <link rel="canonical" href="https://exemple.fr/2023/02/01/plan-eau"></head>
            <body><article><p>\(p1)</p></article></body></html>
            """
        let a = try extract(html)
        #expect(a.title == "Le plan de l’eau adopté")
        #expect(a.site == "Journal Exemple")
        #expect(a.author == "Marie Dupont")
        #expect(a.date == "2023-02-01")
        #expect(a.language == "fr-FR")
        #expect(a.url == "https://exemple.fr/2023/02/01/plan-eau")
    }

    @Test func h1TitleTimeElementAndBylineMarkup() throws {
        let html = """
            <html><head><title>Water plan approved - Example News</title></head><body>
            <article><h1>Water plan approved</h1><div class="byline">By <a rel="author" href="/jd">Jane Doe</a></div>
            <time datetime="2022-11-23T09:00">23 November</time><p>\(p1)</p><p>\(p2)</p></article></body></html>
            """
        let a = try extract(html, url: "https://example.com/news/water")
        #expect(a.title == "Water plan approved")
        #expect(a.author == "Jane Doe")
        #expect(a.date == "2022-11-23")
        #expect(a.site == "example.com")
        #expect(a.articleBody == "\(p1)\n\(p2)")
    }

    @Test func dateFromURLAndFromTextNearTitle() throws {
        let body = "<html><body><article><h1>Water plan approved</h1><p>\(p1)</p></article></body></html>"
        #expect(try extract(body, url: "https://example.com/2021/07/14/water-plan").date == "2021-07-14")
        let text = "<html><body><article><h1>Wasserplan beschlossen</h1><p>Veröffentlicht am 3. März 2020</p><p>\(p1)</p></article></body></html>"
        #expect(try extract(text).date == "2020-03-03")
        #expect(DateParsing.inText("Publié le 1 février 2023 à 10h") == "2023-02-01")
        #expect(DateParsing.inText("Updated October 5, 2019") == "2019-10-05")
        #expect(DateParsing.inText("19.10.2019, 12:00") == "2019-10-19")
        #expect(DateParsing.inText("19 de octubre de 2019") == "2019-10-19")
        #expect(DateParsing.inText("1er MAI 2019") == "2019-05-01")
        #expect(DateParsing.inText("Oct. 5th, 2019") == "2019-10-05")
        #expect(DateParsing.inText("tel. 12.10.20199") == nil)
        #expect(DateParsing.inText("no date here 2019") == nil)
        #expect(DateParsing.inURL("https://x.org/news/2020/02/24/title") == "2020-02-24")
        #expect(DateParsing.normalize(" 2019-10-18T23:30:00-04:00 ") == "2019-10-18")
    }

    @Test func utcTimestampYieldsToLocalDateOneDayAway() throws {
        let head = #"<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-10-18T22:04:00Z","dateModified":"2019-10-20T10:00:00Z"}</script>"#
        let local = #"<meta name="date" content="Sat, 19 Oct 2019 00:04:00 +0200">"#
        let page = "<html><head>\(head)\(local)</head><body><article><h1>Water plan approved</h1><p>\(p1)</p></article></body></html>"
        #expect(try extract(page).date == "2019-10-19")
        // Without a local date, the UTC day as written stands; published wins over modified.
        let alone = "<html><head>\(head)</head><body><article><h1>Water plan approved</h1><p>\(p1)</p></article></body></html>"
        #expect(try extract(alone).date == "2019-10-18")
        #expect(DateParsing.isUTC("2019-10-18T22:04:00Z") && DateParsing.isUTC("Wed, 04 May 2022 00:25:56 GMT"))
        #expect(!DateParsing.isUTC("2019-10-18T22:04:00+02:00"))
        #expect(DateParsing.dayGap("2020-02-29", "2020-03-01") == 1)
    }

    @Test func leadParagraphOutsideTheArticleContainerIsKept() throws {
        let lead = "The council approved the new water plan on Tuesday after a long debate about costs and the river."
        let page = """
        <html><head><meta name="description" content="\(lead)"></head><body><h1>Water plan approved</h1>
        <div class="teaser"><p>\(lead)</p></div><div class="article-body"><p>\(p1)</p><p>\(p1)</p></div>
        <aside><p>An unrelated box of text that is long enough to look like a paragraph, but it is not the lead.</p></aside>
        </body></html>
        """
        let body = try extract(page).articleBody
        #expect(body.hasPrefix(lead))
        #expect(!body.contains("unrelated box"))
    }

    @Test func windows1252BytesDecodeOnBytes() {
        #expect(CharacterDecoding.fromWindows1252([0x63, 0x61, 0x66, 0xE9, 0x20, 0x80, 0x93]) == Array("café €“".utf8))
    }

    @Test func pageIDStripsExtensions() {
        #expect(ExtractedArticle.pageID(fileName: "zooroyal.de.trixie.html.gz") == "zooroyal.de.trixie")
        #expect(ExtractedArticle.pageID(fileName: "a.htm") == "a")
        #expect(ExtractedArticle.pageID(fileName: "seed.txt.gz") == "seed")
        #expect(ExtractedArticle.pageID(fileName: "page.json") == "page.json")
    }

    @Test func evaluatorMetricMatchesScript() {
        // Python: shingles of "a b c d e" = {(a,b,c,d), (b,c,d,e)}; prediction "a b c d" shares one of them.
        let (tp, fp, fn) = ExtractionEvaluator.documentCounts(truth: "a b c d e", predicted: "a b c d")
        #expect(abs(tp - 0.5) < 1e-9 && fp == 0 && abs(fn - 0.5) < 1e-9)
        #expect(ExtractionEvaluator.pythonWords("l’Arménie, s'est_1 ٣") == ["l", "Arménie", "s", "est_1", "٣"])
        #expect(ExtractionEvaluator.norm("  Hello\u{A0} World\n") == "hello world")
    }
}
