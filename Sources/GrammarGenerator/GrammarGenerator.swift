import Foundation

/// A file the generator writes, relative to the package root.
public struct GeneratedFile: Equatable {
    public var path: String
    public var contents: String
}

/// Turns `Grammar/` into the committed generated files.
public enum GrammarGenerator {
    /// The command that regenerates everything; quoted in headers and in the staleness test.
    public static let command = "swift run texml-grammar-gen"

    /// Every generated file, computed from the grammar directory of the package at `packageRoot`.
    public static func generate(packageRoot: URL) throws -> [GeneratedFile] {
        let source = try GrammarSource(directory: packageRoot.appendingPathComponent("Grammar"))
        var files = [
            GeneratedFile(
                path: "Sources/TeXMLGrammar/Generated/Grammar+Generated.swift", contents: SwiftTables.emit(source)),
            GeneratedFile(
                path: "Sources/TeXMLGrammar/Generated/AST+Generated.swift", contents: ASTEmitter.emit(source)),
        ]
        for dialect in source.dialects {
            files.append(
                GeneratedFile(
                    path: "Grammar/schema/\(dialect.id).rng", contents: RelaxNGEmitter.emit(source, dialect: dialect)))
        }
        return files
    }

    static let swiftHeader = """
        // swift-format-ignore-file
        // Generated from Grammar/ by `\(command)`. Do not edit.

        """
}

// MARK: - Swift literals

