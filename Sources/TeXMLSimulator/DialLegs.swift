import TeXMLGrammar
import TeXMLSyntax

/// What a `<Number>`, `<Sip>` or `<Client>` says about its own leg: where its call progress
/// callbacks go and the whisper document it runs before the bridge.
struct DialNoun {
    /// The address as the scenario's `parties:` names it: a number, a SIP URI, `client:name`.
    var address: String
    /// `Number`, `Sip` or `Client`; nil for a `<Dial>` with only text.
    var element: String?
    var statusCallback: String?
    var statusCallbackMethod: String?
    var statusCallbackEvent: [String]?
    var url: String?
    var method: String?
    var range: SourceRange?
    /// A `<Sip>` written with `<Uri>` children: the URIs after `address`, in the order they are
    /// tried when the one before fails (``CallRun/sipURIs(_:)``).
    var failover: [String] = []
}

/// Where one dialed leg's call progress callbacks go and which events it wants.
struct LegSubscription {
    var url: String
    var method: String
    var events: Set<String>
}

/// The document a leg runs on the called party's end once they answer, before the bridge.
struct WhisperDocument {
    var url: String
    var method: String
}

extension CallRun {
    /// The leg attributes of a `<Dial>`'s nouns: Twilio's `<Number>`, `<Sip>`, `<Client>` and
    /// Telnyx's `<Number>`, `<Sip>` (Grammar/elements/*.json say which dialect has which).
    func dialNouns(_ dial: DialElement) -> [DialNoun] {
        var result: [DialNoun] = []
        for child in dial.children {
            switch child {
            case .number(let number):
                result.append(
                    DialNoun(
                        address: number.text, element: "Number", statusCallback: number.statusCallback.written,
                        statusCallbackMethod: number.statusCallbackMethod.value,
                        statusCallbackEvent: number.statusCallbackEvent.value, url: number.url.written,
                        method: number.method.value, range: number.range))
            case .sip(let sip):
                // A URI the platform cannot read is dropped from the typed document (Twilio warning
                // 13243 "Dial->SIP: Invalid SIP URI", effect ignored: the trace has its `warning`);
                // the call goes on without that <Sip> (https://www.twilio.com/docs/api/errors/13243).
                // A <Sip> written with <Uri> children dials them in turn (sipURIs); a malformed
                // <Uri> reads as empty too and is skipped.
                let addresses = (sip.text.isEmpty ? [] : [sip.text]) + Self.sipURIs(sip)
                guard let first = addresses.first else { continue }
                result.append(
                    DialNoun(
                        address: first, element: "Sip", statusCallback: sip.statusCallback.written,
                        statusCallbackMethod: sip.statusCallbackMethod.value,
                        statusCallbackEvent: sip.statusCallbackEvent.value, url: sip.url.written,
                        method: sip.method.value, range: sip.range, failover: Array(addresses.dropFirst())))
            case .client(let client):
                var name = client.text
                for grandchild in client.children {
                    if case .identity(let identity) = grandchild { name = identity.text }
                }
                result.append(
                    DialNoun(
                        address: "client:" + name, element: "Client", statusCallback: client.statusCallback.written,
                        statusCallbackMethod: client.statusCallbackMethod.value,
                        statusCallbackEvent: client.statusCallbackEvent.value, url: client.url.written,
                        method: client.method.value, range: client.range))
            default: break
            }
        }
        if result.isEmpty, !dial.text.isEmpty { result.append(DialNoun(address: dial.text)) }
        return result
    }

    /// The `<Uri>` children of a `<Sip>`, in the order they are tried. twilio-python's `Sip.uri()`
    /// and twilio-node's `SipUri`: "Multiple Uri elements can be provided, in which case they will
    /// be attempted in priority order. URIs with the same priority will be selected proportionally
    /// based on its weight" (Twilio's `<Sip>` page does not list `<Uri>`: Grammar/elements/Uri.json).
    /// Lower `priority` first, as Twilio's SIP trunking origination URLs ("The lowest number
    /// represents the most important URI", https://www.twilio.com/docs/sip-trunking/api/origination-urls),
    /// whose `priority` and `weight` default to 10, taken here for an unwritten one (unconfirmed).
    /// "Proportionally based on its weight" is a random draw on the platform; the simulator is
    /// deterministic, so among equal priorities the heavier weight goes first, then document
    /// order (texml's choice, unconfirmed). Malformed URIs (13243, ignored) read as empty: skipped.
    static func sipURIs(_ sip: SipElement) -> [String] {
        var uris: [(uri: String, priority: Int, weight: Int, index: Int)] = []
        for child in sip.children {
            guard case .uri(let uri) = child, !uri.text.isEmpty else { continue }
            uris.append((uri.text, uri.priority.value ?? 10, uri.weight.value ?? 10, uris.count))
        }
        return uris.sorted {
            ($0.priority, -$0.weight, $0.index) < ($1.priority, -$1.weight, $1.index)
        }.map(\.uri)
    }

