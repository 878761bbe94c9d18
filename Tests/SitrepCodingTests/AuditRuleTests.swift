import Foundation
import Testing
import SitrepModel
@testable import SitrepCoding

/// Rules from the precision audit of real French and English news, each in French and in English.
/// Where one language already coded the case right (its lexicon or suffixes cover it), its test holds that
/// behaviour so the two languages stay alike.

/// A light verb is an event only through a pattern: its meaning is its object.
@Suite struct LightVerbTests {
    @Test func takeMeasuresEn() {
        let b = DocBuilder("The Palestinians would take a series of measures.", language: "en")
        b.country("Palestinians", "PSE")
        #expect(b.coded().isEmpty)
    }

    @Test func takeMeasuresFr() {
        let b = DocBuilder("Les Palestiniens prendront une série de mesures.", language: "fr")
        b.country("Palestiniens", "PSE")
        #expect(b.coded().isEmpty)
    }

    @Test func notTakeAStepBackEn() {
        let b = DocBuilder("China will not take a step back.", language: "en")
        b.country("China", "CHN")
        #expect(b.coded().isEmpty)
    }

    @Test func takeATownEn() {
        let b = DocBuilder("Russian forces took the town of Kupiansk.", language: "en")
        b.actor("Russian forces", "RUSMIL").place("Kupiansk", country: "UKR")
        #expect(b.coded().map(\.triple) == ["RUSMIL>UKR:192"])
    }

    @Test func takeATownFr() {
        let b = DocBuilder("Les forces russes ont pris la ville de Koupiansk.", language: "fr")
        b.actor("forces russes", "RUSMIL").place("Koupiansk", country: "UKR")
        #expect(b.coded().map(\.triple) == ["RUSMIL>UKR:192"])
    }

    @Test func addedToAListEn() {
        let b = DocBuilder("Denmark, Slovakia and Iceland added to quarantine list.", language: "en")
        b.country("Denmark", "DNK").country("Slovakia", "SVK").country("Iceland", "ISL")
        #expect(b.coded().isEmpty)
    }

    @Test func addedToAListFr() {
        let b = DocBuilder("Le Danemark, la Slovaquie et l'Islande ajoutés à la liste de quarantaine.", language: "fr")
        b.country("Danemark", "DNK").country("Slovaquie", "SVK").country("Islande", "ISL")
        #expect(b.coded().isEmpty)
    }

    @Test func facesASentenceEn() {
        let b = DocBuilder("Assange faces a maximum sentence of 175 years in the United States.", language: "en")
        b.actor("Assange", "AUSMED").country("United States", "USA")
        #expect(b.coded().isEmpty)
    }

    @Test func considerIsNoMeetingEn() {
        let b = DocBuilder("Jordan considers Israel an obstacle to peace.", language: "en")
        b.country("Jordan", "JOR").country("Israel", "ISR")
        #expect(!b.coded().contains { $0.root == "04" })
    }

    @Test func considerIsNoMeetingFr() {
        let b = DocBuilder("La Jordanie considère Israël comme un obstacle à la paix.", language: "fr")
        b.country("Jordanie", "JOR").country("Israël", "ISR")
        #expect(!b.coded().contains { $0.root == "04" })
    }
}

/// Verbs that spread, count or see are no report: the event beside them stays asserted.
@Suite struct NotReportingTests {
    @Test func disperseIsNoReportEn() {
        let b = DocBuilder("Police fired tear gas at protesters to disperse the crowd.", language: "en")
        b.actor("Police", "IRNCOP").agent("protesters", "OPP")
        let e = b.coded()
        #expect(!e.isEmpty)
        #expect(e.allSatisfy { $0.modality == .asserted && $0.speakers.isEmpty })
    }

