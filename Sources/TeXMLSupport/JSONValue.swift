/// A JSON value as written: the one JSON type of texml — API request bodies from scenarios, API
/// responses and JSON webhooks in the simulator, recordings' metadata documents in the store.
///
/// Numbers keep their text, so `14400` and `1.5e3` come out as written, and objects keep their
/// member order, so the trace shows a body exactly as the application would send it. One writer
/// (``appendJSON(to:sortingKeys:)``, compact, RFC 8259 escaping) and one parser (``parse(_:)``,
/// ``JSONParser``).
public indirect enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// A number, as its JSON text.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])

    /// The member named `key` of an object.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The members of an object, else nil.
    public var members: [JSONMember]? {
        if case .object(let members) = self { return members }
        return nil
    }

    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// An integer: a JSON number without fraction or exponent that fits in `Int`.
    public var intValue: Int? {
        if case .number(let text) = self { return Int(text) }
        return nil
    }

    public var boolValue: Bool? {
        if case .bool(let flag) = self { return flag }
        return nil
    }

    /// The name of the value's JSON type, for error messages: `string`, `number`, `object`, …
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// The value as it appears in a form-encoded body: scalars as text, nil for arrays and objects.
    public var formText: String? {
        switch self {
        case .null: ""
        case .bool(let flag): flag ? "true" : "false"
        case .number(let text), .string(let text): text
        case .array, .object: nil
        }
    }

    /// Compact JSON text.
    public var jsonText: String { jsonText(sortingKeys: false) }

    /// Compact JSON text; with `sortingKeys`, every object's members in key order, so a document
    /// read from disk prints byte-for-byte the same whatever order it was written in.
    public func jsonText(sortingKeys: Bool) -> String {
        var bytes: [UInt8] = []
        appendJSON(to: &bytes, sortingKeys: sortingKeys)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the compact JSON text to `output`: members in order, or sorted by key.
    public func appendJSON(to output: inout [UInt8], sortingKeys: Bool = false) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let text): output.append(contentsOf: text.utf8)
        case .string(let text): Self.appendString(text, to: &output)
        case .array(let items):
            output.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                item.appendJSON(to: &output, sortingKeys: sortingKeys)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            for (index, member) in (sortingKeys ? members.sorted { $0.key < $1.key } : members).enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Self.appendString(member.key, to: &output)
                output.append(UInt8(ascii: ":"))
                member.value.appendJSON(to: &output, sortingKeys: sortingKeys)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// A JSON string literal with RFC 8259 escaping, on UTF-8 bytes: `"`, `\\`, and control
    /// characters (`\n`, `\r`, `\t`, else `\u00XX`) are escaped, everything else kept.
    public static func appendString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            let count = bytes.count
            while index < count {
                // Eight bytes at a time while none needs an escape (most of a trace's text).
                if index + 8 <= count,
                    !Self.mayNeedEscape(UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
                {
                    index += 8
                    continue
                }
                let byte = bytes[index]
                index += 1
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<(index - 1)]))
                runStart = index
                switch byte {
                case UInt8(ascii: "\""): output.append(contentsOf: #"\""#.utf8)
                case UInt8(ascii: "\\"): output.append(contentsOf: #"\\"#.utf8)
                case UInt8(ascii: "\n"): output.append(contentsOf: #"\n"#.utf8)
                case UInt8(ascii: "\r"): output.append(contentsOf: #"\r"#.utf8)
                case UInt8(ascii: "\t"): output.append(contentsOf: #"\t"#.utf8)
                default:
                    output.append(contentsOf: #"\u00"#.utf8)
                    output.append(hex[Int(byte >> 4)])
                    output.append(hex[Int(byte & 15)])
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        output.append(UInt8(ascii: "\""))
    }

    /// Whether any of the eight bytes of `word` may be a control character, `"` or `\\`: never
    /// false when one is (a true answer is then checked byte by byte).
    @inline(__always)
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
        let backslash = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
        // A byte below 0x20, or zero after the xor, borrows into its high bit (not set in the input).
        let control = (word &- ones &* 0x20) & ~word
        let quotes = (quote &- ones) & ~quote
        let backslashes = (backslash &- ones) & ~backslash
        return (control | quotes | backslashes) & high != 0
    }

    /// A string as a JSON string literal.
    public static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendString(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Indented JSON, one member or item a line: how the timeline shows bodies.
    public var prettyLines: [String] {
        var lines: [String] = []
        appendPretty(prefix: "", indent: "", trailing: "", to: &lines)
        return lines
    }

    private func appendPretty(prefix: String, indent: String, trailing: String, to lines: inout [String]) {
        switch self {
        case .array(let items) where !items.isEmpty:
            lines.append(indent + prefix + "[")
            for (index, item) in items.enumerated() {
                item.appendPretty(
                    prefix: "", indent: indent + "  ", trailing: index < items.count - 1 ? "," : "", to: &lines)
            }
            lines.append(indent + "]" + trailing)
        case .object(let members) where !members.isEmpty:
            lines.append(indent + prefix + "{")
            for (index, member) in members.enumerated() {
                member.value.appendPretty(
                    prefix: Self.quoted(member.key) + ": ", indent: indent + "  ",
                    trailing: index < members.count - 1 ? "," : "", to: &lines)
            }
            lines.append(indent + "}" + trailing)
        default:
            lines.append(indent + prefix + jsonText + trailing)
        }
    }
}

/// One member of a JSON object.
public struct JSONMember: Sendable, Hashable {
    public var key: String
    public var value: JSONValue

    public init(_ key: String, _ value: JSONValue) {
        self.key = key
        self.value = value
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .number(String(value)) }

    /// An object from key-value pairs in order; nil values are left out.
    public static func fields(_ pairs: KeyValuePairs<String, JSONValue?>) -> JSONValue {
        .object(pairs.compactMap { key, value in value.map { JSONMember(key, $0) } })
    }
}

// MARK: - Reading values

extension JSONValue {
    /// A JSON number read as the store compares and decodes it.
    public enum Number: Sendable, Hashable {
        /// Written without fraction or exponent, and fits in 64 bits.
        case integer(Int64)
        case double(Double)
    }

    /// The number's value: an integer when written as one that fits in 64 bits, else the double.
    public var numberValue: Number? {
        guard case .number(let text) = self else { return nil }
        if !text.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
        ),
            let integer = Int64(text)
        {
            return .integer(integer)
        }
        return Double(text).map(Number.double)
    }

    /// A number written as an integer that fits in 64 bits.
    public var integerValue: Int64? {
        if case .integer(let number)? = numberValue { return number }
        return nil
    }

    /// The value at a dot-separated key path (`labels.name`), or nil when a step is missing or
    /// not an object.
    public func value(at path: String) -> JSONValue? {
        var current = self
        for step in path.split(separator: ".", omittingEmptySubsequences: false) {
            guard let next = current[String(step)] else { return nil }
            current = next
        }
        return current
    }

    /// The scalar's text as Kazoo compares it (`kz_json:get_binary_value`): a string's contents,
    /// a number's decimal form, `true`/`false`; nil for null, arrays and objects.
    public var scalarText: String? {
        switch self {
        case .string(let text): text
        case .number:
            switch numberValue {
            case .integer(let number)?: String(number)
            // 5.0 prints as "5.0" in Swift; Kazoo's float_to_binary differs in digits, but both
            // sides of a comparison go through here, so integral doubles read as integers.
            case .double(let number)?:
                number.rounded() == number && abs(number) < 9e15 ? String(Int64(number)) : String(number)
            case nil: nil
            }
        case .bool(let flag): flag ? "true" : "false"
        case .null, .array, .object: nil
        }
    }

    /// Whether Kazoo's `has_value` sees a value: not null, not an empty string, array or object.
    public var isNonEmpty: Bool {
        switch self {
        case .null: false
        case .string(let text): !text.isEmpty
        case .array(let items): !items.isEmpty
        case .object(let members): !members.isEmpty
        case .bool, .number: true
        }
    }
}
