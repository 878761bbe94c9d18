import Foundation
import SitrepKnowledge
import SitrepModel
import SitrepPipeline
import Testing

/// One pipeline for all contradiction tests (loading the knowledge base takes seconds in debug builds).
enum SharedPipeline {
    static let pipeline: Pipeline? = try? Pipeline()
}

@Suite struct ContradictionTests {
    func flags(_ text: String, published: String, language: String) throws -> (Document, [KnowledgeFlag]) {
        let pipeline = try #require(SharedPipeline.pipeline)
        var doc = pipeline.code(text: text, published: CalendarDay(parsing: published), language: language)
        doc.flags = []
        ContradictionDetector(knowledge: pipeline.knowledge).detect(&doc)
        return (doc, doc.flags)
    }

    @Test func frenchReferenceBackToTheOrganizationFlagsAFormerMember() throws {
        let text = "En novembre, le président russe s’est rendu en Arménie pour un sommet de l’Organisation du traité de sécurité collective (OTSC).\n"
            + "Le groupe d’États ex-soviétiques dirigé par Moscou, dont l’Arménie, l’Azerbaïdjan et le Kazakhstan, s’est réuni à Erevan."
        let (doc, flags) = try flags(text, published: "2022-11-24", language: "fr")
        #expect(flags.count == 1, "\(flags)")
        let flag = try #require(flags.first)
        #expect(flag.kind == "membership")
        #expect(flag.message.contains("Azerbaijan"))
        #expect(flag.message.contains("1999-04-02"))
        #expect(doc.text(flag.evidence).hasPrefix("Le groupe"))
    }

    @Test func englishListAfterTheNameFlagsOnlyNonMembers() throws {
        let (_, flags) = try flags("The CSTO, including Russia, Armenia and Georgia, held a summit in Minsk on Tuesday.",
                                   published: "2023-05-10", language: "en")
        #expect(flags.map(\.message).count == 1, "\(flags)")
        #expect(flags.first?.message.contains("Georgia") == true)
    }

    @Test func membershipIsJudgedOnTheDocumentsDate() throws {
        let (_, flags) = try flags("The CSTO, including Russia, Armenia and Georgia, held a summit in Minsk on Tuesday.",
                                   published: "1997-05-10", language: "en")
        #expect(flags.isEmpty, "Georgia was a member in 1997: \(flags)")
    }

    @Test func countriesBeforeMembersOfAreChecked() throws {
        let (_, flags) = try flags("Armenia, Kazakhstan and Azerbaijan, members of the CSTO, sent envoys to Moscow.",
                                   published: "2023-02-01", language: "en")
        #expect(flags.count == 1, "\(flags)")
        #expect(flags.first?.message.contains("Azerbaijan") == true)
    }

    @Test func aCountryFollowedByAVerbIsNotAList() throws {
        let (_, flags) = try flags("L’OTSC, dont l’Azerbaïdjan est sorti en 1999, s’est réunie à Erevan.",
                                   published: "2022-11-24", language: "fr")
        #expect(flags.isEmpty, "\(flags)")
    }

    @Test func seedArticleFlagsAzerbaijan() throws {
        let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")
        let seed = shared.appendingPathComponent("seeds/000_7b1f1785c4cd37aa.txt")
        guard let text = try? String(contentsOf: seed, encoding: .utf8) else {
            print("skipped: ../shared not found")
            return
        }
        let (_, flags) = try flags(text, published: "2022-11-24", language: "fr")
        #expect(flags.contains { $0.kind == "membership" && $0.message.contains("Azerbaijan") }, "\(flags)")
        #expect(!flags.contains { $0.message.contains("Armenia") || $0.message.contains("Kazakhstan") })
    }
}