    @Test func disperseIsNoReportFr() {
        let b = DocBuilder("La police a tiré des gaz lacrymogènes sur les manifestants pour disperser la foule.", language: "fr")
        b.actor("police", "IRNCOP").agent("manifestants", "OPP")
        let e = b.coded()
        #expect(!e.isEmpty)
        #expect(e.allSatisfy { $0.modality == .asserted && $0.speakers.isEmpty })
    }
}

/// Force "against" no actor is a campaign against a problem, not an event.
@Suite struct AgainstNoActorTests {
    @Test func fightAgainstAProblemEn() {
        let b = DocBuilder("Ukraine is fighting against corruption.", language: "en")
        b.country("Ukraine", "UKR")
        #expect(b.coded().isEmpty)
    }

    @Test func fightAgainstAProblemFr() {
        let b = DocBuilder("Les médecins tchèques luttent contre la pandémie.", language: "fr")
        b.actor("médecins tchèques", "CZEMED")
        #expect(b.coded().isEmpty)
    }

    @Test func fightAgainstAnActorEn() {
        let b = DocBuilder("Armenia is fighting against Azerbaijan.", language: "en")
        b.country("Armenia", "ARM").country("Azerbaijan", "AZE")
        #expect(b.coded().map(\.triple).contains("ARM>AZE:190"))
    }

    @Test func fightAgainstAnActorFr() {
        let b = DocBuilder("L'Arménie lutte contre l'Azerbaïdjan.", language: "fr")
        b.country("Arménie", "ARM").country("Azerbaïdjan", "AZE")
        #expect(b.coded().map(\.triple).contains("ARM>AZE:190"))
    }
}

/// A passive with an irregular participle: the "by" actor is the source, the subject the target.
@Suite struct IrregularPassiveTests {
    @Test func heldByEn() {
        let b = DocBuilder("Two Americans were held by the Taliban.", language: "en")
        b.country("Americans", "USA").actor("Taliban", "AFGREB")
        let e = b.coded()
        #expect(!e.isEmpty)
        #expect(e.allSatisfy { $0.source?.code == "AFGREB" && $0.target?.code == "USA" })
    }

    @Test func heldByFr() {
        let b = DocBuilder("Deux Américains ont été arrêtés par les talibans.", language: "fr")
        b.country("Américains", "USA").actor("talibans", "AFGREB")
        let e = b.coded()
        #expect(!e.isEmpty)
        #expect(e.allSatisfy { $0.source?.code == "AFGREB" && $0.target?.code == "USA" })
    }
}

/// Negation after the verb, through an adverb.
@Suite struct NegationAfterAdverbTests {
    @Test func occupiesNoCountryFr() {
        let b = DocBuilder("Les États-Unis n'occupent militairement aucun pays.", language: "fr")
        b.country("États-Unis", "USA")
        let e = b.coded()
        #expect(!e.isEmpty)
        #expect(e.allSatisfy { $0.modality == .negated })
    }

    @Test func occupiesNoCountryEn() {
        let b = DocBuilder("The United States does not militarily occupy any country.", language: "en")
        b.country("United States", "USA")
        #expect(b.coded().allSatisfy { $0.modality == .negated })
    }
}

/// A scheduled act ("doit se rendre", "is due to visit") has not happened yet.
@Suite struct ScheduledTests {
    @Test func dueToVisitEn() {
        let b = DocBuilder("The prime minister is due to visit Prague on Friday.", language: "en")
        b.actor("prime minister", "CZEGOV").place("Prague", country: "CZE")
        let e = b.coded()
        #expect(!e.isEmpty)
        #expect(e.allSatisfy { $0.modality == .predicted })
    }

    @Test func doitSeRendreFr() {
        let b = DocBuilder("Le Premier ministre doit se rendre vendredi à Prague.", language: "fr")
        b.actor("Premier ministre", "CZEGOV").place("Prague", country: "CZE")
        let e = b.coded()
        #expect(!e.isEmpty)
        #expect(e.allSatisfy { $0.modality == .predicted })
    }
}

