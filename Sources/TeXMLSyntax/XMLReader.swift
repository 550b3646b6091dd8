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
        var state = ReaderState(bytes: bytes, lineIndex: lineIndex, limits: limits)
        var handler = Self.makeHandler()
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)
        bytes.withUnsafeBufferPointer { buffer in
            // The callbacks reach the state through this pointer, valid for the whole parse; the
            // state reads the input through `buffer`, which is valid as long.
            state.source = buffer
            var generic = texml_generic_errors()
            withUnsafeMutablePointer(to: &state) { statePointer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    _ = texml_sax_parse(&handler, statePointer, chars, Int32(buffer.count), options, &generic)
                }
            }
            state.source = UnsafeBufferPointer(start: nil, count: 0)
            if generic.count > 0 {
                let message = withUnsafeBytes(of: generic.first) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                state.noteConversionFailure(String(message.split(separator: "\n").first ?? ""), declared: bytes)
            }
        }
        return state.finish()
    }

    /// The `encoding` of the XML declaration, if the document has one.
    static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(200))
        guard head.starts(with: Array("<?xml".utf8)) else { return nil }
        let close = (0..<max(head.count - 1, 0)).first {
            head[$0] == UInt8(ascii: "?") && head[$0 + 1] == UInt8(ascii: ">")
        }
        let key = Array("encoding".utf8)
        guard let close,
            let found = (0..<max(close - key.count, 0)).first(where: { head[$0..<$0 + key.count].elementsEqual(key) })
        else { return nil }
        var index = found + key.count
        while index < close, head[index] == UInt8(ascii: " ") || head[index] == UInt8(ascii: "=") { index += 1 }
        guard index < close, head[index] == UInt8(ascii: "\"") || head[index] == UInt8(ascii: "'") else { return nil }
        let quote = head[index]
        let valueStart = index + 1
        var valueEnd = valueStart
        while valueEnd < close, head[valueEnd] != quote { valueEnd += 1 }
        return valueEnd > valueStart ? String(decoding: head[valueStart..<valueEnd], as: UTF8.self) : nil
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
            state.pointee.startElement(
                localName: localName, prefix: prefix, attributeCount: Int(attributeCount), attributes: attributes)
        }
        handler.endElementNs = { context, _, _, _ in
            ReaderState.from(context)?.pointee.endElement()
        }
        handler.characters = { context, characters, length in
            guard let characters else { return }
            ReaderState.from(context)?.pointee.characters(characters, Int(length))
        }
        handler.ignorableWhitespace = handler.characters
        handler.cdataBlock = handler.characters
        handler.comment = { context, _ in ReaderState.from(context)?.pointee.skipMarkup() }
        handler.processingInstruction = { context, _, _ in ReaderState.from(context)?.pointee.skipMarkup() }
        handler.internalSubset = { context, _, _, _ in
            ReaderState.from(context)?.pointee.doctype()
        }
        handler.serror = { context, error in
            guard let error else { return }
            ReaderState.from(context)?.pointee.libxmlError(error.pointee)
        }
        return handler
    }
}

/// The mutable state of one parse. Lives only inside ``XMLReader/read(_:)``, on its stack; the C
/// callbacks reach it through the parser context's `_private` pointer.
///
/// It records elements, attributes and text as offsets into the input (a ``SyntaxStore``); no
/// position is turned into a line and column unless a diagnostic needs it.
private struct ReaderState {
    let bytes: [UInt8]
    /// `bytes` during the parse. Every index used is below `source.count`: scans stop at an end
    /// offset that is at most the count, or at 0 going backwards.
    var source = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    let lineIndex: LineIndex
    let limits: ReaderLimits
    var context: xmlParserCtxtPtr?
    var diagnostics: [Diagnostic] = []
    var names = NameTable()
    var elements: [SyntaxStore.Element] = []
    var attributes: [SyntaxStore.Attribute] = []
    var texts: [SyntaxStore.Text] = []
    var decoded: [UInt8] = []
    /// Indexes of the open elements.
    var stack: [Int] = []
    var root: Int?
    var elementCount = 0
    var stopped = false
    /// Where the pending text run starts in the source and in `decoded`.
    var pendingTextStart: Int?
    var pendingDecodedStart = 0
    /// Byte offset just past the last tag seen, where the next text node begins.
    var lastTagEnd = 0
    /// Attribute positions of the start tag being read, reused from tag to tag.
    var rawAttributes: [RawAttribute] = []

