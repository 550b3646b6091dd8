import Foundation
import Testing

@testable import TeXMLRecorder

@Suite struct SynthesisTests {
    func render(_ segments: [SoundSegment], milliseconds: Int64, rate: Int = 8000) throws -> [Double] {
        var audio = CallAudio()
        audio.inbound = segments
        let request = RecordingRequest(
            name: "t", sampleRate: rate, channels: [[.inbound]], parts: [.audio(start: 0, end: milliseconds)])
        return channel(try renderSamples(request, audio: audio).1, 0, of: 1)
    }

    @Test func beepIsA1000HzToneAtMinus8dBFS() throws {
        let samples = try render([SoundSegment(start: 0, end: 500, sound: .beep)], milliseconds: 500)
        #expect(abs(toneAmplitude(samples[...], frequency: 1000, sampleRate: 8000) - 0.398) < 0.01)
        #expect(toneAmplitude(samples[...], frequency: 700, sampleRate: 8000) < 0.005)
        #expect(abs(dBFS(rms(samples) * 2.0.squareRoot()) - -8) < 0.2)
    }

    @Test func noBeepWhereNoneWasPlayed() throws {
        let samples = try render([speechSegment(0, 2000, 3)], milliseconds: 2000)
        #expect(toneAmplitude(samples[...], frequency: 1000, sampleRate: 8000) < 0.02)
    }

    /// The keypad's rows (697–941 Hz) and columns (1209–1633 Hz), written out independently of
    /// the recorder's table.
    static let keypad: [(key: String, low: Int, high: Int)] = [
        ("1", 697, 1209), ("2", 697, 1336), ("3", 697, 1477), ("A", 697, 1633),
        ("4", 770, 1209), ("5", 770, 1336), ("6", 770, 1477), ("B", 770, 1633),
        ("7", 852, 1209), ("8", 852, 1336), ("9", 852, 1477), ("C", 852, 1633),
        ("*", 941, 1209), ("0", 941, 1336), ("#", 941, 1477), ("D", 941, 1633),
    ]

    @Test func dtmfKeyIsItsTwoTonesAndNoOthers() throws {
        for (key, low, high) in Self.keypad {
            let samples = try render([SoundSegment(start: 0, end: 200, sound: .dtmf(key: key))], milliseconds: 200)
            for frequency in [697, 770, 852, 941, 1209, 1336, 1477, 1633] {
                let amplitude = toneAmplitude(samples[...], frequency: Double(frequency), sampleRate: 8000)
                if frequency == low || frequency == high {
                    #expect(abs(amplitude - 0.316) < 0.02, "key \(key) at \(frequency) Hz: \(amplitude)")
                } else {
                    #expect(amplitude < 0.01, "key \(key) leaks at \(frequency) Hz: \(amplitude)")
                }
            }
        }
    }

    @Test func unknownKeyIsSilent() throws {
        let samples = try render([SoundSegment(start: 0, end: 200, sound: .dtmf(key: "X"))], milliseconds: 200)
        #expect(samples.allSatisfy { $0 == 0 })
    }

    @Test func ringbackIsTwoSecondsOnFourOffFromTheSegmentStart() throws {
        let samples = try render([SoundSegment(start: 1000, end: 13000, sound: .ringback)], milliseconds: 13000)
        func level(_ from: Int, _ to: Int) -> Double { rms(samples[(from * 8)..<(to * 8)]) }
        #expect(level(0, 1000) == 0)
        #expect(level(1000, 3000) > 1000)
        #expect(level(3000, 7000) == 0)
        #expect(level(7000, 9000) > 1000)
        #expect(level(9000, 13000) == 0)
        let tone = samples[(1000 * 8)..<(3000 * 8)]
        #expect(toneAmplitude(tone, frequency: 440, sampleRate: 8000) > 0.12)
        #expect(toneAmplitude(tone, frequency: 480, sampleRate: 8000) > 0.12)
    }

    @Test func speechIsNotAConstantTone() throws {
        let samples = try render([speechSegment(0, 10000, 7)], milliseconds: 10000)
        // 20 ms windows: energy and zero-crossing rate both move a lot, as syllables do.
        let window = 160
        var energies: [Double] = []
        var crossings: [Double] = []
        for start in stride(from: 0, to: samples.count - window, by: window) {
            let slice = samples[start..<(start + window)]
            energies.append(rms(slice))
            let signs = zip(slice, slice.dropFirst()).filter { ($0 < 0) != ($1 < 0) }.count
            crossings.append(Double(signs))
        }
        func variation(_ values: [Double]) -> Double {
            let mean = values.reduce(0, +) / Double(values.count)
            return rms(values.map { $0 - mean }) / mean
        }
        #expect(variation(energies) > 0.5)
        #expect(variation(crossings) > 0.2)
        // Pauses between syllables: many windows near silence, many loud.
        #expect(energies.filter { $0 < 100 }.count > energies.count / 10)
        #expect(energies.filter { $0 > 3000 }.count > energies.count / 4)
        // Pauses between words: some silent stretch lasts at least 200 ms.
        var longestQuiet = 0
        var quiet = 0
        for sample in samples {
            quiet = abs(sample) < 64 ? quiet + 1 : 0
            longestQuiet = max(longestQuiet, quiet)
        }
        #expect(longestQuiet >= 1600)
        // Not one dominant frequency: no pitch harmonic holds for the whole stretch.
        let strongest = stride(from: 80.0, to: 1000, by: 10).map {
            toneAmplitude(samples[...], frequency: $0, sampleRate: 8000)
        }.max()!
        #expect(strongest < 0.05)
    }

    @Test func speechIsAroundMinus18dBFS() throws {
        for voice: UInt64 in [1, 2, 99] {
            let samples = try render([speechSegment(0, 30000, voice)], milliseconds: 30000)
            let level = dBFS(rms(samples))
            #expect(abs(level - -18) < 1, "voice \(voice): \(level) dBFS")
        }
    }

    @Test func voicesDiffer() throws {
        let first = try render([speechSegment(0, 3000, 1)], milliseconds: 3000)
        let second = try render([speechSegment(0, 3000, 2)], milliseconds: 3000)
        #expect(first != second)
    }

    @Test func aSegmentSoundsOnlyWithinItsSpan() throws {
        let samples = try render([speechSegment(1000, 2000, 4)], milliseconds: 3000)
        #expect(samples[0..<8000].allSatisfy { $0 == 0 })
        #expect(samples[16000...].allSatisfy { $0 == 0 })
        #expect(rms(samples[8000..<16000]) > 1000)
    }

    @Test func overlappingSegmentsMixAndSaturate() throws {
        let beep = SoundSegment(start: 0, end: 500, sound: .beep)
        let single = try render([beep], milliseconds: 500)
        let triple = try render([beep, beep, beep], milliseconds: 500)
        #expect(
            zip(single, triple).allSatisfy { single, triple in
                triple == max(-32768, min(32767, 3 * single))
            })
        #expect(triple.contains(32767) && triple.contains(-32768))
    }

    @Test func phraseIntonationKeepsPitchInTheSpeakingRange() {
        for voice: UInt64 in 0..<50 {
            let profile = VoiceProfile(voice: voice)
            #expect(profile.basePitch * 0.9 * 0.94 * 0.97 >= 88)
            #expect(profile.basePitch * 1.1 * 1.06 * 1.03 <= 250)
        }
    }
}
