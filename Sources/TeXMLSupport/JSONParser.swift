extension JSONValue {
    /// Parses one JSON document (RFC 8259, UTF-8). Throws with the byte offset of the problem.
    public static func parse(_ bytes: [UInt8]) throws(JSONParseError) -> JSONValue {
        try bytes.withUnsafeBufferPointer { (buffer) throws(JSONParseError) -> JSONValue in
            var parser = JSONParser(bytes: buffer)
            return try parser.document()
        }
    }
}

/// Why bytes are not JSON: the byte offset and what was expected there.
public struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
    public var offset: Int
    public var message: String

    public var description: String { "invalid JSON at byte \(offset): \(message)" }
}

/// The one JSON parser: strict (RFC 8259, UTF-8), recursive descent over bytes, into a
/// ``JSONValue`` (numbers keep their text, objects their order; a repeated key keeps its last
/// value, where the key first was) or, without building anything, checking and skipping values
/// and finding one by its key path. Hand-written because the recordings store reads every
/// metadata file of a folder: on 10 000 files it is several times faster than JSONSerialization
/// or JSONDecoder on this toolchain.
public struct JSONParser {
    public let bytes: UnsafeBufferPointer<UInt8>
    public var index = 0
    public var depth = 0
    /// Metadata documents are two levels deep; the bound keeps hostile files off the stack.
    public static let maximumDepth = 64

    public init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The whole document: one value, white space around it (and a UTF-8 byte-order mark).
    public mutating func document() throws(JSONParseError) -> JSONValue {
        // A UTF-8 byte-order mark is not JSON, but some editors write one.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        if index < bytes.count { throw fail("unexpected text after the document") }
        return value
    }

    public func fail(_ message: String) -> JSONParseError {
        JSONParseError(offset: index, message: message)
    }

