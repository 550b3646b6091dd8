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

    /// The tree, or a located syntax diagnostic.
    static func parse(_ text: String) -> Parsed {
        let index = OffsetIndex(text)
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

    private static func syntaxDiagnostic(_ error: YamlError, _ index: OffsetIndex) -> Diagnostic {
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
    private static func secondOccurrence(of key: String?, after mark: Mark, in index: OffsetIndex) -> SourceLocation {
        let fallback = index.location(line: mark.line, column: mark.column)
        guard let key else { return fallback }
        let lines = index.text.split(separator: "\n", omittingEmptySubsequences: false)
        var seen = 0
        for number in mark.line...max(mark.line, lines.count) where number - 1 < lines.count {
            let line = lines[number - 1]
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

    private static func convert(_ node: Node, _ index: OffsetIndex) -> ScenarioNode {
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

    /// Byte offsets for Yams' line and column marks (1-based, columns in scalars).
    struct OffsetIndex {
        let text: String
        var lineStarts: [String.UnicodeScalarView.Index] = []
        var lineOffsets: [Int] = []

        init(_ text: String) {
            self.text = text
            var offset = 0
            lineStarts.append(text.unicodeScalars.startIndex)
            lineOffsets.append(0)
            var index = text.unicodeScalars.startIndex
            while index < text.unicodeScalars.endIndex {
                let scalar = text.unicodeScalars[index]
                offset += String(scalar).utf8.count
                index = text.unicodeScalars.index(after: index)
                if scalar == "\n" {
                    lineStarts.append(index)
                    lineOffsets.append(offset)
                }
            }
        }

        /// The location of a 1-based line and column; the column stops at the end of the line.
        func location(line: Int, column: Int) -> SourceLocation {
            let lineNumber = min(max(line, 1), lineStarts.count)
            var index = lineStarts[lineNumber - 1]
            var offset = lineOffsets[lineNumber - 1]
            var reached = 1
            let scalars = text.unicodeScalars
            while reached < column, index < scalars.endIndex, scalars[index] != "\n" {
                offset += String(scalars[index]).utf8.count
                index = scalars.index(after: index)
                reached += 1
            }
            return SourceLocation(line: lineNumber, column: reached, offset: offset)
        }
    }
}
