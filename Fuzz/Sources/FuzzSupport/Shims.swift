// Stand-ins for the three TeXMLCommands types ScenarioYAML.swift names (in ScenarioYAML.load, which the
// fuzzers never call: they have the bytes already). If the CLI's versions change shape, this file fails
// to compile rather than drifting silently.
import TeXMLSyntax

struct InputDocument: Sendable {
    var path: String
    var bytes: [UInt8]
    var oversizedBytes: Int?

    static func load(_ path: String, limit: Int) throws(InputError) -> InputDocument {
        throw InputError(path: path, reason: "the fuzz targets read no files")
    }
}

struct InputError: Error, CustomStringConvertible {
    var path: String
    var reason: String
    var description: String { "texml: cannot read '\(path)': \(reason)" }
}

struct FileDiagnostics: Sendable {
    var path: String
    var diagnostics: [Diagnostic]
    var lineIndex: LineIndex?
    var isCallFlow = true
}
