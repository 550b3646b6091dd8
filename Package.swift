// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "texml",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "texml", targets: ["texml"]),
        .library(name: "TeXMLSyntax", targets: ["TeXMLSyntax"]),
        .library(name: "TeXMLGrammar", targets: ["TeXMLGrammar"]),
        .library(name: "TeXMLSimulator", targets: ["TeXMLSimulator"]),
        .library(name: "TeXMLRecorder", targets: ["TeXMLRecorder"]),
    ],
    dependencies: [
        // The CLI's option parsing, help and shell completion; library modules do not depend on it.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Scenario files are YAML; only the CLI reads them, so the libraries stay YAML-free.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "TeXMLSyntax", dependencies: ["CLibXML2"]),
        .target(name: "TeXMLGrammar", dependencies: ["TeXMLSyntax"]),
        // The MP3 encoder: Debian's libmp3lame (LAME 3.100), the reference encoder.
        .systemLibrary(
            name: "CLame",
            pkgConfig: "lame",
            providers: [.apt(["libmp3lame-dev"])]
        ),
        .target(name: "TeXMLRecorder", dependencies: ["CLame"]),
        .target(name: "TeXMLSimulator", dependencies: ["TeXMLSyntax", "TeXMLGrammar", "TeXMLRecorder"]),
        .target(name: "GrammarGenerator"),
        .executableTarget(name: "texml-grammar-gen", dependencies: ["GrammarGenerator"]),
        // Drives the recorder for Benchmarks/record; not a product.
        .executableTarget(name: "texml-record-bench", dependencies: ["TeXMLRecorder"]),
        .target(
            name: "TeXMLCommands",
            dependencies: [
                "TeXMLSyntax", "TeXMLGrammar", "TeXMLSimulator", "TeXMLRecorder",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(name: "texml", dependencies: ["TeXMLCommands"]),
        .testTarget(name: "TeXMLSyntaxTests", dependencies: ["TeXMLSyntax"]),
        .testTarget(
            name: "TeXMLGrammarTests",
            dependencies: ["TeXMLGrammar", "GrammarGenerator"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "TeXMLSimulatorTests",
            dependencies: ["TeXMLSimulator", "TeXMLGrammar", "TeXMLCommands"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "TeXMLRecorderTests",
            dependencies: ["TeXMLRecorder"]
        ),
        .testTarget(
            name: "TeXMLCommandsTests",
            dependencies: ["TeXMLCommands", "texml"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
