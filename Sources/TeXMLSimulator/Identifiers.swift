import TeXMLGrammar

/// A small, fast, seeded pseudo-random generator (SplitMix64): the same seed gives the same
/// identifiers on every machine and every run.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The shapes of a platform's identifiers: profile data (``PlatformBehaviour/identifiers``), so
/// ``IdentifierFactory`` asks no question of the dialect.
public struct IdentifierScheme: Sendable, Hashable {
    /// The shape of one kind of identifier.
    public enum Format: Sendable, Hashable {
        /// `prefix` then `digits` lowercase hex digits (`"CA"` + 32: Twilio's `CallSid`).
        case hex(prefix: String, digits: Int)
        /// A version 4 UUID, `8-4-4-4-12` lowercase hex digits.
        case uuid
        /// `prefix` then `length` URL-safe base64 characters (`"v3:"` + 43: Telnyx's `CallSid`).
        case token(prefix: String, length: Int)
    }

    public var account: Format
    public var call: Format
    public var recording: Format
    public var transcription: Format
    public var conference: Format
    /// A media stream's (`StreamSid`, Telnyx's `stream_id`): drawn from the call's SID and the
    /// stream's number, not from the seed's streams.
    public var stream: Format

    /// Twilio's: two letters then 32 hex digits (`MZ` for streams).
    public static let twilio = IdentifierScheme(
        account: .hex(prefix: "AC", digits: 32), call: .hex(prefix: "CA", digits: 32),
        recording: .hex(prefix: "RE", digits: 32), transcription: .hex(prefix: "TR", digits: 32),
        conference: .hex(prefix: "CF", digits: 32), stream: .hex(prefix: "MZ", digits: 32))
    /// TelAPI's: Twilio's shape (telapi-ruby's examples: "AC" + 32 hex digits); its streams'
    /// identifiers are undocumented, UUIDs here.
    public static let telAPI = IdentifierScheme(
        account: .hex(prefix: "AC", digits: 32), call: .hex(prefix: "CA", digits: 32),
        recording: .hex(prefix: "RE", digits: 32), transcription: .hex(prefix: "TR", digits: 32),
        conference: .hex(prefix: "CF", digits: 32), stream: .uuid)
    /// Telnyx's: UUIDs, but for the `v3:` call control ids.
    public static let telnyx = IdentifierScheme(
        account: .uuid, call: .token(prefix: "v3:", length: 43), recording: .uuid, transcription: .uuid,
        conference: .uuid, stream: .uuid)
    /// SignalWire's: UUIDs throughout; its AccountSid is the Project ID.
    public static let signalWire = IdentifierScheme(
        account: .uuid, call: .uuid, recording: .uuid, transcription: .uuid, conference: .uuid, stream: .uuid)
    /// Kazoo's: account, media and conference ids are 32 hex digits; call ids are SIP Call-IDs
    /// (UUIDs here).
    public static let kazoo = IdentifierScheme(
        account: .hex(prefix: "", digits: 32), call: .uuid, recording: .hex(prefix: "", digits: 32),
        transcription: .hex(prefix: "", digits: 32), conference: .hex(prefix: "", digits: 32), stream: .uuid)
}

/// Makes the platform's identifiers (account, call, recording) from the scenario's seed, in the
/// shapes of its profile's ``IdentifierScheme``.
///
/// Each kind of identifier draws from its own stream, so adding a recording does not change the
/// call identifiers that follow it: goldens stay stable under unrelated edits.
struct IdentifierFactory: Sendable {
    let scheme: IdentifierScheme
    private var calls: SeededGenerator
    private var recordings: SeededGenerator
    private var other: SeededGenerator
    private var conferences: SeededGenerator
    private var transcriptions: SeededGenerator

    init(scheme: IdentifierScheme, seed: UInt64) {
        self.scheme = scheme
        calls = SeededGenerator(seed: seed &* 31 &+ 1)
        recordings = SeededGenerator(seed: seed &* 31 &+ 2)
        other = SeededGenerator(seed: seed &* 31 &+ 3)
        conferences = SeededGenerator(seed: seed &* 31 &+ 4)
        transcriptions = SeededGenerator(seed: seed &* 31 &+ 5)
    }

    /// The identifiers of `dialect`'s profile.
    init(dialect: Dialect, seed: UInt64) {
        self.init(scheme: PlatformBehaviour.of(dialect).identifiers, seed: seed)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
    private static let urlSafe = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    static func hex(_ count: Int, _ generator: inout SeededGenerator) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        var word = generator.next()
        for index in 0..<count {
            if index % 16 == 0, index > 0 { word = generator.next() }
            bytes.append(hexDigits[Int(word & 15)])
            word >>= 4
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func uuid(_ generator: inout SeededGenerator) -> String {
        let text = Array(hex(32, &generator).utf8)
        var result: [UInt8] = []
        for (index, byte) in text.enumerated() {
            if [8, 12, 16, 20].contains(index) { result.append(45) }
            // Version 4, variant 10xx: the shape Telnyx's identifiers have.
            if index == 12 {
                result.append(52)
            } else if index == 16 {
                result.append(hexDigits[8 + Int(byte % 4)])
            } else {
                result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func token(_ count: Int, _ generator: inout SeededGenerator) -> String {
        var bytes: [UInt8] = []
        for _ in 0..<count { bytes.append(urlSafe[Int(generator.next() % 64)]) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// An identifier of `format`, drawn from `generator`.
    static func make(_ format: IdentifierScheme.Format, _ generator: inout SeededGenerator) -> String {
        switch format {
        case .hex(let prefix, let digits): prefix + hex(digits, &generator)
        case .uuid: uuid(&generator)
        case .token(let prefix, let length): prefix + token(length, &generator)
        }
    }

    mutating func accountSid() -> String { Self.make(scheme.account, &other) }

    mutating func connectionId() -> String {
        String(1_000_000_000_000_000_000 + other.next() % 8_000_000_000_000_000_000)
    }

    mutating func callSid() -> String { Self.make(scheme.call, &calls) }

    mutating func recordingSid() -> String { Self.make(scheme.recording, &recordings) }

    mutating func transcriptionSid() -> String { Self.make(scheme.transcription, &transcriptions) }

    mutating func conferenceSid() -> String { Self.make(scheme.conference, &conferences) }
}

/// FNV-1a 64 of a string: a stable seed for voices (Swift's `Hasher` is randomised per process).
func stableHash(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
        hash ^= UInt64(byte)
        hash = hash &* 0x0000_0100_0000_01b3
    }
    return hash
}
