/// A temporal expression in the text, resolved against the publication date.
public struct TimeExpression: Hashable, Codable, Sendable {
    public var span: Span
    /// First day the expression covers.
    public var date: CalendarDay
    /// Last day, for months, seasons, years and ranges.
    public var end: CalendarDay?
    public var precision: DatePrecision
    /// True for expressions about the future relative to publication ("next week", "dans les mois à venir").
    public var isFuture: Bool

    public init(span: Span, date: CalendarDay, end: CalendarDay? = nil, precision: DatePrecision, isFuture: Bool = false) {
        self.span = span
        self.date = date
        self.end = end
        self.precision = precision
        self.isFuture = isFuture
    }
}
