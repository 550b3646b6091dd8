import TeXMLSyntax

/// Why a value does not fit its type. Turned into a diagnostic by the validator, which knows where
/// the value is and what it is for.
enum ValueProblem: Equatable {
    case empty
    case invalidEnum(allowed: [String], suggestion: String?)
    case invalidTokens(bad: [String], allowed: [String])
    case notBoolean
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
            return ["GET", "POST"].contains(value.trimmingXMLWhitespace().uppercased()) ? nil : .invalidMethod
        case .boolean:
            return value == "true" || value == "false" ? nil : .notBoolean
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
            let trimmed = value.trimmingXMLWhitespace()
            let digits = trimmed.filter(\.isASCIIDigit)
            let allowedPunctuation = trimmed.allSatisfy { $0.isASCIIDigit || " -.()".contains($0) || $0 == "+" }
            let plusOnlyFirst = !trimmed.dropFirst().contains("+")
            return digits.count >= 3 && allowedPunctuation && plusOnlyFirst ? nil : .invalidPhone
        case .sipURI:
            let lower = value.trimmingXMLWhitespace().lowercased()
            guard lower.hasPrefix("sip:") || lower.hasPrefix("sips:") else { return .invalidSIPURI }
            let rest = lower.drop(while: { $0 != ":" }).dropFirst()
            return rest.isEmpty || rest.contains(" ") ? .invalidSIPURI : nil
        case .language:
            return isLanguageTag(value) ? nil : .invalidLanguage
        }
    }

    /// Base-10 integer with an optional sign, as platforms accept it.
    static func parseInteger(_ value: String) -> Int? {
        let trimmed = value.trimmingXMLWhitespace()
        guard !trimmed.isEmpty, trimmed.count <= 18 else { return nil }
        return Int(trimmed)
    }

    /// A plain decimal number (`1`, `-0.5`, `1.25`): no exponent, hex or `inf`, as platforms take it.
    static func parseDecimal(_ value: String) -> Double? {
        let trimmed = value.trimmingXMLWhitespace()
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
        let value = raw.trimmingXMLWhitespace()
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

extension StringProtocol {
    /// Without leading and trailing XML white space (space, tab, CR, LF); works on UTF-8 bytes.
    func trimmingXMLWhitespace() -> String {
        let string = String(self)
        let bytes = string.utf8
        guard let first = bytes.firstIndex(where: { !$0.isXMLSpace }) else { return "" }
        let last = bytes.lastIndex(where: { !$0.isXMLSpace })!
        if first == bytes.startIndex && last == bytes.index(before: bytes.endIndex) { return string }
        return String(string[first...last])
    }
}

// MARK: - The byte-level fast path

extension ValueChecker {
    /// Whether `check` finds no problem with the value and, for a URL, the no-scheme lint does not
    /// apply either, decided on the value's UTF-8 without making a `String`.
    ///
    /// `true` only when that is certain. `false` means "look closer": the caller then runs
    /// ``check(_:as:allowsEmpty:)`` on the value as a `String`, which finds the exact problem (or
    /// none, for the rare values this function does not decide, such as non-ASCII text that
    /// `Character` semantics might treat differently from bytes).
    static func isCertainlyFine(_ value: UnsafeBufferPointer<UInt8>, as type: ValueType, allowsEmpty: Bool) -> Bool {
        if value.isEmpty {
            if allowsEmpty { return true }
            if case .string = type { return true }
            return false
        }
        switch type {
        case .string(let maxLength):
            // A string has at most as many characters as bytes.
            guard let maxLength else { return true }
            return value.count <= maxLength
        case .url(let schemes):
            return isCertainlyFineAbsoluteURL(trimmingXMLWhitespace(value), schemes: schemes)
        case .method:
            let trimmed = trimmingXMLWhitespace(value)
            return equalsIgnoringASCIICase(trimmed, "GET") || equalsIgnoringASCIICase(trimmed, "POST")
        case .boolean:
            return equals(value, "true") || equals(value, "false")
        case .integer(let min, let max):
            guard let number = parseASCIIInteger(trimmingXMLWhitespace(value)) else { return false }
            if let min, number < min { return false }
            if let max, number > max { return false }
            return true
        case .number:
            return false
        case .enumeration(let allowed):
            return allowed.contains { equals(value, $0) }
        case .tokenList(let allowed):
            if allowed.contains(where: { equals(value, $0) }) { return true }
            guard isPlainASCII(value) else { return false }
            let tokens = value.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A })
            return !tokens.isEmpty
                && tokens.allSatisfy { token in allowed.contains { equals(UnsafeBufferPointer(rebasing: token), $0) } }
        case .keys(let allowed):
            return value.allSatisfy { allowed.utf8.contains($0) }
        case .dtmf:
            return value.allSatisfy { "0123456789*#wW".utf8.contains($0) }
        case .phone:
            let trimmed = trimmingXMLWhitespace(value)
            guard isPlainASCII(trimmed) else { return false }
            var digits = 0
            for (index, byte) in trimmed.enumerated() {
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
                case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "("), UInt8(ascii: ")"):
                    break
                case UInt8(ascii: "+"): if index != 0 { return false }
                default: return false
                }
            }
            return digits >= 3
        case .sipURI:
            let trimmed = trimmingXMLWhitespace(value)
            guard isPlainASCII(trimmed), let colon = trimmed.firstIndex(of: UInt8(ascii: ":")) else { return false }
            let scheme = UnsafeBufferPointer(rebasing: trimmed[..<colon])
            guard equalsIgnoringASCIICase(scheme, "sip") || equalsIgnoringASCIICase(scheme, "sips") else {
                return false
            }
            let rest = trimmed[(colon + 1)...]
            return !rest.isEmpty && !rest.contains(UInt8(ascii: " "))
        case .language:
            guard isPlainASCII(value) else { return false }
            func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
            func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
            let parts = value.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
            guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy(isLetter) else {
                return false
            }
            return parts.dropFirst().allSatisfy { part in
                (1...8).contains(part.count) && part.allSatisfy { isLetter($0) || isDigit($0) }
            }
        }
    }

    /// An absolute URL that `checkURL` accepts; false for relative references, which the
    /// no-scheme lint must look at, and for every problem.
    private static func isCertainlyFineAbsoluteURL(_ value: UnsafeBufferPointer<UInt8>, schemes: [String]) -> Bool {
        // Bytes a URL may not contain: white space, and `<`, `>`, `"`, `{`, `}` and `\`, which must be
        // percent-encoded. A bit per ASCII byte, in two words.
        let forbiddenLow: UInt64 = 1 << 0x09 | 1 << 0x0A | 1 << 0x0D | 1 << 0x20 | 1 << 0x22 | 1 << 0x3C | 1 << 0x3E
        let forbiddenHigh: UInt64 = 1 << (0x5C - 64) | 1 << (0x7B - 64) | 1 << (0x7D - 64)
        guard !value.isEmpty,
            !value.contains(where: {
                $0 < 64 ? forbiddenLow >> $0 & 1 != 0 : $0 < 128 && forbiddenHigh >> ($0 - 64) & 1 != 0
            }),
            let colon = value.firstIndex(of: UInt8(ascii: ":")), colon != 0
        else { return false }
        let scheme = UnsafeBufferPointer(rebasing: value[..<colon])
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        guard isLetter(scheme[0]),
            scheme.allSatisfy({
                isLetter($0) || ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-")
                    || $0 == UInt8(ascii: ".")
            })
        else { return false }
        guard
            schemes.contains(where: {
                // `schemes.contains(scheme) || schemes.contains(scheme.lowercased())`
                scheme.elementsEqual($0.utf8) || scheme.elementsEqual($0.utf8, by: { Self.lowercasedASCII($0) == $1 })
            })
        else { return false }
        let afterScheme = value[(colon + 1)...]
        guard afterScheme.starts(with: "//".utf8) else { return false }
        let authority = afterScheme.dropFirst(2).prefix {
            $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#")
        }
        let hostAndPort = authority.lastIndex(of: UInt8(ascii: "@")).map { authority[($0 + 1)...] } ?? authority
        guard let portColon = hostAndPort.firstIndex(of: UInt8(ascii: ":")) else { return !hostAndPort.isEmpty }
        guard portColon != hostAndPort.startIndex else { return false }
        let port = hostAndPort[(portColon + 1)...]
        guard !port.isEmpty, port.count <= 5, port.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        return port.reduce(0) { $0 * 10 + Int($1 - 0x30) } <= 65535
    }

    /// Whether the bytes are the UTF-8 of `word`.
    private static func equals(_ value: UnsafeBufferPointer<UInt8>, _ word: String) -> Bool {
        let utf8 = word.utf8
        guard utf8.count == value.count else { return false }
        return utf8.withContiguousStorageIfAvailable { word in
            var index = 0
            while index < word.count {
                if word[index] != value[index] { return false }
                index += 1
            }
            return true
        } ?? value.elementsEqual(utf8)
    }

    private static func lowercasedASCII(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    private static func equalsIgnoringASCIICase(_ value: UnsafeBufferPointer<UInt8>, _ word: String) -> Bool {
        value.elementsEqual(word.utf8) { lowercasedASCII($0) == lowercasedASCII($1) }
    }

    /// ASCII without CR, where every byte is one `Character`.
    private static func isPlainASCII(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        value.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }

    /// What ``parseInteger(_:)`` returns for an ASCII value already trimmed; nil when unsure.
    private static func parseASCIIInteger(_ trimmed: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !trimmed.isEmpty, trimmed.count <= 18 else { return nil }
        var digits = trimmed[...]
        var negative = false
        if let sign = digits.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            negative = sign == UInt8(ascii: "-")
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty else { return nil }
        var number = 0
        for byte in digits {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            number = number * 10 + Int(byte - 0x30)
        }
        return negative ? -number : number
    }
}

/// The value without leading and trailing XML white space.
func trimmingXMLWhitespace(_ value: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    var start = 0
    var end = value.count
    while start < end, value[start].isXMLSpace { start += 1 }
    while end > start, value[end - 1].isXMLSpace { end -= 1 }
    return UnsafeBufferPointer(rebasing: value[start..<end])
}
