import Foundation
import TeXMLTestSupport
import Testing

/// `texml run --report` and `texml test --report`, as a user runs them.
@Suite("--report on the command line") struct ReportCommandTests {
    static func texml(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let result = try TexmlCLI.run(arguments, directory: Paths.root)
        return (result.status, result.stderr)
    }

    @Test("run --out --report writes the page with players pointing at the recordings")
    func runWritesTheReport() throws {
        let directory = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let run = try Self.texml([
            "run", "Samples/voicemail/leave-message.scenario.yaml", "--out", directory + "/out", "--report",
            directory + "/reports/call.html",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOfFile: directory + "/reports/call.html", encoding: .utf8)
        let report = try ReportedCall.embedded(html)
        let audio = try #require(report.recordings.first?.audio)
        #expect(audio.hasPrefix("../out/recordings/RE") && audio.hasSuffix(".wav"))
        #expect(FileManager.default.fileExists(atPath: directory + "/reports/" + audio))
    }

    @Test("an unwritable report path is a clear error, exit 2")
    func unwritable() throws {
        let directory = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "not a folder".write(toFile: directory + "/file", atomically: true, encoding: .utf8)
        let run = try Self.texml([
            "run", "Samples/voicemail/leave-message.scenario.yaml", "--report", directory + "/file/call.html",
        ])
        #expect(run.status == 2)
        #expect(run.stderr.contains("cannot write the report '\(directory)/file/call.html'"), "\(run.stderr)")
    }

    @Test("test --report writes a report per scenario and an index with the failed one's diff")
    func testWritesTheIndex() throws {
        let directory = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // A copy of a sample whose golden no longer matches.
        let suite = directory + "/suite"
        try FileManager.default.createDirectory(atPath: suite, withIntermediateDirectories: true)
        for name in ["leave-message.scenario.yaml", "leave-message.golden", "voicemail.xml", "voicemail-done.xml"] {
            try FileManager.default.copyItem(
                atPath: Paths.samples.path + "/voicemail/" + name, toPath: suite + "/" + name)
        }
        let golden = suite + "/leave-message.golden"
        let text = try String(contentsOfFile: golden, encoding: .utf8)
        try text.replacingOccurrences(of: "finish-key", with: "max-length").write(
            toFile: golden, atomically: true, encoding: .utf8)
        let run = try Self.texml(["test", suite, "Samples/ivr", "--report", directory + "/reports"])
        #expect(run.status == 1, "\(run.stderr)")
        let index = try String(contentsOfFile: directory + "/reports/index.html", encoding: .utf8)
        #expect(index.contains("data-failed=\"1\""))
        #expect(index.contains("-") && index.contains("max-length"), "the golden diff is shown")
        let failed = TestReportName.of(suite + "/leave-message.scenario.yaml")
        #expect(index.contains("<iframe src=\"\(failed)\""))
        #expect(FileManager.default.fileExists(atPath: directory + "/reports/" + failed))
        let passed = try #require(
            FileManager.default.enumerator(atPath: directory + "/reports/Samples/ivr")?.allObjects as? [String])
        #expect(!passed.isEmpty && passed.allSatisfy { $0.hasSuffix(".html") })
    }
}

/// The report's place under DIR, as `texml test --report` names it.
enum TestReportName {
    static func of(_ path: String) -> String {
        String(path.dropFirst()).replacingOccurrences(of: ".scenario.yaml", with: ".html")
    }
}
