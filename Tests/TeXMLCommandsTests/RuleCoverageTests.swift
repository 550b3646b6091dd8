import Foundation
import TeXMLGrammar
import TeXMLScenarioYAML
import Testing

@testable import TeXMLCommands

/// `Samples/RULES.md` maps every rule of the recording reference to the scenarios that exercise it,
/// one column per dialect. These tests keep the matrix honest: every cell filled, every scenario
/// present and running in its column's dialect, and no rule left as a known simulator bug.
@Suite("rule coverage matrix")
struct RuleCoverageTests {
    static let samples = CLI.root.appendingPathComponent("Samples")
    static let matrixPath = samples.appendingPathComponent("RULES.md").path

    /// One row of the matrix: the rule and its cell per dialect column.
    struct Row {
        var line: Int
        var rule: String
        var cells: [(dialect: String, text: String)]
    }

    /// Splits a Markdown table line on its unescaped `|` separators.
    static func cells(of line: String) -> [String] {
        var result: [String] = []
        var current = ""
        var previous: Character?
        for character in line {
            if character == "|" && previous != "\\" {
                result.append(current)
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        result.append(current)
        // The text before the first and after the last separator is not a cell.
        return Array(result.dropFirst().dropLast()).map {
            $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\\|", with: "|")
        }
    }

    /// The rows of every table, each cell labelled with its column's dialect (from the header row).
    static func rows(of text: String) -> (rows: [Row], problems: [String]) {
        var rows: [Row] = []
        var problems: [String] = []
        var dialects: [String] = []
        for (index, line) in text.components(separatedBy: "\n").enumerated() where line.hasPrefix("|") {
            let fields = cells(of: line)
            if fields.first == "rule" {
                dialects = Array(fields.dropFirst())
                continue
            }
            if fields.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } }) { continue }
            guard !dialects.isEmpty, fields.count == dialects.count + 1 else {
                problems.append("line \(index + 1): expected \(dialects.count + 1) cells, found \(fields.count)")
                continue
            }
            rows.append(
                Row(
                    line: index + 1, rule: fields[0],
                    cells: zip(dialects, fields.dropFirst()).map { (dialect: $0, text: $1) }))
        }
        return (rows, problems)
    }

    /// Scenario paths named in a cell: `…​.scenario.yaml` in backquotes, relative to `Samples/`.
    static func scenarios(in cell: String) -> [String] {
        cell.components(separatedBy: "`").enumerated().compactMap { index, part in
            index % 2 == 1 && part.hasSuffix(".scenario.yaml") ? part : nil
        }
    }

    /// Rules the simulator does not follow yet, each said in its BUG cell and in an issue's note
    /// (none today). A BUG cell for any other rule fails, and so does a listed rule that has no
    /// BUG cell left (the fix must take it off this list).
    static let knownGaps: [String] = []

    /// Everything wrong with the matrix `text`; `dialect` gives the dialect a scenario runs in
    /// (nil: missing or unloadable).

    static func problems(
        in text: String, dialect: (String) -> String?, knownGaps: [String] = knownGaps
    ) -> [String] {
        let parsed = rows(of: text)
        let rows = parsed.rows
        var problems = parsed.problems
        if rows.isEmpty { problems.append("no rule rows found") }
        for gap in knownGaps
        where !rows.contains(where: { $0.rule.hasPrefix(gap) && $0.cells.contains { $0.1.contains("BUG") } }) {
            problems.append("known gap '\(gap)' has no BUG cell: take it off knownGaps")
        }
        for row in rows {
            if row.rule.isEmpty { problems.append("line \(row.line): a row without a rule") }
            for (column, cell) in row.cells {
                let place = "line \(row.line) (\(row.rule)) [\(column)]"
                if cell.isEmpty {
                    problems.append("\(place): empty cell")
                    continue
                }
                if cell.contains("BUG") {
                    if !knownGaps.contains(where: row.rule.hasPrefix) {
                        problems.append("\(place): simulator bug: \(cell)")
                    }
                    continue
                }
                let paths = scenarios(in: cell)
                if paths.isEmpty {
                    if !(cell.hasPrefix("n/a — ") || cell.contains("(issue 6)")) {
                        problems.append("\(place): names no scenario and is not `n/a — reason`: \(cell)")
                    }
                    continue
                }
                for path in paths {
                    guard let actual = dialect(path) else {
                        problems.append("\(place): \(path) does not exist or does not load")
                        continue
                    }
                    if actual != column {
                        problems.append("\(place): \(path) runs in the \(actual) dialect")
                    }
                }
            }
        }
        return problems
    }

    /// The dialect the simulator runs a scenario in (its `dialect:` key, else its flow's
    /// `<!-- dialect: … -->` comment, else twiml), loaded as `texml test` loads it.
    static func simulatorDialect(_ relativePath: String) -> String? {
        let path = samples.appendingPathComponent(relativePath).path
        guard FileManager.default.fileExists(atPath: path),
            let file = try? ScenarioYAML.load(path), let loaded = file.loaded
        else { return nil }
        return loaded.dialect.rawValue
    }

    @Test func everyRuleIsCoveredInEveryDialectWhereItApplies() throws {
        let text = try String(contentsOfFile: Self.matrixPath, encoding: .utf8)
        let problems = Self.problems(in: text, dialect: Self.simulatorDialect)
        #expect(problems.isEmpty, "Samples/RULES.md:\n\(problems.joined(separator: "\n"))")
        let (rows, _) = Self.rows(of: text)
        #expect(rows.count >= 150)
        #expect(Set(rows.flatMap { $0.cells.map(\.dialect) }) == Set(Dialect.allCases.map(\.rawValue)))
    }

    /// The check above can fail: a missing scenario, an empty cell, a BUG cell outside the known
    /// gaps, a known gap without its BUG cell, a bare remark and a scenario in the wrong column are
    /// each reported.
    @Test func theCheckReportsEveryKindOfGap() {
        let matrix = """
            | rule | twiml | texml |
            |---|---|---|
            | 1.1 good | `voicemail/leave-message.scenario.yaml` | `voicemail/leave-message-texml.scenario.yaml` |
            | 1.1 missing | `voicemail/no-such.scenario.yaml` | n/a — reason |
            | 1.1 empty |  | `voicemail/leave-message-texml.scenario.yaml` |
            | 1.1 bug | BUG: broken | Samples/api/telnyx/ (issue 6) |
            | 1.1 remark | covered somewhere | n/a — reason |
            | 1.1 wrong column | `voicemail/leave-message-texml.scenario.yaml` | `voicemail/leave-message.scenario.yaml` |
            | 1.1 piped \\| rule | n/a — a \\| b | n/a — reason |
            | 1.1 known | BUG: listed | n/a — reason |
            """
        let problems = Self.problems(
            in: matrix, dialect: Self.simulatorDialect, knownGaps: ["1.1 known", "2.3 fixed since"])
        // Six gaps in the rows, and the listed gap this matrix has no BUG cell for; the listed
        // "1.1 known" BUG cell is allowed.
        #expect(problems.count == 7, "\(problems)")
        #expect(
            problems.filter { $0.hasSuffix("take it off knownGaps") } == [
                "known gap '2.3 fixed since' has no BUG cell: take it off knownGaps"
            ])
        #expect(problems.contains { $0.contains("no-such.scenario.yaml does not exist") })
        #expect(problems.contains { $0.contains("(1.1 empty) [twiml]: empty cell") })
        #expect(problems.contains { $0.contains("(1.1 bug) [twiml]: simulator bug") })
        #expect(problems.contains { $0.contains("(1.1 remark) [twiml]: names no scenario") })
        #expect(problems.contains { $0.contains("leave-message-texml.scenario.yaml runs in the texml dialect") })
        #expect(problems.contains { $0.contains("leave-message.scenario.yaml runs in the twiml dialect") })
    }
}
