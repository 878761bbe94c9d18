import Foundation
import Testing
@testable import SitrepExtract

/// Each chrome rule of the scraped-text cleaner, on texts written for the test.
@Suite struct ScrapedTextCleanerTests {
    let cleaner = ScrapedTextCleaner()
    let p1 = "The council met on Tuesday to discuss the new budget, which cuts spending on roads and schools by a tenth."
    let p2 = "Opposition members said the plan would hurt rural districts most, and called for a public hearing next month."

    @Test func firstLineIsTitle() {
        let a = cleaner.clean("Council adopts budget\n\n\(p1)\n\n\(p2)")
        #expect(a.title == "Council adopts budget")
        #expect(a.articleBody == "\(p1)\n\(p2)")
    }

    @Test func breadcrumbIsDropped() {
        for crumb in ["Home » Politics » Council adopts budget", "Accueil > Politique > Budget", "Startseite / Politik / Haushalt"] {
            let a = cleaner.clean("\(crumb)\n\nCouncil adopts budget\n\n\(p1)")
            #expect(a.title == "Council adopts budget", "\(crumb)")
            #expect(!a.articleBody.contains("»") && !a.articleBody.contains(crumb))
        }
    }

    @Test func emptyBylineIsDropped() {
        for word in ["par", "by", "von", "By:"] {
            let a = cleaner.clean("Council adopts budget\n\n\(word)\n\n\(p1)")
            #expect(a.articleBody == p1, "\(word)")
        }
    }

    @Test func namedBylineBecomesAuthor() {
        let a = cleaner.clean("Council adopts budget\n\nBy Jane Doe\n\n\(p1)")
        #expect(a.author == "Jane Doe")
        #expect(a.articleBody == p1)
    }

    @Test func repeatedTitleIsDropped() {
        let a = cleaner.clean("Council adopts budget.\n\nCouncil adopts budget\n\n\(p1)")
        #expect(a.articleBody == p1)
    }

    @Test func orphanCaptionBetweenParagraphsIsDropped() {
        let a = cleaner.clean("Council adopts budget\n\n\(p1)\n\nJohn Smith, mayor of the city\n\n\(p2)")
        #expect(a.articleBody == "\(p1)\n\(p2)")
    }

    @Test func punctuatedShortLineIsKept() {
        let a = cleaner.clean("Council adopts budget\n\n\(p1)\n\nThe vote was close.\n\n\(p2)")
        #expect(a.articleBody.contains("The vote was close."))
    }

    @Test func relatedArticlesBlockIsDropped() {
        for header in ["Related Articles", "Articles similaires", "Lire aussi :"] {
            let a = cleaner.clean("Council adopts budget\n\n\(p1)\n\n\(header)\n\nMayor resigns after scandal\n\nRoads to close in March")
            #expect(a.articleBody == p1, "\(header)")
        }
    }

    @Test func cookieBannerIsDropped() {
        let banners = [
            "This website uses cookies to improve your experience. Accept Read More",
            "Nous utilisons des cookies pour améliorer votre expérience. Accepter",
            "En poursuivant votre navigation, vous acceptez les traceurs et le consentement RGPD.",
        ]
        for banner in banners {
            let a = cleaner.clean("Council adopts budget\n\n\(p1)\n\n\(banner)")
            #expect(a.articleBody == p1, "\(banner)")
        }
    }

    @Test func shareLinesAreDropped() {
        let a = cleaner.clean("Council adopts budget\n\nShare on Facebook\n\nTweet\n\n\(p1)\n\nPartager\n\nSubscribe to our newsletter")
        #expect(a.articleBody == p1)
    }

    @Test func seedArticleIsCleaned() throws {
        let seed = CorpusTests.shared.appendingPathComponent("seeds/000_7b1f1785c4cd37aa.txt")
        guard let text = try? String(contentsOf: seed, encoding: .utf8) else { print("skipped: ../shared not found"); return }
        let a = cleaner.clean(text)
        let firstLine = text.split(separator: "\n").first.map(String.init) ?? ""
        #expect(a.title?.hasPrefix("La Russie subit") == true)
        #expect(!(a.title ?? "").contains("»"))
        let lines = a.articleBody.split(separator: "\n").map(String.init)
        #expect(!lines.contains { $0.contains("»") || $0 == firstLine })
        #expect(!lines.contains { $0.lowercased() == "par" })
        #expect(!lines.contains { ChromeRules.sameText($0, a.title ?? "") })
        #expect(!lines.contains { $0.lowercased().contains("cookie") || $0.hasPrefix("Related") })
        #expect(lines.allSatisfy { ChromeRules.hasFinalPunctuation($0) })
        #expect(lines.count == 22)
        #expect(lines.first?.hasPrefix("La représentation commerciale") == true)
    }
}
