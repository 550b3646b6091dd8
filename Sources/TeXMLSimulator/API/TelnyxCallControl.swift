import TeXMLGrammar
import TeXMLRecorder
import TeXMLSupport

/// What Telnyx Call Control remembers about a call.
struct CallControlState {
    /// `command_id`s of the commands this call accepted: a repeat is a no-op.
    var commandIDs: Set<String> = []
    /// The latest `client_state` given to a command about each recording, by recording id:
    /// what its later webhooks echo.
    var clientStates: [String: String] = [:]
    /// Webhooks sent so far: their `id`s are drawn from this count, so they are stable.
    var webhooksSent: UInt64 = 0
    /// Whether the missing `call.webhook_url` was already reported.
    var reportedMissingWebhookURL = false
}

/// How a recording started by `record_start` reports: its `client_state` and transcription.
struct CallControlRecording {
    var clientState: String?
    /// `transcription: true`: a `call.recording.transcription.saved` follows the saved webhook.
    var transcription: CallControlTranscription?
}

/// The transcription options of a `record_start`, with the schema's defaults.
struct CallControlTranscription: Equatable {
    var engine: String
    var language: String
    /// Google (engine `A`) only, like the three below.
    var profanityFilter = false
    var speakerDiarization = false
    var minSpeakerCount = 2
    var maxSpeakerCount = 6
}

/// The Call Control actions the simulator knows: the four recording actions and the two
/// streaming ones.
enum CallControlAction: String {
    case recordStart = "record_start"
    case recordStop = "record_stop"
    case recordPause = "record_pause"
    case recordResume = "record_resume"
    case streamingStart = "streaming_start"
    case streamingStop = "streaming_stop"
}

/// A Telnyx API error: the HTTP status and one entry of `{"errors":[…]}` (reference 4.1).
struct TelnyxAPIError: Error {
    var status: Int
    var code: String
    var title: String
    var detail: String
    /// RFC 6901 pointer into a JSON body (`/format`).
    var pointer: String? = nil
    /// The form or query parameter at fault (`RecordingChannels`).
    var parameter: String? = nil

    var reply: APIReply {
        APIReply.telnyxError(
            status: status, code: code, title: title, detail: detail, pointer: pointer, parameter: parameter)
    }

    static func missing(_ key: String) -> TelnyxAPIError {
        TelnyxAPIError(
            status: 422, code: "10004", title: "Missing required parameter",
            detail: "The '\(key)' parameter is required.", pointer: "/" + key)
    }

    /// 10032; a list longer than ten values (the 245 languages) is summed up by its first few.
    static func notOneOf(_ key: String, _ value: String, _ allowed: [String]) -> TelnyxAPIError {
        let expected =
            allowed.count <= 10
            ? allowed.joined(separator: ", ")
            : "\(allowed.prefix(3).joined(separator: ", ")), … (\(allowed.count) values)"
        return TelnyxAPIError(
            status: 422, code: "10032", title: "Invalid enumerated value",
            detail: "'\(value)' is not a valid \(key): expected one of \(expected).", pointer: "/" + key)
    }

    static func outOfRange(_ key: String, _ detail: String) -> TelnyxAPIError {
        TelnyxAPIError(status: 422, code: "10033", title: "Value out of range", detail: detail, pointer: "/" + key)
    }

    /// A member of the wrong JSON type, or a value that is not well-formed (`client_state`
    /// not Base64): Telnyx's general "Bad Request", 10015.
    static func badRequest(_ key: String, _ detail: String) -> TelnyxAPIError {
        TelnyxAPIError(status: 422, code: "10015", title: "Bad Request", detail: detail, pointer: "/" + key)
    }

    static func notFound(_ detail: String, pointer: String? = nil, status: Int = 404) -> TelnyxAPIError {
        TelnyxAPIError(status: status, code: "10005", title: "Resource not found", detail: detail, pointer: pointer)
    }

    static let callEnded = TelnyxAPIError(
        status: 422, code: "90018", title: "Call has already ended",
        detail: "This call is no longer active and can't receive commands.")

    /// Reference 4.1: 90054 "transcription already active" (relevance inferred): one transcribed
    /// recording at a time per call.
    static let transcriptionActive = TelnyxAPIError(
        status: 422, code: "90054", title: "Transcription already active",
        detail: "A recording of this call is already being transcribed.", pointer: "/transcription")

    /// Reference 4.1: 90020 "recording before audio started": the call is answered but its
    /// media has not started yet (`settings: media_start_delay`). Title and detail unconfirmed:
    /// the reference's words.
    static func audioNotStarted(_ delay: SimTime) -> TelnyxAPIError {
        TelnyxAPIError(
            status: 422, code: "90020", title: "Recording before audio started",
            detail: "The call's audio has not started yet (it starts \(delay.secondsText) s after the answer).")
    }

