import TeXMLSupport
public import TeXMLSyntax

/// The result of validating one document.
public struct ValidationResult: Sendable {
    /// Every problem found, reader's and validator's, in document order.
    public var diagnostics: [Diagnostic]
    /// The positioned element tree, when the document was well-formed.
    public var syntax: SyntaxDocument
    /// The dialect the document was validated in.
    public var dialect: Dialect

    /// The typed document, when the platform would run it (no diagnostic fails the call; values
    /// it ignores read as not written). Part of the result, built once: on first access, since
    /// validation alone does not need it (building it for every file would make `texml validate`
    /// several times slower), and then kept, shared by every copy of the result.
    public var document: Document? { typed.value }

    private let typed: Once<Document?>

    init(diagnostics: [Diagnostic], syntax: SyntaxDocument, dialect: Dialect) {
        self.diagnostics = diagnostics
        self.syntax = syntax
        self.dialect = dialect
        let runs = !diagnostics.failsCall
        typed = Once { runs ? syntax.root.flatMap { ASTBuilder(grammar: .of(dialect)).document($0) } : nil }
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
        guard let store = syntax.store else {
            return ValidationResult(diagnostics: syntax.diagnostics.sortedForOutput(), syntax: syntax, dialect: dialect)
        }
        let found = store.bytes.withUnsafeBufferPointer { source in
            store.decoded.withUnsafeBufferPointer { decoded in
                var run = ValidationRun(grammar: .of(dialect), store: store, source: source, decoded: decoded)
                run.validateRoot(store.root)
                return run.diagnostics
            }
        }
        let diagnostics = (syntax.diagnostics + found).sortedForOutput()
        return ValidationResult(diagnostics: diagnostics, syntax: syntax, dialect: dialect)
    }

    /// Reads and validates a document given as text.
    public func validate(_ text: String) -> ValidationResult { validate(Array(text.utf8)) }
}

/// One validation of a read document, on its compact form: names are compared as interned
/// indexes, values as bytes; a `String` or a position is made only for what is reported.
private struct ValidationRun {
    let grammar: Grammar
    let store: SyntaxStore
    /// `store.bytes` and `store.decoded` for the duration of the run.
    let source: UnsafeBufferPointer<UInt8>
    let decoded: UnsafeBufferPointer<UInt8>
    var diagnostics: [Diagnostic] = []
    /// The grammar's spec for each name of the document, looked up once per name.
    private var elementSpecs: [ElementSpec?]
    private var elementSpecLooked: [Bool]
    /// For (element name, attribute name): the index in the spec's attributes, -1 for none, -2 not
    /// looked up yet. A table when the document has few names, else a dictionary.
    private var attributeTable: [Int32]
    private var attributeDictionary: [Int: Int32] = [:]

    init(grammar: Grammar, store: SyntaxStore, source: UnsafeBufferPointer<UInt8>, decoded: UnsafeBufferPointer<UInt8>)
    {
        self.grammar = grammar
        self.store = store
        self.source = source
        self.decoded = decoded
        let count = store.names.count
        elementSpecs = Array(repeating: nil, count: count)
        elementSpecLooked = Array(repeating: false, count: count)
        attributeTable = count <= 128 ? Array(repeating: -2, count: count * count) : []
    }

    var dialect: Dialect { grammar.dialect }

    /// The decoded value of an attribute, as bytes.
    func valueBytes(_ attribute: SyntaxStore.Attribute) -> UnsafeBufferPointer<UInt8> {
        slice(attribute.isDecodedCopy ? decoded : source, attribute.decodedStart, attribute.decodedEnd)
    }

    /// The decoded character data of a text run, as bytes.
    func textBytes(_ text: SyntaxStore.Text) -> UnsafeBufferPointer<UInt8> {
        slice(decoded, text.decodedStart, text.decodedEnd)
    }

