import TeXMLGrammar
import Testing

@testable import TeXMLSimulator

/// Each verb's element is lowered to a dialect-neutral intent (Sources/TeXMLSimulator/Lowering/)
/// from the attributes its dialect has, with the grammar's defaults.
@Suite("Lowering elements to intents")
struct LoweringTests {
    /// An attribute the dialect does not have is warned about ("unknown attribute 'format' on
    /// <Record>; Twilio ignores it", texml.attribute.unknown, effect ignored), and the call runs as
    /// if it were not written: before the lowering read only the dialect's own attributes, the
    /// typed AST's value of a stray attribute steered the verb (a TwiML `<Record background="true"
    /// format="mp3">` recorded MP3 in the background, the InboundXML way).
    @Test func anAttributeTheDialectLacksDoesNotSteerTheVerb() {
        let result = simulate(
            flow(
                "<Record action=\"/done\" format=\"mp3\" background=\"true\" channels=\"dual\" maxLength=\"10\"/>"),
            """
            caller:
              - wait_for: beep
              - speak: { duration: 2s, says: "hello" }
              - press: "#"
            webhooks:
              https://app.example.com/done: { xml: "<Response><Hangup/></Response>" }
            """)
        let unknown = result.events("warning").filter { $0.string("id") == "texml.attribute.unknown" }
        #expect(unknown.count == 3)
        #expect(result.events("record.beep").count == 1)
        let started = result.events("recording.started").first
        #expect(started?["format"] == .string("wav"))
        #expect(started?["channels"] == .int(1))
        #expect(result.ended("Record")?["background"] == nil)
        #expect(result.ended("Record")?["reason"] == .string("finish-key"))
    }

    /// The same for a dialed leg: InboundXML's `<Number>` has no `statusCallback` (TelAPI's
    /// attributes are `sendDigits`, `method`, `url`, `sendOnPreanswer`), so none is sent.
    @Test func aStrayLegCallbackIsNotSent() {
        let result = simulate(
            flow(
                "<Dial action=\"/after\"><Number statusCallback=\"/leg\" statusCallbackEvent=\"initiated\">"
                    + "+15550001111</Number></Dial>", dialect: .inboundxml),
            """
            dialect: inboundxml
            parties:
              "+15550001111": { ring: 2s, answer: true, script: [ hangup ] }
            webhooks:
              https://app.example.com/after: { xml: "<Response/>" }
              https://app.example.com/leg: { xml: "<Response/>" }
            """)
        #expect(result.events("warning").contains { $0.string("id") == "texml.attribute.unknown" })
        #expect(result.requests("statusCallback").isEmpty)
    }
}

/// The lowering takes defaults from the grammar (``OwnAttributes/defaulted(_:_:)`` has none of
/// its own): every attribute it reads that way has one in Grammar/elements/*.json.
@Suite("The lowering's defaults are the grammar's")
struct LoweringDefaultsTests {
    @Test(arguments: Dialect.allCases)
    func everyDefaultTheLoweringTakesIsInTheGrammar(_ dialect: Dialect) {
        let grammar = Grammar.of(dialect)
        var missing: [String] = []
        for (element, names) in Lowering.defaultsTaken {
            guard let spec = grammar.element(element) else { continue }
            for name in names.sorted() where spec.attribute(name)?.defaultValue == nil {
                missing.append(
                    spec.attribute(name) == nil ? "<\(element) \(name)>: not in the dialect" : "<\(element) \(name)>")
            }
        }
        for (element, names) in Lowering.defaultsTakenWhereTheDialectHasThem {
            guard let spec = grammar.element(element) else { continue }
            for name in names.sorted() {
                if let attribute = spec.attribute(name), attribute.defaultValue == nil {
                    missing.append("<\(element) \(name)>")
                }
            }
        }
        #expect(missing.isEmpty, "\(dialect): no default in Grammar/elements for \(missing)")
    }

    /// `<Uri>`'s `priority` and `weight` default to 10 (Grammar/elements/Uri.json): a URI that
    /// writes neither is tried after one of priority 5 (which answers here) and before one of 20.
    @Test func anUnwrittenURIPriorityIsTheGrammarsDefault() {
        let result = simulate(
            flow(
                """
                <Dial action="/after"><Sip>
                  <Uri priority="20">sip:late@example.com</Uri>
                  <Uri>sip:middle@example.com</Uri>
                  <Uri priority="5">sip:first@example.com</Uri>
                </Sip></Dial>
                """),
            """
            parties:
              "sip:first@example.com": { ring: 1s, answer: true, script: [ hangup ] }
              "sip:middle@example.com": { ring: 1s, answer: true, script: [ hangup ] }
            webhooks:
              https://app.example.com/after: { xml: "<Response/>" }
            """)
        #expect(result.events("dial.started").first?["targets"] == .strings(["sip:first@example.com"]))
    }
}
