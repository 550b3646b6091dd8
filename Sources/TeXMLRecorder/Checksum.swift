/// FNV-1a 64 over the PCM bytes as they would sit in a 16-bit little-endian interleaved file:
/// defined on samples rather than on the file so WAV and MP3 of the same audio agree.
struct PCMChecksum {
    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x100_0000_01b3

    private(set) var state: UInt64 = PCMChecksum.offsetBasis

    mutating func add(_ samples: UnsafeBufferPointer<Int16>) {
        var hash = state
        for sample in samples {
            let bits = UInt16(bitPattern: sample)
            hash = (hash ^ UInt64(bits & 0xff)) &* PCMChecksum.prime
            hash = (hash ^ UInt64(bits >> 8)) &* PCMChecksum.prime
        }
        state = hash
    }

    /// Sixteen lowercase hex digits.
    var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var text = [UInt8](repeating: 0, count: 16)
        var value = state
        for index in stride(from: 15, through: 0, by: -1) {
            text[index] = digits[Int(value & 0xf)]
            value >>= 4
        }
        return String(decoding: text, as: UTF8.self)
    }
}
