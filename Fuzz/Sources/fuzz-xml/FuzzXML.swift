// libFuzzer target: a call-flow document through the reader and the validator of every dialect.
import CFuzzDriver
import FuzzSupport
import TeXMLGrammar
import TeXMLSyntax

/// Small limits, so that the depth, element-count and attribute-length refusals are reached too.
let tightLimits = ReaderLimits(maxBytes: 4096, maxDepth: 6, maxElements: 40, maxAttributeBytes: 32)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let lines = LineIndex(bytes).lineCount
    for dialect in Dialect.allCases {
        let result = Validator(dialect: dialect).validate(bytes)
        checkDiagnostics(result.diagnostics, bytes: size, lines: lines, what: "\(dialect)")
        printDiagnostics("\(dialect)", result.diagnostics)
        _ = result.document
    }
    let tight = Validator(dialect: Dialect.declared(in: bytes) ?? .twiml, readerLimits: tightLimits).validate(bytes)
    checkDiagnostics(tight.diagnostics, bytes: size, lines: lines, what: "tight-limits")
    _ = tight.document
    return 0
}

/// The executable's entry point (SwiftPM links `main` to `fuzz_xml_main`): libFuzzer's driver, with its usual flags.
@_cdecl("fuzz_xml_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        guard let data else { return 0 }
        return fuzz(data, size)
    }
}
