import TeXMLSyntax

/// Why a value does not fit its type. Turned into a diagnostic by the validator, which knows where
/// the value is and what it is for.
enum ValueProblem: Equatable {
    case empty
    case invalidEnum(allowed: [String], suggestion: String?)
    case invalidTokens(bad: [String], allowed: [String])
    /// Not one of the spellings of a boolean.
    case notBoolean(spellings: [String])
    case notInteger
    case notNumber
    case outOfRange(min: Double?, max: Double?)
    case invalidURL(reason: String)
    case invalidMethod
    case invalidKeys(bad: [Character], allowed: String)
    case invalidDTMF(bad: [Character])
    case invalidPhone
    case invalidSIPURI
    case invalidLanguage
    case tooLong(max: Int)
}

/// Checks a written value against a ``ValueType``; pure, so the AST builder and tests share it.
enum ValueChecker {
    static func check(_ value: String, as type: ValueType, allowsEmpty: Bool = false) -> ValueProblem? {
        if value.isEmpty {
            if allowsEmpty { return nil }
            if case .string = type { return nil }
            return .empty
        }
        switch type {
        case .string(let maxLength):
            if let maxLength, value.count > maxLength { return .tooLong(max: maxLength) }
            return nil
        case .url(let schemes):
            return checkURL(value, schemes: schemes)
        case .method:
            return ["GET", "POST"].contains(value.trimmingXMLSpace().uppercased()) ? nil : .invalidMethod
        case .boolean:
            return value == "true" || value == "false" ? nil : .notBoolean(spellings: ["true", "false"])
        case .spelledBoolean(let truths, let falsehoods):
            return truths.contains(value) || falsehoods.contains(value)
                ? nil : .notBoolean(spellings: truths + falsehoods)
        case .integer(let min, let max):
            guard let number = parseInteger(value) else { return .notInteger }
            if let min, number < min { return .outOfRange(min: Double(min), max: max.map(Double.init)) }
            if let max, number > max { return .outOfRange(min: min.map(Double.init), max: Double(max)) }
            return nil
        case .number(let min, let max):
            guard let number = parseDecimal(value) else { return .notNumber }
            if let min, number < min { return .outOfRange(min: min, max: max) }
            if let max, number > max { return .outOfRange(min: min, max: max) }
            return nil
        case .enumeration(let allowed):
            if allowed.contains(value) { return nil }
            return .invalidEnum(allowed: allowed, suggestion: Suggestions.closest(to: value, in: allowed))
        case .tokenList(let allowed):
            if allowed.contains(value) { return nil }  // the common single-token case, without splitting
            let tokens = value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
            if tokens.isEmpty { return .empty }
            let bad = tokens.filter { !allowed.contains($0) }
            return bad.isEmpty ? nil : .invalidTokens(bad: bad, allowed: allowed)
        case .keys(let allowed):
            if value.utf8.allSatisfy({ byte in allowed.utf8.contains(byte) }) { return nil }
            let bad = value.filter { !allowed.contains($0) }
            return bad.isEmpty ? nil : .invalidKeys(bad: Array(bad), allowed: allowed)
        case .dtmf:
            let bad = value.filter { !"0123456789*#wW".contains($0) }
            return bad.isEmpty ? nil : .invalidDTMF(bad: Array(bad))
        case .phone:
            let trimmed = value.trimmingXMLSpace()
            let digits = trimmed.filter(\.isASCIIDigit)
            let allowedPunctuation = trimmed.allSatisfy { $0.isASCIIDigit || " -.()".contains($0) || $0 == "+" }
            let plusOnlyFirst = !trimmed.dropFirst().contains("+")
            return digits.count >= 3 && allowedPunctuation && plusOnlyFirst ? nil : .invalidPhone
        case .sipURI:
            let trimmed = value.trimmingXMLSpace()
            return Array(trimmed.utf8).withUnsafeBufferPointer(SIPURI.isValid) ? nil : .invalidSIPURI
        case .language:
            return isLanguageTag(value) ? nil : .invalidLanguage
        }
    }

    /// Base-10 integer with an optional sign, as platforms accept it.
    static func parseInteger(_ value: String) -> Int? {
        let trimmed = value.trimmingXMLSpace()
        guard !trimmed.isEmpty, trimmed.count <= 18 else { return nil }
        return Int(trimmed)
    }

