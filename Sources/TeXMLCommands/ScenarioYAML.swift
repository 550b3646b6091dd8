import Foundation
import TeXMLSimulator
import TeXMLSyntax
import Yams

/// Parses a scenario file (YAML, or JSON, which YAML reads too) into the simulator's positioned
/// tree. YAML stays out of the library modules: this is the only file that knows Yams.
enum ScenarioYAML {
    enum Parsed {
        case tree(ScenarioNode)
        case failure(Diagnostic)
    }

    /// Largest scenario file read: scenarios are small; this keeps a wrong path from costing memory.
    static let maxBytes = 4 << 20

    /// A scenario file read, parsed and loaded: the scenario (nil on any error) and its
    /// diagnostics, ready to render with source snippets.
    struct File {
        var loaded: LoadedScenario?
        var report: FileDiagnostics
    }

    /// Reads, parses and loads the scenario at `path`; throws only when the file cannot be read.
    static func load(_ path: String) throws(InputError) -> File {
        let input = try InputDocument.load(path, limit: maxBytes)
        if let size = input.oversizedBytes {
            throw InputError(path: path, reason: "\(size) bytes; a scenario file is at most \(maxBytes) bytes")
        }
        let lineIndex = LineIndex(input.bytes)
        func report(_ diagnostics: [Diagnostic]) -> FileDiagnostics {
            FileDiagnostics(path: path, diagnostics: diagnostics, lineIndex: lineIndex, isCallFlow: false)
        }
        switch parse(String(decoding: input.bytes, as: UTF8.self), lineIndex: lineIndex) {
        case .failure(let diagnostic):
            return File(loaded: nil, report: report([diagnostic]))
        case .tree(let root):
            let (loaded, diagnostics) = ScenarioLoader.load(root, scenarioPath: path)
            return File(loaded: loaded, report: report(diagnostics))
        }
    }

    /// The tree of `text`, or a located syntax diagnostic.
    static func parse(_ text: String) -> Parsed { parse(text, lineIndex: LineIndex(Array(text.utf8))) }

    /// The tree, or a located syntax diagnostic; `index` is the line index of `text`.
    static func parse(_ text: String, lineIndex index: LineIndex) -> Parsed {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                return .tree(ScenarioNode(.null, range: .documentStart))
            }
            return .tree(convert(node, index))
        } catch let error as YamlError {
            return .failure(syntaxDiagnostic(error, index))
        } catch {
            return .failure(
                Diagnostic(
                    id: ScenarioDiagnostics.syntax, severity: .error, message: "not valid YAML: \(error)",
                    range: .documentStart))
        }
    }

    private static func syntaxDiagnostic(_ error: YamlError, _ index: LineIndex) -> Diagnostic {
        var mark: Mark?
        var problem = "\(error)"
        switch error {
        case .scanner(let context, let text, let where_, _), .parser(let context, let text, let where_, _),
            .composer(let context, let text, let where_, _):
            mark = where_
            problem = text
            if let context { problem += " " + context.text }
        case .reader(let text, _, _, _):
            problem = text
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(
                id: ScenarioDiagnostics.duplicateKey,
                severity: .error,
                message: "duplicate key " + duplicates.map { "'\($0)'" }.joined(separator: ", ") + " in a mapping",
                range: SourceRange(at: secondOccurrence(of: duplicates.first, after: context.mark, in: index)))
        default:
            break
        }
        let location =
            mark.map { index.location(line: $0.line, column: $0.column) }
            ?? SourceLocation(line: 1, column: 1, offset: 0)
        return Diagnostic(
            id: ScenarioDiagnostics.syntax, severity: .error, message: "not valid YAML: \(problem)",
            range: SourceRange(at: location))
    }

    /// Where a duplicated key is written the second time in a block mapping that starts at
    /// `mark` (Yams reports only the mapping); the mapping's start when it cannot be found.
    private static func secondOccurrence(of key: String?, after mark: Mark, in index: LineIndex) -> SourceLocation {
        let fallback = index.location(line: mark.line, column: mark.column)
        guard let key else { return fallback }
        var seen = 0
        for number in mark.line...max(mark.line, index.lineCount) {
            let line = index.lineText(number)
            let indent = line.prefix { $0 == " " }.count
            guard indent + 1 == mark.column else { continue }
            let rest = line.dropFirst(indent)
            if rest.hasPrefix(key + ":") || rest.hasPrefix("\"" + key + "\":") || rest.hasPrefix("'" + key + "':") {
                seen += 1
                if seen == 2 { return index.location(line: number, column: indent + 1) }
            }
        }
        return fallback
    }

    private static func convert(_ node: Node, _ index: LineIndex) -> ScenarioNode {
        let start =
            node.mark.map { index.location(line: $0.line, column: $0.column) }
            ?? SourceLocation(line: 1, column: 1, offset: 0)
        switch node {
        case .scalar(let scalar):
            let plain = scalar.style == .plain || scalar.style == .any
            let text = scalar.string
            if plain, ["", "~", "null", "Null", "NULL"].contains(text) {
                return ScenarioNode(.null, range: SourceRange(at: start))
            }
            let width = text.unicodeScalars.count + (plain ? 0 : 2)
            let end = index.location(line: start.line, column: start.column + width)
            return ScenarioNode(.scalar(text, plain: plain), range: SourceRange(start: start, end: end))
        case .mapping(let mapping):
            let pairs = mapping.map { (key: convert($0.key, index), value: convert($0.value, index)) }
            return ScenarioNode(.mapping(pairs), range: SourceRange(at: start))
        case .sequence(let sequence):
            return ScenarioNode(.sequence(sequence.map { convert($0, index) }), range: SourceRange(at: start))
        case .alias:
            return ScenarioNode(.null, range: SourceRange(at: start))
        }
    }
}
