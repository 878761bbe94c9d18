import Foundation
import SitrepModel
import Testing
@testable import SitrepCoding

/// Russian is coded from data alone (triggers-ru.txt, kb/agents-ru.txt, kb/countries-ru.txt): news sentences of
/// the kinds the seed article reports, through language identification, lemmas, recognition, time and coding.
@Suite struct RussianTests {
    /// Events of a text read as Russian (short sentences full of names are uncertain for identification alone;
    /// the pipeline resolves those towards a coded language, this stage-level helper is told).
    func coded(_ text: String, _ published: String = "2023-06-01", language: String = "ru") -> [Event] {
        Staged.shared.document(text: text, published: CalendarDay(parsing: published), language: language).events
    }

    @Test func shellingByAdjectiveAndSector() {
        let e = coded("Российские войска обстреляли Харьков в ночь на среду.")
        #expect(e.contains { $0.source?.code == "RUSMIL" && $0.target?.code == "UKR" && $0.code == "194" && $0.place?.name == "Kharkiv" },
                "\(e.map(\.code))")
    }

    @Test func accusationReportedBySpeakerIsClaimed() {
        let e = coded("Украина обвинила Россию в обстреле Херсона, заявил Зеленский.")
        #expect(e.contains { $0.source?.code == "UKR" && $0.target?.code == "RUS" && $0.code == "112" && $0.modality == .claimed
            && $0.speakers.contains { $0.code == "UKRGOV" } })
    }

    @Test func criticismAtTheSummitWithDatedRole() {
        let e = coded("Премьер-министр Армении Никол Пашинян раскритиковал ОДКБ на саммите в Ереване.", "2022-11-23")
        #expect(e.contains { $0.source?.code == "ARMGOV" && $0.target?.code == "IGOCSTO" && $0.code == "111" })
    }

    @Test func visitMeetingSanctionsAndArms() {
        #expect(coded("Путин посетил Ереван в среду.", "2022-11-23").contains { $0.source?.code == "RUSGOV" && $0.target?.code == "ARM" && $0.code == "042" })
        #expect(coded("Президент Казахстана Касым-Жомарт Токаев встретился с Путиным в Москве.").contains {
            $0.source?.code == "KAZGOV" && $0.target?.code == "RUSGOV" && $0.code == "040" })
        #expect(coded("Евросоюз ввёл новые санкции против России.").contains { $0.target?.code == "RUS" && $0.code == "163" })
        #expect(coded("Американские военные передали Украине ракеты.").contains { $0.source?.code == "USAMIL" && $0.target?.code == "UKR" && $0.code == "072" })
    }

    @Test func negationAndBuildUp() {
        #expect(coded("Россия не атаковала Киев, заявил Песков.").contains { $0.code == "190" && $0.modality == .negated })
        #expect(coded("Россия стягивает войска к Луганску.", "2023-02-01").contains { $0.source?.code == "RUS" && $0.code == "154" })
    }

    /// A verb between a country and a bare sector word keeps them two actors: the troops are the object.
    @Test func verbBetweenCountryAndSectorWordInEnglishToo() {
        let e = coded("Russia massed troops.", "2023-02-01", language: "en")
        #expect(e.contains { $0.source?.code == "RUS" && $0.code == "154" }, "\(e.map(\.code))")
    }
}
