public import TeXMLSyntax

/// Every diagnostic the validator emits, alphabetised by id. Messages name the element and
/// attribute and use the grammar's own summary of what the attribute is for.
public enum GrammarDiagnostics {
    /// Twilio 11100: invalid URL format.
    static let invalidURLCode = 11100
    /// Twilio 12100: document parse failure.
    static let parseFailureCode = 12100
    /// Twilio 12200: schema validation warning.
    static let schemaCode = 12200
    /// Twilio 13617: recording length out of range for transcription.
    static let transcriptionLengthCode = 13617

    /// Every id the validator and the reader can emit, for documentation and fixture coverage.
    public static let allIDs: [DiagnosticID] = [
        "texml.attribute.unknown",
        "texml.document.root-not-response",
        "texml.element.misplaced",
        "texml.element.missing-text",
        "texml.element.unexpected-text",
        "texml.element.unknown",
        "texml.element.wrong-dialect",
        "texml.flow.unreachable",
        "texml.record.missing-action",
        "texml.record.transcription-too-long",
        "texml.recording.callback-without-recording",
        "texml.syntax.attribute-too-long",
        "texml.syntax.doctype-forbidden",
        "texml.syntax.empty-document",
        "texml.syntax.not-well-formed",
        "texml.syntax.too-deep",
        "texml.syntax.too-large",
        "texml.syntax.too-many-elements",
        "texml.syntax.unsupported-encoding",
        "texml.value.empty",
        "texml.value.invalid-boolean",
        "texml.value.invalid-dtmf",
        "texml.value.invalid-enum",
        "texml.value.invalid-integer",
        "texml.value.invalid-keys",
        "texml.value.invalid-language",
        "texml.value.invalid-method",
        "texml.value.invalid-number",
        "texml.value.invalid-phone",
        "texml.value.invalid-sip-uri",
        "texml.value.invalid-token",
        "texml.value.invalid-url",
        "texml.value.out-of-range",
        "texml.value.outside-documented-range",
        "texml.value.too-long",
        "texml.value.url-without-scheme",
    ]

    static func unknownAttribute(
        _ name: String, element: ElementSpec, suggestion: String?, otherDialect: Dialect?, range: SourceRange,
        dialect: Dialect
    ) -> Diagnostic {
        var notes: [DiagnosticNote] = []
        if let otherDialect {
            notes.append(
                DiagnosticNote(
                    "'\(name)' is an attribute of \(element.tag) in the \(otherDialect.rawValue) dialect (\(otherDialect.platform))"
                ))
        }
        if let suggestion { notes.append(DiagnosticNote("did you mean '\(suggestion)'?")) }
        return Diagnostic(
            id: "texml.attribute.unknown", severity: .warning,
            message: "unknown attribute '\(name)' on \(element.tag); \(dialect.platform) ignores it",
            range: range, notes: notes, platformCode: schemaCode, effect: .ignored)
    }