/// Security forces named as the subject are not the source of a protest noun after them.
@Suite struct ForcesDoNotProtestTests {
    @Test func disperseProtestsEn() {
        let b = DocBuilder("Security forces used tear gas to disperse protests.", language: "en")
        b.agent("Security forces", "MIL")
        #expect(!b.coded().contains { $0.root == "14" })
    }

    @Test func disperseProtestsFr() {
        let b = DocBuilder("Les forces de sécurité ont utilisé des gaz lacrymogènes pour disperser les manifestations.", language: "fr")
        b.agent("forces de sécurité", "MIL")
        #expect(!b.coded().contains { $0.root == "14" })
    }

    @Test func protestersStillProtestEn() {
        let b = DocBuilder("Students staged protests in the capital.", language: "en")
        b.agent("Students", "EDU")
        #expect(b.coded().contains { $0.root == "14" })
    }
}

/// A participle coordinated with an earlier passive is passive too: its subject is the target.
@Suite struct CoordinatedPassiveTests {
    @Test func evictedAndSentencedEn() {
        let b = DocBuilder("The Australian was evicted in April and sentenced to 50 weeks.", language: "en")
        b.country("Australian", "AUS")
        #expect(!b.coded().contains { $0.source?.code == "AUS" })
    }

    @Test func expulseEtCondamneFr() {
        let b = DocBuilder("L'Australien a été arrêté en avril et expulsé vers Canberra.", language: "fr")
        b.country("Australien", "AUS")
        #expect(!b.coded().contains { $0.source?.code == "AUS" })
    }

    @Test func activeCoordinationKeepsItsSubjectFr() {
        let b = DocBuilder("Le ministère a condamné ces frappes et accusé Moscou de viser des civils.", language: "fr")
        b.actor("ministère", "UKRGOV").country("Moscou", "RUS")
        #expect(b.coded().map(\.triple).contains("UKRGOV>RUS:112"))
    }
}

/// "aggression of X against Y" names X's attack on Y, not an accusation made by X.
@Suite struct AggressionNounTests {
    @Test func quotedAggressionEn() {
        let b = DocBuilder("\"There was no response to the aggression of Azerbaijan against Armenia,\" Pashinyan said.", language: "en")
        b.country("Azerbaijan", "AZE").country("Armenia", "ARM").actor("Pashinyan", "ARMGOV")
        let e = b.coded()
        #expect(!e.contains { $0.source?.code == "AZE" && $0.code.hasPrefix("112") })
        #expect(e.contains { $0.triple == "AZE>ARM:190" && $0.modality == .claimed && $0.speakers.map(\.code) == ["ARMGOV"] })
    }

    @Test func quotedAggressionFr() {
        let b = DocBuilder("« Nous n'avons pas de réponse à l'agression de l'Azerbaïdjan contre l'Arménie », a déclaré Pachinian.", language: "fr")
        b.country("Azerbaïdjan", "AZE").country("Arménie", "ARM").actor("Pachinian", "ARMGOV")
        let e = b.coded()
        #expect(!e.contains { $0.source?.code == "AZE" && $0.code.hasPrefix("112") })
        #expect(e.contains { $0.triple == "AZE>ARM:190" && $0.modality == .claimed && $0.speakers.map(\.code) == ["ARMGOV"] })
    }

    @Test func reportedAggressionIsAnAccusationEn() {
        let b = DocBuilder("Pashinyan said the aggression of Azerbaijan against Armenia went unanswered.", language: "en")
        b.country("Azerbaijan", "AZE").country("Armenia", "ARM").actor("Pashinyan", "ARMGOV")
        #expect(b.coded().map(\.triple) == ["ARMGOV>AZE:112"])
    }

    @Test func reportedAggressionIsAnAccusationFr() {
        let b = DocBuilder("Pachinian a affirmé que l'agression de l'Azerbaïdjan contre l'Arménie est restée sans réponse.", language: "fr")
        b.country("Azerbaïdjan", "AZE").country("Arménie", "ARM").actor("Pachinian", "ARMGOV")
        #expect(b.coded().map(\.triple) == ["ARMGOV>AZE:112"])
    }
}

