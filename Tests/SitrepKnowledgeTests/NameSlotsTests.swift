import Testing
@testable import SitrepKnowledge

/// Alias hits found by phrase key give what the string-keyed index gives, for every alias and for absent keys.
@Suite struct NameSlotsTests {
    @Test func hashedHitsEqualTheIndex() {
        let kb = Fixture.kb
        for (key, hits) in kb.names { #expect(kb.hits(forKey: key, hash: PhraseHash.part(key).value) == hits, "\(key)") }
        for key in ["no such alias xyz", "kyiv kyiv kyiv", ""] {
            #expect(kb.hits(forKey: key, hash: PhraseHash.part(key).value) == kb.hits(forKey: key))
        }
        // a key given with another key's hash is still found by its string
        #expect(kb.hits(forKey: "france", hash: PhraseHash.part("ukraine").value) == kb.hits(forKey: "france"))
        #expect(!kb.hits(forKey: "france").isEmpty)
    }
}
