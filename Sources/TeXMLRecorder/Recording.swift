/// Checks what no encoder could write before any file is made.
func validate(_ request: RecordingRequest) throws(RecorderError) {
    guard !request.channels.isEmpty else {
        throw RecorderError(.encoderFailed, "a recording needs at least one channel")
    }
    guard request.sampleRate >= 1000 && request.sampleRate <= 384_000 else {
        throw RecorderError(.encoderFailed, "sample rate \(request.sampleRate) Hz is outside 1000–384000")
    }
    if request.format == .mp3 {
        guard request.channels.count <= 2 else {
            throw RecorderError(.encoderFailed, "MP3 holds one or two channels, not \(request.channels.count)")
        }
        guard mp3SampleRates.contains(request.sampleRate) else {
            throw RecorderError(.encoderFailed, "MP3 has no \(request.sampleRate) Hz sample rate")
        }
    }
}

/// Renders the request chunk by chunk into `sink` (nil: measure only) and measures what it
/// rendered. With trimming, the first loud frame is found scanning forward and the last scanning
/// backward (rendering is random access), so only the silences at the ends are rendered twice.
/// A recording with no sound at all is kept whole: there is no sound to trim to, and whether a
/// silent recording counts as empty is the caller's policy, not the trimmer's.
func renderRecording(_ request: RecordingRequest, audio: CallAudio, into sink: PCMSink?) throws(RecorderError)
    -> AudioArtifact
{
    let renderer = RecordingRenderer(request, audio: audio)
    let channels = renderer.channelCount
    let chunk = RecordingRenderer.chunkFrames
    let buffer = UnsafeMutableBufferPointer<Int16>.allocate(capacity: chunk * channels)
    defer { buffer.deallocate() }
    let total = renderer.totalFrames

    var first: Int64 = 0
    var end = total
    var isSilent = true
    // The chunks where the trim scans found the first and the last sound: the pass below takes
    // their frames from here instead of rendering them again.
    var head: RenderedChunk?
    var tail: RenderedChunk?
    if request.trimSilence {
        let scan = RenderedChunk(capacity: chunk * channels)
        var start: Int64 = 0
        var found: Int64?
        while start < total && found == nil {
            let count = Int(min(Int64(chunk), total - start))
            // A range where nothing plays renders as zeros: nothing to search.
            if try renderer.render(first: start, count: count, into: scan.samples.baseAddress!),
                let sample = firstLoudIndex(UnsafeBufferPointer(rebasing: scan.samples[0..<(count * channels)]))
            {
                found = start + Int64(sample / channels)
                scan.first = start
                scan.count = count
                head = scan
            }
            start += Int64(count)
        }
        if let found {
            isSilent = false
            first = found
            let last = RenderedChunk(capacity: chunk * channels)
            var stop = total
            while stop > first {
                let from = max(first, stop - Int64(chunk))
                let count = Int(stop - from)
                if try renderer.render(first: from, count: count, into: last.samples.baseAddress!),
                    let sample = lastLoudIndex(UnsafeBufferPointer(rebasing: last.samples[0..<(count * channels)]))
                {
                    end = from + Int64(sample / channels) + 1
                    last.first = from
                    last.count = count
                    tail = last
                    break
                }
                stop = from
            }
        }
    }

    var checksum = PCMChecksum()
    var frame = first
    while frame < end {
        let samples: UnsafeMutableBufferPointer<Int16>
        let count: Int
        if let kept = head.flatMap({ $0.contains(frame) ? $0 : nil }) ?? tail.flatMap({ $0.contains(frame) ? $0 : nil })
        {
            count = Int(min(kept.end, end) - frame)
            let offset = Int(frame - kept.first) * channels
            samples = UnsafeMutableBufferPointer(rebasing: kept.samples[offset..<(offset + count * channels)])
        } else {
            // Up to the kept tail, not into it.
            let limit = tail.map { $0.first > frame ? $0.first : end } ?? end
            count = Int(min(Int64(chunk), min(end, limit) - frame))
            try renderer.render(first: frame, count: count, into: buffer.baseAddress!)
            samples = UnsafeMutableBufferPointer(rebasing: buffer[0..<(count * channels)])
        }
        checksum.add(UnsafeBufferPointer(samples))
        if isSilent && !request.trimSilence { isSilent = !samples.contains(where: isLoud) }
        try sink?.write(samples)
        frame += Int64(count)
    }
    let frames = end - first
    let bytes: Int64
    if let sink {
        bytes = try sink.finish()
    } else {
        bytes = request.format == .wav ? 44 + frames * Int64(channels) * 2 : 0
    }
    return AudioArtifact(
        fileName: request.fileName, format: request.format, channels: channels, sampleRate: request.sampleRate,
        frames: frames, durationMilliseconds: frames * 1000 / Int64(request.sampleRate),
        checksum: checksum.hex, bytes: bytes,
        trimmedStart: first * 1000 / Int64(request.sampleRate), isSilent: isSilent)
}

/// Frames a trim scan rendered, kept for the pass that checksums and writes them.
private final class RenderedChunk {
    let samples: UnsafeMutableBufferPointer<Int16>
    var first: Int64 = 0
    var count = 0

    init(capacity: Int) { samples = .allocate(capacity: capacity) }
    deinit { samples.deallocate() }

    var end: Int64 { first + Int64(count) }
    func contains(_ frame: Int64) -> Bool { frame >= first && frame < end }
}

/// Samples are tested for sound in blocks of this many, with a loop that has no early exit (so it
/// vectorises); only a block with sound is searched sample by sample.
private let loudnessBlock = 64

/// How many samples of `samples[range]` are loud: a branch-free count.
@inline(__always)
private func loudCount(_ samples: UnsafeBufferPointer<Int16>, _ range: Range<Int>) -> Int {
    var count = 0
    for index in range where isLoud(samples[index]) { count += 1 }
    return count
}

/// The index of the first loud sample, nil when every sample is silent.
func firstLoudIndex(_ samples: UnsafeBufferPointer<Int16>) -> Int? {
    var start = 0
    while start < samples.count {
        let end = min(samples.count, start + loudnessBlock)
        if loudCount(samples, start..<end) > 0 { return (start..<end).first { isLoud(samples[$0]) } }
        start = end
    }
    return nil
}

/// The index of the last loud sample, nil when every sample is silent.
func lastLoudIndex(_ samples: UnsafeBufferPointer<Int16>) -> Int? {
    var end = samples.count
    while end > 0 {
        let start = max(0, end - loudnessBlock)
        if loudCount(samples, start..<end) > 0 { return (start..<end).last { isLoud(samples[$0]) } }
        end = start
    }
    return nil
}
