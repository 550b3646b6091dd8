/// The generated grammar, decoded from the compact text `texml-grammar-gen` writes into
/// `Generated/Grammar+Generated.swift`.
///
/// The text is one record per line, fields separated by `|`, list items by `,`:
///
/// - `A|name|type|summary|default|errorCode|allowsEmpty|documentedRange|rangeAdvice`: an attribute spec,
///   whose documented range is `min:max` (either bound may be empty) or empty for none;
/// - `E|name|kind|summary|parents|children|text|textType|textErrorCode|terminal|terminalWhen|continuesWhen|continuesWhenEmpty|records|attributes|sources`:
///   an element spec, whose `attributes` are indexes of `A` records;
/// - `D|dialect|elements`: a dialect's elements, as indexes of `E` records.
///
/// An empty optional field is nil and `""` the empty string. A type is `string[:maxLength]`,
/// `url:schemes`, `integer:min:max` or `number:min:max` (either bound may be empty),
/// `enum:values`, `tokens:values`, `keys:characters`, `spelled:truths;falsehoods`, or one of
/// `method`, `boolean`, `dtmf`, `phone`, `sip-uri`, `language`.
///
/// Specs shared by several dialects are one record and, once decoded, one `ElementSpec`.
/// The generator writes only text this decoder reads, and a test decodes every dialect, so a
/// malformed record is a generator bug: it stops with the record's line instead of guessing.
struct GrammarTable: Sendable {
    private var attributes: [AttributeSpec] = []
    private var elements: [ElementSpec] = []
    private var dialects: [Dialect: [ElementSpec]] = [:]

    init(decoding text: StaticString) {
        text.withUTF8Buffer { bytes in
            for (number, line) in bytes.split(separator: UInt8(ascii: "\n")).enumerated() {
                var record = Record(line: number + 1, fields: line)
                switch record.next() {
                case "A": attributes.append(record.attribute())
                case "E": elements.append(record.element(attributes: attributes))
                case "D":
                    let (dialect, indexes) = record.dialect(elementCount: elements.count)
                    dialects[dialect] = indexes.map { elements[$0] }
                case let kind: record.fail("unknown record kind '\(kind)'")
                }
                record.end()
            }
        }
    }

    /// The grammar of `dialect`: empty if the table has no `D` record for it.
    func grammar(_ dialect: Dialect) -> Grammar {
        Grammar(dialect: dialect, elements: dialects[dialect] ?? [])
    }
}

/// The fields of one table record, read in order.
private struct Record {
    var line: Int
    var fields: ArraySlice<Substring>

