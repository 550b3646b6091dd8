// swift-tools-version: 6.0
// libFuzzer targets for texml (issue 16.7). A separate package so that the main package's build and
// `swift test` never compile them; build and run them with Fuzz/run (see Fuzz/README.md).
import PackageDescription

let package = Package(
    name: "texml-fuzz",
    dependencies: [
        .package(name: "texml", path: ".."),
        // The main package's YAML parser, for the CLI's scenario reader (see FuzzSupport).
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // Declares libFuzzer's LLVMFuzzerRunDriver, which each target's entry point calls.
        .target(name: "CFuzzDriver"),
        // The CLI's ScenarioYAML.swift (a symbolic link: the very code `texml run` uses), which the
        // main package exposes in no library product, plus stand-ins for the three CLI types it names.
        .target(
            name: "FuzzSupport",
            dependencies: [
                .product(name: "TeXMLSyntax", package: "texml"),
                .product(name: "TeXMLSimulator", package: "texml"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // XMLReader + Validator (every dialect) + typed AST.
        .executableTarget(
            name: "fuzz-xml",
            dependencies: [
                "FuzzSupport", "CFuzzDriver",
                .product(name: "TeXMLSyntax", package: "texml"),
                .product(name: "TeXMLGrammar", package: "texml"),
            ]
        ),
        // Scenario text: ScenarioYAML (Yams, budgets, positions) + ScenarioDecoder.
        .executableTarget(
            name: "fuzz-scenario",
            dependencies: ["FuzzSupport", "CFuzzDriver", .product(name: "TeXMLSimulator", package: "texml")]
        ),
        // A whole `texml run`: fuzzed scenario + fuzzed flow (and webhook documents), NUL-separated.
        .executableTarget(
            name: "fuzz-run",
            dependencies: [
                "FuzzSupport", "CFuzzDriver",
                .product(name: "TeXMLSimulator", package: "texml"),
                .product(name: "TeXMLRecorder", package: "texml"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
