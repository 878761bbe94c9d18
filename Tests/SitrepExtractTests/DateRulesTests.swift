import Foundation
import Testing
@testable import SitrepExtract

/// Publication-date rules: which of a page's several dates is the article's.
@Suite struct DateRulesTests {
    let extractor = HTMLExtractor()
    let p1 = HTMLExtractorTests.para1

    func extract(_ html: String, url: String? = nil) throws -> ExtractedArticle {
        try extractor.extract(html: Array(html.utf8), url: url)
    }

    func page(head: String = "", body: String) -> String {
        "<html><head>\(head)</head><body>\(body)</body></html>"
    }

    @Test func utcEveningOnTheHourIsLocalMidnightOfTheNextDay() throws {
        let head = #"<meta property="article:published_time" content="2022-11-06T23:00:00.000Z">"#
        #expect(try extract(page(head: head, body: "<article><h1>Water plan</h1><p>\(p1)</p></article>")).date == "2022-11-07")
        // Any other time of day keeps the UTC day as written.
        let exact = #"<meta property="article:published_time" content="2022-11-06T23:14:00Z">"#
        #expect(try extract(page(head: exact, body: "<article><h1>Water plan</h1><p>\(p1)</p></article>")).date == "2022-11-06")
        #expect(DateParsing.isLocalMidnightInUTC("2022-11-06T22:00:00+00:00"))
        #expect(!DateParsing.isLocalMidnightInUTC("2022-11-06T22:00:00+02:00"))
        #expect(!DateParsing.isLocalMidnightInUTC("2022-11-06T21:00:00Z"))
        #expect(DateParsing.nextDay("2020-02-28") == "2020-02-29" && DateParsing.nextDay("2021-12-31") == "2022-01-01")
        #expect(DateParsing.nextDay("2021-02-28") == "2021-03-01")
    }

    @Test func canonicalAddressDateOutranksTimeElements() throws {
        let head = #"<link rel="canonical" href="https://example.org/2019/10/22/water-plan/">"#
        let body = """
            <article><h1>Water plan</h1><p>\(p1)</p></article>
            <aside><p><time class="published" datetime="2009-04-11 18:06:36">11. April 2009</time></p></aside>
            """
        #expect(try extract(page(head: head, body: body)).date == "2019-10-22")
        // og:url stands in for a missing canonical link.
        let og = #"<meta property="og:url" content="https://example.org/2019/10/22/water-plan/">"#
        #expect(try extract(page(head: og, body: body)).date == "2019-10-22")
    }

    @Test func rdfaSchemaPropertyIsRead() throws {
        let body = """
            <article><h1>Water plan</h1><span property="schema:dateCreated" content="2022-01-28T12:45:46+00:00"></span>
            <p>\(p1)</p></article>
            """
        #expect(try extract(page(body: body)).date == "2022-01-28")
    }

    @Test func datelineBeforeTheFirstTimeElementWins() throws {
        let body = """
            <article><h1>Water plan</h1><span class="published">31. Oktober 2023</span><p>\(p1)</p></article>
            <aside><ul><li><time datetime="2020-12-03 07:32:49">3. Dezember 2020</time> Other story</li></ul></aside>
            """
        #expect(try extract(page(body: body)).date == "2023-10-31")
    }

    @Test func twoDigitYearOnlyInADatelineWithoutAFullYear() throws {
        let short = """
            <article><h1>Water plan</h1><div class="article-meta">Von: Anna Muster <span>|</span> <span>31.10.23</span></div>
            <p>\(p1)</p></article>
            """
        #expect(try extract(page(body: short)).date == "2023-10-31")
        let both = """
            <article><h1>Water plan</h1><div class="event-date">19.1.23, 10:00 Uhr</div><div class="post-date">20.12.2022</div>
            <p>\(p1)</p></article>
            """
        #expect(try extract(page(body: both)).date == "2022-12-20")
        #expect(Array("Version 1.10.23.4".utf8).withUnsafeBufferPointer { DateParsing.withShortYear($0) } == nil)
    }

    @Test func utcNoonDoesNotMoveToTheNextDayOnAWrittenDate() throws {
        let head = #"<meta property="article:published_time" content="2020-02-18T12:53:40+00:00">"#
        let body = "<article><h1>Water plan</h1><p class=\"date\">19 février 2020</p><p>\(p1)</p></article>"
        #expect(try extract(page(head: head, body: body)).date == "2020-02-18")
        let late = #"<meta property="article:published_time" content="2020-02-18T22:53:40+00:00">"#
        #expect(try extract(page(head: late, body: body)).date == "2020-02-19")
    }
}

/// Dates a page states outside its visible article: comments, and data scripts of pages rendered by JavaScript.
@Suite struct DateSourcesTests {
    let extractor = HTMLExtractor()
    let p1 = HTMLExtractorTests.para1

    func extract(_ html: String) throws -> ExtractedArticle {
        try extractor.extract(html: Array(html.utf8), url: nil)
    }

    @Test func commentDatesDoNotDateTheArticle() throws {
        let page = """
            <html><body><article><h1>Bioenergie gedrosselt</h1><p>\(p1) \(p1)</p>
            <p>29.11.2022 – \(p1) \(p1)</p>\(String(repeating: "<p>\(p1)</p>", count: 14))</article>
            <div class="comment-box"><div class="row"><p><span class="comment-date">02.12.2022 15:57</span></p></div></div>
            </body></html>
            """
        #expect(try extract(page).date == "2022-11-29")
    }

    @Test func publishedKeyInADataScriptIsALastResort() throws {
        let script = #"<script type="application/json">{"publishedDate":"2016-11-04T20:37:27Z","updatedDate":"2016-11-05"}</script>"#
        let page = "<html><head></head><body><article><h1>Review</h1><p>\(p1)</p></article>\(script)</body></html>"
        #expect(try extract(page).date == "2016-11-04")
        let other = #"<script>var x = {"unpublished":"2010-01-01", "publish": true};</script>"#
        #expect(try extract("<html><body><article><h1>Review</h1><p>\(p1)</p></article>\(other)</body></html>").date == nil)
    }
}
