import TeXMLGrammar
import TeXMLRecorder

/// What Telnyx Call Control remembers about a call: the `command_id`s it has seen.
struct CallControlState {
    var commandIDs: Set<String> = []
}

/// How a recording started by `record_start` reports: its `client_state` and webhook target.
struct CallControlRecording {
    var clientState: String?
}

extension CallRun {
    /// `record_start`, `record_stop`, `record_pause`, `record_resume` (reference 4.1).
    mutating func performCallControl(_ command: APICommand, callID: String) -> APIReply {
        APIReply(status: 501, body: nil)
    }

    /// `call.recording.saved` or `call.recording.error` for a recording `record_start` began.
    mutating func callControlRecordingEnded(
        _ context: CallControlRecording, recording: ActiveRecording, result: RecordingResult
    ) {}
}
