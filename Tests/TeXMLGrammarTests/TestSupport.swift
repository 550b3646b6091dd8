import Foundation
import TeXMLGrammar
import TeXMLSyntax

/// Paths of the package, found from this file so tests run from any directory.
enum PackagePaths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let samples = root.appendingPathComponent("Samples")

    /// Every `.xml` file below `directory`, sorted.
    static func xmlFiles(under directory: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else {
            return []
        }
        return enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "xml" }
            .sorted { $0.path < $1.path }
    }

    static func relative(_ url: URL) -> String {
        url.path.replacingOccurrences(of: root.path + "/", with: "")
    }
}

/// A diagnostic a fixture expects, written in the fixture itself as
/// `<!-- expected-error@+1:5 [texml.element.unknown] {{did you mean}} -->`.
///
/// `@+N`/`@-N` are relative to the comment's line, `@N` absolute; `:C` is the column; the
/// `{{…}}` part, optional, must occur in the message.
struct ExpectedDiagnostic: Hashable, CustomStringConvertible {
    var severity: DiagnosticSeverity
    /// `expected-error(ignored)@…`; without the parenthesis, the severity's usual effect (an
    /// error fails the call, a warning runs as written).
    var effect: PlatformEffect
    var line: Int
    var column: Int
    var id: String
    var messageFragment: String?

    var description: String {
        "\(severity.rawValue)(\(effect.rawValue))@\(line):\(column) [\(id)]"
            + (messageFragment.map { " {{\($0)}}" } ?? "")
    }

    static func parse(_ source: String) throws -> [ExpectedDiagnostic] {
        let pattern =
            #/expected-(error|warning|note)(?:\((fails-call|ignored|runs)\))?@([+-]?)(\d+):(\d+)\s+\[([a-z0-9.\-]+)\](?:\s+\{\{(.*?)\}\})?/#
        var result: [ExpectedDiagnostic] = []
        for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for match in line.matches(of: pattern) {
                let number = Int(match.4)!
                let target: Int
                switch match.3 {
                case "+": target = index + 1 + number
                case "-": target = index + 1 - number
                default: target = number
                }
                let severity = DiagnosticSeverity(rawValue: String(match.1))!
                let effect =
                    match.2.map { PlatformEffect(rawValue: String($0))! } ?? (severity == .error ? .failsCall : .runs)
                result.append(
                    ExpectedDiagnostic(
                        severity: severity, effect: effect, line: target, column: Int(match.5)!, id: String(match.6),
                        messageFragment: match.7.map(String.init)))
            }
        }
        return result
    }
}
