import Foundation
import TeXMLRecorder
import TeXMLSimulator
import TeXMLSyntax

/// The golden text of a simulated call: what `texml test` pins and a reviewer reads.
///
/// Format version 3 (2 with the checksum over 64-bit words): a header (format line, scenario name, dialect), the timeline exactly as
/// `texml run --format text --color never` prints it, the outcome, then one block per recording
/// (file name, format, channels, sample rate, duration, frames, checksum of the PCM audio).
/// Everything in it comes from the trace and the rendered audio, which are deterministic: no
/// absolute paths (documents are named as the scenario writes them), no wall-clock times, no
/// versions, and the checksum is of the samples fed to the encoder, not of the encoder's bytes.
/// A change to texml that alters any line of an existing golden is a behaviour change and says
/// so in its commit.
enum GoldenText {
    static let formatLine = "# texml golden v3"

    static func render(scenario: Scenario, dialect: String, result: SimulationResult) -> String {
        var text = formatLine + "\n"
        text += "scenario: " + scenario.name + "\n"
        text += "dialect: " + dialect + "\n\n"
        text += TimelineRenderer(color: false).render(result.events)
        let outcome = result.outcome
        text +=
            "\noutcome: status=\(outcome.status.rawValue) reason=\(outcome.reason.rawValue) duration=\(outcome.duration.secondsText)"
        text += outcome.hadError ? " platform-error" : ""
        text += "\n"
        for recording in result.recordings { text += "\n" + recordingBlock(recording) }
        // The timeline is escaped already; the name and the recordings' reasons come from the
        // scenario and the recorder, and a golden is read in a terminal.
        return TerminalText.escapedLines(text)
    }

    /// One recording: what it is, then its artifact (or why there is none).
    static func recordingBlock(_ recording: RecordingResult) -> String {
        let metadata = recording.metadata
        var text = "recording \(metadata.sid)\n"
        text += "  source: \(metadata.source)  status: \(metadata.status)  track: \(metadata.track)\n"
        guard let artifact = recording.artifact else {
            if let code = metadata.errorCode { text += "  error_code: \(code)\n" }
            if let reason = metadata.reason { text += "  reason: \(reason)\n" }
            return text
        }
        let duration = SimTime(milliseconds: artifact.durationMilliseconds)
        text += "  file: \(artifact.fileName)\n"
        text += "  format: \(artifact.format.rawValue)  channels: \(artifact.channels)  rate: \(artifact.sampleRate)\n"
        text += "  duration: \(duration.secondsText)  frames: \(artifact.frames)"
        if artifact.trimmedStart > 0 {
            text += "  trimmed_start: \(SimTime(milliseconds: artifact.trimmedStart).secondsText)"
        }
        text += "\n  checksum: fnv1a64-words:\(artifact.checksum)\n"
        return text
    }

    /// The golden file beside a scenario: `leave-message.scenario.yaml` → `leave-message.golden`.
    static func goldenPath(for scenarioPath: String) -> String {
        for suffix in [".scenario.yaml", ".scenario.yml", ".scenario.json"] where scenarioPath.hasSuffix(suffix) {
            return String(scenarioPath.dropLast(suffix.count)) + ".golden"
        }
        return scenarioPath + ".golden"
    }

    /// Whether a file name is a scenario `texml test` discovers.
    static func isScenario(_ path: String) -> Bool {
        path.hasSuffix(".scenario.yaml") || path.hasSuffix(".scenario.yml") || path.hasSuffix(".scenario.json")
    }
}

/// A line diff in unified format (longest common subsequence, three lines of context).
enum UnifiedDiff {
    static func render(expected: String, actual: String, expectedName: String, actualName: String, color: Bool)
        -> String
    {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let edits = script(old, new)
        guard edits.contains(where: { $0.kind != .same }) else { return "" }
        func paint(_ line: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(line)\u{1B}[0m" : line }
        var output =
            paint("--- " + TerminalText.escaped(expectedName), "1") + "\n"
            + paint("+++ " + TerminalText.escaped(actualName), "1") + "\n"
        // Group edits into hunks with three lines of context.
        let context = 3
        var index = 0
        while index < edits.count {
            guard let firstChange = edits[index...].firstIndex(where: { $0.kind != .same }) else { break }
            var start = max(firstChange - context, index)
            if start < index { start = index }
            var end = firstChange
            var lastChange = firstChange
            while end < edits.count {
                if edits[end].kind != .same { lastChange = end }
                if end - lastChange > 2 * context { break }
                end += 1
            }
            end = min(lastChange + context + 1, edits.count)
            let hunk = edits[start..<end]
            let oldStart = (hunk.first { $0.kind != .insert }?.oldLine ?? 0) + 1
            let newStart = (hunk.first { $0.kind != .delete }?.newLine ?? 0) + 1
            let oldCount = hunk.filter { $0.kind != .insert }.count
            let newCount = hunk.filter { $0.kind != .delete }.count
            output += paint("@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@", "36") + "\n"
            for edit in hunk {
                // A golden on disk may hold anything: its lines print escaped.
                let text = TerminalText.escaped(edit.text)
                switch edit.kind {
                case .same: output += " " + text + "\n"
                case .delete: output += paint("-" + text, "31") + "\n"
                case .insert: output += paint("+" + text, "32") + "\n"
                }
            }
            index = end
        }
        return output
    }

    struct Edit {
        enum Kind { case same, delete, insert }
        var kind: Kind
        var text: String
        var oldLine: Int
        var newLine: Int
    }

    static func script(_ old: [String], _ new: [String]) -> [Edit] {
        // Trim the common prefix and suffix first: goldens usually differ in a few lines.
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
            old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
        {
            suffix += 1
        }
        let a = Array(old[prefix..<(old.count - suffix)])
        let b = Array(new[prefix..<(new.count - suffix)])
        var lengths = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        if !a.isEmpty, !b.isEmpty {
            for i in stride(from: a.count - 1, through: 0, by: -1) {
                for j in stride(from: b.count - 1, through: 0, by: -1) {
                    lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
                }
            }
        }
        var edits: [Edit] = (0..<prefix).map { Edit(kind: .same, text: old[$0], oldLine: $0, newLine: $0) }
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                edits.append(Edit(kind: .same, text: a[i], oldLine: prefix + i, newLine: prefix + j))
                i += 1
                j += 1
            } else if i < a.count, j == b.count || lengths[i + 1][j] >= lengths[i][j + 1] {
                // Deletions before insertions, as diff prints them.
                edits.append(Edit(kind: .delete, text: a[i], oldLine: prefix + i, newLine: prefix + j))
                i += 1
            } else {
                edits.append(Edit(kind: .insert, text: b[j], oldLine: prefix + i, newLine: prefix + j))
                j += 1
            }
        }
        for k in 0..<suffix {
            edits.append(
                Edit(
                    kind: .same, text: old[old.count - suffix + k], oldLine: old.count - suffix + k,
                    newLine: new.count - suffix + k))
        }
        return edits
    }
}
