/// A value in a recording's metadata document, as read from its `.json` file: the whole document
/// is kept (keys the recorder does not know included) so filters can address any key and listings
/// print what is on disk.
public enum MetadataValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// A number written without fraction or exponent that fits in 64 bits.
    case integer(Int64)
    case double(Double)
    case string(String)
    case array([MetadataValue])
    case object([String: MetadataValue])

    /// The value at a dot-separated key path (`labels.name`), or nil when a step is missing or
    /// not an object.
    public func value(at path: String) -> MetadataValue? {
        var current = self
        for step in path.split(separator: ".", omittingEmptySubsequences: false) {
            guard case .object(let members) = current, let next = members[String(step)] else { return nil }
            current = next
        }
        return current
    }

    /// The scalar's text as Kazoo compares it (`kz_json:get_binary_value`): a string's contents,
    /// a number's decimal form, `true`/`false`; nil for null, arrays and objects.
    public var scalarText: String? {
        switch self {
        case .string(let text): text
        case .integer(let number): String(number)
        case .double(let number):
            // 5.0 prints as "5.0" in Swift; Kazoo's float_to_binary differs in digits, but both
            // sides of a comparison go through here, so integral doubles read as integers.
            number.rounded() == number && abs(number) < 9e15 ? String(Int64(number)) : String(number)
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
        case .bool, .integer, .double: true
        }
    }

    /// Compact JSON text with object keys sorted, so output is byte-for-byte reproducible.
    public var jsonText: String {
        var output: [UInt8] = []
        append(to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the compact JSON text (sorted keys) to `output`.
    public func append(to output: inout [UInt8]) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .integer(let number): output.append(contentsOf: String(number).utf8)
        case .double(let number):
            // JSON has no NaN or infinity; the parser never produces them.
            output.append(contentsOf: (number.isFinite ? "\(number)" : "null").utf8)
        case .string(let text): Self.appendString(text, to: &output)
        case .array(let items):
            output.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                item.append(to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Self.appendString(key, to: &output)
                output.append(UInt8(ascii: ":"))
                members[key]!.append(to: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// A JSON string literal with RFC 8259 escaping.
    public static func appendString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\"): output.append(contentsOf: #"\\"#.utf8)
            case UInt8(ascii: "\n"): output.append(contentsOf: #"\n"#.utf8)
            case UInt8(ascii: "\r"): output.append(contentsOf: #"\r"#.utf8)
            case UInt8(ascii: "\t"): output.append(contentsOf: #"\t"#.utf8)
            case 0..<0x20:
                output.append(contentsOf: #"\u00"#.utf8)
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 15)])
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// Parses one JSON document (RFC 8259, UTF-8). Throws with the byte offset of the problem.
    public static func parse(_ bytes: [UInt8]) throws(MetadataParseError) -> MetadataValue {
        try bytes.withUnsafeBufferPointer { (buffer) throws(MetadataParseError) -> MetadataValue in
            var parser = MetadataParser(bytes: buffer)
            return try parser.document()
        }
    }
}

/// Why a metadata file is not JSON: the byte offset and what was expected there.
public struct MetadataParseError: Error, Sendable, Hashable, CustomStringConvertible {
    public var offset: Int
    public var message: String

    public var description: String { "invalid JSON at byte \(offset): \(message)" }
}

/// A strict recursive-descent JSON parser over bytes. Hand-written because listing reads every
/// metadata file in the directory: on 10 000 files it is several times faster than
/// JSONSerialization or JSONDecoder on this toolchain, and it keeps the document's own types.
struct MetadataParser {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var depth = 0
    /// Metadata documents are two levels deep; the bound keeps hostile files off the stack.
    static let maximumDepth = 64

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func document() throws(MetadataParseError) -> MetadataValue {
        // A UTF-8 byte-order mark is not JSON, but some editors write one.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        if index < bytes.count { throw fail("unexpected text after the document") }
        return value
    }

    func fail(_ message: String) -> MetadataParseError {
        MetadataParseError(offset: index, message: message)
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private mutating func parseValue() throws(MetadataParseError) -> MetadataValue {
        guard index < bytes.count else { throw fail("unexpected end of the document") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw fail("expected a value")
        }
    }

    mutating func literal(_ word: StaticString, _ value: MetadataValue) throws(MetadataParseError)
        -> MetadataValue
    {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw fail("expected a value") }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] {
            throw fail("expected a value")
        }
        index += count
        return value
    }

    mutating func enter() throws(MetadataParseError) {
        depth += 1
        if depth > Self.maximumDepth { throw fail("nested deeper than \(Self.maximumDepth) levels") }
    }

    private mutating func parseObject() throws(MetadataParseError) -> MetadataValue {
        try enter()
        index += 1
        var members: [String: MetadataValue] = [:]
        members.reserveCapacity(24)
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw fail("expected a key string") }
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw fail("expected ':'") }
            index += 1
            skipWhitespace()
            // A repeated key keeps its last value, as most JSON readers do.
            members[key] = try parseValue()
            skipWhitespace()
            guard index < bytes.count else { throw fail("unexpected end of the document") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            guard bytes[index] == UInt8(ascii: "}") else { throw fail("expected ',' or '}'") }
            index += 1
            depth -= 1
            return .object(members)
        }
    }

    private mutating func parseArray() throws(MetadataParseError) -> MetadataValue {
        try enter()
        index += 1
        var items: [MetadataValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return .array(items)
        }
        while true {
            skipWhitespace()
            items.append(try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw fail("unexpected end of the document") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            guard bytes[index] == UInt8(ascii: "]") else { throw fail("expected ',' or ']'") }
            index += 1
            depth -= 1
            return .array(items)
        }
    }

    private mutating func parseString() throws(MetadataParseError) -> String {
        index += 1
        let start = index
        var ascii = true
        // Fast path: no escapes, so the string is the bytes between the quotes.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = try makeString(UnsafeBufferPointer(rebasing: bytes[start..<index]), ascii: ascii, at: start)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw fail("control character in a string") }
            ascii = ascii && byte < 0x80
            index += 1
        }
        var scratch = [UInt8](UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return try scratch.withUnsafeBufferPointer { (buffer) throws(MetadataParseError) -> String in
                    try makeString(buffer, ascii: false, at: start)
                }
            case UInt8(ascii: "\\"):
                index += 1
                guard index < bytes.count else { break }
                let escaped = bytes[index]
                index += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(escaped)
                case UInt8(ascii: "b"): scratch.append(0x08)
                case UInt8(ascii: "f"): scratch.append(0x0C)
                case UInt8(ascii: "n"): scratch.append(0x0A)
                case UInt8(ascii: "r"): scratch.append(0x0D)
                case UInt8(ascii: "t"): scratch.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800..<0xDC00).contains(scalar) {
                        // A high surrogate must be followed by an escaped low one.
                        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                            bytes[index + 1] == UInt8(ascii: "u")
                        else { throw fail("unpaired surrogate in \\u escape") }
                        index += 2
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw fail("unpaired surrogate in \\u escape") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00..<0xE000).contains(scalar) {
                        throw fail("unpaired surrogate in \\u escape")
                    }
                    scratch.append(contentsOf: String(Character(Unicode.Scalar(scalar)!)).utf8)
                default:
                    index -= 1
                    throw fail("unknown escape in a string")
                }
            case 0..<0x20:
                throw fail("control character in a string")
            default:
                scratch.append(byte)
                index += 1
            }
        }
        throw fail("unterminated string")
    }

    /// ASCII goes straight to `String(decoding:)`; anything else is validated first, because
    /// decoding would silently replace invalid bytes. (`String(validating:)` for every string
    /// costs a generic-metadata lookup per call, which also serialises the parallel scan.)
    func makeString(_ buffer: UnsafeBufferPointer<UInt8>, ascii: Bool, at offset: Int) throws(MetadataParseError)
        -> String
    {
        if ascii || Self.isValidUTF8(buffer) { return String(decoding: buffer, as: UTF8.self) }
        throw MetadataParseError(offset: offset, message: "string is not valid UTF-8")
    }

    /// RFC 3629 UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
    static func isValidUTF8(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = buffer.count
        while index < count {
            let lead = buffer[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                high = 0x9F
            case 0xF0:
                length = 4
                low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                high = 0x8F
            default: return false
            }
            guard index + length <= count else { return false }
            // Only the first continuation byte has a narrowed range.
            guard (low...high).contains(buffer[index + 1]) else { return false }
            for offset in 2..<max(length, 2) where buffer[index + offset] & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }

    mutating func hex4() throws(MetadataParseError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw fail("expected four hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw fail("expected four hex digits")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    mutating func parseNumber() throws(MetadataParseError) -> MetadataValue {
        let start = index
        var negative = false
        if bytes[index] == UInt8(ascii: "-") {
            negative = true
            index += 1
        }
        guard index < bytes.count, isDigit(bytes[index]) else { throw fail("expected a digit") }
        var integer: Int64 = 0
        var overflow = false
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) { throw fail("leading zero in a number") }
        } else {
            while index < bytes.count, isDigit(bytes[index]) {
                // Accumulate negatively so Int64.min parses.
                let digit = Int64(bytes[index] - UInt8(ascii: "0"))
                let (times, o1) = integer.multipliedReportingOverflow(by: 10)
                let (next, o2) = times.subtractingReportingOverflow(digit)
                overflow = overflow || o1 || o2
                integer = next
                index += 1
            }
        }
        var isInteger = true
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw fail("expected a digit after '.'") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard index < bytes.count, isDigit(bytes[index]) else { throw fail("expected a digit in the exponent") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if isInteger, !overflow {
            if negative { return .integer(integer) }
            if integer != Int64.min { return .integer(-integer) }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let number = Double(text), number.isFinite else {
            index = start
            throw fail("number out of range")
        }
        return .double(number)
    }

    func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }
}