/// A present participle describing a noun ("a ruling declaring …") is no report opener.
@Suite struct ModifyingParticipleTests {
    @Test func rulingDeclaringEn() {
        let b = DocBuilder("China denounced a Hong Kong court ruling declaring the mask ban unconstitutional.", language: "en")
        b.country("China", "CHN").actor("Hong Kong court", "HKGJUD")
        let e = b.coded()
        #expect(e.map(\.triple).contains("CHN>HKGJUD:111"))
        #expect(e.allSatisfy { $0.modality == .asserted && $0.speakers.isEmpty })
    }

    @Test func decisionDeclarantFr() {
        let b = DocBuilder("La Chine a dénoncé une décision de la justice de Hong Kong déclarant l'interdiction inconstitutionnelle.", language: "fr")
        b.country("Chine", "CHN").actor("justice de Hong Kong", "HKGJUD")
        let e = b.coded()
        #expect(e.map(\.triple).contains("CHN>HKGJUD:111"))
        #expect(e.allSatisfy { $0.modality == .asserted && $0.speakers.isEmpty })
    }

    @Test func commaSayingStillReportsEn() {
        let b = DocBuilder("The ministry issued a statement, saying Russian forces shelled Kharkiv.", language: "en")
        b.actor("ministry", "UKRGOV").actor("Russian forces", "RUSMIL").place("Kharkiv", country: "UKR")
        #expect(b.coded().contains { $0.modality == .claimed })
    }
}

/// A noun is negated by its own determiner, not by a negation before a preposition.
@Suite struct NounNegationTests {
    @Test func noResponseToTheAttackEn() {
        let b = DocBuilder("There was no response to the attack by Azerbaijan on Armenia.", language: "en")
        b.country("Azerbaijan", "AZE").country("Armenia", "ARM")
        #expect(b.coded().contains { $0.modality == .asserted })
    }

    @Test func pasDeReponseALAttaqueFr() {
        let b = DocBuilder("Il n'y a eu aucune réponse à l'attaque de l'Azerbaïdjan contre l'Arménie.", language: "fr")
        b.country("Azerbaïdjan", "AZE").country("Arménie", "ARM")
        #expect(b.coded().contains { $0.modality == .asserted })
    }

    @Test func noAttacksEn() {
        let b = DocBuilder("No new attacks by Azerbaijan on Armenia were reported.", language: "en")
        b.country("Azerbaijan", "AZE").country("Armenia", "ARM")
        #expect(b.coded().allSatisfy { $0.modality == .negated })
    }
}

/// A place completing an event noun ("à l'agression de l'Azerbaïdjan") is not where the event happened.
@Suite struct NounComplementPlaceTests {
    @Test func aggressionOfACountryEn() {
        let b = DocBuilder("\"There was no response in the aggression of Azerbaijan against Armenia,\" Pashinyan said.", language: "en")
        b.country("Azerbaijan", "AZE").country("Armenia", "ARM").actor("Pashinyan", "ARMGOV")
        let e = b.coded()
        #expect(!e.isEmpty)
        #expect(e.allSatisfy { $0.place?.country != "AZE" })
    }

    @Test func aggressionOfACountryFr() {
        let b = DocBuilder("« Nous n'avons pas de réponse à l'agression de l'Azerbaïdjan contre l'Arménie », a déclaré Pachinian.", language: "fr")
        b.country("Azerbaïdjan", "AZE").country("Arménie", "ARM").actor("Pachinian", "ARMGOV")
        let e = b.coded()
        #expect(!e.isEmpty)
        #expect(e.allSatisfy { $0.place?.country != "AZE" })
    }

    @Test func regionOfAPlaceStaysEn() {
        let b = DocBuilder("Russian forces shelled villages in the region of Kharkiv.", language: "en")
        b.actor("Russian forces", "RUSMIL").place("Kharkiv", country: "UKR", precision: .admin1)
        #expect(b.coded().contains { $0.place?.name == "Kharkiv" })
    }
}

