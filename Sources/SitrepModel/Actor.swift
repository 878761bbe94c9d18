/// A normalized actor as events carry it: a CAMEO actor code plus the named person or organization when known.
public struct ActorRef: Hashable, Codable, Sendable {
    /// CAMEO actor code: ISO 3166-1 alpha-3 country plus sector codes ("RUSGOV", "UKRMIL", "ARM"),
    /// or an international code ("IGOCSTO", "NGO").
    public var code: String
    /// The person or organization's canonical name ("Vladimir Putin"), when the mention named one.
    public var name: String?
    /// Knowledge-base entity id ("putin-vladimir"), when known.
    public var entity: String?

    public init(code: String, name: String? = nil, entity: String? = nil) {
        self.code = code
        self.name = name
        self.entity = entity
    }

    /// The country part of the code (first three letters) when it is a country code.
    public var country: String? {
        guard code.count >= 3 else { return nil }
        let c = String(code.prefix(3))
        return ["IGO", "NGO", "MNC", "INT", "REB", "UIS"].contains(c) ? nil : c
    }
}
