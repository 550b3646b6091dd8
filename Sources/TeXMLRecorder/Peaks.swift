/// A recording's waveform, downsampled for drawing: per channel, the lowest and highest sample of
/// each bucket of frames, over the whole untrimmed recording.
///
/// Computed from the same renderer as the files, so the picture is the audio; a report draws it
/// without decoding any file.
public struct WaveformPeaks: Sendable, Hashable, Codable {
    public var sampleRate: Int
    /// Frames of the untrimmed recording.
    public var frames: Int64
    /// Frames per bucket; the last bucket may hold fewer.
    public var framesPerBucket: Int64
    /// Per channel, `[min0, max0, min1, max1, …]`, scaled from 16 bits to −127…127 (a drawing
    /// needs no more, and it keeps a report small).
    public var channels: [[Int8]]

    public init(sampleRate: Int, frames: Int64, framesPerBucket: Int64, channels: [[Int8]]) {
        self.sampleRate = sampleRate
        self.frames = frames
        self.framesPerBucket = framesPerBucket
        self.channels = channels
    }

    /// Renders `request` over `audio` and keeps at most `maxBuckets` min/max pairs per channel.
    public static func render(_ request: RecordingRequest, audio: CallAudio, maxBuckets: Int) throws(RecorderError)
        -> WaveformPeaks
    {
        try validate(request)
        let renderer = RecordingRenderer(request, audio: audio)
        let channelCount = renderer.channelCount
        let total = renderer.totalFrames
        let perBucket = max(1, (total + Int64(max(1, maxBuckets)) - 1) / Int64(max(1, maxBuckets)))
        let buckets = Int((total + perBucket - 1) / perBucket)
        // Flat, channel-major: lows[channel * buckets + bucket]. The running bucket's extremes
        // stay in locals, so the per-sample loop touches no array but the rendered chunk.
        var lows = [Int16](repeating: 0, count: buckets * channelCount)
        var highs = lows
        let chunk = RecordingRenderer.chunkFrames
        let buffer = UnsafeMutablePointer<Int16>.allocate(capacity: chunk * channelCount)
        defer { buffer.deallocate() }
        var frame: Int64 = 0
        while frame < total {
            let count = Int(min(Int64(chunk), total - frame))
            // A range where nothing plays is zeros: the buckets already say so.
            if try renderer.render(first: frame, count: count, into: buffer) {
                for channel in 0..<channelCount {
                    var offset = 0
                    while offset < count {
                        let bucket = Int((frame + Int64(offset)) / perBucket)
                        let bucketEnd = min(count, Int(Int64(bucket + 1) * perBucket - frame))
                        var low = lows[channel * buckets + bucket]
                        var high = highs[channel * buckets + bucket]
                        var index = offset * channelCount + channel
                        for _ in offset..<bucketEnd {
                            let sample = buffer[index]
                            low = min(low, sample)
                            high = max(high, sample)
                            index += channelCount
                        }
                        lows[channel * buckets + bucket] = low
                        highs[channel * buckets + bucket] = high
                        offset = bucketEnd
                    }
                }
            }
            frame += Int64(count)
        }
        func scaled(_ sample: Int16) -> Int8 { Int8(clamping: (Int(sample) * 127) / 32767) }
        let channels = (0..<channelCount).map { channel in
            var pairs: [Int8] = []
            pairs.reserveCapacity(buckets * 2)
            for bucket in 0..<buckets {
                pairs.append(scaled(lows[channel * buckets + bucket]))
                pairs.append(scaled(highs[channel * buckets + bucket]))
            }
            return pairs
        }
        return WaveformPeaks(
            sampleRate: request.sampleRate, frames: total, framesPerBucket: perBucket, channels: channels)
    }
}
