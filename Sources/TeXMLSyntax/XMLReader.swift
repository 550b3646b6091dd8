internal import CLibXML2

/// Limits that bound the work and memory spent on one untrusted document.
public struct ReaderLimits: Sendable, Hashable {
    /// Largest input accepted, in bytes. Default 1 MiB: call-flow documents are a few kilobytes.
    public var maxBytes: Int
    /// Deepest element nesting accepted. Default 64; real call flows nest 4 deep.
    public var maxDepth: Int
    /// Most elements accepted. Default 100 000.
    public var maxElements: Int
    /// Longest attribute value accepted, in bytes. Default 16 KiB.
    public var maxAttributeBytes: Int

    public init(
        maxBytes: Int = 1 << 20, maxDepth: Int = 64, maxElements: Int = 100_000, maxAttributeBytes: Int = 16 << 10
    ) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxElements = maxElements
        self.maxAttributeBytes = maxAttributeBytes
    }

    public static let `default` = ReaderLimits()
}

/// Reads untrusted XML into a positioned ``SyntaxDocument`` with libxml2's SAX2 parser.
///
/// Safety: the network is never used (`XML_PARSE_NONET`); a DOCTYPE stops the parse at once, so
/// no DTD is loaded and no entity is declared or expanded; only XML's five predefined entities and
/// character references are decoded; size, depth, element count and attribute length are capped.
public struct XMLReader: Sendable {
    public var limits: ReaderLimits

    public init(limits: ReaderLimits = .default) {
        self.limits = limits
    }

    /// Reads a document from its bytes.
    public func read(_ bytes: [UInt8]) -> SyntaxDocument {
        let lineIndex = LineIndex(bytes)
        func fail(_ diagnostic: Diagnostic) -> SyntaxDocument {
            SyntaxDocument(root: nil, diagnostics: [diagnostic], lineIndex: lineIndex, elementCount: 0)
        }
        if bytes.count > limits.maxBytes {
            return fail(SyntaxDiagnostics.tooLarge(bytes: bytes.count, limit: limits.maxBytes, range: .documentStart))
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            return fail(SyntaxDiagnostics.emptyDocument(range: lineIndex.range(from: bytes.count, to: bytes.count)))
        }
        if let encoding = Self.utf16Encoding(bytes) {
            return fail(SyntaxDiagnostics.unsupportedEncoding(encoding, range: .documentStart))
        }
        let state = ReaderState(bytes: bytes, lineIndex: lineIndex, limits: limits)
        var handler = Self.makeHandler()
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)
        bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                let opaque = Unmanaged.passUnretained(state).toOpaque()
                _ = texml_sax_parse(&handler, opaque, chars, Int32(buffer.count), options)
            }
        }
        return state.finish()
    }

    private static func utf16Encoding(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 2 else { return nil }
        switch (bytes[0], bytes[1]) {
        case (0xFE, 0xFF), (0x00, 0x3C): return "UTF-16 (big-endian)"
        case (0xFF, 0xFE), (0x3C, 0x00): return "UTF-16 (little-endian)"
        default: return nil
        }
    }

    private static func makeHandler() -> xmlSAXHandler {
        var handler = xmlSAXHandler()
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.startElementNs = { context, localName, prefix, _, _, _, attributeCount, _, attributes in
            guard let state = ReaderState.from(context), let localName else { return }
            state.startElement(
                localName: localName, prefix: prefix, attributeCount: Int(attributeCount), attributes: attributes)
        }
        handler.endElementNs = { context, _, _, _ in
            ReaderState.from(context)?.endElement()
        }
        handler.characters = { context, characters, length in
            guard let characters else { return }
            ReaderState.from(context)?.characters(characters, Int(length))
        }
        handler.ignorableWhitespace = handler.characters
        handler.cdataBlock = handler.characters
        handler.comment = { context, _ in ReaderState.from(context)?.skipMarkup() }
        handler.processingInstruction = { context, _, _ in ReaderState.from(context)?.skipMarkup() }
        handler.internalSubset = { context, _, _, _ in
            ReaderState.from(context)?.doctype()
        }
        handler.serror = { context, error in
            guard let error else { return }
            ReaderState.from(context)?.libxmlError(error.pointee)
        }
        return handler
    }
}

