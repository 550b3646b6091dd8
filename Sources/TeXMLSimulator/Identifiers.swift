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

/// Makes the platform's identifiers (account, call, recording) from the scenario's seed.
///
/// Each kind of identifier draws from its own stream, so adding a recording does not change the
/// call identifiers that follow it: goldens stay stable under unrelated edits.
struct IdentifierFactory: Sendable {
    let dialect: Dialect
    private var calls: SeededGenerator
    private var recordings: SeededGenerator
    private var other: SeededGenerator
    private var conferences: SeededGenerator
    private var transcriptions: SeededGenerator

    init(dialect: Dialect, seed: UInt64) {
        self.dialect = dialect
        calls = SeededGenerator(seed: seed &* 31 &+ 1)
        recordings = SeededGenerator(seed: seed &* 31 &+ 2)
        other = SeededGenerator(seed: seed &* 31 &+ 3)
        conferences = SeededGenerator(seed: seed &* 31 &+ 4)
        transcriptions = SeededGenerator(seed: seed &* 31 &+ 5)
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

    mutating func accountSid() -> String {
        switch dialect {
        // TelAPI's identifiers have Twilio's shape (telapi-ruby's examples: "AC" + 32 hex digits).
        case .twiml, .inboundxml: "AC" + Self.hex(32, &other)
        // SignalWire's AccountSid is the Project ID, a UUID like its other identifiers.
        case .texml, .cxml: Self.uuid(&other)
        // Kazoo account, media and conference ids are 32 hex digits; call ids are SIP Call-IDs.
        case .pivot: Self.hex(32, &other)
        }
    }

    mutating func connectionId() -> String {
        String(1_000_000_000_000_000_000 + other.next() % 8_000_000_000_000_000_000)
    }

    mutating func callSid() -> String {
        switch dialect {
        case .twiml, .inboundxml: "CA" + Self.hex(32, &calls)
        case .texml: "v3:" + Self.token(43, &calls)
        case .cxml, .pivot: Self.uuid(&calls)
        }
    }

    mutating func recordingSid() -> String {
        switch dialect {
        case .twiml, .inboundxml: "RE" + Self.hex(32, &recordings)
        case .texml, .cxml: Self.uuid(&recordings)
        case .pivot: Self.hex(32, &recordings)
        }
    }

    mutating func transcriptionSid() -> String {
        switch dialect {
        case .twiml, .inboundxml: "TR" + Self.hex(32, &transcriptions)
        case .texml, .cxml: Self.uuid(&transcriptions)
        case .pivot: Self.hex(32, &transcriptions)
        }
    }

    mutating func conferenceSid() -> String {
        switch dialect {
        case .twiml, .inboundxml: "CF" + Self.hex(32, &conferences)
        case .texml, .cxml: Self.uuid(&conferences)
        case .pivot: Self.hex(32, &conferences)
        }
    }
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
