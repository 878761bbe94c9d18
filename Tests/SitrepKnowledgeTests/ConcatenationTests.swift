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

/// The day of role reasons is `isoText`, written the fast way in its usual range.
@Suite struct ReasonDayTests {
    @Test func reasonDayIsIsoText() {
        #expect(MentionRecognizer.reasonDay(nil) == "latest")
        for (y, m, d) in [(2023, 2, 1), (1, 1, 1), (999, 12, 31), (9999, 12, 31), (10000, 1, 1), (0, 1, 1), (-5, 3, 4), (2024, 10, 10)] {
            let day = CalendarDay(year: y, month: m, day: d)
            #expect(MentionRecognizer.reasonDay(day) == day.isoText, "\(y)-\(m)-\(d)")
        }
    }
}