    private func slice(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UnsafeBufferPointer<UInt8> {
        precondition(0 <= start && start <= end && end <= buffer.count)
        return UnsafeBufferPointer(rebasing: buffer[start..<end])
    }

    func name(ofElement element: Int) -> String { store.names[store.elements[element].name] }

    mutating func spec(forName name: Int) -> ElementSpec? {
        if !elementSpecLooked[name] {
            elementSpecs[name] = grammar.element(store.names[name])
            elementSpecLooked[name] = true
        }
        return elementSpecs[name]
    }

    /// The index in `spec.attributes` of the attribute `name` of an element named `elementName`.
    mutating func attributeSpecIndex(_ spec: ElementSpec, elementName: Int, name: Int) -> Int? {
        let key = elementName * store.names.count + name
        let cached = attributeTable.isEmpty ? attributeDictionary[key, default: -2] : attributeTable[key]
        if cached != -2 { return cached < 0 ? nil : Int(cached) }
        let index = spec.attributeIndex(store.names[name])
        if attributeTable.isEmpty {
            attributeDictionary[key] = Int32(index ?? -1)
        } else {
            attributeTable[key] = Int32(index ?? -1)
        }
        return index
    }

    mutating func validateRoot(_ root: Int) {
        guard let spec = spec(forName: store.elements[root].name), spec.kind == .root else {
            diagnostics.append(
                GrammarDiagnostics.rootNotResponse(name(ofElement: root), range: store.nameRange(ofElement: root)))
            return
        }
        validate(root, spec: spec)
    }

    mutating func validate(_ element: Int, spec: ElementSpec) {
        validateAttributes(element, spec: spec)
        validateText(element, spec: spec)
        lintRecording(element, spec: spec)

        var terminal: Int?
        var firstUnreachable: Int?
        var unreachableCount = 0
        var child = store.elements[element].firstChild
        while child != SyntaxStore.none {
            guard child >= 0 else {
                child = store.texts[~child].nextSibling
                continue
            }
            defer { child = store.elements[child].nextSibling }
            guard let childSpec = lookUp(child) else { continue }
            let parentName = name(ofElement: element)
            if !childSpec.parents.contains(parentName) {
                diagnostics.append(
                    GrammarDiagnostics.misplaced(
                        childSpec, parent: parentName, range: store.nameRange(ofElement: child)))
            }
            if terminal != nil, childSpec.kind == .verb {
                if firstUnreachable == nil { firstUnreachable = child }
                unreachableCount += 1
            } else if spec.kind == .root,
                isTerminal(child, childSpec)
            {
                terminal = child
            }
            validate(child, spec: childSpec)
        }
        if let terminal, let first = firstUnreachable {
            diagnostics.append(
                GrammarDiagnostics.unreachable(
                    name(ofElement: first), after: name(ofElement: terminal),
                    at: store.nameRange(ofElement: terminal), count: unreachableCount,
                    range: store.nameRange(ofElement: first)))
        }
    }

    /// The spec of an element, or nil after reporting it unknown.
    mutating func lookUp(_ element: Int) -> ElementSpec? {
        if let spec = spec(forName: store.elements[element].name) { return spec }
        let name = name(ofElement: element)
        let others = Dialect.allCases.filter { $0 != dialect && Grammar.of($0).element(name) != nil }
        if !others.isEmpty {
            diagnostics.append(
                GrammarDiagnostics.wrongDialect(
                    name, dialect: dialect, others: others, range: store.nameRange(ofElement: element)))
        } else {
            let suggestion = Suggestions.closest(to: name, in: grammar.elementNames)
            diagnostics.append(
                GrammarDiagnostics.unknownElement(
                    name, suggestion: suggestion, range: store.nameRange(ofElement: element), dialect: dialect))
        }
        return nil
    }

    mutating func validateAttributes(_ element: Int, spec: ElementSpec) {
        let store = store
        let record = store.elements[element]
        for attribute in record.firstAttribute..<(record.firstAttribute + record.attributeCount) {
            let written = store.attributes[attribute]
            if written.isNamespaceDeclaration { continue }
            guard let specIndex = attributeSpecIndex(spec, elementName: record.name, name: written.name) else {
                let name = store.names[written.name]
                if name.hasPrefix("xml:") { continue }
                let other = Dialect.allCases.first {
                    $0 != dialect && Grammar.of($0).element(spec.name)?.attribute(name) != nil
                }
                let suggestion = Suggestions.closest(to: name, in: spec.attributes.map(\.name))
                diagnostics.append(
                    GrammarDiagnostics.unknownAttribute(
                        name, element: spec, suggestion: suggestion, otherDialect: other,
                        range: store.nameRange(ofAttribute: attribute), dialect: dialect))
                continue
            }
            let byteCheck = spec.attributeByteChecks[specIndex]
            if byteCheck.isCertainlyFine(valueBytes(written)) { continue }
            let attributeSpec = spec.attributes[specIndex]
            let value = store.value(ofAttribute: attribute)
            checkValue(
                value, type: attributeSpec.type, allowsEmpty: attributeSpec.allowsEmpty,
                what: "'\(store.names[written.name])' on \(spec.tag)", summary: attributeSpec.summary,
                errorCode: attributeSpec.errorCode, documented: attributeSpec.documentedRange,
                range: store.valueRange(ofAttribute: attribute),
                otherDialectNote: { [dialect] in
                    Self.otherDialectNote(dialect: dialect, element: spec.name, attribute: attributeSpec, value: value)
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
        _ value: String, type: ValueType, allowsEmpty: Bool, what: @autoclosure () -> String, summary: String,
        errorCode: Int?, documented: DocumentedRange? = nil, range: @autoclosure () -> SourceRange,
        otherDialectNote: () -> DiagnosticNote? = { nil }
    ) {
        if let problem = ValueChecker.check(value, as: type, allowsEmpty: allowsEmpty) {
            var diagnostic = GrammarDiagnostics.value(
                problem, value: value, what: what(), summary: summary, errorCode: errorCode, range: range())
            if let note = otherDialectNote() { diagnostic.notes.append(note) }
            diagnostics.append(diagnostic)
        } else if let documented, let number = ValueChecker.parseDecimal(value), !documented.contains(number) {
            diagnostics.append(
                GrammarDiagnostics.outsideDocumentedRange(
                    value: value.trimmingXMLSpace(), what: what(), summary: summary, min: documented.min,
                    max: documented.max, advice: documented.advice, range: range()))
        } else if case .url = type, URLParts.looksLikeHostWithoutScheme(value.trimmingXMLSpace()) {
            diagnostics.append(
                GrammarDiagnostics.urlWithoutScheme(value.trimmingXMLSpace(), what: what(), range: range()))
        }
    }

    mutating func validateText(_ element: Int, spec: ElementSpec) {
        if spec.text == .mixed { return }
        let store = store
        // The first and last text runs that are not only white space.
        var first: Int?
        var last: Int?
        var runs = 0
        var child = store.elements[element].firstChild
        while child != SyntaxStore.none {
            if child >= 0 {
                child = store.elements[child].nextSibling
                continue
            }
            let text = store.texts[~child]
            runs += 1
            if !text.isWhitespace {
                if first == nil { first = ~child }
                last = ~child
            }
            child = text.nextSibling
        }
        switch spec.text {
        case .none:
            if let first {
                diagnostics.append(GrammarDiagnostics.unexpectedText(spec, range: store.range(ofText: first)))
            }
        case .required where first == nil:
            diagnostics.append(GrammarDiagnostics.missingText(spec, range: store.nameRange(ofElement: element)))
        case .required, .optional:
            guard let textType = spec.textType, let first, let last else { return }
            // The element's text is all its direct text runs, white space trimmed.
            if runs == 1, let byteCheck = spec.textByteCheck,
                byteCheck.isCertainlyFine(trimmingXMLSpace(textBytes(store.texts[first])))
            {
                return
            }
            var text = ""
            child = store.elements[element].firstChild
            while child != SyntaxStore.none {
                if child >= 0 {
                    child = store.elements[child].nextSibling
                } else {
                    text += store.text(~child)
                    child = store.texts[~child].nextSibling
                }
            }
            checkValue(
                text.trimmingXMLSpace(), type: textType, allowsEmpty: false,
                what: "the text of \(spec.tag)", summary: spec.summary, errorCode: spec.textErrorCode,
                range: SourceRange(start: store.range(ofText: first).start, end: store.range(ofText: last).end))
        case .mixed:
            break
        }
    }

    /// Whether control never reaches the verb after this one: a terminal verb (unless its
    /// `continuesWhen` switch is on, or the platform runs the next verb when its recording is
    /// empty: `continuesWhenEmpty`), or one made terminal by an attribute (`<Dial action>`).
    func isTerminal(_ element: Int, _ spec: ElementSpec) -> Bool {
        if let attribute = spec.terminalWhenAttribute, store.attribute(named: attribute, ofElement: element) != nil {
            return true
        }
        guard spec.isTerminal, !spec.continuesWhenEmpty else { return false }
        return !isSwitchedOn(spec.continuesWhenAttribute, of: element, spec: spec)
    }

    /// Whether a boolean attribute is written as true, in the spellings of the dialect.
    func isSwitchedOn(_ name: String?, of element: Int, spec: ElementSpec) -> Bool {
        guard let name, let attribute = store.attribute(named: name, ofElement: element) else { return false }
        return (spec.attribute(name)?.type ?? .boolean).booleanValue(store.value(ofAttribute: attribute)) == true
    }

    /// Lints about recordings that cannot be seen from one attribute alone.
    mutating func lintRecording(_ element: Int, spec: ElementSpec) {
        if spec.isRecord {
            // A background recording's action is a notification: its answer runs nothing.
            if store.attribute(named: "action", ofElement: element) == nil,
                !isSwitchedOn(spec.continuesWhenAttribute, of: element, spec: spec)
            {
                diagnostics.append(GrammarDiagnostics.recordMissingAction(range: store.nameRange(ofElement: element)))
            }
            // Twilio's transcription window (reference 1.1); InboundXML documents none.
            if grammar.dialect != .inboundxml,
                let transcribe = store.attribute(named: "transcribe", ofElement: element),
                store.value(ofAttribute: transcribe) == "true", spec.attribute("transcribe") != nil,
                let maxLength = store.attribute(named: "maxLength", ofElement: element),
                let seconds = ValueChecker.parseInteger(store.value(ofAttribute: maxLength)), seconds > 120
            {
                diagnostics.append(
                    GrammarDiagnostics.transcriptionTooLong(
                        maxLength: seconds, range: store.valueRange(ofAttribute: maxLength)))
            }
        }
        // A recording status callback on an element whose `record` switch is off.
        if spec.records, let recordSpec = spec.recordAttribute {
            let written = store.attribute(named: "record", ofElement: element).map { store.value(ofAttribute: $0) }
            let effective = written ?? recordSpec.defaultValue
            // On: a recording mode (`record-from-…`), or true in the dialect's spellings
            // (InboundXML's `record` is a boolean: `True`, `1`…).
            let on = effective.map { $0.hasPrefix("record-") || grammar.dialect.trueSpellings.contains($0) } ?? false
            let off = !on
            guard off else { return }
            let record = store.elements[element]
            var callback: Int?
            for attribute in record.firstAttribute..<(record.firstAttribute + record.attributeCount) {
                let name = store.names[store.attributes[attribute].name]
                // Twilio's `recordingStatusCallback…`, InboundXML's `recordCallback…`.
                guard name.hasPrefix("recordingStatusCallback") || name.hasPrefix("recordCallback"),
                    spec.attribute(name) != nil
                else { continue }
                if name == "recordingStatusCallback" || name == "recordCallbackUrl" {
                    callback = attribute
                    break
                }
                if callback == nil { callback = attribute }
            }
            // Point at the callback URL itself when it is written; else at the first of its settings.
            if let callback {
                diagnostics.append(
                    GrammarDiagnostics.callbackWithoutRecording(
                        store.names[store.attributes[callback].name], element: spec, recordAttribute: "record",
                        recordValue: written, defaultValue: recordSpec.defaultValue,
                        range: store.nameRange(ofAttribute: callback)))
            }
        }
    }
}
