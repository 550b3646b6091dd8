import TeXMLSimulator
import Testing

/// One test per verb branch. Each quotes the platform documentation sentence it proves.
struct PromptTests {
    @Test func sayLastsItsWordsAtTheSpeakingRateTimesLoop() {
        // Twilio <Say>: "loop: The number of times to repeat the text."
        let result = simulate(flow("<Say loop=\"3\">Hello world</Say>"))
        // Two words at 150 words a minute: 0.8 s, three times.
        #expect(result.ended("Say")?.string("duration") == "2.400")
        #expect(result.events("call.ended").first?.seconds == "2.400")
    }

    @Test func ssmlBreaksAddTheirTime() {
        let result = simulate(flow("<Say>One <break time=\"2s\"/> two</Say>"))
        #expect(result.ended("Say")?.string("duration") == "2.800")
    }

    @Test func playUsesTheScenarioMediaLengthAndLoop() {
        let result = simulate(
            flow("<Play loop=\"2\">https://cdn.example.com/hold.mp3</Play>"),
            """
            media:
              https://cdn.example.com/hold.mp3: 12.5s
            """)
        #expect(result.ended("Play")?.string("duration") == "25.000")
        #expect(result.events("warning").isEmpty)
    }

    @Test func playOfUnknownMediaWarnsAndUsesTheDefaultLength() {
        let result = simulate(flow("<Play>https://cdn.example.com/unknown.mp3</Play>"))
        #expect(result.ended("Play")?.string("duration") == "5.000")
        #expect(result.events("warning").first?.string("message")?.contains("no media entry") == true)
    }

    @Test func playDigitsTakeTheirToneAndWaitTime() {
        // Twilio <Play digits>: "Each w character tells Twilio to wait 0.5 seconds instead of playing a digit."
        let result = simulate(flow("<Play digits=\"ww12\"/>"))
        #expect(result.ended("Play")?.string("duration") == "1.400")
    }

    @Test func pauseDefaultsToOneSecond() {
        // Twilio <Pause>: "length: … Default 1" second.
        let result = simulate(flow("<Pause/><Pause length=\"3\"/>"))
        #expect(result.events("call.ended").first?.seconds == "4.000")
    }

    @Test func callerDTMFOutsideGatherDoesNotInterruptASay() {
        let result = simulate(
            flow("<Say>one two three four five</Say>"),
            """
            caller:
              - press: "1"
            """)
        #expect(result.ended("Say")?["interrupted"] == nil)
        #expect(result.ended("Say")?.string("duration") == "2.000")
    }
}

struct GatherTests {
    static let menu = flow(
        """
        <Gather action="/menu" numDigits="1" timeout="4">
          <Say>Press one for sales, two for support.</Say>
        </Gather>
        <Say>We did not get your choice.</Say>
        """)

    @Test func digitsAreSentToTheActionURL() {
        // Twilio <Gather>: "Twilio will send … Digits … to your action URL."
        let result = simulate(
            Self.menu,
            """
            caller:
              - wait_for: gather_start
              - press: "2"
            webhooks:
              https://app.example.com/menu: { xml: "<Response><Hangup/></Response>" }
            """)
        let action = result.requests("action")
        #expect(action.count == 1)
        #expect(action.first?.string("url") == "https://app.example.com/menu")
        #expect(action.first?.parameter("Digits") == "2")
        #expect(result.ended("Gather")?.string("reason") == "num-digits")
    }

    @Test func aKeyDuringTheNestedSayInterruptsIt() {
        // Twilio <Gather>: "If the caller presses a key while the nested <Say> is playing, the <Say> stops (barge-in)."
        let result = simulate(
            Self.menu,
            """
            caller:
              - silence: 1s
              - press: "1"
            """)
        #expect(result.ended("Say")?["interrupted"] == .bool(true))
        #expect(result.ended("Say")?.seconds == "1.000")
        #expect(result.requests("action").first?.parameter("Digits") == "1")
    }

    @Test func noInputFallsThroughToTheNextVerb() {
        // Twilio <Gather>: "If no input is received before timeout, <Gather> falls through to the next verb."
        let result = simulate(Self.menu)
        #expect(result.requests("action").isEmpty)
        #expect(result.ended("Gather")?["fallthrough"] == .bool(true))
        #expect(result.events("verb.started").map { $0.string("verb") } == ["Gather", "Say", "Say"])
        // The prompt (7 words: 2.8 s) then the 4 s timeout.
        #expect(result.ended("Gather")?.seconds == "6.800")
    }