    /// Reference 4.1: 90045 "media streaming in use" (applicability unconfirmed; behind
    /// `settings: stream_blocks_recording`). Title and detail: the reference's words.
    static let streamingInUse = TelnyxAPIError(
        status: 422, code: "90045", title: "Media streaming in use",
        detail: "A media stream is running on this call: stop it before recording.")

    static let notAnswered = TelnyxAPIError(
        status: 422, code: "90034", title: "Call not answered yet",
        detail: "This call has not been answered yet.")

    static func invalidCallControlID(_ id: String) -> TelnyxAPIError {
        TelnyxAPIError(
            status: 422, code: "90015", title: "Invalid Call Control ID",
            detail: "The call_control_id '\(id)' does not identify a call.")
    }
}

/// Typed reading of a Call Control JSON body: each accessor throws the platform's error for
/// a member of the wrong type; absent and `null` members are nil.
struct CallControlBody {
    var body: JSONValue

    func value(_ key: String) -> JSONValue? {
        guard let value = body[key], value != .null else { return nil }
        return value
    }

    func string(_ key: String) throws(TelnyxAPIError) -> String? {
        guard let value = value(key) else { return nil }
        guard let text = value.stringValue else {
            throw .badRequest(key, "'\(key)' must be a string, not a \(value.typeName).")
        }
        return text
    }

    func bool(_ key: String) throws(TelnyxAPIError) -> Bool? {
        guard let value = value(key) else { return nil }
        guard let flag = value.boolValue else {
            throw .badRequest(key, "'\(key)' must be a boolean, not a \(value.typeName).")
        }
        return flag
    }

    /// An int32 (`type: integer, format: int32`): a JSON number written as an integer. A string
    /// (`"four"`), a fraction (`2.5`) or an exponent is the wrong type (10015); an integer past
    /// int32 is out of range (10033).
    func int(_ key: String) throws(TelnyxAPIError) -> Int? {
        guard let value = value(key) else { return nil }
        guard case .number(let text) = value, Self.isIntegerText(text) else {
            throw .badRequest(key, "'\(key)' must be an integer, not \(value.jsonText).")
        }
        guard let number = Int(text), number >= Int(Int32.min), number <= Int(Int32.max) else {
            throw .outOfRange(key, "'\(key)' \(text) does not fit in an int32.")
        }
        return number
    }

    /// `-?[0-9]+`.
    static func isIntegerText(_ text: String) -> Bool {
        let digits = text.hasPrefix("-") ? text.utf8.dropFirst() : text.utf8.dropFirst(0)
        return !digits.isEmpty && digits.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    func choice(_ key: String, _ allowed: [String]) throws(TelnyxAPIError) -> String? {
        guard let text = try string(key) else { return nil }
        guard allowed.contains(text) else { throw .notOneOf(key, text, allowed) }
        return text
    }

    func required(_ key: String, _ allowed: [String]) throws(TelnyxAPIError) -> String {
        guard let text = try choice(key, allowed) else { throw .missing(key) }
        return text
    }

    /// `client_state`: any Base64 string, kept verbatim.
    func clientState() throws(TelnyxAPIError) -> String? {
        guard let state = try string("client_state") else { return nil }
        guard Self.isBase64(state) else {
            throw .badRequest("client_state", "'client_state' must be Base64-encoded.")
        }
        return state
    }

    /// Standard Base64 (RFC 4648 section 4) with its padding.
    static func isBase64(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count % 4 == 0 else { return false }
        let padding = bytes.reversed().prefix { $0 == UInt8(ascii: "=") }.count
        guard padding <= 2 else { return false }
        return bytes.dropLast(padding).allSatisfy { byte in
            (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "+")
                || byte == UInt8(ascii: "/")
        }
    }
}

/// How Telnyx's published OpenAPI schema types a request property, and the error a value of
/// another shape gets. Codes: Telnyx's API error list
/// (https://developers.telnyx.com/development/api-fundamentals/api-errors): 10015 "Bad Request",
/// "the request failed because it was not well-formed"; 10032 and 10033 as the schema's own
/// `UnprocessableEntityResponse` examples give them ("Invalid enumerated value", pointer
/// `/record_channels`; "Value outside of range", pointer `/max_participants`).
enum CallControlFieldType: Equatable {
    /// `type: string` with an `enum:`: another string is 10032, another JSON type 10015.
    case enumeration([String])
    /// `type: boolean`: any other JSON type (`"x"`, `1`) is 10015.
    case boolean
    /// `type: integer, format: int32`: a string or a fraction is 10015, an integer past int32
    /// 10033.
    case int32
    /// `type: string`, `minLength`/`maxLength` counted in characters (Unicode scalars, as JSON
    /// Schema counts them): a shorter or longer one is 10033, another JSON type 10015.
    case string(minLength: Int? = nil, maxLength: Int? = nil)
}

/// One property of a Call Control request schema: its name, type and `default:`.
struct CallControlField: Equatable {
    var name: String
    var type: CallControlFieldType
    /// The schema's `default:`, as written there; nil where it gives none.
    var schemaDefault: String?

