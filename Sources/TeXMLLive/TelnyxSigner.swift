import Crypto
import Foundation

/// Telnyx's webhook signature: `telnyx-signature-ed25519` = base64(Ed25519 signature of
/// "`timestamp`|`body`"), with `telnyx-timestamp` the Unix time in seconds.
///
/// As the telnyx SDK verifies it (see docs/live.md for the file and function it was read from).
public struct TelnyxSigner: Sendable {
    /// The private key's 32 raw bytes: swift-crypto's key type is not `Sendable`.
    private let rawKey: Data

    public var privateKey: Curve25519.Signing.PrivateKey {
        // `rawKey` came from a valid key: this cannot throw.
        // swift-format-ignore: NeverUseForceTry
        try! Curve25519.Signing.PrivateKey(rawRepresentation: rawKey)
    }

    public init(privateKey: Curve25519.Signing.PrivateKey) {
        rawKey = privateKey.rawRepresentation
    }

    /// A key pair derived from a scenario's seed: the same seed, the same public key, so an
    /// application's configuration need not change between runs. Never a secret: for tests only.
    public init(seed: UInt64) {
        // A SHA-256 digest is 32 bytes, the size of an Ed25519 private key (any 32 bytes are one).
        rawKey = Data(SHA256.hash(data: Data("texml-live-telnyx-key:\(seed)".utf8)))
    }

    /// A private key given as base64 of its 32 raw bytes (`--telnyx-private-key`).
    public init?(base64 text: String) {
        guard let bytes = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)),
            let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: bytes)
        else { return nil }
        rawKey = key.rawRepresentation
    }

    /// The public key as Telnyx's portal shows it: base64 of its 32 raw bytes.
    public var publicKeyBase64: String { privateKey.publicKey.rawRepresentation.base64EncodedString() }

    /// The two headers for `body` sent at `timestamp` (Unix seconds).
    public func headers(body: [UInt8], timestamp: Int) -> [(name: String, value: String)] {
        var signed = Data("\(timestamp)|".utf8)
        signed.append(contentsOf: body)
        // Signing with a valid key only fails on allocation failure in BoringSSL.
        let signature = (try? privateKey.signature(for: signed)) ?? Data()
        return [
            ("telnyx-signature-ed25519", signature.base64EncodedString()),
            ("telnyx-timestamp", String(timestamp)),
        ]
    }
}