enum SwiftLiteral {
    static func string(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 {
                    result += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    static func optionalString(_ value: String?) -> String { value.map(string) ?? "nil" }

    static func strings(_ values: [String]) -> String { "[" + values.map(string).joined(separator: ", ") + "]" }

    static func number(_ value: Double?, integer: Bool) -> String {
        guard let value else { return "nil" }
        return integer ? String(Int(value)) : String(value)
    }

    /// `recordingStatusCallback` → itself; `interpret-as` → `interpretAs`; keywords are escaped.
    static func identifier(_ name: String) -> String {
        var parts = name.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard !parts.isEmpty else { return "_" }
        parts[0] = parts[0].prefix(1).lowercased() + parts[0].dropFirst()
        for index in parts.indices.dropFirst() {
            parts[index] = parts[index].prefix(1).uppercased() + parts[index].dropFirst()
        }
        var identifier = parts.joined()
        if identifier.first?.isNumber == true { identifier = "_" + identifier }
        return keywords.contains(identifier) ? "`\(identifier)`" : identifier
    }

    /// `say-as` → `SayAs`; `amazon:effect` → `AmazonEffect`.
    static func typeName(_ name: String) -> String {
        let id = identifier(name).trimmingCharacters(in: CharacterSet(charactersIn: "`"))
        return id.prefix(1).uppercased() + id.dropFirst()
    }

    static let keywords: Set<String> = [
        "as", "break", "case", "catch", "class", "continue", "default", "defer", "do", "else", "enum", "extension",
        "fallthrough", "false", "for", "func", "guard", "if", "import", "in", "init", "inout", "internal", "is", "let",
        "nil", "operator", "private", "protocol", "public", "repeat", "rethrows", "return", "self", "static",
        "struct", "subscript", "super", "switch", "throw", "throws", "true", "try", "typealias", "var", "where",
        "while", "Type", "Self",
    ]
}

// MARK: - Tables

enum SwiftTables {
    static func emit(_ source: GrammarSource) -> String {
        var out = GrammarGenerator.swiftHeader
        out += "\n/// A markup dialect: one platform's variant of the call-flow language.\n"
        out += "public enum Dialect: String, Sendable, Hashable, Codable, CaseIterable {\n"
        for dialect in source.dialects {
            out += "    /// \(dialect.language), as \(dialect.platform) runs it.\n    case \(dialect.id)\n"
        }
        out +=
            "\n    /// The platform that runs this dialect.\n    public var platform: String {\n        switch self {\n"
        for dialect in source.dialects {
            out += "        case .\(dialect.id): \(SwiftLiteral.string(dialect.platform))\n"
        }
        out +=
            "        }\n    }\n\n    /// The language's own name.\n    public var language: String {\n        switch self {\n"
        for dialect in source.dialects {
            out += "        case .\(dialect.id): \(SwiftLiteral.string(dialect.language))\n"
        }
        out += "        }\n    }\n"
        out +=
            "\n    /// The family whose rules this dialect follows wherever its platform documents nothing\n"
            + "    /// different.\n    public var family: DialectFamily {\n        switch self {\n"
        for dialect in source.dialects {
            out += "        case .\(dialect.id): .\(dialect.inherits ?? dialect.id)\n"
        }
        out += "        }\n    }\n"
        out +=
            "\n    /// How the dialect writes true in a boolean attribute (or in an enumeration that takes\n"
            + "    /// booleans, like InboundXML's `<Dial record>`).\n    public var trueSpellings: [String] {\n"
            + "        switch self {\n"
        for dialect in source.dialects {
            out += "        case .\(dialect.id): \(SwiftLiteral.strings(dialect.booleans?.truths ?? ["true"]))\n"
        }
        out += "        }\n    }\n}\n"
        out +=
            "\n/// The dialects that inherit from no other: the rule sets every dialect belongs to.\n"
            + "public enum DialectFamily: String, Sendable, Hashable, Codable, CaseIterable {\n"
        for dialect in source.dialects where dialect.inherits == nil {
            out += "    /// \(dialect.language) and the dialects that inherit from it.\n    case \(dialect.id)\n"
        }
        out += "}\n"
        out +=
            "\nextension Grammar {\n    /// The grammar of `dialect`.\n    public static func of(_ dialect: Dialect) -> Grammar {\n"
        out += "        switch dialect {\n"
        for dialect in source.dialects { out += "        case .\(dialect.id): \(dialect.id)\n" }
        out += "        }\n    }\n\n"
        for dialect in source.dialects {
            out += "    /// Every element of \(dialect.language) (\(dialect.platform)).\n"
            out +=
                "    public static let \(dialect.id) = Grammar(\n        dialect: .\(dialect.id),\n        elements: [\n"
            for element in source.elements[dialect.id] ?? [] { out += elementLiteral(element) }
            out += "        ])\n"
        }
        out += "}\n"
        return out
    }

    static func valueType(type: String, attribute: AttributeSource?) -> String {
        switch type {
        case "string": return ".string(maxLength: \(attribute?.maxLength.map(String.init) ?? "nil"))"
        case "url": return ".url(schemes: \(SwiftLiteral.strings(attribute?.schemes ?? ["http", "https"])))"
        case "method": return ".method"
        case "boolean":
            guard let spellings = attribute?.booleans else { return ".boolean" }
            return
                ".spelledBoolean(truths: \(SwiftLiteral.strings(spellings.truths)), falsehoods: \(SwiftLiteral.strings(spellings.falsehoods)))"
        case "integer":
            return
                ".integer(min: \(SwiftLiteral.number(attribute?.min, integer: true)), max: \(SwiftLiteral.number(attribute?.max, integer: true)))"
        case "number":
            return
                ".number(min: \(SwiftLiteral.number(attribute?.min, integer: false)), max: \(SwiftLiteral.number(attribute?.max, integer: false)))"
        case "enum": return ".enumeration(\(SwiftLiteral.strings(attribute?.values ?? [])))"
        case "enum-list": return ".tokenList(\(SwiftLiteral.strings(attribute?.values ?? [])))"
        case "keys": return ".keys(\(SwiftLiteral.string(attribute?.keys ?? "0123456789*#")))"
        case "dtmf": return ".dtmf"
        case "phone": return ".phone"
        case "sip-uri": return ".sipURI"
        case "language": return ".language"
        default: return ".string(maxLength: nil)"
        }
    }

    static func elementLiteral(_ element: ElementSource) -> String {
        var out = "            ElementSpec(\n"
        out += "                name: \(SwiftLiteral.string(element.name)), kind: .\(element.kind),\n"
        out += "                summary: \(SwiftLiteral.string(element.summary)),\n"
        out += "                parents: \(SwiftLiteral.strings(element.parents)),\n"
        out += "                children: \(SwiftLiteral.strings(element.children)),\n"
        out +=
            "                text: .\(element.text), textType: \(element.textType.map { valueType(type: $0, attribute: nil) } ?? "nil"),\n"
        out +=
            "                isTerminal: \(element.terminal), terminalWhenAttribute: \(SwiftLiteral.optionalString(element.terminalWhen)),\n"
        if let continuesWhen = element.continuesWhen {
            out += "                continuesWhenAttribute: \(SwiftLiteral.string(continuesWhen)),\n"
        }
        out += "                records: \(element.records),\n"
        out += "                attributes: [\n"
        for attribute in element.attributes {
            out += "                    AttributeSpec(\n"
            out +=
                "                        name: \(SwiftLiteral.string(attribute.name)), type: \(valueType(type: attribute.type, attribute: attribute)),\n"
            out += "                        summary: \(SwiftLiteral.string(attribute.summary)),\n"
            out +=
                "                        defaultValue: \(SwiftLiteral.optionalString(attribute.defaultValue)), errorCode: \(attribute.errorCode.map(String.init) ?? "nil"), allowsEmpty: \(attribute.allowsEmpty)),\n"
        }
        out += "                ],\n"
        out += "                sources: \(SwiftLiteral.strings(element.sources))),\n"
        return out
    }
}
