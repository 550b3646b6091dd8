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
        // Decoding would turn bad bytes into U+FFFD silently (a name, a path that is not what was written).
        if let bad = firstInvalidUTF8(input.bytes, lineIndex) {
            return File(
                loaded: nil,
                report: report([
                    ScenarioDiagnostics.error(
                        ScenarioDiagnostics.badEncoding, "not valid UTF-8: a scenario file is UTF-8 text",
                        SourceRange(at: bad))
                ]))
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
            var converter = Converter(index: index, bytes: text.utf8.count)
            do throws(Converter.Refusal) {
                return .tree(try converter.convert(node))
            } catch {
                return .failure(error.diagnostic)
            }
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

    /// Turns Yams's tree into the simulator's, within a budget: aliases make a tree larger than
    /// its text (nine nested anchors of nine aliases are 9⁹ nodes from 368 bytes), so the nodes
    /// made, aliases expanded, are counted against a budget proportional to the file, and nesting
    /// is capped. Positions are found with a hint (the previous node's), so a minified one-line
    /// file is walked once, not once per node.
    struct Converter {
        /// Why the tree was not converted: a located diagnostic.
        struct Refusal: Error { var diagnostic: Diagnostic }

        let index: LineIndex
        /// Nodes this file may expand to: twice its bytes, plus room for small files.
        let nodeBudget: Int
        static let maxDepth = 256
        var nodes = 0
        var hint: SourceLocation?

        init(index: LineIndex, bytes: Int) {
            self.index = index
            nodeBudget = 2 * bytes + 10_000
        }

        /// The core schema's tags (and the non-specific ones): anything else (`!!binary`,
        /// `!python/object`) would otherwise be read as a plain string, silently.
        static let coreTags: Set<String> = [
            "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool",
            "tag:yaml.org,2002:null", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map", "?", "!", "",
        ]

        mutating func location(_ mark: Mark?) -> SourceLocation {
            guard let mark else { return SourceLocation(line: 1, column: 1, offset: 0) }
            let found = index.location(line: mark.line, column: mark.column, hint: hint)
            hint = found
            return found
        }

        mutating func convert(_ node: Node, depth: Int = 0) throws(Refusal) -> ScenarioNode {
            let start = location(node.mark)
            nodes += 1
            if nodes > nodeBudget {
                throw Refusal(
                    diagnostic: ScenarioDiagnostics.error(
                        ScenarioDiagnostics.tooLarge,
                        "the scenario expands to more than \(nodeBudget) values (twice its size in bytes): YAML aliases "
                            + "repeat too much", SourceRange(at: start),
                        notes: [DiagnosticNote("write the repeated parts out, or use fewer aliases")]))
            }
            if depth > Self.maxDepth {
                throw Refusal(
                    diagnostic: ScenarioDiagnostics.error(
                        ScenarioDiagnostics.tooLarge, "values nested more than \(Self.maxDepth) deep",
                        SourceRange(at: start)))
            }
            let tag = node.tag.rawValue
            guard Self.coreTags.contains(tag) else {
                throw Refusal(
                    diagnostic: ScenarioDiagnostics.error(
                        ScenarioDiagnostics.badEncoding,
                        "the YAML tag '\(tag)' is not allowed: a scenario holds strings, numbers, booleans, lists and maps",
                        SourceRange(at: start)))
            }
            switch node {
            case .scalar(let scalar):
                let plain = scalar.style == .plain || scalar.style == .any
                let text = scalar.string
                if plain, ["", "~", "null", "Null", "NULL"].contains(text) {
                    return ScenarioNode(.null, range: SourceRange(at: start))
                }
                let width = text.unicodeScalars.count + (plain ? 0 : 2)
                let end = index.location(line: start.line, column: start.column + width, hint: start)
                return ScenarioNode(.scalar(text, plain: plain), range: SourceRange(start: start, end: end))
            case .mapping(let mapping):
                var pairs: [(key: ScenarioNode, value: ScenarioNode)] = []
                pairs.reserveCapacity(mapping.count)
                for pair in mapping {
                    let key = try convert(pair.key, depth: depth + 1)
                    pairs.append((key: key, value: try convert(pair.value, depth: depth + 1)))
                }
                return ScenarioNode(.mapping(pairs), range: SourceRange(at: start))
            case .sequence(let sequence):
                var items: [ScenarioNode] = []
                items.reserveCapacity(sequence.count)
                for item in sequence { items.append(try convert(item, depth: depth + 1)) }
                return ScenarioNode(.sequence(items), range: SourceRange(at: start))
            case .alias:
                return ScenarioNode(.null, range: SourceRange(at: start))
            }
        }
    }

    /// How many values converting `text` made, against its budget: the work a hostile file costs.
    static func conversionWork(_ text: String) -> (nodes: Int, budget: Int)? {
        guard let node = try? Yams.compose(yaml: text) else { return nil }
        var converter = Converter(index: LineIndex(Array(text.utf8)), bytes: text.utf8.count)
        _ = try? converter.convert(node)
        return (converter.nodes, converter.nodeBudget)
    }

    /// The location of the first byte sequence that is not UTF-8, if any.
    static func firstInvalidUTF8(_ bytes: [UInt8], _ index: LineIndex) -> SourceLocation? {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return index.location(ofOffset: offset)
            }
        }
    }
}
