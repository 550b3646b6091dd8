public import TeXMLSyntax

/// A scenario file as a positioned tree: what YAML or JSON parsing produces, before decoding.
///
/// The simulator does not parse YAML itself (that belongs to the outer layers, which may use a
/// YAML library); any parser that can say where each node is can build this tree, and
/// ``ScenarioDecoder`` turns it into a ``Scenario`` with located diagnostics.
public struct ScenarioNode: Sendable {
    public enum Value: Sendable {
        /// A scalar; `plain` is false for quoted scalars (so `"7"` stays a string).
        case scalar(String, plain: Bool)
        case mapping([(key: ScenarioNode, value: ScenarioNode)])
        case sequence([ScenarioNode])
        case null
    }

    public var value: Value
    public var range: SourceRange

    public init(_ value: Value, range: SourceRange) {
        self.value = value
        self.range = range
    }

    /// The text of a scalar, if the node is one.
    public var scalar: String? {
        if case .scalar(let text, _) = value { return text }
        return nil
    }

    var kindName: String {
        switch value {
        case .scalar: "a scalar"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .null: "nothing"
        }
    }
}

/// The diagnostics a scenario file can get. Ids are stable.
public enum ScenarioDiagnostics {
    public static let syntax: DiagnosticID = "texml.scenario.syntax"
    public static let unknownKey: DiagnosticID = "texml.scenario.unknown-key"
    public static let duplicateKey: DiagnosticID = "texml.scenario.duplicate-key"
    public static let missingKey: DiagnosticID = "texml.scenario.missing-key"
    public static let wrongType: DiagnosticID = "texml.scenario.wrong-type"
    public static let badValue: DiagnosticID = "texml.scenario.bad-value"
    public static let badStep: DiagnosticID = "texml.scenario.bad-step"
    public static let missingFile: DiagnosticID = "texml.scenario.missing-file"
    public static let badAudio: DiagnosticID = "texml.scenario.bad-audio"
    public static let unsupportedVersion: DiagnosticID = "texml.scenario.unsupported-version"
    /// The file expands past the decoding budget (YAML aliases, nesting).
    public static let tooLarge: DiagnosticID = "texml.scenario.too-large"
    /// Bytes that are not UTF-8, or a YAML tag outside the core schema (`!!binary`, `!python/…`).
    public static let badEncoding: DiagnosticID = "texml.scenario.bad-encoding"
    /// Stands for the problems past ``ScenarioDecoder/maxDiagnostics``.
    public static let tooManyProblems: DiagnosticID = "texml.scenario.more-problems"

    public static let allIDs: [DiagnosticID] = [
        syntax, unknownKey, duplicateKey, missingKey, wrongType, badValue, badStep, missingFile, badAudio,
        unsupportedVersion, tooLarge, badEncoding, tooManyProblems,
    ]

    public static func error(_ id: DiagnosticID, _ message: String, _ range: SourceRange, notes: [DiagnosticNote] = [])
        -> Diagnostic
    {
        Diagnostic(id: id, severity: .error, message: message, range: range, notes: notes)
    }
}