    /// A plain decimal number (`1`, `-0.5`, `1.25`): no exponent, hex or `inf`, as platforms take it.
    static func parseDecimal(_ value: String) -> Double? {
        let trimmed = value.trimmingXMLSpace()
        var digits = 0
        var dots = 0
        for (index, byte) in trimmed.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "."): dots += 1
            case UInt8(ascii: "-"), UInt8(ascii: "+"): if index != 0 { return nil }
            default: return nil
            }
        }
        guard digits > 0, dots <= 1 else { return nil }
        return Double(trimmed)
    }

    private static func isLanguageTag(_ value: String) -> Bool {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy(\.isASCIILetter) else {
            return false
        }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit }
        }
    }

    private static func checkURL(_ raw: String, schemes: [String]) -> ValueProblem? {
        let value = raw.trimmingXMLSpace()
        if value.isEmpty { return .empty }
        let bytes = value.utf8
        if bytes.contains(where: \.isXMLSpace) { return .invalidURL(reason: "it contains white space") }
        if bytes.contains(where: {
            $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "{")
                || $0 == UInt8(ascii: "}") || $0 == UInt8(ascii: "\\")
        }) {
            return .invalidURL(reason: "it contains characters that must be percent-encoded")
        }
        guard let scheme = URLParts.scheme(of: value) else { return nil }  // relative reference
        guard schemes.contains(scheme) || schemes.contains(scheme.lowercased()) else {
            let list = schemes.map { "\($0):" }.joined(separator: " or ")
            return .invalidURL(reason: "scheme '\(scheme):' is not \(list)")
        }
        let afterScheme = bytes.dropFirst(scheme.utf8.count + 1)
        guard afterScheme.starts(with: "//".utf8) else {
            return .invalidURL(reason: "'\(scheme):' must be followed by '//host'")
        }
        let authority = afterScheme.dropFirst(2).prefix {
            $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#")
        }
        let hostAndPort =
            authority.split(separator: UInt8(ascii: "@"), omittingEmptySubsequences: false).last ?? authority
        let parts = hostAndPort.split(separator: UInt8(ascii: ":"), maxSplits: 1, omittingEmptySubsequences: false)
        if parts.first?.isEmpty ?? true { return .invalidURL(reason: "it has no host") }
        if parts.count == 2 {
            let port = parts[1]
            let number =
                port.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && port.count <= 5
                ? Int(String(decoding: port, as: UTF8.self)) : nil
            if port.isEmpty || number == nil || number! > 65535 {
                return .invalidURL(reason: "its port is not a number from 0 to 65535")
            }
        }
        return nil
    }
}

