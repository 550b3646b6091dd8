/// How serious a diagnostic is.
public enum DiagnosticSeverity: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
    case note
    case warning
    case error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

/// A stable identifier of a kind of diagnostic, such as `texml.record.missing-action`.
///
/// Identifiers never change meaning once released: tools and suppressions may match on them.
public struct DiagnosticID: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
    public var description: String { rawValue }
}

/// A secondary message attached to a diagnostic, optionally pointing elsewhere in the document.
public struct DiagnosticNote: Sendable, Hashable, Codable {
    public var message: String
    public var range: SourceRange?

    public init(_ message: String, range: SourceRange? = nil) {
        self.message = message
        self.range = range
    }
}

/// A problem found in a document: a value, never thrown.
public struct Diagnostic: Sendable, Hashable, Codable {
    public var id: DiagnosticID
    public var severity: DiagnosticSeverity
    public var message: String
    /// The element, attribute or value at fault.
    public var range: SourceRange
    public var notes: [DiagnosticNote]
    /// The platform's own error code for this problem (Twilio's 12100, 12200, 13621, …), if any.
    public var platformCode: Int?

    public init(
        id: DiagnosticID, severity: DiagnosticSeverity, message: String, range: SourceRange,
        notes: [DiagnosticNote] = [], platformCode: Int? = nil
    ) {
        self.id = id
        self.severity = severity
        self.message = message
        self.range = range
        self.notes = notes
        self.platformCode = platformCode
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }

    /// Sorted by position, then by severity (errors first), then by id: the order every output uses.
    public func sortedForOutput() -> [Diagnostic] {
        enumerated().sorted { lhs, rhs in
            let (a, b) = (lhs.element, rhs.element)
            if a.range.start.offset != b.range.start.offset { return a.range.start.offset < b.range.start.offset }
            if a.severity != b.severity { return a.severity > b.severity }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}
