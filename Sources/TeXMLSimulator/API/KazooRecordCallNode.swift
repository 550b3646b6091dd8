import TeXMLRecorder
import TeXMLSupport

/// Crossbar's validation errors, keyed by field then by failed rule:
/// `{"time_limit":{"minimum":{"message":"Value must be at least 5","target":5,"value":2}}}`
/// (messages of `kz_json_schema:error_to_jobj/2`).
struct KazooValidationErrors: Error {
    private(set) var members: [JSONMember] = []

    var isEmpty: Bool { members.isEmpty }

    mutating func add(_ key: String, _ rule: String, _ detail: JSONValue) {
        members.append(JSONMember(key, .object([JSONMember(rule, detail)])))
    }

    mutating func wrongType(_ key: String, _ type: String, _ value: JSONValue) {
        add(
            key, "type",
            .fields([
                "message": .string("Value did not match type(s): \(type)"), "target": .string(type), "value": value,
            ]))
    }
}

/// The `data` of a `record_call` node, every key read (callflows.record_call.json, master branch).
struct KazooRecordCallNode {
    var action = "start"
    var format: AudioFormat?
    var label: String?
    var mediaName: String?
    var method = "put"
    var recordMinSeconds: Int?
    var recordOnAnswer = false
    var recordOnBridge = false
    var sampleRate: Int?
    var shouldFollowTransfer = true
    var skipModule = false
    var timeLimit = 3600
    var url: String?
    /// Accepted but worth saying: a written `origin`, unknown keys, integers sent as strings.
    var notes: [String] = []

    /// `media.max_recording_time_limit`'s default: `cb_callflows` refuses a start above it.
    static let systemTimeLimit = 3600
    static let timeLimitRange = 5...10800

    private enum Kind {
        case string(allowed: [String]?)
        case integer(range: ClosedRange<Int>?)
        case boolean
        case uri
    }

    private static let schema: [String: Kind] = [
        "action": .string(allowed: ["start", "stop"]), "format": .string(allowed: ["mp3", "wav"]),
        "label": .string(allowed: nil), "media_name": .string(allowed: nil),
        "method": .string(allowed: ["put", "post"]), "origin": .string(allowed: nil),
        "record_min_sec": .integer(range: nil), "record_on_answer": .boolean, "record_on_bridge": .boolean,
        "record_sample_rate": .integer(range: nil), "should_follow_transfer": .boolean, "skip_module": .boolean,
        "time_limit": .integer(range: timeLimitRange), "url": .uri,
    ]

    /// Validates the node as crossbar does, then reads it. Errors are all reported at once.
    static func validate(_ data: JSONValue) -> Result<KazooRecordCallNode, KazooValidationErrors> {
        var errors = KazooValidationErrors()
        guard let members = data.members else {
            errors.wrongType("data", "object", data)
            return .failure(errors)
        }
        var node = KazooRecordCallNode()
        if data["action"] == nil {
            // The schema both requires `action` and gives it a default; crossbar validates before
            // filling defaults, so a node without it is refused.
            errors.add("action", "required", .fields(["message": "Field is required but missing"]))
        }
        var values: [String: JSONValue] = [:]
        for member in members {
            guard let kind = schema[member.key] else {
                // Kazoo stores keys the schema does not define, unmodified.
                node.notes.append("unknown key '\(member.key)' is kept but has no effect")
                continue
            }
            if let value = check(member.key, member.value, kind, &errors, &node.notes) {
                values[member.key] = value
            }
        }
        // cb_callflows' own check runs only on data the schema accepted.
        if errors.isEmpty, values["action"]?.stringValue == "start",
            let limit = values["time_limit"]?.intValue, limit > systemTimeLimit
        {
            errors.add(
                "time_limit", "maximum",
                .fields([
                    "message": .string("Value must be at most \(systemTimeLimit)"),
                    "target": .number(String(systemTimeLimit)), "value": .number(String(limit)),
                ]))
        }
        guard errors.isEmpty else { return .failure(errors) }
        node.read(values)
        return .success(node)
    }

