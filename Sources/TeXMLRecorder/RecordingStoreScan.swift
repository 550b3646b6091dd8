/// The listing's fast path. A listing must look at every metadata file (to sort, filter and
/// report the unreadable ones) but prints only a page, so each file is checked in one pass that
/// builds nothing: full JSON syntax, and the types ``RecordingMetadata/init(document:)`` requires,
/// keeping only `created` and `sid`. Filters read values straight from the bytes; only the page's
/// recordings are parsed into trees. Building a tree of every document cost three times as much.
extension MetadataParser {
    /// A string's content between its quotes, still escaped when `escaped`.
    struct RawString {
        var start: Int
        var end: Int
        var escaped: Bool
    }

    /// What a value skipped over was. A trivial type, so keeping it costs no reference counting.
    enum RawKind {
        case null, bool, array, object
        case integer(Int64)
        case double(Double)
        case string(RawString)
    }

    /// Checks one value (the same rules and messages as parsing it) and moves past it.
    mutating func skipValue() throws(MetadataParseError) -> RawKind {
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
            switch try parseNumber() {
            case .integer(let number): return .integer(number)
            case .double(let number): return .double(number)
            default: preconditionFailure("parseNumber makes only integers and doubles")
            }
        default: throw fail("expected a value")
        }
        return .bool
    }

    private mutating func skipContainer(close: UInt8, keyed: Bool) throws(MetadataParseError) {
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

    mutating func skipString() throws(MetadataParseError) -> RawString {
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
                    throw MetadataParseError(offset: start, message: "string is not valid UTF-8")
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
    func rawString(_ raw: RawString, equals wanted: [UInt8]) -> Bool {
        if raw.escaped { return decode(raw).utf8.elementsEqual(wanted) }
        guard raw.end - raw.start == wanted.count else { return false }
        for offset in 0..<wanted.count where bytes[raw.start + offset] != wanted[offset] { return false }
        return true
    }

    /// A raw string's text, unescaped. Only called on checked strings.
    func decode(_ raw: RawString) -> String {
        if !raw.escaped {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[raw.start..<raw.end]), as: UTF8.self)
        }
        var parser = MetadataParser(bytes: UnsafeBufferPointer(rebasing: bytes[(raw.start - 1)...(raw.end)]))
        return (try? parser.document()).flatMap { if case .string(let text) = $0 { text } else { nil } } ?? ""
    }

    /// The byte range of the value at a key path (each step an object key; a repeated key's last
    /// value, as parsing keeps), or nil. Only called on checked documents.
    mutating func valueRange(at path: [[UInt8]]) -> Range<Int>? {
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

/// What the listing keeps of a readable recording's metadata file.
struct ScannedRecording {
    var created: Int64
    var sid: String
}

/// Why a metadata file is not a readable recording, in words.
struct ScanFailure: Error {
    var reason: String
}

enum RecordingScanner {
    /// The keys ``RecordingMetadata/init(document:)`` reads, in the order it checks them, so a
    /// document with several problems reports the same first one either way.
    private enum Key: Int, CaseIterable {
        case format, labels, sid, accountSid, callSid, conferenceSid, source, status, channels, track, startTime
        case created, duration, durationMs, sampleRate, errorCode, reason, file, url, from, to

        /// The JSON name, from the same coding keys the recorder writes with.
        var name: String { codingKey.rawValue }

        private var codingKey: RecordingMetadata.CodingKeys {
            switch self {
            case .format: .format
            case .labels: .labels
            case .sid: .sid
            case .accountSid: .accountSid
            case .callSid: .callSid
            case .conferenceSid: .conferenceSid
            case .source: .source
            case .status: .status
            case .channels: .channels
            case .track: .track
            case .startTime: .startTime
            case .created: .created
            case .duration: .duration
            case .durationMs: .durationMilliseconds
            case .sampleRate: .sampleRate
            case .errorCode: .errorCode
            case .reason: .reason
            case .file: .file
            case .url: .url
            case .from: .from
            case .to: .to
            }
        }

        enum Kind { case string, optionalString, integer, optionalInteger, format, labels }

        var kind: Kind {
            switch self {
            case .format: .format
            case .labels: .labels
            case .conferenceSid, .reason, .file, .url: .optionalString
            case .channels, .created, .duration, .durationMs, .sampleRate: .integer
            case .errorCode: .optionalInteger
            default: .string
            }
        }
    }

    /// Key names packed into two words each (every name is at most 16 bytes), so matching a key
    /// compares integers instead of walking arrays, with no reference counting.
    private struct PackedName: Equatable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count = 0

        init(_ name: String) {
            for (offset, byte) in name.utf8.enumerated() { add(byte, at: offset) }
            count = name.utf8.count
        }

        /// The raw bytes of an unescaped key; nil when longer than any known name.
        init?(_ bytes: UnsafeBufferPointer<UInt8>, _ raw: MetadataParser.RawString) {
            count = raw.end - raw.start
            guard !raw.escaped, count <= 16 else { return nil }
            for offset in 0..<count { add(bytes[raw.start + offset], at: offset) }
        }

        private mutating func add(_ byte: UInt8, at offset: Int) {
            if offset < 8 { low |= UInt64(byte) << (offset * 8) } else { high |= UInt64(byte) << ((offset - 8) * 8) }
        }
    }

    private static let packedNames = Key.allCases.map { PackedName($0.name) }

    /// The known key a raw key string is, if any.
    private static func known(_ raw: MetadataParser.RawString, in parser: MetadataParser, _ names: [PackedName]) -> Int?
    {
        if raw.escaped {
            let text = parser.decode(raw)
            return Key.allCases.firstIndex { $0.name == text }
        }
        guard let packed = PackedName(parser.bytes, raw) else { return nil }
        return names.firstIndex(of: packed)
    }

    /// A value as the checks need it: its kind, and for `labels` the first value that is not a
    /// string.
    private struct Slot {
        var kind: MetadataParser.RawKind
        var badLabel: MetadataParser.RawString?
    }

    /// Checks a metadata file and returns what sorting needs.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) throws(ScanFailure) -> ScannedRecording {
        var parser = MetadataParser(bytes: bytes)
        var slots = [Slot?](repeating: nil, count: Key.allCases.count)
        let names = packedNames
        var isObject = true
        do throws(MetadataParseError) {
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { parser.index = 3 }
            parser.skipWhitespace()
            if parser.index >= bytes.count || bytes[parser.index] != UInt8(ascii: "{") {
                _ = try parser.skipValue()
                isObject = false
            } else {
                try parser.enter()
                parser.index += 1
                parser.skipWhitespace()
                if parser.index < bytes.count, bytes[parser.index] == UInt8(ascii: "}") {
                    parser.index += 1
                } else {
                    while true {
                        parser.skipWhitespace()
                        guard parser.index < bytes.count, bytes[parser.index] == UInt8(ascii: "\"") else {
                            throw parser.fail("expected a key string")
                        }
                        let key = try parser.skipString()
                        parser.skipWhitespace()
                        guard parser.index < bytes.count, bytes[parser.index] == UInt8(ascii: ":") else {
                            throw parser.fail("expected ':'")
                        }
                        parser.index += 1
                        parser.skipWhitespace()
                        let slot = known(key, in: parser, names)
                        if slot == Key.labels.rawValue, parser.index < bytes.count,
                            bytes[parser.index] == UInt8(ascii: "{")
                        {
                            slots[slot!] = Slot(kind: .object, badLabel: try labels(&parser))
                        } else {
                            let kind = try parser.skipValue()
                            if let slot { slots[slot] = Slot(kind: kind) }
                        }
                        parser.skipWhitespace()
                        guard parser.index < bytes.count else { throw parser.fail("unexpected end of the document") }
                        if bytes[parser.index] == UInt8(ascii: ",") {
                            parser.index += 1
                            continue
                        }
                        guard bytes[parser.index] == UInt8(ascii: "}") else { throw parser.fail("expected ',' or '}'") }
                        parser.index += 1
                        break
                    }
                }
            }
            parser.skipWhitespace()
            if parser.index < bytes.count { throw parser.fail("unexpected text after the document") }
        } catch {
            throw ScanFailure(reason: error.description)
        }
        guard isObject else { throw ScanFailure(reason: RecordingDocumentError("not a JSON object").description) }
        var created: Int64 = 0
        var sid = ""
        for key in Key.allCases {
            let slot = slots[key.rawValue]
            func problem(_ text: String) -> ScanFailure {
                ScanFailure(reason: RecordingDocumentError(text).description)
            }
            switch (key.kind, slot?.kind) {
            case (.string, nil), (.integer, nil), (.format, nil): throw problem("missing key '\(key.name)'")
            case (.string, .string(let raw)?):
                if key == .sid { sid = parser.decode(raw) }
            case (.string, _): throw problem("'\(key.name)' is not a string")
            case (.optionalString, let kind?) where !isStringOrNull(kind):
                throw problem("'\(key.name)' is not a string")
            case (.integer, let kind?), (.optionalInteger, let kind?):
                if case .null = kind, key.kind == .optionalInteger { break }
                guard let number = integer(kind) else { throw problem("'\(key.name)' is not an integer") }
                if key == .created { created = number }
            case (.format, .string(let raw)?):
                let name = parser.decode(raw)
                if name != "wav", name != "mp3" { throw problem("'format' is '\(name)', not wav or mp3") }
            case (.format, _?): throw problem("'format' is not a string")
            case (.labels, let kind?):
                if case .null = kind { break }
                guard case .object = kind else { throw problem("'labels' is not an object") }
                if let bad = slot?.badLabel { throw problem("label '\(parser.decode(bad))' is not a string") }
            default: break
            }
        }
        return ScannedRecording(created: created, sid: sid)
    }

    private static func isStringOrNull(_ kind: MetadataParser.RawKind) -> Bool {
        switch kind {
        case .string, .null: true
        default: false
        }
    }

    /// Integers as ``RecordingMetadata/init(document:)`` reads them.
    private static func integer(_ kind: MetadataParser.RawKind) -> Int64? {
        switch kind {
        case .integer(let number): number
        case .double(let number) where number.rounded() == number && abs(number) < 9e15: Int64(number)
        default: nil
        }
    }

    /// Checks the `labels` object; returns the name of the first label that is not a string.
    private static func labels(_ parser: inout MetadataParser) throws(MetadataParseError) -> MetadataParser.RawString? {
        var bad: MetadataParser.RawString?
        try parser.enter()
        parser.index += 1
        parser.skipWhitespace()
        if parser.index < parser.bytes.count, parser.bytes[parser.index] == UInt8(ascii: "}") {
            parser.index += 1
            parser.depth -= 1
            return nil
        }
        while true {
            parser.skipWhitespace()
            guard parser.index < parser.bytes.count, parser.bytes[parser.index] == UInt8(ascii: "\"") else {
                throw parser.fail("expected a key string")
            }
            let key = try parser.skipString()
            parser.skipWhitespace()
            guard parser.index < parser.bytes.count, parser.bytes[parser.index] == UInt8(ascii: ":") else {
                throw parser.fail("expected ':'")
            }
            parser.index += 1
            parser.skipWhitespace()
            if case .string = try parser.skipValue() {
            } else if bad == nil {
                bad = key
            }
            parser.skipWhitespace()
            guard parser.index < parser.bytes.count else { throw parser.fail("unexpected end of the document") }
            if parser.bytes[parser.index] == UInt8(ascii: ",") {
                parser.index += 1
                continue
            }
            guard parser.bytes[parser.index] == UInt8(ascii: "}") else { throw parser.fail("expected ',' or '}'") }
            parser.index += 1
            parser.depth -= 1
            return bad
        }
    }
}
