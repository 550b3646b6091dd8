/// Emits the typed AST: one struct per element (union over dialects), the `Node` enum, and the
/// builder switch that turns a validated element into its struct.
enum ASTEmitter {
    struct UnionAttribute {
        var name: String
        var swiftType: String
        var reader: String
        var summary: String
        var dialects: [String]
    }

    struct UnionElement {
        var name: String
        var kind: String
        var summary: String
        var hasText: Bool
        var hasChildren: Bool
        var attributes: [UnionAttribute]
        var dialects: [String]
    }

    static func swiftType(_ type: String) -> (type: String, reader: String) {
        switch type {
        case "boolean": ("Bool", "boolean")
        case "integer": ("Int", "integer")
        case "number": ("Double", "number")
        case "enum-list": ("[String]", "tokens")
        default: ("String", "string")
        }
    }

    static func union(_ source: GrammarSource) -> [UnionElement] {
        var order: [String] = []
        var byName: [String: UnionElement] = [:]
        for dialect in source.dialects {
            for element in source.elements[dialect.id] ?? [] {
                var union =
                    byName[element.name]
                    ?? UnionElement(
                        name: element.name, kind: element.kind, summary: element.summary, hasText: false,
                        hasChildren: false, attributes: [], dialects: [])
                if byName[element.name] == nil { order.append(element.name) }
                union.dialects.append(dialect.id)
                union.hasText = union.hasText || element.text != "none"
                union.hasChildren = union.hasChildren || !element.children.isEmpty
                for attribute in element.attributes {
                    let (type, reader) = swiftType(attribute.type)
                    if let index = union.attributes.firstIndex(where: { $0.name == attribute.name }) {
                        union.attributes[index].dialects.append(dialect.id)
                        if union.attributes[index].swiftType != type {
                            union.attributes[index].swiftType = "String"
                            union.attributes[index].reader = "string"
                        }
                    } else {
                        union.attributes.append(
                            UnionAttribute(
                                name: attribute.name, swiftType: type, reader: reader, summary: attribute.summary,
                                dialects: [dialect.id]))
                    }
                }
                byName[element.name] = union
            }
        }
        return order.compactMap { byName[$0] }
    }

    static func caseName(_ name: String) -> String {
        let type = SwiftLiteral.typeName(name)
        let id = type.prefix(1).lowercased() + type.dropFirst()
        return SwiftLiteral.keywords.contains(id) ? "`\(id)`" : id
    }

    static func emit(_ source: GrammarSource) -> String {
        let elements = union(source)
        let allDialects = source.dialects.map(\.id)
        var out = GrammarGenerator.swiftHeader + "\npublic import TeXMLSyntax\n"
        for element in elements {
            let type = SwiftLiteral.typeName(element.name) + "Element"
            let onlyIn = element.dialects == allDialects ? "" : " Only in \(element.dialects.joined(separator: ", ")). "
            out += "\n/// `<\(element.name)>`: \(element.summary).\(onlyIn)\n"
            out += "public struct \(type): Sendable {\n"
            out += "    /// The whole element.\n    public var range: SourceRange\n"
            out += "    /// The element name in the start tag.\n    public var nameRange: SourceRange\n"
            for attribute in element.attributes {
                let only =
                    attribute.dialects == element.dialects
                    ? "" : " (\(attribute.dialects.joined(separator: ", ")) only)"
                out += "    /// `\(attribute.name)`: \(attribute.summary)\(only).\n"
                out += "    public var \(SwiftLiteral.identifier(attribute.name)): Attribute<\(attribute.swiftType)>\n"
            }
            if element.hasText {
                out += "    /// The text content, white space trimmed.\n    public var text: String\n"
                out += "    /// Where the text is, if there is any.\n    public var textRange: SourceRange?\n"
            }
            if element.hasChildren {
                out += "    /// The child elements in document order.\n    public var children: [Node]\n"
            }
            out += "\n    init(_ reader: AttributeReader, children: [Node]) {\n"
            out += "        range = reader.element.range\n        nameRange = reader.element.nameRange\n"
            for attribute in element.attributes {
                out +=
                    "        \(SwiftLiteral.identifier(attribute.name)) = reader.\(attribute.reader)(\(SwiftLiteral.string(attribute.name)))\n"
            }
            if element.hasText { out += "        (text, textRange) = reader.text()\n" }
            if element.hasChildren { out += "        self.children = children\n" }
            out += "    }\n\n"
            out += "    /// Every attribute that is written or has a default, for dumps and traces.\n"
            out += "    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }\n\n"
            out +=
                "    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.\n"
            out += "    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {\n        [\n"
            for attribute in element.attributes {
                out +=
                    "            \(SwiftLiteral.identifier(attribute.name)).field(\(SwiftLiteral.string(attribute.name)), writtenOnly: writtenOnly),\n"
            }
            out += "        ].compactMap { $0 }\n    }\n}\n"
        }

        out += "\n/// Any element of a validated document.\npublic indirect enum Node: Sendable {\n"
        for element in elements {
            out += "    case \(caseName(element.name))(\(SwiftLiteral.typeName(element.name))Element)\n"
        }
        /// `body` returns the expression for one case, or nil when the case's value is not used.
        func property(_ name: String, _ type: String, _ doc: String, _ body: (UnionElement) -> (String, Bool)) {
            out += "\n    /// \(doc)\n    public var \(name): \(type) {\n        switch self {\n"
            for element in elements {
                let (expression, usesNode) = body(element)
                let binding = usesNode ? "let node" : "_"
                out += "        case .\(caseName(element.name))(\(binding)): \(expression)\n"
            }
            out += "        }\n    }\n"
        }
        property("name", "String", "The element name.") { (SwiftLiteral.string($0.name), false) }
        property("range", "SourceRange", "The whole element.") { _ in ("node.range", true) }
        property("nameRange", "SourceRange", "The element name in its start tag.") { _ in ("node.nameRange", true) }
        property("children", "[Node]", "The child elements.") {
            $0.hasChildren ? ("node.children", true) : ("[]", false)
        }
        property("text", "String?", "The text content, for elements that have text.") {
            $0.hasText ? ("node.text", true) : ("nil", false)
        }
        property("attributeFields", "[AttributeField]", "Written and defaulted attributes.") { _ in
            ("node.attributeFields", true)
        }
        property("writtenAttributeFields", "[AttributeField]", "The attributes written in the document.") { _ in
            ("node.attributeFields(writtenOnly: true)", true)
        }
        out += "}\n"

        out += "\nextension ASTBuilder {\n    func makeNode(_ reader: AttributeReader, children: [Node]) -> Node? {\n"
        out += "        switch reader.element.name {\n"
        for element in elements {
            out +=
                "        case \(SwiftLiteral.string(element.name)): .\(caseName(element.name))(.init(reader, children: children))\n"
        }
        out += "        default: nil\n        }\n    }\n}\n"
        return out
    }
}
