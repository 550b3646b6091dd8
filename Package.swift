// swift-tools-version: 6.1
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
        .library(name: "TeXMLRecordingStore", targets: ["TeXMLRecordingStore"]),
        .library(name: "TeXMLSupport", targets: ["TeXMLSupport"]),
        .library(name: "TeXMLScenarioYAML", targets: ["TeXMLScenarioYAML"]),
        .library(name: "TeXMLLive", targets: ["TeXMLLive"]),
        .library(name: "TeXMLLiveServer", targets: ["TeXMLLiveServer"]),
        .library(name: "TeXMLReport", targets: ["TeXMLReport"]),
    ],
    // Live mode (`texml call`, `live:` scenarios) is opt-in: its dependencies (swift-crypto, and
    // Hummingbird with SwiftNIO) are most of a first build, so the default CLI leaves them out.
    // `swift build -c release --traits Live` builds it in; the library products build either way.
    traits: [
        .trait(name: "Live", description: "texml call and live: scenarios (TeXMLLive, TeXMLLiveServer)")
    ],
    dependencies: [
        // The CLI's option parsing, help and shell completion; library modules do not depend on it.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Scenario files are YAML; only the scenario adaptor (TeXMLScenarioYAML) reads them, so the
        // other libraries stay YAML-free.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // Live webhooks' signatures (HMAC-SHA1 for Twilio, Ed25519 for Telnyx); only TeXMLLive uses it.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // The platforms' REST API on loopback during a live call; only TeXMLLiveServer uses it, so
        // the other modules stay free of SwiftNIO.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Already Hummingbird's: named to silence its logger (it would print to standard output).
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // Plumbing the other modules share: JSON values, file reading, WAV headers, parallel map.
        // Depends on nothing but the toolchain.
        .target(name: "TeXMLSupport"),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "TeXMLSyntax", dependencies: ["CLibXML2"]),
        .target(name: "TeXMLGrammar", dependencies: ["TeXMLSupport", "TeXMLSyntax"]),
        // The MP3 encoder: Debian's libmp3lame (LAME 3.100), the reference encoder.
        .systemLibrary(
            name: "CLame",
            pkgConfig: "lame",
            providers: [.apt(["libmp3lame-dev"])]
        ),
        // Speech you can understand, on request (`--voice espeak`): Debian's espeak-ng. Only the
        // recorder links it, behind `internal import`, like libmp3lame.
        .systemLibrary(
            name: "CEspeakNG",
            pkgConfig: "espeak-ng",
            providers: [.apt(["libespeak-ng-dev"])]
        ),
        .target(name: "TeXMLRecorder", dependencies: ["CLame", "CEspeakNG", "TeXMLSupport"]),
        // The recordings folder served as Kazoo's recordings API: listing, filters, media, deletion.
        .target(name: "TeXMLRecordingStore", dependencies: ["TeXMLRecorder", "TeXMLSupport"]),
        .target(
            name: "TeXMLSimulator", dependencies: ["TeXMLSupport", "TeXMLSyntax", "TeXMLGrammar", "TeXMLRecorder"]
        ),
        // Scenario files (YAML) to the simulator's positioned tree; the one module that knows Yams.
        .target(
            name: "TeXMLScenarioYAML",
            dependencies: ["TeXMLSyntax", "TeXMLSimulator", .product(name: "Yams", package: "Yams")]
        ),
        // Live calls: webhooks over real HTTP (Foundation's URLSession), signed as the platforms sign
        // them; the one module that opens connections or links crypto.
        .target(
            name: "TeXMLLive",
            dependencies: [
                "TeXMLSupport", "TeXMLSimulator", "TeXMLGrammar", "TeXMLRecorder",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The platforms' REST API and recording media, served on 127.0.0.1 while a live call runs
        // (Hummingbird 2 over SwiftNIO); commands reach the call through TeXMLLive's APIInbox.
        .target(
            name: "TeXMLLiveServer",
            dependencies: [
                "TeXMLLive", "TeXMLSimulator", "TeXMLRecorder", "TeXMLRecordingStore", "TeXMLSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // A call's HTML report: timeline, waveforms, players; one self-contained page per call.
        .target(name: "TeXMLReport", dependencies: ["TeXMLSimulator", "TeXMLRecorder", "TeXMLSupport"]),
        .target(name: "GrammarGenerator"),
        .executableTarget(name: "texml-grammar-gen", dependencies: ["GrammarGenerator"]),
        // Drives the recorder for Benchmarks/record; not a product.
        .executableTarget(name: "texml-record-bench", dependencies: ["TeXMLRecorder"]),
        .target(
            name: "TeXMLCommands",
            dependencies: [
                "TeXMLSupport", "TeXMLSyntax", "TeXMLGrammar", "TeXMLSimulator", "TeXMLRecorder",
                "TeXMLRecordingStore", "TeXMLScenarioYAML", "TeXMLReport",
                .target(name: "TeXMLLive", condition: .when(traits: ["Live"])),
                .target(name: "TeXMLLiveServer", condition: .when(traits: ["Live"])),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "texml", dependencies: ["TeXMLCommands"]),
        // The test targets' shared helpers (running the built `texml`); not a product.
        .target(name: "TeXMLTestSupport", path: "Tests/TeXMLTestSupport"),
        .testTarget(name: "TeXMLSyntaxTests", dependencies: ["TeXMLSyntax"]),
        .testTarget(
            name: "TeXMLGrammarTests",
            dependencies: ["TeXMLGrammar", "GrammarGenerator"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "TeXMLSimulatorTests",
            dependencies: [
                "TeXMLSupport", "TeXMLSimulator", "TeXMLGrammar", "TeXMLRecordingStore", "TeXMLScenarioYAML",
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "TeXMLRecorderTests",
            dependencies: ["TeXMLRecorder", "TeXMLSupport"]
        ),
        .testTarget(
            name: "TeXMLRecordingStoreTests",
            dependencies: ["TeXMLRecordingStore", "TeXMLRecorder", "TeXMLSupport"]
        ),
        .testTarget(
            name: "TeXMLLiveTests",
            dependencies: [
                .target(name: "TeXMLLive", condition: .when(traits: ["Live"])),
                .target(name: "TeXMLLiveServer", condition: .when(traits: ["Live"])),
                "TeXMLSimulator", "TeXMLScenarioYAML", "TeXMLTestSupport", "texml",
            ],
            exclude: ["Fixtures", "requirements.txt"]
        ),
        .testTarget(
            name: "TeXMLReportTests",
            dependencies: [
                "TeXMLReport", "TeXMLSimulator", "TeXMLRecorder", "TeXMLScenarioYAML", "TeXMLSupport",
                "TeXMLTestSupport",
                "texml",
            ]
        ),
        .testTarget(
            name: "TeXMLCommandsTests",
            dependencies: ["TeXMLCommands", "TeXMLScenarioYAML", "TeXMLTestSupport", "texml"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
