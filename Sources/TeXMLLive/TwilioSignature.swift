import Crypto

/// `X-Twilio-Signature`: base64(HMAC-SHA1(auth token, URL + each parameter's name and value,
/// sorted by name)).
///
/// As twilio-python computes it (`twilio/request_validator.py`, `RequestValidator.compute_signature`:
/// `for param_name in sorted(set(params)): for val in sorted(set(values)): s += param_name + val`,
/// then `base64.b64encode(hmac.new(token, s.encode("utf-8"), sha1).digest())`). A GET request is
/// signed over its URL with the query and no parameters.
public enum TwilioSignature {
    /// An auth token with swift-crypto's HMAC-SHA1 already keyed: the load mode signs every request
    /// with the same token, and keying `HMAC` (hashing the padded keys) per request was most of
    /// a signature's cost. `HMAC` is a value: each signature copies the keyed state and goes on
    /// from there, so the crypto stays swift-crypto's.
    public struct Key: Sendable, Hashable {
        private let token: [UInt8]
        // swift-crypto 3.12 does not declare `HMAC` Sendable, though it is a struct of value types
        // (a digest state and a key); this one is never mutated, only copied before use.
        nonisolated(unsafe) private let keyed: HMAC<Insecure.SHA1>

        public init(authToken: String) {
            token = Array(authToken.utf8)
            keyed = HMAC<Insecure.SHA1>(key: SymmetricKey(data: token))
        }

        /// HMAC-SHA1 of `message`.
        func authenticationCode(_ message: [UInt8]) -> [UInt8] {
            var hmac = keyed
            hmac.update(data: message)
            return Array(hmac.finalize())
        }

        public static func == (lhs: Key, rhs: Key) -> Bool { lhs.token == rhs.token }
        public func hash(into hasher: inout Hasher) { hasher.combine(token) }
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
