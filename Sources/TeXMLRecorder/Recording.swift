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
    if request.trimSilence {
        var start: Int64 = 0
        var found: Int64?
        while start < total && found == nil {
            let count = Int(min(Int64(chunk), total - start))
            try renderer.render(first: start, count: count, into: buffer.baseAddress!)
            if let sample = buffer[0..<(count * channels)].firstIndex(where: isLoud) {
                found = start + Int64(sample / channels)
            }
            start += Int64(count)
        }
        if let found {
            isSilent = false
            first = found
            var stop = total
            while stop > first {
                let from = max(first, stop - Int64(chunk))
                let count = Int(stop - from)
                try renderer.render(first: from, count: count, into: buffer.baseAddress!)
                if let sample = buffer[0..<(count * channels)].lastIndex(where: isLoud) {
                    end = from + Int64(sample / channels) + 1
                    break
                }
                stop = from
            }
        }
    }

    var checksum = PCMChecksum()
    var frame = first
    while frame < end {
        let count = Int(min(Int64(chunk), end - frame))
        try renderer.render(first: frame, count: count, into: buffer.baseAddress!)
        let samples = UnsafeMutableBufferPointer(rebasing: buffer[0..<(count * channels)])
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