/// An infinitive governed by a noun of purpose or reluctance is an aim or a refusal, not an event.
@Suite struct PurposeNounTests {
    @Test func missionToProvideEn() {
        let b = DocBuilder("The agency's mission is to provide free assistance to Kazakh exporters.", language: "en")
        b.actor("agency", "KAZGOV").agent("exporters", "BUS")
        #expect(b.coded().isEmpty)
    }

    @Test func pourMissionDeFournirFr() {
        let b = DocBuilder("L'agence a pour mission de fournir une assistance gratuite aux exportateurs kazakhs.", language: "fr")
        b.actor("agence", "KAZGOV").agent("exportateurs", "BUS")
        #expect(b.coded().isEmpty)
    }

    @Test func reluctanceToHelpEn() {
        let b = DocBuilder("Pashinyan clashed with Putin over the reluctance of Russia to help Armenia against Azerbaijan.", language: "en")
        b.actor("Pashinyan", "ARMGOV").actor("Putin", "RUSGOV").country("Russia", "RUS").country("Armenia", "ARM").country("Azerbaijan", "AZE")
        #expect(!b.coded().contains { $0.root == "07" })
    }

    @Test func reticenceAVenirEnAideFr() {
        let b = DocBuilder("Pachinian s'est affronté avec Poutine au sujet de la réticence de Poutine à lui venir en aide dans un conflit contre l'Azerbaïdjan.", language: "fr")
        b.actor("Pachinian", "ARMGOV").actor("Poutine", "RUSGOV").actor("Poutine", "RUSGOV", occurrence: 2).country("Azerbaïdjan", "AZE")
        #expect(!b.coded().contains { $0.root == "07" })
    }

    @Test func missionAttackedIsStillAnEventFr() {
        let b = DocBuilder("La mission de l'ONU à Kaboul a été attaquée par les talibans.", language: "fr")
        b.actor("ONU", "IGOUNO").place("Kaboul", country: "AFG").actor("talibans", "AFGREB")
        #expect(!b.coded().isEmpty)
    }
}

/// A purpose clause states an aim: its event nouns are no events, its verbs are hypothetical.
@Suite struct PurposeClauseTests {
    @Test func deploymentsInAPurposeClauseFr() {
        let b = DocBuilder("Les forces russes expulsent les habitants afin qu'ils ne puissent pas renseigner l'artillerie ukrainienne sur les déploiements de troupes russes.", language: "fr")
        b.actor("forces russes", "RUSMIL").agent("habitants", "CVL").actor("artillerie ukrainienne", "UKRMIL").actor("troupes russes", "RUSMIL")
        #expect(!b.coded().contains { $0.root == "15" })
    }

    @Test func deploymentsInAPurposeClauseEn() {
        let b = DocBuilder("Russian forces expel residents so that they cannot tell the Ukrainian artillery about Russian troop deployments.", language: "en")
        b.actor("Russian forces", "RUSMIL").agent("residents", "CVL").actor("Ukrainian artillery", "UKRMIL").actor("Russian troop", "RUSMIL")
        #expect(!b.coded().contains { $0.root == "15" })
    }

    @Test func shelledInOrderToCaptureEn() {
        let b = DocBuilder("Russian forces shelled Izium in order to capture Kupiansk.", language: "en")
        b.actor("Russian forces", "RUSMIL").place("Izium", country: "UKR").place("Kupiansk", country: "UKR")
        let e = b.coded()
        #expect(e.contains { $0.code == "194" && $0.modality == .asserted })
        #expect(e.filter { $0.root == "19" && $0.code != "194" }.allSatisfy { $0.modality == .hypothetical })
    }

