import Foundation
import TeXMLGrammar
import TeXMLRecorder
import TeXMLSimulator
import Testing

/// SignalWire's cXML: TwiML's grammar and Twilio's behaviour, with SignalWire's own differences
/// (reference 1.1, 3.2, 6).
struct SignalWireTests {
    static func cxml(_ body: String) -> String { flow(body, dialect: .cxml) }

    static let webhooks = """
        webhooks:
          https://app.example.com/done: { xml: "<Response/>" }
          https://app.example.com/status: { status: 204 }
          https://storage.example.com/put: { status: 201 }

        """

    @Test func cxmlHasEveryTwiMLElementAndAttributeAndSignalWiresOwn() {
        // 1.1: "Twilio names and defaults … plus storageUrl … and storageUrlMethod".
        #expect(Grammar.cxml.elementNames == Grammar.twiml.elementNames)
        for name in Grammar.twiml.elementNames {
            let twiml = Grammar.twiml.element(name)!.attributes.map(\.name)
            let cxml = Grammar.cxml.element(name)!.attributes.map(\.name)
            #expect(cxml.filter { !$0.hasPrefix("storageUrl") } == twiml, "<\(name)>")
        }
        let record = Grammar.cxml.element("Record")!.attributes
        #expect(record.first { $0.name == "storageUrlMethod" }?.defaultValue == "POST")
        #expect(Grammar.twiml.element("Record")!.attributes.contains { $0.name == "storageUrl" } == false)
        #expect(Dialect.cxml.family == .twiml && Dialect.texml.family == .texml)
    }

    @Test func maxLengthZeroIsAnHourOnSignalWireAndAnErrorOnTwilio() {
        // 1.1: SignalWire "maxLength="0" means 3600"; Twilio: ">1 to 14400".
        let markup = "<Record action=\"/done\" timeout=\"0\" maxLength=\"0\"/>"
        let result = simulate(Self.cxml(markup), "caller:\n  - silence: 4000s\n" + Self.webhooks)
        let stopped = result.events("recording.stopped").first
        #expect(stopped?.string("reason") == "max-length")
        #expect(stopped?.string("captured") == "3600.000")
        #expect(
            Validator(dialect: .twiml).validate(Array(flow(markup).utf8)).diagnostics.contains { $0.severity == .error }
        )
        #expect(Validator(dialect: .cxml).validate(Array(Self.cxml(markup).utf8)).diagnostics.isEmpty)
    }

    @Test(arguments: [nil, "PUT"])
    func storageURLGetsTheFileBeforeTheCompletedCallback(method: String?) {
        // 1.1: "storageUrl (absolute URL the file is pushed to …) and storageUrlMethod POST | PUT".
        let methodAttribute = method.map { " storageUrlMethod=\"\($0)\"" } ?? ""
        let result = simulate(
            Self.cxml(
                "<Record action=\"/done\" finishOnKey=\"#\" recordingStatusCallback=\"/status\" "
                    + "storageUrl=\"https://storage.example.com/put\"\(methodAttribute)/>"),
            "caller:\n  - wait_for: beep\n  - speak: 2s\n  - press: \"#\"\n" + Self.webhooks)
        let names = result.events.filter { $0.name == "http.request" }.map { $0.string("purpose") }
        #expect(names == ["voice", "storageUrl", "recordingStatusCallback", "action"])
        let upload = result.requests("storageUrl").first
        #expect(upload?.string("method") == (method ?? "POST"))
        #expect(upload?.string("url") == "https://storage.example.com/put")
        let artifact = result.recordings.first?.artifact
        #expect(upload?.string("file") == artifact?.fileName)
        #expect(upload?.string("content_type") == "audio/wav")
    }

    @Test func anAbsentRecordingSendsNothingToStorage() {
        // 3.1: absent — "no file".
        let result = simulate(
            Self.cxml("<Record action=\"/done\" storageUrl=\"https://storage.example.com/put\"/>"),
            "caller:\n  - wait_for: beep\n  - hangup\n" + Self.webhooks)
        #expect(result.recordings.first?.metadata.status == "absent")
        #expect(result.requests("storageUrl").isEmpty)
    }

    @Test func identifiersAreUUIDsAndURLsAreTheSpacesLaML() {
        // SignalWire's API: AccountSid is the Project ID; SIDs are UUIDs; /api/laml/2010-04-01.
        let result = simulate(
            Self.cxml("<Record action=\"/done\" finishOnKey=\"#\"/>"),
            "caller:\n  - wait_for: beep\n  - speak: 2s\n  - press: \"#\"\n" + Self.webhooks)
        let action = result.requests("action").first
        let uuid = #/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/#
        for name in ["AccountSid", "CallSid"] {
            #expect(action?.parameter(name)?.wholeMatch(of: uuid) != nil, "\(name)")
        }
        #expect(action?.parameter("ApiVersion") == "2010-04-01")
        let url = action?.parameter("RecordingUrl") ?? ""
        let account = action?.parameter("AccountSid") ?? "?"
        #expect(url.hasPrefix("https://example.signalwire.com/api/laml/2010-04-01/Accounts/\(account)/Recordings/"))
        #expect(result.events("call.started").first?.string("dialect") == "cxml")
    }
}
