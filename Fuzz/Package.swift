// swift-tools-version: 6.0
// libFuzzer targets for texml (issue 16.7). A separate package so that the main package's build and
// `swift test` never compile them; build and run them with Fuzz/run (see Fuzz/README.md).
import PackageDescription

let package = Package(
    name: "texml-fuzz",
    dependencies: [
        .package(name: "texml", path: ".."),
    ],
    targets: [
        // Declares libFuzzer's LLVMFuzzerRunDriver, which each target's entry point calls.
        .target(name: "CFuzzDriver"),
        // The scenario reader `texml run` uses (the TeXMLScenarioYAML product), and the checks the
        // targets share.
        .target(
            name: "FuzzSupport",
            dependencies: [
                .product(name: "TeXMLSyntax", package: "texml"),
                .product(name: "TeXMLSimulator", package: "texml"),
                .product(name: "TeXMLScenarioYAML", package: "texml"),
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
        // Scenario text: TeXMLScenarioYAML (Yams, budgets, positions) + ScenarioDecoder.
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
