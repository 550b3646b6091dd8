import CLame

/// Where rendered frames go: a file encoder, or nowhere when only measuring.
protocol PCMSink: AnyObject {
    /// `samples` holds whole frames, interleaved; the sink may use it as scratch.
    func write(_ samples: UnsafeMutableBufferPointer<Int16>) throws(RecorderError)
    /// Completes the file and returns its size in bytes.
    func finish() throws(RecorderError) -> Int64
}

/// A canonical 16-bit PCM WAV: a 44-byte header whose sizes are patched once the data is written.
final class WAVFileSink: PCMSink {
    private let output: FileOutput
    private let channels: Int
    private let sampleRate: Int
    private var dataBytes: Int64 = 0

    init(output: FileOutput, channels: Int, sampleRate: Int) throws(RecorderError) {
        self.output = output
        self.channels = channels
        self.sampleRate = sampleRate
        try output.write(WAVLayout.canonicalHeader(channels: channels, sampleRate: sampleRate, dataBytes: 0))
    }

    func write(_ samples: UnsafeMutableBufferPointer<Int16>) throws(RecorderError) {
        #if _endian(big)
            for index in samples.indices { samples[index] = samples[index].littleEndian }
        #endif
        try output.write(UnsafeRawBufferPointer(samples))
        dataBytes += Int64(samples.count * 2)
    }

    func finish() throws(RecorderError) -> Int64 {
        try output.overwrite(
            WAVLayout.canonicalHeader(channels: channels, sampleRate: sampleRate, dataBytes: dataBytes), at: 0)
        return output.bytesWritten
    }
}

/// The sample rates MPEG audio layer III has (MPEG-1, 2 and 2.5).
let mp3SampleRates: Set<Int> = [8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000]

/// The constant bit rate for a sample rate, kbit/s: telephony speech at 8–12 kHz needs no more
/// than 32, wideband 64, full band 128 (joint stereo shares it between two channels).
func mp3BitRate(sampleRate: Int) -> Int32 {
    sampleRate <= 12000 ? 32 : sampleRate <= 24000 ? 64 : 128
}

/// LAME's quality setting (0 best and slowest, 9 worst): 5 is the speed/quality middle the CLI's
/// `-q 5` gives, ample for speech.
let mp3Quality: Int32 = 5

/// The one owner of a LAME encoder state.
final class LameEncoder {
    let flags: OpaquePointer

    init(channels: Int, sampleRate: Int) throws(RecorderError) {
        guard channels == 1 || channels == 2 else {
            throw RecorderError(.encoderFailed, "MP3 holds one or two channels, not \(channels)")
        }
        guard mp3SampleRates.contains(sampleRate) else {
            throw RecorderError(.encoderFailed, "MP3 has no \(sampleRate) Hz sample rate")
        }
        guard let flags = lame_init() else { throw RecorderError(.encoderFailed, "lame_init failed") }
        self.flags = flags
        lame_set_in_samplerate(flags, Int32(sampleRate))
        lame_set_out_samplerate(flags, Int32(sampleRate))
        lame_set_num_channels(flags, Int32(channels))
        lame_set_mode(flags, channels == 1 ? MONO : JOINT_STEREO)
        lame_set_VBR(flags, vbr_off)
        lame_set_brate(flags, mp3BitRate(sampleRate: sampleRate))
        lame_set_quality(flags, mp3Quality)
        // The Xing/LAME "Info" frame carries the exact frame count, delay and padding.
        lame_set_bWriteVbrTag(flags, 1)
        lame_set_write_id3tag_automatic(flags, 0)
        let status = lame_init_params(flags)
        guard status >= 0 else {
            throw RecorderError(.encoderFailed, "lame_init_params failed (\(status))")
        }
    }

    deinit { lame_close(flags) }
}

/// An MP3 file: frames encoded as they come, then the LAME tag written over the first frame.
final class MP3FileSink: PCMSink {
    private let output: FileOutput
    private let encoder: LameEncoder
    private let channels: Int
    private var buffer: [UInt8]

    init(output: FileOutput, channels: Int, sampleRate: Int) throws(RecorderError) {
        self.output = output
        self.channels = channels
        encoder = try LameEncoder(channels: channels, sampleRate: sampleRate)
        // LAME's documented worst case: 1.25 × samples + 7200.
        buffer = [UInt8](repeating: 0, count: RecordingRenderer.chunkFrames * 5 / 4 + 7200)
    }

    func write(_ samples: UnsafeMutableBufferPointer<Int16>) throws(RecorderError) {
        let frames = samples.count / channels
        guard frames > 0 else { return }
        if buffer.count < frames * 5 / 4 + 7200 { buffer = [UInt8](repeating: 0, count: frames * 5 / 4 + 7200) }
        let flags = encoder.flags
        let count = buffer.count
        let channels = self.channels
        let produced = buffer.withUnsafeMutableBufferPointer { mp3 in
            channels == 1
                ? lame_encode_buffer(
                    flags, samples.baseAddress, samples.baseAddress, Int32(frames), mp3.baseAddress, Int32(count))
                : lame_encode_buffer_interleaved(
                    flags, samples.baseAddress, Int32(frames), mp3.baseAddress, Int32(count))
        }
        try emit(produced)
    }

    func finish() throws(RecorderError) -> Int64 {
        let count = buffer.count
        let flags = encoder.flags
        let produced = buffer.withUnsafeMutableBufferPointer { lame_encode_flush(flags, $0.baseAddress, Int32(count)) }
        try emit(produced)
        let tagSize = buffer.withUnsafeMutableBufferPointer { lame_get_lametag_frame(flags, $0.baseAddress, count) }
        if tagSize > 0 && tagSize <= count {
            // No ID3v2 tag is written, so the first frame, which LAME reserved, is at offset 0.
            try output.overwrite(Array(buffer[0..<tagSize]), at: 0)
        }
        return output.bytesWritten
    }

    private func emit(_ produced: Int32) throws(RecorderError) {
        guard produced >= 0 else {
            throw RecorderError(.encoderFailed, path: output.path, "LAME failed to encode (\(produced))")
        }
        guard produced > 0 else { return }
        try buffer.withUnsafeBytes { raw in
            Result { () throws(RecorderError) in
                try output.write(UnsafeRawBufferPointer(rebasing: raw[0..<Int(produced)]))
            }
        }.get()
    }
}
