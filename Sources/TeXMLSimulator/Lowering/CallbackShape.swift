import TeXMLGrammar

/// What the callbacks of a family's verbs carry: the platforms name, time and fill them
/// differently. Lowered once per call from the dialect, so the verbs that send callbacks never
/// ask which dialect it is.
struct CallbackShape {
    /// Which platform's names a call's and a leg's parameters take.
    enum LegParameters {
        /// Twilio: `ApiVersion`, `Called`, `Caller`; a child leg's `Direction=outbound-dial`.
        case twilio
        /// Telnyx (TexmlCallRingingWebhook and the call's own requests): `CallSidLegacy`,
        /// `ConnectionId`; a child leg's `ParentCallSidLegacy`.
        case telnyx
    }

    enum TimestampStyle {
        /// `Thu, 01 Jan 2026 00:00:00 +0000` (Twilio).
        case rfc2822
        /// `2026-01-01T00:00:00Z`, without a fraction (Telnyx, as its webhook reference writes it).
        case iso8601
    }

    /// The parameters every request about the call carries, and a dialed leg's own (its status
    /// callbacks and its whisper document).
    var legParameters: LegParameters
    /// `Direction` of a call the API placed: Twilio's `outbound-api`, Telnyx's `outbound`.
    var outboundDirection: String
    /// How a leg callback writes `Timestamp`.
    var legTimestamp: TimestampStyle
    /// Reference 3.2: Twilio sends `RecordingStartTime` with every recording status event, and
    /// `RecordingUrl` with `in-progress` too; Telnyx documents neither.
    var recordingStartTime: Bool
    var recordingURLWhileInProgress: Bool
    /// Twilio's `ErrorCode` with an `absent` recording.
    var absentErrorCode: Bool
    /// The call's parameters a recording status callback leaves out.
    var recordingCallbackOmits: Set<String>

    static func of(_ family: DialectFamily) -> CallbackShape {
        switch family {
        case .twiml: twilio
        case .texml: telnyx
        }
    }

    // Built once: `callbacks` is read for every request, and each shape holds a set of names.
    private static let twilio = CallbackShape(
        legParameters: .twilio, outboundDirection: "outbound-api", legTimestamp: .rfc2822, recordingStartTime: true,
        recordingURLWhileInProgress: true, absentErrorCode: true,
        recordingCallbackOmits: ["ApiVersion", "CallStatus", "Called", "Caller", "Direction", "From", "To"])
    private static let telnyx = CallbackShape(
        legParameters: .telnyx, outboundDirection: "outbound", legTimestamp: .iso8601, recordingStartTime: false,
        recordingURLWhileInProgress: false, absentErrorCode: false,
        recordingCallbackOmits: ["CallStatus", "Direction", "From", "To"])
}

extension CallRun {
    /// The shape of this call's callbacks.
    var callbacks: CallbackShape { .of(behaviour.dialect.family) }
}
