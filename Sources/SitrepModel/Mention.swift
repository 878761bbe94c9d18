/// What kind of thing a mention names.
public enum MentionKind: String, Codable, Sendable {
    /// A state, person, organization or group resolved to a CAMEO actor code.
    case actor
    /// A place resolved to a gazetteer entry.
    case place
    /// A sector word alone ("forces", "résidents") whose country comes from context.
    case agent
}

/// A recognized name in the text: who or where it refers to, and the tokens that say so.
public struct Mention: Hashable, Codable, Sendable {
    public var span: Span
    /// Token indices in `Document.tokens`.
    public var tokens: Range<Int>
    public var kind: MentionKind
    /// The actor this mention denotes, resolved for the document's date (nil for pure places).
    public var actor: ActorRef?
    /// The place this mention denotes (a country name is both an actor and a place).
    public var place: Place?
    /// Sector code for agent mentions ("MIL", "GOV", "REB", "CVL").
    public var agent: String?
    /// Why this reading was chosen (for `kb lookup` and debugging).
    public var reason: String?

    public init(span: Span, tokens: Range<Int>, kind: MentionKind, actor: ActorRef? = nil, place: Place? = nil,
                agent: String? = nil, reason: String? = nil) {
        self.span = span
        self.tokens = tokens
        self.kind = kind
        self.actor = actor
        self.place = place
        self.agent = agent
        self.reason = reason
    }
}
