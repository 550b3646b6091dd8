/// Call time in milliseconds to a sample index: `ms * rate / 1000`, rounded down, so adjacent
/// spans `[a, b)` and `[b, c)` together have exactly the samples of `[a, c)`.
@inline(__always)
func sampleIndex(milliseconds: Int64, rate: Int) -> Int64 {
    max(0, min(milliseconds, Int64.max / 1_000_000)) * Int64(rate) / 1000
}

/// A segment in samples with what it plays, ready for the synthesizer.
struct PreparedSegment {
    enum Source {
        case speech(VoiceProfile)
        case tones(low: Int, high: Int, amplitude: Int32)
        case tone(frequency: Int, amplitude: Int32)
        case ringback
        case clip(key: String, offsetMilliseconds: Int64)
        case nothing
    }

    var start: Int64
    var end: Int64
    var source: Source

    init(_ segment: SoundSegment, rate: Int) {
        start = sampleIndex(milliseconds: segment.start, rate: rate)
        end = sampleIndex(milliseconds: segment.end, rate: rate)
        switch segment.sound {
        case .speech(let voice): source = .speech(VoiceProfile(voice: voice))
        case .dtmf(let key):
            // An unknown key is silent: the simulator validates keys, the recorder draws what it can.
            if let pair = dtmfFrequencies(key) {
                source = .tones(low: pair.low, high: pair.high, amplitude: SoundLevels.dtmfAmplitude)
            } else {
                source = .nothing
            }
        case .beep: source = .tone(frequency: SoundLevels.beepFrequency, amplitude: SoundLevels.beepAmplitude)
        case .ringback: source = .ringback
        case .clip(let key, let offset): source = .clip(key: key, offsetMilliseconds: offset)
        }
    }
}

/// One track's segments sorted by start, with the running maximum of their ends so the segments
/// overlapping any sample range are found by a binary search and a short walk back.
struct TrackTimeline {
    private let segments: [PreparedSegment]
    private let maximumEndThrough: [Int64]

    init(_ segments: [SoundSegment], rate: Int) {
        let prepared = segments.map { PreparedSegment($0, rate: rate) }.filter { $0.start < $0.end }
        self.segments = prepared.enumerated().sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }
            .map(\.element)
        var maximum = Int64.min
        maximumEndThrough = self.segments.map { segment in
            maximum = max(maximum, segment.end)
            return maximum
        }
    }

    /// Calls `body` with each segment overlapping `[start, end)`.
    func forEachSegment(
        overlapping start: Int64, _ end: Int64, _ body: (PreparedSegment) throws(RecorderError) -> Void
    ) throws(RecorderError) {
        var low = 0
        var high = segments.count
        while low < high {
            let middle = (low + high) / 2
            if segments[middle].start < end { low = middle + 1 } else { high = middle }
        }
        var index = low - 1
        while index >= 0 && maximumEndThrough[index] > start {
            if segments[index].end > start { try body(segments[index]) }
            index -= 1
        }
    }
}

/// The recording's timeline: captured spans and inserted silences, rendered to interleaved 16-bit
/// frames in chunks. Any frame range renders the same samples whatever the chunking.
final class RecordingRenderer {
    static let chunkFrames = 4096

    let channelCount: Int
    let sampleRate: Int
    let totalFrames: Int64

    private struct Part {
        var outputStart: Int64
        var frames: Int64
        /// The call-time sample of the part's first frame; nil for inserted silence.
        var sourceStart: Int64?
    }

    private let parts: [Part]
    private let tracks: [TrackTimeline]
    /// Per output channel, the indices in `tracks` it mixes.
    private let channelTracks: [[Int]]
    private let synthesizer: Synthesizer
    private let accumulator: UnsafeMutablePointer<Int32>
    private let trackSamples: UnsafeMutablePointer<Int16>
    private var trackHasSound: [Bool]

    init(_ request: RecordingRequest, audio: CallAudio) {
        sampleRate = request.sampleRate
        channelCount = request.channels.count
        var used: [Track] = []
        for track in request.channels.joined() where !used.contains(track) { used.append(track) }
        tracks = used.map { TrackTimeline(audio[$0], rate: request.sampleRate) }
        channelTracks = request.channels.map { channel in
            var indices: [Int] = []
            for track in channel {
                let index = used.firstIndex(of: track)!
                if !indices.contains(index) { indices.append(index) }
            }
            return indices
        }
        var outputStart: Int64 = 0
        var parts: [Part] = []
        for part in request.parts {
            let span: Part
            switch part {
            case .audio(let start, let end):
                let first = sampleIndex(milliseconds: start, rate: sampleRate)
                let last = sampleIndex(milliseconds: end, rate: sampleRate)
                span = Part(outputStart: outputStart, frames: max(0, last - first), sourceStart: first)
            case .silence(let milliseconds):
                span = Part(
                    outputStart: outputStart, frames: sampleIndex(milliseconds: milliseconds, rate: sampleRate),
                    sourceStart: nil)
            }
            if span.frames > 0 {
                parts.append(span)
                outputStart += span.frames
            }
        }
        self.parts = parts
        totalFrames = outputStart
        synthesizer = Synthesizer(sampleRate: sampleRate, clips: audio.clips)
        accumulator = .allocate(capacity: Self.chunkFrames)
        trackSamples = .allocate(capacity: Self.chunkFrames * max(1, used.count))
        trackHasSound = Array(repeating: false, count: used.count)
    }

