import Foundation
import Testing

@testable import TeXMLSimulator

/// The diagnostics of `settings:`, word for word: the table of settings drives them now, and they
/// read as they did when each setting had its own branch.
@Suite("settings: diagnostics")
struct SettingsDiagnosticsTests {
    /// Every diagnostic of `yaml`: position, id, message and notes.
    static func rendered(_ yaml: String) -> [String] {
        let (_, diagnostics) = loadScenario("flow: f.xml\n" + yaml)
        return diagnostics.map { diagnostic in
            "\(diagnostic.range.start.line):\(diagnostic.range.start.column) \(diagnostic.id) \(diagnostic.message)"
                + diagnostic.notes.map { " [\($0.message)]" }.joined()
        }
    }

    /// One bad value of each form, written out of the table's order: the problems come in the
    /// table's order, as they came in the order of the old branches.
    static let badValues = """
        settings:
          max_recordings_per_call: 1001
          start_recording_source: [a, b]
          record_action_on_hangup: maybe
          words_per_minute: 5
          empty_recording_predicate: silence-onyl
          http_timeout: soon
          record_silence_timer: later
          http_timout: 5s
        """

    static func dump() -> String { rendered(badValues).joined(separator: "\n") }

    /// The allowed keys are the table's, whatever it holds; the old list read the same (21 keys,
    /// `http_timeout` to `max_recordings_per_call` in the table's order).
    @Test("a bad value of each form, and an unknown key, say what they said")
    func badValuesReadAsBefore() {
        let expected = [
            "10:3 texml.scenario.unknown-key unknown key 'http_timout' in settings [did you mean 'http_timeout'?] [allowed keys: "
                + BehaviourSetting.all.map(\.key).joined(separator: ", ") + "]",
            "8:17 texml.scenario.bad-value http_timeout 'soon' is not a duration [write a duration such as 6s, 1.5s, 250ms, 2m or 1h]",
            "6:21 texml.scenario.bad-value words_per_minute must be an integer from 30 to 600, not '5'",
            "9:25 texml.scenario.bad-value record_silence_timer 'later' is not one of the allowed values [allowed: capture, speech]",
            "7:30 texml.scenario.bad-value empty_recording_predicate 'silence-onyl' is not one of the allowed values [did you mean 'silence-only'?] [allowed: no-speech, silence-only, zero-length, silence-within-timeout]",
            "5:28 texml.scenario.bad-value record_action_on_hangup must be true or false, not 'maybe'",
            "4:27 texml.scenario.wrong-type start_recording_source must be a scalar, not a list",
            "3:28 texml.scenario.bad-value max_recordings_per_call must be an integer from 0 to 1000, not '1001'",
        ]
        #expect(Self.rendered(Self.badValues) == expected, "\(Self.dump())")
    }
}
