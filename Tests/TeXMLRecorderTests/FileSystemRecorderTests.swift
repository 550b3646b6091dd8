import Foundation
import TeXMLSupport
import Testing

@testable import TeXMLRecorder

@Suite struct FileSystemRecorderTests {
    var audio: CallAudio {
        var audio = CallAudio()
        audio.inbound = [speechSegment(500, 2500, 5), SoundSegment(start: 2600, end: 2800, sound: .dtmf(key: "#"))]
        audio.outbound = [SoundSegment(start: 0, end: 500, sound: .beep), speechSegment(3000, 4000, 6)]
        return audio
    }

    func metadata(_ artifact: AudioArtifact?, sid: String = "RE1") -> RecordingMetadata {
        RecordingMetadata(
            sid: sid, accountSid: "AC1", callSid: "CA1", source: "RecordVerb",
            status: artifact == nil ? "absent" : "completed",
            channels: artifact?.channels ?? 1, track: "both", format: artifact?.format ?? .wav,
            startTime: "Thu, 01 Jan 2026 00:00:05 +0000", created: 1_767_225_605,
            duration: Int(((artifact?.durationMilliseconds ?? 0) + 999) / 1000),
            durationMilliseconds: artifact?.durationMilliseconds ?? 0, sampleRate: 8000, file: artifact?.fileName,
            url: "https://api.example/Recordings/\(sid)", from: "+15550100", to: "+15550199")
    }