    @Test func massedAfinDEnvahirFr() {
        let b = DocBuilder("Les forces russes se sont massées à la frontière afin d'envahir l'Ukraine.", language: "fr")
        b.actor("forces russes", "RUSMIL").country("Ukraine", "UKR")
        let invasion = b.coded().filter { $0.code == "192" }
        #expect(!invasion.isEmpty)
        #expect(invasion.allSatisfy { $0.modality == .hypothetical })
    }
}

/// Force between political actors or between two named people is a figure of speech: criticism, or nothing.
@Suite struct VerbalClashTests {
    @Test func lawmakersAttackAPresidentEn() {
        let b = DocBuilder("Democratic lawmakers attacked Biden during the debate.", language: "en")
        b.actor("Democratic lawmakers", "USALEG").person("Biden", "USAGOV", entity: "person.biden")
        #expect(b.coded().map(\.triple) == ["USALEG>USAGOV:111"])
    }

    @Test func pachinianAttaquePoutineFr() {
        let b = DocBuilder("Pachinian a attaqué Poutine lors du sommet.", language: "fr")
        b.person("Pachinian", "ARMGOV", entity: "person.pashinyan").person("Poutine", "RUSGOV", entity: "person.putin")
        #expect(b.coded().map(\.triple) == ["ARMGOV>RUSGOV:111"])
    }

    @Test func candidatesAttackAtADebateEn() {
        let b = DocBuilder("The moderate candidates attacked hard at the debate.", language: "en")
        b.actor("moderate candidates", "USAELI")
        #expect(b.coded().isEmpty)
    }

    @Test func aPresidentAttackingACountryIsForceFr() {
        let b = DocBuilder("Poutine a attaqué l'Ukraine en février 2022.", language: "fr")
        b.person("Poutine", "RUSGOV", entity: "person.putin").country("Ukraine", "UKR")
        #expect(b.coded().map(\.triple) == ["RUSGOV>UKR:190"])
    }
}

/// Coordinated subjects are each other's partners only when their clause names no one else.
@Suite struct CoordinatedPartnerTests {
    @Test func soughtToTalkToProtestersEn() {
        let b = DocBuilder("Lawmakers and a bishop who sought to talk to protesters were turned away.", language: "en")
        b.actor("Lawmakers", "HKGLEG").actor("bishop", "HKGCHR").actor("protesters", "HKGOPP")
        #expect(!b.coded().map(\.triple).contains("HKGLEG>HKGCHR:030"))
        #expect(!b.coded().map(\.triple).contains("HKGCHR>HKGLEG:030"))
    }

    @Test func soughtToTalkToProtestersFr() {
        let b = DocBuilder("Des députés et un évêque qui cherchaient à dialoguer avec les manifestants ont été refoulés.", language: "fr")
        b.actor("députés", "HKGLEG").actor("évêque", "HKGCHR").actor("manifestants", "HKGOPP")
        #expect(!b.coded().map(\.triple).contains("HKGLEG>HKGCHR:030"))
        #expect(!b.coded().map(\.triple).contains("HKGCHR>HKGLEG:030"))
    }

    @Test func agreedToTalkEn() {
        let b = DocBuilder("Russia and Ukraine agreed to talk.", language: "en")
        b.country("Russia", "RUS").country("Ukraine", "UKR")
        #expect(b.coded().map(\.triple).sorted() == ["RUS>UKR:050", "UKR>RUS:050"])
    }
}

/// "lead" codes only through its patterns: the bare verb is mostly a support verb in news.
@Suite struct LeadTests {
    @Test func leadsTheCoalitionEn() {
        let b = DocBuilder("Russia leads the coalition against Ukraine.", language: "en")
        b.country("Russia", "RUS").country("Ukraine", "UKR")
        #expect(!b.coded().contains { $0.code == "060" })
    }

    @Test func mèneLaCoalitionFr() {
        let b = DocBuilder("La Russie mène la coalition contre l'Ukraine.", language: "fr")
        b.country("Russie", "RUS").country("Ukraine", "UKR")
        #expect(!b.coded().contains { $0.code == "060" })
    }
}