    init(bytes: [UInt8], lineIndex: LineIndex, limits: ReaderLimits) {
        self.bytes = bytes
        self.lineIndex = lineIndex
        self.limits = limits
        // Typical call flows have an element every 100-150 bytes, an attribute or a text run every
        // 60-80 bytes, and text for half their bytes; the arrays grow past these when needed.
        elements.reserveCapacity(bytes.count / 128 + 8)
        attributes.reserveCapacity(bytes.count / 64 + 8)
        texts.reserveCapacity(bytes.count / 64 + 8)
        decoded.reserveCapacity(bytes.count / 2 + 64)
    }

    static func from(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<ReaderState>? {
        guard let context else { return nil }
        let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let state = parser.pointee._private else { return nil }
        let reader = state.assumingMemoryBound(to: ReaderState.self)
        reader.pointee.context = parser
        return reader
    }

    /// The parser's current byte offset in the input, clamped to the input.
    var offset: Int {
        guard let context else { return 0 }
        let consumed = Int(texml_byte_offset(context))
        return min(max(consumed, 0), bytes.count)
    }

    mutating func stop(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
        stopped = true
        if let context { xmlStopParser(context) }
    }

    /// The offset of the last `<` at or before `offset` (0 if none).
    func lastOpeningBracket(atOrBefore offset: Int) -> Int {
        var index = min(offset, source.count - 1)
        // Eight bytes at a time while `source[index - 7 ... index]` holds no `<`.
        let raw = UnsafeRawBufferPointer(source)
        while index >= 8 {
            let word = raw.loadUnaligned(fromByteOffset: index - 7, as: UInt64.self) ^ 0x3C3C_3C3C_3C3C_3C3C
            if (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0 { break }
            index -= 8
        }
        while index > 0, source[index] != UInt8(ascii: "<") { index -= 1 }
        return max(index, 0)
    }

    /// A comment or processing instruction: text after it starts after it.
    mutating func skipMarkup() {
        guard !stopped else { return }
        let end = offset
        flushText(until: lastOpeningBracket(atOrBefore: max(end - 1, 0)))
        lastTagEnd = end
    }

    mutating func appendChild(_ node: Int, to parent: Int) {
        let last = elements[parent].lastChild
        if last == SyntaxStore.none {
            elements[parent].firstChild = node
        } else if last >= 0 {
            elements[last].nextSibling = node
        } else {
            texts[~last].nextSibling = node
        }
        elements[parent].lastChild = node
    }

    mutating func flushText(until rawEnd: Int) {
        guard let rawStart = pendingTextStart else { return }
        pendingTextStart = nil
        guard let parent = stack.last else { return }
        // The range covers the first to the last non-space character, where diagnostics belong.
        var start = rawStart
        var end = rawEnd
        while start < end, source[start].isXMLSpace { start += 1 }
        while end > start, source[end - 1].isXMLSpace { end -= 1 }
        if start == end { (start, end) = (rawStart, rawEnd) }
        var isWhitespace = true
        for index in pendingDecodedStart..<decoded.count where !decoded[index].isXMLSpace {
            isWhitespace = false
            break
        }
        texts.append(
            SyntaxStore.Text(
                start: start, end: end, decodedStart: pendingDecodedStart, decodedEnd: decoded.count,
                isWhitespace: isWhitespace))
        appendChild(~(texts.count - 1), to: parent)
    }

    mutating func characters(_ characters: UnsafePointer<xmlChar>, _ length: Int) {
        guard !stopped else { return }
        if pendingTextStart == nil {
            pendingTextStart = lastTagEnd
            pendingDecodedStart = decoded.count
        }
        decoded.append(contentsOf: UnsafeBufferPointer(start: characters, count: length))
    }

    mutating func startElement(
        localName: UnsafePointer<xmlChar>, prefix: UnsafePointer<xmlChar>?, attributeCount: Int,
        attributes libxmlAttributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {
        guard !stopped else { return }
        // libxml2 calls back with the cursor on the `>` or `/>` ending the start tag. A start tag
        // cannot contain `<` (not even in attribute values), so the last `<` before it opens the tag.
        let tagEnd = offset
        let tagStart = lastOpeningBracket(atOrBefore: tagEnd)
        flushText(until: tagStart)

        let name = names.id(prefix: prefix, localName: localName)
        let closeEnd = tagEndOffset(from: tagEnd)
        let nameStart = tagStart + 1
        let nameEnd = nameStart + names.length(name)
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

        let firstAttribute = attributes.count
        readAttributes(
            tagStart: nameEnd, tagEnd: tagEnd, libxml: libxmlAttributes,
            libxmlCount: libxmlAttributes == nil ? 0 : attributeCount)
        elements.append(
            SyntaxStore.Element(
                name: name, tagStart: tagStart, nameEnd: nameEnd, startTagEnd: closeEnd, end: closeEnd,
                firstAttribute: firstAttribute, attributeCount: attributes.count - firstAttribute))
        stack.append(elements.count - 1)
        lastTagEnd = closeEnd
    }

    /// Records the attributes of a start tag: positions from the source, names and decoded values
    /// from libxml2's `attributes` array (five pointers each: local name, prefix, URI, value start
    /// and end). libxml2 lists them in source order without namespace declarations.
    mutating func readAttributes(
        tagStart: Int, tagEnd: Int, libxml: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, libxmlCount: Int
    ) {
        Self.lexAttributes(source, tagStart: tagStart, tagEnd: tagEnd, into: &rawAttributes)
        var next = 0  // the next libxml2 attribute to match
        for raw in rawAttributes {
            let rawName = UnsafeBufferPointer(rebasing: source[raw.nameStart..<raw.nameEnd])
            let isNamespace = Self.isNamespaceDeclaration(rawName)
            var match: Int?
            var matchName: Int?
            if !isNamespace, let libxml {
                // Normally the next one in libxml2's list; its interned name must be spelled the same.
                var candidate: Int?
                if next < libxmlCount, let local = libxml[next * 5] {
                    candidate = names.id(prefix: libxml[next * 5 + 1], localName: local)
                }
                if let candidate, names.spells(candidate, rawName) {
                    (match, matchName) = (next, candidate)
                    next += 1
                } else {
                    match = (0..<libxmlCount).last { NameTable.matches(libxml, $0, rawName) }
                }
            }
            var attribute = SyntaxStore.Attribute(
                name: 0, nameStart: raw.nameStart, nameEnd: raw.nameEnd, valueStart: raw.valueStart,
                valueEnd: raw.valueEnd, decodedStart: raw.valueStart, decodedEnd: raw.valueEnd, isDecodedCopy: false,
                isNamespaceDeclaration: isNamespace)
            if let match, let libxml, let local = libxml[match * 5], let start = libxml[match * 5 + 3],
                let end = libxml[match * 5 + 4], end >= start
            {
                attribute.name = matchName ?? names.id(prefix: libxml[match * 5 + 1], localName: local)
                let value = UnsafeBufferPointer(start: start, count: end - start)
                if !bytesEqual(value, UnsafeBufferPointer(rebasing: source[raw.valueStart..<raw.valueEnd])) {
                    attribute.decodedStart = decoded.count
                    decoded.append(contentsOf: value)
                    attribute.decodedEnd = decoded.count
                    attribute.isDecodedCopy = true
                }
            } else {
                attribute.name = names.id(rawName)
            }
            if raw.valueEnd - raw.valueStart > limits.maxAttributeBytes {
                diagnostics.append(
                    SyntaxDiagnostics.attributeTooLong(
                        name: String(decoding: rawName, as: UTF8.self), bytes: raw.valueEnd - raw.valueStart,
                        limit: limits.maxAttributeBytes, range: lineIndex.range(from: raw.valueStart, to: raw.valueEnd))
                )
            }
            attributes.append(attribute)
        }
    }

    /// `xmlns` or `xmlns:prefix`.
    static func isNamespaceDeclaration(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        guard name.count >= 5, name[0] == UInt8(ascii: "x"), name[1] == UInt8(ascii: "m"),
            name[2] == UInt8(ascii: "l"), name[3] == UInt8(ascii: "n"), name[4] == UInt8(ascii: "s")
        else { return false }
        return name.count == 5 || name[5] == UInt8(ascii: ":")
    }

    mutating func endElement() {
        guard !stopped, let open = stack.last else { return }
        // The cursor is just past `>` of the end tag or of `/>`; text before an end tag is the element's.
        let end = offset
        if end > elements[open].startTagEnd {
            flushText(until: lastOpeningBracket(atOrBefore: end - 1))
        }
        stack.removeLast()
        elements[open].end = end
        lastTagEnd = end
        if let parent = stack.last {
            appendChild(open, to: parent)
        } else {
            root = open
        }
    }

    mutating func doctype() {
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

    mutating func libxmlError(_ error: xmlError) {
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
            var lexed: [RawAttribute] = []
            Self.lexAttributes(source, tagStart: nameEnd, tagEnd: min(start + 1, bytes.count), into: &lexed)
            let occurrences = lexed.filter {
                String(decoding: bytes[$0.nameStart..<$0.nameEnd], as: UTF8.self) == name
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

    /// libxml2 could not convert the bytes from the declared encoding (it says so only through its
    /// generic error function): the first error, usually "Premature end of data" where decoding
    /// stopped, says why.
    mutating func noteConversionFailure(_ libxml2Message: String, declared bytes: [UInt8]) {
        let encoding = XMLReader.declaredEncoding(bytes).map { " \($0)" } ?? ""
        let why = "the bytes are not\(encoding) as the document declares (libxml2: \(libxml2Message))"
        if let first = diagnostics.firstIndex(where: { $0.severity == .error }) {
            diagnostics[first].message = why + "; " + diagnostics[first].message
        } else {
            diagnostics.append(SyntaxDiagnostics.notWellFormed(why, severity: .error, range: .documentStart))
        }
    }

    func finish() -> SyntaxDocument {
        guard !stopped, !diagnostics.containsErrors, let root else {
            return SyntaxDocument(root: nil, diagnostics: diagnostics, lineIndex: lineIndex, elementCount: elementCount)
        }
        let store = SyntaxStore(
            bytes: bytes, lineIndex: lineIndex, names: names.names, elements: elements, attributes: attributes,
            texts: texts, decoded: decoded, root: root)
        return SyntaxDocument(store: store, diagnostics: diagnostics, lineIndex: lineIndex, elementCount: elementCount)
    }

    /// The offset just past the `>` that ends a start tag whose `>` or `/` is at `offset`.
    private func tagEndOffset(from offset: Int) -> Int {
        var index = offset
        while index < source.count, source[index] != UInt8(ascii: ">") { index += 1 }
        return min(index + 1, source.count)
    }

    struct RawAttribute {
        var nameStart: Int
        var nameEnd: Int
        var valueStart: Int
        var valueEnd: Int
    }

    /// Finds attribute names and quoted values in a start tag that libxml2 has already checked.
    static func lexAttributes(
        _ bytes: UnsafeBufferPointer<UInt8>, tagStart: Int, tagEnd rawTagEnd: Int, into result: inout [RawAttribute]
    ) {
        result.removeAll(keepingCapacity: true)
        let tagEnd = min(rawTagEnd, bytes.count)
        var index = tagStart
        while index < tagEnd {
            while index < tagEnd, bytes[index].isXMLSpace { index += 1 }
            guard index < tagEnd, bytes[index] != UInt8(ascii: "/"), bytes[index] != UInt8(ascii: ">") else { break }
            let nameStart = index
            index = attributeNameEnd(in: bytes, from: index, to: tagEnd)
            let nameEnd = index
            while index < tagEnd, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "'") { index += 1 }
            guard index < tagEnd else { break }
            let valueStart = index + 1
            index = firstIndex(of: bytes[index], in: bytes, from: valueStart, to: tagEnd)
            result.append(RawAttribute(nameStart: nameStart, nameEnd: nameEnd, valueStart: valueStart, valueEnd: index))
            index += 1
        }
    }
}

/// The index of the first `byte` in `bytes[start ..< end]`, or `end`; eight bytes at a time.
func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
    let raw = UnsafeRawBufferPointer(bytes)
    let pattern = UInt64(byte) &* 0x0101_0101_0101_0101
    var index = start
    while index + 8 <= end {
        let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) ^ pattern
        // The lowest bit set marks the first zero byte, that is the first `byte`.
        let zeros = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
        if zeros != 0 { return index + zeros.trailingZeroBitCount >> 3 }
        index += 8
    }
    while index < end, bytes[index] != byte { index += 1 }
    return index
}

/// The end of an attribute name starting at `start`: the first XML space, `=`, `/` or `>` in
/// `bytes[start ..< end]`, or `end`.
func attributeNameEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
    @inline(__always) func isEnd(_ byte: UInt8) -> Bool {
        byte.isXMLSpace || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">")
    }
    @inline(__always) func zeroBytes(_ word: UInt64) -> UInt64 { (word &- 0x0101_0101_0101_0101) & ~word }
    let raw = UnsafeRawBufferPointer(bytes)
    var index = start
    while index + 8 <= end {
        let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        // Bytes below 0x21 (XML space and other controls), `=`, `/` and `>`; the lowest bit set
        // marks the first of them.
        let marked =
            ((word &- 0x2121_2121_2121_2121) & ~word | zeroBytes(word ^ 0x3D3D_3D3D_3D3D_3D3D)
                | zeroBytes(word ^ 0x2F2F_2F2F_2F2F_2F2F) | zeroBytes(word ^ 0x3E3E_3E3E_3E3E_3E3E))
            & 0x8080_8080_8080_8080
        if marked == 0 {
            index += 8
            continue
        }
        index += marked.trailingZeroBitCount >> 3
        if isEnd(bytes[index]) { return index }
        index += 1  // a control character that is not XML space: part of the name
    }
    while index < end, !isEnd(bytes[index]) { index += 1 }
    return index
}

/// Whether two byte buffers hold the same bytes.
@inline(__always)
func bytesEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.count == b.count else { return false }
    let (rawA, rawB) = (UnsafeRawBufferPointer(a), UnsafeRawBufferPointer(b))
    var index = 0
    while index + 8 <= a.count {
        if rawA.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            != rawB.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        {
            return false
        }
        index += 8
    }
    while index < a.count {
        if a[index] != b[index] { return false }
        index += 1
    }
    return true
}

