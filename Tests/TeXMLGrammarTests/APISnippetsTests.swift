import Foundation
import TeXMLGrammar
import TeXMLSyntax
import Testing

/// Twilio's own voice TwiML examples, the `output` of every snippet under `twiml/voice` in
/// TwilioDevEd/api-snippets (Fixtures/api-snippets/README.md names the commit): each one Twilio
/// documents as working validates in twiml with no error.
@Suite("Twilio api-snippets voice examples")
struct APISnippetsTests {
    static let directory = PackagePaths.fixtures.appendingPathComponent("api-snippets")

    static let examples: [String] = {
        guard let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else {
            return []
        }
        return enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "twiml" }
            .map { $0.path.replacingOccurrences(of: directory.path + "/", with: "") }.sorted()
    }()

    /// Examples Twilio no longer documents as working, with the page that says so.
    static let retired: [String: String] = [
        "connect/autopilot/connect_autopilot.twiml":
            "Twilio Autopilot was shut down on August 25, 2023: https://www.twilio.com/docs/autopilot/api"
    ]

    @Test("the fixtures are all there")
    func corpus() {
        #expect(Self.examples.count == 149)
        for path in Self.retired.keys {
            #expect(Self.examples.contains(path), "\(path) is listed but not a fixture")
        }
    }

    @Test("validates in twiml with no error", arguments: examples)
    func validates(_ path: String) throws {
        guard Self.retired[path] == nil else { return }
        let bytes = try [UInt8](Data(contentsOf: Self.directory.appendingPathComponent(path)))
        let errors = Validator(dialect: .twiml).validate(bytes).diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(path): \(errors.map { "\($0.range.start) \($0.id) \($0.message)" })")
    }
}
