import TeXMLGrammar
import TeXMLRecorder
import TeXMLSyntax

/// What a recording's file is: the same for `<Record>`, `<Dial record>`, `<Conference record>`
/// and `<Start><Recording>`.
struct RecordingFileIntent {
    var format: AudioFormat
    var trim: Bool
    /// `inbound` (the caller), `outbound` (what the caller hears) or `both`.
    var track: String
    /// 1 or 2: both tracks in two channels put the caller on channel 1.
    var channels: Int
    /// Samples per second when the markup names them (InboundXML `sampleRate`).
    var sampleRate: Int? = nil
}

/// What ends a `<Record>`'s capture.
struct RecordStopRule {
    /// Keys that end it (their tone is not recorded).
    var finishKeys: Set<Character>
    /// Silence that ends it; zero: silence never does.
    var silence: SimTime
    /// Whether the silence timer runs from the start of capture or only after the caller spoke.
    var silenceTimerStart: PlatformBehaviour.SilenceTimerStart
    /// Longest capture; nil: no limit.
    var maxLength: SimTime?
}

/// A `<Record>` transcription: where it is posted and what goes with it.
struct TranscriptionIntent {
    /// The transcription callback, resolved; nil: none.
    var callback: String?
    /// The callback's own extra parameters (Telnyx: `TranscriptionEngine`, `TranscriptionLanguage`).
    var extraParameters: [(String, String)]
    /// TelAPI's `transcribeQuality`, lower case (a background recording's transcription).
    var quality: String
}

/// `<Record>` in no dialect's words.
struct RecordIntent {
    var range: SourceRange
    /// Where the action request goes (resolved; the current document when `action` is not
    /// written) and with which method.
    var action: String
    var method: String
    /// Whether a beep plays before capture.
    var beep: Bool
    var stop: RecordStopRule
    var file: RecordingFileIntent
    var subscription: RecordingSubscription?
    /// Where the finished file is also sent (SignalWire `storageUrl`).
    var storage: RecordingStorage?
    /// Kazoo: the URL the file is stored under with PUT (`recordingUrl`, else the action URL).
    var storeBase: String?
    /// nil: no transcription.
    var transcription: TranscriptionIntent?
    /// Recording runs while the next verbs do (InboundXML `background`).
    var background: Bool
}

extension Lowering {
    /// `<Record>`: Twilio's attributes (`trim`, `transcribe`), Telnyx's (`format`, `channels`,
    /// `transcription…`), SignalWire's `storageUrl`, Kazoo's `recordingUrl` and InboundXML's
    /// (`fileFormat`, `trimSilence`, `direction`, `bothLegs`, `sampleRate`, `background`), each
    /// where the dialect has it.
    func record(_ record: RecordElement) -> RecordIntent {
        let own = attributes(of: "Record")
        let transcription = recordTranscription(record, own)
        let action = own(record.action, "action").map(resolve) ?? baseURL
        return RecordIntent(
            range: record.range, action: action, method: own.defaulted(record.method, "method"),
            beep: own.defaulted(record.playBeep, "playBeep"),
            stop: recordStopRule(record, own, transcribes: transcription != nil), file: recordFile(record, own),
            subscription: RecordingSubscription(
                url: own(record.recordingStatusCallback, "recordingStatusCallback"),
                method: own(record.recordingStatusCallbackMethod, "recordingStatusCallbackMethod"),
                events: own(record.recordingStatusCallbackEvent, "recordingStatusCallbackEvent"), resolve: resolve),
            storage: own(record.storageUrl, "storageUrl").map {
                RecordingStorage(url: resolve($0), method: own.defaulted(record.storageUrlMethod, "storageUrlMethod"))
            },
            // kzt_twiml: stored offsite at `recordingUrl` (default: the action URL).
            storeBase: behaviour.record.storesAtActionURL
                ? own(record.recordingUrl, "recordingUrl").map(resolve) ?? action : nil,
            transcription: transcription,
            background: own(record.background, "background")
                ?? (behaviour.record.backgroundByDefault && own.has("background")
                    && record.background.range == nil))
    }

