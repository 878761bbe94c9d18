/// Abbreviations that end in "." without ending a sentence, per language (lowercase, without the dot).
enum Abbreviations {
    /// Never end a sentence: titles, street and place words, units written before a name.
    static let strong: [String: Set<String>] = [
        "fr": ["m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "mgr", "st", "ste", "av", "bd", "gén",
               "col", "cdt", "lt", "cne", "sgt", "réf", "cf", "env", "ex", "min", "max", "dép", "adj", "vol", "éd"],
        "en": ["mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "maj",
               "adm", "cmdr", "rev", "hon", "pres", "supt", "mt", "ft", "vs", "approx", "dept", "est", "messrs"],
        "de": ["dr", "prof", "hr", "hrn", "fr", "frl", "nr", "bzw", "usw", "ca", "vgl", "str", "mio", "mrd", "jh",
               "st", "ggf", "inkl", "evtl", "sog", "gem", "abs", "bspw", "zzgl", "max", "min", "tel", "dipl",
               "ing", "gen", "oberst", "hl", "bzgl"],
        "es": ["sr", "sra", "srta", "dr", "dra", "ud", "uds", "vd", "vds", "lic", "ing", "av", "avda", "gral",
               "pág", "núm", "aprox", "sto", "sta", "excmo", "excma", "dña", "d", "prof", "cap", "tte", "cnel",
               "col", "mons", "cía", "admón", "depto", "dpto"],
        "ru": ["г", "гг", "ул", "им", "др", "пр", "см", "стр", "тыс", "млн", "млрд", "руб", "коп", "д", "кв", "обл",
               "просп", "пер", "проф", "акад", "ген", "св", "ст", "чел", "ок", "пос", "с", "р", "ред", "изд",
               "т", "пл", "наб", "корп", "зам", "нач", "ж", "эт", "мин", "макс", "англ", "укр", "рус", "лат"],
        "uk": ["м", "р", "рр", "вул", "обл", "ст", "тис", "млн", "млрд", "грн", "ім", "проф", "див", "напр",
               "просп", "пл", "с", "смт", "акад", "ген", "св", "др", "пров", "буд", "кв", "т", "ред", "вид",
               "англ", "рос", "укр", "лат", "пор", "зам", "заст"],
    ]

    /// Do not end a sentence when a number follows ("No. 10", "Jan. 5", "art. 3", "ст. 12").
    static let beforeNumber: [String: Set<String>] = [
        "fr": ["n", "no", "art", "p", "pp", "chap", "fig", "janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc"],
        "en": ["no", "nos", "art", "p", "pp", "vol", "ch", "fig", "sec", "jan", "feb", "mar", "apr", "jun", "jul",
               "aug", "sep", "sept", "oct", "nov", "dec"],
        "de": ["nr", "art", "s", "abs", "ziff", "kap", "bd", "jan", "feb", "apr", "aug", "sept", "okt", "nov", "dez"],
        "es": ["n", "no", "art", "p", "pp", "cap", "fig", "ene", "feb", "abr", "ago", "sept", "oct", "nov", "dic"],
        "ru": ["п", "ч", "ст", "рис", "табл", "гл", "с", "янв", "фев", "февр", "апр", "авг", "сент", "окт", "нояб", "дек"],
        "uk": ["п", "ч", "ст", "рис", "табл", "гл", "с", "січ", "лют", "бер", "квіт", "трав", "черв", "лип", "серп",
               "вер", "жовт", "лист", "груд"],
    ]

    /// Month names after which an ordinal "24." does not end a sentence ("am 24. Februar").
    static let months: Set<String> = [
        "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
        "november", "dezember", "januari", "februari", "maart", "mei", "augustus", "juni", "juli",
        "januar", "februar", "marts", "maj", "juni", "juli", "oktober", "december", "mars", "augusti",
        "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
        "października", "listopada", "grudnia", "ledna", "února", "března", "dubna", "května", "června",
        "července", "srpna", "září", "října", "listopadu", "prosince",
    ]

    /// Titles safe in any language, used when the language is unknown or has no list of its own.
    static let allStrong: Set<String> = ["mr", "mrs", "ms", "dr", "prof", "st", "mme", "mm", "sr", "sra", "gen",
                                         "col", "lt", "sgt", "capt", "г", "ул", "вул", "проф"]
    static let allBeforeNumber: Set<String> = ["no", "nr", "art", "pp", "n", "p", "ст", "п"]

    static func strong(for language: String?) -> Set<String> {
        guard let language else { return allStrong }
        return strong[language] ?? allStrong
    }

    static func beforeNumber(for language: String?) -> Set<String> {
        guard let language else { return allBeforeNumber }
        return beforeNumber[language] ?? allBeforeNumber
    }
}
