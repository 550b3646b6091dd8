import Foundation
import Testing

@testable import TeXMLRecorder

@Suite struct LayoutTests {
    /// Caller speaking on the inbound track, a beep on the outbound track.
    var conversation: CallAudio {
        var audio = CallAudio()
        audio.inbound = [speechSegment(0, 4000, 1)]
        audio.outbound = [SoundSegment(start: 0, end: 4000, sound: .beep)]
        return audio
    }

    @Test func dualPutsEachTrackOnItsOwnChannel() throws {
        var audio = CallAudio()
        audio.inbound = [speechSegment(0, 3000, 1)]
        let request = RecordingRequest(
            name: "d", channels: [[.inbound], [.outbound]], parts: [.audio(start: 0, end: 3000)])
        let (artifact, samples) = try renderSamples(request, audio: audio)
        #expect(artifact.channels == 2 && artifact.frames == 24000 && samples.count == 48000)
        #expect(rms(channel(samples, 0, of: 2)) > 1000)
        #expect(rms(channel(samples, 1, of: 2)) == 0)

        let swapped = RecordingRequest(
            name: "d", channels: [[.outbound], [.inbound]], parts: [.audio(start: 0, end: 3000)])
        let swappedSamples = try renderSamples(swapped, audio: audio).1
        #expect(rms(channel(swappedSamples, 0, of: 2)) == 0)
        #expect(channel(swappedSamples, 1, of: 2) == channel(samples, 0, of: 2))
    }

    @Test func monoMixesBothTracks() throws {
        let request = RecordingRequest(
            name: "m", channels: [[.inbound, .outbound]], parts: [.audio(start: 0, end: 4000)])
        let mixed = channel(try renderSamples(request, audio: conversation).1, 0, of: 1)
        let speech = channel(
            try renderSamples(
                RecordingRequest(name: "s", channels: [[.inbound]], parts: [.audio(start: 0, end: 4000)]),
                audio: conversation
            ).1, 0, of: 1)
        let beep = channel(
            try renderSamples(
                RecordingRequest(name: "b", channels: [[.outbound]], parts: [.audio(start: 0, end: 4000)]),
                audio: conversation
            ).1, 0, of: 1)
        #expect(mixed.count == 32000)
        #expect(zip(mixed, zip(speech, beep)).allSatisfy { $0 == max(-32768, min(32767, $1.0 + $1.1)) })
        #expect(toneAmplitude(mixed[...], frequency: 1000, sampleRate: 8000) > 0.35)
        #expect(rms(zip(mixed, beep).map { $0 - $1 }) > 1000)
    }

    @Test func singleTrackHasOnlyThatTrack() throws {
        let request = RecordingRequest(name: "o", channels: [[.outbound]], parts: [.audio(start: 0, end: 4000)])
        let samples = channel(try renderSamples(request, audio: conversation).1, 0, of: 1)
        #expect(abs(toneAmplitude(samples[...], frequency: 1000, sampleRate: 8000) - 0.398) < 0.01)
        // A pure tone: nothing of the speech on the other track.
        #expect(abs(rms(samples) - 13045 / 2.0.squareRoot()) < 20)
    }