/// The `sip-uri` type, on UTF-8 bytes: one function for the `String` check and the byte fast
/// path, so the two cannot disagree.
///
/// RFC 3261 19.1 (`sip:user:password@host:port;uri-parameters?headers`), with the scheme optional
/// as Twilio takes it: Twilio's own `<Sip>` examples write `<Sip>kate@example.com</Sip>`
/// (TwilioDevEd/api-snippets twiml/voice/sip/sip-6, sip-7, on https://www.twilio.com/docs/voice/twiml/sip)
/// and error 32214's page `<Sip>username@yoursipdomain.sip.us1.twilio.com`. Without `sip:` or
/// `sips:` the user part is required (`kate@example.com`; a bare `example.com` reads as a host name
/// written where a URI belongs). Checked: a user part without white space or `@`; a host name of
/// letters, digits, `-` and `.`, or an IPv6 reference in brackets; a port of 1 to 5 digits up to
/// 65535; parameters and headers that are not empty and hold no white space, `<`, `>`, `"` or a
/// second `@`. Anything else (non-ASCII included: a SIP URI escapes it) is not a SIP URI, Twilio's
/// 13243 "Dial->SIP: Invalid SIP URI" (https://www.twilio.com/docs/api/errors/13243).
enum SIPURI {
    static func isValid(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = value.count
        func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        func hasPrefix(_ word: StaticString) -> Bool {
            let length = word.utf8CodeUnitCount
            guard count >= length else { return false }
            for offset in 0..<length where lower(value[offset]) != word.utf8Start[offset] { return false }
            return true
        }
        // Bytes no part may hold: controls, space, `"`, `<`, `>`, and anything not ASCII.
        for byte in value where byte <= 0x20 || byte >= 0x7F || byte == 0x22 || byte == 0x3C || byte == 0x3E {
            return false
        }
        var hasScheme = false
        if hasPrefix("sip:") {
            index = 4
            hasScheme = true
        } else if hasPrefix("sips:") {
            index = 5
            hasScheme = true
        }
        // The user part, up to the one `@` (the host and what follows hold none).
        let at = value[index...].firstIndex(of: UInt8(ascii: "@"))
        if let at {
            guard at > index else { return false }
            index = at + 1
        } else if !hasScheme {
            return false
        }
        // The host: `[IPv6]`, or letters, digits, `-` and `.`.
        let hostStart = index
        if index < count, value[index] == UInt8(ascii: "[") {
            index += 1
            while index < count, value[index] != UInt8(ascii: "]") {
                let byte = lower(value[index])
                guard (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x66) || byte == 0x3A || byte == 0x2E
                else { return false }
                index += 1
            }
            guard index < count, index > hostStart + 1 else { return false }
            index += 1
        } else {
            while index < count {
                let byte = lower(value[index])
                guard (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2D || byte == 0x2E
                else { break }
                index += 1
            }
            guard index > hostStart else { return false }
        }
        // The port.
        if index < count, value[index] == UInt8(ascii: ":") {
            index += 1
            var port = 0
            let portStart = index
            while index < count, value[index] >= 0x30, value[index] <= 0x39, index - portStart < 6 {
                port = port * 10 + Int(value[index] - 0x30)
                index += 1
            }
            guard index > portStart, index - portStart <= 5, port <= 65535 else { return false }
        }
        // Then only `;parameters` and `?headers`, each not empty, and no other `@`.
        guard index == count || value[index] == UInt8(ascii: ";") || value[index] == UInt8(ascii: "?") else {
            return false
        }
        var previous: UInt8 = 0
        while index < count {
            let byte = value[index]
            if byte == UInt8(ascii: "@") { return false }
            index += 1
            previous = byte
        }
        return previous != UInt8(ascii: ";") && previous != UInt8(ascii: "?")
    }
}

/// Small URL helpers shared by the checker and the lints.
enum URLParts {
    /// The scheme of an absolute URL (`https`), or nil for a relative reference.
    static func scheme(of value: String) -> String? {
        let bytes = value.utf8
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon != bytes.startIndex else { return nil }
        let candidate = bytes[..<colon]
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        guard isLetter(candidate.first!),
            candidate.allSatisfy({
                isLetter($0) || ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-")
                    || $0 == UInt8(ascii: ".")
            })
        else { return nil }
        return String(decoding: candidate, as: UTF8.self)
    }

    /// Whether a relative reference looks like a host name written without a scheme
    /// (`app.example.com/handle`, `www.example.com`), which the platform would resolve as a path.
    static func looksLikeHostWithoutScheme(_ value: String) -> Bool {
        guard scheme(of: value) == nil, !value.hasPrefix("/"), !value.hasPrefix(".") else { return false }
        let firstSegment = value.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if firstSegment.lowercased().hasPrefix("www.") { return true }
        let labels = firstSegment.split(separator: ".")
        guard labels.count >= 2, let last = labels.last else { return false }
        let topLevel = last.split(separator: ":").first ?? last
        // `voicemail.xml` is a file; `example.com` is a host: decide by known top-level domains.
        return ["com", "net", "org", "io", "dev", "app", "co", "us", "uk", "de", "cloud", "ngrok"].contains(
            topLevel.lowercased())
    }
}

/// "Did you mean" suggestions by edit distance.
enum Suggestions {
    static func closest(to word: String, in candidates: [String]) -> String? {
        let lower = word.lowercased()
        if let caseMatch = candidates.first(where: { $0.lowercased() == lower }) { return caseMatch }
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(lower, candidate.lowercased())
            if distance <= max(1, min(3, word.count / 3)), distance < (best?.1 ?? .max) { best = (candidate, distance) }
        }
        return best?.0
    }