    @Test func finishOnKeyEndsInputAndIsNotIncluded() {
        // Twilio <Gather>: "finishOnKey … the value of finishOnKey is not sent" with the digits.
        let result = simulate(
            flow("<Gather action=\"/pin\" timeout=\"5\"/>"),
            """
            caller:
              - press: "1234#"
            webhooks:
              https://app.example.com/pin: { xml: "<Response/>" }
            """)
        #expect(result.requests("action").first?.parameter("Digits") == "1234")
        #expect(result.ended("Gather")?.string("reason") == "finish-key")
    }

    @Test func timeoutRestartsAfterEachDigit() {
        // Twilio <Gather>: "timeout: … seconds Twilio waits for the caller to press another digit".
        let result = simulate(
            flow("<Gather action=\"/pin\" timeout=\"3\"/>"),
            """
            caller:
              - press: "1"
              - silence: 2s
              - press: "2"
            webhooks:
              https://app.example.com/pin: { xml: "<Response/>" }
            """)
        // Keys at 0.0 and 2.2 s; the gather ends 3 s after the last key.
        #expect(result.ended("Gather")?.seconds == "5.200")
        #expect(result.requests("action").first?.parameter("Digits") == "12")
    }

    @Test func actionDefaultsToTheCurrentDocumentURL() {
        // Twilio <Gather>: "If you do not provide an action …, Twilio will make … to the URL that hosts the current TwiML document."
        let result = simulate(
            flow("<Gather numDigits=\"1\"/>"),
            """
            flow_url: https://app.example.com/ivr/main.xml?lang=en
            caller:
              - press: "5"
            limits: { max_fetches: 2 }
            """)
        #expect(result.requests("action").first?.string("url") == "https://app.example.com/ivr/main.xml")
    }

    @Test func speechInputSendsTheTranscript() {
        // Twilio <Gather>: "SpeechResult: the transcribed result of your caller's speech".
        let result = simulate(
            flow("<Gather input=\"speech\" action=\"/route\" speechTimeout=\"2\"/>"),
            """
            caller:
              - speak: 1.5s
                says: "sales please"
            webhooks:
              https://app.example.com/route: { xml: "<Response/>" }
            """)
        let action = result.requests("action").first
        #expect(action?.parameter("SpeechResult") == "sales please")
        #expect(action?.parameter("Digits") == nil)
        // Speech ends at 1.5 s; the gather waits 2 s more.
        #expect(result.ended("Gather")?.seconds == "3.500")
    }

    @Test func actionOnEmptyResultSendsTheRequestWithoutInput() {
        // Twilio <Gather>: "actionOnEmptyResult … to force <Gather> to send a webhook to the action url even when there is no DTMF input."
        let result = simulate(
            flow("<Gather action=\"/empty\" actionOnEmptyResult=\"true\" timeout=\"2\"/>"),
            """
            webhooks:
              https://app.example.com/empty: { xml: "<Response/>" }
            """)
        #expect(result.requests("action").first?.parameter("Digits") == "")
    }

    @Test func callerHangupDuringGatherEndsTheCallWithoutAction() {
        let result = simulate(
            flow("<Gather action=\"/x\" timeout=\"10\"/>"),
            """
            caller:
              - press: "4"
              - hangup
            """)
        #expect(result.requests("action").isEmpty)
        #expect(result.events("call.ended").first?.string("reason") == "caller-hangup")
    }
}

struct RecordTests {
    static let voicemail = flow(
        """
        <Record action="/done" maxLength="30" finishOnKey="#"/>
        <Say>never reached</Say>
        """)
    static let done = "webhooks:\n  https://app.example.com/done: { xml: \"<Response/>\" }\n"

    @Test func finishKeyEndsTheRecordingAndIsSentAsDigits() {
        // Twilio <Record>: "Digits: The key (if any) pressed to end the recording".
        let result = simulate(
            Self.voicemail,
            """
            caller:
              - wait_for: beep
              - speak: 4s
              - press: "#"
            """ + "\n" + Self.done)
        let action = result.requests("action").first
        #expect(action?.parameter("Digits") == "#")
        #expect(action?.parameter("RecordingDuration") == "4")
        #expect(action?.parameter("RecordingUrl")?.contains("/Recordings/RE") == true)
        #expect(result.events("recording.started").first?.seconds == "0.500")
    }

    @Test func twilioSilenceTimeoutRunsFromCaptureStart() {
        // Twilio <Record>: "timeout: … the number of seconds of silence … default 5".
        let result = simulate(Self.voicemail, Self.done)
        #expect(result.events("recording.stopped").first?.string("reason") == "silence")
        #expect(result.events("recording.stopped").first?.seconds == "5.500")
    }

