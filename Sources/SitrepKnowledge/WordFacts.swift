/// What the name tables say of one word: whether it occurs in an actor alias or a place name, and the lengths
/// (`NameLengths`) of the aliases and names it starts.
struct WordFacts: Sendable {
    var inActors: Bool
    var inPlaces: Bool
    var actorLengths: UInt8
    var placeLengths: UInt8

    var lengths: UInt8 { actorLengths | placeLengths }
}

/// One open-addressing table over the low 32 bits of the word hashes of every actor alias and place name, built at
/// load: a token's facts cost one probe instead of a probe for actors plus a search of the gazetteer's word list. A
/// rare collision of 32-bit hashes only costs a phrase lookup, as with the gazetteer's own word list.
struct WordFactsTable: Sendable {
    /// key (bits 0–31), actor lengths (32–39), place lengths (40–47), in actors (48), in places (49), used (63).
    private let slots: [UInt64]
    private let shift: UInt32

    init(actorWords: [UInt64: UInt8], gazetteer: Gazetteer) {
        var bits: UInt32 = 4
        while (1 << bits) < (actorWords.count + gazetteer.wordCount) * 2 { bits += 1 }
        let size = 1 << Int(bits)
        var slots = [UInt64](repeating: 0, count: size)
        let shift = 32 - bits
        slots.withUnsafeMutableBufferPointer { s in
            // Words of both tables with the same 32-bit key share a slot.
            func add(_ k: UInt32, _ bits: UInt64) {
                var i = Int(WordFactsTable.slot(k, shift))
                while s[i] != 0, UInt32(truncatingIfNeeded: s[i]) != k { i = (i + 1) & (size - 1) }
                s[i] |= bits | UInt64(k) | 1 << 63
            }
            gazetteer.forEachWord { k, lengths in add(k, UInt64(lengths) << 40 | 1 << 49) }
            for (h, lengths) in actorWords { add(UInt32(truncatingIfNeeded: h), UInt64(lengths) << 32 | 1 << 48) }
        }
        self.slots = slots
        self.shift = shift
    }

    @inline(__always)
    static func slot(_ k: UInt32, _ shift: UInt32) -> UInt32 { (k &* 0x9E37_79B1) >> shift }

    @inline(__always)
    subscript(_ hash: UInt64) -> WordFacts? {
        let k = UInt32(truncatingIfNeeded: hash)
        return slots.withUnsafeBufferPointer { s -> WordFacts? in
            let mask = s.count - 1
            var i = Int(WordFactsTable.slot(k, shift))
            while true {
                let v = s[i]
                if v == 0 { return nil }
                if UInt32(truncatingIfNeeded: v) == k {
                    return WordFacts(inActors: v & (1 << 48) != 0, inPlaces: v & (1 << 49) != 0,
                                     actorLengths: UInt8(truncatingIfNeeded: v >> 32), placeLengths: UInt8(truncatingIfNeeded: v >> 40))
                }
                i = (i + 1) & mask
            }
        }
    }
}
