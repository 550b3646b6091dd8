import ArgumentParser
import Foundation
import TeXMLGrammar
import TeXMLSyntax

/// How `validate` prints diagnostics.
public enum DiagnosticFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    /// `path:line:col: severity: message [id]`, the source line and a caret.
    case text
    /// A JSON array of diagnostic objects (docs/diagnostics.md).
    case json
    /// SARIF 2.1.0, for code-scanning tools.
    case sarif
    /// GitHub Actions workflow commands (`::error file=…,line=…,col=…::`).
    case github
}

/// The diagnostics of one input file.
struct FileDiagnostics: Sendable {
    var path: String
    var diagnostics: [Diagnostic]
    /// For source snippets; nil when the file was not read.
    var lineIndex: LineIndex?
    /// Whether the file is a call-flow document, whose diagnostics say what the platform does
    /// (a scenario file's do not: no platform reads it).
    var isCallFlow = true
}

enum DiagnosticRenderer {
    static func render(_ files: [FileDiagnostics], format: DiagnosticFormat, color: Bool) -> String {
        switch format {
        case .text: files.map { text($0, color: color) }.joined()
        case .json: json(files)
        case .sarif: sarif(files)
        case .github: files.map(github).joined()
        }
    }

    // MARK: Text

    private static func paint(_ text: String, _ code: String, _ enabled: Bool) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    static func text(_ file: FileDiagnostics, color: Bool) -> String {
        var out = ""
        for diagnostic in file.diagnostics {
            let start = diagnostic.range.start
            let severityColor =
                diagnostic.severity == .error ? "1;31" : diagnostic.severity == .warning ? "1;33" : "1;36"
            out += paint("\(TerminalText.escaped(file.path)):\(start.line):\(start.column):", "1", color) + " "
            out += paint("\(diagnostic.severity.rawValue):", severityColor, color) + " "
            out += paint(TerminalText.escaped(diagnostic.message), "1", color) + " [\(diagnostic.id)]\n"
            // The note standing for what --max-diagnostics cut is about the output, not the source.
            if diagnostic.id == OutputLimit.truncatedID { continue }
            if let lineIndex = file.lineIndex {
                out += snippet(lineIndex, diagnostic.range, color: color, severityColor: severityColor)
            }
            let gutter = String(repeating: " ", count: String(start.line).count + 1)
            for note in diagnostic.notes {
                var where_ = ""
                if let range = note.range { where_ = " (\(range.start))" }
                out += "\(gutter) = note: \(TerminalText.escaped(note.message))\(where_)\n"
            }
            if file.isCallFlow { out += "\(gutter) = platform: \(platformLine(diagnostic))\n" }
        }
        return out
    }

    /// `ignored, the call goes on without it (Twilio warning 13217: Dial: Invalid record value)`.
    static func platformLine(_ diagnostic: Diagnostic) -> String {
        var line: String
        switch diagnostic.effect {
        case .failsCall: line = "fails the call"
        case .ignored: line = "ignored, the call goes on without it"
        case .runs: line = "runs as written"
        }
        if let code = diagnostic.platformCode {
            if let entry = PlatformCode.named(code) {
                line += " (\(entry.platform) \(entry.level.rawValue) \(code): \(entry.title))"
            } else {
                line += " (code \(code))"
            }
        }
        return line
    }

    /// Scalars of a source line shown before and after the caret: a snippet is at most about
    /// 200 columns wide, whatever the line's length.
    static let excerptBefore = 80
    static let excerptAfter = 120

    /// `  3 |   <Sya>` over `    |    ^~~`; a long line is cut around the caret, with `…`.
    static func snippet(_ lineIndex: LineIndex, _ range: SourceRange, color: Bool, severityColor: String) -> String {
        let line = range.start.line
        let excerpt = lineIndex.excerpt(around: range.start, before: excerptBefore, after: excerptAfter)
        let number = String(line)
        let gutter = String(repeating: " ", count: number.count)
        // Columns count scalars; draw the caret under the same scalar, keeping tabs as tabs.
        let scalars = Array(excerpt.text.unicodeScalars)
        let caretColumn = min(max(range.start.column - excerpt.startColumn, 0), scalars.count)
        var pad = excerpt.clippedBefore ? " " : ""
        for scalar in scalars.prefix(caretColumn) { pad += scalar == "\t" ? "\t" : " " }
        let visible = max(scalars.count - caretColumn, 1)
        let width = range.end.line == line ? max(range.end.column - range.start.column, 1) : visible
        let marker = "^" + String(repeating: "~", count: max(min(width, visible) - 1, 0))
        let display =
            (excerpt.clippedBefore ? "…" : "") + TerminalText.escaped(excerpt.text) + (excerpt.clippedAfter ? "…" : "")
        return " \(number) | \(display)\n \(gutter) | \(pad)\(paint(marker, severityColor, color))\n"
    }

    // MARK: JSON

    struct JSONDiagnostic: Encodable {
        struct Position: Encodable {
            var line: Int
            var column: Int
            var offset: Int
        }
        struct Note: Encodable {
            var message: String
            var start: Position?
        }
        var file: String
        var id: String
        var severity: String
        var message: String
        var start: Position
        var end: Position
        var notes: [Note]
        var platformCode: Int?
        var platformEffect: String
    }