    /// The events the simulator sends a leg's callbacks for. Twilio's `<Number>`/`<Sip>`/`<Client>`
    /// `statusCallbackEvent`: `initiated`, `ringing`, `answered`, `completed` ("If a statusCallback is
    /// provided and no status callback events are specified the completed event will be sent by
    /// default", https://www.twilio.com/docs/voice/twiml/number). Telnyx adds `amd` and `dtmf`
    /// (https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/dial), which the
    /// simulator does not produce: a warning says so.
    static let simulatedLegEvents: Set<String> = ["initiated", "ringing", "answered", "completed"]

    /// The subscription of one noun, warning about subscribed events the simulator never sends.
    mutating func legSubscription(_ noun: DialNoun) -> LegSubscription? {
        guard let url = noun.statusCallback?.trimmingXMLSpace(), !url.isEmpty else { return nil }
        let events = Set(noun.statusCallbackEvent ?? ["completed"])
        for event in events.subtracting(Self.simulatedLegEvents).sorted() {
            emitWarning(
                code: nil,
                "<\(noun.element ?? "Number") statusCallbackEvent> '\(event)' is not simulated: no callback is sent for it",
                nounPlace(noun))
        }
        return LegSubscription(url: resolve(url), method: noun.statusCallbackMethod ?? "POST", events: events)
    }

    func nounPlace(_ noun: DialNoun) -> [(String, TraceValue)] {
        guard let range = noun.range else { return [] }
        return [("line", .int(range.start.line)), ("column", .int(range.start.column))]
    }

    /// The child leg's own parameters, for its status callbacks and its whisper document.
    ///
    /// Twilio: `Direction=outbound-dial` and the child leg's own `CallSid` ("Outbound Child (bridged
    /// or forwarded) calls created with the <Dial> TwiML verb skip the queued state and go straight
    /// to initiated, then ringing and in-progress", https://support.twilio.com/hc/en-us/articles/223132267);
    /// `ParentCallSid` names the caller's call. `From` is the dial's `callerId`, else the caller;
    /// `To` and `Called` the address dialed (`client:name` for a client). Twilio's exact child-leg
    /// parameter list is not on a page stored here: unconfirmed, see docs/verbs.md.
    /// Telnyx (TexmlCallRingingWebhook, https://developers.telnyx.com/api-reference/callbacks/texml-call-ringing):
    /// `AccountSid`, `CallSid`, `CallSidLegacy`, `CallStatus`, `ConnectionId`, `From`, `To`,
    /// `ParentCallSid`, `ParentCallSidLegacy`; no `Direction` in its documented payload.
    func childLegParameters(_ target: DialTarget, status: String, dial: DialElement) -> [(String, String)] {
        let from = dial.callerId.written ?? scenario.call.from
        switch dialect {
        case .twiml:
            return [
                ("AccountSid", accountSid), ("ApiVersion", behaviour.apiVersion ?? "2010-04-01"),
                ("CallSid", target.callSid), ("CallStatus", status), ("Called", target.address), ("Caller", from),
                ("Direction", "outbound-dial"), ("From", from), ("ParentCallSid", callSid), ("To", target.address),
            ]
        case .texml:
            return [
                ("AccountSid", accountSid), ("CallSid", target.callSid), ("CallSidLegacy", target.callSid),
                ("CallStatus", status), ("ConnectionId", connectionId), ("From", from), ("ParentCallSid", callSid),
                ("ParentCallSidLegacy", callSid), ("To", target.address),
            ]
        }
    }

    /// Sends one call progress callback of a dialed leg if it subscribed to `event`. `CallStatus`
    /// is `status` (`initiated`, `ringing`, `in-progress`, then `completed`, `busy`, `no-answer`,
    /// `failed` or `canceled`); `CallbackSource=call-progress-events`, `SequenceNumber` from 0 per
    /// leg and `Timestamp` (Twilio RFC 2822; Telnyx ISO 8601, as its webhook reference's example
    /// writes it) go with every event, `CallDuration` with `completed` (Telnyx's hangup callback
    /// documents it; Twilio's status callback sends it on `completed`). The platform does not
    /// wait for the answer.
    mutating func legCallback(
        _ event: String, _ target: inout DialTarget, status: String, dial: DialElement, duration: SimTime? = nil
    ) {
        guard let subscription = target.subscription, subscription.events.contains(event) else { return }
        var parameters = childLegParameters(target, status: status, dial: dial)
        parameters.append(("CallbackSource", "call-progress-events"))
        parameters.append(("SequenceNumber", String(target.sequence)))
        parameters.append(("Timestamp", dialect == .twiml ? rfc2822(now) : iso8601(now, fraction: false)))
        if event == "completed" {
            parameters.append(("CallDuration", String((duration ?? .zero).wholeSecondsRoundedUp)))
        }
        target.sequence += 1
        sendWithoutWaiting(
            Fetch(
                purpose: "statusCallback", url: subscription.url, method: subscription.method,
                parameters: parameters, includesCallParameters: false),
            exclude: [])
    }

    /// The leg is over: its `completed` event, with how long it was answered.
    mutating func legEnded(_ target: inout DialTarget, status: String, dial: DialElement) {
        let duration = target.answeredAt.map { now - $0 }
        legCallback("completed", &target, status: status, dial: dial, duration: duration)
    }
}
