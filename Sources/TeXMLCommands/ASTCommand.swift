import ArgumentParser
import Foundation
import TeXMLGrammar
import TeXMLSyntax

/// `texml ast`: prints the typed document with positions.
struct ASTCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ast",
        abstract: "Print the typed call flow with @line:col ranges and the dialect's defaults.",
        discussion: "Diagnostics go to standard error; exit 1 when the document has errors."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var document: DocumentOptions

    @Option(help: "Output format: an indented tree (text) or the AST as JSON.")
    var format: Format = .text

    @Argument(help: ArgumentHelp("The document; - reads standard input.", valueName: "file"))
    var file: String

    func run() throws {
        let input: InputDocument
        do {
            input = try InputDocument.load(file, limit: document.maxBytes)
        } catch {
            printError(error.description)
            throw ExitCode(2)
        }
        var diagnostics: [Diagnostic]
        var parsed: Document?
        var lineIndex: LineIndex?
        if let size = input.oversizedBytes {
            diagnostics = [SyntaxDiagnostics.tooLarge(bytes: size, limit: document.maxBytes, range: .documentStart)]
        } else {
            let validator = Validator(dialect: document.dialect(for: input.bytes), readerLimits: document.limits)
            let result = validator.validate(input.bytes)
            diagnostics = result.diagnostics
            parsed = result.document
            lineIndex = result.syntax.lineIndex
        }
        if !diagnostics.isEmpty {
            let report = FileDiagnostics(path: input.path, diagnostics: diagnostics, lineIndex: lineIndex)
            printError(
                DiagnosticRenderer.text(report, color: ColorChoice.auto.enabled(forFileDescriptor: STDERR_FILENO))
                    .trimmingCharacters(in: .newlines), escaping: false)
        }
        guard let parsed else { throw ExitCode(1) }
        switch format {
        case .text:
            print("Document dialect=\(parsed.dialect.rawValue)")
            print(parsed.dump(), terminator: "")
        case .json:
            print(DiagnosticRenderer.encode(parsed), terminator: "")
        }
    }
}
