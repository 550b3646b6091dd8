/// `X-Twilio-Signature`: base64(HMAC-SHA1(auth token, URL + each parameter's name and value,
/// sorted by name)).
///
/// As twilio-python computes it (`twilio/request_validator.py`, `RequestValidator.compute_signature`:
/// `for param_name in sorted(set(params)): for val in sorted(set(values)): s += param_name + val`,
/// then `base64.b64encode(hmac.new(token, s.encode("utf-8"), sha1).digest())`). A GET request is
/// signed over its URL with the query and no parameters.
public enum TwilioSignature {
    /// An auth token with HMAC's padded keys already hashed: the load mode signs every request with
    /// the same token, and swift-crypto's generic `HMAC` (key setup, `Data` copies, metadata
    /// look-ups) was about a tenth of its CPU, for two short SHA-1 blocks of work.
    public struct Key: Sendable, Hashable {
        let inner: SHA1.State
        let outer: SHA1.State

        public init(authToken: String) {
            var key = Array(authToken.utf8)
            // RFC 2104: a key longer than the block is replaced by its hash.
            if key.count > SHA1.blockSize { key = SHA1.digest(key) }
            key += [UInt8](repeating: 0, count: SHA1.blockSize - key.count)
            var inner = SHA1.State.initial
            var outer = SHA1.State.initial
            inner.compress(key.map { $0 ^ 0x36 }, at: 0)
            outer.compress(key.map { $0 ^ 0x5C }, at: 0)
            self.inner = inner
            self.outer = outer
        }

        /// HMAC-SHA1 of `message`.
        func authenticationCode(_ message: [UInt8]) -> [UInt8] {
            let innerDigest = inner.finish(message, absorbed: SHA1.blockSize)
            return outer.finish(innerDigest, absorbed: SHA1.blockSize)
        }
    }

    public static func compute(url: String, parameters: [(name: String, value: String)], authToken: String) -> String {
        compute(url: url, parameters: parameters, key: Key(authToken: authToken))
    }

    public static func compute(url: String, parameters: [(name: String, value: String)], key: Key) -> String {
        // Python sorts str by code point: compare Unicode scalars, not Swift's canonical order.
        let sorted = parameters.sorted { lhs, rhs in
            if lhs.name != rhs.name {
                return lhs.name.unicodeScalars.lexicographicallyPrecedes(rhs.name.unicodeScalars)
            }
            return lhs.value.unicodeScalars.lexicographicallyPrecedes(rhs.value.unicodeScalars)
        }
        var text = Array(url.utf8)
        for parameter in sorted {
            text += parameter.name.utf8
            text += parameter.value.utf8
        }
        return base64(key.authenticationCode(text))
    }

    private static let base64Digits = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// Standard base64 with `=` padding, as `Data.base64EncodedString()` writes it.
    static func base64(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let count = min(3, bytes.count - index)
            var group = UInt32(bytes[index]) << 16
            if count > 1 { group |= UInt32(bytes[index + 1]) << 8 }
            if count > 2 { group |= UInt32(bytes[index + 2]) }
            out.append(base64Digits[Int(group >> 18 & 63)])
            out.append(base64Digits[Int(group >> 12 & 63)])
            out.append(count > 1 ? base64Digits[Int(group >> 6 & 63)] : UInt8(ascii: "="))
            out.append(count > 2 ? base64Digits[Int(group & 63)] : UInt8(ascii: "="))
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// SHA-1 (FIPS 180-4), only for the signature's HMAC: plain Swift on byte arrays, so that a
/// signature costs its hashing and not the generic plumbing around it.
enum SHA1 {
    static let blockSize = 64

    struct State: Sendable, Hashable {
        var h0: UInt32, h1: UInt32, h2: UInt32, h3: UInt32, h4: UInt32

        static let initial = State(h0: 0x6745_2301, h1: 0xEFCD_AB89, h2: 0x98BA_DCFE, h3: 0x1032_5476, h4: 0xC3D2_E1F0)

        /// Absorbs the 64 bytes of `bytes` from `offset`.
        mutating func compress(_ bytes: [UInt8], at offset: Int) {
            var w = (
                UInt32(0), UInt32(0), UInt32(0), UInt32(0), UInt32(0), UInt32(0), UInt32(0), UInt32(0),
                UInt32(0), UInt32(0), UInt32(0), UInt32(0), UInt32(0), UInt32(0), UInt32(0), UInt32(0)
            )
            var a = h0
            var b = h1
            var c = h2
            var d = h3
            var e = h4
            withUnsafeMutableBytes(of: &w) { raw in
                let words = raw.bindMemory(to: UInt32.self)
                for i in 0..<16 {
                    let base = offset + i * 4
                    words[i] =
                        UInt32(bytes[base]) << 24 | UInt32(bytes[base + 1]) << 16 | UInt32(bytes[base + 2]) << 8
                        | UInt32(bytes[base + 3])
                }
                for t in 0..<80 {
                    let word: UInt32
                    if t < 16 {
                        word = words[t]
                    } else {
                        let mixed = words[(t - 3) & 15] ^ words[(t - 8) & 15] ^ words[(t - 14) & 15] ^ words[t & 15]
                        word = mixed << 1 | mixed >> 31
                        words[t & 15] = word
                    }
                    let f: UInt32
                    let k: UInt32
                    switch t {
                    case 0..<20:
                        f = (b & c) | (~b & d)
                        k = 0x5A82_7999
                    case 20..<40:
                        f = b ^ c ^ d
                        k = 0x6ED9_EBA1
                    case 40..<60:
                        f = (b & c) | (b & d) | (c & d)
                        k = 0x8F1B_BCDC
                    default:
                        f = b ^ c ^ d
                        k = 0xCA62_C1D6
                    }
                    let temp = (a << 5 | a >> 27) &+ f &+ e &+ k &+ word
                    e = d
                    d = c
                    c = b << 30 | b >> 2
                    b = a
                    a = temp
                }
            }
            h0 = h0 &+ a
            h1 = h1 &+ b
            h2 = h2 &+ c
            h3 = h3 &+ d
            h4 = h4 &+ e
        }

        /// The digest of everything absorbed so far (`absorbed` bytes, whole blocks) followed by `message`.
        func finish(_ message: [UInt8], absorbed: Int) -> [UInt8] {
            var state = self
            let whole = message.count / SHA1.blockSize * SHA1.blockSize
            var offset = 0
            while offset < whole {
                state.compress(message, at: offset)
                offset += SHA1.blockSize
            }
            var tail = Array(message[whole...])
            tail.append(0x80)
            while tail.count % SHA1.blockSize != 56 { tail.append(0) }
            let bits = UInt64(absorbed + message.count) * 8
            for shift in stride(from: 56, through: 0, by: -8) {
                tail.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift)))
            }
            offset = 0
            while offset < tail.count {
                state.compress(tail, at: offset)
                offset += SHA1.blockSize
            }
            var digest: [UInt8] = []
            digest.reserveCapacity(20)
            for word in [state.h0, state.h1, state.h2, state.h3, state.h4] {
                digest += [UInt8(word >> 24), UInt8(word >> 16 & 0xFF), UInt8(word >> 8 & 0xFF), UInt8(word & 0xFF)]
            }
            return digest
        }
    }

    static func digest(_ message: [UInt8]) -> [UInt8] { State.initial.finish(message, absorbed: 0) }
}