    /// Optimal-string-alignment distance: a transposition (`Sya` for `Say`) counts as one edit.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.utf8)
        let b = Array(b.utf8)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = Swift.min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
    var isASCIILetter: Bool { isASCII && isLetter }
}

// MARK: - The byte-level fast path

/// A ``ValueType`` prepared for checking values on their UTF-8 bytes: the words it allows as byte
/// arrays, the keys as a bit set. Built once per attribute when the grammar is.
struct ByteCheck: Sendable {
    private enum Kind: Sendable {
        case string(maxLength: Int?)
        /// Absolute URLs with one of these schemes.
        case url(schemes: [[UInt8]])
        case method
        case boolean
        case integer(min: Int?, max: Int?)
        case words([[UInt8]])
        case tokens([[UInt8]])
        /// One bit per byte value allowed.
        case keys(ByteSet)
        case phone
        case sipURI
        case language
        /// Always left to ``ValueChecker/check(_:as:allowsEmpty:)``.
        case undecided
    }

    private let kind: Kind
    /// An empty value is fine.
    private let emptyIsFine: Bool

    init(_ type: ValueType, allowsEmpty: Bool) {
        switch type {
        case .string(let maxLength): kind = .string(maxLength: maxLength)
        case .url(let schemes): kind = .url(schemes: schemes.map { Array($0.utf8) })
        case .method: kind = .method
        case .boolean: kind = .boolean
        case .spelledBoolean(let truths, let falsehoods): kind = .words((truths + falsehoods).map { Array($0.utf8) })
        case .integer(let min, let max): kind = .integer(min: min, max: max)
        case .number: kind = .undecided
        case .enumeration(let allowed): kind = .words(allowed.map { Array($0.utf8) })
        case .tokenList(let allowed): kind = .tokens(allowed.map { Array($0.utf8) })
        case .keys(let allowed): kind = .keys(ByteSet(allowed.utf8))
        case .dtmf: kind = .keys(ByteSet("0123456789*#wW".utf8))
        case .phone: kind = .phone
        case .sipURI: kind = .sipURI
        case .language: kind = .language
        }
        if case .string = type {
            emptyIsFine = true
        } else {
            emptyIsFine = allowsEmpty
        }
    }

