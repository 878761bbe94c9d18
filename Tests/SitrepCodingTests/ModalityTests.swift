import Testing
import SitrepModel
@testable import SitrepCoding

/// Each modality rule in French and in English, plus places, dates and fatalities.
@Suite struct ModalityTests {
    @Test func reportedSpeechFr() {
        let b = DocBuilder("La Russie rassemble des troupes dans la région de Louhansk en Ukraine, ont déclaré mercredi des responsables locaux.", language: "fr")
        b.country("Russie", "RUS").place("Louhansk", country: "UKR", precision: .admin1).country("Ukraine", "UKR").agent("responsables locaux", "GOV")
        b.timex("mercredi", CalendarDay(year: 2023, month: 2, day: 1), precision: .day)
        let e = b.coded().first { $0.root == "15" }
        #expect(e?.modality == .claimed)
        #expect(e?.speakers.map(\.code) == ["---GOV"])
        #expect(e?.place?.name == "Louhansk")
        #expect(e?.date == CalendarDay(year: 2023, month: 2, day: 1))
        #expect(e?.target?.code == "UKR")
    }

    @Test func reportedSpeechEn() {
        let b = DocBuilder("Russia attacked Ukraine overnight, Kyiv said.", language: "en")
        b.country("Russia", "RUS").country("Ukraine", "UKR").actor("Kyiv", "UKRGOV")
        let e = b.coded().first
        #expect(e?.triple == "RUS>UKR:190")
        #expect(e?.modality == .claimed)
        #expect(e?.speakers.map(\.code) == ["UKRGOV"])
    }

    @Test func accordingToNamesTheSpeaker() {
        let fr = DocBuilder("Selon Haidai, la Russie a attaqué l’Ukraine.", language: "fr")
        fr.actor("Haidai", "UKRGOV", name: "Serhii Haidai").country("Russie", "RUS").country("Ukraine", "UKR")
        #expect(fr.coded().first?.speakers.first?.name == "Serhii Haidai")
        #expect(fr.coded().first?.triple == "RUS>UKR:190")
        let en = DocBuilder("According to Haidai, Russia attacked Ukraine.", language: "en")
        en.actor("Haidai", "UKRGOV", name: "Serhii Haidai").country("Russia", "RUS").country("Ukraine", "UKR")
        #expect(en.coded().first?.speakers.first?.name == "Serhii Haidai")
        #expect(en.coded().first?.modality == .claimed)
    }

    @Test func bothSidesAreTheSpeakersFr() {
        let b = DocBuilder("La tension est montée en septembre entre l’Arménie et l’Azerbaïdjan et les deux parties affirment que plus de 200 soldats sont morts dans le conflit.", language: "fr")
        b.country("Arménie", "ARM").country("Azerbaïdjan", "AZE")
        b.timex("en septembre", CalendarDay(year: 2022, month: 9, day: 1), end: CalendarDay(year: 2022, month: 9, day: 30), precision: .month)
        let events = b.coded()
        #expect(Set(events.map(\.triple)) == ["ARM>AZE:190", "AZE>ARM:190"])
        #expect(events.allSatisfy { $0.modality == .claimed && Set($0.speakers.map(\.code)) == ["ARM", "AZE"] })
        #expect(events.allSatisfy { $0.fatalities == Fatalities(min: 200, max: nil) })
        #expect(events.allSatisfy { $0.datePrecision == .month && $0.date == CalendarDay(year: 2022, month: 9, day: 1) })
    }

    @Test func bothSidesAreTheSpeakersEn() {
        let b = DocBuilder("Fighting broke out between Armenia and Azerbaijan and both sides said at least 12 soldiers were killed.", language: "en")
        b.country("Armenia", "ARM").country("Azerbaijan", "AZE")
        let events = b.coded().filter { $0.root == "19" }
        #expect(!events.isEmpty)
        #expect(events.allSatisfy { Set($0.speakers.map(\.code)) == ["ARM", "AZE"] })
        #expect(events.allSatisfy { $0.fatalities == Fatalities(min: 12, max: nil) })
    }

    @Test func predictionFr() {
        let b = DocBuilder("Les analystes anticipent une nouvelle offensive russe contre l’Ukraine.", language: "fr")
        b.country("russe", "RUS").country("Ukraine", "UKR")
        let e = b.coded().first
        #expect(e?.triple == "RUS>UKR:190")
        #expect(e?.modality == .predicted)
    }

    @Test func predictionEn() {
        let b = DocBuilder("Russia is expected to attack Ukraine.", language: "en")
        b.country("Russia", "RUS").country("Ukraine", "UKR")
        #expect(b.coded().first?.modality == .predicted)
        let will = DocBuilder("The United States will supply arms to Israel.", language: "en")
        will.country("United States", "USA").country("Israel", "ISR")
        #expect(will.coded().first?.modality == .predicted)
    }

    @Test func hypotheticalFr() {
        let b = DocBuilder("Une offensive russe pourrait coïncider avec l’anniversaire de l’invasion de l’Ukraine.", language: "fr")
        b.country("russe", "RUS").country("Ukraine", "UKR")
        let events = b.coded()
        #expect(events.first { $0.code == "190" }?.modality == .hypothetical)
        #expect(events.first { $0.code == "192" }?.modality == .asserted)
    }