    init(_ name: String, _ type: CallControlFieldType, default schemaDefault: String? = nil) {
        self.name = name
        self.type = type
        self.schemaDefault = schemaDefault
    }
}

extension CallControlBody {
    /// Checks every member `fields` names as the schema types it, in the schema's order; a
    /// `required` one that is absent or `null` is 10004. Returns the body's other members, sorted:
    /// the caller decides what an unknown member gets.
    func check(_ fields: [CallControlField], required: [String]) throws(TelnyxAPIError) -> [String] {
        for field in fields {
            guard value(field.name) != nil else {
                if required.contains(field.name) { throw .missing(field.name) }
                continue
            }
            switch field.type {
            case .enumeration(let allowed):
                _ = try choice(field.name, allowed)
            case .boolean:
                _ = try bool(field.name)
            case .int32:
                _ = try int(field.name)
            case .string(let minLength, let maxLength):
                let length = try string(field.name)?.unicodeScalars.count ?? 0
                guard length < (minLength ?? 0) || length > (maxLength ?? .max) else { break }
                let bounds =
                    switch (minLength, maxLength) {
                    case (let low?, let high?): "\(low) to \(high)"
                    case (let low?, nil): "at least \(low)"
                    default: "at most \(maxLength ?? 0)"
                    }
                throw .outOfRange(field.name, "'\(field.name)' must be \(bounds) characters long, not \(length).")
            }
        }
        let known = Set(fields.map(\.name))
        return (body.members ?? []).map(\.key).filter { !known.contains($0) }.sorted()
    }
}

/// A validated `record_start` body: every property of Telnyx's `StartRecordingRequest`
/// (docs/reference/telnyx-record-start.openapi.yaml; reference 4.1), typed, with the schema's
/// defaults.
struct RecordStartRequest {
    var format: AudioFormat
    var channels: Int
    var playBeep: Bool
    /// Seconds; 0 = unlimited.
    var maxLength: Int
    /// Seconds of silence after speech; 0 = never.
    var timeoutSecs: Int
    var track: RecordingTrack
    var trim: Bool
    var customFileName: String?
    var transcription: CallControlTranscription?
    /// Members the schema does not name: ignored, and named in a trace warning. The schema does
    /// not close `StartRecordingRequest` (no `additionalProperties: false`, which Telnyx's full
    /// specification does put on some other request bodies), so a JSON Schema validator accepts
    /// them; Telnyx's SDKs send such members on purpose (telnyx-python's `extra_body`, "Add
    /// additional JSON properties to the request"); and no Telnyx source says the API refuses
    /// them. texml's choice (docs/apis/telnyx-call-control.md, "Unknown fields") is to answer 200 as
    /// the schema allows, and to say so, since a misspelt option (`play_bep`) would otherwise go
    /// unnoticed.
    var unknownFields: [String]

    static let engines = ["A", "B", "deepgram/nova-3"]

    /// `StartRecordingRequest.required`.
    static let required = ["format", "channels"]

    /// `StartRecordingRequest.properties`, in the schema's order, as it types them.
    /// `CallControlSchemaTests` reads the schema file and fails on any property, type, enum or
    /// default this list does not match.
    static let fields: [CallControlField] = [
        CallControlField("format", .enumeration(["wav", "mp3"])),
        CallControlField("channels", .enumeration(["single", "dual"])),
        CallControlField("client_state", .string()),
        CallControlField("command_id", .string()),
        CallControlField("play_beep", .boolean),
        CallControlField("max_length", .int32, default: "0"),
        CallControlField("timeout_secs", .int32, default: "0"),
        CallControlField("recording_track", .enumeration(["both", "inbound", "outbound"]), default: "both"),
        CallControlField("trim", .enumeration(["trim-silence"])),
        CallControlField("custom_file_name", .string(minLength: 1, maxLength: 40)),
        CallControlField("transcription", .boolean, default: "false"),
        CallControlField("transcription_engine", .enumeration(engines), default: "A"),
        // `$ref: TranscriptionLanguage`: a string enum, `default: en-US`.
        CallControlField("transcription_language", .enumeration(languages), default: "en-US"),
        CallControlField("transcription_profanity_filter", .boolean, default: "false"),
        CallControlField("transcription_speaker_diarization", .boolean, default: "false"),
        CallControlField("transcription_min_speaker_count", .int32, default: "2"),
        CallControlField("transcription_max_speaker_count", .int32, default: "6"),
    ]

    /// The schema's default for `name`.
    static func schemaDefault(_ name: String) -> String {
        fields.first { $0.name == name }?.schemaDefault ?? ""
    }

