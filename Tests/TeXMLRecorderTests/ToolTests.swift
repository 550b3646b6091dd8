import Foundation
import Testing

@testable import TeXMLRecorder

/// The artifacts as other tools read them: soxi (sox) and ffprobe/ffmpeg (FFmpeg).
@Suite struct ToolTests {
    static let haveTools = ["/usr/bin/soxi", "/usr/bin/ffprobe", "/usr/bin/ffmpeg"].allSatisfy {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    var audio: CallAudio {
        var audio = CallAudio()
        audio.inbound = [speechSegment(0, 3000, 1)]
        audio.outbound = [speechSegment(3200, 6100, 2)]
        return audio
    }

    func write(_ request: RecordingRequest, in directory: String) throws -> AudioArtifact {
        let recorder = FileSystemRecorder(directory: directory)
        let rendered = try recorder.render(request, audio: audio)
        try recorder.store(
            rendered,
            metadata: RecordingMetadata(
                sid: request.name, accountSid: "AC", callSid: "CA", source: "RecordVerb", status: "completed",
                channels: rendered.artifact.channels, track: "both", format: request.format, startTime: "",
                created: 0, duration: 0, durationMilliseconds: rendered.artifact.durationMilliseconds,
                sampleRate: request.sampleRate, from: "", to: ""))
        return rendered.artifact
    }

    /// ffprobe's stream fields by name.
    func probe(_ path: String) throws -> [String: String] {
        let output =
            try runTool(
                "/usr/bin/ffprobe",
                [
                    "-v", "error", "-select_streams", "a:0", "-show_entries",
                    "stream=sample_rate,channels,start_time,duration",
                    "-of", "default=noprint_wrappers=1", path,
                ]) ?? ""
        var fields: [String: String] = [:]
        for line in output.split(separator: "\n") {
            let pair = line.split(separator: "=", maxSplits: 1)
            if pair.count == 2 { fields[String(pair[0])] = String(pair[1]) }
        }
        return fields
    }

    /// Samples per channel FFmpeg decodes, honouring the LAME tag's delay and padding.
    func decodedFrames(_ path: String, channels: Int) throws -> Int {
        let output = try runTool(
            "/usr/bin/ffmpeg", ["-v", "error", "-i", path, "-f", "s16le", "-acodec", "pcm_s16le", "-y", path + ".raw"])
        #expect(output != nil)
        let size = try FileManager.default.attributesOfItem(atPath: path + ".raw")[.size] as? Int ?? 0
        return size / 2 / channels
    }

    @Test(.enabled(if: haveTools), arguments: [(8000, 2), (8000, 1), (16000, 1), (44100, 2)])
    func wavAsSoxAndFFmpegReadIt(rate: Int, channels: Int) throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let request = RecordingRequest(
            name: "w", sampleRate: rate,
            channels: channels == 2 ? [[.inbound], [.outbound]] : [[.inbound, .outbound]],
            parts: [.audio(start: 0, end: 6100)], trimSilence: true)
        let artifact = try write(request, in: directory)
        let path = directory + "/w.wav"
        #expect(try runTool("/usr/bin/soxi", ["-s", path]) == String(artifact.frames))
        #expect(try runTool("/usr/bin/soxi", ["-c", path]) == String(channels))
        #expect(try runTool("/usr/bin/soxi", ["-r", path]) == String(rate))
        #expect(try runTool("/usr/bin/soxi", ["-b", path]) == "16")
        let fields = try probe(path)
        #expect(fields["sample_rate"] == String(rate) && fields["channels"] == String(channels))
        let duration = try #require(Double(fields["duration"] ?? ""))
        #expect(abs(duration - Double(artifact.frames) / Double(rate)) < 0.001)
    }

