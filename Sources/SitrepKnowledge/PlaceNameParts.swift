import SitrepModel

/// Capitalized words that the gazetteer knows as towns but that a text uses as part of a longer name: the second
/// word of a person's name ("Michael Thomas", "Gregory Jones"), of a street, a building or a body ("Cooper Street",
/// "Medical Center", "City Council").
extension PlaceResolver {
    /// Words that start a place's own longer name ("Lake Tahoe", "Fort Bragg", "Mount Airy"): the town after them may
    /// be that place.
    static let placePrefixes: Set<String> = ["lake", "mount", "mt", "fort", "ft", "port", "saint", "st", "ste", "san", "santa",
        "santo", "sao", "los", "las", "el", "la", "le", "les", "new", "old", "greater", "metro", "metropolitan", "downtown",
        "uptown", "midtown", "suburban", "rural", "little", "big", "glen", "point", "cape", "isle", "west", "east", "north",
        "south", "al", "bad", "ban", "ciudad", "villa", "puerto", "sankt"]

    /// Whether a one-word match whose every reading is a town directly follows a capitalized word of the same
    /// sentence that does not start it ("said Gregory Jones", "North Cooper Street", "the City Council"): the word
    /// continues another name. A locative, a direction word or a word that starts place names before it ("in
    /// Jackson", "North Arlington", "Lake Charles") leaves it a place, and so does a dateline.
    func continuesAnotherName(_ m: RawMatch, _ rows: [Int], doc: Document, keys: TokenKeys) -> Bool {
        let i = m.tokens.lowerBound
        guard m.tokens.count == 1, i >= 1, !rows.isEmpty else { return false }
        let prev = doc.tokens[i - 1]
        guard prev.kind == .word, prev.isCapitalized, !keys.isAcronym(i - 1), rows.allSatisfy({ entries.kind($0) == .city }) else { return false }
        let w = keys.placeWords(i - 1)
        if !w.contains(.word) || !w.isDisjoint(with: [.locative, .link, .direction, .placePrefix, .region]) || keys.isStopword(i - 1) { return false }
        if onNewLine(i, doc: doc) || onNewLine(i - 1, doc: doc) || isDateline(i, doc: doc) { return false }
        // The capitalized word before must follow a lowercase word that is neither a function word nor a locative
        // ("said Gregory Jones"): after punctuation, "the", "of" or "in" the pair may be a place's own name ("in Squirrel Hill",
        // "a Meadow Grove man").
        if i - 1 == 0 { return false }
        let before = doc.tokens[i - 2]
        // A run of three capitalized words or more may be a place's own name ("Coptic Orthodox Church").
        guard before.kind == .word, !before.isCapitalized else { return false }
        let b = keys.placeWords(i - 2)
        return b.contains(.word) && !keys.isStopword(i - 2) && !b.contains(.locative)
    }

    /// Whether token `i` opens the text or a line (a line break stands between it and the token before).
    func onNewLine(_ i: Int, doc: Document) -> Bool {
        guard i > 0 else { return true }
        let utf8 = doc.text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: doc.tokens[i - 1].span.end)
        let to = utf8.index(utf8.startIndex, offsetBy: doc.tokens[i].span.start)
        return utf8[from..<to].contains(0x0A)
    }
}