    @Test func silenceCountsFromTheEndOfSpeech() {
        let result = simulate(
            Self.voicemail,
            """
            caller:
              - wait_for: record_start
              - speak: 3s
            """ + "\n" + Self.done)
        // Capture 0.5 s, speech until 3.5 s, five seconds of silence.
        #expect(result.events("recording.stopped").first?.seconds == "8.500")
        #expect(result.requests("action").first?.parameter("Digits") == nil)
    }

    @Test func telnyxTimerArmsOnlyAfterSpeech() {
        // Telnyx TeXML <Record>: timeout 0 by default; reference 2.5: "leading silence never ends a recording".
        let result = simulate(
            "<Response><Record action=\"/done\" timeout=\"3\" maxLength=\"60\"/></Response>",
            """
            dialect: texml
            caller:
              - silence: 20s
              - speak: 2s
            """ + "\n" + Self.done)
        // Capture at 0.5 s; speech 20–22 s; three seconds later.
        #expect(result.events("recording.stopped").first?.seconds == "25.000")
    }

    @Test func maxLengthCutsTheRecording() {
        // Twilio <Record>: "maxLength: the maximum length for the recording in seconds."
        let result = simulate(
            Self.voicemail,
            """
            caller:
              - wait_for: record_start
              - speak: 60s
            """ + "\n" + Self.done)
        #expect(result.events("recording.stopped").first?.string("reason") == "max-length")
        #expect(result.requests("action").first?.parameter("RecordingDuration") == "30")
    }

    @Test func hangupRequestsTheActionWithDigitsHangup() {
        // Reference 2.4: "Recording kept; Twilio and Kazoo request action with Digits=hangup."
        let result = simulate(
            Self.voicemail,
            """
            caller:
              - wait_for: record_start
              - speak: 2s
              - hangup
            """ + "\n" + Self.done)
        let action = result.requests("action").first
        #expect(action?.parameter("Digits") == "hangup")
        #expect(action?.parameter("CallStatus") == "completed")
        #expect(result.events("verb.started").count == 1, "the action's document does not run")
        #expect(result.events("call.ended").first?.string("reason") == "caller-hangup")
    }

    @Test func emptyRecordingFallsThroughUnderTheLegacyPolicy() {
        // Reference 2.3, fallThrough: "no action request; next verb runs".
        let result = simulate(
            Self.voicemail,
            "settings: { empty_recording_policy: fall-through, empty_recording_predicate: no-speech }\n" + Self.done)
        #expect(result.requests("action").isEmpty)
        #expect(result.events("verb.started").map { $0.string("verb") } == ["Record", "Say"])
    }

    @Test func actionDefaultsToTheCurrentDocumentAndLoops() {
        // Twilio <Record>: "If no action is provided, <Record> will default to requesting the current document's URL."
        let result = simulate(
            flow("<Record timeout=\"1\"/>"),
            "limits: { max_fetches: 3 }")
        #expect(result.requests("action").allSatisfy { $0.string("url") == "https://app.example.com/flow.xml" })
        #expect(result.events("error").first?.string("limit") == "max_fetches")
    }

    @Test func noBeepWhenPlayBeepIsFalse() {
        let result = simulate(flow("<Record playBeep=\"false\" action=\"/done\"/>"), Self.done)
        #expect(result.events("record.beep").isEmpty)
        #expect(result.events("recording.started").first?.seconds == "0.000")
    }
}

struct DialTests {
    static let dial = flow("<Dial action=\"/after\" timeout=\"10\"><Number>+15550001111</Number></Dial>")
    static let after = "webhooks:\n  https://app.example.com/after: { xml: \"<Response/>\" }\n"

    @Test func answeredDialReportsCompletedAndDuration() {
        // Twilio <Dial>: "DialCallStatus … completed: The called party answered the call and was connected to the caller."
        let result = simulate(
            Self.dial,
            """
            parties:
              "+15550001111": { ring: 4s, answer: true, script: [ { speak: 10s }, hangup ] }
            """ + "\n" + Self.after)
        let action = result.requests("action").first
        #expect(action?.parameter("DialCallStatus") == "completed")
        #expect(action?.parameter("DialCallDuration") == "10")
        #expect(action?.parameter("DialCallSid")?.hasPrefix("CA") == true)
        #expect(action?.parameter("DialCallSid") != action?.parameter("CallSid"))
        #expect(result.events("party.answered").first?.seconds == "4.000")
    }