/// What a negated report says did not happen as far as the sentence goes; a denied attack is no accusation.
@Suite struct NegatedReportTests {
    @Test func reportsDoNotIndicateEn() {
        let b = DocBuilder("Reports do not indicate that Russia attacked Ukraine.", language: "en")
        b.country("Russia", "RUS").country("Ukraine", "UKR")
        let events = b.coded()
        #expect(events.map(\.triple) == ["RUS>UKR:190"])
        #expect(events.allSatisfy { $0.modality == .negated })
    }

    @Test func nAPasDéclaréFr() {
        let b = DocBuilder("Le ministère n'a pas déclaré que la Russie a attaqué l'Ukraine.", language: "fr")
        b.actor("ministère", "UKRGOV").country("Russie", "RUS").country("Ukraine", "UKR")
        #expect(b.coded().allSatisfy { $0.modality == .negated })
    }

    @Test func saidDidNotAttackEn() {
        let b = DocBuilder("Officials said Russia did not attack Ukraine.", language: "en")
        b.actor("Officials", "UKRGOV").country("Russia", "RUS").country("Ukraine", "UKR")
        let events = b.coded()
        #expect(!events.contains { $0.code == "112" })
        #expect(events.contains { $0.triple == "RUS>UKR:190" && $0.modality == .negated })
    }

    @Test func aDéclaréNAPasAttaquéFr() {
        let b = DocBuilder("Les responsables ont déclaré que la Russie n'a pas attaqué l'Ukraine.", language: "fr")
        b.actor("responsables", "UKRGOV").country("Russie", "RUS").country("Ukraine", "UKR")
        let events = b.coded()
        #expect(!events.contains { $0.code == "112" })
        #expect(events.contains { $0.triple == "RUS>UKR:190" && $0.modality == .negated })
    }
}

/// A reporting cue outside a quotation is not said by an actor named inside it. The French test fails without the
/// rule; the English one holds the behaviour (on the real pipeline the English case failed: '"I opposed the hold …
/// before the Ukrainians ever knew about it," Volker said' was UKR 110 USA claimed by UKR).
@Suite struct QuotedSpeakerTests {
    @Test func ukrainiansInsideTheQuoteEn() {
        let b = DocBuilder("“Russian troops shelled the town before the Ukrainians ever knew about it,” Volker said.", language: "en")
        b.actor("Russian troops", "RUSMIL").actor("Ukrainians", "UKR")
        let events = b.coded()
        #expect(!events.isEmpty)
        #expect(events.allSatisfy { $0.speakers.allSatisfy { $0.code != "UKR" } })
    }

    @Test func ukrainiensDansLaCitationFr() {
        let b = DocBuilder("« Les troupes russes ont bombardé la ville avant que les Ukrainiens le sachent », a dit Volker.", language: "fr")
        b.actor("troupes russes", "RUSMIL").country("Ukrainiens", "UKR")
        #expect(b.coded().allSatisfy { $0.speakers.allSatisfy { $0.code != "UKR" } })
    }
}

/// Adverb endings are language data (role `adverb_suffix`), read where adverbs may stand between an auxiliary and its
/// participle or after a negated verb: English "-ly" only, so "government" is no adverb in English.
@Suite struct AdverbSuffixTests {
    @Test func shippedLexiconsCarryTheirEndings() {
        let lex = Coders.shared.lexicons
        #expect(lex["en"]?.adverbSuffixes == ["ly"])
        #expect(lex["fr"]?.adverbSuffixes == ["ment"])
        #expect(lex["es"]?.adverbSuffixes == ["mente"])
    }

    @Test func aLexiconFileAddsThem() throws {
        var loader = LexiconLoader()
        try loader.load(text: "# language: xx\nword\tadverb_suffix\t-lich -weise\n", name: "user.txt")
        #expect(loader.lexicons["xx"]?.adverbSuffixes == ["lich", "weise"])
    }
}