extension RecordingMetadata {
    /// Reads a metadata document with the same rules as the `Codable` conformance (every
    /// non-optional key present with its type; optional keys absent or null), except that a
    /// missing `labels` reads as none. Throws the reason the document is not a recording.
    public init(document: MetadataValue) throws(RecordingDocumentError) {
        guard case .object(let members) = document else { throw RecordingDocumentError("not a JSON object") }
        func string(_ key: String) throws(RecordingDocumentError) -> String {
            guard let value = members[key] else { throw RecordingDocumentError("missing key '\(key)'") }
            guard case .string(let text) = value else { throw RecordingDocumentError("'\(key)' is not a string") }
            return text
        }
        func optionalString(_ key: String) throws(RecordingDocumentError) -> String? {
            switch members[key] {
            case nil, .null?: return nil
            case .string(let text)?: return text
            default: throw RecordingDocumentError("'\(key)' is not a string")
            }
        }
        func integer(_ value: MetadataValue, _ key: String) throws(RecordingDocumentError) -> Int64 {
            switch value {
            case .integer(let number): return number
            // JSONDecoder takes 3.0 for an Int; so does this.
            case .double(let number) where number.rounded() == number && abs(number) < 9e15: return Int64(number)
            default: throw RecordingDocumentError("'\(key)' is not an integer")
            }
        }
        func integer(_ key: String) throws(RecordingDocumentError) -> Int64 {
            guard let value = members[key] else { throw RecordingDocumentError("missing key '\(key)'") }
            return try integer(value, key)
        }
        func optionalInteger(_ key: String) throws(RecordingDocumentError) -> Int64? {
            switch members[key] {
            case nil, .null?: nil
            case let value?: try integer(value, key)
            }
        }
        typealias Key = RecordingMetadata.CodingKeys
        let formatName = try string(Key.format.rawValue)
        guard let format = AudioFormat(rawValue: formatName) else {
            throw RecordingDocumentError("'format' is '\(formatName)', not wav or mp3")
        }
        var labels: [String: String] = [:]
        switch members[Key.labels.rawValue] {
        case nil, .null?: break
        case .object(let entries)?:
            for (name, value) in entries {
                guard case .string(let text) = value else {
                    throw RecordingDocumentError("label '\(name)' is not a string")
                }
                labels[name] = text
            }
        default: throw RecordingDocumentError("'labels' is not an object")
        }
        self.init(
            sid: try string(Key.sid.rawValue), accountSid: try string(Key.accountSid.rawValue),
            callSid: try string(Key.callSid.rawValue),
            conferenceSid: try optionalString(Key.conferenceSid.rawValue), source: try string(Key.source.rawValue),
            status: try string(Key.status.rawValue), channels: Int(try integer(Key.channels.rawValue)),
            track: try string(Key.track.rawValue),
            format: format, startTime: try string(Key.startTime.rawValue), created: try integer(Key.created.rawValue),
            duration: Int(try integer(Key.duration.rawValue)),
            durationMilliseconds: try integer(Key.durationMilliseconds.rawValue),
            sampleRate: Int(try integer(Key.sampleRate.rawValue)),
            errorCode: try optionalInteger(Key.errorCode.rawValue).map { Int($0) },
            reason: try optionalString(Key.reason.rawValue), file: try optionalString(Key.file.rawValue),
            url: try optionalString(Key.url.rawValue),
            from: try string(Key.from.rawValue), to: try string(Key.to.rawValue), labels: labels)
    }
}

/// Why a JSON document is not a recording's metadata.
public struct RecordingDocumentError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { "not a recording: \(message)" }
}