    private func recordStopRule(_ record: RecordElement, _ own: OwnAttributes, transcribes: Bool) -> RecordStopRule {
        // Twilio: "maxLength defaults to 120 s when transcribing".
        let maxLength =
            own.written(record.maxLength, "maxLength")
            ?? (transcribes && behaviour.record.transcriptionLengthLimits
                ? 120 : own.defaulted(record.maxLength, "maxLength"))
        // Twilio: maxLength must exceed 1; Telnyx: 0 means no limit; SignalWire: 0 means 3600.
        let limit: SimTime? =
            switch (maxLength, behaviour.record.maxLengthZero) {
            case (0, .unlimited): nil
            case (0, .oneHour): .seconds(3600)
            default: .seconds(maxLength)
            }
        return RecordStopRule(
            finishKeys: Set(own.defaulted(record.finishOnKey, "finishOnKey")),
            silence: .seconds(max(own.defaulted(record.timeout, "timeout"), 0)),
            silenceTimerStart: behaviour.record.silenceTimerStart, maxLength: limit)
    }

    /// InboundXML's `fileFormat`, `trimSilence`, `direction` (else `bothLegs`) and `sampleRate`
    /// stand beside Telnyx's `format` and `channels` and Twilio's `trim`.
    private func recordFile(_ record: RecordElement, _ own: OwnAttributes) -> RecordingFileIntent {
        let format = own(record.format, "format") ?? own(record.fileFormat, "fileFormat")
        let track: String
        if let direction = own(record.direction, "direction") {
            track = CallRun.track(direction: direction)
        } else if own(record.bothLegs, "bothLegs") == true {
            track = "both"
        } else {
            // Twilio <Record> files hold the caller alone; Telnyx's hold both sides, what the
            // caller hears on channel 2 when `channels` is dual (its default).
            track = family == .texml ? "both" : "inbound"
        }
        return RecordingFileIntent(
            format: format.flatMap(AudioFormat.init(rawValue:)) ?? behaviour.recordings.format,
            trim: own(record.trim, "trim").map { $0 == "trim-silence" } ?? own(record.trimSilence, "trimSilence")
                ?? behaviour.record.trimsByDefault,
            track: track, channels: own(record.channels, "channels") == "dual" ? 2 : 1,
            sampleRate: own.written(record.sampleRate, "sampleRate").flatMap { Int($0) })
    }

    /// Twilio's `transcribe`/`transcribeCallback` (InboundXML's too, with `transcribeQuality`) or
    /// Telnyx's `transcription`/`transcriptionCallback` with its engine and language; nil when
    /// the recording is not transcribed.
    private func recordTranscription(_ record: RecordElement, _ own: OwnAttributes) -> TranscriptionIntent? {
        let quality = own.defaulted(record.transcribeQuality, "transcribeQuality").lowercased()
        switch family {
        case .twiml:
            guard own(record.transcribe, "transcribe") == true else { return nil }
            return TranscriptionIntent(
                callback: nonEmpty(own(record.transcribeCallback, "transcribeCallback")), extraParameters: [],
                quality: quality)
        case .texml:
            guard own(record.transcription, "transcription") == true else { return nil }
            let extras: [(String, String)?] = [
                own(record.transcriptionEngine, "transcriptionEngine").map { ("TranscriptionEngine", $0) },
                own(record.transcriptionLanguage, "transcriptionLanguage").map { ("TranscriptionLanguage", $0) },
            ]
            return TranscriptionIntent(
                callback: nonEmpty(own(record.transcriptionCallback, "transcriptionCallback")),
                extraParameters: extras.compactMap { $0 }, quality: quality)
        }
    }

    /// A written URL resolved; nil when it is empty.
    func nonEmpty(_ url: String?) -> String? {
        guard let url, !url.isEmpty else { return nil }
        return resolve(url)
    }
}
