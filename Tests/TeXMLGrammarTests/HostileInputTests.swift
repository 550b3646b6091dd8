import Foundation
import TeXMLGrammar
import TeXMLSyntax
import Testing

/// Hostile inputs too large or too odd to commit as fixtures: each must end in a located error
/// diagnostic, never a crash, a hang or unbounded memory.
@Suite("Hostile inputs")
struct HostileInputTests {
    /// The ids these tests prove, counted by the fixture-coverage test.
    static let generatedIDs = [
        "texml.syntax.empty-document", "texml.syntax.too-deep", "texml.syntax.too-large",
        "texml.syntax.too-many-elements", "texml.syntax.attribute-too-long", "texml.syntax.unsupported-encoding",
    ]

    func expectError(
        _ bytes: [UInt8], id: String, at line: Int, _ column: Int, limits: ReaderLimits = .default,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let result = Validator(dialect: .twiml, readerLimits: limits).validate(bytes)
        let match = result.diagnostics.first { $0.id.rawValue == id }
        #expect(
            match?.severity == .error, "no error \(id); got \(result.diagnostics.map(\.id))",
            sourceLocation: sourceLocation)
        #expect(match?.range.start.line == line, sourceLocation: sourceLocation)
        #expect(match?.range.start.column == column, sourceLocation: sourceLocation)
        #expect(result.document == nil, sourceLocation: sourceLocation)
    }

    @Test("an empty file")
    func emptyFile() {
        expectError([], id: "texml.syntax.empty-document", at: 1, 1)
        expectError(Array(" \n\n".utf8), id: "texml.syntax.empty-document", at: 3, 1)
    }

    @Test("100 000-deep nesting stops at the depth limit")
    func deepNesting() {
        let depth = 100_000
        let bytes = Array(("<Response>" + String(repeating: "<Gather>", count: depth)).utf8)
        // The 65th element (depth limit 64) starts at byte 10 + 63 * 8.
        expectError(bytes, id: "texml.syntax.too-deep", at: 1, 10 + 63 * 8 + 2)
    }

    @Test("a document above the size cap is not read")
    func tooLarge() {
        let bytes = Array(("<Response>" + String(repeating: "<Pause/>", count: 200_000) + "</Response>").utf8)
        expectError(bytes, id: "texml.syntax.too-large", at: 1, 1)
    }

    @Test("a 1 MB attribute value")
    func hugeAttribute() {
        let value = String(repeating: "a", count: 1_000_000)
        let bytes = Array(
            "<Response>\n  <Redirect method=\"\(value)\">https://example.com</Redirect>\n</Response>".utf8)
        expectError(bytes, id: "texml.syntax.attribute-too-long", at: 2, 21)
    }

    @Test("1 000 000 <Pause/> verbs: rejected by size, and by element count when the size cap is raised")
    func millionPauses() {
        let bytes = Array(("<Response>" + String(repeating: "<Pause/>", count: 1_000_000) + "</Response>").utf8)
        expectError(bytes, id: "texml.syntax.too-large", at: 1, 1)
        let raised = ReaderLimits(maxBytes: 16 << 20)
        // Element 100 001 is the 100 000th <Pause/>: byte 10 + 99 999 * 8, name one further.
        expectError(bytes, id: "texml.syntax.too-many-elements", at: 1, 10 + 99_999 * 8 + 2, limits: raised)
    }

    @Test("UTF-16 input is refused with a diagnostic")
    func utf16() {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("<Response/>".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        expectError(bytes, id: "texml.syntax.unsupported-encoding", at: 1, 1)
    }
}
