import ArgumentParser
import Foundation
import TeXMLGrammar
import TeXMLSupport
import TeXMLSyntax

/// `texml validate`: checks documents against a dialect's grammar.
struct ValidateCommand: OperandCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check call-flow documents and report every problem with its location.",
        discussion: """
            Exit status: 0 when no document has an error (warnings allowed unless --strict), \
            1 when any has, 2 for usage errors or unreadable files. Files are checked in parallel \
            and reported in argument order.
            """
    )

    @OptionGroup var document: DocumentOptions

    @Option(help: "Output format.")
    var format: DiagnosticFormat = .text

    @Option(help: "Colour text output: auto (when stdout is a terminal), always or never.")
    var color: ColorChoice = .auto

    @Flag(help: "Treat warnings as errors for the exit status.")
    var strict = false

    @Option(
        help: ArgumentHelp(
            "Most diagnostics reported per file, then a note saying how many more; 0 reports all.",
            valueName: "n"))
    var maxDiagnostics = 100

    @Option(
        help: ArgumentHelp(
            "Skip files under a folder argument whose relative path matches (repeatable).", valueName: "glob"))
    var exclude: [String] = []

    @Argument(
        help: ArgumentHelp(
            "Documents and folders (searched recursively for *.xml) to check; - reads standard input.",
            valueName: "path"))
    var files: [String]

    static let optionsTakingValues: Set<String> = [
        "--dialect", "--max-bytes", "--max-depth", "--max-elements", "--max-attribute-bytes", "--format", "--color",
        "--exclude", "--max-diagnostics",
    ]

    mutating func validate() throws {
        if let operands = CommandLineOperands.taken { files = operands }
        if files.isEmpty { throw ValidationError("give at least one file, or - for standard input") }
        if files.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
        if maxDiagnostics < 0 { throw ValidationError("--max-diagnostics must be 0 (all) or more") }
    }

    func run() throws {
        let options = document
        let limit = document.maxBytes
        var expansion = PathExpansion(accepts: { $0.hasSuffix(".xml") }, excludes: exclude.map(Glob.init))
        let paths: [String]
        do throws(PathExpansion.EmptyFolder) {
            paths = try expansion.expand(files).map(\.path)
        } catch {
            throw UsageError(message: "texml: no *.xml file in folder '\(error.path)'")
        }
        let format = format
        let color = color.enabled(forFileDescriptor: STDOUT_FILENO)
        let cap = maxDiagnostics
        // Text output is rendered per file, so each file's part is made on the worker that checked it.
        let results: [Result<RenderedFile, InputError>] = parallelMap(paths.count) { index in
            Result { () throws(InputError) -> RenderedFile in
                let input = try InputDocument.load(paths[index], limit: limit)
                let report: FileDiagnostics
                if let size = input.oversizedBytes {
                    let diagnostic = SyntaxDiagnostics.tooLarge(bytes: size, limit: limit, range: .documentStart)
                    report = FileDiagnostics(path: input.path, diagnostics: [diagnostic], lineIndex: nil)
                } else {
                    let validator = Validator(dialect: options.dialect(for: input.bytes), readerLimits: options.limits)
                    let result = validator.validate(input.bytes)
                    report = FileDiagnostics(
                        path: input.path, diagnostics: result.diagnostics, lineIndex: result.syntax.lineIndex)
                }
                let errors = report.diagnostics.containsErrors
                let warnings = report.diagnostics.contains { $0.severity == .warning }
                let shown = FileDiagnostics(
                    path: report.path, diagnostics: OutputLimit.capped(report.diagnostics, at: cap),
                    lineIndex: report.lineIndex)
                // Only the text format shows source lines, and it is rendered here: the report kept
                // for the other formats and the exit status can let go of the document's bytes.
                let text = format == .text ? DiagnosticRenderer.text(shown, color: color) : nil
                return RenderedFile(
                    report: FileDiagnostics(path: shown.path, diagnostics: shown.diagnostics, lineIndex: nil),
                    hasErrors: errors, hasWarnings: warnings, text: text)
            }
        }
        var reports: [FileDiagnostics] = []
        var texts: [String] = []
        var inputFailed = false
        var hasErrors = false
        var hasWarnings = false
        for result in results {
            switch result {
            case .success(let rendered):
                reports.append(rendered.report)
                hasErrors = hasErrors || rendered.hasErrors
                hasWarnings = hasWarnings || rendered.hasWarnings
                if let text = rendered.text { texts.append(text) }
            case .failure(let error):
                printError(error.description)
                inputFailed = true
            }
        }
        let output =
            format == .text ? texts.joined() : DiagnosticRenderer.render(reports, format: format, color: color)
        if !output.isEmpty { FileHandle.standardOutput.write(Data(output.utf8)) }
        if inputFailed { throw ExitCode(2) }
        // From every diagnostic, not only those shown under --max-diagnostics.
        if hasErrors || (strict && hasWarnings) { throw ExitCode(1) }
    }
}

/// One file's diagnostics and, for text output, their rendering.
private struct RenderedFile: Sendable {
    var report: FileDiagnostics
    var hasErrors: Bool
    var hasWarnings: Bool
    var text: String?
}
