import Foundation
import TeXMLRecorder
import TeXMLSupport

/// One condition of a listing, as Kazoo's crossbar query-string filters define them. All the
/// filters of a query must hold (AND).
public enum RecordingFilter: Sendable, Hashable {
    /// `filter_{KEY}={VALUE}`: the value at the key path, as text (a string's contents, a number's
    /// decimal form, `true`/`false`, the empty string when missing or null), equals `value`; or
    /// `value` is JSON and is that scalar (`"2"`), or an array with an element equal to it
    /// (`["RE1","RE2"]`). So `filter_channels=2` matches the number 2 and the string "2", as in
    /// Kazoo; arrays and objects never match.
    case equals(key: String, value: String)
    /// `filter_not_{KEY}={VALUE}`: the negation of ``equals(key:value:)``.
    case notEquals(key: String, value: String)
    /// `has_key={KEY}`: the key path is present (even with null).
    case hasKey(String)
    /// `key_missing={KEY}`: the key path is absent.
    case keyMissing(String)
    /// `has_value={KEY}`: present and not null, `""`, `[]` or `{}`.
    case hasValue(String)
    /// `missing_value={KEY}`: absent, or null, `""`, `[]` or `{}`.
    case missingValue(String)
    /// `created_from`: `created` at or after this Unix second (inclusive, as Kazoo's `>=`).
    case createdFrom(Int64)
    /// `created_to`: `created` at or before this Unix second (inclusive, as Kazoo's `=<`).
    case createdTo(Int64)
    /// `modified_from`: the metadata file's modification time at or after this Unix second.
    case modifiedFrom(Int64)
    /// `modified_to`: the metadata file's modification time at or before this Unix second.
    case modifiedTo(Int64)

    /// Seconds from 0000-01-01 to 1970-01-01 in the proleptic Gregorian calendar (Erlang's
    /// `calendar:datetime_to_gregorian_seconds`): Kazoo's timestamps (`created_from`,
    /// `pvt_created`) are Unix seconds plus this.
    public static let gregorianEpochOffset: Int64 = 62_167_219_200

    /// Reads one Kazoo query-string parameter (`filter_labels.name=support`,
    /// `created_from=63900000000`); times are Gregorian seconds as Kazoo takes them. Returns nil
    /// for parameters that are not filters (`page_size`, `start_key`, …).
    public init?(parameter name: String, value: String) throws(RecordingStoreError) {
        func gregorian() throws(RecordingStoreError) -> Int64 {
            guard let seconds = Int64(value) else {
                throw RecordingStoreError(.invalidFilter, "\(name) takes Gregorian seconds, not '\(value)'")
            }
            return seconds - Self.gregorianEpochOffset
        }
        func key() throws(RecordingStoreError) -> String {
            if value.isEmpty { throw RecordingStoreError(.invalidFilter, "\(name) needs a key") }
            return value
        }
        switch name {
        case "has_key": self = .hasKey(try key())
        case "key_missing": self = .keyMissing(try key())
        case "has_value": self = .hasValue(try key())
        case "missing_value": self = .missingValue(try key())
        case "created_from": self = .createdFrom(try gregorian())
        case "created_to": self = .createdTo(try gregorian())
        case "modified_from": self = .modifiedFrom(try gregorian())
        case "modified_to": self = .modifiedTo(try gregorian())
        default:
            // filter_not_ first: filter_ is its prefix.
            if name.hasPrefix("filter_not_"), name.count > "filter_not_".count {
                self = .notEquals(key: String(name.dropFirst("filter_not_".count)), value: value)
            } else if name.hasPrefix("filter_"), name.count > "filter_".count {
                self = .equals(key: String(name.dropFirst("filter_".count)), value: value)
            } else {
                return nil
            }
        }
    }

