/// FNV-1a 64 over the PCM data as 64-bit words: the 16-bit little-endian interleaved samples as
/// they would sit in a file, read eight bytes (four samples) at a time as little-endian words, a
/// trailing partial word zero-filled. Defined on samples rather than on the file so WAV and MP3
/// of the same audio agree; word-wise so that a four-hour recording's checksum costs a quarter of
/// a multiply per sample instead of two (the byte-wise hash was a fifth of a short call's time).
struct PCMChecksum {
    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x100_0000_01b3

    private var state: UInt64 = PCMChecksum.offsetBasis
    /// Samples of the word being filled, lowest first, and how many.
    private var pending: UInt64 = 0
    private var pendingCount = 0

    mutating func add(_ samples: UnsafeBufferPointer<Int16>) {
        var hash = state
        var index = 0
        let count = samples.count
        while pendingCount != 0 && index < count {
            take(samples[index], into: &hash)
            index += 1
        }
        #if _endian(little)
            // The word is the four samples' little-endian bytes: one load.
            let raw = UnsafeRawPointer(samples.baseAddress)
            while index + 4 <= count, let raw {
                hash = (hash ^ (raw + index * 2).loadUnaligned(as: UInt64.self)) &* PCMChecksum.prime
                index += 4
            }
        #else
            while index + 4 <= count {
                let word =
                    UInt64(UInt16(bitPattern: samples[index])) | UInt64(UInt16(bitPattern: samples[index + 1])) << 16
                    | UInt64(UInt16(bitPattern: samples[index + 2])) << 32
                    | UInt64(UInt16(bitPattern: samples[index + 3])) << 48
                hash = (hash ^ word) &* PCMChecksum.prime
                index += 4
            }
        #endif
        while index < count {
            take(samples[index], into: &hash)
            index += 1
        }
        state = hash
    }

    private mutating func take(_ sample: Int16, into hash: inout UInt64) {
        pending |= UInt64(UInt16(bitPattern: sample)) << (16 * pendingCount)
        pendingCount += 1
        if pendingCount == 4 {
            hash = (hash ^ pending) &* PCMChecksum.prime
            pending = 0
            pendingCount = 0
        }
    }

    /// The hash with any partial last word folded in.
    var value: UInt64 { pendingCount == 0 ? state : (state ^ pending) &* PCMChecksum.prime }

    /// Sixteen lowercase hex digits.
    var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var text = [UInt8](repeating: 0, count: 16)
        var value = self.value
        for index in stride(from: 15, through: 0, by: -1) {
            text[index] = digits[Int(value & 0xf)]
            value >>= 4
        }
        return String(decoding: text, as: UTF8.self)
    }
}
