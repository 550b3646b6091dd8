/// An attribute as written in a start tag.
public struct SyntaxAttribute: Sendable, Hashable, Codable {
    /// The qualified name as written (`prefix:local` or `local`).
    public var name: String
    /// The value after XML's entity decoding and attribute-value normalisation.
    public var value: String
    /// The name.
    public var nameRange: SourceRange
    /// The value between the quotes (empty range for an empty value).
    public var valueRange: SourceRange
    /// Whether this is a namespace declaration (`xmlns`, `xmlns:p`).
    public var isNamespaceDeclaration: Bool

    public init(
        name: String, value: String, nameRange: SourceRange, valueRange: SourceRange,
        isNamespaceDeclaration: Bool = false
    ) {
        self.name = name
        self.value = value
        self.nameRange = nameRange
        self.valueRange = valueRange
        self.isNamespaceDeclaration = isNamespaceDeclaration
    }

    /// From the first character of the name to the closing quote.
    public var range: SourceRange {
        SourceRange(start: nameRange.start, end: valueRange.end.advancedByOneByte())
    }
}

/// Character data between tags, with entity and character references decoded.
public struct SyntaxText: Sendable, Hashable, Codable {
    public var text: String
    /// From the first to the last non-space character in the source (references and CDATA
    /// markup included); the whole run when it is only white space.
    public var range: SourceRange

    public init(text: String, range: SourceRange) {
        self.text = text
        self.range = range
    }

    /// Whether the text is only XML white space.
    public var isWhitespace: Bool {
        text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }
}

/// A child of an element.
public enum SyntaxNode: Sendable, Hashable, Codable {
    case element(SyntaxElement)
    case text(SyntaxText)
}

/// An element with exact positions for itself, its name and every attribute.
public struct SyntaxElement: Sendable, Hashable, Codable {
    /// The qualified name as written.
    public var name: String
    /// The element name in its start tag.
    public var nameRange: SourceRange
    /// From `<` to the `>` of the start tag, inclusive.
    public var startTagRange: SourceRange
    /// From `<` of the start tag to `>` of the end tag (or of `/>`), inclusive.
    public var range: SourceRange
    public var attributes: [SyntaxAttribute]
    public var children: [SyntaxNode]

    public init(
        name: String, nameRange: SourceRange, startTagRange: SourceRange, range: SourceRange,
        attributes: [SyntaxAttribute] = [], children: [SyntaxNode] = []
    ) {
        self.name = name
        self.nameRange = nameRange
        self.startTagRange = startTagRange
        self.range = range
        self.attributes = attributes
        self.children = children
    }

    /// The attribute named `name`, if present.
    public func attribute(_ name: String) -> SyntaxAttribute? {
        // By index: `first(where:)` copied every attribute (two strings, two ranges) to test it.
        for index in attributes.indices where attributes[index].name == name { return attributes[index] }
        return nil
    }

    /// The child elements in document order.
    public var elementChildren: [SyntaxElement] {
        children.compactMap {
            if case .element(let element) = $0 { return element }
            return nil
        }
    }

    /// The concatenated character data of the direct text children.
    public var text: String {
        children.reduce(into: "") {
            if case .text(let text) = $1 { $0 += text.text }
        }
    }
}

/// The result of reading a document: its root element when the document is well-formed and
/// within the reader's limits, and the problems found.
public struct SyntaxDocument: Sendable {
    /// The root element; `nil` when reading failed (see `diagnostics`).
    ///
    /// A document from ``XMLReader`` keeps its elements in a compact form and builds this tree each
    /// time it is read: keep the value when you use it more than once.
    public var root: SyntaxElement? {
        get { store.map { $0.syntaxElement($0.root) } ?? assignedRoot }
        set {
            assignedRoot = newValue
            store = nil
        }
    }
    public var diagnostics: [Diagnostic]
    public var lineIndex: LineIndex
    /// The number of elements read.
    public var elementCount: Int
    /// The compact form of `root` as read, when `root` was not assigned.
    package private(set) var store: SyntaxStore?
    private var assignedRoot: SyntaxElement?

    public init(root: SyntaxElement?, diagnostics: [Diagnostic], lineIndex: LineIndex, elementCount: Int) {
        self.assignedRoot = root
        self.diagnostics = diagnostics
        self.lineIndex = lineIndex
        self.elementCount = elementCount
    }

    package init(store: SyntaxStore, diagnostics: [Diagnostic], lineIndex: LineIndex, elementCount: Int) {
        self.store = store
        self.diagnostics = diagnostics
        self.lineIndex = lineIndex
        self.elementCount = elementCount
    }
}

extension SourceLocation {
    /// The location one byte further on the same line (attribute quotes are one byte).
    func advancedByOneByte() -> SourceLocation {
        SourceLocation(line: line, column: column + 1, offset: offset + 1)
    }
}
