/// A point or a span on the simulation's virtual clock, in whole milliseconds.
///
/// Nothing in the simulator sleeps: time only moves when the interpreter advances it to the next
/// event. Milliseconds keep arithmetic exact, so the same inputs always give the same trace.
public struct SimTime: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var milliseconds: Int64

    public init(milliseconds: Int64) { self.milliseconds = milliseconds }

    public static func seconds(_ seconds: Int) -> SimTime { SimTime(milliseconds: Int64(seconds) * 1000) }
    public static func milliseconds(_ value: Int64) -> SimTime { SimTime(milliseconds: value) }
    public static let zero = SimTime(milliseconds: 0)

    public static func < (lhs: SimTime, rhs: SimTime) -> Bool { lhs.milliseconds < rhs.milliseconds }
    public static func + (lhs: SimTime, rhs: SimTime) -> SimTime {
        SimTime(milliseconds: lhs.milliseconds &+ rhs.milliseconds)
    }
    public static func - (lhs: SimTime, rhs: SimTime) -> SimTime {
        SimTime(milliseconds: lhs.milliseconds &- rhs.milliseconds)
    }
    public static func * (lhs: SimTime, rhs: Int) -> SimTime {
        SimTime(milliseconds: lhs.milliseconds.multipliedReportingOverflow(by: Int64(rhs)).partialValue)
    }
    public static func += (lhs: inout SimTime, rhs: SimTime) { lhs = lhs + rhs }

    /// Whole seconds, rounded up: how platforms report durations (`RecordingDuration`, `CallDuration`).
    public var wholeSecondsRoundedUp: Int { Int((milliseconds + 999) / 1000) }

    /// Seconds with exactly three decimals, `12.345`: the trace's timestamp format.
    public var secondsText: String {
        // Digits written backwards into a buffer on the stack: the trace prints one of these per
        // event. 24 bytes hold a sign, 19 digits and the point.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { digits in
            var start = digits.count
            func prepend(_ byte: UInt8) {
                start -= 1
                digits[start] = byte
            }
            var magnitude = milliseconds.magnitude
            for position in 0..<3 {
                prepend(UInt8(ascii: "0") + UInt8(magnitude % 10))
                magnitude /= 10
                if position == 2 { prepend(UInt8(ascii: ".")) }
            }
            repeat {
                prepend(UInt8(ascii: "0") + UInt8(magnitude % 10))
                magnitude /= 10
            } while magnitude > 0
            if milliseconds < 0 { prepend(UInt8(ascii: "-")) }
            return String(decoding: UnsafeBufferPointer(rebasing: digits[start...]), as: UTF8.self)
        }
    }

    /// The shortest scenario spelling: `6s`, `1.5s`, `250ms`.
    public var description: String {
        if milliseconds % 1000 == 0 { return "\(milliseconds / 1000)s" }
        if milliseconds < 1000 { return "\(milliseconds)ms" }
        var text = secondsText
        while text.hasSuffix("0") { text.removeLast() }
        return text + "s"
    }

    /// Parses a scenario duration: `6s`, `1.5s`, `250ms`, `2m`, `1h`, `1h30m`, or a bare number of
    /// seconds. Returns nil for anything else, including negative values.
    public static func parse(_ text: String) -> SimTime? {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return nil }
        var index = 0
        var total: Int64 = 0
        var sawUnit = false
        while index < bytes.count {
            // A number: digits with an optional fraction.
            var whole: Int64 = 0
            var fractionMilli: Int64 = 0
            var digits = 0
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
                whole = whole * 10 + Int64(bytes[index] - 48)
                if whole > 1_000_000_000 { return nil }
                digits += 1
                index += 1
            }
            var fractionDigits = 0
            var fraction: Int64 = 0
            if index < bytes.count, bytes[index] == 46 {
                index += 1
                while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
                    if fractionDigits < 6 {
                        fraction = fraction * 10 + Int64(bytes[index] - 48)
                        fractionDigits += 1
                    }
                    index += 1
                    digits += 1
                }
            }
            guard digits > 0 else { return nil }
            var unitStart = index
            while index < bytes.count, bytes[index] >= 97, bytes[index] <= 122 { index += 1 }
            let unit = String(decoding: bytes[unitStart..<index], as: UTF8.self)
            unitStart = index
            let scale: Int64
            switch unit {
            case "ms": scale = 1
            case "s", "": scale = 1000
            case "m", "min": scale = 60_000
            case "h": scale = 3_600_000
            default: return nil
            }
            if unit.isEmpty {
                // A bare number is seconds, and only on its own.
                guard !sawUnit, index == bytes.count, total == 0 else { return nil }
            }
            sawUnit = true
            var pow: Int64 = 1
            for _ in 0..<fractionDigits { pow *= 10 }
            fractionMilli = fractionDigits == 0 ? 0 : (fraction * scale) / pow
            total += whole * scale + fractionMilli
        }
        return SimTime(milliseconds: total)
    }
}
