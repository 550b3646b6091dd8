import TeXMLGrammar
import TeXMLRecorder

/// What Kazoo remembers about a call.
struct KazooState {}

/// How a recording `record_call` started is delivered: the upload target.
struct KazooRecording {
    var url: String?
    var method: String
}

extension CallRun {
    /// The callflow node `record_call` with `action` start or stop (reference 4.4).
    mutating func performKazoo(_ command: APICommand) -> APIReply {
        APIReply(status: 501, body: nil)
    }

    /// Uploads a finished recording to the node's `url`.
    mutating func kazooRecordingEnded(_ context: KazooRecording, recording: ActiveRecording, result: RecordingResult) {}
}