    @Test func wavHasTheCanonicalHeaderAndEveryFrame() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let recorder = FileSystemRecorder(directory: directory)
        let request = RecordingRequest(
            name: "RE1", sampleRate: 16000, channels: [[.inbound], [.outbound]], parts: [.audio(start: 0, end: 4500)])
        let rendered = try recorder.render(request, audio: audio)
        #expect(!fileExists(directory + "/RE1.wav"))
        let temporary = try #require(rendered.temporaryPath)
        #expect(fileExists(temporary) && temporary.hasPrefix(directory + "/."))
        try recorder.store(rendered, metadata: metadata(rendered.artifact))
        #expect(!fileExists(temporary))

        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: directory + "/RE1.wav")))
        let frames = 72000
        #expect(bytes.count == 44 + frames * 4)
        #expect(String(decoding: bytes[0..<4], as: UTF8.self) == "RIFF")
        #expect(littleEndianUInt32(bytes, at: 4) == UInt32(36 + frames * 4))
        #expect(String(decoding: bytes[8..<16], as: UTF8.self) == "WAVEfmt ")
        #expect(littleEndianUInt32(bytes, at: 16) == 16)
        #expect(littleEndianUInt16(bytes, at: 20) == 1)
        #expect(littleEndianUInt16(bytes, at: 22) == 2)
        #expect(littleEndianUInt32(bytes, at: 24) == 16000)
        #expect(littleEndianUInt32(bytes, at: 28) == 64000)
        #expect(littleEndianUInt16(bytes, at: 32) == 4)
        #expect(littleEndianUInt16(bytes, at: 34) == 16)
        #expect(String(decoding: bytes[36..<40], as: UTF8.self) == "data")
        #expect(littleEndianUInt32(bytes, at: 40) == UInt32(frames * 4))

        let artifact = rendered.artifact
        #expect(artifact.frames == Int64(frames) && artifact.durationMilliseconds == 4500)
        #expect(artifact.bytes == Int64(bytes.count) && artifact.fileName == "RE1.wav")
        // The checksum is FNV-1a 64 of the data chunk's bytes read as little-endian 64-bit words.
        #expect(artifact.checksum == wordFNV(bytes[44...]))
        // Samples in the file are the rendered ones.
        let samples = try renderSamples(request, audio: audio).1
        let fileSamples = stride(from: 44, to: bytes.count, by: 2).map {
            Int16(bitPattern: UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8)
        }
        #expect(fileSamples == samples)

        let json = try Data(contentsOf: URL(fileURLWithPath: directory + "/RE1.json"))
        #expect(try JSONDecoder().decode(RecordingMetadata.self, from: json) == metadata(artifact))
        #expect(String(decoding: json, as: UTF8.self).contains(#""url" : "https://api.example/Recordings/RE1""#))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["RE1.json", "RE1.wav"])
    }

    @Test func measuringRecorderMeasuresWhatTheFileHolds() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for format in AudioFormat.allCases {
            for trim in [false, true] {
                for channels: [[Track]] in [[[.inbound], [.outbound]], [[.inbound, .outbound]], [[.outbound]]] {
                    let request = RecordingRequest(
                        name: "m", format: format, channels: channels,
                        parts: [.silence(milliseconds: 700), .audio(start: 0, end: 5000)], trimSilence: trim)
                    let written = try FileSystemRecorder(directory: directory).render(request, audio: audio)
                    var measured = try MeasuringRecorder().render(request, audio: audio).artifact
                    #expect(try MeasuringRecorder().render(request, audio: audio).temporaryPath == nil)
                    if format == .mp3 {
                        #expect(measured.bytes == 0)
                        measured.bytes = written.artifact.bytes
                    }
                    #expect(measured == written.artifact)
                    let size = try FileManager.default.attributesOfItem(atPath: written.temporaryPath!)[.size] as? Int
                    #expect(Int64(size ?? -1) == written.artifact.bytes)
                    FileSystemRecorder(directory: directory).discard(written)
                    #expect(!fileExists(written.temporaryPath!))
                }
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
    }

    @Test func checksumIsTheSameForWAVAndMP3() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var request = RecordingRequest(
            name: "c", channels: [[.inbound], [.outbound]], parts: [.audio(start: 0, end: 4000)])
        let wav = try FileSystemRecorder(directory: directory).render(request, audio: audio).artifact
        request.format = .mp3
        let mp3 = try FileSystemRecorder(directory: directory).render(request, audio: audio).artifact
        #expect(wav.checksum == mp3.checksum && wav.frames == mp3.frames)
        #expect(mp3.fileName == "c.mp3" && mp3.bytes > 0 && mp3.bytes < wav.bytes / 4)
    }

    @Test func storeWithoutAudioWritesOnlyTheMetadata() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let directory = root + "/nested/recordings"
        try FileSystemRecorder(directory: directory).store(nil, metadata: metadata(nil, sid: "RE9"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["RE9.json"])
        let json = try Data(contentsOf: URL(fileURLWithPath: directory + "/RE9.json"))
        #expect(try JSONDecoder().decode(RecordingMetadata.self, from: json) == metadata(nil, sid: "RE9"))
    }

    @Test func missingDirectoryIsCreated() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let directory = root + "/a/b/c"
        let recorder = FileSystemRecorder(directory: directory)
        let request = RecordingRequest(name: "n", channels: [[.inbound]], parts: [.audio(start: 0, end: 100)])
        try recorder.store(try recorder.render(request, audio: audio), metadata: metadata(nil, sid: "n"))
        #expect(fileExists(directory + "/n.wav") && fileExists(directory + "/n.json"))
    }

    @Test func unwritableDirectoryIsReportedAndNothingIsWritten() throws {
        let parent = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        // A regular file where a directory should be: even root cannot create anything under it.
        _ = FileManager.default.createFile(atPath: parent + "/file", contents: Data("x".utf8))
        let recorder = FileSystemRecorder(directory: parent + "/file/recordings")
        let request = RecordingRequest(name: "u", channels: [[.inbound]], parts: [.audio(start: 0, end: 1000)])
        #expect {
            try recorder.render(request, audio: audio)
        } throws: { error in
            let error = error as? RecorderError
            return error?.kind == .unwritableDirectory && error?.path == parent + "/file"
                && error?.message.contains("Not a directory") == true
        }
        #expect {
            try recorder.store(nil, metadata: metadata(nil))
        } throws: { ($0 as? RecorderError)?.kind == .unwritableDirectory }
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["file"])
    }

    /// A recorder whose temporary files are `/dev/full`: every write fails with ENOSPC. `failing`
    /// names the temporaries to fail, by final file name; the others are real.
    func fullDisk(_ directory: String, failing: Set<String>) -> FileSystemRecorder {
        FileSystemRecorder(directory: directory) { (finalPath) throws(RecorderError) in
            let name = String(finalPath.split(separator: "/").last ?? "")
            guard failing.contains(name) else { return try FileOutput(temporaryFor: finalPath) }
            let descriptor = open("/dev/full", O_WRONLY | O_CLOEXEC)
            return FileOutput(path: finalPath + ".test.partial", descriptor: descriptor)
        }
    }

    @Test(arguments: AudioFormat.allCases)
    func diskFullLeavesNoFileAndOlderArtifactsUntouched(format: AudioFormat) throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        _ = FileManager.default.createFile(atPath: directory + "/older.wav", contents: Data("older".utf8))
        let request = RecordingRequest(
            name: "full", format: format, channels: [[.inbound]], parts: [.audio(start: 0, end: 60000)])
        #expect {
            try fullDisk(directory, failing: ["full.\(format.fileExtension)"]).render(request, audio: audio)
        } throws: { error in
            let error = error as? RecorderError
            return error?.kind == .writeFailed && error?.message.contains("No space left on device") == true
                && error?.path == directory + "/full.\(format.fileExtension).test.partial"
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["older.wav"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: directory + "/older.wav")) == Data("older".utf8))
    }

    @Test func metadataWriteFailureLeavesNeitherFile() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let recorder = fullDisk(directory, failing: ["RE2.json"])
        let request = RecordingRequest(name: "RE2", channels: [[.inbound]], parts: [.audio(start: 0, end: 1000)])
        let rendered = try recorder.render(request, audio: audio)
        #expect {
            try recorder.store(rendered, metadata: metadata(rendered.artifact, sid: "RE2"))
        } throws: { ($0 as? RecorderError)?.kind == .writeFailed }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
    }

    @Test func aLinkPlantedAtATemporaryNameIsNeverFollowed() throws {
        // SIDs and names follow from the scenario's seed, so the old fixed temporary names
        // (.<name>.partial) could be planted as links to a file outside the folder.
        let directory = try temporaryDirectory()
        let victimFolder = try temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(atPath: directory)
            try? FileManager.default.removeItem(atPath: victimFolder)
        }
        let victim = victimFolder + "/victim"
        _ = FileManager.default.createFile(atPath: victim, contents: Data("keep me".utf8))
        for name in [".RE3.wav.partial", ".RE3.json.partial"] {
            try FileManager.default.createSymbolicLink(atPath: directory + "/" + name, withDestinationPath: victim)
        }
        let recorder = FileSystemRecorder(directory: directory)
        let request = RecordingRequest(name: "RE3", channels: [[.inbound]], parts: [.audio(start: 0, end: 1000)])
        let rendered = try recorder.render(request, audio: audio)
        try recorder.store(rendered, metadata: metadata(rendered.artifact, sid: "RE3"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: victim)) == Data("keep me".utf8))
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        #expect(names == [".RE3.json.partial", ".RE3.wav.partial", "RE3.json", "RE3.wav"])
        #expect(
            try FileManager.default.destinationOfSymbolicLink(atPath: directory + "/.RE3.wav.partial") == victim)
        // Creating a new file where a link stands fails instead of writing through it.
        #expect {
            try FileOutput(creatingNew: directory + "/.RE3.wav.partial")
        } throws: { ($0 as? RecorderError)?.message.contains("File exists") == true }
    }

    @Test func staleTemporariesAreRemovedAndNothingElse() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let old = Date(timeIntervalSinceNow: -3600)
        for name in [".RE4.wav.k3j2.partial", ".RE4.json.partial", "RE5.wav", ".hidden", "RE6.partial"] {
            _ = FileManager.default.createFile(atPath: directory + "/" + name, contents: Data("x".utf8))
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: directory + "/" + name)
        }
        _ = FileManager.default.createFile(atPath: directory + "/.RE7.wav.fresh.partial", contents: Data())
        try FileManager.default.createSymbolicLink(
            atPath: directory + "/.RE8.wav.link.partial", withDestinationPath: directory + "/RE5.wav")
        let removed = FileSystemRecorder(directory: directory).removeStaleTemporaries()
        #expect(removed == [".RE4.json.partial", ".RE4.wav.k3j2.partial"])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == [
                ".RE7.wav.fresh.partial", ".RE8.wav.link.partial", ".hidden", "RE5.wav", "RE6.partial",
            ])
    }

    @Test func unreadableClipMidRecordingLeavesNoFile() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var audio = self.audio
        audio.clips["broken"] = Array("RIFF....WAVEjunk".utf8)
        // The clip plays after the first chunks are written: the partial file must go.
        audio.outbound.append(SoundSegment(start: 9000, end: 10000, sound: .clip(key: "broken", offset: 0)))
        let request = RecordingRequest(name: "b", channels: [[.outbound]], parts: [.audio(start: 0, end: 10000)])
        #expect {
            try FileSystemRecorder(directory: directory).render(request, audio: audio)
        } throws: { ($0 as? RecorderError)?.kind == .unreadableClip }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
    }

    @Test func unusableRequestsAreRefusedBeforeAnyFile() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let recorder = FileSystemRecorder(directory: directory)
        let requests = [
            RecordingRequest(name: "x", channels: [], parts: [.audio(start: 0, end: 100)]),
            RecordingRequest(name: "x", format: .mp3, sampleRate: 9000, channels: [[.inbound]], parts: []),
            RecordingRequest(name: "x", format: .mp3, channels: [[.inbound], [.inbound], [.outbound]], parts: []),
            RecordingRequest(name: "../x", channels: [[.inbound]], parts: []),
        ]
        for request in requests {
            #expect(throws: RecorderError.self) { try recorder.render(request, audio: audio) }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
    }

    /// Issue 16: a name that would be a hidden file is never written (the store would not list it).
    @Test func theRecorderRefusesAHiddenName() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let recorder = FileSystemRecorder(directory: directory)
        let request = RecordingRequest(
            name: ".hidden", sampleRate: 8000, channels: [[.inbound]], parts: [.audio(start: 0, end: 1000)])
        #expect(throws: RecorderError.self) { try recorder.render(request, audio: CallAudio()) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).filter { !$0.hasPrefix(".") }.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: directory + "/.hidden.wav"))
    }
}

