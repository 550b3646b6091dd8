import Foundation
import TeXMLScenarioYAML
import TeXMLSimulator
import TeXMLSyntax

/// What `texml run` does with a scenario file's bytes once read, in memory: the UTF-8 check, the
/// YAML parse and the conversion to the simulator's tree, by the library the CLI uses
/// (``ScenarioYAML/parse(_:lineIndex:)`` of TeXMLScenarioYAML). Every fuzzer reading scenarios goes
/// through it.
public enum ScenarioText {
    public enum Parsed {
        case tree(ScenarioNode)
        case refused(Diagnostic)
    }

    /// Largest scenario file the CLI reads; larger inputs are skipped (the CLI refuses them unread).
    public static var maxBytes: Int { ScenarioYAML.maxBytes }

    public static func parse(_ bytes: [UInt8], lineIndex: LineIndex) -> Parsed {
        switch ScenarioYAML.parse(bytes, lineIndex: lineIndex) {
        case .tree(let root): return .tree(root)
        case .failure(let diagnostic): return .refused(diagnostic)
        }
    }
}

/// Stops the fuzzer with a message (a "crash" libFuzzer saves a reproducer for) when an invariant fails.
public func fuzzCheck(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("fuzz invariant: " + message()) }
}

/// Checks what every diagnostic must satisfy, whatever the input: a position inside the input
/// (offset at most its length, line at most its line count, 1-based columns) and a message.
public func checkDiagnostics(_ diagnostics: [Diagnostic], bytes: Int, lines: Int, what: String) {
    for diagnostic in diagnostics {
        for location in [diagnostic.range.start, diagnostic.range.end] {
            fuzzCheck(
                location.offset >= 0 && location.offset <= bytes && location.line >= 1 && location.line <= lines + 1
                    && location.column >= 1,
                "\(what) diagnostic \(diagnostic.id) at \(location) (offset \(location.offset)) outside "
                    + "\(bytes) bytes / \(lines) lines: \(diagnostic.message)")
        }
        fuzzCheck(!diagnostic.message.isEmpty, "\(what) diagnostic \(diagnostic.id) without a message")
    }
}

/// Whether to print what each input gave (`TEXML_FUZZ_PRINT=1 fuzz-<target> file…`): for triage.
public let printResults = getenv("TEXML_FUZZ_PRINT") != nil

public func printDiagnostics(_ what: String, _ diagnostics: [Diagnostic]) {
    guard printResults else { return }
    for diagnostic in diagnostics {
        print("\(what): \(diagnostic.severity.rawValue)@\(diagnostic.range.start)-\(diagnostic.range.end) [\(diagnostic.id)] \(diagnostic.message)")
    }
}
