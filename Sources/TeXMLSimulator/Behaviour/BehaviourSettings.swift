import TeXMLGrammar

extension BehaviourSetting {
    /// Every behaviour setting, in the order `settings:` checks them and docs/settings.md lists them.
    ///
    /// Each entry is the whole setting: its scenario key, form, the default of each dialect (marked
    /// unconfirmed where no platform document or published observation states it, as Samples/RULES.md,
    /// "Unconfirmed", lists), what it decides and the published source, and the
    /// ``PlatformBehaviour`` field it sets. After editing, regenerate docs/settings.md:
    /// `TEXML_REGENERATE_DOCS=1 swift test --filter SettingsDocumentationTests`.
    public static let all: [BehaviourSetting] = [
        BehaviourSetting(
            "http_timeout", .calls, \.calls.httpTimeout, .duration,
            defaults: PerDialect(
                twiml: .known(.seconds(15)), texml: .known(.seconds(15)), cxml: .known(.seconds(15)),
                pivot: .known(.seconds(15)), inboundxml: .known(.seconds(15))),
            decides: "how long the platform waits for the application"),
        BehaviourSetting(
            "words_per_minute", .calls, \.calls.wordsPerMinute, .integer(30...600),
            defaults: PerDialect(
                twiml: .known(150), texml: .known(150), cxml: .known(150), pivot: .known(150),
                inboundxml: .known(150)),
            decides: "`<Say>` speaking rate"),
        BehaviourSetting(
            "beep_duration", .recording, \.record.beepDuration, .duration,
            defaults: PerDialect(
                twiml: .known(.milliseconds(500)), texml: .known(.milliseconds(500)),
                cxml: .known(.milliseconds(500)), pivot: .known(.milliseconds(500)),
                inboundxml: .known(.milliseconds(500))),
            decides: "the `<Record>` beep"),
        BehaviourSetting(
            "speech_timeout_auto", .calls, \.calls.speechTimeoutAuto, .duration,
            defaults: PerDialect(
                twiml: .known(.seconds(1)), texml: .known(.seconds(1)), cxml: .known(.seconds(1)),
                pivot: .known(.seconds(1)), inboundxml: .known(.seconds(1))),
            decides: "`<Gather speechTimeout=\"auto\">`"),
        BehaviourSetting(
            "record_silence_timer", .recording, \.record.silenceTimerStart, .choice,
            defaults: PerDialect(
                twiml: .known(.capture), texml: .known(.speech), cxml: .known(.capture), pivot: .known(.capture),
                inboundxml: .known(.capture)),
            decides: "when `<Record timeout>` starts counting",
            detail: """
                at capture start (`capture`), or only after the caller first speaks (`speech`) \
                ([reference 2.5](reference/recording-semantics.md#25-telnyx-silence-timer)).
                """),
        BehaviourSetting(
            "empty_recording_policy", .recording, \.emptyRecordings.policy, .choice,
            // Telnyx's <Record> page: the action is requested "when the <Record> ends". SignalWire's
            // (developer.signalwire.com/compatibility-api/cxml/voice/record): "Any instructions placed
            // after the <Record> verb will not be executed". Ytel's InboundXML <Record> page
            // (docs.ytel.com/docs/record); TelAPI's own page is not found. Kazoo: kzt_twiml.
            defaults: PerDialect(
                twiml: .known(.fallThrough), texml: .unconfirmed(.absentStatus), cxml: .unconfirmed(.absentStatus),
                pivot: .known(.fallThrough), inboundxml: .unconfirmed(.absentStatus)),
            decides: "what an empty recording does to the flow",
            detail: """
                `fall-through` — no action request, the next verb runs (none left, or the caller hung up: the \
                call ends); the `absent` status callback still goes out. Twilio's `<Record>` page: "If Twilio \
                receives an empty recording, it will not make a request to the action URL; the call flow \
                continues with the next verb"; Kazoo's kzt_twiml. `absent-status` — the action is requested as \
                for any recording: Telnyx's page ("a request when the `<Record>` ends"), SignalWire's ("There is \
                no way to return to any instructions listed after the `<Record>` verb") and Ytel's InboundXML \
                page ("When the recording is complete, a URL … is submitted … to the action URL") name no \
                exception; none of them speaks of an empty recording, hence "unconfirmed".
                """),
        BehaviourSetting(
            "empty_recording_predicate", .recording, \.emptyRecordings.predicate, .choice,
            // Kazoo: kzt_receiver:record_loop returns `empty` when `Silence-Terminated` and
            // `Length =< timeout`.
            defaults: PerDialect(
                twiml: .known(.zeroLength), texml: .unconfirmed(.zeroLength), cxml: .known(.zeroLength),
                pivot: .known(.silenceWithinTimeout), inboundxml: .known(.zeroLength)),
            decides: "what \"empty\" means",
            detail: """

                - `zero-length` — nothing captured (a finish key or a hang-up as capture starts); silent \
                recordings are kept (Twilio's default). Telnyx's `<Record>` has no `absent` event, hence \
                "unconfirmed" for `texml`.
                - `silence-only` — audio that is silence throughout.
                - `no-speech` — a `<Record>` where the caller never spoke, keys alone not counting (background \
                recordings: silence throughout).
                - `no-speech` and `silence-only` model an account that deletes silent recordings (16102).
                - `silence-within-timeout` (Kazoo Pivot's default) — ended by silence no later than `timeout`; \
                only that (kzt_receiver:record_loop): a key or a hang-up at once is not empty and requests the \
                action, though nothing captured leaves no file (absent, 16101).
                """),
        BehaviourSetting(
            "empty_recording_action_on_hangup", .recording, \.emptyRecordings.actionOnHangup, .bool,
            defaults: PerDialect(
                twiml: .unconfirmed(false), texml: .known(false), cxml: .known(false), pivot: .known(false),
                inboundxml: .known(false)),
            decides: "under `fall-through`: whether a hang-up leaving an empty recording requests the action",
            detail: """
                Twilio's exception names no hang-up case, so a caller who hangs up before any audio gets no \
                action request either; `true` sends it, with `Digits=hangup`. Kazoo's empty recordings end by \
                silence, never by a hang-up.
                """),
        BehaviourSetting(
            "record_action_on_hangup", .recording, \.record.actionOnHangup, .bool,
            defaults: PerDialect(
                twiml: .known(true), texml: .unconfirmed(true), cxml: .known(true), pivot: .known(true),
                inboundxml: .known(true)),
            decides: "whether a hang-up during `<Record>` still requests the action",
            detail: "the action is requested with `Digits=hangup`."),
        BehaviourSetting(
            "dial_action_on_caller_hangup", .calls, \.calls.dialActionOnCallerHangup, .bool,
            defaults: PerDialect(
                twiml: .known(true), texml: .unconfirmed(true), cxml: .known(true), pivot: .known(true),
                inboundxml: .known(true)),
            decides: "whether `<Dial action>` is requested when the caller hangs up during the dial"),
        BehaviourSetting(
            "unmapped_webhooks", .calls, \.calls.unmappedWebhook, .choice,
            defaults: PerDialect(
                twiml: .known(.emptyResponse), texml: .known(.emptyResponse), cxml: .known(.emptyResponse),
                pivot: .known(.emptyResponse), inboundxml: .known(.emptyResponse)),
            decides: "what a URL missing from `webhooks:` answers",
            detail:
                "`empty-response` answers an empty `<Response/>` with a warning; `not-found` answers 404, which is error 11200."
        ),
        BehaviourSetting(
            "recording_sample_rate", .recording, \.recordings.sampleRate, .integer(8000...48000),
            defaults: PerDialect(
                twiml: .known(8000), texml: .known(8000), cxml: .known(8000), pivot: .known(8000),
                inboundxml: .known(8000)),
            decides: "samples per second of every recording"),
        BehaviourSetting(
            "absent_minimum_duration", .recording, \.emptyRecordings.absentMinimumDuration, .duration,
            defaults: PerDialect(
                twiml: .known(.zero), texml: .known(.zero), cxml: .known(.zero), pivot: .known(.zero),
                inboundxml: .known(.zero)),
            decides: "the shortest capture that is not `absent`",
            detail: """
                a recording whose capture lasts no longer is `absent` with 16101 \
                ([reference 2.3](reference/recording-semantics.md#23-empty-or-silent-recordings-per-dialect-policy): \
                "make … the 16101 minimum duration configurable").
                """),
        BehaviourSetting(
            "start_recording_source", .recording, \.recordings.startRecordingSource, .string("a `RecordingSource`"),
            // Telnyx's RecordingSource enum has StartCallRecordingAPI (its REST sample) and no TwiML value.
            defaults: PerDialect(
                twiml: .known("StartCallRecordingTwiML"), texml: .unconfirmed("StartCallRecordingAPI"),
                cxml: .unconfirmed("StartCallRecordingTwiML"), pivot: .known("StartCallRecordingTwiML"),
                inboundxml: .known("StartCallRecordingTwiML")),
            decides: "`RecordingSource` of `<Start><Recording>`",
            detail: """
                Twilio's pages do not say; published call logs do: "`<Start><Recording>` reports source as \
                `StartCallRecordingTwiML`, NOT `StartCallRecordingAPI`" (github.com/wittyreference/twilio-claude-plugin, \
                `skills/recordings/references/test-results.md`, live-tested 2026-03-24). The same logs show its \
                callbacks with `RecordingTrack` and, on `completed`, `ErrorCode=0` (`callbacks-and-lifecycle.md`), \
                which texml sends on Twilio. Telnyx: unconfirmed, the Recordings API's value.
                """),
        BehaviourSetting(
            "start_recording_single_track", .recording, \.recordings.startRecordingSingleTrack, .choice,
            defaults: PerDialect(
                twiml: .known(.attribute), texml: .unconfirmed(.mono), cxml: .known(.attribute),
                pivot: .known(.attribute), inboundxml: .known(.attribute)),
            decides: "the channels of a single-track `<Start><Recording>`",
            detail: """
                `attribute` — `track="inbound"` (or `outbound`) with `channels` dual, the default, gives two \
                channels, the track on its own and the other silent (Twilio, the same logs: "R7 \
                `<Start><Recording>` track=inbound | 1 (expected) | **2**"); `mono` — a single track is always \
                one channel ([reference 3.3](reference/recording-semantics.md#33-channel-layouts-and-tracks)).
                """),
        BehaviourSetting(
            "dial_dual_mode_channels", .recording, \.recordings.dialDualModeChannels, .choice,
            defaults: PerDialect(
                twiml: .known(.attribute), texml: .unconfirmed(.attribute), cxml: .known(.attribute),
                pivot: .known(.attribute), inboundxml: .known(.attribute)),
            decides: "Telnyx `<Dial record=\"…-dual\" recordingChannels=\"single\">`",
            detail: "(unconfirmed) the written attribute wins (`attribute`), or the mode does (`mode`)."),
        BehaviourSetting(
            "pause_behavior", .recording, \.recordings.pauseBehavior, .choice,
            defaults: PerDialect(
                twiml: .known(.silence), texml: .unconfirmed(.silence), cxml: .known(.silence),
                pivot: .known(.silence), inboundxml: .known(.silence)),
            decides: "what a paused recording keeps of the pause",
            detail: """
                applies when the API does not say. `silence` — the file lasts as long as the recording ran; \
                `skip` — the pause is cut out. Twilio's `PauseBehavior` default is `silence`; Telnyx documents no \
                choice.
                """),
        BehaviourSetting(
            "media_start_delay", .callControl, \.callControl.mediaStartDelay, .duration,
            defaults: PerDialect(
                twiml: .known(.zero), texml: .known(.zero), cxml: .known(.zero), pivot: .known(.zero),
                inboundxml: .known(.zero)),
            decides: "how long after the answer the call's media starts",
            detail: """
                until the media starts, Call Control's `record_start` gets 90020 "recording before audio \
                started". Only that command reads it: prompts still play, other recordings still start.
                """),
        BehaviourSetting(
            "stream_blocks_recording", .callControl, \.callControl.streamBlocksRecording, .bool,
            defaults: PerDialect(
                twiml: .known(true), texml: .unconfirmed(true), cxml: .known(true), pivot: .known(true),
                inboundxml: .known(true)),
            decides: "whether a running media stream blocks `record_start`",
            detail: """
                whether a running stream (`<Start><Stream>`, `streaming_start`) makes Call Control's \
                `record_start` answer 90045 "media streaming in use". \
                [Reference 4.1](reference/recording-semantics.md#41-telnyx-call-control-record_start--record_stop--record_pause--record_resume) \
                lists the code, its applicability unconfirmed. REST and markup recordings are not affected.
                """),
        BehaviourSetting(
            "record_background_default", .recording, \.record.backgroundByDefault, .bool,
            defaults: PerDialect(
                twiml: .known(false), texml: .known(false), cxml: .known(false), pivot: .known(false),
                inboundxml: .unconfirmed(false)),
            decides: "InboundXML only: whether `<Record>` runs in the background",
            detail: """
                (unconfirmed) [Ytel's page](https://docs.ytel.com/docs/record) reads "Default value: tru…", while \
                Zang's SDK can only write `background="true"`, which makes its default false.
                """),
        BehaviourSetting(
            "max_recordings_per_call", .recording, \.recordings.maxRecordingsPerCall, .limit(0...1000),
            defaults: PerDialect(
                twiml: .known(nil), texml: .known(nil), cxml: .known(nil), pivot: .known(nil),
                inboundxml: .known(5)),
            decides: "how many recordings a call may have",
            detail: """
                InboundXML `5` ("no more than 5 recordings may be attached to a call"); a `<Record>`, \
                `<Dial record>` or `<Conference record>` past it records nothing, with a warning; `0` lifts the \
                limit.
                """),
    ]
}
