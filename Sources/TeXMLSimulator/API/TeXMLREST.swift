import TeXMLGrammar
import TeXMLRecorder

/// What the TwiML-style REST API remembers about a call.
struct TeXMLRESTState {}

extension CallRun {
    /// `Calls/{CallSid}/Recordings.json` and `Calls/{CallSid}/Recordings/{RecordingSid}.json`
    /// of Twilio or Telnyx, by dialect (reference 4.2).
    mutating func performTeXMLREST(_ command: APICommand, callID: String) -> APIReply {
        APIReply(status: 501, body: nil)
    }
}
