/// Whether the text says an event happened, and on whose word.
public enum Modality: String, Codable, Sendable, CaseIterable {
    /// Stated by the article as fact.
    case asserted
    /// Attributed to a speaker ("a déclaré", "according to").
    case claimed
    /// Expected to happen ("anticipent", "expected to", future tense).
    case predicted
    /// Possible or conditional ("pourrait", "could", "if").
    case hypothetical
    /// Said not to have happened.
    case negated

    /// Whether events of this modality are counted as having happened (dyad sums, reports).
    public var happened: Bool { self == .asserted || self == .claimed }
}

/// Reported deaths: a lower and an upper bound ("plus de 200" → min 200, max nil).
public struct Fatalities: Hashable, Codable, Sendable {
    public var min: Int?
    public var max: Int?
    public init(min: Int?, max: Int?) {
        self.min = min
        self.max = max
    }
}

/// The text that justifies an event.
public struct Evidence: Hashable, Codable, Sendable {
    /// The sentence's byte range in the article text.
    public var span: Span
    /// The sentence text.
    public var text: String
    /// The trigger word(s) that carried the event code.
    public var trigger: Span?

    public init(span: Span, text: String, trigger: Span? = nil) {
        self.span = span
        self.text = text
        self.trigger = trigger
    }
}

/// One coded event: who did what to whom, where, when, and who says so.
public struct Event: Hashable, Codable, Sendable {
    /// Content id: `Event.makeID` of (source, target, code, place, day, happened).
    public var id: String
    public var source: ActorRef?
    public var target: ActorRef?
    /// Full CAMEO code ("190", "1823", "0233").
    public var code: String
    public var root: String { String(code.prefix(2)) }
    public var quadClass: Int { CAMEO.quadClass(code: code) }
    public var goldstein: Double? { CAMEO.shared.goldstein(code) }
    public var plover: String? { CAMEO.shared.plover(code) }
    public var place: Place?
    public var date: CalendarDay?
    public var dateEnd: CalendarDay?
    public var datePrecision: DatePrecision?
    public var modality: Modality
    /// Who says so: the attributed speakers, if any.
    public var speakers: [ActorRef]
    public var fatalities: Fatalities?
    public var evidence: Evidence
    public var confidence: Double
    /// Coder and knowledge versions that produced this event ("coder 0.1; kb 2026-11-25").
    public var coderVersion: String
    /// Id of the article that reported it.
    public var article: String

    public init(source: ActorRef?, target: ActorRef?, code: String, place: Place?, date: CalendarDay?,
                dateEnd: CalendarDay? = nil, datePrecision: DatePrecision?, modality: Modality,
                speakers: [ActorRef] = [], fatalities: Fatalities? = nil, evidence: Evidence,
                confidence: Double, coderVersion: String, article: String) {
        self.id = Event.makeID(source: source?.code, target: target?.code, code: code, place: place,
                               day: date, happened: modality.happened)
        self.source = source
        self.target = target
        self.code = code
        self.place = place
        self.date = date
        self.dateEnd = dateEnd
        self.datePrecision = datePrecision
        self.modality = modality
        self.speakers = speakers
        self.fatalities = fatalities
        self.evidence = evidence
        self.confidence = confidence
        self.coderVersion = coderVersion
        self.article = article
    }

    /// The same event reported again, in this or another article, maps to the same id.
    public static func makeID(source: String?, target: String?, code: String, place: Place?, day: CalendarDay?,
                              happened: Bool) -> String {
        // The fields joined by U+001F, written as bytes (no array of strings, no joined string).
        var key: [UInt8] = []
        key.reserveCapacity(64)
        key += (source ?? "").utf8
        key.append(0x1F)
        key += (target ?? "").utf8
        key.append(0x1F)
        key += code.utf8
        key.append(0x1F)
        if let p = place {
            if let g = p.geonameid { key += String(g).utf8 } else {
                key += p.name.utf8
                key.append(0x7C)  // "|"
                key += (p.country ?? "").utf8
            }
        }
        key.append(0x1F)
        if let day { key += day.iso.utf8 }
        key.append(0x1F)
        key.append(happened ? 0x48 : 0x50)  // "H" or "P"
        return SHA256.hex(key, digits: 24)
    }
}
