import CYaml
import Foundation
public import TeXMLSimulator
public import TeXMLSyntax
import Yams

/// Parses a scenario file (YAML, or JSON, which YAML reads too) into the simulator's positioned
/// tree. YAML stays out of the other library modules: this module is the only one that knows Yams.
///
/// ``load(bytes:path:)`` is what `texml run` and `texml test` do with a scenario file's bytes;
/// ``parse(_:lineIndex:)`` gives the tree alone, for a caller that decodes it itself.
public enum ScenarioYAML {
    public enum Parsed: Sendable {
        case tree(ScenarioNode)
        case failure(Diagnostic)
    }

    /// Largest scenario file read: scenarios are small; this keeps a wrong path from costing memory.
    public static let maxBytes = 4 << 20

    /// A scenario file's bytes parsed and loaded: the scenario (nil on any error) and its
    /// diagnostics, with the line index to render them with source snippets.
    public struct Loaded: Sendable {
        public var scenario: LoadedScenario?
        public var diagnostics: [Diagnostic]
        public var lineIndex: LineIndex
    }

    /// Parses and loads a scenario file's bytes: the UTF-8 check, the YAML, the decoding, and the
    /// files it names, read relative to `path`'s directory.
    public static func load(bytes: [UInt8], path: String) -> Loaded {
        let lineIndex = LineIndex(bytes)
        switch parse(bytes, lineIndex: lineIndex) {
        case .failure(let diagnostic):
            return Loaded(scenario: nil, diagnostics: [diagnostic], lineIndex: lineIndex)
        case .tree(let root):
            let (loaded, diagnostics) = ScenarioLoader.load(root, scenarioPath: path)
            return Loaded(scenario: loaded, diagnostics: diagnostics, lineIndex: lineIndex)
        }
    }

    /// The tree of a scenario file's bytes, or a located diagnostic: bytes that are not UTF-8 are
    /// refused first, since decoding would turn them into U+FFFD silently (a name, a path that is
    /// not what was written).
    public static func parse(_ bytes: [UInt8], lineIndex: LineIndex) -> Parsed {
        if let bad = firstInvalidUTF8(bytes, lineIndex) {
            return .failure(
                ScenarioDiagnostics.error(
                    ScenarioDiagnostics.badEncoding, "not valid UTF-8: a scenario file is UTF-8 text",
                    SourceRange(at: bad)))
        }
        return parse(String(decoding: bytes, as: UTF8.self), lineIndex: lineIndex)
    }

    /// The tree of `text`, or a located syntax diagnostic.
    public static func parse(_ text: String) -> Parsed { parse(text, lineIndex: LineIndex(Array(text.utf8))) }

    /// The tree, or a located syntax diagnostic; `index` is the line index of `text`.
    public static func parse(_ text: String, lineIndex index: LineIndex) -> Parsed {
        // Yams composes aliases into shared nodes and then hashes and compares mapping keys by
        // value, so a key that aliases a nested anchor costs its whole expansion there, before the
        // converter's budget is reached: count the expansion on libyaml's events first.
        if let refused = AliasBudget.check(text, lineIndex: index) { return .failure(refused) }
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
            nodeBudget = Self.budget(forBytes: bytes)
        }

        /// Values a file of `bytes` may expand to: twice its size, plus room for small files. One
        /// budget for the event pre-pass (``AliasBudget``) and the conversion.
        static func budget(forBytes bytes: Int) -> Int { 2 * bytes + 10_000 }

        static func expandsTooFar(budget: Int, at location: SourceLocation) -> Diagnostic {
            ScenarioDiagnostics.error(
                ScenarioDiagnostics.tooLarge,
                "the scenario expands to more than \(budget) values (twice its size in bytes): YAML aliases repeat "
                    + "too much", SourceRange(at: location),
                notes: [DiagnosticNote("write the repeated parts out, or use fewer aliases")])
        }

        static func nestsTooDeep(at location: SourceLocation) -> Diagnostic {
            ScenarioDiagnostics.error(
                ScenarioDiagnostics.tooLarge, "values nested more than \(maxDepth) deep", SourceRange(at: location))
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
                throw Refusal(diagnostic: Self.expandsTooFar(budget: nodeBudget, at: start))
            }
            if depth > Self.maxDepth { throw Refusal(diagnostic: Self.nestsTooDeep(at: start)) }
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
    public static func firstInvalidUTF8(_ bytes: [UInt8], _ index: LineIndex) -> SourceLocation? {
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

/// The expanded size of a YAML text, from libyaml's event stream (linear in the text): each
/// anchor's size is the number of values it expands to, an alias counts its anchor's size, and
/// the document may not expand past the converter's budget. Yams's own composing is then bounded
/// too (it hashes and sorts mapping keys by value, aliases expanded).
enum AliasBudget {
    static func check(_ text: String, lineIndex: LineIndex) -> Diagnostic? {
        let budget = ScenarioYAML.Converter.budget(forBytes: text.utf8.count)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer -> Diagnostic? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var anchors: [String: Int] = [:]
            // The open collections: the values each holds so far, its anchor, whether it is a
            // mapping and how many children it has had (a mapping's even ones are keys).
            var open: [(size: Int, anchor: String?, isMapping: Bool, children: Int)] = []
            var expanded = 0
            func count(_ values: Int) {
                expanded += values
                if !open.isEmpty { open[open.count - 1].size += values }
            }
            /// Called at the start of each value: nil, or why it cannot stand where it is.
            func atKeyPosition() -> Bool {
                guard let parent = open.last else { return false }
                open[open.count - 1].children += 1
                return parent.isMapping && parent.children % 2 == 0
            }
            while true {
                var event = yaml_event_t()
                // A syntax error is Yams's to report, with its message.
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                let mark = event.start_mark
                let location = { lineIndex.location(line: Int(mark.line) + 1, column: Int(mark.column) + 1) }
                switch event.type {
                case YAML_STREAM_END_EVENT: return nil
                case YAML_SCALAR_EVENT:
                    _ = atKeyPosition()
                    count(1)
                    if let anchor = event.data.scalar.anchor { anchors[String(cString: anchor)] = 1 }
                case YAML_ALIAS_EVENT, YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    // Yams hashes and sorts mapping keys by value, recursively: a list, a map or an
                    // alias as a key can cost exponential time there. Scenarios only name keys.
                    if atKeyPosition() {
                        return ScenarioDiagnostics.error(
                            ScenarioDiagnostics.wrongType,
                            "a mapping key must be a plain name, not a list, a mapping or an alias",
                            SourceRange(at: location()))
                    }
                    if event.type == YAML_ALIAS_EVENT {
                        let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
                        count(anchors[name] ?? 1)
                    } else {
                        let isMapping = event.type == YAML_MAPPING_START_EVENT
                        let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
                        expanded += 1
                        open.append((1, anchor.map { String(cString: $0) }, isMapping, 0))
                    }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    guard let closed = open.popLast() else { break }
                    if let anchor = closed.anchor { anchors[anchor] = closed.size }
                    if !open.isEmpty { open[open.count - 1].size += closed.size }
                default: break
                }
                if expanded > budget {
                    return ScenarioYAML.Converter.expandsTooFar(budget: budget, at: location())
                }
                if open.count > ScenarioYAML.Converter.maxDepth {
                    return ScenarioYAML.Converter.nestsTooDeep(at: location())
                }
            }
        }
    }
}
