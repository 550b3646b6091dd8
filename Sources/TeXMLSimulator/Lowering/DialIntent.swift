import TeXMLGrammar
import TeXMLRecorder
import TeXMLSyntax

/// What a `<Number>`, `<Sip>` or `<Client>` says about its own leg: where its call progress
/// callbacks go and the whisper document it runs before the bridge.
struct DialNoun {
    /// The address as the scenario's `parties:` names it: a number, a SIP URI, `client:name`.
    var address: String
    /// `Number`, `Sip` or `Client`; nil for a `<Dial>` with only text.
    var element: String?
    /// As written, where the dialect has it.
    var statusCallback: String?
    var statusCallbackMethod = "POST"
    var statusCallbackEvent: [String] = []
    /// The whisper document's URL as written, and its method.
    var url: String?
    var method = "POST"
    var range: SourceRange?
    /// A `<Sip>` written with `<Uri>` children: the URIs after `address`, in the order they are
    /// tried when the one before fails (``Lowering/sipURIs(_:)``).
    var failover: [String] = []
}

/// What a `<Dial>` connects the caller to.
enum DialDestination {
    /// Its nouns' legs (or the number in its text), rung at once.
    case legs([DialNoun])
    case conference(ConferenceIntent)
    /// `<Queue>`, not simulated: the element's place, for the warning.
    case queue(SourceRange)
}

/// How a `<Dial>` records its call (`record`, not `do-not-record`).
struct DialRecordingIntent {
    /// From the first ring, or from the answer.
    var fromRinging: Bool
    /// The file, its channels per the mode and Telnyx's `recordingChannels` when written.
    var file: RecordingFileIntent
    var subscription: RecordingSubscription?
    /// InboundXML: `recordCallbackUrl` hears of the finished recording, TelAPI's way.
    var telapi: TelAPIRecording?
    /// Telnyx `recordMaxLength`; nil: no limit.
    var maxLength: SimTime?
}

/// `<Dial>` in no dialect's words.
struct DialIntent {
    var range: SourceRange
    var destination: DialDestination
    /// How long the legs ring, and how long a bridged call may last.
    var timeout: SimTime
    var timeLimit: SimTime
    var hangupOnStar: Bool
    /// `callerId` as written: the legs' `From`, else the caller's number.
    var callerId: String?
    /// The action (resolved; nil: the next verb runs) and its method.
    var action: String?
    var method: String
    var recording: DialRecordingIntent?
    /// Whether `record` records a conference too (Twilio: "channel 2 = conference mix").
    var recordsConference: Bool
    /// Whether the action carries the dial's `RecordingUrl` (Telnyx: unless `sendRecordingUrl="false"`).
    var sendsRecordingURL: Bool
    /// Whether the action carries `DialBridged` (Twilio).
    var reportsBridged: Bool
}

extension Lowering {
    func dial(_ dial: DialElement) -> DialIntent {
        let own = attributes(of: "Dial")
        var destination = DialDestination.legs(dialNouns(dial))
        for child in dial.children {
            if case .conference(let conference) = child {
                destination = .conference(self.conference(conference))
                break
            }
            if case .queue = child {
                destination = .queue(child.range)
                break
            }
        }
        let mode = dialRecordMode(own(dial.record, "record"))
        return DialIntent(
            range: dial.range, destination: destination,
            timeout: .seconds(max(own.defaulted(dial.timeout, "timeout"), 1)),
            timeLimit: .seconds(max(own.defaulted(dial.timeLimit, "timeLimit"), 1)),
            hangupOnStar: own.defaulted(dial.hangupOnStar, "hangupOnStar"),
            callerId: own.written(dial.callerId, "callerId"), action: own(dial.action, "action").map(resolve),
            method: own.defaulted(dial.method, "method"),
            recording: mode.map { dialRecording(dial, own, fromRinging: $0.fromRinging, dual: $0.dual) },
            // Telnyx records <Dial> for <Number>/<Sip> only.
            recordsConference: family == .twiml,
            // Twilio: RecordingUrl whenever this <Dial> recorded; Telnyx: unless sendRecordingUrl="false".
            sendsRecordingURL: own(dial.sendRecordingUrl, "sendRecordingUrl") ?? true,
            // Twilio's action parameters include DialBridged: whether the caller was connected.
            reportsBridged: family == .twiml)
    }

    /// `<Dial record>`: nil for `do-not-record`; `true` is `record-from-answer`.
    private func dialRecordMode(_ record: String?) -> (fromRinging: Bool, dual: Bool)? {
        // Kazoo's `true`; InboundXML's `true`, `True`, `TRUE` and `1`.
        if let record, dialect.trueSpellings.contains(record) { return (false, false) }
        return switch record {
        case "record-from-answer": (false, false)
        case "record-from-answer-dual": (false, true)
        case "record-from-ringing": (true, false)
        case "record-from-ringing-dual": (true, true)
        default: nil
        }
    }

