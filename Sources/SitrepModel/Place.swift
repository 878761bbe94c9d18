/// How precisely a place is located.
public enum PlacePrecision: String, Codable, Sendable {
    case country, admin1, city
}

/// A resolved place: a GeoNames entry with coordinates.
public struct Place: Hashable, Codable, Sendable {
    public var name: String
    /// ISO 3166-1 alpha-3.
    public var country: String?
    /// GeoNames first-level division code ("UA.14").
    public var admin1: String?
    public var lat: Double?
    public var lon: Double?
    public var geonameid: Int?
    public var precision: PlacePrecision

    public init(name: String, country: String?, admin1: String? = nil, lat: Double?, lon: Double?,
                geonameid: Int?, precision: PlacePrecision) {
        self.name = name
        self.country = country
        self.admin1 = admin1
        self.lat = lat
        self.lon = lon
        self.geonameid = geonameid
        self.precision = precision
    }
}
