public import TeXMLSyntax

/// The result of validating one document.
public struct ValidationResult: Sendable {
    /// Every problem found, reader's and validator's, in document order.
    public var diagnostics: [Diagnostic]
    /// The positioned element tree, when the document was well-formed.
    public var syntax: SyntaxDocument
    /// The dialect the document was validated in.
    public var dialect: Dialect

    /// The typed document, when there is no error. Built on demand: validation alone does not need it.
    public var document: Document? {
        guard !diagnostics.containsErrors, let root = syntax.root else { return nil }
        return ASTBuilder(grammar: .of(dialect)).document(root)
    }
}

/// Checks a positioned element tree against one dialect's ``Grammar`` and builds the typed AST.
public struct Validator: Sendable {
    public var dialect: Dialect
    public var readerLimits: ReaderLimits

    public init(dialect: Dialect, readerLimits: ReaderLimits = .default) {
        self.dialect = dialect
        self.readerLimits = readerLimits
    }

    /// Reads and validates a document.
    public func validate(_ bytes: [UInt8]) -> ValidationResult {
        let syntax = XMLReader(limits: readerLimits).read(bytes)
        guard let root = syntax.root else {
            return ValidationResult(diagnostics: syntax.diagnostics.sortedForOutput(), syntax: syntax, dialect: dialect)
        }
        var run = ValidationRun(grammar: .of(dialect))
        run.validateRoot(root)
        let diagnostics = (syntax.diagnostics + run.diagnostics).sortedForOutput()
        return ValidationResult(diagnostics: diagnostics, syntax: syntax, dialect: dialect)
    }

    /// Reads and validates a document given as text.
    public func validate(_ text: String) -> ValidationResult { validate(Array(text.utf8)) }
}

private struct ValidationRun {
    let grammar: Grammar
    var diagnostics: [Diagnostic] = []

    init(grammar: Grammar) { self.grammar = grammar }

    var dialect: Dialect { grammar.dialect }

    mutating func validateRoot(_ root: SyntaxElement) {
        guard let spec = grammar.element(root.name), spec.kind == .root else {
            diagnostics.append(GrammarDiagnostics.rootNotResponse(root.name, range: root.nameRange))
            return
        }
        validate(root, spec: spec)
    }

    mutating func validate(_ element: SyntaxElement, spec: ElementSpec) {
        validateAttributes(element, spec: spec)
        validateText(element, spec: spec)
        lintRecording(element, spec: spec)

        var terminal: SyntaxElement?
        var unreachable: [SyntaxElement] = []
        for child in element.elementChildren {
            guard let childSpec = lookUp(child) else { continue }
            if !childSpec.parents.contains(element.name) {
                diagnostics.append(
                    GrammarDiagnostics.misplaced(childSpec, parent: element.name, range: child.nameRange))
            }
            if terminal != nil, childSpec.kind == .verb {
                unreachable.append(child)
            } else if spec.kind == .root,
                childSpec.isTerminal || childSpec.terminalWhenAttribute.map({ child.attribute($0) != nil }) == true
            {
                terminal = child
            }
            validate(child, spec: childSpec)
        }
        if let terminal, let first = unreachable.first {
            diagnostics.append(
                GrammarDiagnostics.unreachable(
                    first.name, after: terminal, count: unreachable.count, range: first.nameRange))
        }
    }

    /// The spec of an element, or nil after reporting it unknown.
    mutating func lookUp(_ element: SyntaxElement) -> ElementSpec? {
        if let spec = grammar.element(element.name) { return spec }
        let others = Dialect.allCases.filter { $0 != dialect && Grammar.of($0).element(element.name) != nil }
        if !others.isEmpty {
            diagnostics.append(
                GrammarDiagnostics.wrongDialect(
                    element.name, dialect: dialect, others: others, range: element.nameRange))
        } else {
            let suggestion = Suggestions.closest(to: element.name, in: grammar.elementNames)
            diagnostics.append(
                GrammarDiagnostics.unknownElement(
                    element.name, suggestion: suggestion, range: element.nameRange, dialect: dialect))
        }
        return nil
    }

    mutating func validateAttributes(_ element: SyntaxElement, spec: ElementSpec) {
        for attribute in element.attributes where !attribute.isNamespaceDeclaration {
            guard let attributeSpec = spec.attribute(attribute.name) else {
                if attribute.name.hasPrefix("xml:") { continue }
                let other = Dialect.allCases.first {
                    $0 != dialect && Grammar.of($0).element(spec.name)?.attribute(attribute.name) != nil
                }
                let suggestion = Suggestions.closest(to: attribute.name, in: spec.attributes.map(\.name))
                diagnostics.append(
                    GrammarDiagnostics.unknownAttribute(
                        attribute.name, element: spec, suggestion: suggestion, otherDialect: other,
                        range: attribute.nameRange, dialect: dialect))
                continue
            }
            checkValue(
                attribute.value, type: attributeSpec.type, allowsEmpty: attributeSpec.allowsEmpty,
                what: "'\(attribute.name)' on \(spec.tag)", summary: attributeSpec.summary,
                errorCode: attributeSpec.errorCode, range: attribute.valueRange,
                otherDialectNote: { [dialect] in
                    Self.otherDialectNote(
                        dialect: dialect, element: spec.name, attribute: attributeSpec, value: attribute.value)
                })
        }
    }