    /// The recording of a `<Dial>`: both legs, the parent (caller) on channel 1 when dual.
    private func dialRecording(_ dial: DialElement, _ own: OwnAttributes, fromRinging: Bool, dual: Bool)
        -> DialRecordingIntent
    {
        // Twilio: the `-dual` suffix decides. Telnyx: `recordingChannels` (single by default);
        // a `-dual` mode with `recordingChannels="single"` is unconfirmed, hence the setting.
        var channels = dual ? 2 : 1
        if let written = own.written(dial.recordingChannels, "recordingChannels"),
            !(dual && written == "single" && behaviour.recordings.dialDualModeChannels == .mode)
        {
            channels = written == "dual" ? 2 : 1
        }
        let track =
            own(dial.recordingTrack, "recordingTrack") ?? own(dial.recordDirection, "recordDirection").map(
                CallRun.track(direction:))
            ?? "both"
        return DialRecordingIntent(
            fromRinging: fromRinging,
            file: RecordingFileIntent(
                format: own(dial.recordFormat, "recordFormat").flatMap(AudioFormat.init(rawValue:))
                    ?? behaviour.recordings.format,
                trim: own(dial.trim, "trim") == "trim-silence", track: track, channels: channels),
            subscription: RecordingSubscription(
                url: own(dial.recordingStatusCallback, "recordingStatusCallback"),
                method: own(dial.recordingStatusCallbackMethod, "recordingStatusCallbackMethod"),
                events: own(dial.recordingStatusCallbackEvent, "recordingStatusCallbackEvent"), resolve: resolve),
            telapi: own.has("recordCallbackUrl")
                ? TelAPIRecording(
                    callbackURL: own(dial.recordCallbackUrl, "recordCallbackUrl").map(resolve),
                    purpose: "recordCallbackUrl") : nil,
            // Telnyx `recordMaxLength`: 0 (the default) is unlimited.
            maxLength: own(dial.recordMaxLength, "recordMaxLength").flatMap { $0 > 0 ? .seconds($0) : nil })
    }

    /// The leg attributes of a `<Dial>`'s nouns: Twilio's `<Number>`, `<Sip>`, `<Client>` and
    /// Telnyx's `<Number>`, `<Sip>` (Grammar/elements/*.json say which dialect has which).
    func dialNouns(_ dial: DialElement) -> [DialNoun] {
        var result: [DialNoun] = []
        for child in dial.children {
            switch child {
            case .number(let number):
                var noun = dialNoun(
                    attributes(of: "Number"), address: number.text, callback: number.statusCallback,
                    callbackMethod: number.statusCallbackMethod, events: number.statusCallbackEvent, url: number.url,
                    method: number.method)
                noun.range = number.range
                result.append(noun)
            case .sip(let sip):
                // A URI the platform cannot read is dropped from the typed document (Twilio warning
                // 13243 "Dial->SIP: Invalid SIP URI", effect ignored: the trace has its `warning`);
                // the call goes on without that <Sip> (https://www.twilio.com/docs/api/errors/13243).
                // A <Sip> written with <Uri> children dials them in turn (sipURIs); a malformed
                // <Uri> reads as empty too and is skipped.
                let addresses = (sip.text.isEmpty ? [] : [sip.text]) + sipURIs(sip)
                guard let first = addresses.first else { continue }
                var noun = dialNoun(
                    attributes(of: "Sip"), address: first, callback: sip.statusCallback,
                    callbackMethod: sip.statusCallbackMethod, events: sip.statusCallbackEvent, url: sip.url,
                    method: sip.method)
                noun.range = sip.range
                noun.failover = Array(addresses.dropFirst())
                result.append(noun)
            case .client(let client):
                var name = client.text
                for grandchild in client.children {
                    if case .identity(let identity) = grandchild { name = identity.text }
                }
                var noun = dialNoun(
                    attributes(of: "Client"), address: "client:" + name, callback: client.statusCallback,
                    callbackMethod: client.statusCallbackMethod, events: client.statusCallbackEvent, url: client.url,
                    method: client.method)
                noun.range = client.range
                result.append(noun)
            default: break
            }
        }
        if result.isEmpty, !dial.text.isEmpty { result.append(DialNoun(address: dial.text)) }
        return result
    }

    private func dialNoun(
        _ own: OwnAttributes, address: String, callback: Attribute<String>, callbackMethod: Attribute<String>,
        events: Attribute<[String]>, url: Attribute<String>, method: Attribute<String>
    ) -> DialNoun {
        DialNoun(
            address: address, element: own.element, statusCallback: own.written(callback, "statusCallback"),
            statusCallbackMethod: own.defaulted(callbackMethod, "statusCallbackMethod"),
            statusCallbackEvent: own.defaulted(events, "statusCallbackEvent"), url: own.written(url, "url"),
            method: own.defaulted(method, "method"))
    }

