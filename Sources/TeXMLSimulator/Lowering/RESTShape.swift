import TeXMLGrammar

/// What the TwiML-style REST API (`Calls/{CallSid}/Recordings.json`) of a family's platform
/// accepts, defaults and answers (reference 4.2). Chosen once per call from the dialect, so the
/// API's code reads the shape and never asks which dialect the call is in.
struct RESTShape: Sendable {
    /// Whose error bodies the API answers with.
    enum ErrorStyle: Sendable {
        /// `{"code","message","more_info","status"}`.
        case twilio
        /// `{"errors":[{"code","title","detail","source"}]}`.
        case telnyx
    }

    var errors: ErrorStyle
    /// The path before `/Accounts/{AccountSid}` in a resource's `uri` and a 404's message.
    var resourceRoot: String
    /// `api_version` of a recording resource (nil: the member is left out).
    var apiVersion: String?
    /// Whether a recording resource carries `encryption_details` (null).
    var encryptionDetails: Bool
    /// How a recording resource writes its dates.
    var dates: CallbackShape.TimestampStyle
    /// The HTTP status of a created recording.
    var createStatus: Int
    /// `RecordingChannels`' words for one and two channels, and the default.
    var channelWords: [String]
    var defaultChannels: String
    /// Whether create takes `Trim` (Twilio; default `do-not-trim`).
    var acceptsTrim: Bool
    /// Whether create takes `PlayBeep` (default true) and `SendRecordingUrl` (Telnyx).
    var acceptsBeepAndRecordingURL: Bool
    /// Whether update takes `PauseBehavior` (Twilio).
    var acceptsPauseBehavior: Bool
    /// Twilio ignores what it does not understand with a warning (20001 unknown parameters,
    /// 13621 an unknown status event, 13256 an invalid callback URL) and goes on; Telnyx ignores
    /// unknown parameters silently and refuses the rest (10032, 10003).
    var warnsAndIgnores: Bool
    /// The recording SID that names the one recording running on the call (`Twilio.CURRENT`).
    var currentRecordingAlias: String?

    /// The parameters create knows.
    var createParameters: Set<String> {
        var known: Set<String> = [
            "RecordingChannels", "RecordingTrack", "RecordingStatusCallback", "RecordingStatusCallbackMethod",
            "RecordingStatusCallbackEvent",
        ]
        if acceptsTrim { known.insert("Trim") }
        if acceptsBeepAndRecordingURL { known.formUnion(["PlayBeep", "SendRecordingUrl"]) }
        return known
    }

    /// The parameters update knows.
    var updateParameters: Set<String> { acceptsPauseBehavior ? ["Status", "PauseBehavior"] : ["Status"] }

    /// Twilio's `2010-04-01` API.
    static let twilio = RESTShape(
        errors: .twilio, resourceRoot: "/2010-04-01", apiVersion: "2010-04-01", encryptionDetails: true,
        dates: .rfc2822, createStatus: 201, channelWords: ["mono", "dual"], defaultChannels: "mono",
        acceptsTrim: true, acceptsBeepAndRecordingURL: false, acceptsPauseBehavior: true, warnsAndIgnores: true,
        currentRecordingAlias: "Twilio.CURRENT")
    /// Telnyx's `/v2/texml` API.
    static let telnyx = RESTShape(
        errors: .telnyx, resourceRoot: "/v2/texml", apiVersion: nil, encryptionDetails: false, dates: .iso8601,
        createStatus: 200, channelWords: ["single", "dual"], defaultChannels: "dual", acceptsTrim: false,
        acceptsBeepAndRecordingURL: true, acceptsPauseBehavior: false, warnsAndIgnores: false,
        currentRecordingAlias: nil)

    static func of(_ family: DialectFamily) -> RESTShape {
        switch family {
        case .twiml: .twilio
        case .texml: .telnyx
        }
    }
}

extension CallRun {
    /// The shape of this call's TwiML-style REST API.
    var restShape: RESTShape { .of(dialect) }
}