    /// A note when a value that fails here is accepted by another dialect (`absent` on Telnyx `<Record>`).
    static func otherDialectNote(dialect: Dialect, element: String, attribute: AttributeSpec, value: String)
        -> DiagnosticNote?
    {
        for other in Dialect.allCases where other != dialect {
            guard let otherSpec = Grammar.of(other).element(element)?.attribute(attribute.name),
                otherSpec.type != attribute.type,
                ValueChecker.check(value, as: otherSpec.type, allowsEmpty: otherSpec.allowsEmpty) == nil
            else { continue }
            return DiagnosticNote(
                "\(other.platform) (\(other.rawValue)) accepts this value; \(dialect.platform) does not")
        }
        return nil
    }

    mutating func checkValue(
        _ value: String, type: ValueType, allowsEmpty: Bool, what: String, summary: String, errorCode: Int?,
        range: SourceRange, otherDialectNote: () -> DiagnosticNote? = { nil }
    ) {
        if let problem = ValueChecker.check(value, as: type, allowsEmpty: allowsEmpty) {
            var diagnostic = GrammarDiagnostics.value(
                problem, value: value, what: what, summary: summary, errorCode: errorCode, range: range)
            if let note = otherDialectNote() { diagnostic.notes.append(note) }
            diagnostics.append(diagnostic)
        } else if case .url = type, URLParts.looksLikeHostWithoutScheme(value.trimmingXMLWhitespace()) {
            diagnostics.append(
                GrammarDiagnostics.urlWithoutScheme(value.trimmingXMLWhitespace(), what: what, range: range))
        }
    }

    mutating func validateText(_ element: SyntaxElement, spec: ElementSpec) {
        let texts: [SyntaxText] = element.children.compactMap {
            if case .text(let text) = $0, !text.isWhitespace { return text }
            return nil
        }
        switch spec.text {
        case .none:
            if let first = texts.first {
                diagnostics.append(GrammarDiagnostics.unexpectedText(spec, range: first.range))
            }
        case .required where texts.isEmpty:
            diagnostics.append(GrammarDiagnostics.missingText(spec, range: element.nameRange))
        case .required, .optional:
            guard let textType = spec.textType, let first = texts.first, let last = texts.last else { return }
            let range = SourceRange(start: first.range.start, end: last.range.end)
            checkValue(
                element.text.trimmingXMLWhitespace(), type: textType, allowsEmpty: false,
                what: "the text of \(spec.tag)", summary: spec.summary, errorCode: nil, range: range)
        case .mixed:
            break
        }
    }

    /// Lints about recordings that cannot be seen from one attribute alone.
    mutating func lintRecording(_ element: SyntaxElement, spec: ElementSpec) {
        if spec.name == "Record", element.attribute("action") == nil {
            diagnostics.append(GrammarDiagnostics.recordMissingAction(range: element.nameRange))
        }
        if spec.name == "Record", let transcribe = element.attribute("transcribe"), transcribe.value == "true",
            spec.attribute("transcribe") != nil, let maxLength = element.attribute("maxLength"),
            let seconds = ValueChecker.parseInteger(maxLength.value), seconds > 120
        {
            diagnostics.append(GrammarDiagnostics.transcriptionTooLong(maxLength: seconds, range: maxLength.valueRange))
        }
        // A recording status callback on an element whose `record` switch is off.
        if let recordSpec = spec.attribute("record"), spec.records {
            let written = element.attribute("record")?.value
            let effective = written ?? recordSpec.defaultValue
            let off = effective == nil || effective == "do-not-record" || effective == "false"
            let callbacks = element.attributes.filter {
                $0.name.hasPrefix("recordingStatusCallback") && spec.attribute($0.name) != nil
            }
            // Point at the callback URL itself when it is written; else at the first of its settings.
            if off, let callback = callbacks.first(where: { $0.name == "recordingStatusCallback" }) ?? callbacks.first {
                diagnostics.append(
                    GrammarDiagnostics.callbackWithoutRecording(
                        callback.name, element: spec, recordAttribute: "record", recordValue: written,
                        defaultValue: recordSpec.defaultValue, range: callback.nameRange))
            }
        }
    }
}