    /// Kazoo's `should_filter`: text equality first, then the filter value read as JSON.
    static func equal(_ found: JSONValue?, _ wanted: String) -> Bool {
        let text: String
        switch found {
        case nil, .null?: text = ""
        case let value?:
            guard let scalar = value.scalarText else { return false }
            text = scalar
        }
        if text == wanted { return true }
        guard let first = wanted.utf8.first, first == UInt8(ascii: "\"") || first == UInt8(ascii: "[") else {
            return false
        }
        switch try? JSONValue.parse(Array(wanted.utf8)) {
        case .string(let decoded)?: return decoded == text
        case .array(let items)?: return items.contains { $0.scalarText == text }
        default: return false
        }
    }
}

/// A filter with its key path split once for the whole listing.
struct CompiledFilter {
    var filter: RecordingFilter
    var path: [[UInt8]]

    init(_ filter: RecordingFilter) {
        self.filter = filter
        let key: String
        switch filter {
        case .equals(let name, _), .notEquals(let name, _), .hasKey(let name), .keyMissing(let name),
            .hasValue(let name), .missingValue(let name):
            key = name
        case .createdFrom, .createdTo, .modifiedFrom, .modifiedTo: key = ""
        }
        // Kazoo splits keys on every dot (`binary:split(Key, <<".">>, [global])`).
        path = key.split(separator: ".", omittingEmptySubsequences: false).map { Array($0.utf8) }
    }

    func matches(_ entry: RecordingStore.Entry) -> Bool {
        switch filter {
        case .equals(_, let value): equal(entry, value)
        case .notEquals(_, let value): !equal(entry, value)
        case .hasKey: entry.value(at: path) != nil
        case .keyMissing: entry.value(at: path) == nil
        case .hasValue: entry.value(at: path)?.isNonEmpty == true
        case .missingValue: entry.value(at: path)?.isNonEmpty != true
        case .createdFrom(let second): entry.created >= second
        case .createdTo(let second): entry.created <= second
        case .modifiedFrom(let second): entry.modified >= second
        case .modifiedTo(let second): entry.modified <= second
        }
    }
}

extension CompiledFilter {
    /// ``RecordingFilter/equal(_:_:)`` on the entry's value, comparing an unescaped string's bytes
    /// in place: the common filters (`call_sid`, `labels.x`) then allocate nothing.
    private func equal(_ entry: RecordingStore.Entry, _ wanted: String) -> Bool {
        let quick: Bool? = entry.bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(bytes: buffer)
            guard let range = parser.valueRange(at: path), buffer[range.lowerBound] == UInt8(ascii: "\"") else {
                return nil
            }
            parser.index = range.lowerBound
            guard let raw = try? parser.skipString(), !raw.escaped else { return nil }
            if parser.rawString(raw, equals: Array(wanted.utf8)) { return true }
            // A quoted string or an array of alternatives needs the full comparison.
            let first = wanted.utf8.first
            return first == UInt8(ascii: "\"") || first == UInt8(ascii: "[") ? nil : false
        }
        return quick ?? RecordingFilter.equal(entry.value(at: path), wanted)
    }
}

/// What to list: one page, from a start key, through filters.
public struct RecordingQuery: Sendable, Hashable {
    /// Recordings per page: 1 through ``RecordingStore/maximumPageSize``.
    public var pageSize: Int
    /// Where the page starts: a `nextStartKey` of an earlier page; nil for the first page.
    public var startKey: String?
    public var filters: [RecordingFilter]

    public init(
        pageSize: Int = RecordingStore.defaultPageSize, startKey: String? = nil, filters: [RecordingFilter] = []
    ) {
        self.pageSize = pageSize
        self.startKey = startKey
        self.filters = filters
    }
}

/// A recording as the store holds it.
public struct StoredRecording: Sendable, Hashable {
    /// The metadata file's name without `.json` (the recording SID or its custom name).
    public var name: String
    public var metadata: RecordingMetadata
    /// The whole document as on disk, keys the recorder does not know included.
    public var document: JSONValue
    /// The metadata file's modification time, Unix seconds.
    public var modified: Int64

    /// The recording's id: its SID.
    public var id: String { metadata.sid }
}

/// A metadata file the store could not read, and why.
public struct SkippedFile: Sendable, Hashable {
    /// The file's name in the directory.
    public var file: String
    public var reason: String
}