    /// Checks one value against its schema entry; returns it (an integer sent as a string fixed,
    /// as `cb_callflows:maybe_fix_js_integer/3` does) when valid.
    private static func check(
        _ key: String, _ value: JSONValue, _ kind: Kind, _ errors: inout KazooValidationErrors, _ notes: inout [String]
    ) -> JSONValue? {
        switch kind {
        case .string(let allowed):
            guard let text = value.stringValue else {
                errors.wrongType(key, "string", value)
                return nil
            }
            if let allowed, !allowed.contains(text) {
                errors.add(
                    key, "enum",
                    .fields([
                        "message": "Value not found in enumerated list of values",
                        "target": .array(allowed.map { .string($0) }), "value": value,
                    ]))
                return nil
            }
            return value
        case .boolean:
            guard value.boolValue != nil else {
                errors.wrongType(key, "boolean", value)
                return nil
            }
            return value
        case .uri:
            guard let text = value.stringValue else {
                errors.wrongType(key, "string", value)
                return nil
            }
            guard isURI(text) else {
                errors.add(
                    key, "wrong_format",
                    .fields(["message": "Field is not in the correct format", "value": value, "format": "uri"]))
                return nil
            }
            return value
        case .integer(let range):
            return checkInteger(key, value, range, &errors, &notes)
        }
    }

    /// An integer in `range`; one sent as a string is read as the integer, with a note.
    private static func checkInteger(
        _ key: String, _ value: JSONValue, _ range: ClosedRange<Int>?, _ errors: inout KazooValidationErrors,
        _ notes: inout [String]
    ) -> JSONValue? {
        var number = value.intValue
        if number == nil, let text = value.stringValue, let fixed = Int(text) {
            notes.append("\(key) \"\(text)\" was sent as a string: read as the integer \(fixed)")
            number = fixed
        }
        guard let number else {
            errors.wrongType(key, "integer", value)
            return nil
        }
        if let range, number < range.lowerBound {
            errors.add(
                key, "minimum",
                .fields([
                    "message": .string("Value must be at least \(range.lowerBound)"),
                    "target": .number(String(range.lowerBound)), "value": .number(String(number)),
                ]))
            return nil
        }
        if let range, number > range.upperBound {
            errors.add(
                key, "maximum",
                .fields([
                    "message": .string("Value must be at most \(range.upperBound)"),
                    "target": .number(String(range.upperBound)), "value": .number(String(number)),
                ]))
            return nil
        }
        return .number(String(number))
    }

    /// JSON Schema's `uri` format: a scheme, a colon and something after it, no spaces.
    static func isURI(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return false }
        let scheme = text[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
            scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return false }
        let rest = text[text.index(after: colon)...]
        return !rest.isEmpty && !text.contains(where: { $0 == " " || $0.isNewline })
    }

    private mutating func read(_ values: [String: JSONValue]) {
        action = values["action"]?.stringValue ?? "start"
        format = values["format"]?.stringValue.flatMap(AudioFormat.init(rawValue:))
        label = values["label"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
        mediaName = values["media_name"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
        method = values["method"]?.stringValue ?? "put"
        if values["origin"] != nil {
            // cf_record_call overwrites it with "callflow : {label}".
            notes.append("origin is read-only: it is set to \"callflow : {label}\", the value written is ignored")
        }
        recordMinSeconds = values["record_min_sec"]?.intValue.flatMap { $0 > 0 ? $0 : nil }
        recordOnAnswer = values["record_on_answer"]?.boolValue ?? false
        recordOnBridge = values["record_on_bridge"]?.boolValue ?? false
        sampleRate = values["record_sample_rate"]?.intValue
        shouldFollowTransfer = values["should_follow_transfer"]?.boolValue ?? true
        if values["should_follow_transfer"] != nil {
            notes.append("should_follow_transfer is accepted: the simulator has no transfers, so it changes nothing")
        }
        skipModule = values["skip_module"]?.boolValue ?? false
        timeLimit = values["time_limit"]?.intValue ?? 3600
        url = values["url"]?.stringValue
    }

    /// The file's name without extension: `media_name` with an extension matching the format
    /// dropped (Kazoo's `get_media_name/2` adds one only when missing) and path separators
    /// replaced, so a name never leaves the recordings directory. Nil: the recording's SID.
    func fileName(format: AudioFormat) -> String? {
        guard var name = mediaName else { return nil }
        let suffix = "." + format.fileExtension
        if name.lowercased().hasSuffix(suffix), name.count > suffix.count { name = String(name.dropLast(suffix.count)) }
        name = String(name.map { $0 == "/" || $0 == "\\" || $0 == "\0" ? "_" : $0 })
        return name == "." || name == ".." ? nil : name
    }

    /// Rates the recorder can write: MP3's own list; WAV anything from 1 to 384 kHz.
    static func sampleRateIsSupported(_ rate: Int, format: AudioFormat) -> Bool {
        switch format {
        case .mp3: [8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000].contains(rate)
        case .wav: (1000...384_000).contains(rate)
        }
    }
}