    /// The schema's default for the int32 `name` (`CallControlSchemaTests` checks each is one).
    static func intDefault(_ name: String) -> Int { Int(schemaDefault(name)) ?? 0 }

    init(_ body: CallControlBody) throws(TelnyxAPIError) {
        // Types, enums, int32 and lengths first, property by property in the schema's order.
        unknownFields = try body.check(Self.fields, required: Self.required)
        format = try body.string("format") == "wav" ? .wav : .mp3
        channels = try body.string("channels") == "dual" ? 2 : 1
        // The schema gives play_beep no default: an API caller asks for the beep.
        playBeep = try body.bool("play_beep") ?? false
        // The ranges are in the descriptions: max_length "The minimum value is 0. The maximum
        // value is 14400"; timeout_secs "The minimum value is 0".
        maxLength = try body.int("max_length") ?? Self.intDefault("max_length")
        guard (0...14400).contains(maxLength) else {
            throw .outOfRange("max_length", "'max_length' must be between 0 and 14400 seconds, not \(maxLength).")
        }
        timeoutSecs = try body.int("timeout_secs") ?? Self.intDefault("timeout_secs")
        guard timeoutSecs >= 0 else {
            throw .outOfRange("timeout_secs", "'timeout_secs' must be 0 or more, not \(timeoutSecs).")
        }
        track = RecordingTrack(try body.string("recording_track") ?? Self.schemaDefault("recording_track"), or: .both)
        trim = try body.string("trim") != nil
        customFileName = try body.string("custom_file_name")
        let engine = try body.string("transcription_engine") ?? Self.schemaDefault("transcription_engine")
        let language = try body.string("transcription_language") ?? Self.schemaDefault("transcription_language")
        // transcription_engine: "`deepgram/nova-3` supports only `en` and `en-{Region}` languages".
        if engine == "deepgram/nova-3", language != "en", !language.hasPrefix("en-") {
            throw .notOneOf("transcription_language", language, ["en", "en-*"])
        }
        // The Google options ("Applies to `google` engine only") are checked and kept with their
        // defaults (off, off, 2, 6); the simulator's transcript does not depend on them.
        let options = CallControlTranscription(
            engine: engine, language: language,
            profanityFilter: try body.bool("transcription_profanity_filter") ?? false,
            speakerDiarization: try body.bool("transcription_speaker_diarization") ?? false,
            minSpeakerCount: try body.int("transcription_min_speaker_count")
                ?? Self.intDefault("transcription_min_speaker_count"),
            maxSpeakerCount: try body.int("transcription_max_speaker_count")
                ?? Self.intDefault("transcription_max_speaker_count"))
        if try body.bool("transcription") ?? (Self.schemaDefault("transcription") == "true") {
            transcription = options
        }
    }

    /// `TranscriptionLanguage.enum`, as published (245 codes, `auto_detect` among them).
    static let languages = [
        "af", "af-ZA", "am", "am-ET", "ar", "ar-AE", "ar-BH", "ar-DZ", "ar-EG", "ar-IL", "ar-IQ", "ar-JO", "ar-KW",
        "ar-LB", "ar-MA", "ar-MR", "ar-OM", "ar-PS", "ar-QA", "ar-SA", "ar-TN", "ar-YE", "as", "auto_detect", "az",
        "az-AZ", "ba", "be", "bg", "bg-BG", "bn", "bn-BD", "bn-IN", "bo", "br", "bs", "bs-BA", "ca", "ca-ES", "cs",
        "cs-CZ", "cy", "da", "da-DK", "de", "de-AT", "de-CH", "de-DE", "el", "el-GR", "en", "en-AU", "en-CA", "en-GB",
        "en-GH", "en-HK", "en-IE", "en-IN", "en-KE", "en-NG", "en-NZ", "en-PH", "en-PK", "en-SG", "en-TZ", "en-US",
        "en-ZA", "es", "es-419", "es-AR", "es-BO", "es-CL", "es-CO", "es-CR", "es-DO", "es-EC", "es-ES", "es-GT",
        "es-HN", "es-MX", "es-NI", "es-PA", "es-PE", "es-PR", "es-PY", "es-SV", "es-US", "es-UY", "es-VE", "et",
        "et-EE", "eu", "eu-ES", "fa", "fa-IR", "fi", "fi-FI", "fil-PH", "fo", "fr", "fr-BE", "fr-CA", "fr-CH",
        "fr-FR", "gl", "gl-ES", "gu", "gu-IN", "ha", "haw", "he", "hi", "hi-IN", "hr", "hr-HR", "ht", "hu", "hu-HU",
        "hy", "hy-AM", "id", "id-ID", "is", "is-IS", "it", "it-CH", "it-IT", "iw-IL", "ja", "ja-JP", "jv-ID", "jw",
        "ka", "ka-GE", "kk", "kk-KZ", "km", "km-KH", "kn", "kn-IN", "ko", "ko-KR", "la", "lb", "ln", "lo", "lo-LA",
        "lt", "lt-LT", "lv", "lv-LV", "mg", "mi", "mk", "mk-MK", "ml", "ml-IN", "mn", "mn-MN", "mr", "mr-IN", "ms",
        "ms-MY", "mt", "my", "my-MM", "ne", "ne-NP", "nl", "nl-BE", "nl-NL", "nn", "no", "no-NO", "oc", "pa",
        "pa-Guru-IN", "pl", "pl-PL", "ps", "pt", "pt-BR", "pt-PT", "ro", "ro-RO", "ru", "ru-RU", "rw-RW", "sa", "sd",
        "si", "si-LK", "sk", "sk-SK", "sl", "sl-SI", "sn", "so", "sq", "sq-AL", "sr", "sr-RS", "ss-latn-za", "st-ZA",
        "su", "su-ID", "sv", "sv-SE", "sw", "sw-KE", "sw-TZ", "ta", "ta-IN", "ta-LK", "ta-MY", "ta-SG", "te", "te-IN",
        "tg", "th", "th-TH", "tk", "tl", "tn-latn-za", "tr", "tr-TR", "ts-ZA", "tt", "uk", "uk-UA", "ur", "ur-IN",
        "ur-PK", "uz", "uz-UZ", "ve-ZA", "vi", "vi-VN", "xh-ZA", "yi", "yo", "yue-Hant-HK", "zh", "zh-TW", "zu-ZA",
    ]
}

/// A validated `streaming_start` body (Telnyx's Call Control API reference, "Streaming start").
struct StreamingStartRequest {
    /// Nil for a stream to Dialogflow alone (`enable_dialogflow: true`).
    var url: String?
    var track: String