/// The distinct qualified names of one document. libxml2 interns names in its dictionary, so a
/// (prefix, local name) pointer pair identifies a name for the whole parse: a `String` is made once
/// per distinct name, not once per element or attribute.
private struct NameTable {
    private(set) var names: [String] = []
    /// UTF-8 of every name, concatenated; name `i` is `bytes[starts[i] ..< starts[i + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    /// Open addressing on the pointer pair: each slot holds a key index + 1, or 0 when empty.
    private var slots = [Int](repeating: 0, count: 64)
    private var keys: [(prefix: UnsafeRawPointer?, local: UnsafeRawPointer, name: Int)] = []

    func length(_ name: Int) -> Int { starts[name + 1] - starts[name] }

    /// Whether name `name` is spelled `spelling`.
    func spells(_ name: Int, _ spelling: UnsafeBufferPointer<UInt8>) -> Bool {
        let (start, end) = (starts[name], starts[name + 1])
        guard end - start == spelling.count else { return false }
        return bytes.withUnsafeBufferPointer { bytesEqual(UnsafeBufferPointer(rebasing: $0[start..<end]), spelling) }
    }

    private func slot(_ prefix: UnsafeRawPointer?, _ local: UnsafeRawPointer) -> Int {
        let hash = (UInt(bitPattern: local) &* 0x9E37_79B9_7F4A_7C15) ^ UInt(bitPattern: prefix)
        return Int(truncatingIfNeeded: hash >> 40) & (slots.count - 1)
    }

