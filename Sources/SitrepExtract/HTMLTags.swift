/// The element names the extractor distinguishes; every other name is `.other`.
enum Tag: UInt8 {
    case other, html, head, body, title, meta, link, base, script, style, noscript, template, iframe, svg, math
    case select, option, datalist, button, textarea, object, canvas, xmp, noembed, noframes, plaintext
    case p, div, section, article, main, header, footer, nav, aside, h1, h2, h3, h4, h5, h6
    case ul, ol, li, dl, dt, dd, table, tbody, thead, tfoot, tr, td, th, caption, blockquote, pre
    case figure, figcaption, form, fieldset, legend, address, hr, br, img, a, time, input, label, center
    case details, summary, menu, dialog, picture, video, audio, source, col, area, embed, param, track, wbr
    case keygen, frameset, frame, colgroup, hgroup

    /// Name → tag, keyed by `Tag.key(of:)` of the lowercase name.
    static let byKey: [UInt64: Tag] = {
        var table: [UInt64: Tag] = [:]
        let names: [(String, Tag)] = [
            ("html", .html), ("head", .head), ("body", .body), ("title", .title), ("meta", .meta), ("link", .link),
            ("base", .base), ("script", .script), ("style", .style), ("noscript", .noscript), ("template", .template),
            ("iframe", .iframe), ("svg", .svg), ("math", .math), ("select", .select), ("option", .option),
            ("datalist", .datalist), ("button", .button), ("textarea", .textarea), ("object", .object),
            ("canvas", .canvas), ("xmp", .xmp), ("noembed", .noembed), ("noframes", .noframes), ("plaintext", .plaintext),
            ("p", .p), ("div", .div), ("section", .section), ("article", .article), ("main", .main),
            ("header", .header), ("footer", .footer), ("nav", .nav), ("aside", .aside), ("h1", .h1), ("h2", .h2),
            ("h3", .h3), ("h4", .h4), ("h5", .h5), ("h6", .h6), ("ul", .ul), ("ol", .ol), ("li", .li), ("dl", .dl),
            ("dt", .dt), ("dd", .dd), ("table", .table), ("tbody", .tbody), ("thead", .thead), ("tfoot", .tfoot),
            ("tr", .tr), ("td", .td), ("th", .th), ("caption", .caption), ("blockquote", .blockquote), ("pre", .pre),
            ("figure", .figure), ("figcaption", .figcaption), ("form", .form), ("fieldset", .fieldset),
            ("legend", .legend), ("address", .address), ("hr", .hr), ("br", .br), ("img", .img), ("a", .a),
            ("time", .time), ("input", .input), ("label", .label), ("center", .center), ("details", .details),
            ("summary", .summary), ("menu", .menu), ("dialog", .dialog), ("picture", .picture), ("video", .video),
            ("audio", .audio), ("source", .source), ("col", .col), ("area", .area), ("embed", .embed),
            ("param", .param), ("track", .track), ("wbr", .wbr), ("keygen", .keygen), ("frameset", .frameset),
            ("frame", .frame), ("colgroup", .colgroup), ("hgroup", .hgroup),
        ]
        for (name, tag) in names { table[key(of: Array(name.utf8))] = tag }
        return table
    }()

    /// `byKey` as a `KeyTable`, for the parser's lookups.
    static let lookup = KeyTable(byKey, filler: Tag.other)

    /// A 64-bit key of a lowercase ASCII name.
    static func key<C: Collection>(of bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes { h = (h ^ UInt64(b | 0x20)) &* 0x100000001b3 }
        return h
    }

    /// Elements without content or end tag.
    var isVoid: Bool {
        switch self {
        case .meta, .link, .base, .hr, .br, .img, .input, .source, .col, .area, .embed, .param, .track, .wbr, .keygen, .frame:
            return true
        default: return false
        }
    }

    /// Elements whose content is raw text up to the matching end tag.
    var isRawText: Bool {
        switch self {
        case .script, .style, .textarea, .title, .xmp, .iframe, .noembed, .noframes, .noscript, .plaintext: return true
        default: return false
        }
    }

    /// Elements whose text a reader never sees as running text.
    var isHidden: Bool {
        switch self {
        case .head, .template, .svg, .math, .select, .option, .datalist, .button, .object, .canvas, .video, .audio, .frameset:
            return true
        default: return false
        }
    }

    /// Elements that start a new line of text.
    var isBlock: Bool {
        switch self {
        case .html, .body, .p, .div, .section, .article, .main, .header, .footer, .nav, .aside, .h1, .h2, .h3, .h4, .h5, .h6,
             .ul, .ol, .li, .dl, .dt, .dd, .table, .tbody, .thead, .tfoot, .tr, .td, .th, .caption, .blockquote, .pre,
             .figure, .figcaption, .form, .fieldset, .legend, .address, .center, .details, .summary, .menu, .dialog,
             .hgroup, .colgroup:
            return true
        default: return false
        }
    }

    /// Elements that are page chrome by their very name.
    var isChrome: Bool {
        switch self {
        case .nav, .footer, .aside, .menu, .dialog, .figcaption, .figure, .form, .fieldset, .legend, .label, .address: return true
        default: return false
        }
    }

    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: return true
        default: return false
        }
    }

    /// A `<p>` open on the stack is closed when one of these starts.
    var closesParagraph: Bool {
        switch self {
        case .p, .div, .section, .article, .main, .header, .footer, .nav, .aside, .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol,
             .dl, .table, .blockquote, .pre, .figure, .form, .fieldset, .address, .hr, .center, .details, .menu, .dialog:
            return true
        default: return false
        }
    }
}