    @Test func busyParty() {
        let result = simulate(Self.dial, "parties:\n  \"+15550001111\": { busy: true }\n" + Self.after)
        #expect(result.requests("action").first?.parameter("DialCallStatus") == "busy")
        #expect(result.requests("action").first?.seconds == "0.000")
    }

    @Test func noAnswerAfterTheDialTimeout() {
        // Twilio <Dial>: "timeout … how long to wait for the dialed party to answer".
        let result = simulate(Self.dial, "parties:\n  \"+15550001111\": { ring: 30s }\n" + Self.after)
        #expect(result.requests("action").first?.parameter("DialCallStatus") == "no-answer")
        #expect(result.requests("action").first?.seconds == "10.000")
        #expect(result.requests("action").first?.parameter("DialCallDuration") == nil)
    }

    @Test func failedNumber() {
        let result = simulate(Self.dial, "parties:\n  \"+15550001111\": { fail: true }\n" + Self.after)
        #expect(result.requests("action").first?.parameter("DialCallStatus") == "failed")
    }

    @Test func withoutActionTheDocumentContinues() {
        // Twilio <Dial>: "If you do not provide an action URL … Twilio will continue to render the original TwiML document."
        let result = simulate(
            flow("<Dial timeout=\"5\">+15550001111</Dial><Say>Goodbye</Say>"),
            "parties:\n  \"+15550001111\": { busy: true }\n")
        #expect(result.requests("action").isEmpty)
        #expect(result.events("verb.started").map { $0.string("verb") } == ["Dial", "Say"])
    }

    @Test func timeLimitEndsTheBridgedCall() {
        // Twilio <Dial>: "timeLimit: the maximum duration of the <Dial> in seconds".
        let result = simulate(
            flow("<Dial action=\"/after\" timeLimit=\"60\">+15550001111</Dial>"),
            "parties:\n  \"+15550001111\": { ring: 2s }\n" + Self.after)
        #expect(result.ended("Dial")?.string("ended_by") == "time-limit")
        #expect(result.requests("action").first?.parameter("DialCallDuration") == "60")
    }

    @Test func hangupOnStarEndsTheChildLegOnly() {
        // Twilio <Dial>: "hangupOnStar … lets the calling party hang up on the called party by pressing the '*' key".
        let result = simulate(
            flow("<Dial hangupOnStar=\"true\">+15550001111</Dial><Say>Back with you</Say>"),
            """
            caller:
              - wait_for: dial_answer
              - silence: 5s
              - press: "*"
            parties:
              "+15550001111": { ring: 1s }
            """)
        #expect(result.ended("Dial")?.string("ended_by") == "hangup-on-star")
        #expect(result.events("verb.started").last?.string("verb") == "Say")
    }

    @Test func firstOfSeveralNumbersToAnswerWins() {
        // Twilio <Number>: "You can specify up to ten <Number>s within a <Dial> verb to simultaneously call several people."
        let result = simulate(
            flow(
                "<Dial action=\"/after\"><Number>+15550001111</Number><Number>+15550002222</Number></Dial>"),
            """
            parties:
              "+15550001111": { ring: 8s, script: [hangup] }
              "+15550002222": { ring: 3s, script: [ { speak: 2s }, hangup ] }
            """ + "\n" + Self.after)
        #expect(result.events("party.answered").first?.string("party") == "+15550002222")
        #expect(result.events("party.canceled").first?.string("party") == "+15550001111")
    }

    @Test func callerHangupWhileRingingCancels() {
        let result = simulate(
            Self.dial,
            """
            caller:
              - silence: 2s
              - hangup
            parties:
              "+15550001111": { ring: 8s }
            """ + "\n" + Self.after)
        #expect(result.requests("action").first?.parameter("DialCallStatus") == "canceled")
        #expect(result.requests("action").first?.parameter("CallStatus") == "completed")
    }

    @Test func sipAndClientTargetsUseTheirAddresses() {
        let result = simulate(
            flow("<Dial><Sip>sip:bob@example.com</Sip><Client>alice</Client></Dial>"),
            """
            parties:
              "sip:bob@example.com": { busy: true }
              "client:alice": { ring: 1s, script: [hangup] }
            """)
        #expect(result.events("party.answered").first?.string("party") == "client:alice")
    }
}