    static let tracks = ["inbound_track", "outbound_track", "both_tracks"]

    init(_ body: CallControlBody) throws(TelnyxAPIError) {
        // "Start streaming the media from a call to a specific WebSocket address or Dialogflow
        // connection": one of the two is needed.
        let dialogflow = try body.bool("enable_dialogflow") ?? false
        url = try body.string("stream_url")
        if let url {
            // Inferred: a stream_url that is no WebSocket address is refused as Telnyx refuses bad URLs.
            guard url.hasPrefix("wss://") || url.hasPrefix("ws://") else {
                throw TelnyxAPIError(
                    status: 422, code: "10003", title: "Invalid URL",
                    detail: "'stream_url' must be a WebSocket address (ws:// or wss://), not '\(url)'.",
                    pointer: "/stream_url")
            }
        } else if !dialogflow {
            var error = TelnyxAPIError.missing("stream_url")
            error.detail = "The 'stream_url' parameter is required unless enable_dialogflow is true."
            throw error
        }
        // "stream_track … default: inbound_track"; codec and bidirectional mode are checked, not simulated.
        track = try body.choice("stream_track", Self.tracks) ?? "inbound_track"
        _ = try body.choice("stream_codec", ["PCMU", "PCMA", "G722", "OPUS", "AMR-WB", "L16", "default"])
        _ = try body.choice("stream_bidirectional_mode", ["mp3", "rtp"])
    }
}

extension CallRun {
    /// The recording source Call Control recordings carry in their metadata (Telnyx names none).
    static let callControlRecordingSource = "CallControl"

    /// `record_start`, `record_stop`, `record_pause`, `record_resume` (reference 4.1),
    /// `streaming_start`, `streaming_stop`.
    mutating func performCallControl(_ command: APICommand, callID: String) -> APIReply {
        do throws(TelnyxAPIError) {
            guard let action = CallControlAction(rawValue: command.target) else {
                throw .notFound("'\(command.target)' is not a Call Control action this simulator knows.")
            }
            guard callID == callSid else { throw .invalidCallControlID(callID) }
            let body = CallControlBody(body: command.body)
            let commandID = try body.string("command_id")
            if let commandID, callControl.commandIDs.contains(commandID) {
                // Reference 4.1: a repeated command_id on the same call is ignored. Documented
                // behaviour, not a fault: traced as a note, not a warning.
                emit(.apiIgnored(.init(commandID: commandID, reason: "command_id already used on this call")))
                return Self.callControlOK
            }
            let clientState = try body.clientState()
            try performCallControl(action, body, clientState: clientState)
            if let commandID { callControl.commandIDs.insert(commandID) }
            return Self.callControlOK
        } catch {
            return error.reply
        }
    }