    /// Whether ``ValueChecker/check(_:as:allowsEmpty:)`` finds no problem with the value and, for
    /// a URL, the no-scheme lint does not apply either, decided without making a `String`.
    ///
    /// `true` only when that is certain. `false` means "look closer": the caller then runs the
    /// `String` checks, which find the exact problem (or none, for the rare values decided there:
    /// relative URLs, numbers, and non-ASCII text that `Character` semantics might treat
    /// differently from bytes).
    func isCertainlyFine(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        if value.isEmpty { return emptyIsFine }
        switch kind {
        case .string(let maxLength):
            // A string has at most as many characters as bytes.
            guard let maxLength else { return true }
            return value.count <= maxLength
        case .url(let schemes):
            return Self.isFineAbsoluteURL(trimmingXMLSpace(value), schemes: schemes)
        case .method:
            let trimmed = trimmingXMLSpace(value)
            return Self.equalsIgnoringASCIICase(trimmed, "GET") || Self.equalsIgnoringASCIICase(trimmed, "POST")
        case .boolean:
            return Self.equals(value, "true") || Self.equals(value, "false")
        case .integer(let min, let max):
            guard let number = Self.parseASCIIInteger(trimmingXMLSpace(value)) else { return false }
            if let min, number < min { return false }
            if let max, number > max { return false }
            return true
        case .words(let allowed):
            return allowed.contains { Self.equals(value, $0) }
        case .tokens(let allowed):
            if allowed.contains(where: { Self.equals(value, $0) }) { return true }
            guard Self.isPlainASCII(value) else { return false }
            // Split at space, tab and LF, as `check` does; every token must be allowed.
            var tokens = 0
            var start = 0
            for end in 0...value.count
            where end == value.count || value[end] == 0x20 || value[end] == 0x09 || value[end] == 0x0A {
                if end > start {
                    let token = UnsafeBufferPointer(rebasing: value[start..<end])
                    guard allowed.contains(where: { Self.equals(token, $0) }) else { return false }
                    tokens += 1
                }
                start = end + 1
            }
            return tokens > 0
        case .keys(let allowed):
            return value.allSatisfy { allowed.contains($0) }
        case .phone:
            let trimmed = trimmingXMLSpace(value)
            var digits = 0
            for index in 0..<trimmed.count {
                switch trimmed[index] {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
                case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "("), UInt8(ascii: ")"):
                    break
                case UInt8(ascii: "+"): if index != 0 { return false }
                default: return false
                }
            }
            return digits >= 3
        case .sipURI:
            // The same function as the `String` check, on the same trimmed bytes.
            return SIPURI.isValid(trimmingXMLSpace(value))
        case .language:
            // Letters, then parts of 1 to 8 letters or digits, separated by `-`.
            var partStart = 0
            for end in 0...value.count where end == value.count || value[end] == UInt8(ascii: "-") {
                let length = end - partStart
                if partStart == 0 {
                    guard length >= 2, length <= 3 else { return false }
                } else {
                    guard length >= 1, length <= 8 else { return false }
                }
                for index in partStart..<end {
                    let byte = value[index]
                    let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
                    guard isLetter || (partStart > 0 && byte >= 0x30 && byte <= 0x39) else { return false }
                }
                partStart = end + 1
            }
            return true
        case .undecided:
            return false
        }
    }

    /// An absolute URL that `checkURL` accepts; false for relative references, which the
    /// no-scheme lint must look at, and for every problem.
    private static func isFineAbsoluteURL(_ value: UnsafeBufferPointer<UInt8>, schemes: [[UInt8]]) -> Bool {
        // Bytes a URL may not contain: white space, and `<`, `>`, `"`, `{`, `}` and `\`, which must be
        // percent-encoded. A bit per ASCII byte, in two words.
        let forbiddenLow: UInt64 = 1 << 0x09 | 1 << 0x0A | 1 << 0x0D | 1 << 0x20 | 1 << 0x22 | 1 << 0x3C | 1 << 0x3E
        let forbiddenHigh: UInt64 = 1 << (0x5C - 64) | 1 << (0x7B - 64) | 1 << (0x7D - 64)
        var colon = -1
        if !mayHoldForbiddenByte(value) {
            colon = value.firstIndex(of: UInt8(ascii: ":")) ?? -1
        } else {
            for index in 0..<value.count {
                let byte = value[index]
                if byte < 64 {
                    if forbiddenLow >> byte & 1 != 0 { return false }
                    if byte == UInt8(ascii: ":"), colon < 0 { colon = index }
                } else if byte < 128, forbiddenHigh >> (byte - 64) & 1 != 0 {
                    return false
                }
            }
        }
        // The scheme: a letter, then letters, digits, `+`, `-` or `.`; else a relative reference.
        guard colon > 0 else { return false }
        for index in 0..<colon {
            let byte = value[index]
            let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
            guard
                isLetter
                    || (index > 0 && ((byte >= 0x30 && byte <= 0x39) || byte == 0x2B || byte == 0x2D || byte == 0x2E))
            else { return false }
        }
        // `schemes.contains(scheme) || schemes.contains(scheme.lowercased())`
        let scheme = UnsafeBufferPointer(rebasing: value[..<colon])
        guard schemes.contains(where: { equals(scheme, $0) || equalsLowercased(scheme, $0) }) else { return false }
        // `//`, then the authority up to `/`, `?` or `#`; its host and port follow the last `@`.
        guard colon + 2 < value.count, value[colon + 1] == UInt8(ascii: "/"), value[colon + 2] == UInt8(ascii: "/")
        else { return false }
        var hostStart = colon + 3
        var authorityEnd = hostStart
        while authorityEnd < value.count {
            let byte = value[authorityEnd]
            if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") { break }
            if byte == UInt8(ascii: "@") { hostStart = authorityEnd + 1 }
            authorityEnd += 1
        }
        var portColon = hostStart
        while portColon < authorityEnd, value[portColon] != UInt8(ascii: ":") { portColon += 1 }
        guard portColon > hostStart else { return false }  // no host
        guard portColon < authorityEnd else { return true }  // no port
        let portLength = authorityEnd - portColon - 1
        guard portLength >= 1, portLength <= 5 else { return false }
        var port = 0
        for index in (portColon + 1)..<authorityEnd {
            let byte = value[index]
            guard byte >= 0x30 && byte <= 0x39 else { return false }
            port = port * 10 + Int(byte - 0x30)
        }
        return port <= 65535
    }

    /// False when the value certainly holds none of the bytes a URL may not contain; true when it
    /// may (any byte below 0x21 counts), eight bytes at a time.
    private static func mayHoldForbiddenByte(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        @inline(__always) func zeroBytes(_ word: UInt64) -> UInt64 {
            (word &- 0x0101_0101_0101_0101) & ~word
        }
        let raw = UnsafeRawBufferPointer(value)
        var index = 0
        while index + 8 <= value.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let below21 = (word &- 0x2121_2121_2121_2121) & ~word
            let marked =
                below21 | zeroBytes(word ^ 0x2222_2222_2222_2222) | zeroBytes(word ^ 0x3C3C_3C3C_3C3C_3C3C)
                | zeroBytes(word ^ 0x3E3E_3E3E_3E3E_3E3E) | zeroBytes(word ^ 0x5C5C_5C5C_5C5C_5C5C)
                | zeroBytes(word ^ 0x7B7B_7B7B_7B7B_7B7B) | zeroBytes(word ^ 0x7D7D_7D7D_7D7D_7D7D)
            if marked & 0x8080_8080_8080_8080 != 0 { return true }
            index += 8
        }
        while index < value.count {
            switch value[index] {
            case 0..<0x21, 0x22, 0x3C, 0x3E, 0x5C, 0x7B, 0x7D: return true
            default: index += 1
            }
        }
        return false
    }

    private static func lowercasedASCII(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    private static func equals(_ value: UnsafeBufferPointer<UInt8>, _ word: [UInt8]) -> Bool {
        guard value.count == word.count else { return false }
        for index in 0..<word.count where value[index] != word[index] { return false }
        return true
    }

    private static func equals(_ value: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        guard value.count == word.utf8CodeUnitCount else { return false }
        let bytes = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for index in 0..<bytes.count where value[index] != bytes[index] { return false }
        return true
    }

    /// Whether the value, with ASCII capitals lowered, is `word`.
    private static func equalsLowercased(_ value: UnsafeBufferPointer<UInt8>, _ word: [UInt8]) -> Bool {
        guard value.count == word.count else { return false }
        for index in 0..<word.count where lowercasedASCII(value[index]) != word[index] { return false }
        return true
    }

    private static func equalsIgnoringASCIICase(_ value: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        guard value.count == word.utf8CodeUnitCount else { return false }
        let bytes = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for index in 0..<bytes.count where lowercasedASCII(value[index]) != lowercasedASCII(bytes[index]) {
            return false
        }
        return true
    }

    /// ASCII without CR, where every byte is one `Character`.
    private static func isPlainASCII(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        value.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }

    /// What ``ValueChecker/parseInteger(_:)`` returns for a value already trimmed; nil when unsure.
    private static func parseASCIIInteger(_ trimmed: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !trimmed.isEmpty, trimmed.count <= 18 else { return nil }
        var index = 0
        var negative = false
        if trimmed[0] == UInt8(ascii: "-") || trimmed[0] == UInt8(ascii: "+") {
            negative = trimmed[0] == UInt8(ascii: "-")
            index = 1
        }
        guard index < trimmed.count else { return nil }
        var number = 0
        while index < trimmed.count {
            let byte = trimmed[index]
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            number = number * 10 + Int(byte - 0x30)
            index += 1
        }
        return negative ? -number : number
    }
}

/// A set of byte values.
struct ByteSet: Sendable {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    init(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            let bit = UInt64(1) << (byte & 63)
            switch byte >> 6 {
            case 0: words.0 |= bit
            case 1: words.1 |= bit
            case 2: words.2 |= bit
            default: words.3 |= bit
            }
        }
    }

    func contains(_ byte: UInt8) -> Bool {
        let word: UInt64
        switch byte >> 6 {
        case 0: word = words.0
        case 1: word = words.1
        case 2: word = words.2
        default: word = words.3
        }
        return word >> (byte & 63) & 1 != 0
    }
}
