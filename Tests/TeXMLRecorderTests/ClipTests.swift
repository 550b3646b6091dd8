import Foundation
import Testing

@testable import TeXMLRecorder

@Suite struct ClipTests {
    func render(_ audio: CallAudio, milliseconds: Int64, rate: Int = 8000) throws -> [Int16] {
        let request = RecordingRequest(
            name: "c", sampleRate: rate, channels: [[.outbound]], parts: [.audio(start: 0, end: milliseconds)])
        return try renderSamples(request, audio: audio).1
    }

    @Test func sameRateClipIsReproducedExactlyFromItsOffset() throws {
        let clip = noiseSamples(count: 8000, seed: 42)
        var audio = CallAudio()
        audio.clips["prompt"] = wavFile(samples: clip, sampleRate: 8000)
        audio.outbound = [SoundSegment(start: 500, end: 2000, sound: .clip(key: "prompt", offset: 250))]
        let samples = try render(audio, milliseconds: 2000)
        #expect(samples[0..<4000].allSatisfy { $0 == 0 })
        // 250 ms into the clip at 500 ms of call time; the clip ends 750 ms later, then silence.
        #expect(Array(samples[4000..<10000]) == Array(clip[2000...]))
        #expect(samples[10000...].allSatisfy { $0 == 0 })
    }

    @Test func clipIsResampledToTheRecordingRate() throws {
        // One second of 440 Hz at 44.1 kHz, stereo float: mixed to mono, resampled to 8 kHz.
        var raw: [UInt8] = []
        for index in 0..<44100 {
            let value = Float(0.5 * sin(2 * Double.pi * 440 * Double(index) / 44100))
            for _ in 0..<2 { withUnsafeBytes(of: value.bitPattern.littleEndian) { raw += $0 } }
        }
        var audio = CallAudio()
        audio.clips["tone"] = wavFile(rawSamples: raw, channels: 2, sampleRate: 44100, bits: 32, float: true)
        audio.outbound = [SoundSegment(start: 0, end: 3000, sound: .clip(key: "tone", offset: 0))]
        let samples = try render(audio, milliseconds: 3000)
        let values = samples.map(Double.init)
        #expect(abs(toneAmplitude(values[400..<7600], frequency: 440, sampleRate: 8000) - 0.5) < 0.01)
        let lastLoud = try #require(samples.lastIndex(where: isLoud))
        #expect(abs(lastLoud - 8000) <= 2)
        #expect(samples[8000...].allSatisfy { $0 == 0 })
        // Upsampled, the same second lasts 44100 × 48000 / 44100 samples.
        let upsampled = try render(audio, milliseconds: 3000, rate: 48000)
        #expect(abs(try #require(upsampled.lastIndex(where: isLoud)) - 48000) <= 6)
    }

    @Test func integerWidthsDecode() throws {
        // The same four values as 8-bit unsigned, 24-bit and 32-bit.
        let values: [Int16] = [0, 256, -256, 32512]
        let eightBit = values.map { UInt8(Int($0 >> 8) + 128) }
        var twentyFour: [UInt8] = []
        var thirtyTwo: [UInt8] = []
        for value in values {
            let bits = UInt16(bitPattern: value)
            twentyFour += [0x7f, UInt8(bits & 0xff), UInt8(bits >> 8)]
            thirtyTwo += [0x12, 0x34, UInt8(bits & 0xff), UInt8(bits >> 8)]
        }
        for (raw, bits) in [(eightBit, 8), (twentyFour, 24), (thirtyTwo, 32)] {
            var audio = CallAudio()
            audio.clips["c"] = wavFile(rawSamples: raw, channels: 1, sampleRate: 8000, bits: bits)
            audio.outbound = [SoundSegment(start: 0, end: 1, sound: .clip(key: "c", offset: 0))]
            let request = RecordingRequest(name: "c", channels: [[.outbound]], parts: [.audio(start: 0, end: 1)])
            #expect(
                try renderSamples(request, audio: audio).1 == [0, 256, -256, 32512] + [0, 0, 0, 0], "\(bits) bits")
        }
    }

    @Test func unreadableOrMissingClipIsAnError() throws {
        var audio = CallAudio()
        audio.clips["junk"] = Array("not a wave file at all".utf8)
        audio.clips["adpcm"] = wavFile(rawSamples: [0, 0], channels: 1, sampleRate: 8000, bits: 4)
        for key in ["junk", "adpcm", "missing"] {
            audio.outbound = [SoundSegment(start: 0, end: 1000, sound: .clip(key: key, offset: 0))]
            #expect {
                try MeasuringRecorder().render(
                    RecordingRequest(name: "c", channels: [[.outbound]], parts: [.audio(start: 0, end: 1000)]),
                    audio: audio)
            } throws: { error in
                (error as? RecorderError)?.kind == .unreadableClip && (error as? RecorderError)?.path == key
            }
        }
    }
}