    /// Runs one action once its command is known to be new.
    private mutating func performCallControl(
        _ action: CallControlAction, _ body: CallControlBody, clientState: String?
    ) throws(TelnyxAPIError) {
        switch action {
        case .recordStart:
            let request = try RecordStartRequest(body)
            if !request.unknownFields.isEmpty {
                // RecordStartRequest.unknownFields: accepted as the open schema allows, and said.
                emitWarning(
                    code: nil,
                    "record_start ignores \(request.unknownFields.joined(separator: ", ")): not in Telnyx's "
                        + "StartRecordingRequest schema", [.fields(request.unknownFields)])
            }
            try checkCallControlCallState()
            try checkCallControlMedia()
            if request.transcription != nil, isTranscribingCallControlRecording { throw .transcriptionActive }
            startCallControlRecording(request, clientState: clientState)
        case .streamingStart:
            let request = try StreamingStartRequest(body)
            try checkCallControlCallState()
            startCallControlStream(request, clientState: clientState)
        case .streamingStop:
            let streamID = try body.string("stream_id")
            try checkCallControlCallState()
            for sid in try callControlStreamTargets(streamID) {
                guard let index = streams.active.firstIndex(where: { $0.sid == sid }) else { continue }
                if let clientState { streams.active[index].clientState = clientState }
                stopStream(at: index, reason: .streamingStop)
            }
        case .recordStop, .recordPause, .recordResume:
            var recordingID = try body.string("recording_id")
            if recordingID == "{RecordingSid}" { recordingID = lastAPIRecordingSid[.callControl] ?? recordingID }
            try checkCallControlCallState()
            let targets = try callControlTargets(recordingID)
            for sid in targets {
                if let clientState {
                    callControl.clientStates[sid] = clientState
                    if let index = runningRecording(sid) {
                        recordings[index].delivery.labels["client_state"] = clientState
                    }
                }
                applyCallControl(action, to: sid)
            }
        }
    }

    static let callControlOK = APIReply(status: 200, body: .fields(["data": .fields(["result": "ok"])]))

    /// Whether a running Call Control recording is transcribed.
    var isTranscribingCallControlRecording: Bool {
        recordings.contains { recording in
            recording.delivery.notifier.notice(CallControlRecording.self)?.transcription != nil
        }
    }

    /// 90018 once the call is over, 90034 while it rings.
    func checkCallControlCallState() throws(TelnyxAPIError) {
        if callEnded || callerHungUp { throw .callEnded }
        if !answered { throw .notAnswered }
    }

    /// 90020 while the answered call's media has not started (`media_start_delay` after the
    /// answer), then 90045 while a media stream runs (`stream_blocks_recording`).
    func checkCallControlMedia() throws(TelnyxAPIError) {
        if let answeredAt = progress.answeredAt,
            now < answeredAt + behaviour.callControl.mediaStartDelay
        {
            throw .audioNotStarted(behaviour.callControl.mediaStartDelay)
        }
        if behaviour.callControl.streamBlocksRecording, !streams.active.isEmpty { throw .streamingInUse }
    }

    /// The Call Control recordings a stop, pause or resume acts on: the one named, else every
    /// one running (reference 4.1, inferred).
    func callControlTargets(_ recordingID: String?) throws(TelnyxAPIError) -> [String] {
        let running = recordings.filter { recording in
            recording.delivery.notifier.notice(CallControlRecording.self) != nil
        }
        if let recordingID {
            guard running.contains(where: { $0.sid == recordingID }) else {
                throw .notFound(
                    "No recording '\(recordingID)' started by record_start is in progress on this call.",
                    pointer: "/recording_id", status: 422)
            }
            return [recordingID]
        }
        guard !running.isEmpty else {
            throw .notFound("No recording started by record_start is in progress on this call.", status: 422)
        }
        return running.map(\.sid)
    }

    mutating func applyCallControl(_ action: CallControlAction, to sid: String) {
        guard let index = runningRecording(sid) else { return }
        switch action {
        case .recordStop:
            stopRecording(at: index, reason: .recordStop)
        case .recordPause:
            // Pausing a paused recording changes nothing; it is answered ok like Telnyx's other no-ops.
            if !pauseRecording(at: index) { emitUnchanged(sid, .alreadyPaused) }
        case .recordResume:
            if !resumeRecording(at: index, pauseBehavior: behaviour.recordings.pauseBehavior) {
                emitUnchanged(sid, .notPaused)
            }
        case .recordStart, .streamingStart, .streamingStop:
            break
        }
    }

    /// A pause of a paused recording, or a resume of a running one: answered ok, nothing changes.
    mutating func emitUnchanged(_ sid: String, _ reason: UnchangedReason) {
        emit(.recordingUnchanged(.init(recordingSid: sid, reason: reason)))
    }

