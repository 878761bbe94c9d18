import Foundation
import SitrepModel
import SitrepStore

extension SituationReport {
    /// The report as one self-contained HTML page (inline CSS and SVG map; nothing fetched from a network).
    public var html: String {
        var h = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>\(esc(title))</title>
            <style>body{font:15px/1.45 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}
            table{border-collapse:collapse}td,th{padding:.2em .6em;border-bottom:1px solid #ddd;text-align:right}
            td:first-child,th:first-child{text-align:left}blockquote{margin:.2em 0 .8em 1em;color:#555;border-left:3px solid #ccc;padding-left:.6em}
            .m{color:#777;font-size:90%}svg{border:1px solid #ccc;background:#f4f7fb}</style></head><body>
            <h1>\(esc(title))</h1><p>\(esc(summary))</p>
            """
        h += "<h2>Map</h2>" + svgMap() + "<h2>Timeline (by \(period.rawValue))</h2>"
        h += "<table><tr><th>Period</th><th>Events</th><th>Verbal coop.</th><th>Material coop.</th><th>Verbal conflict</th><th>Material conflict</th><th>Goldstein sum</th></tr>"
        for b in timeline {
            h += "<tr><td>\(b.period)</td><td>\(b.count)</td>" + b.quadCounts.map { "<td>\($0)</td>" }.joined()
                + "<td>\(String(format: "%.1f", b.goldsteinSum))</td></tr>"
        }
        h += "</table><h2>Top events</h2>"
        for r in topEvents {
            h += "<p><b>\(esc(Self.eventLine(r)))</b> <span class=m>\(r.event.modality.rawValue), \(r.numMentions) report(s), "
                + "\(r.numSources) source(s)</span></p><blockquote>\(esc(r.event.evidence.text))</blockquote>"
        }
        if !notHappened.isEmpty {
            h += "<h2>Predicted, hypothetical or negated (not counted above)</h2>"
            for r in notHappened.prefix(15) {
                h += "<p>\(esc(Self.eventLine(r))) <i>\(r.event.modality.rawValue)</i></p><blockquote>\(esc(r.event.evidence.text))</blockquote>"
            }
        }
        h += "<h2>Actors</h2><ul>" + actors.prefix(15).map { "<li>\(esc($0.label)): \($0.count)</li>" }.joined() + "</ul>"
        h += "<h2>Places</h2><ul>" + places.prefix(15).map { "<li>\(esc($0.name)): \($0.count)</li>" }.joined() + "</ul>"
        if !flags.isEmpty {
            h += "<h2>Statements contradicting the knowledge base</h2><ul>"
            h += flags.map { "<li>\(esc($0.flag.message)) — “\(esc($0.evidence))”</li>" }.joined() + "</ul>"
        }
        return h + "</body></html>\n"
    }

    /// An equirectangular SVG map of the event places: a graticule, one circle per place (area ∝ events), labels.
    public func svgMap(width: Double = 640, height: Double = 400) -> String {
        guard !places.isEmpty else { return "<p class=m>No located events.</p>" }
        var minLat = places.map(\.lat).min()!, maxLat = places.map(\.lat).max()!
        var minLon = places.map(\.lon).min()!, maxLon = places.map(\.lon).max()!
        let padLat = max(1, (maxLat - minLat) * 0.15), padLon = max(1.5, (maxLon - minLon) * 0.15)
        minLat = max(-90, minLat - padLat); maxLat = min(90, maxLat + padLat)
        minLon = max(-180, minLon - padLon); maxLon = min(180, maxLon + padLon)
        // Keep the aspect of degrees at the map's mid-latitude.
        let k = cos((minLat + maxLat) / 2 * .pi / 180)
        let scale = min(width / ((maxLon - minLon) * k), height / (maxLat - minLat))
        let ox = (width - (maxLon - minLon) * k * scale) / 2, oy = (height - (maxLat - minLat) * scale) / 2
        func x(_ lon: Double) -> Double { ox + (lon - minLon) * k * scale }
        func y(_ lat: Double) -> Double { oy + (maxLat - lat) * scale }
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"Map of event places\">"
        let step = Self.gridStep(max(maxLat - minLat, maxLon - minLon))
        var g = (minLon / step).rounded(.up) * step
        while g <= maxLon { s += line(x(g), 0, x(g), height) + label(x(g) + 2, height - 4, String(format: "%g°", g), grid: true); g += step }
        g = (minLat / step).rounded(.up) * step
        while g <= maxLat { s += line(0, y(g), width, y(g)) + label(2, y(g) - 2, String(format: "%g°", g), grid: true); g += step }
        let top = places.map(\.count).max() ?? 1
        for (i, p) in places.enumerated().reversed() {
            let r = 4 + 14 * (Double(p.count) / Double(top)).squareRoot()
            s += String(format: "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"#c0392b\" fill-opacity=\"0.55\" stroke=\"#7b241c\">", x(p.lon), y(p.lat), r)
            s += "<title>\(esc(p.name)): \(p.count)</title></circle>"
            if i < 10 { s += label(x(p.lon) + r + 2, y(p.lat) + 4, p.name, grid: false) }
        }
        return s + "</svg>"
    }

    static func gridStep(_ extent: Double) -> Double {
        for step in [0.5, 1, 2, 5, 10, 20, 30] where extent / step <= 8 { return step }
        return 45
    }

    private func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) -> String {
        String(format: "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#d5dde8\"/>", x1, y1, x2, y2)
    }

    private func label(_ x: Double, _ y: Double, _ text: String, grid: Bool) -> String {
        String(format: "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" fill=\"%@\">", x, y, grid ? 10 : 12, grid ? "#8a9bb0" : "#222")
            + esc(text) + "</text>"
    }
}

/// HTML-escapes text for element content and attribute values.
func esc(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for c in s {
        switch c {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        default: out.append(c)
        }
    }
    return out
}