/// The mutable state of one parse. Lives only inside ``XMLReader/read(_:)``; reached from the C
/// callbacks through the parser context's `_private` pointer.
private final class ReaderState {
    let bytes: [UInt8]
    let lineIndex: LineIndex
    let limits: ReaderLimits
    var context: xmlParserCtxtPtr?
    var diagnostics: [Diagnostic] = []
    var stack: [SyntaxElement] = []
    var root: SyntaxElement?
    var elementCount = 0
    var stopped = false
    var pendingText = ""
    var pendingTextStart: Int?
    /// Byte offset just past the last tag seen, where the next text node begins.
    var lastTagEnd = 0

    init(bytes: [UInt8], lineIndex: LineIndex, limits: ReaderLimits) {
        self.bytes = bytes
        self.lineIndex = lineIndex
        self.limits = limits
    }

    static func from(_ context: UnsafeMutableRawPointer?) -> ReaderState? {
        guard let context else { return nil }
        let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let state = parser.pointee._private else { return nil }
        let reader = Unmanaged<ReaderState>.fromOpaque(state).takeUnretainedValue()
        reader.context = parser
        return reader
    }

    /// The parser's current byte offset in the input, clamped to the input.
    var offset: Int {
        guard let context else { return 0 }
        let consumed = Int(texml_byte_offset(context))
        return min(max(consumed, 0), bytes.count)
    }

    func stop(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
        stopped = true
        if let context { xmlStopParser(context) }
    }

    /// A comment or processing instruction: text after it starts after it.
    func skipMarkup() {
        guard !stopped else { return }
        let end = offset
        var start = max(end - 1, 0)
        while start > 0, bytes[start] != UInt8(ascii: "<") { start -= 1 }
        flushText(until: start)
        lastTagEnd = end
    }

    func flushText(until rawEnd: Int) {
        guard let rawStart = pendingTextStart else { return }
        // The range covers the first to the last non-space character, where diagnostics belong.
        var start = rawStart
        var end = rawEnd
        while start < end, bytes[start].isXMLSpace { start += 1 }
        while end > start, bytes[end - 1].isXMLSpace { end -= 1 }
        if start == end { (start, end) = (rawStart, rawEnd) }
        let text = SyntaxText(text: pendingText, range: lineIndex.range(from: start, to: end))
        if !stack.isEmpty { stack[stack.count - 1].children.append(.text(text)) }
        pendingText = ""
        pendingTextStart = nil
    }

    func characters(_ characters: UnsafePointer<xmlChar>, _ length: Int) {
        guard !stopped else { return }
        if pendingTextStart == nil { pendingTextStart = lastTagEnd }
        pendingText += String(decoding: UnsafeBufferPointer(start: characters, count: length), as: UTF8.self)
    }