    mutating func startCallControlRecording(_ request: RecordStartRequest, clientState: String?) {
        var recording = ActiveRecording(
            sid: ids.recordingSid(), source: Self.callControlRecordingSource, started: now, track: request.track,
            channels: request.channels, trim: request.trim, format: request.format, subscription: nil)
        recording.origin = .api
        if request.maxLength > 0 { recording.limits.maxLength = .seconds(request.maxLength) }
        if request.timeoutSecs > 0 { recording.limits.silenceTimeout = .seconds(request.timeoutSecs) }
        // Reference 4.1: custom_file_name or call_leg_id, plus a Unix-timestamp suffix.
        let stamp = Self.virtualEpoch + now.milliseconds / 1000
        recording.fileName = Self.safeFileName(request.customFileName ?? callLegID) + "-\(stamp)"
        // Telnyx documents no absent status for Call Control: a silent recording is saved too.
        recording.limits.absentRule = false
        recording.delivery.notifier = .callControl(
            CallControlRecording(clientState: clientState, transcription: request.transcription))
        if let clientState {
            recording.delivery.labels["client_state"] = clientState
            callControl.clientStates[recording.sid] = clientState
        }
        if request.playBeep { playAPIBeep() }
        startRecording(recording)
        lastAPIRecordingSid[.callControl] = recording.sid
    }

    /// The beep an API plays as its recording starts: on the outbound track, so it is in the
    /// file. Added to the call's audio without counting as sound heard, so it does not arm a
    /// Telnyx silence timer (armed by speech, reference 2.5).
    mutating func playAPIBeep() {
        let end = now + behaviour.record.beepDuration
        audio[.outbound].append(SoundSegment(start: now.milliseconds, end: end.milliseconds, sound: .beep))
        emit(.recordBeep(.init(duration: behaviour.record.beepDuration)))
    }

    /// A file name from an application's text: characters outside `A-Z a-z 0-9 . _ -` (a `/`
    /// would leave the output directory) become `_`, and so does a leading dot.
    static func safeFileName(_ name: String) -> String {
        var result = ""
        for character in name {
            let safe = character.isASCII && (character.isLetter || character.isNumber || "._-".contains(character))
            result.append(safe ? character : "_")
        }
        if result.hasPrefix(".") { result = "_" + result.dropFirst() }
        return result
    }

    // MARK: Streaming

    /// `streaming_start`: a stream to `stream_url`, announced by a `streaming.started` webhook.
    mutating func startCallControlStream(_ request: StreamingStartRequest, clientState: String?) {
        let stream = ActiveStream(
            sid: nextStreamSid(), url: request.url, track: request.track, started: now, origin: .callControl,
            clientState: clientState)
        startStream(stream)
        sendCallControlWebhook("streaming.started", payload: streamingPayload(stream))
    }

    /// The streams a `streaming_stop` stops: the one named, else "all streams associated with a
    /// given call_control_id" (API reference), `<Start><Stream>` ones included. An unknown
    /// `stream_id` or nothing streaming: 422 10005, as for recordings (inferred).
    func callControlStreamTargets(_ streamID: String?) throws(TelnyxAPIError) -> [String] {
        if let streamID {
            guard streams.active.contains(where: { $0.sid == streamID }) else {
                throw .notFound(
                    "No stream '\(streamID)' is running on this call.", pointer: "/stream_id", status: 422)
            }
            return [streamID]
        }
        guard !streams.active.isEmpty else {
            throw .notFound("No media stream is running on this call.", status: 422)
        }
        return streams.active.map(\.sid)
    }

    /// `streaming.stopped` for a stream `streaming_start` began, however it stopped.
    mutating func callControlStreamStopped(_ stream: ActiveStream) {
        sendCallControlWebhook("streaming.stopped", payload: streamingPayload(stream))
    }

    /// The payload of `streaming.started` / `streaming.stopped`: the call's identifiers,
    /// `client_state`, `stream_url` (Telnyx SDKs' `CallStreamingStarted`/`Stopped` payload), and
    /// `stream_id`, which `streaming_stop` takes.
    func streamingPayload(_ stream: ActiveStream) -> [(String, JSONValue)] {
        [
            ("call_control_id", .string(callSid)), ("call_leg_id", .string(callLegID)),
            ("call_session_id", .string(callSessionID)),
            ("client_state", stream.clientState.map { .string($0) } ?? .null),
            ("connection_id", .string(connectionId)), ("stream_id", .string(stream.sid)),
            ("stream_url", stream.url.map { .string($0) } ?? .null),
        ]
    }

    // MARK: Identifiers

    /// `call_leg_id`: a UUID stable for the call.
    var callLegID: String { Self.stableUUID("call_leg_id:" + callSid) }
    /// `call_session_id`: a UUID stable for the call.
    var callSessionID: String { Self.stableUUID("call_session_id:" + callSid) }

