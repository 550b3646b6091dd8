import Foundation
import TeXMLGrammar
import TeXMLSimulator

/// How a platform puts its webhooks on the wire: headers and signature.
public enum WireStyle: Sendable, Hashable {
    /// Twilio and SignalWire: form or query parameters, `X-Twilio-Signature` (HMAC-SHA1 with the
    /// auth token), `I-Twilio-Idempotency-Token`, `User-Agent: TwilioProxy/1.1`.
    case twilio
    /// Telnyx: form parameters for TeXML, JSON for Call Control, each signed with Ed25519
    /// (`telnyx-signature-ed25519`, `telnyx-timestamp`).
    case telnyx
    /// Kazoo and TelAPI: form or query parameters, unsigned (no published signature scheme).
    case plain

    /// The style of the platform that runs `dialect`.
    public static func of(_ dialect: Dialect) -> WireStyle {
        switch dialect {
        case .twiml, .cxml: .twilio
        case .texml: .telnyx
        case .pivot, .inboundxml: .plain
        }
    }
}

/// The secrets that sign requests. Never written to the trace or to standard error.
public struct WebhookCredentials: Sendable {
    /// Twilio's auth token: nil sends Twilio-style requests unsigned.
    public var authToken: String? {
        didSet { twilioKey = authToken.map(TwilioSignature.Key.init) }
    }
    /// The token's HMAC keys, prepared once rather than for every request.
    public private(set) var twilioKey: TwilioSignature.Key?
    /// The Ed25519 key that signs Telnyx webhooks.
    public var telnyx: TelnyxSigner

    public init(authToken: String?, telnyx: TelnyxSigner) {
        self.authToken = authToken
        self.twilioKey = authToken.map(TwilioSignature.Key.init)
        self.telnyx = telnyx
    }
}

/// One request as it goes on the wire: method, full URL, headers and body bytes.
public struct WireRequest: Sendable, Hashable {
    public var method: String
    public var url: String
    public var headers: [Header]
    public var body: [UInt8]

    public struct Header: Sendable, Hashable {
        public var name: String
        public var value: String
    }

    /// The value of the header `name` (case-insensitive), if present.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// Builds the wire form of `request`: a GET carries its parameters in the query, a POST as a
    /// form body (or its JSON body), each signed as the platform signs it at `timestamp` (Unix seconds).
    ///
    /// An upload (a ``RequestBody/media(file:contentType:bytes:)`` body) carries `media`, the
    /// recording's bytes, with its media type, by the request's own method (`PUT` or `POST`);
    /// like a JSON body, it is signed over the URL alone.
    public init(
        _ request: WebhookRequest, style: WireStyle, credentials: WebhookCredentials, timestamp: Int,
        idempotencyToken: String, media: [UInt8] = []
    ) {
        method = request.method == "GET" ? "GET" : "POST"
        let pairs = request.parameters.map { (name: $0.name, value: $0.value) }
        var headers: [Header] = []
        switch (method, request.body) {
        case ("GET", _):
            url = request.wireURL
            body = []
        case (_, .json(let document)?):
            url = request.url
            body = Array(document.jsonText.utf8)
            headers.append(Header(name: "Content-Type", value: "application/json"))
        case (_, .media(_, let contentType, _)?):
            method = request.method == "PUT" ? "PUT" : "POST"
            url = request.url
            body = media
            headers.append(Header(name: "Content-Type", value: contentType))
        default:
            url = request.url
            body = Self.formEncodedBytes(pairs)
            headers.append(Header(name: "Content-Type", value: "application/x-www-form-urlencoded; charset=UTF-8"))
        }
        switch style {
        case .twilio:
            headers.append(Header(name: "User-Agent", value: "TwilioProxy/1.1"))
            headers.append(Header(name: "I-Twilio-Idempotency-Token", value: idempotencyToken))
            if let key = credentials.twilioKey {
                // GET: the URL with its query and no parameters; a JSON body: the URL alone.
                let signed = method == "POST" && request.body == nil ? pairs : []
                headers.append(
                    Header(
                        name: "X-Twilio-Signature",
                        value: TwilioSignature.compute(url: url, parameters: signed, key: key)))
            }
        case .telnyx:
            headers.append(Header(name: "User-Agent", value: "Telnyx Webhooks"))
            for (name, value) in credentials.telnyx.headers(body: body, timestamp: timestamp) {
                headers.append(Header(name: name, value: value))
            }
        case .plain:
            headers.append(Header(name: "User-Agent", value: "texml-live"))
        }
        self.headers = headers
    }

    /// `application/x-www-form-urlencoded`: every byte but the unreserved ones percent-encoded.
    static func formEncoded(_ pairs: [(name: String, value: String)]) -> String {
        String(decoding: formEncodedBytes(pairs), as: UTF8.self)
    }

    /// The same, as the body's bytes: measured first, then written into one array of exactly
    /// that size through its buffer (no per-byte growth checks: the load mode's hot path).
    static func formEncodedBytes(_ pairs: [(name: String, value: String)]) -> [UInt8] {
        var count = max(0, pairs.count * 2 - 1)
        for pair in pairs { count += encodedCount(pair.name) + encodedCount(pair.value) }
        return [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            var at = 0
            for (index, pair) in pairs.enumerated() {
                if index > 0 {
                    buffer[at] = UInt8(ascii: "&")
                    at += 1
                }
                at = writePercentEncoded(pair.name, into: buffer, at: at)
                buffer[at] = UInt8(ascii: "=")
                at = writePercentEncoded(pair.value, into: buffer, at: at + 1)
            }
            initialized = at
        }
    }

    /// Whether a byte stands for itself (RFC 3986's unreserved characters), by byte value.
    private static let unreserved: [Bool] = (0..<256).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: "~"):
            true
        default: false
        }
    }

    /// The length of `text` percent-encoded.
    private static func encodedCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { utf8 in
            unreserved.withUnsafeBufferPointer { table in
                var count = utf8.count
                for byte in utf8 where !table[Int(byte)] { count += 2 }
                return count
            }
        }
    }

    /// Writes `text` percent-encoded into `buffer` from `at`; returns the index after it. The
    /// buffer has room: its size came from ``encodedCount(_:)``.
    private static func writePercentEncoded(
        _ text: String, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int
    ) -> Int {
        var text = text
        return text.withUTF8 { utf8 in
            unreserved.withUnsafeBufferPointer { table in
                hexDigits.withUnsafeBufferPointer { hex in
                    var at = start
                    for byte in utf8 {
                        if table[Int(byte)] {
                            buffer[at] = byte
                            at += 1
                        } else {
                            buffer[at] = UInt8(ascii: "%")
                            buffer[at + 1] = hex[Int(byte >> 4)]
                            buffer[at + 2] = hex[Int(byte & 15)]
                            at += 3
                        }
                    }
                    return at
                }
            }
        }
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// Byte by byte over the UTF-8, as `addingPercentEncoding` with the unreserved set does (the
    /// same text), without Foundation's round trip through CFString: the load mode's hot path.
    static func percentEncoded(_ text: String) -> String {
        let bytes = [UInt8](unsafeUninitializedCapacity: encodedCount(text)) { buffer, initialized in
            initialized = writePercentEncoded(text, into: buffer, at: 0)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
