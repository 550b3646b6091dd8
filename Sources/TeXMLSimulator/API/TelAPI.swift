import TeXMLGrammar
import TeXMLRecorder

/// What TelAPI remembers about a call.
struct TelAPIState {}

/// How a recording TelAPI started reports: its `CallbackUrl`.
struct TelAPIRecording {
    var callbackURL: String?
}

extension CallRun {
    /// `Calls/{CallSid}/Recordings` with `Record=true|false` (reference 4.3).
    mutating func performTelAPI(_ command: APICommand, callID: String) -> APIReply {
        APIReply(status: 501, body: nil)
    }

    /// The `CallbackUrl` request of a finished TelAPI recording.
    mutating func telapiRecordingEnded(_ context: TelAPIRecording, recording: ActiveRecording, result: RecordingResult)
    {}
}