    /// A version-4-shaped UUID drawn from `seed`: the same text gives the same UUID.
    static func stableUUID(_ seed: String) -> String {
        var generator = SeededGenerator(seed: stableHash(seed))
        let digits = Array("0123456789abcdef")
        var text = ""
        var word = generator.next()
        for index in 0..<32 {
            if index == 16 { word = generator.next() }
            if [8, 12, 16, 20].contains(index) { text.append("-") }
            let nibble = Int(word & 15)
            word >>= 4
            switch index {
            case 12: text.append("4")
            case 16: text.append(digits[8 + nibble % 4])
            default: text.append(digits[nibble])
            }
        }
        return text
    }

    // MARK: Webhooks

    /// `call.recording.saved` (then `call.recording.transcription.saved` if asked) or
    /// `call.recording.error` for a recording `record_start` began.
    mutating func callControlRecordingEnded(
        _ context: CallControlRecording, recording: ActiveRecording, result: RecordingResult
    ) {
        let clientState = callControl.clientStates[recording.sid] ?? context.clientState
        let identifiers: [(String, JSONValue)] = [
            ("call_control_id", .string(callSid)), ("call_leg_id", .string(callLegID)),
            ("call_session_id", .string(callSessionID)), ("client_state", clientState.map { .string($0) } ?? .null),
            ("connection_id", .string(connectionId)),
        ]
        guard result.artifact != nil else {
            // Nothing was kept: the recorder failed or the simulation cut the call short.
            sendCallControlWebhook(
                "call.recording.error",
                payload: identifiers + [("reason", .string("Internal server error"))])
            return
        }
        let fileURL = recordingURL(recording.sid) + "." + recording.format.fileExtension
        let urls = JSONValue.object([JSONMember(recording.format.rawValue, .string(fileURL))])
        sendCallControlWebhook(
            "call.recording.saved",
            payload: identifiers + [
                ("channels", .string(recording.channels.count == 2 ? "dual" : "single")),
                ("format", .string(recording.format.rawValue)),
                ("recording_started_at", .string(iso8601(recording.started))),
                ("recording_ended_at", .string(iso8601(now))), ("recording_urls", urls),
                ("public_recording_urls", urls),
            ])
        guard context.transcription != nil else { return }
        sendCallControlWebhook(
            "call.recording.transcription.saved",
            payload: identifiers + [
                ("calling_party_type", .string("pstn")), ("recording_id", .string(recording.sid)),
                ("recording_transcription_id", .string(ids.transcriptionSid())), ("status", .string("completed")),
                ("transcription_text", .string(transcriptHeard(by: recording))),
            ])
    }

    /// Sends one webhook in Telnyx's envelope to `call.webhook_url`; without one, says so once.
    mutating func sendCallControlWebhook(_ eventType: String, payload: [(String, JSONValue)]) {
        guard let url = scenario.call.webhookURL else {
            if !callControl.reportedMissingWebhookURL {
                callControl.reportedMissingWebhookURL = true
                emitWarning(code: nil, "the scenario has no call.webhook_url: Call Control webhooks are not sent")
            }
            return
        }
        callControl.webhooksSent += 1
        let id = Self.stableUUID("webhook:\(callSid):\(callControl.webhooksSent)")
        let envelope = JSONValue.fields([
            "data": .fields([
                "record_type": "event", "event_type": .string(eventType), "id": .string(id),
                "occurred_at": .string(iso8601(now)),
                "payload": .object(payload.map { JSONMember($0.0, $0.1) }),
            ])
        ])
        sendJSONWithoutWaiting(purpose: eventType, url: url, body: envelope)
    }
}

/// Telnyx Call Control: `POST /v2/calls/{call_control_id}/actions/{action}`, JSON.
enum TelnyxCallControlAPI: PlatformAPI {
    static let platform = APIPlatform.callControl
    static func initialState() -> CallControlState { CallControlState() }

    static func request(_ command: APICommand, callID: String, in run: CallRun) -> TraceEvent.APICall {
        .json(
            method: "POST", url: "https://api.telnyx.com/v2/calls/\(callID)/actions/\(command.target)",
            body: command.body)
    }

    static func perform(_ command: APICommand, callID: String, in run: inout CallRun) -> APIReply {
        run.performCallControl(command, callID: callID)
    }
}

extension APIPlatform {
    /// Telnyx Call Control: `POST /v2/calls/{call_control_id}/actions/{action}`, JSON.
    public static let callControl = APIPlatform(rawValue: "call_control")
}

extension CallControlRecording: APIRecordingNotice {
    func recordingEnded(_ recording: ActiveRecording, result: RecordingResult, in run: inout CallRun) {
        run.callControlRecordingEnded(self, recording: recording, result: result)
    }
}

extension RecordingNotifier {
    /// Telnyx Call Control webhooks `call.recording.saved` / `call.recording.error`.
    static func callControl(_ notice: CallControlRecording) -> RecordingNotifier { .api(notice) }
}

extension CallRun {
    var callControl: CallControlState {
        get { apis[TelnyxCallControlAPI.self] }
        set { apis[TelnyxCallControlAPI.self] = newValue }
    }
}