    /// ffprobe's `duration` and soxi's length count every MPEG frame, LAME's encoder delay and
    /// end padding included; ffprobe's `start_time` is that delay, read from the LAME tag. So the
    /// length is checked as duration − start_time (within one frame), FFmpeg's decoded sample
    /// count (exact: it trims by the tag) and soxi's count (the padded stream: at most four frames over).
    @Test(.enabled(if: haveTools), arguments: [(8000, 2), (8000, 1), (22050, 1), (44100, 2), (48000, 1)])
    func mp3AsSoxAndFFmpegReadIt(rate: Int, channels: Int) throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let request = RecordingRequest(
            name: "m", format: .mp3, sampleRate: rate,
            channels: channels == 2 ? [[.inbound], [.outbound]] : [[.inbound, .outbound]],
            parts: [.silence(milliseconds: 333), .audio(start: 0, end: 6100)])
        let artifact = try write(request, in: directory)
        let path = directory + "/m.mp3"
        let frameSamples = rate <= 24000 ? 576 : 1152
        let fields = try probe(path)
        #expect(fields["sample_rate"] == String(rate) && fields["channels"] == String(channels))
        let duration = try #require(Double(fields["duration"] ?? ""))
        let start = try #require(Double(fields["start_time"] ?? ""))
        let samples = (duration - start) * Double(rate)
        #expect(abs(samples - Double(artifact.frames)) <= Double(frameSamples), "ffprobe: \(samples)")
        #expect(try decodedFrames(path, channels: channels) == Int(artifact.frames))
        #expect(try runTool("/usr/bin/soxi", ["-c", path]) == String(channels))
        #expect(try runTool("/usr/bin/soxi", ["-r", path]) == String(rate))
        let soxSamples = try #require(Int(try runTool("/usr/bin/soxi", ["-s", path]) ?? ""))
        #expect(soxSamples >= Int(artifact.frames) && soxSamples <= Int(artifact.frames) + 4 * frameSamples)
    }

    @Test(.enabled(if: haveTools)) func transcodedWAVIsTheSameLengthAsMP3() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let request = RecordingRequest(
            name: "t", channels: [[.inbound], [.outbound]], parts: [.audio(start: 0, end: 6100)])
        let artifact = try write(request, in: directory)
        try encodeMP3(fromWAV: directory + "/t.wav", to: directory + "/t.mp3")
        let fields = try probe(directory + "/t.mp3")
        #expect(fields["sample_rate"] == "8000" && fields["channels"] == "2")
        #expect(try decodedFrames(directory + "/t.mp3", channels: 2) == Int(artifact.frames))
        // Byte for byte what the recorder writes for an MP3 request of the same audio.
        var mp3Request = request
        mp3Request.format = .mp3
        mp3Request.name = "direct"
        _ = try write(mp3Request, in: directory)
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: directory + "/t.mp3"))
                == Data(contentsOf: URL(fileURLWithPath: directory + "/direct.mp3")))
    }

    /// Trimming finds no sound to trim to in a silent recording: it keeps it whole (whether a
    /// silent recording counts as empty is the simulator's policy, reference 2.3).
    @Test func trimmingKeepsASilentRecordingWhole() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let request = RecordingRequest(
            name: "s", channels: [[.inbound]], parts: [.silence(milliseconds: 2000)], trimSilence: true)
        let artifact = try write(request, in: directory)
        #expect(artifact.isSilent && artifact.frames == 16_000 && artifact.durationMilliseconds == 2000)
        #expect(artifact.trimmedStart == 0)
    }

    @Test(.enabled(if: haveTools), arguments: AudioFormat.allCases)
    func recordingOfNothingIsAnEmptyButValidFile(format: AudioFormat) throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let request = RecordingRequest(name: "e", format: format, channels: [[.inbound]], parts: [], trimSilence: true)
        let artifact = try write(request, in: directory)
        #expect(artifact.isSilent && artifact.frames == 0 && artifact.durationMilliseconds == 0)
        let path = directory + "/e." + format.fileExtension
        #expect(try runTool("/usr/bin/soxi", ["-c", path]) == "1")
        if format == .wav {
            #expect(artifact.bytes == 44)
            #expect(try decodedFrames(path, channels: 1) == 0)
        } else {
            // With no samples, LAME's tag cannot describe less than its two frames: FFmpeg gives
            // back under one frame of digital silence.
            #expect(try decodedFrames(path, channels: 1) < 576)
            let decoded = try Data(contentsOf: URL(fileURLWithPath: path + ".raw"))
            #expect(decoded.allSatisfy { $0 == 0 })
        }
    }

    @Test func transcodingAnUnreadableFileLeavesNoMP3() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        _ = FileManager.default.createFile(atPath: directory + "/bad.wav", contents: Data("RIFF0000WAVEdata".utf8))
        for source in [directory + "/bad.wav", directory + "/missing.wav"] {
            #expect {
                try encodeMP3(fromWAV: source, to: directory + "/out.mp3")
            } throws: { ($0 as? RecorderError)?.kind == .unreadableClip && ($0 as? RecorderError)?.path == source }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["bad.wav"])
    }
}