    init(line: Int, fields bytes: Slice<UnsafeBufferPointer<UInt8>>) {
        self.line = line
        // Split on bytes: the table is ASCII punctuation around UTF-8 text, and a Character-wise
        // split of every record was most of the decoding time.
        self.fields =
            bytes.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false)
            .map { Substring(String(decoding: $0, as: UTF8.self)) }[...]
    }

    func fail(_ message: String) -> Never {
        preconditionFailure("generated grammar table, line \(line): \(message); run `swift run texml-grammar-gen`")
    }

    func require<Value>(_ value: Value?, _ message: @autoclosure () -> String) -> Value {
        guard let value else { fail(message()) }
        return value
    }

    mutating func next() -> Substring {
        guard let field = fields.popFirst() else { fail("too few fields") }
        return field
    }

    func end() {
        if !fields.isEmpty { fail("\(fields.count) fields too many") }
    }

    mutating func string() -> String { String(next()) }

    mutating func optional() -> String? {
        let field = next()
        return field.isEmpty ? nil : field == "\"\"" ? "" : String(field)
    }

    mutating func list() -> [String] { Self.list(next()) }

    static func list(_ field: Substring) -> [String] {
        field.isEmpty ? [] : field.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }

    mutating func boolean() -> Bool {
        switch next() {
        case "true": true
        case "false": false
        case let field: fail("'\(field)' is not a boolean")
        }
    }

    mutating func indexes(below count: Int) -> [Int] {
        list().map { field in
            let index = require(Int(field).flatMap { (0..<count).contains($0) ? $0 : nil }, "bad index '\(field)'")
            return index
        }
    }

    mutating func attribute() -> AttributeSpec {
        let name = string()
        let type = valueType(next())
        let summary = string()
        let defaultValue = optional()
        let errorCode = optional().map { require(Int($0), "'\($0)' is not an error code") }
        let allowsEmpty = boolean()
        var documentedRange: DocumentedRange?
        if let bounds = optional() {
            let parts = bounds.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2 else { fail("'\(bounds)' needs min:max") }
            func bound(_ text: Substring) -> Double? {
                text.isEmpty ? nil : require(Double(String(text)), "'\(text)' is not a bound")
            }
            documentedRange = DocumentedRange(
                min: bound(parts[0]), max: bound(parts[1]),
                advice: require(optional(), "a documented range needs advice"))
        } else {
            _ = optional()
        }
        return AttributeSpec(
            name: name, type: type, summary: summary, defaultValue: defaultValue, errorCode: errorCode,
            allowsEmpty: allowsEmpty, documentedRange: documentedRange)
    }

    mutating func element(attributes: [AttributeSpec]) -> ElementSpec {
        let name = string()
        let kind = require(ElementKind(rawValue: string()), "unknown element kind")
        let summary = string()
        let parents = list()
        let children = list()
        let text = require(TextRule(rawValue: string()), "unknown text rule")
        let textType = optional().map { valueType(Substring($0)) }
        let textErrorCode = optional().map { require(Int($0), "'\($0)' is not an error code") }
        let isTerminal = boolean()
        let terminalWhen = optional()
        let continuesWhen = optional()
        let continuesWhenEmpty = boolean()
        let records = boolean()
        let attributeSpecs = indexes(below: attributes.count).map { attributes[$0] }
        return ElementSpec(
            name: name, kind: kind, summary: summary, parents: parents, children: children, text: text,
            textType: textType, textErrorCode: textErrorCode, isTerminal: isTerminal,
            terminalWhenAttribute: terminalWhen,
            continuesWhenAttribute: continuesWhen, continuesWhenEmpty: continuesWhenEmpty, records: records,
            attributes: attributeSpecs, sources: list())
    }

    mutating func dialect(elementCount: Int) -> (Dialect, [Int]) {
        let id = next()
        guard let dialect = Dialect(rawValue: String(id)) else { fail("unknown dialect '\(id)'") }
        return (dialect, indexes(below: elementCount))
    }

    func valueType(_ field: Substring) -> ValueType {
        let colon = field.firstIndex(of: ":")
        let kind = colon.map { field[..<$0] } ?? field
        let payload = colon.map { field[field.index(after: $0)...] } ?? ""
        func bound<Value: LosslessStringConvertible>(_ text: Substring, as _: Value.Type) -> Value? {
            text.isEmpty ? nil : require(Value(String(text)), "'\(text)' is not a bound")
        }
        func bounds<Value: LosslessStringConvertible>(as type: Value.Type) -> (Value?, Value?) {
            let parts = payload.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2 else { fail("'\(field)' needs min:max") }
            return (bound(parts[0], as: type), bound(parts[1], as: type))
        }
        switch kind {
        case "string": return .string(maxLength: bound(payload, as: Int.self))
        case "url": return .url(schemes: Self.list(payload))
        case "method": return .method
        case "boolean": return .boolean
        case "spelled":
            let parts = payload.split(separator: ";", omittingEmptySubsequences: false)
            guard parts.count == 2 else { fail("'\(field)' needs truths;falsehoods") }
            return .spelledBoolean(truths: Self.list(parts[0]), falsehoods: Self.list(parts[1]))
        case "integer":
            let (min, max) = bounds(as: Int.self)
            return .integer(min: min, max: max)
        case "number":
            let (min, max) = bounds(as: Double.self)
            return .number(min: min, max: max)
        case "enum": return .enumeration(Self.list(payload))
        case "tokens": return .tokenList(Self.list(payload))
        case "keys": return .keys(String(payload))
        case "dtmf": return .dtmf
        case "phone": return .phone
        case "sip-uri": return .sipURI
        case "language": return .language
        default: fail("unknown value type '\(field)'")
        }
    }
}
