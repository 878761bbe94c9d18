import Foundation
import SitrepModel
import Testing
@testable import SitrepKnowledge

/// A sample of the foreign and defence ministers in kb/people.txt (G20, South Caucasus, Belarus, Israel, Iran, Syria):
/// codes on both sides of a change of office, and titles in text resolved to the holder on the document's date.
@Suite struct MinistersTests {
    func code(_ id: String, _ date: String) -> String? { Fixture.code(id, date) }

    func holder(_ text: String, _ surface: String, _ date: String, _ language: String) -> String? {
        Fixture.holder(text, surface, date, language)
    }

    @Test func codesFollowTheOffice() {
        // A foreign minister is GOV in office, a defence minister MIL; after office the person's default code.
        #expect(code("person.jean-yves-le-drian", "2016-01-01") == "FRAMIL")
        #expect(code("person.jean-yves-le-drian", "2019-01-01") == "FRAGOV")
        #expect(code("person.jean-yves-le-drian", "2023-01-01") == "FRAELI")
        #expect(code("person.ursula-von-der-leyen", "2018-01-01") == "DEUMIL")
        #expect(code("person.ursula-von-der-leyen", "2020-06-01") == "IGOEUREEC")
        #expect(code("person.taro-kono", "2018-06-01") == "JPNGOV")
        #expect(code("person.taro-kono", "2020-01-01") == "JPNMIL")
        #expect(code("person.benny-gantz", "2021-06-01") == "ISRMIL")
        #expect(code("person.benny-gantz", "2023-03-01") == "ISROPP")
        #expect(code("person.naftali-bennett", "2020-01-01") == nil) // the entry is person.bennett
        #expect(code("person.bennett", "2020-01-01") == "ISRMIL")
        #expect(code("person.bennett", "2018-01-01") == "ISRGOV")
    }

    @Test func regionalGovernorsOfTheWar() {
        // Heads installed in occupied Donetsk: rebels before the annexation of 30 September 2022, Russian government after.
        #expect(code("person.denis-pushilin", "2022-09-29") == "UKRREB")
        #expect(code("person.denis-pushilin", "2022-10-01") == "RUSGOV")
        let d = Fixture.doc("Le gouverneur de Kharkiv, Oleh Synehoubov, a annoncé que Vyacheslav Gladkov avait menti.",
                            date: "2024-05-12", language: "fr")
        #expect(Fixture.mention(d, "Oleh Synehoubov")?.actor?.code == "UKRGOV")
        #expect(Fixture.mention(d, "Vyacheslav Gladkov")?.actor?.code == "RUSGOV")
    }

    @Test func englishTitlesOnBothSidesOfAChange() {
        let uk = "The British foreign secretary met the British defence secretary."
        #expect(holder(uk, "British foreign secretary", "2019-07-23", "en") == "person.jeremy-hunt")
        #expect(holder(uk, "British foreign secretary", "2019-07-25", "en") == "person.dominic-raab")
        #expect(holder(uk, "British defence secretary", "2023-08-30", "en") == "person.ben-wallace")
        #expect(holder(uk, "British defence secretary", "2023-09-01", "en") == "person.grant-shapps")
        let jp = "The Japanese defense minister spoke."
        #expect(holder(jp, "Japanese defense minister", "2025-10-01", "en") == "person.gen-nakatani")
        #expect(holder(jp, "Japanese defense minister", "2025-11-01", "en") == "person.shinjiro-koizumi")
        let sy = "Syria's foreign minister arrived."
        #expect(holder(sy, "Syria's foreign minister", "2019-01-01", "en") == "person.walid-muallem")
        #expect(holder(sy, "Syria's foreign minister", "2025-03-01", "en") == "person.asaad-al-shaibani")
    }

    @Test func frenchAndRussianTitles() {
        let fr = "Le ministre des Affaires étrangères allemand a rencontré son homologue."
        #expect(holder(fr, "ministre des Affaires étrangères allemand", "2020-05-01", "fr") == "person.heiko-maas")
        #expect(holder(fr, "ministre des Affaires étrangères allemand", "2022-05-01", "fr") == "person.annalena-baerbock")
        let diplo = "Le chef de la diplomatie française est arrivé."
        #expect(holder(diplo, "chef de la diplomatie française", "2023-03-01", "fr") == "person.catherine-colonna")
        #expect(holder(diplo, "chef de la diplomatie française", "2025-03-01", "fr") == "person.jean-noel-barrot")
        let ru = "Министр обороны Беларуси заявил об учениях."
        #expect(holder(ru, "Министр обороны Беларуси", "2019-06-01", "ru") == "person.andrei-ravkov")
        #expect(holder(ru, "Министр обороны Беларуси", "2021-06-01", "ru") == "person.viktor-khrenin")
    }

    /// The instrumental of surnames declined like adjectives: "-ым"/"-им" (Путиным, Алиевым), "-ским"/"-ським" (Зеленским).
    @Test func russianAndUkrainianInstrumental() {
        let ru = Fixture.doc("Лавров встретился с Путиным, Алиевым и Зеленским.", date: "2021-06-01", language: "ru")
        #expect(Fixture.mention(ru, "Путиным")?.actor?.entity == "person.putin")
        #expect(Fixture.mention(ru, "Алиевым")?.actor?.code == "AZEGOV")
        #expect(Fixture.mention(ru, "Зеленским")?.actor?.entity == "person.zelensky")
        let uk = Fixture.doc("Сибіга зустрівся з Зеленським у Києві.", date: "2025-01-10", language: "uk")
        #expect(Fixture.mention(uk, "Зеленським")?.actor?.entity == "person.zelensky")
        #expect(Fixture.mention(uk, "Сибіга")?.actor?.entity == "person.sybiha")
        // "Белоруссия", the name Russian media use beside "Беларусь".
        let by = Fixture.doc("Учения прошли в Белоруссии.", date: "2021-06-01", language: "ru")
        #expect(by.mentions.contains { $0.actor?.code == "BLR" || $0.place?.country == "BLR" })
    }

    @Test func namesInTheirLanguages() {
        let d = Fixture.doc("Sergueï Lavrov a reçu Annalena Baerbock et Hakan Fidan.", date: "2023-07-01", language: "fr")
        #expect(Fixture.mention(d, "Annalena Baerbock")?.actor?.code == "DEUGOV")
        let ru = Fixture.doc("Хулуси Акар провёл переговоры с Бени Ганцем.", date: "2021-06-01", language: "ru")
        #expect(Fixture.mention(ru, "Хулуси Акар")?.actor?.code == "TURMIL")
        #expect(ru.mentions.contains { $0.actor?.entity == "person.benny-gantz" })
    }
}
