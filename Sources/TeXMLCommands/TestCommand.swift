import ArgumentParser
import Foundation
import TeXMLSimulator
import TeXMLSyntax

/// `texml test`: golden-file regression tests for call flows.
struct TestCommand: OperandCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run every scenario and compare its call with the .golden file beside it.",
        discussion: """
            Scenarios are files named *.scenario.yaml (or .yml, .json) under the given paths. Each \
            one's golden text (the timeline of the call and its outcome) is compared with \
            NAME.golden beside it; a mismatch prints a unified diff. A missing golden is written \
            and reported as a failure ("recorded new baseline") unless --update is given. \
            Exit status: 0 when every scenario passed, 1 when any failed, 2 for usage errors \
            (and for a live scenario when texml was built without live mode).
            """
    )

    @Argument(help: ArgumentHelp("Files or directories to search for scenarios.", valueName: "path"))
    var paths: [String] = ["Samples"]

    @Option(
        help: ArgumentHelp(
            "Skip files under a folder argument whose relative path matches (repeatable).", valueName: "glob"))
    var exclude: [String] = []

    @Option(
        help: ArgumentHelp(
            "Run only the I-th (1-based) of N stable shards; a scenario's shard depends only on its path.",
            valueName: "i/n"))
    var shard: Shard?

    @Flag(help: "Rewrite goldens that differ or are missing, and say which changed.")
    var update = false

    @Option(help: ArgumentHelp("Run only scenarios whose path contains this text.", valueName: "pattern"))
    var filter: String?

    @Option(help: ArgumentHelp("Also write a JUnit XML report to this file.", valueName: "file"))
    var junit: String?

    @Option(help: ArgumentHelp("Scenarios run at once (default: the number of cores).", valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Colour output: auto (when stdout is a terminal), always or never.")
    var color: ColorChoice = .auto

    @OptionGroup var report: TestReportOptions

    @OptionGroup var voice: VoiceOptions

    static let optionsTakingValues: Set<String> = [
        "--exclude", "--shard", "--filter", "--junit", "--jobs", "--color", "--report", "--voice",
    ]

    mutating func validate() throws {
        if let operands = CommandLineOperands.taken, !operands.isEmpty { paths = operands }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let colored = color.enabled(forFileDescriptor: STDOUT_FILENO)
        let found = try GoldenRunner.discover(paths, filter: filter, excludes: exclude.map(Glob.init))
        let scenarios = found.filter { shard?.contains($0.relative) ?? true }.map(\.path)
        let runner = GoldenRunner(
            update: update, color: colored, reportDirectory: report.report, speech: try voice.makeVoice())
        let results = runner.runAll(scenarios, jobs: jobs)
        try report.writeIndex(results)
        var output = ""
        func paint(_ text: String, _ code: String) -> String { colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        for result in results {
            // Paths and messages name files anyone could have named: escaped for the terminal.
            let path = TerminalText.escaped(result.scenarioPath)
            switch result.status {
            case .passed: output += paint("PASS", "32") + " \(path)\n"
            case .updated: output += paint("UPDATED", "33") + " \(path): \(TerminalText.escaped(result.detail))\n"
            case .recorded: output += paint("FAIL", "31") + " \(path): \(TerminalText.escaped(result.detail))\n"
            case .failed: output += paint("FAIL", "31") + " \(path)\n" + result.detail
            }
        }
        let failed = results.filter(\.failed).count
        if let shard {
            let note = scenarios.isEmpty ? " (an empty shard: nothing to run)" : ""
            output += "shard \(shard.index)/\(shard.count): \(scenarios.count) of \(found.count) scenarios\(note)\n"
        }
        output += "\(results.count - failed) passed, \(failed) failed\n"
        FileHandle.standardOutput.write(Data(output.utf8))
        if let junit {
            do {
                try Data(JUnitReport.render(results).utf8).write(to: URL(fileURLWithPath: junit), options: .atomic)
            } catch {
                printError("texml: cannot write '\(junit)': \(error.localizedDescription)")
                throw ExitCode(2)
            }
        }
        // A build without live mode could not run every scenario: a usage error, as `texml run`'s.
        if results.contains(where: \.needsLiveMode) { throw ExitCode(2) }
        if failed > 0 { throw ExitCode(1) }
    }
}

/// `--shard I/N`: the I-th (1-based) of N shards. A scenario's shard is the FNV-1a hash of its path
/// relative to the argument it was found under, mod N, so adding a scenario moves no other.
struct Shard: ExpressibleByArgument, Sendable, Equatable {
    var index: Int
    var count: Int

    init?(argument: String) {
        let parts = argument.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1,
            (1...count).contains(index)
        else { return nil }
        self.index = index
        self.count = count
    }

    static var defaultCompletionKind: CompletionKind { .default }

    /// FNV-1a, 64 bits, of the path's UTF-8 bytes.
    static func hash(_ relativePath: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in relativePath.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }

    func contains(_ relativePath: String) -> Bool {
        Int(Shard.hash(relativePath) % UInt64(count)) == index - 1
    }
}
