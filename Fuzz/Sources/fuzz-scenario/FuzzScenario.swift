// libFuzzer target: scenario-file text through the CLI's YAML reader and the scenario decoder.
import CFuzzDriver
import FuzzSupport
import TeXMLSimulator
import TeXMLSyntax

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size <= ScenarioText.maxBytes else { return -1 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let index = LineIndex(bytes)
    switch ScenarioText.parse(bytes, lineIndex: index) {
    case .refused(let diagnostic):
        checkDiagnostics([diagnostic], bytes: size, lines: index.lineCount, what: "scenario syntax")
        printDiagnostics("scenario", [diagnostic])
    case .tree(let root):
        let (scenario, diagnostics, references) = ScenarioDecoder.decodeWithReferences(root, defaultName: "fuzz")
        checkDiagnostics(diagnostics, bytes: size, lines: index.lineCount, what: "scenario")
        printDiagnostics("scenario", diagnostics)
        fuzzCheck(
            diagnostics.count <= ScenarioDecoder.maxDiagnostics + 1,
            "\(diagnostics.count) diagnostics, more than \(ScenarioDecoder.maxDiagnostics) + 1")
        fuzzCheck(
            (scenario == nil) == diagnostics.contains { $0.severity == .error },
            "scenario \(scenario == nil ? "nil" : "decoded") with \(diagnostics.map(\.id))")
        _ = references
    }
    return 0
}

/// The executable's entry point (SwiftPM links `main` to `fuzz_scenario_main`): libFuzzer's driver, with its usual flags.
@_cdecl("fuzz_scenario_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        guard let data else { return 0 }
        return fuzz(data, size)
    }
}
