import TeXMLRecorder
import TeXMLSupport

/// What the listing keeps of a readable recording's metadata file.
struct ScannedRecording {
    var created: Int64
    var sid: String
}

/// Why a metadata file is not a readable recording, in words.
struct ScanFailure: Error {
    var reason: String
}

/// The listing's fast path. A listing must look at every metadata file (to sort, filter and
/// report the unreadable ones) but prints only a page, so each file is checked in one pass that
/// builds nothing: full JSON syntax, and the types ``RecordingMetadata/init(document:)`` requires,
/// keeping only `created` and `sid`. Filters read values straight from the bytes; only the page's
/// recordings are parsed into trees. Building a tree of every document cost three times as much.
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
        init?(_ bytes: UnsafeBufferPointer<UInt8>, _ raw: JSONParser.RawString) {
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
    private static func known(_ raw: JSONParser.RawString, in parser: JSONParser, _ names: [PackedName]) -> Int? {
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
        var kind: JSONParser.RawKind
        var badLabel: JSONParser.RawString?
    }

    /// Checks a metadata file and returns what sorting needs.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) throws(ScanFailure) -> ScannedRecording {
        var parser = JSONParser(bytes: bytes)
        var slots = [Slot?](repeating: nil, count: Key.allCases.count)
        let names = packedNames
        var isObject = true
        do throws(JSONParseError) {
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

    private static func isStringOrNull(_ kind: JSONParser.RawKind) -> Bool {
        switch kind {
        case .string, .null: true
        default: false
        }
    }

    /// Integers as ``RecordingMetadata/init(document:)`` reads them.
    private static func integer(_ kind: JSONParser.RawKind) -> Int64? {
        switch kind {
        case .integer(let number): number
        case .double(let number) where number.rounded() == number && abs(number) < 9e15: Int64(number)
        default: nil
        }
    }

    /// Checks the `labels` object; returns the name of the first label that is not a string.
    private static func labels(_ parser: inout JSONParser) throws(JSONParseError) -> JSONParser.RawString? {
        var bad: JSONParser.RawString?
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
