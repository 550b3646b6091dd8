import Foundation
import Testing

@testable import TeXMLRecorder

/// The machine has what the artifact tests read recordings back with, and the README's test
/// command installs it. `ToolTests` skip when a tool is missing, so that each gap fails here
/// once, naming the Debian package, instead of as dozens of unrelated expectations.
@Suite("Reference tools") struct ReferenceToolTests {
    /// A program the suite runs and the Debian package that provides it.
    struct Requirement: Sendable, CustomTestStringConvertible {
        var path: String
        var package: String
        var testDescription: String { "\(path) (\(package))" }
    }

    static let programs = [
        Requirement(path: "/usr/bin/sox", package: "sox"), Requirement(path: "/usr/bin/soxi", package: "sox"),
        Requirement(path: "/usr/bin/ffprobe", package: "ffmpeg"),
        Requirement(path: "/usr/bin/ffmpeg", package: "ffmpeg"),
        Requirement(path: "/usr/bin/lame", package: "lame"),
        Requirement(path: "/usr/bin/xmllint", package: "libxml2-utils"),
    ]

    /// sox reads MP3 only through a format handler Debian ships apart from `sox`.
    static let mp3Handler = "libsox-fmt-mp3"

    @Test("is installed", arguments: programs)
    func programIsInstalled(_ requirement: Requirement) {
        #expect(
            FileManager.default.isExecutableFile(atPath: requirement.path),
            "\(requirement.path) not found: install Debian's \(requirement.package) (the README's test command does)")
    }

    @Test("sox reads the MP3 files the recorder writes")
    func soxReadsMP3() throws {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/soxi"), "soxi not found: install sox")
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let recorder = FileSystemRecorder(directory: directory)
        let request = RecordingRequest(
            name: "probe", format: .mp3, sampleRate: 8000, channels: [[.inbound]], parts: [.silence(milliseconds: 500)])
        var audio = CallAudio()
        audio.inbound = []
        try recorder.store(
            try recorder.render(request, audio: audio),
            metadata: RecordingMetadata(
                sid: "probe", accountSid: "AC", callSid: "CA", source: "RecordVerb", status: "completed", channels: 1,
                track: "inbound", format: .mp3, startTime: "", created: 0, duration: 0, durationMilliseconds: 500,
                sampleRate: 8000, from: "", to: ""))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/soxi")
        process.arguments = ["-t", directory + "/probe.mp3"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(
            process.terminationStatus == 0 && output.hasPrefix("mp3"),
            "soxi cannot read MP3 (\(output.trimmingCharacters(in: .whitespacesAndNewlines))): install Debian's \(Self.mp3Handler)"
        )
    }

    @Test("the README's test command installs every package named here")
    func readmeInstallsThePackages() throws {
        let readme = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
                "../../README.md"),
            encoding: .utf8)
        let command = try #require(
            readme.split(separator: "\n").first {
                $0.hasPrefix("apt-get update && apt-get install") && $0.hasSuffix("&& swift test --traits Live")
            },
            "README.md has no 'apt-get update && apt-get install … && swift test --traits Live' line")
        let words = Set(command.split(separator: " ").map(String.init))
        for package in Self.programs.map(\.package) + [Self.mp3Handler] {
            #expect(words.contains(package), "the README's test command does not install \(package)")
        }
    }
}