    @Test func hypotheticalEn() {
        let b = DocBuilder("Russia could attack Ukraine.", language: "en")
        b.country("Russia", "RUS").country("Ukraine", "UKR")
        #expect(b.coded().first?.modality == .hypothetical)
        let cond = DocBuilder("If Russia attacks Ukraine, Poland will respond.", language: "en")
        cond.country("Russia", "RUS").country("Ukraine", "UKR").country("Poland", "POL")
        #expect(cond.coded().first { $0.code == "190" }?.modality == .hypothetical)
    }

    @Test func negationFr() {
        let b = DocBuilder("La Russie n’a pas attaqué l’Ukraine.", language: "fr")
        b.country("Russie", "RUS").country("Ukraine", "UKR")
        #expect(b.coded().first?.modality == .negated)
    }

    @Test func negationEn() {
        let b = DocBuilder("Russia did not attack Ukraine.", language: "en")
        b.country("Russia", "RUS").country("Ukraine", "UKR")
        #expect(b.coded().first?.modality == .negated)
        let never = DocBuilder("Russia never attacked Ukraine.", language: "en")
        never.country("Russia", "RUS").country("Ukraine", "UKR")
        #expect(never.coded().first?.modality == .negated)
    }

    @Test func quotedSpeakerIsSourceFr() {
        let b = DocBuilder("M. Pashinyan a déclaré : « Nous condamnons l’Azerbaïdjan. »", language: "fr")
        b.actor("Pashinyan", "ARMGOV", name: "Nikol Pashinyan").country("Azerbaïdjan", "AZE")
        #expect(b.coded().map(\.triple) == ["ARMGOV>AZE:111"])
    }

    @Test func quotedSpeakerIsSourceEn() {
        let b = DocBuilder("Pashinyan said: “We condemn Azerbaijan.”", language: "en")
        b.actor("Pashinyan", "ARMGOV", name: "Nikol Pashinyan").country("Azerbaijan", "AZE")
        #expect(b.coded().map(\.triple) == ["ARMGOV>AZE:111"])
    }

    @Test func placeOnlyFromTheTriggersClause() {
        let fr = DocBuilder("À Kiev, les responsables disent que la Russie a attaqué l’Ukraine.", language: "fr")
        fr.place("Kiev", country: "UKR").agent("responsables", "GOV").country("Russie", "RUS").country("Ukraine", "UKR")
        #expect(fr.coded().first { $0.code == "190" }?.place == nil)
        let en = DocBuilder("Russia massed troops in Donetsk, officials in Kyiv said.", language: "en")
        en.country("Russia", "RUS").place("Donetsk", country: "UKR", precision: .admin1).place("Kyiv", country: "UKR")
        #expect(en.coded().first?.place?.name == "Donetsk")
        #expect(en.coded().first?.code == "154")
    }

    @Test func dates() {
        let present = DocBuilder("La Russie attaque l’Ukraine.", language: "fr")
        present.country("Russie", "RUS").country("Ukraine", "UKR")
        #expect(present.coded().first?.date == CalendarDay(year: 2023, month: 2, day: 1))
        #expect(present.coded().first?.datePrecision == .day)
        let past = DocBuilder("Russia attacked Ukraine.", language: "en")
        past.country("Russia", "RUS").country("Ukraine", "UKR")
        #expect(past.coded().first?.date == nil)
        let season = DocBuilder("Donetsk est l’une des provinces que la Russie a annexées à l’automne.", language: "fr")
        season.place("Donetsk", country: "UKR", precision: .admin1).country("Russie", "RUS")
        season.timex("à l’automne", CalendarDay(year: 2022, month: 9, day: 22), end: CalendarDay(year: 2022, month: 12, day: 20), precision: .season)
        let annex = season.coded().first
        #expect(annex?.root == "19")
        #expect(annex?.datePrecision == .season)
        #expect(annex?.dateEnd == CalendarDay(year: 2022, month: 12, day: 20))
    }

    @Test func fatalityRules() {
        let cases: [(String, String, Fatalities)] = [
            ("fr", "La Russie a attaqué l’Ukraine : au moins 12 morts.", Fatalities(min: 12, max: nil)),
            ("en", "Russia attacked Ukraine, killing 5 people.", Fatalities(min: 5, max: 5)),
            ("en", "Russia attacked Ukraine and dozens were killed.", Fatalities(min: 24, max: nil)),
            ("en", "Russia attacked Ukraine; between 10 and 20 people were killed.", Fatalities(min: 10, max: 20)),
            ("fr", "La Russie a attaqué l’Ukraine, faisant de 10 à 20 morts.", Fatalities(min: 10, max: 20)),
        ]
        for (lang, text, want) in cases {
            let b = DocBuilder(text, language: lang)
            b.country(lang == "fr" ? "Russie" : "Russia", "RUS").country("Ukraine", "UKR")
            #expect(b.coded().first?.fatalities == want, "\(text)")
        }
    }
}
