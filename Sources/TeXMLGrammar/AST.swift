public import TeXMLSyntax

/// An attribute of a typed element: what was written, the dialect's default, and where.
///
/// `value` is what the platform uses; `isWritten` tells an explicit `timeout="5"` from a default 5.
public struct Attribute<Value: Sendable & Hashable>: Sendable, Hashable {
    /// The value as written in the document, if the attribute is present.
    public var written: Value?
    /// The dialect's default, if it has one.
    public var defaultValue: Value?
    /// Where the written value is.
    public var range: SourceRange?

    public init(written: Value? = nil, defaultValue: Value? = nil, range: SourceRange? = nil) {
        self.written = written
        self.defaultValue = defaultValue
        self.range = range
    }

    /// The value in effect: the written one, else the default.
    public var value: Value? { written ?? defaultValue }

    /// Whether the attribute is written in the document.
    public var isWritten: Bool { written != nil }

    // Not inlined, here and in `AttributeReader`: the generated element types call these once
    // per attribute, and inlining them into seventy initialisers tripled this module's build.
    @inline(never)
    func field(_ name: String, writtenOnly: Bool = false) -> AttributeField? {
        // Rendering a default only to drop it is most of a trace's cost per verb.
        if writtenOnly, written == nil { return nil }
        guard let value else { return nil }
        return AttributeField(name: name, value: AttributeField.render(value), isDefault: written == nil)
    }
}

/// One attribute as shown by dumps: its name, its value rendered as text, and whether it is a default.
public struct AttributeField: Sendable, Hashable, Codable {
    public var name: String
    public var value: String
    public var isDefault: Bool

    static func render(_ value: some Sendable) -> String {
        switch value {
        case let text as String: quoted(text)
        case let list as [String]: "[" + list.map(quoted).joined(separator: ", ") + "]"
        default: "\(value)"
        }
    }

    static func quoted(_ text: String) -> String {
        // Most values have nothing to escape: no walk over `Character`s (grapheme breaking).
        if !text.utf8.contains(where: {
            $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\t")
        }) {
            var result = "\""
            result.reserveCapacity(text.utf8.count + 2)
            result += text
            result += "\""
            return result
        }
        var result = "\""
        for character in text {
            switch character {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default: result.append(character)
            }
        }
        return result + "\""
    }
}

/// Reads typed attribute values of one element, with the defaults of its dialect.
struct AttributeReader {
    let element: SyntaxElement
    let spec: ElementSpec

    /// `attribute` is `spec.attribute(name)`, looked up once by the caller (a hash of the name).
    private func make<Value>(
        _ name: String, _ attribute: AttributeSpec?, _ convert: (String) -> Value?
    ) -> Attribute<Value> {
        let written = element.attribute(name)
        return Attribute(
            // A document with a bad value is built only when the platform ignores the value: the
            // verb then runs as if it were not written. A value outside the documented range but
            // inside the type's bounds is a warning and kept.
            written: written.flatMap { field in
                guard let attribute,
                    ValueChecker.check(field.value, as: attribute.type, allowsEmpty: attribute.allowsEmpty) != nil
                else { return convert(field.value) }
                return nil
            },
            defaultValue: attribute?.defaultValue.flatMap(convert),
            range: written?.valueRange)
    }

    @inline(never)
    func string(_ name: String) -> Attribute<String> {
        let attribute = spec.attribute(name)
        let isMethod = attribute?.type == .method
        return make(name, attribute) { value in
            // Methods are case-insensitive on the platforms; keep one spelling.
            isMethod ? value.trimmingXMLSpace().uppercased() : value
        }
    }

    @inline(never)
    func integer(_ name: String) -> Attribute<Int> { make(name, spec.attribute(name), ValueChecker.parseInteger) }

    @inline(never)
    func number(_ name: String) -> Attribute<Double> { make(name, spec.attribute(name), ValueChecker.parseDecimal) }

    @inline(never)
    func boolean(_ name: String) -> Attribute<Bool> {
        let attribute = spec.attribute(name)
        let type = attribute?.type ?? .boolean
        return make(name, attribute) { type.booleanValue($0) }
    }

    @inline(never)
    func tokens(_ name: String) -> Attribute<[String]> {
        make(name, spec.attribute(name)) {
            $0.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
        }
    }

    func text() -> (String, SourceRange?) {
        let texts: [SyntaxText] = element.children.compactMap {
            if case .text(let text) = $0 { return text }
            return nil
        }
        guard let first = texts.first(where: { !$0.isWhitespace }), let last = texts.last(where: { !$0.isWhitespace })
        else { return ("", nil) }
        let text = element.text.trimmingXMLSpace()
        let range = SourceRange(start: first.range.start, end: last.range.end)
        // As for attributes: text that does not fit its type is built only when the platform
        // ignores it (`textErrorCode`, Twilio's 13243 for a `<Sip>` URI), and then reads as not
        // written; its range stays, for the trace to point at.
        if let type = spec.textType, ValueChecker.check(text, as: type) != nil { return ("", range) }
        return (text, range)
    }
}

/// A validated document as typed values.
///
/// Encodes (`texml ast --format json`) as the tree every element shares — name, range,
/// attributes as `AttributeField`s, text and children — rather than per-element types: the
/// schema stays the same as the grammar grows, and the seventy synthesised conformances cost
/// the optimiser most of this module's build time.
public struct Document: Sendable, Encodable {
    public var dialect: Dialect
    /// The `<Response>` root.
    public var root: Node

    /// The verbs of the document, in order.
    public var verbs: [Node] { root.children }
}

extension Node: Encodable {
    private enum CodingKeys: String, CodingKey {
        case name, range, attributes, text, children
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(range, forKey: .range)
        try container.encode(attributeFields, forKey: .attributes)
        try container.encodeIfPresent(text, forKey: .text)
        try container.encode(children, forKey: .children)
    }
}

/// Builds the typed AST from a validated element tree.
struct ASTBuilder {
    let grammar: Grammar

    func document(_ root: SyntaxElement) -> Document? {
        guard let node = node(root) else { return nil }
        return Document(dialect: grammar.dialect, root: node)
    }

    func node(_ element: SyntaxElement) -> Node? {
        guard let spec = grammar.element(element.name) else { return nil }
        let children = element.elementChildren.compactMap(node)
        return makeNode(AttributeReader(element: element, spec: spec), children: children)
    }
}

extension Document {
    /// A tree dump, one element a line, with `@line:col-line:col` ranges; defaults are marked.
    ///
    ///     Response @1:1-4:12
    ///       Record @2:3-2:40 action="/done" maxLength=20 timeout=5 (default)
    public func dump() -> String {
        var lines: [String] = []
        func visit(_ node: Node, depth: Int) {
            var line = String(repeating: "  ", count: depth) + node.name + " @" + node.range.description
            for field in node.attributeFields {
                line += " \(field.name)=\(field.value)" + (field.isDefault ? " (default)" : "")
            }
            if let text = node.text, !text.isEmpty { line += " text=" + AttributeField.quoted(text) }
            lines.append(line)
            for child in node.children { visit(child, depth: depth + 1) }
        }
        visit(root, depth: 0)
        return lines.joined(separator: "\n") + "\n"
    }
}
