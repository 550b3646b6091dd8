import Foundation
import Testing

@testable import TeXMLRecorder

/// The load mode's cache of measured recordings: one entry per recipe, every input in the key.
@Suite("Recording cache")
struct RecordingCacheTests {
    /// A voicemail-like recording: a prompt and a beep out, speech and a key in, a clip on both.
    static func base() -> (RecordingRequest, CallAudio) {
        var audio = CallAudio()
        audio.outbound = [
            SoundSegment(start: 0, end: 900, sound: .speech(voice: 7)),
            SoundSegment(start: 900, end: 1400, sound: .beep),
        ]
        audio.inbound = [
            SoundSegment(start: 1500, end: 2600, sound: .speech(voice: 3)),
            SoundSegment(start: 2700, end: 2800, sound: .dtmf(key: "5")),
            SoundSegment(start: 2900, end: 3100, sound: .clip(key: "clip", offset: 0)),
        ]
        audio.clips["clip"] = Self.wav(samples: (0..<1600).map { Int16(truncatingIfNeeded: $0 * 37 % 9000 - 4500) })
        let request = RecordingRequest(
            name: "RE1", channels: [[.inbound, .outbound]], parts: [.audio(start: 1000, end: 3500)],
            trimSilence: true)
        return (request, audio)
    }

    /// A mono 8 kHz 16-bit PCM WAV file.
    static func wav(samples: [Int16]) -> [UInt8] {
        func le32(_ value: Int) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
        func le16(_ value: Int) -> [UInt8] { (0..<2).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
        let data = samples.flatMap { le16(Int($0)) }
        return Array("RIFF".utf8) + le32(36 + data.count) + Array("WAVEfmt ".utf8) + le32(16) + le16(1) + le16(1)
            + le32(8000) + le32(16000) + le16(2) + le16(16) + Array("data".utf8) + le32(data.count) + data
    }

    /// Each variant changes exactly one input that decides the audio.
    static let variants: [(String, @Sendable (inout RecordingRequest, inout CallAudio) -> Void)] = [
        ("format", { request, _ in request.format = .mp3 }),
        ("sample rate", { request, _ in request.sampleRate = 16000 }),
        ("channels", { request, _ in request.channels = [[.inbound], [.outbound]] }),
        ("channel order", { request, _ in request.channels = [[.outbound, .inbound]] }),
        ("a timeline span", { request, _ in request.parts = [.audio(start: 1000, end: 3400)] }),
        ("a silence part", { request, _ in request.parts.append(.silence(milliseconds: 200)) }),
        ("trim", { request, _ in request.trimSilence = false }),
        ("a segment's start", { _, audio in audio.inbound[0].start += 1 }),
        ("a segment's end", { _, audio in audio.inbound[0].end -= 1 }),
        ("a voice", { _, audio in audio.inbound[0].sound = .speech(voice: 4) }),
        ("a key", { _, audio in audio.inbound[1].sound = .dtmf(key: "6") }),
        ("the beep", { _, audio in audio.outbound[1].sound = .ringback }),
        ("a clip's offset", { _, audio in audio.inbound[2].sound = .clip(key: "clip", offset: 10) }),
        ("a clip's bytes", { _, audio in audio.clips["clip"]![100] ^= 0x40 }),
        ("a segment more", { _, audio in audio.outbound.append(SoundSegment(start: 3200, end: 3300, sound: .beep)) }),
    ]

    @Test func recipesDifferingInAnyOneInputDoNotShareAnEntry() throws {
        let (request, audio) = Self.base()
        let cache = RecordingCache()
        let recorder = CachingMeasuringRecorder(cache: cache)
        _ = try recorder.render(request, audio: audio)
        for (input, change) in Self.variants {
            var (changed, changedAudio) = (request, audio)
            change(&changed, &changedAudio)
            #expect(RecordingRecipe(changed, audio: changedAudio) != RecordingRecipe(request, audio: audio), "\(input)")
            let before = cache.statistics.hits
            let cached = try recorder.render(changed, audio: changedAudio).artifact
            #expect(cache.statistics.hits == before, "\(input) hit the base's entry")
            #expect(cached == (try MeasuringRecorder().render(changed, audio: changedAudio).artifact), "\(input)")
        }
    }

    @Test func aCachedResultIsTheFreshRenderUnderItsOwnName() throws {
        var (request, audio) = Self.base()
        request.channels = [[.inbound]]
        let cache = RecordingCache()
        let recorder = CachingMeasuringRecorder(cache: cache)
        let first = try recorder.render(request, audio: audio).artifact
        #expect(cache.statistics.misses == 1 && cache.statistics.hits == 0)
        // The name and the tracks and clips no channel mixes do not change the audio: a hit.
        request.name = "RE2"
        audio.outbound.append(SoundSegment(start: 1000, end: 2000, sound: .beep))
        audio.clips["unplayed"] = [1, 2, 3]
        let again = try recorder.render(request, audio: audio).artifact
        #expect(cache.statistics.hits == 1)
        let fresh = try MeasuringRecorder().render(request, audio: audio).artifact
        #expect(again == fresh)
        #expect(again.fileName == "RE2.wav")
        // The same samples as a render into a sink: the checksum is of the PCM itself.
        var (measured, samples) = try renderSamples(request, audio: audio)
        // A sink reports the bytes it wrote (none here): the rest is measured on the samples.
        measured.bytes = again.bytes
        #expect(again == measured)
        var checksum = PCMChecksum()
        samples.withUnsafeBufferPointer { checksum.add($0) }
        #expect(again.checksum == checksum.hex)
        #expect(first.fileName == "RE1.wav")
    }

    @Test func theLeastRecentlyUsedEntryGoesFirstPastTheBound() throws {
        let (request, audio) = Self.base()
        let recipes = (0..<3).map { offset in
            var changed = request
            changed.parts = [.audio(start: 1000 + Int64(offset), end: 3500)]
            return RecordingRecipe(changed, audio: audio)
        }
        let artifact = try MeasuringRecorder().render(request, audio: audio).artifact
        let entryBytes =
            recipes[0].byteCount + MemoryLayout<AudioArtifact>.stride + artifact.fileName.utf8.count
            + artifact.checksum.utf8.count
        let cache = RecordingCache(maxBytes: 2 * entryBytes)
        cache.insert(artifact, for: recipes[0])
        cache.insert(artifact, for: recipes[1])
        #expect(cache.artifact(for: recipes[0]) != nil)
        cache.insert(artifact, for: recipes[2])
        #expect(cache.statistics.evictions == 1)
        #expect(cache.statistics.bytes == 2 * entryBytes)
        #expect(cache.artifact(for: recipes[1]) == nil)
        #expect(cache.artifact(for: recipes[0]) == artifact)
        #expect(cache.artifact(for: recipes[2]) == artifact)
        // An entry larger than the whole bound is not kept, and evicts nothing.
        let tiny = RecordingCache(maxBytes: entryBytes - 1)
        tiny.insert(artifact, for: recipes[0])
        #expect(tiny.artifact(for: recipes[0]) == nil)
        #expect(tiny.statistics.entries == 0 && tiny.statistics.bytes == 0)
    }
}
