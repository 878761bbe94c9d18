import Foundation
import SitrepModel

/// One report of an event: which article said it, with what evidence, on whose word.
public struct EventMention: Hashable, Sendable {
    public var article: String
    public var evidence: Evidence
    public var modality: Modality
    public var speakers: [ActorRef]
    public var fatalities: Fatalities?
    public var confidence: Double
    public var coderVersion: String
    /// The evidence is in the article's first paragraph (GDELT's IsRootEvent).
    public var lead: Bool
    /// Metadata of the reporting article.
    public var site: String?
    public var url: String?
    public var title: String?
    public var published: CalendarDay?
    public var language: String?

    public init(article: String, evidence: Evidence, modality: Modality, speakers: [ActorRef], fatalities: Fatalities?,
                confidence: Double, coderVersion: String, lead: Bool = false, site: String? = nil, url: String? = nil,
                title: String? = nil, published: CalendarDay? = nil, language: String? = nil) {
        self.article = article
        self.evidence = evidence
        self.modality = modality
        self.speakers = speakers
        self.fatalities = fatalities
        self.confidence = confidence
        self.coderVersion = coderVersion
        self.lead = lead
        self.site = site
        self.url = url
        self.title = title
        self.published = published
        self.language = language
    }
}

/// A stored event with every report of it and GDELT-style counts.
public struct EventRecord: Hashable, Sendable {
    /// The event; its evidence, speakers and article are those of its first report, its modality the strongest.
    public var event: Event
    /// Every report, first ingested first.
    public var mentions: [EventMention]
    /// Reports (GDELT NumMentions).
    public var numMentions: Int
    /// Distinct sites reporting it (GDELT NumSources); an article without a site counts as its own source.
    public var numSources: Int
    /// Distinct articles reporting it (GDELT NumArticles).
    public var numArticles: Int
    /// When the store first saw it.
    public var firstSeen: Date?

    public init(event: Event, mentions: [EventMention], numMentions: Int, numSources: Int, numArticles: Int, firstSeen: Date?) {
        self.event = event
        self.mentions = mentions
        self.numMentions = numMentions
        self.numSources = numSources
        self.numArticles = numArticles
        self.firstSeen = firstSeen
    }

    /// An event coded without a database (`sitrep code`): one mention, counts of one, printed in the same shape.
    public init(event: Event, site: String?, url: String? = nil, published: CalendarDay? = nil, language: String? = nil) {
        let mention = EventMention(article: event.article, evidence: event.evidence, modality: event.modality,
                                   speakers: event.speakers, fatalities: event.fatalities, confidence: event.confidence,
                                   coderVersion: event.coderVersion, site: site, url: url, published: published, language: language)
        self.init(event: event, mentions: [mention], numMentions: 1, numSources: 1, numArticles: 1, firstSeen: nil)
    }

    /// The first report's article metadata.
    public var site: String? { mentions.first?.site }
    public var url: String? { mentions.first?.url }
    public var title: String? { mentions.first?.title }
}

/// What a save changed.
public struct SaveResult: Hashable, Sendable {
    /// Articles newly stored (0 when the article was already there).
    public var articlesInserted: Int
    /// Events newly stored.
    public var eventsInserted: Int
    /// Reports (event mentions) newly stored, including reports of events already known.
    public var mentionsInserted: Int
    /// Events removed because no report of them remains (re-coding only).
    public var eventsRemoved: Int

    public init(articlesInserted: Int = 0, eventsInserted: Int = 0, mentionsInserted: Int = 0, eventsRemoved: Int = 0) {
        self.articlesInserted = articlesInserted
        self.eventsInserted = eventsInserted
        self.mentionsInserted = mentionsInserted
        self.eventsRemoved = eventsRemoved
    }

    public static func + (a: SaveResult, b: SaveResult) -> SaveResult {
        SaveResult(articlesInserted: a.articlesInserted + b.articlesInserted, eventsInserted: a.eventsInserted + b.eventsInserted,
                   mentionsInserted: a.mentionsInserted + b.mentionsInserted, eventsRemoved: a.eventsRemoved + b.eventsRemoved)
    }
}

/// A knowledge-base contradiction flagged on a stored article.
public struct StoredFlag: Hashable, Sendable {
    public var article: String
    public var title: String?
    public var flag: KnowledgeFlag
    /// The flagged sentence text.
    public var evidence: String
}

/// Row counts of the store.
public struct StoreStats: Hashable, Sendable {
    public var articles: Int
    public var events: Int
    public var mentions: Int
    public var flags: Int
}

/// A stored article's metadata and text, as the analysis stage reads it.
public struct ArticleSummary: Hashable, Sendable {
    public var id: String
    public var url: String?
    public var site: String?
    public var title: String?
    public var published: CalendarDay?
    public var language: String?
    public var text: String
}
