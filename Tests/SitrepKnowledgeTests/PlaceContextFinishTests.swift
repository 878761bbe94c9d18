import Testing
@testable import SitrepKnowledge

/// `PlaceContext.finish` gives the sum of the country votes, the majority (most votes, then the first code) and the
/// votes by gazetteer index, as their plain definitions do.
@Suite struct PlaceContextFinishTests {
    @Test func finishMatchesItsDefinition() {
        let entries = Fixture.kb.gazetteer.entries
        let codes = ["USA", "FRA", "GBR", "UKR", "RUS", "CAN", "XXX"]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            var ctx = PlaceContext()
            for c in codes where Int.random(in: 0..<3, using: &rng) > 0 { ctx.countries[c] = Int.random(in: 1...4, using: &rng) }
            ctx.finish(entries)
            #expect(ctx.total == ctx.countries.values.reduce(0, +))
            let majority = ctx.countries.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
            #expect(ctx.majority == majority, "\(ctx.countries)")
            #expect(ctx.majorityIndex == (majority.flatMap { entries.countryIndexes[$0] } ?? -1))
            for (c, n) in ctx.countries {
                guard let i = entries.countryIndexes[c] else { continue }
                #expect(ctx.countryVote(i) == n, "\(c)")
            }
            #expect(ctx.countryVotes.count == ctx.countries.keys.filter { entries.countryIndexes[$0] != nil }.count)
        }
    }
}