    /// The name of a libxml2 element or attribute name pair.
    mutating func id(prefix: UnsafePointer<xmlChar>?, localName: UnsafePointer<xmlChar>) -> Int {
        let prefixKey = prefix.map(UnsafeRawPointer.init)
        let localKey = UnsafeRawPointer(localName)
        var index = slot(prefixKey, localKey)
        while slots[index] != 0 {
            let candidate = keys[slots[index] - 1]
            if candidate.local == localKey, candidate.prefix == prefixKey { return candidate.name }
            index = (index + 1) & (slots.count - 1)
        }
        var qualified: [UInt8] = []
        if let prefix {
            qualified += UnsafeBufferPointer(start: prefix, count: Int(xmlStrlen(prefix)))
            qualified.append(UInt8(ascii: ":"))
        }
        qualified += UnsafeBufferPointer(start: localName, count: Int(xmlStrlen(localName)))
        let name = qualified.withUnsafeBufferPointer { id($0) }
        keys.append((prefixKey, localKey, name))
        slots[index] = keys.count
        if keys.count * 2 > slots.count { rehash() }
        return name
    }

    private mutating func rehash() {
        slots = [Int](repeating: 0, count: slots.count * 2)
        for (number, key) in keys.enumerated() {
            var index = slot(key.prefix, key.local)
            while slots[index] != 0 { index = (index + 1) & (slots.count - 1) }
            slots[index] = number + 1
        }
    }

