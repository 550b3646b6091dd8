import TeXMLScenarioYAML
import TeXMLSimulator
import TeXMLSupport

extension ScenarioYAML {
    /// A scenario file read, parsed and loaded: the scenario (nil on any error) and its
    /// diagnostics, ready to render with source snippets.
    struct File {
        var loaded: LoadedScenario?
        var report: FileDiagnostics
    }

    /// Reads (a file, or standard input for `-`), parses and loads the scenario at `path`;
    /// throws only when the file cannot be read.
    static func load(_ path: String) throws(InputError) -> File {
        let input = try InputDocument.load(path, limit: maxBytes)
        if let size = input.oversizedBytes {
            throw InputError(path: path, reason: "\(size) bytes; a scenario file is at most \(maxBytes) bytes")
        }
        let loaded = load(bytes: input.bytes, path: path)
        return File(
            loaded: loaded.scenario,
            report: FileDiagnostics(
                path: path, diagnostics: loaded.diagnostics, lineIndex: loaded.lineIndex, isCallFlow: false))
    }
}
