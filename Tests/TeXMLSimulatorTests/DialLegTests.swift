import Testing

@testable import TeXMLSimulator

/// `<Number>`, `<Sip>` and `<Client>` `statusCallback`: the dialed leg's call progress callbacks
/// (issue 15, point 3).
@Suite("dialed legs' status callbacks")
struct DialLegCallbackTests {
    static let status = "https://app.example.com/legs"
    static let webhooks = """
        webhooks:
          https://app.example.com/after: { xml: "<Response/>" }
          https://app.example.com/legs: { status: 204 }
        """

    static func answering(_ target: String, ring: String = "4s", talk: String = "10s") -> String {
        "parties:\n  \"\(target)\": { ring: \(ring), answer: true, script: [ { speak: \(talk) }, hangup ] }\n"
    }

    /// The leg callbacks, in order.
    static func legCallbacks(_ result: SimulationResult) -> [TraceEvent] {
        result.requests("statusCallback").filter { $0.parameter("ParentCallSid") != nil }
    }

    @Test func twilioNumberSendsEverySubscribedEventOfTheChildLeg() {
        // Twilio <Number>: statusCallbackEvent initiated, ringing, answered, completed; child <Dial>
        // legs "go straight to initiated, then ringing and in-progress" (Twilio support 223132267).
        let result = simulate(
            flow(
                """
                <Dial action="/after" callerId="+15551239999"><Number statusCallback="/legs"
                  statusCallbackEvent="initiated ringing answered completed">+15550001111</Number></Dial>
                """),
            Self.answering("+15550001111") + Self.webhooks)
        let callbacks = Self.legCallbacks(result)
        #expect(callbacks.map { $0.parameter("CallStatus") } == ["initiated", "ringing", "in-progress", "completed"])
        #expect(callbacks.map { $0.parameter("SequenceNumber") } == ["0", "1", "2", "3"])
        #expect(callbacks.map(\.seconds) == ["0.000", "0.000", "4.000", "14.000"])
        let parent = result.events("call.started").first?.string("CallSid")
        let child = result.events("party.answered").first?.string("CallSid")
        for callback in callbacks {
            #expect(callback.string("url") == Self.status)
            #expect(callback.string("method") == "POST")
            #expect(callback.parameter("CallSid") == child)
            #expect(callback.parameter("ParentCallSid") == parent)
            #expect(callback.parameter("Direction") == "outbound-dial")
            #expect(callback.parameter("From") == "+15551239999")
            #expect(callback.parameter("To") == "+15550001111")
            #expect(callback.parameter("CallbackSource") == "call-progress-events")
        }
        #expect(callbacks.first?.parameter("Timestamp") == "Thu, 01 Jan 2026 00:00:00 +0000")
        #expect(callbacks.last?.parameter("CallDuration") == "10")
        #expect(callbacks.dropLast().allSatisfy { $0.parameter("CallDuration") == nil })
        // The leg's completed callback comes before the dial's action.
        let names = result.events.filter { $0.name == "http.request" }.map { $0.string("purpose") }
        #expect(names.suffix(2) == ["statusCallback", "action"])
    }

    @Test func withoutStatusCallbackEventOnlyCompletedIsSent() {
        // Twilio <Number>: statusCallbackEvent defaults to `completed`.
        let result = simulate(
            flow(
                "<Dial action=\"/after\"><Number statusCallback=\"/legs\" statusCallbackMethod=\"GET\">+15550001111</Number></Dial>"
            ),
            Self.answering("+15550001111") + Self.webhooks)
        let callbacks = Self.legCallbacks(result)
        #expect(callbacks.map { $0.parameter("CallStatus") } == ["completed"])
        #expect(callbacks.first?.string("method") == "GET")
        #expect(callbacks.first?.string("url")?.hasPrefix(Self.status + "?") == true)
        #expect(callbacks.first?.parameter("SequenceNumber") == "0")
    }

