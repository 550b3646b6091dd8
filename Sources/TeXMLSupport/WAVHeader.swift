/// What a RIFF WAVE file's header says: its `fmt ` chunk's fields and where its samples are. The
/// one WAV header parser: the simulator reads a scenario's audio lengths from it, the recorder
/// the layout of clips and stored recordings (which formats each accepts is its own business).
package struct WAVHeader: Sendable, Hashable {
    /// The fields of the `fmt ` chunk.
    package struct Format: Sendable, Hashable {
        /// `wFormatTag`: 1 integer PCM, 3 IEEE float, 0xFFFE extensible, …
        package var tag: Int
        package var channels: Int
        package var sampleRate: Int
        /// `nAvgBytesPerSec`, as written.
        package var byteRate: Int
        package var bitsPerSample: Int
        /// The real format tag of an extensible chunk (the start of its sub-format GUID); nil when
        /// the chunk is not extensible or too short to hold it.
        package var extensibleTag: Int?
    }

    package var format: Format
    /// Where the data chunk's samples start.
    package var dataOffset: Int64
    /// The data chunk's bytes present in the file: a size larger than the file (as streaming
    /// writers leave it) is cut to what is there.
    package var dataBytes: Int64

    /// Reads the chunk list through `read(offset, count)`, which returns fewer bytes at the end of
    /// the file. Chunks other than `fmt ` and `data` are skipped. `check` may refuse the format
    /// where the `fmt ` chunk is, before the rest is read.
    package static func parse(
        fileSize: Int64, read: (Int64, Int) -> [UInt8], check: (Format) -> WAVParseError? = { _ in nil }
    ) -> Result<WAVHeader, WAVParseError> {
        let riff = read(0, 12)
        guard riff.count == 12, riff[0..<4].elementsEqual("RIFF".utf8), riff[8..<12].elementsEqual("WAVE".utf8)
        else { return .failure(WAVParseError("not a RIFF WAVE file")) }
        var offset: Int64 = 12
        var format: Format?
        while offset + 8 <= fileSize {
            let header = read(offset, 8)
            guard header.count == 8 else { break }
            let size = Int64(littleEndianUInt32(header, at: 4))
            let body = offset + 8
            if header[0..<4].elementsEqual("fmt ".utf8) {
                let fields = read(body, Int(min(size, 40)))
                guard fields.count >= 16 else { return .failure(WAVParseError("fmt chunk too short")) }
                let tag = Int(littleEndianUInt16(fields, at: 0))
                let parsed = Format(
                    tag: tag, channels: Int(littleEndianUInt16(fields, at: 2)),
                    sampleRate: Int(littleEndianUInt32(fields, at: 4)),
                    byteRate: Int(littleEndianUInt32(fields, at: 8)),
                    bitsPerSample: Int(littleEndianUInt16(fields, at: 14)),
                    extensibleTag: tag == 0xfffe && fields.count >= 26 ? Int(littleEndianUInt16(fields, at: 24)) : nil)
                if let refusal = check(parsed) { return .failure(refusal) }
                format = parsed
            } else if header[0..<4].elementsEqual("data".utf8) {
                guard let format else { return .failure(WAVParseError("data chunk before the fmt chunk")) }
                return .success(
                    WAVHeader(format: format, dataOffset: body, dataBytes: max(0, min(size, fileSize - body))))
            }
            offset = body + size + (size & 1)
        }
        return .failure(WAVParseError(format == nil ? "no fmt chunk" : "no data chunk"))
    }

    /// The header of a whole file in memory.
    package static func parse(_ bytes: [UInt8], check: (Format) -> WAVParseError? = { _ in nil }) -> Result<
        WAVHeader, WAVParseError
    > {
        parse(
            fileSize: Int64(bytes.count),
            read: { offset, count in
                guard offset < Int64(bytes.count) else { return [] }
                let start = Int(offset)
                return Array(bytes[start..<min(bytes.count, start + count)])
            }, check: check)
    }
}

/// Why a file is not a WAV file texml reads.
package struct WAVParseError: Error, Sendable {
    package var message: String
    package init(_ message: String) { self.message = message }
}

package func littleEndianUInt16(_ bytes: [UInt8], at offset: Int) -> UInt16 {
    UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
}

package func littleEndianUInt32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
    UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
        | UInt32(bytes[offset + 3]) << 24
}