    public mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private mutating func parseValue() throws(JSONParseError) -> JSONValue {
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

    private mutating func literal(_ word: StaticString, _ value: JSONValue) throws(JSONParseError)
        -> JSONValue
    {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw fail("expected a value") }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] {
            throw fail("expected a value")
        }
        index += count
        return value
    }

    /// One level deeper, refused past ``maximumDepth``.
    public mutating func enter() throws(JSONParseError) {
        depth += 1
        if depth > Self.maximumDepth { throw fail("nested deeper than \(Self.maximumDepth) levels") }
    }

    private mutating func parseObject() throws(JSONParseError) -> JSONValue {
        try enter()
        index += 1
        var members: [JSONMember] = []
        members.reserveCapacity(24)
        /// Where each key is, once the object is too large to search for a repeated key.
        var positions: [String: Int] = [:]
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
            let value = try parseValue()
            // A repeated key keeps its last value, as most JSON readers do.
            if members.count < 16 {
                if let earlier = members.firstIndex(where: { $0.key == key }) {
                    members[earlier].value = value
                } else {
                    members.append(JSONMember(key, value))
                }
            } else {
                if positions.isEmpty {
                    for (position, member) in members.enumerated() { positions[member.key] = position }
                }
                if let earlier = positions[key] {
                    members[earlier].value = value
                } else {
                    positions[key] = members.count
                    members.append(JSONMember(key, value))
                }
            }
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

    private mutating func parseArray() throws(JSONParseError) -> JSONValue {
        try enter()
        index += 1
        var items: [JSONValue] = []
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

    private mutating func parseString() throws(JSONParseError) -> String {
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
                return try scratch.withUnsafeBufferPointer { (buffer) throws(JSONParseError) -> String in
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
    func makeString(_ buffer: UnsafeBufferPointer<UInt8>, ascii: Bool, at offset: Int) throws(JSONParseError)
        -> String
    {
        if ascii || Self.isValidUTF8(buffer) { return String(decoding: buffer, as: UTF8.self) }
        throw JSONParseError(offset: offset, message: "string is not valid UTF-8")
    }

    /// RFC 3629 UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
    public static func isValidUTF8(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
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

    mutating func hex4() throws(JSONParseError) -> UInt32 {
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

    private mutating func parseNumber() throws(JSONParseError) -> JSONValue {
        let start = index
        _ = try scanNumber()
        return .number(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
    }

    /// Checks a number, moves past it and returns its value: an integer when written as one that
    /// fits in 64 bits, else a finite double (a larger one is refused).
    public mutating func scanNumber() throws(JSONParseError) -> JSONValue.Number {
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

// MARK: - Checking without building

extension JSONParser {
    /// A string's content between its quotes, still escaped when `escaped`.
    public struct RawString: Sendable {
        public var start: Int
        public var end: Int
        public var escaped: Bool
    }

    /// What a value skipped over was. A trivial type, so keeping it costs no reference counting.
    public enum RawKind: Sendable {
        case null, bool, array, object
        case integer(Int64)
        case double(Double)
        case string(RawString)
    }

    /// Checks one value (the same rules and messages as parsing it) and moves past it.
    public mutating func skipValue() throws(JSONParseError) -> RawKind {
        guard index < bytes.count else { throw fail("unexpected end of the document") }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            try skipContainer(close: UInt8(ascii: "}"), keyed: true)
            return .object
        case UInt8(ascii: "["):
            try skipContainer(close: UInt8(ascii: "]"), keyed: false)
            return .array
        case UInt8(ascii: "\""): return .string(try skipString())
        case UInt8(ascii: "t"): _ = try literal("true", .null)
        case UInt8(ascii: "f"): _ = try literal("false", .null)
        case UInt8(ascii: "n"):
            _ = try literal("null", .null)
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            switch try scanNumber() {
            case .integer(let number): return .integer(number)
            case .double(let number): return .double(number)
            }
        default: throw fail("expected a value")
        }
        return .bool
    }

    private mutating func skipContainer(close: UInt8, keyed: Bool) throws(JSONParseError) {
        try enter()
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == close {
            index += 1
            depth -= 1
            return
        }
        while true {
            skipWhitespace()
            if keyed {
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                    throw fail("expected a key string")
                }
                _ = try skipString()
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw fail("expected ':'") }
                index += 1
                skipWhitespace()
            }
            _ = try skipValue()
            skipWhitespace()
            guard index < bytes.count else { throw fail("unexpected end of the document") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            guard bytes[index] == close else { throw fail(keyed ? "expected ',' or '}'" : "expected ',' or ']'") }
            index += 1
            depth -= 1
            return
        }
    }

    public mutating func skipString() throws(JSONParseError) -> RawString {
        index += 1
        let start = index
        var ascii = true
        var escaped = false
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                let content = UnsafeBufferPointer(rebasing: bytes[start..<index])
                if !ascii, !Self.isValidUTF8(content) {
                    throw JSONParseError(offset: start, message: "string is not valid UTF-8")
                }
                index += 1
                return RawString(start: start, end: index - 1, escaped: escaped)
            case UInt8(ascii: "\\"):
                escaped = true
                index += 1
                guard index < bytes.count else { throw fail("unterminated string") }
                switch bytes[index] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                    UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    index += 1
                case UInt8(ascii: "u"):
                    index += 1
                    let scalar = try hex4()
                    if (0xD800..<0xDC00).contains(scalar) {
                        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                            bytes[index + 1] == UInt8(ascii: "u")
                        else { throw fail("unpaired surrogate in \\u escape") }
                        index += 2
                        guard (0xDC00..<0xE000).contains(try hex4()) else {
                            throw fail("unpaired surrogate in \\u escape")
                        }
                    } else if (0xDC00..<0xE000).contains(scalar) {
                        throw fail("unpaired surrogate in \\u escape")
                    }
                default: throw fail("unknown escape in a string")
                }
            case 0..<0x20: throw fail("control character in a string")
            default:
                ascii = ascii && byte < 0x80
                index += 1
            }
        }
        throw fail("unterminated string")
    }

    /// Whether a raw string's content is `wanted`.
    public func rawString(_ raw: RawString, equals wanted: [UInt8]) -> Bool {
        if raw.escaped { return decode(raw).utf8.elementsEqual(wanted) }
        guard raw.end - raw.start == wanted.count else { return false }
        for offset in 0..<wanted.count where bytes[raw.start + offset] != wanted[offset] { return false }
        return true
    }

    /// A raw string's text, unescaped. Only called on checked strings.
    public func decode(_ raw: RawString) -> String {
        if !raw.escaped {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[raw.start..<raw.end]), as: UTF8.self)
        }
        var parser = JSONParser(bytes: UnsafeBufferPointer(rebasing: bytes[(raw.start - 1)...(raw.end)]))
        return (try? parser.document()).flatMap { if case .string(let text) = $0 { text } else { nil } } ?? ""
    }

    /// The byte range of the value at a key path (each step an object key; a repeated key's last
    /// value, as parsing keeps), or nil. Only called on checked documents.
    public mutating func valueRange(at path: [[UInt8]]) -> Range<Int>? {
        index = 0
        depth = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        skipWhitespace()
        var range = index..<bytes.count
        for step in path {
            index = range.lowerBound
            guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return nil }
            index += 1
            var found: Range<Int>?
            do {
                while true {
                    skipWhitespace()
                    if bytes[index] == UInt8(ascii: "}") { break }
                    let key = try skipString()
                    skipWhitespace()
                    index += 1  // ':'
                    skipWhitespace()
                    let start = index
                    _ = try skipValue()
                    if rawString(key, equals: step) { found = start..<index }
                    skipWhitespace()
                    if bytes[index] == UInt8(ascii: ",") { index += 1 } else { break }
                }
            } catch {
                return nil
            }
            guard let found else { return nil }
            range = found
        }
        return range
    }
}
