import Foundation

/// The CAMEO event code table with Goldstein values and PLOVER types, loaded once from `cameo.tsv`.
public final class CAMEO: Sendable {
    public struct Entry: Sendable, Hashable {
        public let code: String
        public let name: String
        public let goldstein: Double?
        public let ploverType: String?
        public let ploverMode: String?
    }

    public static let shared: CAMEO = {
        guard let url = Bundle.module.url(forResource: "cameo", withExtension: "tsv", subdirectory: "Resources"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            return CAMEO(entries: [])
        }
        return CAMEO(tsv: text)
    }()

    public let entries: [String: Entry]

    public init(entries: [Entry]) {
        var map: [String: Entry] = [:]
        for e in entries { map[e.code] = e }
        self.entries = map
    }

    public convenience init(tsv: String) {
        var list: [Entry] = []
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 3 else { continue }
            list.append(Entry(code: f[0], name: f[1], goldstein: Double(f[2]),
                              ploverType: f.count > 3 && !f[3].isEmpty ? f[3] : nil,
                              ploverMode: f.count > 4 && !f[4].isEmpty ? f[4] : nil))
        }
        self.init(entries: list)
    }

    public func isValid(_ code: String) -> Bool { entries[code] != nil }
    public func name(_ code: String) -> String? { entries[code]?.name }

    /// Goldstein value of the code, or of its nearest listed parent.
    public func goldstein(_ code: String) -> Double? {
        var c = code
        while !c.isEmpty {
            if let g = entries[c]?.goldstein { return g }
            c.removeLast()
        }
        return nil
    }

    /// PLOVER event type of the code, or of its nearest mapped parent.
    public func plover(_ code: String) -> String? {
        var c = code
        while !c.isEmpty {
            if let p = entries[c]?.ploverType { return p }
            c.removeLast()
        }
        return nil
    }

    /// GDELT quad class: 1 verbal cooperation (01–05), 2 material cooperation (06–09),
    /// 3 verbal conflict (10–14), 4 material conflict (15–20).
    public static func quadClass(code: String) -> Int {
        guard let root = Int(code.prefix(2)) else { return 0 }
        switch root {
        case 1...5: return 1
        case 6...9: return 2
        case 10...14: return 3
        case 15...20: return 4
        default: return 0
        }
    }
}
