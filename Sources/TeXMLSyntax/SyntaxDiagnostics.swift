/// The diagnostics the reader emits. Every one is an error: the document is not processed further.
///
/// Twilio reports all of them as 12100 ("Document parse failure").
public enum SyntaxDiagnostics {
    static let parseFailure = 12100

    /// `texml.syntax.attribute-too-long`
    public static func attributeTooLong(name: String, bytes: Int, limit: Int, range: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "texml.syntax.attribute-too-long", severity: .error,
            message: "value of attribute '\(name)' is \(bytes) bytes, more than the limit of \(limit)",
            range: range, notes: [DiagnosticNote("raise the limit with --max-attribute-bytes if this is intended")],
            platformCode: parseFailure)
    }

    /// `texml.syntax.doctype-forbidden`
    public static func doctypeForbidden(range: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "texml.syntax.doctype-forbidden", severity: .error,
            message: "DOCTYPE declarations are not allowed; the document was not read further",
            range: range,
            notes: [DiagnosticNote("call-flow documents need no DTD, and DTDs enable entity expansion attacks")],
            platformCode: parseFailure)
    }

    /// `texml.syntax.empty-document`
    public static func emptyDocument(range: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "texml.syntax.empty-document", severity: .error,
            message: "document is empty; expected a <Response> element", range: range,
            platformCode: parseFailure)
    }

    /// `texml.syntax.not-well-formed`: a libxml2 error.
    public static func notWellFormed(_ message: String, severity: DiagnosticSeverity, range: SourceRange)
        -> Diagnostic
    {
        Diagnostic(
            id: "texml.syntax.not-well-formed", severity: severity, message: message, range: range,
            platformCode: parseFailure)
    }

    /// `texml.syntax.too-deep`
    public static func tooDeep(depth: Int, limit: Int, range: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "texml.syntax.too-deep", severity: .error,
            message: "elements are nested more than \(limit) deep; the document was not read further",
            range: range, notes: [DiagnosticNote("raise the limit with --max-depth if this is intended")],
            platformCode: parseFailure)
    }

    /// `texml.syntax.too-large`
    public static func tooLarge(bytes: Int, limit: Int, range: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "texml.syntax.too-large", severity: .error,
            message: "document is \(bytes) bytes, more than the limit of \(limit); it was not read",
            range: range, notes: [DiagnosticNote("raise the limit with --max-bytes if this is intended")],
            platformCode: parseFailure)
    }

    /// `texml.syntax.too-many-elements`
    public static func tooManyElements(limit: Int, range: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "texml.syntax.too-many-elements", severity: .error,
            message: "document has more than \(limit) elements; the document was not read further",
            range: range, notes: [DiagnosticNote("raise the limit with --max-elements if this is intended")],
            platformCode: parseFailure)
    }

    /// `texml.syntax.unsupported-encoding`
    public static func unsupportedEncoding(_ encoding: String, range: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "texml.syntax.unsupported-encoding", severity: .error,
            message: "document is encoded in \(encoding); texml reads UTF-8 (and ASCII-compatible encodings)",
            range: range, platformCode: parseFailure)
    }
}
