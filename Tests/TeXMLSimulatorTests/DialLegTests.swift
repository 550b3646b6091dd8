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

/// `<Number url>`, `<Sip url>`, `<Client url>`: the whisper document run on the called party's end
/// after they answer, before the bridge (issue 15, point 3).
@Suite("whisper documents")
struct WhisperDocumentTests {
    static let webhooks = """
        webhooks:
          https://app.example.com/after: { xml: "<Response/>" }
          https://app.example.com/legs: { status: 204 }
          https://app.example.com/whisper: { xml: "<Response><Say>Call from the web site</Say></Response>" }
          https://app.example.com/screen: { xml: "<Response><Gather numDigits=\\"1\\" action=\\"/accept\\" timeout=\\"5\\"><Say>Press 1 to accept</Say></Gather><Hangup/></Response>" }
          https://app.example.com/accept: { xml: "<Response><Say>Connecting</Say></Response>" }
          https://app.example.com/decline: { xml: "<Response><Hangup/></Response>" }
          https://app.example.com/dials: { xml: "<Response><Dial>+15550009999</Dial></Response>" }
        """

    static func party(_ target: String, ring: String = "4s", script: String = "[ { silence: 20s }, hangup ]") -> String
    {
        "  \"\(target)\": { ring: \(ring), answer: true, script: \(script) }\n"
    }

    @Test func twilioWhisperIsRequestedForTheAnsweredLegAndRunsBeforeTheBridge() {
        // Twilio <Number url>: "run on the called party's end, after they answer, but before the
        // parties are connected"; the caller "continues to hear ringing".
        let result = simulate(
            flow("<Dial action=\"/after\"><Number url=\"/whisper\">+15550001111</Number></Dial>"),
            "parties:\n" + Self.party("+15550001111") + Self.webhooks)
        let whisper = result.requests("url")
        #expect(whisper.count == 1)
        #expect(whisper.first?.string("url") == "https://app.example.com/whisper")
        #expect(whisper.first?.string("method") == "POST")
        #expect(whisper.first?.seconds == "4.000")
        let child = result.events("party.answered").first?.string("CallSid")
        #expect(whisper.first?.parameter("CallSid") == child)
        #expect(whisper.first?.parameter("ParentCallSid") == result.events("call.started").first?.string("CallSid"))
        #expect(whisper.first?.parameter("CallStatus") == "in-progress")
        #expect(whisper.first?.parameter("Direction") == "outbound-dial")
        // The <Say> (5 words: 2 s at 150 a minute) is heard by the party before the bridge.
        let say = result.events.first { $0.name == "verb.ended" && $0.string("verb") == "Say" }
        #expect(say?.seconds == "6.000")
        #expect(result.events("whisper.ended").first?.string("result") == "accepted")
        // Bridged at 6 s, until the party hangs up 20 s after answering (24 s).
        let action = result.requests("action").first
        #expect(action?.parameter("DialCallStatus") == "completed")
        #expect(action?.parameter("DialCallDuration") == "18")
        #expect(action?.seconds == "24.000")
    }

    @Test func hangupInTheWhisperDeclinesTheCall() {
        // Twilio <Number url>: "provide a chance to decline the phone call using <Gather> and <Hangup>".
        let result = simulate(
            flow(
                "<Dial action=\"/after\"><Number url=\"/decline\" statusCallback=\"/legs\">+15550001111</Number></Dial>"
            ),
            "parties:\n" + Self.party("+15550001111") + Self.webhooks)
        #expect(result.events("whisper.ended").first?.string("result") == "declined")
        #expect(result.events("party.hangup").first?.string("by") == "whisper")
        let action = result.requests("action").first
        #expect(action?.parameter("DialCallStatus") == "no-answer")
        #expect(action?.parameter("DialBridged") == "false")
        #expect(action?.seconds == "4.000")
        let completed = result.requests("statusCallback").last
        #expect(completed?.parameter("CallStatus") == "completed")
    }

