import Foundation

/// Everything that decides a recording's samples and measurements, but not its name: two
/// requests with equal recipes render the same frames, checksum, trim, silence and size.
///
/// The recipe holds the request's format, sample rate, channel layout, timeline and trim, the
/// segments of every track a channel mixes (all of them, not only those inside the timeline: a
/// wider key costs a miss, never a wrong hit) and the bytes of every clip those segments play.
/// Tracks no channel mixes and clips no segment plays are left out: rendering never reads them.
public struct RecordingRecipe: Sendable, Hashable {
    public let format: AudioFormat
    public let sampleRate: Int
    public let channels: [[Track]]
    public let parts: [CapturePart]
    public let trimSilence: Bool
    /// The segments of each mixed track, by track, in `Track.allCases` order.
    public let tracks: [[SoundSegment]]
    /// The clips the mixed tracks' segments play, by key.
    public let clips: [String: [UInt8]]

    public init(_ request: RecordingRequest, audio: CallAudio) {
        format = request.format
        sampleRate = request.sampleRate
        channels = request.channels
        parts = request.parts
        trimSilence = request.trimSilence
        let mixed = Track.allCases.filter { track in request.channels.contains { $0.contains(track) } }
        tracks = mixed.map { audio[$0] }
        var clips: [String: [UInt8]] = [:]
        for segment in tracks.joined() {
            if case .clip(let key, _) = segment.sound, clips[key] == nil, let bytes = audio.clips[key] {
                clips[key] = bytes
            }
        }
        self.clips = clips
    }

    /// About how much memory the recipe holds, for the cache's bound.
    var byteCount: Int {
        let segments = tracks.reduce(0) { $0 + $1.count } * MemoryLayout<SoundSegment>.stride
        let layout = channels.reduce(0) { $0 + $1.count } * MemoryLayout<Track>.stride
        let clipBytes = clips.reduce(0) { $0 + $1.key.utf8.count + $1.value.count }
        return 128 + segments + layout + parts.count * MemoryLayout<CapturePart>.stride + clipBytes
    }
}

/// Measured recordings by recipe, shared by threads, least recently used first out when it
/// holds more than `maxBytes`: N load calls that record the same audio render it once.
public final class RecordingCache: @unchecked Sendable {
    // @unchecked Sendable: every stored property below `lock` is read and written only under it.
    /// The most memory the entries may hold (recipes and artifacts), in bytes.
    public let maxBytes: Int
    private let lock = NSLock()
    private var slots: [Slot] = []
    private var index: [RecordingRecipe: Int] = [:]
    private var freeSlots: [Int] = []
    /// The most and the least recently used slots, ends of a list linked through `Slot`.
    private var newest: Int?
    private var oldest: Int?
    private var heldBytes = 0
    private var counters = Statistics()

    private struct Slot {
        var recipe: RecordingRecipe?
        var artifact: AudioArtifact?
        var bytes = 0
        var newer: Int?
        var older: Int?
    }

    /// What the cache did so far.
    public struct Statistics: Sendable, Hashable {
        public var hits = 0
        public var misses = 0
        public var evictions = 0
        public var entries = 0
        public var bytes = 0
    }

    /// `maxBytes`: 16 MiB by default, thousands of typical recipes.
    public init(maxBytes: Int = 16 << 20) {
        self.maxBytes = maxBytes
    }

    public var statistics: Statistics {
        lock.withLock {
            var counters = counters
            counters.entries = index.count
            counters.bytes = heldBytes
            return counters
        }
    }

    /// The artifact measured for `recipe`, if held; it becomes the most recently used.
    public func artifact(for recipe: RecordingRecipe) -> AudioArtifact? {
        lock.withLock {
            guard let slot = index[recipe] else {
                counters.misses += 1
                return nil
            }
            counters.hits += 1
            unlink(slot)
            pushNewest(slot)
            return slots[slot].artifact
        }
    }

    /// Keeps `artifact` for `recipe`, evicting the least recently used entries past the bound;
    /// an entry larger than the whole bound is not kept.
    public func insert(_ artifact: AudioArtifact, for recipe: RecordingRecipe) {
        let bytes =
            recipe.byteCount + MemoryLayout<AudioArtifact>.stride + artifact.fileName.utf8.count
            + artifact.checksum.utf8.count
        guard bytes <= maxBytes else { return }
        lock.withLock {
            if let slot = index[recipe] {
                // Two threads rendered the same recipe at once: the first one's entry stays.
                unlink(slot)
                pushNewest(slot)
                return
            }
            while heldBytes + bytes > maxBytes, let victim = oldest { remove(victim) }
            let slot: Int
            if let free = freeSlots.popLast() {
                slot = free
            } else {
                slot = slots.count
                slots.append(Slot())
            }
            slots[slot] = Slot(recipe: recipe, artifact: artifact, bytes: bytes)
            index[recipe] = slot
            heldBytes += bytes
            pushNewest(slot)
        }
    }

    private func remove(_ slot: Int) {
        unlink(slot)
        if let recipe = slots[slot].recipe { index[recipe] = nil }
        heldBytes -= slots[slot].bytes
        slots[slot] = Slot()
        freeSlots.append(slot)
        counters.evictions += 1
    }

    private func unlink(_ slot: Int) {
        let (newer, older) = (slots[slot].newer, slots[slot].older)
        if let newer { slots[newer].older = older } else { newest = older }
        if let older { slots[older].newer = newer } else { oldest = newer }
        slots[slot].newer = nil
        slots[slot].older = nil
    }

    private func pushNewest(_ slot: Int) {
        slots[slot].older = newest
        slots[slot].newer = nil
        if let newest { slots[newest].newer = slot }
        newest = slot
        if oldest == nil { oldest = slot }
    }
}

/// Measures recordings as ``MeasuringRecorder`` does, rendering each recipe once: a recording
/// whose recipe the cache holds gets the cached measurements under its own file name. Writes
/// nothing, so it stands in for ``MeasuringRecorder`` only (a file needs its bytes written).
public struct CachingMeasuringRecorder: RecorderBackend {
    public let cache: RecordingCache

    public init(cache: RecordingCache) {
        self.cache = cache
    }

    public func render(_ request: RecordingRequest, audio: CallAudio) throws(RecorderError) -> RenderedRecording {
        try validate(request)
        let recipe = RecordingRecipe(request, audio: audio)
        var artifact: AudioArtifact
        if let cached = cache.artifact(for: recipe) {
            artifact = cached
            artifact.fileName = request.fileName
        } else {
            artifact = try renderRecording(request, audio: audio, into: nil)
            cache.insert(artifact, for: recipe)
        }
        return RenderedRecording(artifact: artifact, temporaryPath: nil)
    }

    public func store(_ rendered: RenderedRecording?, metadata: RecordingMetadata) throws(RecorderError) {}

    public func discard(_ rendered: RenderedRecording) {}
}