    /// The `<Uri>` children of a `<Sip>`, in the order they are tried. twilio-python's `Sip.uri()`
    /// and twilio-node's `SipUri`: "Multiple Uri elements can be provided, in which case they will
    /// be attempted in priority order. URIs with the same priority will be selected proportionally
    /// based on its weight" (Twilio's `<Sip>` page does not list `<Uri>`: Grammar/elements/Uri.json).
    /// Lower `priority` first, as Twilio's SIP trunking origination URLs ("The lowest number
    /// represents the most important URI", https://www.twilio.com/docs/sip-trunking/api/origination-urls),
    /// whose `priority` and `weight` default to 10 (Grammar/elements/Uri.json, unconfirmed for `<Uri>`).
    /// "Proportionally based on its weight" is a random draw on the platform; the simulator is
    /// deterministic, so among equal priorities the heavier weight goes first, then document
    /// order (texml's choice, unconfirmed). Malformed URIs (13243, ignored) read as empty: skipped.
    func sipURIs(_ sip: SipElement) -> [String] {
        let own = attributes(of: "Uri")
        var uris: [(uri: String, priority: Int, weight: Int, index: Int)] = []
        for child in sip.children {
            guard case .uri(let uri) = child, !uri.text.isEmpty else { continue }
            uris.append(
                (uri.text, own.defaulted(uri.priority, "priority"), own.defaulted(uri.weight, "weight"), uris.count))
        }
        return uris.sorted {
            ($0.priority, -$0.weight, $0.index) < ($1.priority, -$1.weight, $1.index)
        }.map(\.uri)
    }
}

/// `<Conference>` in no dialect's words.
struct ConferenceIntent {
    /// The room's name (its text, as written).
    var name: String
    var range: SourceRange
    /// Entering plays the conference beep to the room.
    var beep: Bool
    /// How the room is recorded from the caller's entry; nil: it is not.
    var recording: ConferenceRecordingIntent?
    /// Whether the dial's action carries the room recording's `RecordingUrl` (Telnyx `sendRecordingUrl`).
    var sendsRecordingURL: Bool
}

/// `<Conference record="record-from-start">`: the room's mix, mono.
struct ConferenceRecordingIntent {
    var file: RecordingFileIntent
    var subscription: RecordingSubscription?
    /// InboundXML's `recordCallbackUrl`, TelAPI's way.
    var telapi: TelAPIRecording?
    /// Telnyx `recordingTimeout`: silence that stops the recording; nil: none does.
    var silenceTimeout: SimTime?
    /// Telnyx `recordBeep`: a beep tells the room recording has started.
    var beep: Bool
}

extension Lowering {
    func conference(_ conference: ConferenceElement) -> ConferenceIntent {
        let own = attributes(of: "Conference")
        // Entering plays the conference beep (Twilio `beep`, default true) to the room.
        let beep = own.defaulted(conference.beep, "beep")
        var recording: ConferenceRecordingIntent?
        if let record = own(conference.record, "record"),
            record == "record-from-start" || dialect.trueSpellings.contains(record)
        {
            recording = conferenceRecording(conference, own)
        }
        return ConferenceIntent(
            name: conference.text, range: conference.range,
            beep: dialect.trueSpellings.contains(beep) || beep == "onEnter",
            recording: recording, sendsRecordingURL: own(conference.sendRecordingUrl, "sendRecordingUrl") ?? false)
    }

    private func conferenceRecording(_ conference: ConferenceElement, _ own: OwnAttributes) -> ConferenceRecordingIntent
    {
        ConferenceRecordingIntent(
            // Twilio trims conference recordings by default; Telnyx, InboundXML (no `trim`) and Kazoo do not.
            file: RecordingFileIntent(
                format: own(conference.recordFileFormat, "recordFileFormat").flatMap(AudioFormat.init(rawValue:))
                    ?? behaviour.recordings.format,
                trim: own(conference.trim, "trim").map { $0 == "trim-silence" }
                    ?? behaviour.record.trimsByDefault,
                track: "both", channels: 1),
            subscription: RecordingSubscription(
                url: own(conference.recordingStatusCallback, "recordingStatusCallback"),
                method: own(conference.recordingStatusCallbackMethod, "recordingStatusCallbackMethod"),
                events: own(conference.recordingStatusCallbackEvent, "recordingStatusCallbackEvent"), resolve: resolve),
            telapi: own.has("recordCallbackUrl")
                ? TelAPIRecording(
                    callbackURL: own(conference.recordCallbackUrl, "recordCallbackUrl").map(resolve),
                    method: own.defaulted(conference.recordCallbackMethod, "recordCallbackMethod"),
                    purpose: "recordCallbackUrl") : nil,
            // Telnyx `recordingTimeout`: 0 (the default) never.
            silenceTimeout: own(conference.recordingTimeout, "recordingTimeout").flatMap {
                $0 > 0 ? .seconds($0) : nil
            },
            // Telnyx `recordBeep` (default true).
            beep: own(conference.recordBeep, "recordBeep") ?? false)
    }
}
