import SitrepModel

/// US state and Canadian province abbreviations as news datelines write them after a place ("Barrie, Ont.",
/// "NEWARK, N.J.", "LOUISVILLE, KY"): folded and without dots → GeoNames first-level division code.
enum PostalAbbreviations {
    /// AP-style abbreviations (lowercase, dots removed).
    static let apStyle: [String: String] = [
        "ala": "US.AL", "ariz": "US.AZ", "ark": "US.AR", "calif": "US.CA", "colo": "US.CO", "conn": "US.CT", "del": "US.DE",
        "fla": "US.FL", "ga": "US.GA", "ill": "US.IL", "ind": "US.IN", "kan": "US.KS", "kans": "US.KS", "ky": "US.KY",
        "la": "US.LA", "md": "US.MD", "mass": "US.MA", "mich": "US.MI", "minn": "US.MN", "miss": "US.MS", "mo": "US.MO",
        "mont": "US.MT", "neb": "US.NE", "nev": "US.NV", "nh": "US.NH", "nj": "US.NJ", "nm": "US.NM", "ny": "US.NY",
        "nc": "US.NC", "nd": "US.ND", "okla": "US.OK", "ore": "US.OR", "pa": "US.PA", "ri": "US.RI", "sc": "US.SC",
        "sd": "US.SD", "tenn": "US.TN", "tex": "US.TX", "vt": "US.VT", "va": "US.VA", "wash": "US.WA", "wva": "US.WV",
        "wis": "US.WI", "wyo": "US.WY", "dc": "US.DC",
        "alta": "CA.01", "bc": "CA.02", "man": "CA.03", "nb": "CA.04", "nfld": "CA.05", "nl": "CA.05", "ns": "CA.07",
        "ont": "CA.08", "pei": "CA.09", "que": "CA.10", "sask": "CA.11",
    ]
    /// Two-letter postal codes, accepted only when written in capitals ("KY") or listed above.
    static let postal: Set<String> = ["al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in", "ia",
        "ks", "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh",
        "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "dc"]

    /// The division a token denotes when it follows "Place ," (nil otherwise).
    static func division(key: String, isAcronym: Bool) -> String? {
        // keys are short: test for a space before building a copy without them ("n j" → "nj")
        let k = TokenKeys.has(key, 0x20) ? String(decoding: key.utf8.filter { $0 != 0x20 }, as: UTF8.self) : key
        if let a = apStyle[k] { return a }
        if isAcronym, postal.contains(k) { return "US." + k.uppercased() }
        return nil
    }
}
