import Foundation
import TeXMLSyntax
import Testing

@testable import TeXMLScenarioYAML
@testable import TeXMLSimulator

/// Scenario files are untrusted (`texml test` runs what a pull request adds): decoding is
/// bounded by the file's size, whatever its aliases, tags, bytes or keys (issue 16).
@Suite struct ScenarioBudgetTests {
    /// Nine levels of nine aliases each: 9⁹ values from under 500 bytes.
    static let aliasBomb: String = {
        var lines = ["version: 1", "flow: flow.xml", "a0: &a0 [x, x, x, x, x, x, x, x, x]"]
        for level in 1...9 {
            lines.append(
                "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    func diagnostic(_ text: String) throws -> Diagnostic {
        guard case .failure(let diagnostic) = ScenarioYAML.parse(text) else {
            Issue.record("parsed without a diagnostic")
            throw CancellationError()
        }
        return diagnostic
    }

    @Test func anAliasBombStopsAtTheBudgetWithALocatedError() throws {
        let bytes = Self.aliasBomb.utf8.count
        let refused = try diagnostic(Self.aliasBomb)
        #expect(refused.id == ScenarioDiagnostics.tooLarge)
        #expect(refused.range.start.line >= 3)  // an expanded alias carries its anchor's position
        #expect(refused.message.contains("YAML aliases"))
        // The work done is the budget, not 9⁹: converting counts every value it makes.
        let work = try #require(ScenarioYAML.conversionWork(Self.aliasBomb))
        #expect(work.budget == 2 * bytes + 10_000)
        #expect(work.nodes == work.budget + 1)
    }

    @Test func aFileWithoutAliasesAlwaysFitsItsBudget() throws {
        // The densest plain YAML: one-character values, one separator each.
        let text = "[" + Array(repeating: "1", count: 200_000).joined(separator: ",") + "]"
        guard case .tree(let root) = ScenarioYAML.parse(text), case .sequence(let items) = root.value else {
            Issue.record("not decoded")
            return
        }
        #expect(items.count == 200_000)
        #expect(items.last?.range.start.column == 2 * 200_000)
    }

    @Test func tagsOutsideTheCoreSchemaAreErrors() throws {
        for tag in ["!!binary aGVsbG8=", "!python/object:os.system x", "!custom value"] {
            let refused = try diagnostic("version: 1\nflow: \(tag)\n")
            #expect(refused.id == ScenarioDiagnostics.badEncoding, "\(tag)")
            #expect(refused.range.start.line == 2 && refused.range.start.column == 7)
        }
        guard case .tree = ScenarioYAML.parse("version: !!int 1\nflow: !!str flow.xml\n") else {
            Issue.record("core tags are refused")
            return
        }
    }

    @Test func invalidUTF8IsALocatedError() throws {
        let bytes = Array("version: 1\nname: \"caf".utf8) + [0xE9] + Array("\"\nflow: flow.xml\n".utf8)
        let index = LineIndex(bytes)
        let bad = try #require(ScenarioYAML.firstInvalidUTF8(bytes, index))
        #expect(bad.line == 2 && bad.column == 11 && bad.offset == 21)
        #expect(ScenarioYAML.firstInvalidUTF8(Array("name: café ✓\n".utf8), index) == nil)
    }

    @Test func thousandsOfUnknownKeysKeepAHundredProblems() throws {
        let text = "version: 1\nflow: flow.xml\n" + (0..<50_000).map { "k\($0): 1\n" }.joined()
        guard case .tree(let root) = ScenarioYAML.parse(text) else {
            Issue.record("not parsed")
            return
        }
        let (scenario, diagnostics) = ScenarioDecoder.decode(root, defaultName: "keys")
        #expect(scenario == nil)
        #expect(diagnostics.count == ScenarioDecoder.maxDiagnostics + 1)
        #expect(diagnostics.last?.id == ScenarioDiagnostics.tooManyProblems)
        #expect(diagnostics.last?.message == "49900 more problems not shown")
    }

    /// Found by fuzz-scenario (Fuzz/run, 2026-12-02): nested complex keys (`? - ? -`) made Yams hash and
    /// sort mapping keys by value, recursively, for over a minute on 3.8 KB. Keys are now checked on
    /// libyaml's events, before Yams composes anything.
    @Test func complexMappingKeysAreRefusedBeforeYamsComposes() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/fuzz/complex-keys-hang.scenario.yaml")
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        let refused = try diagnostic(text)
        #expect(refused.id == ScenarioDiagnostics.wrongType)
        #expect(refused.range.start.line == 2 && refused.range.start.column == 5)
        for key in ["? [a, b]\n: 1\n", "? {a: 1}\n: 1\n", "x: &k a\n*k : 1\n"] {
            #expect(try diagnostic(key).message.contains("a mapping key must be a plain name"), "\(key)")
        }
        guard case .tree = ScenarioYAML.parse("a: [1, {b: c}]\n\"quoted key\": 1\n") else {
            Issue.record("plain and quoted keys are refused")
            return
        }
    }

    @Test func aHintNeverChangesALocation() {
        let line = "é" + String(repeating: "ab", count: 50) + "\n"
        let index = LineIndex(Array(line.utf8))
        var hint: TeXMLSyntax.SourceLocation?
        for column in stride(from: 1, through: 101, by: 7) {
            let found = index.location(line: 1, column: column, hint: hint)
            #expect(found == index.location(line: 1, column: column))
            hint = found
        }
    }
}
