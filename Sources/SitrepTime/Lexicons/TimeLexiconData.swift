import Foundation

/// The time lexicons shipped in `Resources/<lang>.tsv`, one table per language: adding a language is adding a file.
enum TimeLexiconData {
    /// ISO 639-1 code → TSV table, for every `Resources/*.tsv`.
    static let tsv: [String: String] = {
        var out: [String: String] = [:]
        guard let dir = Bundle.module.url(forResource: "Resources", withExtension: nil),
              let files = try? FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil) else { return out }
        for f in files where f.pathExtension == "tsv" {
            if let text = try? String(contentsOf: f, encoding: .utf8) { out[f.deletingPathExtension().lastPathComponent] = text }
        }
        return out
    }()
}
