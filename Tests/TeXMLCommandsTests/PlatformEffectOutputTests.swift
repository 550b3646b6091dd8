import Foundation
import Testing

/// `texml validate` follows the author-facing severity and shows the platform's effect in
/// every output format.
@Suite("texml validate: severity and platform effect")
struct PlatformEffectOutputTests {
    static let dialAlways = """
        <Response>
          <Dial record="always">+15551230001</Dial>
        </Response>
        """

    @Test(
        "documents the platform ignores, but that do not do what they say, exit 1",
        arguments: [
            ("twiml", "<Dial record=\"always\">+15551230001</Dial>"),
            ("twiml", "<Record action=\"/r\" recordingStatusCallbackEvent=\"completed finished\"/>"),
            ("texml", "<Record action=\"/r\" recordingStatusCallbackEvent=\"completed absent\"/>"),
        ])
    func ignoredValuesFailValidation(dialect: String, verb: String) throws {
        let path = try CLI.temporaryFile("<Response>\(verb)</Response>")
        let result = try CLI.run(["validate", "--dialect", dialect, path])
        #expect(result.status == 1, "\(result.stdout)")
        #expect(result.stdout.contains(": error: "))
        #expect(result.stdout.contains("= platform: ignored, the call goes on without it (Twilio warning "))
    }

    @Test("text, JSON, SARIF and GitHub output carry both axes")
    func everyFormatShowsTheEffect() throws {
        let path = try CLI.temporaryFile(Self.dialAlways)
        let text = try CLI.run(["validate", path]).stdout
        #expect(text.contains("error: 'always' is not a valid value"))
        #expect(
            text.contains(
                "= platform: ignored, the call goes on without it (Twilio warning 13217: Dial: Invalid record value)"))

        let json = try CLI.run(["validate", "--format", "json", path]).stdout
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(array.first?["severity"] as? String == "error")
        #expect(array.first?["platformEffect"] as? String == "ignored")
        #expect(array.first?["platformCode"] as? Int == 13217)

        let sarif = try CLI.run(["validate", "--format", "sarif", path]).stdout
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let runs = try #require(log["runs"] as? [[String: Any]])
        let results = try #require(runs.first?["results"] as? [[String: Any]])
        let properties = try #require(results.first?["properties"] as? [String: Any])
        #expect(results.first?["level"] as? String == "error")
        #expect(properties["platformEffect"] as? String == "ignored")
        #expect(properties["platformCode"] as? Int == 13217)

        let github = try CLI.run(["validate", "--format", "github", path]).stdout
        #expect(github.hasPrefix("::error "))
        #expect(github.contains("(platform: ignored, the call goes on without it (Twilio warning 13217"))
    }

    @Test("a lint the platform runs as written says so, without a code")
    func lintsRunAsWritten() throws {
        let path = try CLI.temporaryFile("<Response><Hangup/><Say>Bye</Say></Response>")
        let result = try CLI.run(["validate", path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("warning: <Say> will never run"))
        #expect(result.stdout.contains("= platform: runs as written\n"))
    }
}