extension String {
    func leftPadded(to length: Int) -> String { String(repeating: "0", count: max(0, length - count)) + self }
}

/// FNV-1a 64 over little-endian 64-bit words, a partial last word zero-filled: the definition of
/// a recording's checksum, computed independently of the recorder.
func wordFNV(_ bytes: ArraySlice<UInt8>) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    var index = bytes.startIndex
    while index < bytes.endIndex {
        var word: UInt64 = 0
        for offset in 0..<8 where index + offset < bytes.endIndex {
            word |= UInt64(bytes[index + offset]) << (8 * UInt64(offset))
        }
        hash = (hash ^ word) &* 0x100_0000_01b3
        index += 8
    }
    return String(hash, radix: 16).leftPadded(to: 16)
}

struct ChecksumTests {
    /// Chunk boundaries (every render is cut in chunks, and a trimmed recording starts anywhere)
    /// do not change the checksum, including a partial last word.
    @Test(arguments: [1, 3, 5, 4096])
    func checksumDoesNotDependOnHowSamplesArrive(_ piece: Int) {
        let samples: [Int16] = (0..<1003).map { Int16(truncatingIfNeeded: $0 &* 7919 &- 30000) }
        var whole = PCMChecksum()
        samples.withUnsafeBufferPointer { whole.add($0) }
        var pieces = PCMChecksum()
        var start = 0
        while start < samples.count {
            let end = min(samples.count, start + piece)
            samples[start..<end].withUnsafeBufferPointer { pieces.add($0) }
            start = end
        }
        #expect(pieces.hex == whole.hex)
        let bytes = samples.flatMap { [UInt8(UInt16(bitPattern: $0) & 0xff), UInt8(UInt16(bitPattern: $0) >> 8)] }
        #expect(whole.hex == wordFNV(bytes[...]))
        // One sample more or less changes it.
        var shorter = PCMChecksum()
        samples.dropLast().withUnsafeBufferPointer { shorter.add($0) }
        #expect(shorter.hex != whole.hex)
    }
}
