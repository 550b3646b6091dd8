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
                path: "Sources/TeXMLGrammar/Generated/Grammar+Generated.swift", contents: try SwiftTables.emit(source)),
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

    static func strings(_ values: [String]) -> String { "[" + values.map(string).joined(separator: ", ") + "]" }

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
    static func emit(_ source: GrammarSource) throws -> String {
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
        out += try grammars(source)
        return out
    }

    /// The per-dialect grammars and the table they are decoded from (see `GrammarTable` in
    /// TeXMLGrammar for the format). Each distinct attribute and element spec is one record,
    /// shared by every dialect whose spec is the same: cXML and Pivot inherit most of TwiML's
    /// unchanged. Data rather than Swift initialisers because the optimiser took minutes over
    /// a thousand literal initialisers, and a string literal costs it nothing.
    static func grammars(_ source: GrammarSource) throws -> String {
        var table = TableWriter()
        var dialectRecords: [String] = []
        for dialect in source.dialects {
            var indexes: [Int] = []
            for element in source.elements[dialect.id] ?? [] {
                indexes.append(try table.element(element))
            }
            dialectRecords.append("D|\(dialect.id)|" + indexes.map(String.init).joined(separator: ","))
        }
        var out = "\nextension Grammar {\n    /// The grammar of `dialect`.\n"
        out += "    public static func of(_ dialect: Dialect) -> Grammar {\n        switch dialect {\n"
        for dialect in source.dialects { out += "        case .\(dialect.id): \(dialect.id)\n" }
        out += "        }\n    }\n"
        for dialect in source.dialects {
            out += "\n    /// Every element of \(dialect.language) (\(dialect.platform)).\n"
            out += "    public static let \(dialect.id) = GrammarTable.generated.grammar(.\(dialect.id))\n"
        }
        out += "}\n"
        out += codes(source)
        out += "\nextension GrammarTable {\n"
        out += "    /// Every distinct attribute (`A`) and element (`E`) spec, then each dialect's elements (`D`).\n"
        out += "    static let generated = GrammarTable(decoding: generatedText)\n}\n"
        out += "\nprivate let generatedText: StaticString = #\"\"\"\n"
        for record in table.records + dialectRecords { out += record + "\n" }
        out += "\"\"\"#\n"
        return out
    }

    /// `Grammar/codes.json` as a switch: a few dozen entries, cheap to compile.
    static func codes(_ source: GrammarSource) -> String {
        let effects = ["fails-call": ".failsCall", "ignored": ".ignored", "runs": ".runs"]
        var out = "\nextension PlatformCode {\n    /// Every code `Grammar/codes.json` lists, by number.\n"
        out += "    public static let all: [PlatformCode] = [\n"
        for code in source.codes {
            out += "        PlatformCode(\n"
            out += "            code: \(code.code), platform: \(SwiftLiteral.string(code.platform)), "
            out += "title: \(SwiftLiteral.string(code.title)),\n"
            out += "            level: .\(code.level), effect: \(effects[code.effect]!),\n"
            out += "            source: \(SwiftLiteral.string(code.source))"
            if let note = code.note { out += ",\n            note: \(SwiftLiteral.string(note))" }
            out += "),\n"
        }
        out += "    ]\n}\n"
        return out
    }

    /// Writes the table's `A` and `E` records, each distinct one once, and answers its index.
    struct TableWriter {
        private(set) var records: [String] = []
        private var attributeIndexes: [String: Int] = [:]
        private var elementIndexes: [String: Int] = [:]

        mutating func element(_ element: ElementSource) throws -> Int {
            var fields = Fields(file: element.file)
            var attributes: [Int] = []
            for attribute in element.attributes {
                attributes.append(try self.attribute(attribute, file: element.file))
            }
            try fields.scalar(element.name)
            try fields.scalar(element.kind)
            try fields.scalar(element.summary)
            try fields.list(element.parents)
            try fields.list(element.children)
            try fields.scalar(element.text)
            try fields.optional(element.textType.map { try valueType(type: $0, attribute: nil, file: element.file) })
            try fields.optional(element.textErrorCode.map(String.init))
            try fields.scalar(String(element.terminal))
            try fields.optional(element.terminalWhen)
            try fields.optional(element.continuesWhen)
            try fields.scalar(String(element.continuesWhenEmpty))
            try fields.scalar(String(element.records))
            try fields.list(attributes.map(String.init))
            try fields.list(element.sources)
            return Self.index(of: "E" + fields.text, in: &elementIndexes, records: &records)
        }

        private mutating func attribute(_ attribute: AttributeSource, file: String) throws -> Int {
            var fields = Fields(file: file)
            try fields.scalar(attribute.name)
            try fields.scalar(try valueType(type: attribute.type, attribute: attribute, file: file))
            try fields.scalar(attribute.summary)
            try fields.optional(attribute.defaultValue)
            try fields.optional(attribute.errorCode.map(String.init))
            try fields.scalar(String(attribute.allowsEmpty))
            if attribute.rangeAdvice != nil {
                let integer = attribute.type == "integer"
                try fields.scalar(
                    SwiftTables.number(attribute.documentedMin, integer: integer) + ":"
                        + SwiftTables.number(attribute.documentedMax, integer: integer))
            } else {
                try fields.optional(nil)
            }
            try fields.optional(attribute.rangeAdvice)
            return Self.index(of: "A" + fields.text, in: &attributeIndexes, records: &records)
        }

        private static func index(of record: String, in indexes: inout [String: Int], records: inout [String]) -> Int {
            if let index = indexes[record] { return index }
            let index = indexes.count
            indexes[record] = index
            records.append(record)
            return index
        }
    }

    /// One record's fields, each checked for the separators the table reserves.
    struct Fields {
        var file: String
        var text = ""

        mutating func scalar(_ value: String) throws {
            guard !value.contains(where: { "|\n\r".contains($0) }), !value.contains("\"\"\"#"), value != "\"\"" else {
                throw GrammarError(file: file, message: "'\(value)' holds a character the generated table reserves")
            }
            text += "|" + value
        }

        /// nil is an empty field; the empty string is written `""`.
        mutating func optional(_ value: String?) throws {
            guard let value else { return text += "|" }
            if value.isEmpty { return text += "|\"\"" }
            try scalar(value)
        }

        mutating func list(_ values: [String]) throws {
            for value in values where value.isEmpty || value.contains(where: { ",;".contains($0) }) {
                throw GrammarError(file: file, message: "list item '\(value)' is empty or holds ',' or ';'")
            }
            try scalar(values.joined(separator: ","))
        }
    }

    /// A bound as the table writes it: empty for none.
    static func number(_ value: Double?, integer: Bool) -> String {
        guard let value else { return "" }
        return integer ? String(Int(value)) : String(value)
    }

    /// A value type as the table writes it: `integer:1:600`, `enum:mp3,wav`, `url:http,https`…
    static func valueType(type: String, attribute: AttributeSource?, file: String) throws -> String {
        func list(_ values: [String]) throws -> String {
            var fields = Fields(file: file)
            try fields.list(values)
            return String(fields.text.dropFirst())
        }
        switch type {
        case "string": return attribute?.maxLength.map { "string:\($0)" } ?? "string"
        case "url": return "url:" + (try list(attribute?.schemes ?? ["http", "https"]))
        case "boolean":
            guard let spellings = attribute?.booleans else { return "boolean" }
            return "spelled:" + (try list(spellings.truths)) + ";" + (try list(spellings.falsehoods))
        case "integer", "number":
            let integer = type == "integer"
            return "\(type):\(number(attribute?.min, integer: integer)):\(number(attribute?.max, integer: integer))"
        case "enum": return "enum:" + (try list(attribute?.values ?? []))
        case "enum-list": return "tokens:" + (try list(attribute?.values ?? []))
        case "keys": return "keys:" + (attribute?.keys ?? "0123456789*#")
        case "method", "dtmf", "phone", "sip-uri", "language": return type
        default: return "string"
        }
    }
}
