/// A half-open UTF-8 byte range into a `Document`'s text: the provenance of every annotation.
public struct Span: Hashable, Codable, Sendable, Comparable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "Span start must not exceed end")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

    public static func < (a: Span, b: Span) -> Bool { a.start != b.start ? a.start < b.start : a.end < b.end }
}

extension String {
    /// The substring covered by a UTF-8 byte span (clamped to the string's bounds).
    public func slice(_ span: Span) -> Substring {
        let u = utf8
        let s = u.index(u.startIndex, offsetBy: max(0, min(span.start, u.count)))
        let e = u.index(u.startIndex, offsetBy: max(0, min(span.end, u.count)))
        return self[s..<e]
    }
}