struct NavigationTests {
    @Test func redirectFetchesRelativeToTheDocumentURL() {
        // Twilio <Redirect>: "transfers control of a call to the TwiML at a different URL"; relative URLs resolve against the current document.
        let result = simulate(
            flow("<Redirect method=\"GET\">../next.xml?step=2</Redirect><Say>unreachable</Say>"),
            """
            flow_url: https://app.example.com/flows/start.xml
            webhooks:
              https://app.example.com/next.xml: { xml: "<Response><Pause length=\\"2\\"/></Response>" }
            """)
        let redirect = result.requests("redirect").first
        #expect(redirect?.string("method") == "GET")
        #expect(redirect?.string("url")?.hasPrefix("https://app.example.com/next.xml?step=2&AccountSid=") == true)
        #expect(result.events("verb.started").map { $0.string("verb") } == ["Redirect", "Pause"])
    }

    @Test func hangupEndsTheCall() {
        let result = simulate(flow("<Hangup/><Say>unreachable</Say>"))
        #expect(result.events("call.ended").first?.string("reason") == "hangup-verb")
        #expect(result.outcome.status == .completed)
    }

    @Test(arguments: [("busy", "busy"), ("rejected", "no-answer")])
    func rejectAsFirstVerbDoesNotAnswer(_ reason: String, _ status: String) {
        // Twilio <Reject>: "The call ends with a status of busy or no-answer, depending on the verb's reason attribute."
        let result = simulate(flow("<Reject reason=\"\(reason)\"/>"))
        #expect(!result.names.contains("call.answered"))
        #expect(result.outcome.status.rawValue == status)
    }

    @Test func unsupportedVerbIsANoOpWithAWarning() {
        let result = simulate(flow("<Enqueue>support</Enqueue><Say>next</Say>"))
        #expect(result.events("warning").first?.string("message")?.contains("not simulated") == true)
        #expect(result.ended("Enqueue")?["simulated"] == .bool(false))
        #expect(result.events("verb.started").last?.string("verb") == "Say")
    }

    @Test func statusCallbackReceivesTheFinalStatus() {
        let result = simulate(
            flow("<Pause length=\"2\"/>"),
            """
            call: { status_callback: /status }
            webhooks:
              https://app.example.com/status: { status: 204 }
            """)
        let callback = result.requests("statusCallback").first
        #expect(callback?.parameter("CallStatus") == "completed")
        #expect(callback?.parameter("CallDuration") == "2")
        #expect(result.events.last?.name == "http.response")
    }
}

struct DialectDifferenceTests {
    @Test func conferenceReportsAnsweredWithoutDuration() {
        // Twilio <Dial>: "When calling a conference, the DialCallStatus will be answered"; DialCallDuration "is not sent after dialing a conference".
        let result = simulate(
            flow("<Dial action=\"/after\" hangupOnStar=\"true\"><Conference>room</Conference></Dial>"),
            """
            caller:
              - silence: 30s
              - press: "*"
            webhooks:
              https://app.example.com/after: { xml: "<Response/>" }
            """)
        let action = result.requests("action").first
        #expect(action?.parameter("DialCallStatus") == "answered")
        #expect(action?.parameter("DialCallDuration") == nil)
        #expect(action?.parameter("DialBridged") == "true")
        #expect(result.ended("Dial")?.string("ended_by") == "hangup-on-star")
        #expect(result.events("conference.left").first?.seconds == "30.000")
    }

    @Test func telnyxInvalidDigitsGoToInvalidDigitsAction() {
        // Telnyx <Gather>: validDigits, "digits accepted as valid input"; invalidDigitsAction, "URL requested with invalid gathered digits".
        let result = simulate(
            "<Response><Gather action=\"/ok\" numDigits=\"1\" validDigits=\"12\" invalidDigitsAction=\"/invalid\"/></Response>",
            """
            dialect: texml
            caller:
              - press: "5"
            webhooks:
              https://app.example.com/invalid: { xml: "<Response/>" }
            """)
        #expect(result.requests("invalidDigitsAction").first?.parameter("Digits") == "5")
        #expect(result.requests("action").isEmpty)
    }

    @Test func telnyxGatherUsesTheApplicationMethod() {
        // Telnyx <Gather>: the action uses the "Same method (GET/POST) as set for the TeXML application".
        let result = simulate(
            "<Response><Gather action=\"/ok\" numDigits=\"1\"/></Response>",
            """
            dialect: texml
            call: { method: GET }
            caller:
              - press: "1"
            webhooks:
              https://app.example.com/ok: { xml: "<Response/>" }
            """)
        #expect(result.requests("action").first?.string("method") == "GET")
    }

    @Test func redirectLoopStopsAtTheLimitExactly() {
        let result = simulate(flow("<Redirect>/flow.xml</Redirect>"), "limits: { max_fetches_without_progress: 5 }")
        #expect(result.events("http.request").count == 5)
        #expect(result.events("error").first?.string("message")?.contains("5 documents") == true)
    }
}
