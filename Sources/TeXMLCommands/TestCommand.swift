import ArgumentParser
import Foundation

/// `texml test`: golden-file regression tests for call flows.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run every scenario and compare its call with the .golden file beside it.",
        discussion: """
            Scenarios are files named *.scenario.yaml (or .yml, .json) under the given paths. Each \
            one's golden text (the timeline of the call and its outcome) is compared with \
            NAME.golden beside it; a mismatch prints a unified diff. A missing golden is written \
            and reported as a failure ("recorded new baseline") unless --update is given. \
            Exit status: 0 when every scenario passed, 1 when any failed, 2 for usage errors.
            """
    )

    @Argument(help: ArgumentHelp("Files or directories to search for scenarios.", valueName: "path"))
    var paths: [String] = ["Samples"]

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

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let colored = color.enabled(forFileDescriptor: STDOUT_FILENO)
        let scenarios = try GoldenRunner.discover(paths, filter: filter)
        let runner = GoldenRunner(update: update, color: colored)
        let results = runner.runAll(scenarios, jobs: jobs)
        var output = ""
        func paint(_ text: String, _ code: String) -> String { colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        for result in results {
            switch result.status {
            case .passed: output += paint("PASS", "32") + " \(result.scenarioPath)\n"
            case .updated: output += paint("UPDATED", "33") + " \(result.scenarioPath): \(result.detail)\n"
            case .recorded: output += paint("FAIL", "31") + " \(result.scenarioPath): \(result.detail)\n"
            case .failed: output += paint("FAIL", "31") + " \(result.scenarioPath)\n" + result.detail
            }
        }
        let failed = results.filter(\.failed).count
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
        if failed > 0 { throw ExitCode(1) }
    }
}