    static func position(_ location: SourceLocation) -> JSONDiagnostic.Position {
        .init(line: location.line, column: location.column, offset: location.offset)
    }

    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func json(_ files: [FileDiagnostics]) -> String {
        let all = files.flatMap { file in
            file.diagnostics.map { diagnostic in
                JSONDiagnostic(
                    file: file.path, id: diagnostic.id.rawValue, severity: diagnostic.severity.rawValue,
                    message: diagnostic.message, start: position(diagnostic.range.start),
                    end: position(diagnostic.range.end),
                    notes: diagnostic.notes.map {
                        .init(message: $0.message, start: $0.range.map { position($0.start) })
                    },
                    platformCode: diagnostic.platformCode, platformEffect: diagnostic.effect.rawValue)
            }
        }
        return encode(all)
    }

    // MARK: SARIF 2.1.0

    struct SARIFLog: Encodable {
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]
        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
        struct Run: Encodable {
            var tool: Tool
            var results: [Result]
        }
        struct Tool: Encodable { var driver: Driver }
        struct Driver: Encodable {
            var name = "texml"
            var informationUri = "https://github.com/texml/texml"
            var rules: [Rule]
        }
        struct Rule: Encodable { var id: String }
        struct Result: Encodable {
            var ruleId: String
            var level: String
            var message: Message
            var locations: [Location]
            var properties: Properties
        }
        struct Properties: Encodable {
            var platformCode: Int?
            var platformEffect: String
        }
        struct Message: Encodable { var text: String }
        struct Location: Encodable { var physicalLocation: PhysicalLocation }
        struct PhysicalLocation: Encodable {
            var artifactLocation: ArtifactLocation
            var region: Region
        }
        struct ArtifactLocation: Encodable { var uri: String }
        struct Region: Encodable {
            var startLine: Int
            var startColumn: Int
            var endLine: Int
            var endColumn: Int
            var charOffset: Int
        }
    }

    static func sarif(_ files: [FileDiagnostics]) -> String {
        var results: [SARIFLog.Result] = []
        var ruleIDs = Set<String>()
        for file in files {
            for diagnostic in file.diagnostics {
                ruleIDs.insert(diagnostic.id.rawValue)
                let notes = diagnostic.notes.map { " (\($0.message))" }.joined()
                let region = SARIFLog.Region(
                    startLine: diagnostic.range.start.line, startColumn: diagnostic.range.start.column,
                    endLine: diagnostic.range.end.line, endColumn: diagnostic.range.end.column,
                    charOffset: diagnostic.range.start.offset)
                results.append(
                    SARIFLog.Result(
                        ruleId: diagnostic.id.rawValue,
                        level: diagnostic.severity == .note ? "note" : diagnostic.severity.rawValue,
                        message: .init(text: diagnostic.message + notes),
                        locations: [
                            .init(physicalLocation: .init(artifactLocation: .init(uri: file.path), region: region))
                        ],
                        properties: .init(
                            platformCode: diagnostic.platformCode, platformEffect: diagnostic.effect.rawValue)))
            }
        }
        let driver = SARIFLog.Driver(rules: ruleIDs.sorted().map { .init(id: $0) })
        return encode(SARIFLog(runs: [.init(tool: .init(driver: driver), results: results)]))
    }

    // MARK: GitHub Actions

    static func github(_ file: FileDiagnostics) -> String {
        func escapeData(_ text: String) -> String {
            text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
                .replacingOccurrences(of: "\n", with: "%0A")
        }
        func escapeProperty(_ text: String) -> String {
            escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
        }
        var out = ""
        for diagnostic in file.diagnostics {
            let command =
                diagnostic.severity == .error ? "error" : diagnostic.severity == .warning ? "warning" : "notice"
            let range = diagnostic.range
            out += "::\(command) file=\(escapeProperty(file.path)),line=\(range.start.line),col=\(range.start.column)"
            out +=
                ",endLine=\(range.end.line),endColumn=\(range.end.column),title=\(escapeProperty(diagnostic.id.rawValue))"
            out +=
                "::\(TerminalText.escaped(escapeData(diagnostic.message + " (platform: " + platformLine(diagnostic) + ")")))\n"
        }
        return out
    }
}

/// Keeps what `validate` prints proportional to what is worth reading.
enum OutputLimit {
    /// The id of the note that stands for the diagnostics past the cap.
    static let truncatedID: DiagnosticID = "texml.output.more-diagnostics"

    /// The first `cap` diagnostics, then a note saying how many more there are; all when `cap` is 0.
    static func capped(_ diagnostics: [Diagnostic], at cap: Int) -> [Diagnostic] {
        guard cap > 0, diagnostics.count > cap else { return diagnostics }
        let rest = diagnostics[cap...]
        let errors = rest.filter { $0.severity == .error }.count
        let kept = Array(diagnostics.prefix(cap))
        let more = Diagnostic(
            id: truncatedID, severity: .note,
            message:
                "\(rest.count) more diagnostic\(rest.count == 1 ? "" : "s") in this file (\(errors) error\(errors == 1 ? "" : "s")) not shown; --max-diagnostics 0 shows all",
            range: rest.first!.range, effect: .runs)
        return kept + [more]
    }
}
