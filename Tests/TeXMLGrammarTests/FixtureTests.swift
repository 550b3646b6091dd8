import Foundation
import TeXMLGrammar
import TeXMLSyntax
import Testing

/// Each fixture document carries its expected diagnostics; the validator must report exactly
/// those: same severity, id, line and column, nothing more, nothing less.
@Suite("Fixtures with expected diagnostics")
struct FixtureTests {
    static let fixtures = PackagePaths.xmlFiles(under: PackagePaths.fixtures)

    @Test("fixture", arguments: fixtures.map { PackagePaths.relative($0) })
    func fixture(_ path: String) throws {
        let url = PackagePaths.root.appendingPathComponent(path)
        let bytes = try [UInt8](Data(contentsOf: url))
        let expected = try ExpectedDiagnostic.parse(String(decoding: bytes, as: UTF8.self))
        #expect(!expected.isEmpty, "\(path) declares no expected diagnostics")
        let dialect = Dialect.declared(in: bytes) ?? .twiml
        let result = Validator(dialect: dialect).validate(bytes)
        let actual = result.diagnostics
        var unmatched = actual
        for expectation in expected {
            let index = unmatched.firstIndex {
                $0.severity == expectation.severity && $0.effect == expectation.effect
                    && $0.id.rawValue == expectation.id
                    && $0.range.start.line == expectation.line && $0.range.start.column == expectation.column
                    && (expectation.messageFragment.map($0.message.contains) ?? true)
            }
            if let index {
                unmatched.remove(at: index)
            } else {
                let got = actual.map {
                    "\($0.severity.rawValue)(\($0.effect.rawValue))@\($0.range.start) [\($0.id)] \($0.message)"
                }
                Issue.record("\(path): expected \(expectation) was not reported; got:\n\(got.joined(separator: "\n"))")
            }
        }
        for diagnostic in unmatched {
            Issue.record(
                "\(path): unexpected \(diagnostic.severity.rawValue)(\(diagnostic.effect.rawValue))@\(diagnostic.range.start) [\(diagnostic.id)] \(diagnostic.message)"
            )
        }
    }

    @Test("every diagnostic id is exercised by a fixture or a hostile-input test")
    func everyIDHasAFixture() throws {
        var seen = Set<String>(HostileInputTests.generatedIDs)
        for url in Self.fixtures {
            let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
            for expectation in try ExpectedDiagnostic.parse(text) { seen.insert(expectation.id) }
        }
        let missing = GrammarDiagnostics.allIDs.map(\.rawValue).filter { !seen.contains($0) }
        #expect(missing.isEmpty, "no fixture expects: \(missing.joined(separator: ", "))")
    }
}
