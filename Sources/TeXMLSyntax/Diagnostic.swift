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

/// What the platform does when it runs into the problem — the second axis beside the
/// author-facing ``DiagnosticSeverity``: `texml validate` follows the severity, the simulator
/// follows the effect.
///
/// A `record="always"` on `<Dial>` is an error (the document does not do what it says) whose
/// effect is ``ignored`` (Twilio logs warning 13217 and dials without recording); an unknown
/// verb is an error that ``failsCall``.
public enum PlatformEffect: String, Sendable, Hashable, Codable, CaseIterable {
    /// The platform cannot run the document: the call ends with the diagnostic's code.
    case failsCall = "fails-call"
    /// The platform logs a warning, drops the value or element, and runs the rest as if it
    /// were not written.
    case ignored
    /// The platform runs the document as written; the diagnostic is texml's advice (a verb that
    /// never runs, a value an account may not allow).
    case runs
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
    /// What the platform does about it at run time.
    public var effect: PlatformEffect

    /// `effect` defaults to the severity's usual one: an error fails the call, anything less
    /// runs as written.
    public init(
        id: DiagnosticID, severity: DiagnosticSeverity, message: String, range: SourceRange,
        notes: [DiagnosticNote] = [], platformCode: Int? = nil, effect: PlatformEffect? = nil
    ) {
        self.id = id
        self.severity = severity
        self.message = message
        self.range = range
        self.notes = notes
        self.platformCode = platformCode
        self.effect = effect ?? (severity == .error ? .failsCall : .runs)
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }

    /// Whether the platform would refuse to run the document.
    public var failsCall: Bool { contains { $0.effect == .failsCall } }

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