    @Test func renderingInPiecesGivesTheSameSamples() throws {
        var audio = conversation
        audio.inbound.append(SoundSegment(start: 2500, end: 2700, sound: .dtmf(key: "7")))
        audio.outbound.append(SoundSegment(start: 5000, end: 10000, sound: .ringback))
        audio.clips["c"] = wavFile(samples: noiseSamples(count: 44100, seed: 3), sampleRate: 44100)
        audio.inbound.append(SoundSegment(start: 6001, end: 7777, sound: .clip(key: "c", offset: 123)))
        audio.inbound.append(speechSegment(7000, 10000, 9))
        let whole = RecordingRequest(
            name: "w", channels: [[.inbound], [.outbound]], parts: [.audio(start: 0, end: 10000)])
        let pieces = RecordingRequest(
            name: "p", channels: [[.inbound], [.outbound]],
            parts: [
                .audio(start: 0, end: 2222), .audio(start: 2222, end: 2601), .audio(start: 2601, end: 6543),
                .audio(start: 6543, end: 8765), .audio(start: 8765, end: 10000),
            ])
        let (wholeArtifact, wholeSamples) = try renderSamples(whole, audio: audio)
        let (piecesArtifact, piecesSamples) = try renderSamples(pieces, audio: audio)
        #expect(wholeSamples.count == 160000)
        #expect(wholeSamples == piecesSamples)
        #expect(wholeArtifact.checksum == piecesArtifact.checksum)
        // Shifted by a millisecond of silence, every chunk boundary falls elsewhere.
        let shifted = RecordingRequest(
            name: "s", channels: [[.inbound], [.outbound]],
            parts: [.silence(milliseconds: 1), .audio(start: 0, end: 10000)])
        #expect(Array(try renderSamples(shifted, audio: audio).1.dropFirst(16)) == wholeSamples)
        // At rates where milliseconds are fractional samples too.
        for rate in [11025, 44100] {
            var wholeRated = whole
            var piecesRated = pieces
            wholeRated.sampleRate = rate
            piecesRated.sampleRate = rate
            #expect(try renderSamples(wholeRated, audio: audio).1 == renderSamples(piecesRated, audio: audio).1)
        }
    }

    @Test func renderingIsDeterministicAndPinned() throws {
        var audio = conversation
        audio.outbound.append(SoundSegment(start: 4000, end: 8000, sound: .ringback))
        audio.inbound.append(SoundSegment(start: 4200, end: 4400, sound: .dtmf(key: "#")))
        let request = RecordingRequest(
            name: "x", channels: [[.inbound], [.outbound]], parts: [.audio(start: 0, end: 8000)])
        let first = try MeasuringRecorder().render(request, audio: audio).artifact
        let second = try MeasuringRecorder().render(request, audio: audio).artifact
        #expect(first == second)
        // Goldens quote checksums: a change to synthesis shows up here first. Update deliberately.
        #expect(first.checksum == "b9724fe17d5cd67a")
        // The samples are those pinned before the checksum went word-wise (golden v3): their
        // byte-wise FNV-1a 64 is the v2 checksum.
        let samples = try renderSamples(request, audio: audio).1
        var byteWise: UInt64 = 0xcbf2_9ce4_8422_2325
        for sample in samples {
            let bits = UInt16(bitPattern: sample)
            byteWise = (byteWise ^ UInt64(bits & 0xff)) &* 0x100_0000_01b3
            byteWise = (byteWise ^ UInt64(bits >> 8)) &* 0x100_0000_01b3
        }
        #expect(String(byteWise, radix: 16).leftPadded(to: 16) == "0a713998860d3eaf")
    }

    @Test func silencePartInsertsDigitalSilence() throws {
        var audio = CallAudio()
        audio.inbound = [SoundSegment(start: 0, end: 2000, sound: .beep)]
        let request = RecordingRequest(
            name: "s", channels: [[.inbound]],
            parts: [.audio(start: 0, end: 1000), .silence(milliseconds: 500), .audio(start: 1000, end: 2000)])
        let (artifact, samples) = try renderSamples(request, audio: audio)
        #expect(artifact.frames == 20000 && artifact.durationMilliseconds == 2500)
        #expect(samples[8000..<12000].allSatisfy { $0 == 0 })
        let straight = try renderSamples(
            RecordingRequest(name: "t", channels: [[.inbound]], parts: [.audio(start: 0, end: 2000)]), audio: audio
        ).1
        #expect(Array(samples[0..<8000]) == Array(straight[0..<8000]))
        #expect(Array(samples[12000...]) == Array(straight[8000...]))
    }

    @Test func trimDropsLeadingAndTrailingSilenceExactly() throws {
        var audio = CallAudio()
        audio.inbound = [SoundSegment(start: 2000, end: 5000, sound: .beep)]
        let request = RecordingRequest(
            name: "t", channels: [[.inbound], [.outbound]], parts: [.audio(start: 0, end: 7000)], trimSilence: true)
        let (artifact, samples) = try renderSamples(request, audio: audio)
        // The beep's first sample is sin(0) = 0; its last is loud.
        #expect(artifact.trimmedStart == 2000)
        #expect(artifact.frames == 23999)
        #expect(artifact.durationMilliseconds == 2999)
        #expect(!artifact.isSilent)
        #expect(samples.count == 2 * 23999)
        #expect(isLoud(samples[0]) && isLoud(samples[samples.count - 2]))
    }