    /// The name spelled by `spelling`, added if new.
    mutating func id(_ spelling: UnsafeBufferPointer<UInt8>) -> Int {
        let found = bytes.withUnsafeBufferPointer { bytes in
            names.indices.first { name in
                starts[name + 1] - starts[name] == spelling.count
                    && bytesEqual(UnsafeBufferPointer(rebasing: bytes[starts[name]..<starts[name + 1]]), spelling)
            }
        }
        if let found { return found }
        names.append(String(decoding: spelling, as: UTF8.self))
        bytes += spelling
        starts.append(bytes.count)
        return names.count - 1
    }

    /// Whether libxml2's attribute `index` (prefix and local name) is spelled `spelling`.
    static func matches(
        _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>, _ index: Int,
        _ spelling: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        guard let local = attributes[index * 5] else { return false }
        var rest = spelling
        if let prefix = attributes[index * 5 + 1] {
            let prefixLength = Int(xmlStrlen(prefix))
            guard rest.count > prefixLength,
                bytesEqual(
                    UnsafeBufferPointer(rebasing: rest[..<prefixLength]),
                    UnsafeBufferPointer(start: prefix, count: prefixLength)),
                rest[prefixLength] == UInt8(ascii: ":")
            else { return false }
            rest = UnsafeBufferPointer(rebasing: rest[(prefixLength + 1)...])
        }
        return bytesEqual(rest, UnsafeBufferPointer(start: local, count: Int(xmlStrlen(local))))
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

extension StringProtocol {
    /// Without leading and trailing XML white space (space, tab, CR, LF); works on UTF-8 bytes.
    public func trimmingXMLSpace() -> String {
        let string = String(self)
        let bytes = string.utf8
        guard let first = bytes.firstIndex(where: { !$0.isXMLSpace }) else { return "" }
        let last = bytes.lastIndex(where: { !$0.isXMLSpace })!
        if first == bytes.startIndex && last == bytes.index(before: bytes.endIndex) { return string }
        return String(string[first...last])
    }
}

/// The bytes without leading and trailing XML white space.
public func trimmingXMLSpace(_ value: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    var start = 0
    var end = value.count
    while start < end, value[start].isXMLSpace { start += 1 }
    while end > start, value[end - 1].isXMLSpace { end -= 1 }
    return UnsafeBufferPointer(rebasing: value[start..<end])
}
