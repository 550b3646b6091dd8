import Foundation
import TeXMLTestSupport
import Testing

/// Runs the built `texml` binary the way a user or CI does, from the package's root (so
/// `Samples/…` paths resolve), and checks output and exit status.
enum CLI {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static var binary: URL { TexmlCLI.binary }

    typealias Result = TexmlCLI.Result

    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String?] = [:]) throws
        -> Result
    {
        try TexmlCLI.run(arguments, stdin: stdin, environment: environment, directory: root)
    }

    /// Writes a document to a temporary file and returns its path.
    static func temporaryFile(_ contents: String, name: String = "flow.xml") throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("texml-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try contents.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}

@Suite("texml validate")
struct ValidateCommandTests {
    static let bad = """
        <Response>
          <Sya>Hello</Sya>
          <Record action="https://app.example.com/done" maxLength="0"/>
        </Response>
        """
    static let warningOnly = """
        <Response>
          <Record action="https://app.example.com/done" color="red"/>
        </Response>
        """

    @Test("a clean document exits 0 and prints nothing")
    func clean() throws {
        let path = try CLI.temporaryFile(#"<Response><Say>Hi</Say><Hangup/></Response>"#)
        let result = try CLI.run(["validate", path])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
    }

    @Test("text output: path:line:col: severity: message [id], source line and caret")
    func textFormat() throws {
        let path = try CLI.temporaryFile(Self.bad)
        let result = try CLI.run(["validate", "--color", "never", path])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0] == "\(path):2:4: error: unknown element <Sya> in TwiML [texml.element.unknown]")
        #expect(lines[1] == " 2 |   <Sya>Hello</Sya>")
        #expect(lines[2] == "   |    ^~~")
        #expect(lines[3] == "   = note: did you mean <Say>?")
        #expect(result.stdout.contains("\(path):3:60: error: 'maxLength' on <Record>"))
        #expect(result.stdout.contains("[texml.value.out-of-range]"))
    }

    @Test("colour only when asked or on a terminal")
    func color() throws {
        let path = try CLI.temporaryFile(Self.bad)
        #expect(try !CLI.run(["validate", path]).stdout.contains("\u{1B}["))
        #expect(try CLI.run(["validate", "--color", "always", path]).stdout.contains("\u{1B}[1;31m"))
    }

    @Test("warnings exit 0, or 1 with --strict")
    func strict() throws {
        let path = try CLI.temporaryFile(Self.warningOnly)
        let relaxed = try CLI.run(["validate", path])
        #expect(relaxed.status == 0)
        #expect(relaxed.stdout.contains("warning: unknown attribute 'color' on <Record>"))
        #expect(try CLI.run(["validate", "--strict", path]).status == 1)
    }

    @Test("the dialect changes the verdict")
    func dialect() throws {
        let path = try CLI.temporaryFile(
            #"<Response><Record action="https://a.example.com/r" maxLength="0"/></Response>"#)
        #expect(try CLI.run(["validate", "--dialect", "twiml", path]).status == 1)
        #expect(try CLI.run(["validate", "--dialect", "texml", path]).status == 0)
        let directive = try CLI.temporaryFile(
            "<!-- dialect: texml -->\n<Response><Record action=\"https://a.example.com/r\" maxLength=\"0\"/></Response>"
        )
        #expect(try CLI.run(["validate", directive]).status == 0)
    }

    @Test("JSON output is a documented array")
    func json() throws {
        let path = try CLI.temporaryFile(Self.bad)
        let result = try CLI.run(["validate", "--format", "json", path])
        #expect(result.status == 1)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 2)
        let first = array[0]
        #expect(first["id"] as? String == "texml.element.unknown")
        #expect(first["severity"] as? String == "error")
        #expect(first["file"] as? String == path)
        #expect(first["platformCode"] as? Int == 12200)
        let start = try #require(first["start"] as? [String: Int])
        #expect(start["line"] == 2 && start["column"] == 4)
    }

    @Test("SARIF 2.1.0 output is byte-stable")
    func sarif() throws {
        let path = try CLI.temporaryFile(Self.bad)
        let first = try CLI.run(["validate", "--format", "sarif", path])
        let second = try CLI.run(["validate", "--format", "sarif", path])
        #expect(first.stdout == second.stdout)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        #expect(first.stdout.hasPrefix("{\n  \"$schema\""))
        let runs = try #require(log["runs"] as? [[String: Any]])
        let results = try #require(runs[0]["results"] as? [[String: Any]])
        #expect(results.map { $0["ruleId"] as? String } == ["texml.element.unknown", "texml.value.out-of-range"])
    }

    @Test("GitHub Actions annotations")
    func github() throws {
        let path = try CLI.temporaryFile(Self.bad)
        let result = try CLI.run(["validate", "--format", "github", path])
        #expect(
            result.stdout.hasPrefix(
                "::error file=\(path),line=2,col=4,endLine=2,endColumn=7,title=texml.element.unknown::"))
    }

    @Test("many files are reported in argument order; standard input is -")
    func manyFiles() throws {
        let bad = try CLI.temporaryFile(Self.bad, name: "b.xml")
        let warn = try CLI.temporaryFile(Self.warningOnly, name: "a.xml")
        let result = try CLI.run(
            ["validate", "--format", "github", bad, warn, bad, "-"], stdin: "<Response><Hangup>x</Hangup></Response>")
        let files = result.stdout.split(separator: "\n").compactMap { line in
            line.split(separator: ",").first?.replacingOccurrences(of: "::error file=", with: "")
                .replacingOccurrences(of: "::warning file=", with: "")
        }
        #expect(files == [bad, bad, warn, bad, bad, "<stdin>"])
        #expect(result.status == 1)
    }

    @Test("usage and I/O errors exit 2")
    func usageErrors() throws {
        #expect(try CLI.run(["validate", "/nonexistent/flow.xml"]).status == 2)
        #expect(try CLI.run(["validate", "--format", "yaml", "x.xml"]).status == 2)
        #expect(try CLI.run(["validate"]).status == 2)
        #expect(try CLI.run(["validate", "--max-depth", "0", "x.xml"]).status == 2)
    }

    @Test("hostile input gives a located error and exit 1")
    func hostile() throws {
        let path = try CLI.temporaryFile(
            "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<Response><Say>&x;</Say></Response>")
        let result = try CLI.run(["validate", "--color", "never", path])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("\(path):1:1: error: DOCTYPE declarations are not allowed"))
        #expect(!result.stdout.contains("root:"))
    }
}

@Suite("texml ast")
struct ASTCommandTests {
    @Test("dumps the typed tree with ranges and marks defaults")
    func dump() throws {
        let path = try CLI.temporaryFile(
            "<Response>\n  <Record action=\"/done\" maxLength=\"20\"/>\n</Response>\n")
        let result = try CLI.run(["ast", "--dialect", "texml", path])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0] == "Document dialect=texml")
        #expect(lines[1] == "Response @1:1-3:12")
        #expect(lines[2].hasPrefix("  Record @2:3-2:42 action=\"/done\""))
        #expect(lines[2].contains(" maxLength=20 "))
        #expect(lines[2].contains(" timeout=0 (default)"))
        #expect(lines[2].contains(" channels=\"dual\" (default)"))
        let twiml = try CLI.run(["ast", "--dialect", "twiml", path])
        #expect(twiml.stdout.contains(" timeout=5 (default)"))
    }

    @Test("a document with errors prints diagnostics and exits 1")
    func errors() throws {
        let path = try CLI.temporaryFile("<Response><Sya/></Response>")
        let result = try CLI.run(["ast", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("unknown element <Sya>"))
    }
}