    deinit {
        accumulator.deallocate()
        trackSamples.deallocate()
    }

    /// Renders frames `[first, first + count)` of the timeline, `count <= chunkFrames`, into
    /// `output` (`count * channelCount` samples). Returns false when no sound plays in the range
    /// (the frames are all zero), so a search for sound can skip it.
    @discardableResult
    func render(first: Int64, count: Int, into output: UnsafeMutablePointer<Int16>) throws(RecorderError) -> Bool {
        precondition(count <= Self.chunkFrames && first >= 0 && first + Int64(count) <= totalFrames)
        var low = 0
        var high = parts.count
        while low < high {
            let middle = (low + high) / 2
            if parts[middle].outputStart + parts[middle].frames <= first { low = middle + 1 } else { high = middle }
        }
        var frame = first
        var partIndex = low
        let end = first + Int64(count)
        var sounds = false
        while frame < end {
            let part = parts[partIndex]
            let pieceEnd = min(end, part.outputStart + part.frames)
            let pieceFrames = Int(pieceEnd - frame)
            let out = output + Int(frame - first) * channelCount
            if let sourceStart = part.sourceStart {
                let piece = try renderCallTime(
                    first: sourceStart + (frame - part.outputStart), count: pieceFrames, into: out)
                sounds = sounds || piece
            } else {
                out.update(repeating: 0, count: pieceFrames * channelCount)
            }
            frame = pieceEnd
            partIndex += 1
        }
        return sounds
    }

    /// Returns whether any track has a sound in the range.
    private func renderCallTime(first: Int64, count: Int, into output: UnsafeMutablePointer<Int16>)
        throws(RecorderError) -> Bool
    {
        var sounds = false
        for index in tracks.indices {
            trackHasSound[index] = try renderTrack(index, first: first, count: count)
            sounds = sounds || trackHasSound[index]
        }
        let channels = channelCount
        for (channel, indices) in channelTracks.enumerated() {
            let sounding = indices.filter { trackHasSound[$0] }
            if sounding.isEmpty {
                if channels == 1 {
                    output.update(repeating: 0, count: count)
                } else {
                    for frame in 0..<count { output[frame * channels + channel] = 0 }
                }
            } else if sounding.count == 1 {
                let samples = trackSamples + sounding[0] * Self.chunkFrames
                if channels == 1 {
                    // Mono: the track is the output, a copy the strided loop below does not vectorise to.
                    output.update(from: samples, count: count)
                } else {
                    for frame in 0..<count { output[frame * channels + channel] = samples[frame] }
                }
            } else {
                for frame in 0..<count {
                    var sum: Int32 = 0
                    for index in sounding { sum += Int32(trackSamples[index * Self.chunkFrames + frame]) }
                    output[frame * channels + channel] = Int16(clamping: sum)
                }
            }
        }
        return sounds
    }

    /// Mixes the track's segments over `[first, first + count)` into its sample buffer; false
    /// (and the buffer untouched) when no segment plays there.
    private func renderTrack(_ index: Int, first: Int64, count: Int) throws(RecorderError) -> Bool {
        let end = first + Int64(count)
        var touched = false
        let accumulator = self.accumulator
        let synthesizer = self.synthesizer
        try tracks[index].forEachSegment(overlapping: first, end) { (segment) throws(RecorderError) in
            if !touched {
                accumulator.update(repeating: 0, count: count)
                touched = true
            }
            let from = max(first, segment.start)
            let to = min(end, segment.end)
            let out = accumulator + Int(from - first)
            let length = Int(to - from)
            switch segment.source {
            case .speech(let voice):
                synthesizer.addSpeech(voice: voice, first: from, count: length, into: out)
            case .tones(let low, let high, let amplitude):
                synthesizer.addTone(frequency: low, amplitude: amplitude, first: from, count: length, into: out)
                synthesizer.addTone(frequency: high, amplitude: amplitude, first: from, count: length, into: out)
            case .tone(let frequency, let amplitude):
                synthesizer.addTone(frequency: frequency, amplitude: amplitude, first: from, count: length, into: out)
            case .ringback:
                synthesizer.addRingback(segmentStart: segment.start, first: from, count: length, into: out)
            case .clip(let key, let offset):
                try synthesizer.addClip(
                    key: key, offsetMilliseconds: offset, segmentStart: segment.start, first: from, count: length,
                    into: out)
            case .nothing:
                break
            }
        }
        guard touched else { return false }
        let samples = trackSamples + index * Self.chunkFrames
        for frame in 0..<count { samples[frame] = Int16(clamping: accumulator[frame]) }
        return true
    }
}
