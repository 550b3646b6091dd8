import TeXMLRecorder
import TeXMLSupport

extension RecordingMetadata {
    /// Reads a metadata document with the same rules as the `Codable` conformance (every
    /// non-optional key present with its type; optional keys absent or null), except that a
    /// missing `labels` reads as none. Throws the reason the document is not a recording.
    public init(document: JSONValue) throws(RecordingDocumentError) {
        guard case .object(let written) = document else { throw RecordingDocumentError("not a JSON object") }
        // The parser keeps one member per key (the last value).
        let members = Dictionary(written.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
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
        func integer(_ value: JSONValue, _ key: String) throws(RecordingDocumentError) -> Int64 {
            switch value.numberValue {
            case .integer(let number)?: return number
            // JSONDecoder takes 3.0 for an Int; so does this.
            case .double(let number)? where number.rounded() == number && abs(number) < 9e15: return Int64(number)
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
            for label in entries {
                guard case .string(let text) = label.value else {
                    throw RecordingDocumentError("label '\(label.key)' is not a string")
                }
                labels[label.key] = text
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
