import Foundation
import TeXMLGrammar
import TeXMLSyntax
import Testing

/// Every sample is a clean document of its dialect, and the generated RELAX NG schema agrees.
@Suite("Samples")
struct SampleTests {
    static let samples = PackagePaths.xmlFiles(under: PackagePaths.samples).map { PackagePaths.relative($0) }

    static func load(_ path: String) throws -> (bytes: [UInt8], dialect: Dialect) {
        let bytes = try [UInt8](Data(contentsOf: PackagePaths.root.appendingPathComponent(path)))
        return (bytes, Dialect.declared(in: bytes) ?? .twiml)
    }

    @Test("the corpus covers both dialects")
    func corpusCoversBothDialects() throws {
        let dialects = try Set(Self.samples.map { try Self.load($0).dialect })
        #expect(dialects == Set(Dialect.allCases))
    }

    /// Our samples are clean. Twilio's own documentation examples, kept verbatim, must have no
    /// error; their warnings (no `action`, unreachable verbs, `www.` URLs) are correct and expected.
    @Test("validates with no diagnostic (documentation examples: no error)", arguments: samples)
    func sampleIsClean(_ path: String) throws {
        let (bytes, dialect) = try Self.load(path)
        let result = Validator(dialect: dialect).validate(bytes)
        let verbatim = path.hasPrefix("Samples/twilio-docs/")
        let reported = verbatim ? result.diagnostics.filter { $0.severity == .error } : result.diagnostics
        #expect(reported.isEmpty, "\(path): \(reported.map { "\($0.range.start) \($0.id) \($0.message)" })")
        #expect(result.document != nil)
    }

    @Test("the documentation examples draw exactly the expected warnings")
    func documentationWarnings() throws {
        var counts: [String: Int] = [:]
        for path in Self.samples where path.hasPrefix("Samples/twilio-docs/") {
            let (bytes, dialect) = try Self.load(path)
            for diagnostic in Validator(dialect: dialect).validate(bytes).diagnostics {
                counts[diagnostic.id.rawValue, default: 0] += 1
            }
        }
        #expect(
            counts == [
                "texml.record.missing-action": 3, "texml.flow.unreachable": 1, "texml.value.url-without-scheme": 3,
            ])
    }

    @Test("xmllint with the generated schema agrees", arguments: samples)
    func schemaAgrees(_ path: String) throws {
        let (_, dialect) = try Self.load(path)
        let schema = PackagePaths.root.appendingPathComponent("Grammar/schema/\(dialect.rawValue).rng").path
        let run = try XMLLint.run(["--noout", "--relaxng", schema, PackagePaths.root.appendingPathComponent(path).path])
        #expect(run.status == 0, "xmllint rejects \(path):\n\(run.output)")
    }

    /// Fixtures whose errors are structural or value errors must be rejected by the schema too.
    @Test("xmllint with the generated schema rejects invalid fixtures", arguments: schemaExpressibleFixtures)
    func schemaRejects(_ path: String) throws {
        let (_, dialect) = try Self.load(path)
        let schema = PackagePaths.root.appendingPathComponent("Grammar/schema/\(dialect.rawValue).rng").path
        let run = try XMLLint.run(["--noout", "--relaxng", schema, PackagePaths.root.appendingPathComponent(path).path])
        #expect(run.status != 0, "xmllint accepts \(path), which texml rejects")
    }

    /// Error ids a RELAX NG schema can express; lints and reader limits are not schema rules.
    static let schemaExpressibleIDs: Set<String> = [
        "texml.element.unknown", "texml.element.misplaced", "texml.element.unexpected-text",
        "texml.element.missing-text", "texml.value.invalid-enum", "texml.value.invalid-token",
        "texml.value.invalid-boolean", "texml.value.invalid-integer", "texml.value.out-of-range",
        "texml.value.invalid-method", "texml.value.invalid-keys", "texml.document.root-not-response",
    ]

    static var schemaExpressibleFixtures: [String] {
        PackagePaths.xmlFiles(under: PackagePaths.fixtures.appendingPathComponent("invalid")).compactMap { url in
            guard let text = try? String(contentsOf: url, encoding: .utf8),
                let expected = try? ExpectedDiagnostic.parse(text),
                expected.contains(where: { $0.severity == .error && schemaExpressibleIDs.contains($0.id) })
            else { return nil }
            return PackagePaths.relative(url)
        }
    }
}

/// Runs the system's `xmllint` (Debian package libxml2-utils, installed by .ci/run).
enum XMLLint {
    struct Run {
        var status: Int32
        var output: String
    }

    static func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xmllint"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let output = String(decoding: data, as: UTF8.self)
        if process.terminationStatus == 127 { Issue.record("xmllint is not installed: apt-get install libxml2-utils") }
        return Run(status: process.terminationStatus, output: output)
    }
}
