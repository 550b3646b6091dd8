import TeXMLGrammar
import TeXMLSyntax

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
        let events = Set(noun.statusCallbackEvent)
        for event in events.subtracting(Self.simulatedLegEvents).sorted() {
            emitWarning(
                code: nil,
                "<\(noun.element ?? "Number") statusCallbackEvent> '\(event)' is not simulated: no callback is sent for it",
                nounPlace(noun))
        }
        return LegSubscription(url: resolve(url), method: noun.statusCallbackMethod, events: events)
    }

    func nounPlace(_ noun: DialNoun) -> [TraceEvent.ProblemDetail] {
        guard let range = noun.range else { return [] }
        return [.line(range.start.line), .column(range.start.column)]
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
    func childLegParameters(_ target: DialTarget, status: String, dial: DialIntent) -> [(String, String)] {
        let from = dial.callerId ?? scenario.call.from
        switch callbacks.legParameters {
        case .twilio:
            return [
                ("AccountSid", accountSid), ("ApiVersion", behaviour.apiVersion ?? "2010-04-01"),
                ("CallSid", target.callSid), ("CallStatus", status), ("Called", target.address), ("Caller", from),
                ("Direction", "outbound-dial"), ("From", from), ("ParentCallSid", callSid), ("To", target.address),
            ]
        case .telnyx:
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
        _ event: String, _ target: inout DialTarget, status: String, dial: DialIntent, duration: SimTime? = nil
    ) {
        guard let subscription = target.subscription, subscription.events.contains(event) else { return }
        var parameters = childLegParameters(target, status: status, dial: dial)
        parameters.append(("CallbackSource", "call-progress-events"))
        parameters.append(("SequenceNumber", String(target.sequence)))
        let timestamp =
            switch callbacks.legTimestamp {
            case .rfc2822: rfc2822(now)
            case .iso8601: iso8601(now, fraction: false)
            }
        parameters.append(("Timestamp", timestamp))
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
    mutating func legEnded(_ target: inout DialTarget, status: String, dial: DialIntent) {
        let duration = target.answeredAt.map { now - $0 }
        legCallback("completed", &target, status: status, dial: dial, duration: duration)
    }
}
