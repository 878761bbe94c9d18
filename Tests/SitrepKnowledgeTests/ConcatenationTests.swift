import SitrepModel
import Testing
@testable import SitrepKnowledge

/// One-allocation string building gives the joined strings.
@Suite struct ConcatenationTests {
    @Test func joinEqualsJoined() {
        let pieces = ["", " ", "country", "RUS", "Путин", "l'Arménie", "é", String(repeating: "x", count: 40), "👍🏽"]
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    #expect(Concatenation.join(a, b, c) == [a, b, c].joined())
                    #expect(Concatenation.join([a, " by ", b, c]) == a + " by " + b + c)
                }
            }
        }
        #expect(Concatenation.join() == "")
    }

    @Test func countryPrefixSkipsInternationalCodes() {
        #expect(AgentCombiner.country(ActorRef(code: "RUSMIL")) == "RUS")
        for code in ["IGOUNO", "NGO", "MNCUSA", "INT", "REBUKR", "UISX"] { #expect(AgentCombiner.country(ActorRef(code: code)) == nil) }
        #expect(AgentCombiner.country(ActorRef(code: "US")) == nil)
        #expect(AgentCombiner.country(nil) == nil)
    }
}
