import TeXMLSupport

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Encodes a stored WAV recording as MP3 (for serving `audio/mpeg`), streaming in chunks so any
/// length takes the same memory. The source may be any PCM WAV the recorder reads as a clip; more
/// than two channels are mixed to mono. The MP3 is written beside `destination` and renamed into
/// place, so a failure leaves no partial file under that name. A source that is not a readable
/// WAV is `.unreadableClip`; a rate MP3 lacks is `.encoderFailed`.
public func encodeMP3(fromWAV source: String, to destination: String) throws(RecorderError) {
    let input = try WAVInput(path: source)
    let layout = input.layout
    let channels = layout.channels <= 2 ? layout.channels : 1
    let output = try FileOutput(temporaryFor: destination)
    let temporary = output.path
    do throws(RecorderError) {
        let sink = try MP3FileSink(output: output, channels: channels, sampleRate: layout.sampleRate)
        let chunk = RecordingRenderer.chunkFrames
        var bytes = [UInt8](repeating: 0, count: chunk * layout.bytesPerFrame)
        let samples = UnsafeMutableBufferPointer<Int16>.allocate(capacity: chunk * layout.channels)
        defer { samples.deallocate() }
        var frame: Int64 = 0
        while frame < layout.frames {
            let count = Int(min(Int64(chunk), layout.frames - frame))
            try input.read(frames: count, at: frame, into: &bytes)
            bytes.withUnsafeBytes { raw in
                layout.decode(raw, frames: count, mono: channels == 1, into: samples.baseAddress!)
            }
            try sink.write(UnsafeMutableBufferPointer(rebasing: samples[0..<(count * channels)]))
            frame += Int64(count)
        }
        _ = try sink.finish()
        try output.sync()
        try output.close()
        try renameFile(temporary, to: destination)
    } catch {
        try? output.close()
        removeQuietly(temporary)
        throw error
    }
}

/// A WAV file open for reading: the one owner of its descriptor.
private final class WAVInput {
    let path: String
    let layout: WAVLayout
    private let descriptor: Int32

    init(path: String) throws(RecorderError) {
        self.path = path
        let opened = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard opened >= 0 else {
            throw RecorderError(.unreadableClip, path: path, "cannot open: \(systemMessage(errno))")
        }
        descriptor = opened
        var status = stat()
        guard fstat(opened, &status) == 0 else {
            let message = systemMessage(errno)
            _ = close(opened)
            throw RecorderError(.unreadableClip, path: path, "cannot stat: \(message)")
        }
        let parsed = WAVLayout.parse(fileSize: Int64(status.st_size)) { offset, count in
            var bytes = [UInt8](repeating: 0, count: count)
            let read = bytes.withUnsafeMutableBytes { pread(opened, $0.baseAddress, count, off_t(offset)) }
            return Array(bytes[0..<max(0, read)])
        }
        switch parsed {
        case .success(let layout): self.layout = layout
        case .failure(let error):
            _ = close(opened)
            throw RecorderError(.unreadableClip, path: path, error.message)
        }
    }

    deinit { _ = close(descriptor) }

    func read(frames: Int, at frame: Int64, into bytes: inout [UInt8]) throws(RecorderError) {
        let wanted = frames * layout.bytesPerFrame
        let offset = layout.dataOffset + frame * Int64(layout.bytesPerFrame)
        var done = 0
        while done < wanted {
            let read = bytes.withUnsafeMutableBytes {
                pread(descriptor, $0.baseAddress! + done, wanted - done, off_t(offset) + off_t(done))
            }
            if read < 0 && errno == EINTR { continue }
            guard read > 0 else {
                let reason = read < 0 ? systemMessage(errno) : "the file ended early"
                throw RecorderError(.unreadableClip, path: path, "read failed: \(reason)")
            }
            done += read
        }
    }
}
