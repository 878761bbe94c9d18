/// The time lexicons shipped in the module, as TSV text per language.
///
/// They live in Swift sources because the SitrepTime target declares no resources yet; each table is plain
/// TSV and can move verbatim to `Resources/<lang>.tsv` once Package.swift gives the target `.copy("Resources")`.
enum TimeLexiconData {
    /// ISO 639-1 code → TSV table.
    static let tsv: [String: String] = ["fr": fr, "en": en, "de": de, "es": es, "ru": ru, "uk": uk]
}