/// One page of a listing, shaped like Kazoo's paginated envelope.
public struct RecordingPage: Sendable {
    public var recordings: [StoredRecording]
    /// The key that returns this page: the one asked for, else the first recording's.
    public var startKey: String?
    /// The key of the next page; nil on the last page.
    public var nextStartKey: String?
    /// Files in the directory that look like metadata (`*.json`) but are not readable recordings.
    public var skipped: [SkippedFile]

    /// The number of recordings on this page, as Kazoo reports `page_size`.
    public var pageSize: Int { recordings.count }
}

/// A position in the listing order (created, SID, file name), opaque to callers: a page that
/// starts at a key starts at the first recording at or after it, so recordings added before it
/// do not shift later pages.
struct StartKey: Hashable, Comparable {
    var created: Int64
    var sid: String
    var name: String

    static func < (lhs: StartKey, rhs: StartKey) -> Bool {
        if lhs.created != rhs.created { return lhs.created < rhs.created }
        if lhs.sid != rhs.sid { return lhs.sid < rhs.sid }
        return lhs.name < rhs.name
    }

    /// base64url (no padding) of the JSON array `[created, sid]`, with the file name appended
    /// when it is not the SID.
    var encoded: String {
        var parts: [JSONValue] = [.number(String(created)), .string(sid)]
        if name != sid { parts.append(.string(name)) }
        let json = JSONValue.array(parts).jsonText
        return Data(json.utf8).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    init(created: Int64, sid: String, name: String) {
        self.created = created
        self.sid = sid
        self.name = name
    }

    init(decoding key: String) throws(RecordingStoreError) {
        let invalid = RecordingStoreError(
            .invalidStartKey, "malformed start key '\(key)': pass a next_start_key from an earlier page")
        guard !key.isEmpty, key.utf8.allSatisfy({ Self.alphabet.contains($0) }) else { throw invalid }
        var base64 = key.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.utf8.count % 4) % 4)
        guard let data = Data(base64Encoded: base64),
            case .array(let parts)? = try? JSONValue.parse([UInt8](data)), parts.count == 2 || parts.count == 3,
            let created = parts[0].integerValue, case .string(let sid) = parts[1]
        else { throw invalid }
        if parts.count == 2 {
            self.init(created: created, sid: sid, name: sid)
        } else if case .string(let name) = parts[2] {
            self.init(created: created, sid: sid, name: name)
        } else {
            throw invalid
        }
    }

    private static let alphabet = Set(Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8))
}

/// Why a store operation failed. Carries the path, when there is one, and the reason in words.
public struct RecordingStoreError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        /// No recording has that id.
        case notFound = "not-found"
        /// The recording's metadata file is not a readable recording.
        case malformedRecording = "malformed-recording"
        /// The start key was not produced by this store.
        case invalidStartKey = "invalid-start-key"
        /// The page size is out of range.
        case invalidPageSize = "invalid-page-size"
        /// A filter is not well-formed.
        case invalidFilter = "invalid-filter"
        /// The directory cannot be listed.
        case unreadableDirectory = "unreadable-directory"
        /// The recording has no audio (absent or failed).
        case noMedia = "no-media"
        /// The audio is stored elsewhere (`url`), not in the directory.
        case externalMedia = "external-media"
        /// The metadata names an audio file that is not in the directory.
        case mediaMissing = "media-missing"
        /// The audio cannot be served in the requested type (MP3 asked for as WAV).
        case unsupportedConversion = "unsupported-conversion"
        /// WAV asked for as MP3 but the store has no transcoder.
        case noTranscoder = "no-transcoder"
        /// The transcoder failed.
        case transcodingFailed = "transcoding-failed"
        /// Removing or reading a file failed.
        case ioFailed = "io-failed"
    }

    public var kind: Kind
    public var path: String?
    public var message: String

    public init(_ kind: Kind, path: String? = nil, _ message: String) {
        self.kind = kind
        self.path = path
        self.message = message
    }

    public var description: String { path.map { "\($0): \(message)" } ?? message }
}
