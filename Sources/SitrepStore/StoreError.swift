/// Errors from the store: each names its input and says what is wrong (and, for filters, what is accepted).
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A query filter is malformed: `field` is the option name ("country"), `value` the input.
    case invalidFilter(field: String, value: String, reason: String, accepted: String)
    /// The database could not be opened or migrated.
    case cannotOpen(path: String, reason: String)
    /// A statement failed.
    case database(operation: String, reason: String)
    /// An article id that is not stored.
    case unknownArticle(id: String)

    /// One line: what is wrong and what is accepted.
    public var description: String {
        switch self {
        case let .invalidFilter(field, value, reason, accepted):
            return "--\(field) '\(value)': \(reason); expected \(accepted)"
        case let .cannotOpen(path, reason):
            return "\(path): cannot open database: \(reason)"
        case let .database(operation, reason):
            return "database \(operation) failed: \(reason)"
        case let .unknownArticle(id):
            return "article \(id): not in the database"
        }
    }
}
