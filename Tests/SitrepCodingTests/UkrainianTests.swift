import Foundation
import SitrepModel
import Testing
@testable import SitrepCoding

/// Ukrainian is coded from data alone (triggers-uk.txt lists each trigger's forms, as no lemma table is bundled;
/// kb/countries-uk.txt gives the adjectives): the seed's kinds of events in Ukrainian news sentences.
@Suite struct UkrainianTests {
    func coded(_ text: String, _ published: String = "2023-06-01") -> [Event] {
        Staged.shared.document(text: text, published: CalendarDay(parsing: published), language: "uk").events
    }

    @Test func shellingByAdjectiveAndSector() {
        #expect(coded("Російські війська обстріляли Харків у ніч на середу.").contains {
            $0.source?.code == "RUSMIL" && $0.target?.code == "UKR" && $0.code == "194" && $0.place?.name == "Kharkiv" })
    }

    @Test func buildUpReportedByTheGovernor() {
        let e = coded("Росія стягує війська до Луганської області, повідомив голова адміністрації Сергій Гайдай.", "2023-02-01")
        #expect(e.contains { $0.source?.code == "RUS" && $0.code == "154" && $0.modality == .claimed
            && $0.speakers.contains { $0.code == "UKRGOV" } }, "\(e.map(\.code))")
    }

    @Test func accusationCriticismVisitAndNegation() {
        #expect(coded("Україна звинуватила Росію в обстрілі Херсона, заявив Зеленський.").contains {
            $0.source?.code == "UKR" && $0.target?.code == "RUS" && $0.code == "112" && $0.modality == .claimed })
        #expect(coded("Прем'єр-міністр Вірменії Нікол Пашинян розкритикував ОДКБ на саміті в Єревані.", "2022-11-23").contains {
            $0.source?.code == "ARMGOV" && $0.target?.code == "IGOCSTO" && $0.code == "111" })
        #expect(coded("Путін відвідав Єреван у середу.", "2022-11-23").contains { $0.source?.code == "RUSGOV" && $0.code == "042" })
        #expect(coded("Росія не атакувала Київ, заявив Пєсков.").contains { $0.code == "190" && $0.modality == .negated })
    }
}
