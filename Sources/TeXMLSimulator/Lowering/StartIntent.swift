import TeXMLGrammar
import TeXMLRecorder
import TeXMLSyntax

/// `<Start><Recording>` in no dialect's words.
struct StartRecordingIntent {
    var range: SourceRange
    /// The handle `<Stop><Recording>` uses.
    var name: String?
    /// The file; `channels` is what the markup asks for (a single track may still be mono:
    /// `start_recording_single_track`).
    var file: RecordingFileIntent
    var subscription: RecordingSubscription?
}

/// `<Start><Stream>` in no dialect's words.
struct StreamIntent {
    var range: SourceRange
    /// The WebSocket address, trimmed; nil when none is written.
    var url: String?
    var name: String?
    /// `inbound_track`, `outbound_track` or `both_tracks`.
    var track: String
    /// The status callback (resolved) and its method; nil: none.
    var statusCallback: String?
    var statusCallbackMethod: String
}

extension Lowering {
    func startRecording(_ element: RecordingElement) -> StartRecordingIntent {
        let own = attributes(of: "Recording")
        return StartRecordingIntent(
            range: element.range, name: own(element.name, "name"),
            file: RecordingFileIntent(
                format: own(element.format, "format").flatMap(AudioFormat.init(rawValue:))
                    ?? behaviour.recordings.format,
                trim: own(element.trim, "trim") == "trim-silence", track: own.defaulted(element.track, "track"),
                channels: own.defaulted(element.channels, "channels") == "dual" ? 2 : 1),
            subscription: RecordingSubscription(
                url: own(element.recordingStatusCallback, "recordingStatusCallback"),
                method: own(element.recordingStatusCallbackMethod, "recordingStatusCallbackMethod"),
                events: own(element.recordingStatusCallbackEvent, "recordingStatusCallbackEvent"), resolve: resolve))
    }

    func stream(_ element: StreamElement) -> StreamIntent {
        let own = attributes(of: "Stream")
        let url = own(element.url, "url")?.trimmingXMLSpace()
        let callback = own(element.statusCallback, "statusCallback")
        return StreamIntent(
            range: element.range, url: url?.isEmpty == false ? url : nil, name: own(element.name, "name"),
            track: own.defaulted(element.track, "track"),
            statusCallback: callback?.isEmpty == false ? callback.map(resolve) : nil,
            statusCallbackMethod: own.defaulted(element.statusCallbackMethod, "statusCallbackMethod"))
    }
}