    static func rootNotResponse(_ name: String, range: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "texml.document.root-not-response", severity: .error,
            message: "the root element must be <Response>, not <\(name)>", range: range,
            platformCode: parseFailureCode)
    }

    static func misplaced(_ element: ElementSpec, parent: String, range: SourceRange) -> Diagnostic {
        let allowed = element.parents.map { "<\($0)>" }.joined(separator: ", ")
        return Diagnostic(
            id: "texml.element.misplaced", severity: .error,
            message: "\(element.tag) cannot appear inside <\(parent)>",
            range: range, notes: allowed.isEmpty ? [] : [DiagnosticNote("\(element.tag) is allowed in \(allowed)")],
            platformCode: schemaCode)
    }

    static func missingText(_ element: ElementSpec, range: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "texml.element.missing-text", severity: .error,
            message: "\(element.tag) needs text content (\(element.summary))", range: range,
            platformCode: schemaCode)
    }

    static func unexpectedText(_ element: ElementSpec, range: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "texml.element.unexpected-text", severity: .error,
            message: "\(element.tag) cannot contain text", range: range, platformCode: schemaCode)
    }

    static func unknownElement(_ name: String, suggestion: String?, range: SourceRange, dialect: Dialect) -> Diagnostic
    {
        var notes: [DiagnosticNote] = []
        if let suggestion {
            let caseOnly = suggestion.lowercased() == name.lowercased()
            notes.append(
                DiagnosticNote(
                    caseOnly
                        ? "did you mean <\(suggestion)>? element names are case-sensitive"
                        : "did you mean <\(suggestion)>?"))
        }
        return Diagnostic(
            id: "texml.element.unknown", severity: .error,
            message: "unknown element <\(name)> in \(dialect.language)", range: range, notes: notes,
            platformCode: schemaCode)
    }

    static func wrongDialect(_ name: String, dialect: Dialect, others: [Dialect], range: SourceRange) -> Diagnostic {
        let where_ = others.map { "\($0.rawValue) (\($0.platform))" }.joined(separator: ", ")
        return Diagnostic(
            id: "texml.element.wrong-dialect", severity: .error,
            message: "<\(name)> is not part of \(dialect.language); it exists in \(where_)", range: range,
            notes: [DiagnosticNote("choose the dialect with --dialect")], platformCode: schemaCode)
    }

    static func unreachable(
        _ name: String, after terminal: String, at terminalRange: SourceRange, count: Int, range: SourceRange
    ) -> Diagnostic {
        let more = count > 1 ? " (and \(count - 1) more verb\(count > 2 ? "s" : "") after it)" : ""
        return Diagnostic(
            id: "texml.flow.unreachable", severity: .warning,
            message: "<\(name)> will never run\(more): control does not return after <\(terminal)>"
                + (terminal == "Dial" ? " with an 'action'" : ""),
            range: range,
            notes: [DiagnosticNote("<\(terminal)> is here", range: terminalRange)])
    }

    static func recordMissingAction(range: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "texml.record.missing-action", severity: .warning,
            message: "<Record> has no 'action': the platform requests this same document again, which records again",
            range: range,
            notes: [
                DiagnosticNote(
                    "set action to the URL that handles the recording, or a document that continues the call")
            ])
    }

    static func transcriptionTooLong(maxLength: Int, range: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "texml.record.transcription-too-long", severity: .warning,
            message: "transcription works only for recordings shorter than 120 seconds, but maxLength is \(maxLength)",
            range: range, notes: [DiagnosticNote("longer recordings are not transcribed (Twilio warning 13617)")],
            platformCode: transcriptionLengthCode, effect: .runs)
    }

    static func callbackWithoutRecording(
        _ attribute: String, element: ElementSpec, recordAttribute: String, recordValue: String?,
        defaultValue: String?, range: SourceRange
    ) -> Diagnostic {
        let why =
            recordValue.map { "'\(recordAttribute)' is '\($0)'" }
            ?? "'\(recordAttribute)' is not set" + (defaultValue.map { " (default '\($0)')" } ?? "")
        let effect =
            attribute == "recordingStatusCallback" || attribute == "recordCallbackUrl"
            ? "is never called" : "has no effect"
        return Diagnostic(
            id: "texml.recording.callback-without-recording", severity: .warning,
            message: "'\(attribute)' on \(element.tag) \(effect): nothing is recorded because \(why)",
            range: range)
    }

    // MARK: Values

    static func value(
        _ problem: ValueProblem, value: String, what: String, summary: String, errorCode: Int?, range: SourceRange
    ) -> Diagnostic {
        let found = "'\(value.count > 60 ? String(value.prefix(57)) + "..." : value)'"
        var notes: [DiagnosticNote] = []
        let id: DiagnosticID
        var code = errorCode ?? schemaCode
        let message: String
        switch problem {
        case .empty:
            id = "texml.value.empty"
            message = "\(what) (\(summary)) must not be empty"
        case .invalidEnum(let allowed, let suggestion):
            id = "texml.value.invalid-enum"
            message = "\(found) is not a valid value for \(what) (\(summary))"
            notes.append(DiagnosticNote("expected one of: \(allowed.joined(separator: ", "))"))
            if let suggestion { notes.append(DiagnosticNote("did you mean '\(suggestion)'?")) }
        case .invalidTokens(let bad, let allowed):
            id = "texml.value.invalid-token"
            let list = quotedList(bad)
            message =
                "\(list) \(bad.count == 1 ? "is not an allowed event" : "are not allowed events") in \(what) (\(summary))"
            notes.append(DiagnosticNote("allowed here: \(allowed.joined(separator: " "))"))
        case .notBoolean(let spellings):
            id = "texml.value.invalid-boolean"
            if spellings == ["true", "false"] {
                message = "\(what) (\(summary)) must be 'true' or 'false', not \(found)"
            } else {
                message = "\(what) (\(summary)) must be a boolean, not \(found)"
                notes.append(DiagnosticNote("expected one of: \(spellings.joined(separator: ", "))"))
            }
        case .notInteger:
            id = "texml.value.invalid-integer"
            message = "\(what) (\(summary)) must be a whole number, not \(found)"
        case .notNumber:
            id = "texml.value.invalid-number"
            message = "\(what) (\(summary)) must be a number, not \(found)"
        case .outOfRange(let min, let max):
            id = "texml.value.out-of-range"
            message = "\(what) (\(summary)) must be \(bounds(min, max, from: "from ")), not \(found)"
        case .invalidURL(let reason):
            id = "texml.value.invalid-url"
            if errorCode == nil { code = invalidURLCode }
            message = "\(found) is not a valid URL for \(what) (\(summary)): \(reason)"
        case .invalidMethod:
            id = "texml.value.invalid-method"
            message = "\(what) (\(summary)) must be GET or POST, not \(found)"
        case .invalidKeys(let bad, let allowed):
            id = "texml.value.invalid-keys"
            let list = quotedList(bad)
            message = "\(what) (\(summary)) may only contain the keys \(allowed); found \(list)"
        case .invalidDTMF(let bad):
            id = "texml.value.invalid-dtmf"
            let list = quotedList(bad)
            message = "\(what) (\(summary)) may only contain 0-9, *, # and w or W for pauses; found \(list)"
        case .invalidPhone:
            id = "texml.value.invalid-phone"
            message = "\(found) is not a phone number for \(what) (\(summary))"
            notes.append(DiagnosticNote("write numbers in E.164 form, such as +15551230001"))
        case .invalidSIPURI:
            id = "texml.value.invalid-sip-uri"
            message = "\(found) is not a SIP URI for \(what) (\(summary)); expected user@host or sip:user@host"
        case .invalidLanguage:
            id = "texml.value.invalid-language"
            message = "\(found) is not a language tag for \(what) (\(summary)); expected a tag such as en-US"
        case .tooLong(let max):
            id = "texml.value.too-long"
            message = "\(what) (\(summary)) is longer than \(max) characters"
        }
        // The author hears an error whatever the platform does: the document does not do what
        // it says. What the platform does is the code's effect (Grammar/codes.json).
        let effect = PlatformCode.named(code)?.effect ?? .failsCall
        return Diagnostic(
            id: id, severity: .error, message: message, range: range, notes: notes, platformCode: code,
            effect: effect)
    }

    /// A value the type accepts but the platform's page does not document (`<Dial timeout="2">`:
    /// a positive integer, under the 5 s the page gives): the platform may clamp it or allow it
    /// per account, so the author is warned and the value is used as written.
    static func outsideDocumentedRange(
        value: String, what: String, summary: String, min: Double?, max: Double?, advice: String,
        range: SourceRange
    ) -> Diagnostic {
        let bounds = bounds(min, max)
        return Diagnostic(
            id: "texml.value.outside-documented-range", severity: .warning,
            message: "'\(value)' for \(what) (\(summary)) is outside the documented range, \(bounds)",
            range: range, notes: [DiagnosticNote(advice)], effect: .runs)
    }

    static func urlWithoutScheme(_ value: String, what: String, range: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "texml.value.url-without-scheme", severity: .warning,
            message: "'\(value)' in \(what) has no scheme, so it is resolved as a path relative to the document URL",
            range: range, notes: [DiagnosticNote("did you mean 'https://\(value)'?")])
    }

    /// `'a', 'b'`
    private static func quotedList(_ items: [some CustomStringConvertible]) -> String {
        items.map { "'\($0)'" }.joined(separator: ", ")
    }

    /// `from 1 to 600` (with `from` given), `at least 1`, `at most 600`.
    private static func bounds(_ min: Double?, _ max: Double?, from: String = "") -> String {
        switch (min, max) {
        case (let min?, let max?): "\(from)\(format(min)) to \(format(max))"
        case (let min?, nil): "at least \(format(min))"
        case (nil, let max?): "at most \(format(max))"
        case (nil, nil): "in range"
        }
    }

    private static func format(_ number: Double) -> String {
        number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }
}
