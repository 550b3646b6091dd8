/// A read document in compact form: flat arrays of elements, attributes and text runs that refer to
/// the input by byte offset, with every name interned once.
///
/// The reader builds this instead of a tree of ``SyntaxElement`` values: validation reads names,
/// values and offsets from it without creating a `String` or a ``SourceLocation`` for anything it
/// does not report. ``SyntaxDocument/root`` builds the public tree from it when asked.
///
/// Node references: an element is its index in ``elements``, a text run is `~index` (negative)
/// into ``texts``; ``SyntaxStore/none`` ends a sibling list.
package final class SyntaxStore: Sendable {
    package struct Element: Sendable {
        /// Index into ``SyntaxStore/names``.
        package var name: Int
        /// Offset of the `<` of the start tag.
        package var tagStart: Int
        /// Offset just past the name in the start tag.
        package var nameEnd: Int
        /// Offset just past the `>` of the start tag.
        package var startTagEnd: Int
        /// Offset just past the `>` of the end tag (or of `/>`).
        package var end: Int
        /// The attributes are `attributes[firstAttribute ..< firstAttribute + attributeCount]`.
        package var firstAttribute: Int
        package var attributeCount: Int
        package var firstChild: Int = SyntaxStore.none
        package var lastChild: Int = SyntaxStore.none
        package var nextSibling: Int = SyntaxStore.none

        package var nameStart: Int { tagStart + 1 }
    }

    package struct Attribute: Sendable {
        /// Index into ``SyntaxStore/names``.
        package var name: Int
        package var nameStart: Int
        package var nameEnd: Int
        /// The value between the quotes in the source.
        package var valueStart: Int
        package var valueEnd: Int
        /// Where the decoded value is: in ``SyntaxStore/decoded`` when `isDecodedCopy`, else in the
        /// source at `valueStart ..< valueEnd` (it needed no decoding).
        package var decodedStart: Int
        package var decodedEnd: Int
        package var isDecodedCopy: Bool
        package var isNamespaceDeclaration: Bool
    }

    package struct Text: Sendable {
        /// The source range: first to last non-space character, or the whole run if all space.
        package var start: Int
        package var end: Int
        /// The decoded character data, in ``SyntaxStore/decoded``.
        package var decodedStart: Int
        package var decodedEnd: Int
        package var isWhitespace: Bool
        package var nextSibling: Int = SyntaxStore.none
    }

    /// Ends a list of children.
    package static let none = Int.min

    package let bytes: [UInt8]
    package let lineIndex: LineIndex
    /// Qualified names as written, each distinct name once.
    package let names: [String]
    package let elements: [Element]
    package let attributes: [Attribute]
    package let texts: [Text]
    /// Decoded text and the attribute values that differ from their source bytes.
    package let decoded: [UInt8]
    /// Index of the root element.
    package let root: Int

    init(
        bytes: [UInt8], lineIndex: LineIndex, names: [String], elements: [Element], attributes: [Attribute],
        texts: [Text], decoded: [UInt8], root: Int
    ) {
        self.bytes = bytes
        self.lineIndex = lineIndex
        self.names = names
        self.elements = elements
        self.attributes = attributes
        self.texts = texts
        self.decoded = decoded
        self.root = root
    }

    // MARK: Ranges, computed on demand

    package func nameRange(ofElement index: Int) -> SourceRange {
        let element = elements[index]
        return lineIndex.range(from: element.nameStart, to: element.nameEnd)
    }

    package func startTagRange(ofElement index: Int) -> SourceRange {
        let element = elements[index]
        return lineIndex.range(from: element.tagStart, to: element.startTagEnd)
    }

    package func range(ofElement index: Int) -> SourceRange {
        let element = elements[index]
        let start = lineIndex.range(from: element.tagStart, to: element.startTagEnd).start
        return SourceRange(start: start, end: lineIndex.location(ofOffset: element.end))
    }

    package func nameRange(ofAttribute index: Int) -> SourceRange {
        let attribute = attributes[index]
        return lineIndex.range(from: attribute.nameStart, to: attribute.nameEnd)
    }

    package func valueRange(ofAttribute index: Int) -> SourceRange {
        let attribute = attributes[index]
        return lineIndex.range(from: attribute.valueStart, to: attribute.valueEnd)
    }

    package func range(ofText index: Int) -> SourceRange {
        let text = texts[index]
        return lineIndex.range(from: text.start, to: text.end)
    }

    // MARK: Values

    /// The decoded value of an attribute, as bytes, for the duration of `body`.
    package func withValue<R>(ofAttribute index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let attribute = attributes[index]
        let (start, end) = (attribute.decodedStart, attribute.decodedEnd)
        let source = attribute.isDecodedCopy ? decoded : bytes
        precondition(0 <= start && start <= end && end <= source.count)
        return source.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// The decoded value of an attribute.
    package func value(ofAttribute index: Int) -> String {
        withValue(ofAttribute: index) { String(decoding: $0, as: UTF8.self) }
    }

    /// The decoded character data of a text run, as bytes, for the duration of `body`.
    package func withText<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let text = texts[index]
        let (start, end) = (text.decodedStart, text.decodedEnd)
        precondition(0 <= start && start <= end && end <= decoded.count)
        return decoded.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// The decoded character data of a text run.
    package func text(_ index: Int) -> String {
        withText(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// The first attribute of an element with the given qualified name, as ``SyntaxElement/attribute(_:)``.
    package func attribute(named name: String, ofElement index: Int) -> Int? {
        let element = elements[index]
        for attribute in element.firstAttribute..<(element.firstAttribute + element.attributeCount)
        where names[attributes[attribute].name] == name {
            return attribute
        }
        return nil
    }

    // MARK: The public tree

    /// The element at `index` as a ``SyntaxElement`` tree.
    package func syntaxElement(_ index: Int) -> SyntaxElement {
        let element = elements[index]
        let startTag = startTagRange(ofElement: index)
        var attributes: [SyntaxAttribute] = []
        attributes.reserveCapacity(element.attributeCount)
        for attribute in element.firstAttribute..<(element.firstAttribute + element.attributeCount) {
            attributes.append(
                SyntaxAttribute(
                    name: names[self.attributes[attribute].name], value: value(ofAttribute: attribute),
                    nameRange: nameRange(ofAttribute: attribute), valueRange: valueRange(ofAttribute: attribute),
                    isNamespaceDeclaration: self.attributes[attribute].isNamespaceDeclaration))
        }
        var children: [SyntaxNode] = []
        var child = element.firstChild
        while child != Self.none {
            if child >= 0 {
                children.append(.element(syntaxElement(child)))
                child = elements[child].nextSibling
            } else {
                children.append(.text(SyntaxText(text: text(~child), range: range(ofText: ~child))))
                child = texts[~child].nextSibling
            }
        }
        return SyntaxElement(
            name: names[element.name], nameRange: nameRange(ofElement: index), startTagRange: startTag,
            range: SourceRange(start: startTag.start, end: lineIndex.location(ofOffset: element.end)),
            attributes: attributes, children: children)
    }
}
