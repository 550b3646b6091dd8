import Foundation
import TeXMLSupport
import Testing

@testable import TeXMLScenarioYAML
@testable import TeXMLSimulator

/// docs/trace-events.md's tables are generated from the event types (`TracePayload.allTypes`);
/// this test fails while the committed file is out of date, and with `TEXML_REGENERATE_DOCS=1`
/// rewrites it instead.
@Suite("Generated trace documentation")
struct TraceDocumentationTests {
    @Test("docs/trace-events.md's tables match the event types")
    func documentationIsUpToDate() throws {
        let url = PackagePaths.root.appendingPathComponent(TracePayload.documentationPath)
        let committed = try String(contentsOf: url, encoding: .utf8)
        let generated = try #require(
            TracePayload.updatingDocumentation(committed),
            "\(TracePayload.documentationPath) lacks a section's lines \(TracePayload.documentationBegin(.call)) and \(TracePayload.documentationEnd)"
        )
        if ProcessInfo.processInfo.environment["TEXML_REGENERATE_DOCS"] == "1" {
            if generated != committed { try generated.write(to: url, atomically: true, encoding: .utf8) }
            return
        }
        #expect(
            committed == generated,
            "\(TracePayload.documentationPath) is out of date: run `\(TracePayload.documentationCommand)` and commit the result"
        )
    }

    @Test("every event type has one row, and names are unique")
    func everyEventHasARow() {
        let names = TracePayload.allTypes.map { $0.name }
        #expect(Set(names).count == names.count)
        for section in TraceEventDocumentation.Section.allCases {
            let table = TracePayload.documentation(section)
            for type in TracePayload.allTypes where type.documentation.section == section {
                #expect(table.split(separator: "\n").filter { $0.hasPrefix("| `\(type.name)` |") }.count == 1)
            }
        }
    }

    /// What the docs list is what the simulator writes: every field of every event of every
    /// sample call is documented for its event, in the order the event writes it (the fields
    /// that may follow, `then`, in any order).
    @Test("every field a sample call writes is documented, in its order")
    func sampleTracesWriteOnlyDocumentedFields() throws {
        let documented = Dictionary(
            uniqueKeysWithValues: TracePayload.allTypes.map { ($0.name, $0.documentation) })
        var strays: Set<String> = []
        for relative in SampleScenarioTests.scenarios {
            let path = PackagePaths.samples.appendingPathComponent(relative).path
            let file = ScenarioYAML.load(
                bytes: try FileReading.read(path, limit: ScenarioYAML.maxBytes).get(), path: path)
            guard let scenario = file.scenario else { continue }
            for event in CallSimulator(scenario).run(recorder: LengthOnlyRecorder()).events {
                guard let documentation = documented[event.name] else {
                    strays.insert("\(event.name): not documented")
                    continue
                }
                let fields = documentation.fields.map(\.name)
                let then = Set(documentation.then.map(\.name))
                // Each written field is found in the documented list after the one before it,
                // or among those that may follow.
                var position = fields.startIndex
                for (name, _) in event.fields {
                    if let found = fields[position...].firstIndex(of: name) {
                        position = found + 1
                    } else if then.contains(name) {
                        position = fields.endIndex
                    } else {
                        strays.insert("\(event.name): `\(name)` undocumented or out of order in \(fields)")
                        break
                    }
                }
            }
        }
        #expect(strays.isEmpty, "\(strays.sorted().joined(separator: "\n"))")
    }
}

/// The simulator constructs typed payloads: no event is named by a string at its emit site, and
/// no emit site spells a field name (issue 17, item 4: a typed trace).
@Suite("The simulator's trace is typed")
struct TypedTraceSourceTests {
    /// `emit("call.started", …)`, `emitWarning("…")`: an event named by a string.
    static let namedEmit = #"\bemit\w*\(\s*""#
    /// Fields built by name, `[(String, TraceValue)]`, outside the trace's own types: with every
    /// payload typed, no emit site has a reason to name the field value type.
    static let namedField = #"\bTraceValue\b"#

    /// The files that define the events and their renderings, where field names belong.
    static func ownsFieldNames(_ path: String) -> Bool {
        path.hasPrefix("Trace") || path == "Timeline.swift"
    }

    /// The lines where `pattern` matches the code of `source` (comments and strings blanked, so
    /// a match may span lines), as `line: text` of the line it starts on.
    static func matches(_ pattern: String, in source: String) throws -> [String] {
        let expression = try NSRegularExpression(pattern: pattern)
        let code = SimulatorSources.code(source)
        let lines = source.components(separatedBy: "\n")
        return expression.matches(in: code, range: NSRange(code.startIndex..., in: code)).compactMap { match in
            guard let range = Range(match.range, in: code) else { return nil }
            let line = code[..<range.lowerBound].reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
            return "\(line + 1): \(lines[line].trimmingCharacters(in: .whitespaces))"
        }
    }

    @Test func theScanFindsNamedEventsAndFields() throws {
        let source = """
            emit("call.answered")
            emit(
                "recording.stopped", [("RecordingSid", TraceValue.string(sid))])
            emitWarning(code: nil, "a message", [.url(url)])
            emit(.callAnswered(.init()))
            // emit("in a comment") is not an emit
            """
        #expect(try Self.matches(Self.namedEmit, in: source).map { $0.prefix(2) } == ["1:", "2:"])
        #expect(try Self.matches(Self.namedField, in: source).map { $0.prefix(2) } == ["3:"])
    }

    @Test func noEventIsNamedByAString() throws {
        var strays: [String] = []
        for path in try SimulatorSources.files() {
            let found = try Self.matches(Self.namedEmit, in: SimulatorSources.text(path))
            strays += found.map { "\(path):\($0)" }
        }
        #expect(strays.isEmpty, "emit sites naming their event by a string:\n\(strays.joined(separator: "\n"))")
    }

    @Test func noEmitSiteSpellsAFieldName() throws {
        var strays: [String] = []
        for path in try SimulatorSources.files() where !Self.ownsFieldNames(path) {
            let found = try Self.matches(Self.namedField, in: SimulatorSources.text(path))
            strays += found.map { "\(path):\($0)" }
        }
        #expect(
            strays.isEmpty, "trace fields built by name outside the event types:\n\(strays.joined(separator: "\n"))")
    }
}