    @Test func busyFailedAndCanceledLegsEachReportTheirEnd() {
        // Every leg of a hunt group is its own call: the busy one ends busy without ringing, the
        // failed one failed, the one still ringing when another answers canceled.
        let events = "initiated ringing answered completed"
        let result = simulate(
            flow(
                """
                <Dial action="/after">
                  <Number statusCallback="/legs" statusCallbackEvent="\(events)">+15550000001</Number>
                  <Number statusCallback="/legs" statusCallbackEvent="\(events)">+15550000002</Number>
                  <Number statusCallback="/legs" statusCallbackEvent="\(events)">+15550000003</Number>
                  <Number statusCallback="/legs" statusCallbackEvent="\(events)">+15550000004</Number>
                </Dial>
                """),
            """
            parties:
              "+15550000001": { busy: true }
              "+15550000002": { fail: true }
              "+15550000003": { ring: 20s, answer: false }
              "+15550000004": { ring: 3s, answer: true, script: [ { speak: 5s }, hangup ] }
            """ + "\n" + Self.webhooks)
        let callbacks = Self.legCallbacks(result)
        func statuses(_ number: String) -> [String?] {
            callbacks.filter { $0.parameter("To") == number }.map { $0.parameter("CallStatus") }
        }
        #expect(statuses("+15550000001") == ["initiated", "busy"])
        #expect(statuses("+15550000002") == ["initiated", "failed"])
        #expect(statuses("+15550000003") == ["initiated", "ringing", "canceled"])
        #expect(statuses("+15550000004") == ["initiated", "ringing", "in-progress", "completed"])
        #expect(callbacks.filter { $0.parameter("To") == "+15550000003" }.last?.seconds == "3.000")
        #expect(callbacks.filter { $0.parameter("To") == "+15550000003" }.last?.parameter("CallDuration") == "0")
    }

    @Test func noAnswerAndCallerHangupEndTheLegs() {
        let dial = flow(
            "<Dial action=\"/after\" timeout=\"10\"><Number statusCallback=\"/legs\">+15550001111</Number></Dial>")
        let unanswered = simulate(
            dial, "parties:\n  \"+15550001111\": { ring: 60s, answer: false }\n" + Self.webhooks)
        #expect(Self.legCallbacks(unanswered).map { $0.parameter("CallStatus") } == ["no-answer"])
        #expect(Self.legCallbacks(unanswered).first?.seconds == "10.000")
        let abandoned = simulate(
            dial,
            "caller: [ { silence: 6s }, hangup ]\nparties:\n  \"+15550001111\": { ring: 60s, answer: false }\n"
                + Self.webhooks)
        #expect(Self.legCallbacks(abandoned).map { $0.parameter("CallStatus") } == ["canceled"])
        #expect(Self.legCallbacks(abandoned).first?.seconds == "6.000")
    }

    @Test func sipAndClientLegsHaveTheirOwnCallbacks() {
        // Twilio <Sip> and <Client> take the same statusCallback attributes as <Number>.
        let result = simulate(
            flow(
                """
                <Dial action="/after">
                  <Sip statusCallback="/legs" statusCallbackEvent="ringing">sip:desk@example.com</Sip>
                  <Client statusCallback="/legs" statusCallbackEvent="ringing answered"><Identity>agent</Identity></Client>
                </Dial>
                """),
            Self.answering("client:agent") + Self.webhooks)
        let callbacks = Self.legCallbacks(result)
        #expect(callbacks.map { $0.parameter("To") } == ["sip:desk@example.com", "client:agent", "client:agent"])
        #expect(callbacks.map { $0.parameter("CallStatus") } == ["ringing", "ringing", "in-progress"])
        #expect(Set(callbacks.compactMap { $0.parameter("CallSid") }).count == 2)
    }

    @Test func telnyxNumberSendsItsDocumentedParameters() {
        // Telnyx TexmlCallRingingWebhook: CallSidLegacy, ParentCallSid(Legacy), ConnectionId,
        // CallbackSource, SequenceNumber, Timestamp; no Direction. `amd` is not simulated: a warning.
        let result = simulate(
            flow(
                """
                <Dial action="/after"><Number statusCallback="/legs"
                  statusCallbackEvent="ringing amd completed">+15550001111</Number></Dial>
                """, dialect: .texml),
            Self.answering("+15550001111") + Self.webhooks)
        let callbacks = Self.legCallbacks(result)
        #expect(callbacks.map { $0.parameter("CallStatus") } == ["ringing", "completed"])
        let ringing = callbacks.first
        #expect(ringing?.parameter("CallSidLegacy") == ringing?.parameter("CallSid"))
        #expect(ringing?.parameter("ParentCallSidLegacy") == result.events("call.started").first?.string("CallSid"))
        #expect(ringing?.parameter("ConnectionId") != nil)
        #expect(ringing?.parameter("Direction") == nil)
        #expect(ringing?.parameter("ApiVersion") == nil)
        #expect(ringing?.parameter("Timestamp") == "2026-01-01T00:00:00Z")
        #expect(
            result.events("warning").contains {
                $0.string("message")
                    == "<Number statusCallbackEvent> 'amd' is not simulated: no callback is sent for it"
            })
    }
}
