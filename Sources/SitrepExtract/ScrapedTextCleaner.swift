import Foundation

/// Cleans scraped page text (one paragraph per line): the first real line is the title, page chrome is dropped.
///
/// Chrome is recognised by general signals — separators, short lines without final punctuation standing
/// alone between paragraphs, banner vocabulary — never by the wording of a particular page.
public struct ScrapedTextCleaner: Sendable {
    public init() {}

    /// Title, author and body of a scraped text; the body keeps paragraphs in order, joined by "\n".
    public func clean(_ text: String) -> ExtractedArticle {
        let lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\u{2029}" })
            .map { Self.collapse($0) }
            .filter { !$0.isEmpty }
        var title: String?
        var author: String?
        var kept: [String] = []
        var inRelatedBlock = false
        for (index, line) in lines.enumerated() {
            let kind = ChromeRules.classify(line)
            if inRelatedBlock {
                // A related-links block runs until a real paragraph starts again.
                if ChromeRules.isParagraph(line) && kind == .content { inRelatedBlock = false } else { continue }
            }
            switch kind {
            case .breadcrumb, .emptyByline, .banner, .share: continue
            case .relatedHeader: inRelatedBlock = true; continue
            case .byline(let name): if author == nil { author = name }; continue
            case .content: break
            }
            if title == nil { title = line; continue }
            if let title, ChromeRules.sameText(line, title) { continue }
            if isOrphanCaption(at: index, in: lines, keptCount: kept.count) { continue }
            kept.append(line)
        }
        return ExtractedArticle(title: title, author: author, articleBody: kept.joined(separator: "\n"))
    }

    /// A short unpunctuated line between two paragraphs of the body (a photo caption, a stray label).
    private func isOrphanCaption(at index: Int, in lines: [String], keptCount: Int) -> Bool {
        let line = lines[index]
        guard keptCount > 0, ChromeRules.isShortUnpunctuated(line) else { return false }
        guard index > 0, index + 1 < lines.count else { return false }
        let before = lines[index - 1], after = lines[index + 1]
        // A heading introduces the paragraph after it and is usually not preceded by a caption-like
        // name-comma-role pattern; a caption stands between two full paragraphs of running text.
        guard ChromeRules.isParagraph(before), ChromeRules.isParagraph(after) else { return false }
        return true
    }

