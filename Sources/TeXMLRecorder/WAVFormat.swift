import TeXMLSupport

/// Where a RIFF WAVE file keeps its samples and how they are encoded: the part of the header the
/// recorder needs to read clips and stored recordings.
struct WAVLayout: Sendable, Hashable {
    enum Encoding: Sendable, Hashable {
        /// Integer PCM of 8 (unsigned), 16, 24 or 32 bits.
        case integer(bits: Int)
        /// IEEE float, 32 bits.
        case float32
    }

    var encoding: Encoding
    var channels: Int
    var sampleRate: Int
    var dataOffset: Int64
    /// Whole frames of the data chunk that are present in the file.
    var frames: Int64

    var bytesPerSample: Int {
        switch encoding {
        case .integer(let bits): bits / 8
        case .float32: 4
        }
    }

    var bytesPerFrame: Int { bytesPerSample * channels }

    /// Reads the header through `read(offset, count)` (``WAVHeader``, which returns fewer bytes at
    /// the end of the file), refusing formats other than integer PCM and 32-bit float.
    static func parse(fileSize: Int64, read: (Int64, Int) -> [UInt8]) -> Result<WAVLayout, WAVParseError> {
        let parsed = WAVHeader.parse(fileSize: fileSize, read: read) { format in
            if case .failure(let error) = encoding(of: format) { return error }
            return nil
        }
        switch parsed {
        case .failure(let error): return .failure(error)
        case .success(let header):
            guard case .success(let encoding) = encoding(of: header.format) else {
                preconditionFailure("the format was checked")
            }
            var layout = WAVLayout(
                encoding: encoding, channels: header.format.channels, sampleRate: header.format.sampleRate,
                dataOffset: header.dataOffset, frames: 0)
            layout.frames = header.dataBytes / Int64(layout.bytesPerFrame)
            return .success(layout)
        }
    }

    private static func encoding(of format: WAVHeader.Format) -> Result<Encoding, WAVParseError> {
        var tag = format.tag
        let bits = format.bitsPerSample
        if tag == 0xfffe {
            // WAVE_FORMAT_EXTENSIBLE: the real format tag opens the sub-format GUID.
            guard let real = format.extensibleTag else {
                return .failure(WAVParseError("extensible fmt chunk too short"))
            }
            tag = real
        }
        guard format.channels > 0 else { return .failure(WAVParseError("no channels")) }
        guard format.sampleRate > 0 else { return .failure(WAVParseError("sample rate 0")) }
        switch (tag, bits) {
        case (1, 8), (1, 16), (1, 24), (1, 32): return .success(.integer(bits: bits))
        case (3, 32): return .success(.float32)
        default:
            return .failure(
                WAVParseError("unsupported encoding (format \(tag), \(bits) bits); PCM or 32-bit float only"))
        }
    }

    /// Converts `frames` frames starting at `bytes` to 16-bit samples: each frame mixed down to one
    /// sample when `mono`, else the channels kept interleaved.
    func decode(_ bytes: UnsafeRawBufferPointer, frames: Int, mono: Bool, into output: UnsafeMutablePointer<Int16>) {
        let width = bytesPerSample
        let count = channels
        if !mono || count == 1 {
            for index in 0..<(frames * count) {
                output[index] = decodeSample(bytes, at: index * width)
            }
            return
        }
        for frame in 0..<frames {
            var sum = 0
            for channel in 0..<count {
                sum += Int(decodeSample(bytes, at: (frame * count + channel) * width))
            }
            output[frame] = Int16(sum / count)
        }
    }

    @inline(__always)
    private func decodeSample(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> Int16 {
        switch encoding {
        case .integer(bits: 8):
            return Int16(Int(bytes[offset]) - 128) << 8
        case .integer(bits: 16):
            return Int16(bitPattern: UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8)
        case .integer(let bits):
            // 24 and 32 bits: the two most significant bytes.
            let top = offset + bits / 8 - 2
            return Int16(bitPattern: UInt16(bytes[top]) | UInt16(bytes[top + 1]) << 8)
        case .float32:
            let raw =
                UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
                | UInt32(bytes[offset + 3]) << 24
            let value = Float(bitPattern: raw)
            guard value.isFinite else { return 0 }
            return Int16(clamping: Int32((value * 32768).rounded()))
        }
    }

    /// The canonical 44-byte header of a 16-bit PCM file with `dataBytes` of samples.
    static func canonicalHeader(channels: Int, sampleRate: Int, dataBytes: Int64) -> [UInt8] {
        let data = UInt32(clamping: dataBytes)
        let riffSize = UInt32(clamping: dataBytes + 36)
        var header: [UInt8] = []
        header.reserveCapacity(44)
        header += "RIFF".utf8
        appendLittleEndian(riffSize, to: &header)
        header += "WAVEfmt ".utf8
        appendLittleEndian(UInt32(16), to: &header)
        appendLittleEndian(UInt16(1), to: &header)
        appendLittleEndian(UInt16(channels), to: &header)
        appendLittleEndian(UInt32(sampleRate), to: &header)
        appendLittleEndian(UInt32(sampleRate * channels * 2), to: &header)
        appendLittleEndian(UInt16(channels * 2), to: &header)
        appendLittleEndian(UInt16(16), to: &header)
        header += "data".utf8
        appendLittleEndian(data, to: &header)
        return header
    }
}

func appendLittleEndian<Value: FixedWidthInteger>(_ value: Value, to bytes: inout [UInt8]) {
    var remaining = value.littleEndian
    withUnsafeBytes(of: &remaining) { bytes.append(contentsOf: $0) }
}
