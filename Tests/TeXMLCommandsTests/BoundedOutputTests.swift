import Foundation
import Testing

/// `texml validate` prints output proportional to what is worth reading, whatever the input
/// (issue 16): snippets are cut around the caret, a file reports at most `--max-diagnostics`,
/// and control characters never reach the terminal.
@Suite("texml validate: bounded output")
struct BoundedOutputTests {
    /// One line of 24 KB holding 4 000 bad values.
    static let minified =
        "<Response>" + String(repeating: "<Pause length=\"x\"/>", count: 4_000) + "</Response>"

    @Test("a minified line with thousands of errors prints a bounded report")
    func cappedPerFile() throws {
        let path = try CLI.temporaryFile(Self.minified)
        let capped = try CLI.run(["validate", path])
        #expect(capped.status == 1)
        #expect(capped.stdout.components(separatedBy: ": error: ").count - 1 == 100)
        #expect(capped.stdout.contains("note: 3900 more diagnostics in this file (3900 errors) not shown"))
        // 100 diagnostics of a few hundred bytes each, not 100 copies of a 76 KB line.
        #expect(capped.stdout.utf8.count < 100 * 1_000)

        let all = try CLI.run(["validate", "--max-diagnostics", "0", path])
        #expect(all.status == 1)
        #expect(all.stdout.components(separatedBy: ": error: ").count - 1 == 4_000)
        #expect(all.stdout.utf8.count < 4_000 * 1_000)
        #expect(!all.stdout.contains("more diagnostics"))
    }

    @Test("the caret stays under the value in a snippet cut around it")
    func excerptKeepsTheCaret() throws {
        let path = try CLI.temporaryFile(Self.minified)
        let output = try CLI.run(["validate", "--max-diagnostics", "3", path]).stdout
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let third = try #require(lines.firstIndex { $0.contains(":1:" + String(11 + 2 * 19 + 15) + ":") })
        let source = Array(lines[third + 1])
        let caret = Array(lines[third + 2])
        let column = try #require(caret.firstIndex(of: "^"))
        #expect(source[column] == "x")
        #expect(lines[third + 1].hasSuffix("…"))
        #expect(lines[third + 1].count < 260)
    }

    @Test("control characters in documents and values are shown as control pictures")
    func controlCharactersAreEscaped() throws {
        let path = try CLI.temporaryFile("<Response><Pause length=\"\u{1B}[2J\"/></Response>")
        let output = try CLI.run(["validate", path]).stdout
        #expect(!output.contains("\u{1B}"))
        #expect(output.contains("\u{241B}[2J"))
    }

    @Test("--max-diagnostics takes 0 or more")
    func negativeCapIsAUsageError() throws {
        let path = try CLI.temporaryFile("<Response/>")
        #expect(try CLI.run(["validate", "--max-diagnostics", "-1", path]).status == 2)
    }
}
