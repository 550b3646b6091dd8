import TeXMLGrammar
import Testing

@testable import TeXMLSimulator

/// The `texml.flow.unreachable` lint reads `<Record>`'s `continuesWhenEmpty` from the grammar; the
/// simulator's per-dialect `empty_recording_policy` (PlatformBehaviour.swift, the source of truth)
/// decides what an empty recording does. The two must agree: where an empty recording falls
/// through to the next verb (Twilio: "the call flow continues with the next verb",
/// https://www.twilio.com/docs/voice/twiml/record; Kazoo's kzt_twiml), that verb is reachable.
@Suite("<Record> and the next verb: grammar and simulator agree")
struct RecordFallThroughLintTests {
    @Test(arguments: Dialect.allCases)
    func continuesWhenEmptyFollowsTheEmptyRecordingPolicy(_ dialect: Dialect) throws {
        let record = try #require(Grammar.of(dialect).element("Record"))
        let fallsThrough = PlatformBehaviour.of(dialect).emptyRecordings.policy == .fallThrough
        #expect(record.continuesWhenEmpty == fallsThrough, "\(dialect)")
    }

    @Test(arguments: Dialect.allCases)
    func theVerbAfterRecordIsUnreachableOnlyWhereAnEmptyRecordDoesNotFallThrough(_ dialect: Dialect) {
        let document = "<Response><Record action=\"/done\"/><Say>I did not receive a recording</Say></Response>"
        let ids = Validator(dialect: dialect).validate(document).diagnostics.map(\.id.rawValue)
        let fallsThrough = PlatformBehaviour.of(dialect).emptyRecordings.policy == .fallThrough
        // Pivot's <Record> is not terminal at all (Grammar/elements/Record.json).
        #expect(ids.contains("texml.flow.unreachable") == !fallsThrough, "\(dialect): \(ids)")
        // The missing-action lint is not this one's business.
        #expect(!ids.contains("texml.record.missing-action"))
    }
}