    func startElement(
        localName: UnsafePointer<xmlChar>, prefix: UnsafePointer<xmlChar>?, attributeCount: Int,
        attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {
        guard !stopped else { return }
        // libxml2 calls back with the cursor on the `>` or `/>` ending the start tag. A start tag
        // cannot contain `<` (not even in attribute values), so the last `<` before it opens the tag.
        let tagEnd = offset
        var tagStart = min(tagEnd, bytes.count - 1)
        while tagStart > 0, bytes[tagStart] != UInt8(ascii: "<") { tagStart -= 1 }
        flushText(until: tagStart)

        var name = String(cString: localName)
        if let prefix { name = String(cString: prefix) + ":" + name }
        let closeEnd = tagEndOffset(from: tagEnd)
        let nameStart = tagStart + 1
        let nameEnd = nameStart + name.utf8.count
        elementCount += 1
        if elementCount > limits.maxElements {
            stop(
                SyntaxDiagnostics.tooManyElements(
                    limit: limits.maxElements, range: lineIndex.range(from: nameStart, to: nameEnd)))
            return
        }
        if stack.count + 1 > limits.maxDepth {
            stop(
                SyntaxDiagnostics.tooDeep(
                    depth: stack.count + 1, limit: limits.maxDepth, range: lineIndex.range(from: nameStart, to: nameEnd)
                ))
            return
        }

        var decoded: [String: String] = [:]
        if let attributes {
            for index in 0..<attributeCount {
                let base = index * 5
                guard let local = attributes[base], let start = attributes[base + 3], let end = attributes[base + 4]
                else { continue }
                var attributeName = String(cString: local)
                if let attributePrefix = attributes[base + 1] {
                    attributeName = String(cString: attributePrefix) + ":" + attributeName
                }
                let count = end - start
                decoded[attributeName] = String(
                    decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
            }
        }
        var parsed: [SyntaxAttribute] = []
        for raw in lexAttributes(tagStart: nameEnd, tagEnd: tagEnd) {
            let isNamespace = raw.name == "xmlns" || raw.name.hasPrefix("xmlns:")
            let value =
                decoded[raw.name]
                ?? String(decoding: bytes[raw.valueStart..<raw.valueEnd], as: UTF8.self)
            let valueRange = lineIndex.range(from: raw.valueStart, to: raw.valueEnd)
            if raw.valueEnd - raw.valueStart > limits.maxAttributeBytes {
                diagnostics.append(
                    SyntaxDiagnostics.attributeTooLong(
                        name: raw.name, bytes: raw.valueEnd - raw.valueStart, limit: limits.maxAttributeBytes,
                        range: valueRange))
            }
            parsed.append(
                SyntaxAttribute(
                    name: raw.name, value: value,
                    nameRange: lineIndex.range(from: raw.nameStart, to: raw.nameStart + raw.name.utf8.count),
                    valueRange: valueRange, isNamespaceDeclaration: isNamespace))
        }
        let startTagRange = lineIndex.range(from: tagStart, to: closeEnd)
        stack.append(
            SyntaxElement(
                name: name, nameRange: lineIndex.range(from: nameStart, to: nameEnd), startTagRange: startTagRange,
                range: startTagRange, attributes: parsed))
        lastTagEnd = closeEnd
    }

    func endElement() {
        guard !stopped, let open = stack.last else { return }
        // The cursor is just past `>` of the end tag or of `/>`; text before an end tag is the element's.
        let end = offset
        if end > open.startTagRange.end.offset {
            var tagStart = end - 1
            while tagStart > 0, bytes[tagStart] != UInt8(ascii: "<") { tagStart -= 1 }
            flushText(until: tagStart)
        }
        var element = stack.removeLast()
        element.range = SourceRange(start: element.startTagRange.start, end: lineIndex.location(ofOffset: end))
        lastTagEnd = end
        if stack.isEmpty {
            root = element
        } else {
            stack[stack.count - 1].children.append(.element(element))
        }
    }

    func doctype() {
        // `internalSubset` fires after the DOCTYPE's name and external id; point at `<!DOCTYPE`.
        let end = offset
        var start = end
        let marker = Array("<!DOCTYPE".utf8)
        while start > 0 {
            start -= 1
            if bytes[start] == UInt8(ascii: "<"), bytes[start...].starts(with: marker) { break }
        }
        stop(SyntaxDiagnostics.doctypeForbidden(range: lineIndex.range(from: start, to: end)))
    }

    func libxmlError(_ error: xmlError) {
        // Platforms accept undeclared prefixes such as Twilio's `<amazon:effect>`; so do we.
        if error.domain == Int32(XML_FROM_NAMESPACE.rawValue) { return }
        guard !stopped || error.level == XML_ERR_FATAL else { return }
        let raw = error.message.map { String(cString: $0) } ?? "XML error \(error.code)"
        // Some libxml2 messages span lines ("…encoding !\nBytes: 0x80 …"): keep one line.
        let message = raw.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters() }.joined(separator: "; ")
        let severity: DiagnosticSeverity = error.level == XML_ERR_WARNING ? .warning : .error
        var start = offset
        // libxml2 stops after an undeclared `&name;`; point at the `&`.
        if error.code == Int32(XML_ERR_UNDECLARED_ENTITY.rawValue)
            || error.code == Int32(XML_WAR_UNDECLARED_ENTITY.rawValue)
        {
            var index = start - 1
            while index > max(start - 256, 0), bytes[index] != UInt8(ascii: "&") { index -= 1 }
            if index >= 0, index < bytes.count, bytes[index] == UInt8(ascii: "&") { start = index }
        }
        if error.code == Int32(XML_ERR_TAG_NAME_MISMATCH.rawValue), start > 0 {
            // The cursor is past the end tag; point at its name.
            var index = min(start - 1, bytes.count - 1)
            while index > 0, !(bytes[index] == UInt8(ascii: "/") && bytes[index - 1] == UInt8(ascii: "<")) {
                index -= 1
            }
            if index > 0 { start = index + 1 }
        }
        if error.code == Int32(XML_ERR_ATTRIBUTE_REDEFINED.rawValue), let name = error.str1.map({ String(cString: $0) })
        {
            // The cursor is at the end of the start tag; point at the second occurrence of the name.
            var tagStart = min(start, bytes.count - 1)
            while tagStart > 0, bytes[tagStart] != UInt8(ascii: "<") { tagStart -= 1 }
            var nameEnd = tagStart + 1
            while nameEnd < start, !bytes[nameEnd].isXMLSpace, bytes[nameEnd] != UInt8(ascii: ">") { nameEnd += 1 }
            let occurrences = lexAttributes(tagStart: nameEnd, tagEnd: min(start + 1, bytes.count)).filter {
                $0.name == name
            }
            if occurrences.count > 1 { start = occurrences[1].nameStart }
        }
        var location = lineIndex.location(ofOffset: start)
        if context == nil || stopped, error.line > 0 {
            location = SourceLocation(line: Int(error.line), column: max(Int(error.int2), 1), offset: location.offset)
        }
        let diagnostic = SyntaxDiagnostics.notWellFormed(message, severity: severity, range: SourceRange(at: location))
        if diagnostics.last != diagnostic { diagnostics.append(diagnostic) }
    }

    func finish() -> SyntaxDocument {
        if stopped || diagnostics.containsErrors {
            return SyntaxDocument(root: nil, diagnostics: diagnostics, lineIndex: lineIndex, elementCount: elementCount)
        }
        return SyntaxDocument(root: root, diagnostics: diagnostics, lineIndex: lineIndex, elementCount: elementCount)
    }

    /// The offset just past the `>` that ends a start tag whose `>` or `/` is at `offset`.
    private func tagEndOffset(from offset: Int) -> Int {
        var index = offset
        while index < bytes.count, bytes[index] != UInt8(ascii: ">") { index += 1 }
        return min(index + 1, bytes.count)
    }

    struct RawAttribute {
        var name: String
        var nameStart: Int
        var valueStart: Int
        var valueEnd: Int
    }

    /// Finds attribute names and quoted values in a start tag that libxml2 has already checked.
    func lexAttributes(tagStart: Int, tagEnd: Int) -> [RawAttribute] {
        var result: [RawAttribute] = []
        var index = tagStart
        func isSpace(_ byte: UInt8) -> Bool { byte.isXMLSpace }
        while index < tagEnd {
            while index < tagEnd, isSpace(bytes[index]) { index += 1 }
            guard index < tagEnd, bytes[index] != UInt8(ascii: "/"), bytes[index] != UInt8(ascii: ">") else { break }
            let nameStart = index
            while index < tagEnd, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: "="),
                bytes[index] != UInt8(ascii: "/"), bytes[index] != UInt8(ascii: ">")
            { index += 1 }
            let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
            while index < tagEnd, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "'") { index += 1 }
            guard index < tagEnd else { break }
            let quote = bytes[index]
            let valueStart = index + 1
            index = valueStart
            while index < tagEnd, bytes[index] != quote { index += 1 }
            result.append(RawAttribute(name: name, nameStart: nameStart, valueStart: valueStart, valueEnd: index))
            index += 1
        }
        return result
    }
}

extension Substring {
    fileprivate func trimmingCharacters() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}

extension UInt8 {
    /// Whether the byte is XML white space: space, tab, CR or LF.
    public var isXMLSpace: Bool { self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D }
}