    @Test func theWhisperGatherTakesThePartysKeys() {
        // The party presses 1 a second after answering: the whisper's <Gather> requests its
        // action with the leg's parameters and Digits; that document's end bridges the call.
        let result = simulate(
            flow("<Dial action=\"/after\"><Number url=\"/screen\">+15550001111</Number></Dial>"),
            "parties:\n"
                + Self.party("+15550001111", script: "[ { silence: 1s }, { press: \"1\" }, { silence: 20s }, hangup ]")
                + Self.webhooks)
        let accept = result.requests("action").first
        #expect(accept?.string("url") == "https://app.example.com/accept")
        #expect(accept?.parameter("Digits") == "1")
        #expect(accept?.parameter("CallSid") == result.events("party.answered").first?.string("CallSid"))
        #expect(result.events("whisper.ended").first?.string("result") == "accepted")
        #expect(result.requests("action").last?.parameter("DialCallStatus") == "completed")
        // Without a key the <Gather> falls through to <Hangup>: declined.
        let silent = simulate(
            flow("<Dial action=\"/after\"><Number url=\"/screen\">+15550001111</Number></Dial>"),
            "parties:\n" + Self.party("+15550001111") + Self.webhooks)
        #expect(silent.events("whisper.ended").first?.string("result") == "declined")
        #expect(silent.requests("action").last?.parameter("DialCallStatus") == "no-answer")
    }

    @Test func aDeclinedLegLetsTheNextOneAnswer() {
        let result = simulate(
            flow(
                """
                <Dial action="/after"><Number url="/decline">+15550000001</Number><Number>+15550000002</Number></Dial>
                """),
            "parties:\n" + Self.party("+15550000001", ring: "2s") + Self.party("+15550000002", ring: "6s")
                + Self.webhooks)
        #expect(result.events("party.answered").map { $0.string("party") } == ["+15550000001", "+15550000002"])
        #expect(result.events("party.canceled").isEmpty)
        let action = result.requests("action").first
        #expect(action?.parameter("DialCallStatus") == "completed")
        #expect(action?.parameter("DialCallSid") == result.events("party.answered").last?.string("CallSid"))
    }

    @Test func telnyxAndClientWhispersAreRequestedToo() {
        let texml = simulate(
            flow(
                "<Dial action=\"/after\"><Sip url=\"/whisper\" method=\"GET\">sip:desk@example.com</Sip></Dial>",
                dialect: .texml),
            "parties:\n" + Self.party("sip:desk@example.com") + Self.webhooks)
        let request = texml.requests("url").first
        #expect(request?.string("method") == "GET")
        #expect(request?.parameter("CallSidLegacy") == request?.parameter("CallSid"))
        #expect(request?.parameter("ParentCallSid") == texml.events("call.started").first?.string("CallSid"))
        let client = simulate(
            flow("<Dial action=\"/after\"><Client url=\"/whisper\">agent</Client></Dial>"),
            "parties:\n" + Self.party("client:agent") + Self.webhooks)
        #expect(client.requests("url").first?.parameter("To") == "client:agent")
        #expect(client.events("whisper.ended").first?.string("result") == "accepted")
    }

    @Test func dialInAWhisperIsSkippedWithAWarning() {
        // Twilio <Number url>: "TwiML documents executed in this manner are not allowed to contain the <Dial> verb".
        let result = simulate(
            flow("<Dial action=\"/after\"><Number url=\"/dials\">+15550001111</Number></Dial>"),
            "parties:\n" + Self.party("+15550001111") + Self.webhooks)
        #expect(
            result.events("warning").contains {
                $0.string("message") == "<Dial> is not allowed in a whisper document: skipped"
            })
        #expect(result.events("dial.started").count == 1)
        #expect(result.events("whisper.ended").first?.string("result") == "accepted")
    }

    @Test func callerHangingUpDuringTheWhisperCancelsTheDial() {
        let result = simulate(
            flow("<Dial action=\"/after\"><Number url=\"/whisper\">+15550001111</Number></Dial>"),
            "caller: [ { silence: 5s }, hangup ]\nparties:\n" + Self.party("+15550001111") + Self.webhooks)
        #expect(result.events("whisper.ended").first?.string("result") == "interrupted")
        #expect(result.requests("action").first?.parameter("DialCallStatus") == "canceled")
        #expect(result.outcome.reason == .callerHangup)
    }
}