    @Test func trimMeasuresSpeechOnItsSamples() throws {
        var audio = CallAudio()
        audio.inbound = [speechSegment(2000, 5000, 1)]
        let request = RecordingRequest(
            name: "t", channels: [[.inbound]], parts: [.audio(start: 0, end: 7000)], trimSilence: true)
        let artifact = try MeasuringRecorder().render(request, audio: audio).artifact
        // Syllables are on the call's clock, so speech starts and ends within a syllable of the segment.
        #expect(artifact.trimmedStart >= 2000 && artifact.trimmedStart < 2300)
        #expect(artifact.durationMilliseconds > 2500 && artifact.durationMilliseconds <= 3000)
    }

    @Test func trimAcrossPartsAndInsertedSilence() throws {
        var audio = CallAudio()
        audio.inbound = [SoundSegment(start: 1000, end: 2000, sound: .beep)]
        let request = RecordingRequest(
            name: "t", channels: [[.inbound]],
            parts: [.silence(milliseconds: 3000), .audio(start: 0, end: 1500), .audio(start: 1500, end: 9000)],
            trimSilence: true)
        let artifact = try MeasuringRecorder().render(request, audio: audio).artifact
        #expect(artifact.trimmedStart == 4000)
        #expect(artifact.frames == 7999)
    }

    @Test func silentRecordingIsSilentAndTrimmingKeepsItWhole() throws {
        var audio = CallAudio()
        audio.outbound = [SoundSegment(start: 0, end: 1000, sound: .beep)]
        for trim in [false, true] {
            let request = RecordingRequest(
                name: "q", channels: [[.inbound]], parts: [.audio(start: 0, end: 5000)], trimSilence: trim)
            let artifact = try MeasuringRecorder().render(request, audio: audio).artifact
            #expect(artifact.isSilent)
            #expect(artifact.frames == 40000)
            #expect(artifact.trimmedStart == 0)
        }
        let loud = RecordingRequest(name: "q", channels: [[.outbound]], parts: [.audio(start: 0, end: 5000)])
        #expect(try !MeasuringRecorder().render(loud, audio: audio).artifact.isSilent)
    }

    @Test func quietSoundBelowTheThresholdCountsAsSilence() throws {
        var audio = CallAudio()
        // A clip whose samples stay within ±63: below the threshold, so silent.
        audio.clips["hiss"] = wavFile(samples: noiseSamples(count: 8000, seed: 1, amplitude: 63), sampleRate: 8000)
        audio.inbound = [SoundSegment(start: 0, end: 1000, sound: .clip(key: "hiss", offset: 0))]
        let request = RecordingRequest(name: "h", channels: [[.inbound]], parts: [.audio(start: 0, end: 1000)])
        let artifact = try MeasuringRecorder().render(request, audio: audio).artifact
        #expect(artifact.isSilent)
        audio.clips["hiss"] = wavFile(samples: [0, 0, 64, 0], sampleRate: 8000)
        #expect(try !MeasuringRecorder().render(request, audio: audio).artifact.isSilent)
    }

    @Test func adjacentSpansNeitherGainNorLoseSamples() throws {
        var audio = CallAudio()
        audio.inbound = [speechSegment(0, 1000, 1)]
        for rate in [8000, 11025, 22050, 44100] {
            let parts = (0..<100).map { CapturePart.audio(start: Int64($0) * 7, end: Int64($0 + 1) * 7) }
            let request = RecordingRequest(name: "a", sampleRate: rate, channels: [[.inbound]], parts: parts)
            let artifact = try MeasuringRecorder().render(request, audio: audio).artifact
            #expect(artifact.frames == Int64(700 * rate / 1000))
        }
    }
}