    /// Trims and collapses runs of whitespace (including no-break spaces) to single spaces.
    static func collapse(_ line: Substring) -> String {
        var out = ""
        out.reserveCapacity(line.utf8.count)
        var pendingSpace = false
        for scalar in line.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{FEFF}" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// Line-level signals of page chrome shared by the scraped-text cleaner and the HTML extractor.
enum ChromeRules {
    enum Kind: Equatable {
        case content, breadcrumb, emptyByline, byline(String), relatedHeader, banner, share
    }

    /// Words that open a breadcrumb trail, in several languages.
    static let homeWords: Set<String> = [
        "home", "accueil", "startseite", "inicio", "início", "home page", "homepage", "главная", "principale",
        "start", "hem", "forside", "etusivu", "strona główna", "anasayfa", "ana sayfa", "portada", "news", "actualités",
    ]
    /// Separators used between breadcrumb steps.
    static let crumbSeparators: [String] = ["»", "›", ">", "/", "|", "→", "•"]
    static let crumbScalars: Set<Unicode.Scalar> = ["»", "›", ">", "/", "|", "→", "•"]
    /// Byline prepositions ("by", "par", "von"…).
    static let bylineWords: Set<String> = ["by", "par", "von", "por", "di", "door", "av", "de", "da", "przez", "автор"]
    /// Headers of related-content blocks.
    static let relatedHeaders: [String] = [
        "related articles", "related stories", "related posts", "related", "articles similaires", "articles liés",
        "lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "sur le même sujet", "dans la même rubrique",
        "read more", "read also", "see also", "you may also like", "you might also like", "more stories",
        "recommended", "recommended for you", "more from", "mehr zum thema", "ähnliche artikel", "das könnte sie auch interessieren",
        "weitere artikel", "lesen sie auch", "te puede interesar", "noticias relacionadas", "leggi anche", "articoli correlati",
        "auch interessant", "ähnliche nachrichten", "ähnliche beiträge", "weitere nachrichten", "weitere beiträge", "mehr dazu",
        "lee también", "vous aimerez aussi", "à voir aussi", "sur le même thème", "more on this", "more on this story",
        "related content", "read next", "up next", "most popular", "most read", "das könnte dich auch interessieren",
        "weitere informationen", "zum weiterlesen", "über den autor", "über die autorin", "about the author", "kontakt",
        "contact", "further reading", "more information", "pour aller plus loin", "quellen", "sources", "top themen",
        "top-themen", "top themen der redaktion", "meistgelesen", "meistgelesene artikel", "weitere themen", "empfehlungen",
        "articles et vidéos sur le sujet", "plus d'articles", "les plus lus", "más leídas", "lo más leído",
    ]
    /// Words that, alone, make a share/subscribe line.
    static let shareWords: Set<String> = [
        "share", "shares", "sharing", "partager", "partagez", "partage", "tweet", "facebook", "twitter", "x", "whatsapp",
        "email", "e-mail", "mail", "print", "imprimer", "linkedin", "pinterest", "reddit", "telegram", "messenger",
        "subscribe", "abonnez-vous", "s'abonner", "s’abonner", "newsletter", "teilen", "drucken", "copy", "link",
        "copier", "le", "lien", "this", "article", "on", "via", "sur", "per", "compartir", "condividi", "follow", "us",
        "suivez-nous", "nous", "suivez", "google", "news", "flipboard", "comment", "comments", "commenter", "commentaires",
        "kommentieren", "kommentar", "kommentare", "comentar", "comentarios", "commenta", "commenti", "permalink", "permalien",
        "weiter", "zurück", "next", "previous", "suivant", "précédent", "suche", "search", "rechercher",
    ]

    /// Calls to share, subscribe or follow that open a short line.
    static let shareVerbs: [String] = [
        "share ", "subscribe", "sign up", "follow us", "partager", "partagez", "abonnez-vous", "s'abonner", "s’abonner",
        "inscrivez-vous", "suivez-nous", "teilen", "abonnieren", "jetzt abonnieren", "folgen sie uns", "suscríbete", "compartir",
    ]

    static func classify(_ line: String) -> Kind {
        let lower = CaseFolding.lower(line)
        if isBreadcrumb(lower) { return .breadcrumb }
        // Bylines, headers and share lines are short: longer lines skip the word split.
        let count = wordCount(lower)
        if count > 8 { return isBanner(lower, wordCount: count) ? .banner : .content }
        let words = lower.split(whereSeparator: { $0 == " " })
        if words.count == 1, bylineWords.contains(String(words[0]).trimmingCharacters(in: [":"])) { return .emptyByline }
        if let name = bylineName(line, words: words) { return .byline(name) }
        if words.count <= 6, relatedHeaders.contains(trimmedHeader(lower)) { return .relatedHeader }
        if isBanner(lower, wordCount: words.count) { return .banner }
        if words.count <= 8, words.allSatisfy({ shareWords.contains(trimmedPunctuation($0)) }) {
            return .share
        }
        if words.count <= 7, !hasFinalPunctuation(line) || line.hasSuffix("!"),
           shareVerbs.contains(where: { lower.hasPrefix($0) }) {
            return .share
        }
        return .content
    }

    /// Number of space-separated words, counted on bytes.
    static func wordCount(_ s: String) -> Int {
        var count = 0
        var inWord = false
        for b in s.utf8 {
            if b == 0x20 { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    /// Substring test on UTF-8 bytes (code-point exact, no locale machinery).
    static func bytesContain(_ haystack: String, _ needle: String) -> Bool {
        byteOffset(of: needle, in: haystack) != nil
    }

    /// Byte offset of the first occurrence of `needle` in `haystack`.
    static func byteOffset(of needle: String, in haystack: String) -> Int? {
        var hay = haystack
        var pin = needle
        return hay.withUTF8 { h in pin.withUTF8 { n in
            guard n.count > 0, h.count >= n.count else { return n.count == 0 ? 0 : nil }
            let first = n[0]
            var i = 0
            while i <= h.count - n.count {
                if h[i] == first {
                    var k = 1
                    while k < n.count && h[i + k] == n[k] { k += 1 }
                    if k == n.count { return i }
                }
                i += 1
            }
            return nil
        } }
    }

    static let headerTrim: Set<Character> = [" ", ":", ".", "-", "–", "—", "…", "»", "«"]

    static func trimmedHeader(_ s: String) -> String {
        let start = s.firstIndex { !headerTrim.contains($0) } ?? s.endIndex
        let end = s.lastIndex { !headerTrim.contains($0) }.map { s.index(after: $0) } ?? start
        return start < end ? String(s[start..<end]) : ""
    }

    static func trimmedPunctuation(_ s: Substring) -> String {
        let isPunct = { (c: Character) in c.isPunctuation || c.isSymbol }
        let start = s.firstIndex { !isPunct($0) } ?? s.endIndex
        let end = s.lastIndex { !isPunct($0) }.map { s.index(after: $0) } ?? start
        return start < end ? String(s[start..<end]) : ""
    }

    /// "Home » World » …": a home word followed by a separator, or a line of three or more steps.
    static func isBreadcrumb(_ lower: String) -> Bool {
        // Fast path: no separator character at all.
        // Fast path: no separator byte at all (">", "/", "|", or the last byte of "»", "›", "→", "•").
        guard lower.utf8.contains(where: { $0 == 0x3E || $0 == 0x2F || $0 == 0x7C || $0 == 0xBB || $0 == 0xBA || $0 == 0x92 || $0 == 0xA2 }),
              lower.unicodeScalars.contains(where: { crumbScalars.contains($0) }) else { return false }
        for sep in crumbSeparators where bytesContain(lower, sep) {
            let parts = lower.components(separatedBy: " \(sep) ")
            guard parts.count >= 2 else { continue }
            let head = ByteTrim.trimmed(parts[0])
            if homeWords.contains(head) { return true }
            if sep != "/" && sep != "|" && parts.count >= 3 && parts.dropLast().allSatisfy({ $0.split(separator: " ").count <= 4 }) {
                return true
            }
        }
        return false
    }

    /// "By Jane Doe" / "Par Jean Dupont": a short line of a byline word and capitalised names.
    static func bylineName(_ line: String, words: [Substring]) -> String? {
        guard words.count >= 2, words.count <= 6, bylineWords.contains(String(words[0])), words[0] != "de" else { return nil }
        let original = line.split(separator: " ").dropFirst()
        let namesOK = original.allSatisfy { w in
            guard let first = w.unicodeScalars.first else { return false }
            return first.properties.isUppercase || ["and", "et", "und", "y", "e", "&", "de", "van", "von", "le", "la"].contains(w.lowercased())
        }
        guard namesOK, !ChromeRules.hasFinalPunctuation(line) else { return nil }
        return original.joined(separator: " ")
    }

    /// Phrases of a publisher's call to subscribe, follow or support it, of its rights notices and of page controls
    /// ("load more", "next article"), lowercased.
    static let callsToAction = [
        "subscribe", "sign up for", "signing up", "newsletter", "follow us", "follow the", "download our app", "our app",
        "support us", "support our", "rely on your support", "abonnieren sie", "abonniere", "abonnez-vous", "unterstütze",
        "unterstützen sie", "folgen sie uns", "folge uns", "suivez-nous", "suscríbete", "síguenos",
        "copyrighted", "all rights reserved", "alle rechte vorbehalten", "tous droits réservés", "written permission",
        "not responsible for the opinion", "load more", "lade weitere", "mehr laden", "next article", "previous article",
        "nächsten artikel", "article suivant", "canal de youtube", "canal de telegram", "youtube channel", "telegram channel",
        "youtube-kanal", "telegram-kanal", "nuestro canal", "aktuelle ausgabe", "current issue", "einloggen, um",
    ]

    /// A line that calls the reader to subscribe, follow or support the publisher, or is its notice or control.
    static func isCallToAction(_ lower: String) -> Bool { callMatcher.occurs(in: lower) }

    static let callMatcher = PhraseMatcher(callsToAction)

    /// Openings of picture credits, source lines and figure captions (lowercased).
    static let creditOpenings = [
        "quelle:", "quellen:", "foto:", "fotos:", "bild:", "bilder:", "titelbild:", "bildquelle:", "photo:", "photos:",
        "source:", "credit:", "credits:", "image:", "crédit photo", "photo :", "abbildung ", "abb. ", "fig. ",
    ]

    /// A short line that credits a picture or names a source ("Foto: dpa", "Quelle: DJV", "Abbildung 4: …").
    static func isCredit(_ lower: String) -> Bool {
        creditOpenings.contains { lower.hasPrefix($0) } || bytesContain(lower, "getty images") || bytesContain(lower, "(foto:")
            || bytesContain(lower, "(photo:")
    }

    /// Cookie and consent banners.
    static func isBanner(_ lower: String, wordCount: Int) -> Bool {
        guard wordCount <= 90, hasBannerWord(lower) else { return false }
        return bannerWeakWords.contains(where: { bytesContain(lower, $0) })
    }

    static let bannerWeakWords = [
        "accept", "agree", "privacy", "confidentialit", "datenschutz", "experience", "expérience", "navigat",
        "website", "site", "read more", "en savoir plus", "paramètr", "settings", "einstellungen", "zustimm",
        "partenaires", "partners", "wish", "souhait", "improve", "améliorer",
    ]

    /// One of "cookie", "consent", "opt-out", "opt out", "gdpr", "rgpd", "dsgvo", "traceurs" in a lowercased line,
    /// found in one pass over its bytes.
    static func hasBannerWord(_ lower: String) -> Bool {
        var copy = lower
        return copy.withUTF8 { u -> Bool in
            func at(_ i: Int, _ word: StaticString) -> Bool {
                let n = word.utf8CodeUnitCount
                guard i + n <= u.count else { return false }
                for k in 0..<n where u[i + k] != word.utf8Start[k] { return false }
                return true
            }
            for i in 0..<u.count {
                switch u[i] {
                case UInt8(ascii: "c"): if at(i, "cookie") || at(i, "consent") { return true }
                case UInt8(ascii: "o"): if at(i, "opt-out") || at(i, "opt out") { return true }
                case UInt8(ascii: "g"): if at(i, "gdpr") { return true }
                case UInt8(ascii: "r"): if at(i, "rgpd") { return true }
                case UInt8(ascii: "d"): if at(i, "dsgvo") { return true }
                case UInt8(ascii: "t"): if at(i, "traceurs") { return true }
                default: break
                }
            }
            return false
        }
    }

    /// Ends with sentence punctuation or a closing quote.
    static func hasFinalPunctuation(_ line: String) -> Bool {
        guard let last = line.unicodeScalars.last else { return false }
        return ".!?…:;\"'”»’)]".unicodeScalars.contains(last) || last == "。"
    }

    /// A running-text paragraph: long enough, or ending like a sentence.
    static func isParagraph(_ line: String) -> Bool {
        let words = line.split(separator: " ").count
        return words >= 15 || (words >= 6 && hasFinalPunctuation(line))
    }

    /// A short line (at most 14 words) that does not end like a sentence.
    static func isShortUnpunctuated(_ line: String) -> Bool {
        line.split(separator: " ").count <= 14 && !hasFinalPunctuation(line)
    }

    /// Same words ignoring case, spacing and final punctuation.
    static func sameText(_ a: String, _ b: String) -> Bool {
        normalizedKey(a) == normalizedKey(b)
    }

    /// Lowercased letters and digits only.
    static func normalizedKey(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in CaseFolding.lower(s).unicodeScalars {
            if scalar.isASCII {
                let v = scalar.value
                if (v >= 48 && v <= 57) || (v >= 97 && v <= 122) { out.append(scalar) }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
