/// URL reference resolution (RFC 3986, section 5.2), on strings, without Foundation.
///
/// Platforms resolve a relative `action` or `<Redirect>` URL against the URL of the document
/// that contains it; this is that algorithm, exactly, so `../next.xml` and `?step=2` land where
/// they would on the platform.
enum URLResolution {
    struct Parts: Equatable {
        var scheme: String?
        var authority: String?
        var path: String
        var query: String?
        var fragment: String?

        init(_ text: String) {
            // On the UTF-8 bytes with integer offsets: the delimiters are ASCII, so every cut is
            // a scalar boundary, and walking a `Substring`'s views cost more than the parse.
            var text = text
            let parts = text.withUTF8 { bytes in
                func string(_ range: Range<Int>) -> String {
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                }
                var end = bytes.count
                var fragment: String?
                if let hash = bytes.firstIndex(of: UInt8(ascii: "#")) {
                    fragment = string((hash + 1)..<end)
                    end = hash
                }
                var query: String?
                if let question = bytes[..<end].firstIndex(of: UInt8(ascii: "?")) {
                    query = string((question + 1)..<end)
                    end = question
                }
                var start = 0
                var scheme: String?
                if let colon = bytes[..<end].firstIndex(of: UInt8(ascii: ":")), Self.isScheme(bytes[..<colon]) {
                    scheme = string(0..<colon).lowercased()
                    start = colon + 1
                }
                var authority: String?
                if end - start >= 2, bytes[start] == UInt8(ascii: "/"), bytes[start + 1] == UInt8(ascii: "/") {
                    start += 2
                    let slash = bytes[start..<end].firstIndex(of: UInt8(ascii: "/")) ?? end
                    authority = string(start..<slash)
                    start = slash
                }
                return (scheme, authority, string(start..<end), query, fragment)
            }
            scheme = parts.0
            authority = parts.1
            path = parts.2
            query = parts.3
            fragment = parts.4
        }

        init(scheme: String?, authority: String?, path: String, query: String?, fragment: String?) {
            self.scheme = scheme
            self.authority = authority
            self.path = path
            self.query = query
            self.fragment = fragment
        }

        /// RFC 3986: `ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`.
        static func isScheme(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
            guard let first = bytes.first, isASCIILetter(first) else { return false }
            return bytes.allSatisfy {
                isASCIILetter($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "+")
                    || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".")
            }
        }

        private static func isASCIILetter(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
        }

        var text: String {
            var result = ""
            result.reserveCapacity(
                (scheme?.utf8.count ?? 0) + (authority?.utf8.count ?? 0) + path.utf8.count
                    + (query?.utf8.count ?? 0) + (fragment?.utf8.count ?? 0) + 5)
            if let scheme {
                result += scheme
                result += ":"
            }
            if let authority {
                result += "//"
                result += authority
            }
            result += path
            if let query {
                result += "?"
                result += query
            }
            if let fragment {
                result += "#"
                result += fragment
            }
            return result
        }
    }

    /// Resolves `reference` against the absolute `base`.
    static func resolve(_ reference: String, against base: String) -> String {
        // Most references are already absolute http(s) URLs without dot segments: RFC 3986
        // gives them back unchanged, so skip taking them apart.
        if reference.utf8.starts(with: "https://".utf8) || reference.utf8.starts(with: "http://".utf8),
            !hasDotSegmentStart(reference)
        {
            return reference
        }
        let ref = Parts(reference)
        let base = Parts(base)
        var target: Parts
        if ref.scheme != nil {
            target = Parts(
                scheme: ref.scheme, authority: ref.authority, path: removeDotSegments(ref.path), query: ref.query,
                fragment: ref.fragment)
        } else if ref.authority != nil {
            target = Parts(
                scheme: base.scheme, authority: ref.authority, path: removeDotSegments(ref.path), query: ref.query,
                fragment: ref.fragment)
        } else if ref.path.isEmpty {
            target = Parts(
                scheme: base.scheme, authority: base.authority, path: base.path, query: ref.query ?? base.query,
                fragment: ref.fragment)
        } else if ref.path.hasPrefix("/") {
            target = Parts(
                scheme: base.scheme, authority: base.authority, path: removeDotSegments(ref.path), query: ref.query,
                fragment: ref.fragment)
        } else {
            target = Parts(
                scheme: base.scheme, authority: base.authority, path: removeDotSegments(merge(base, ref.path)),
                query: ref.query, fragment: ref.fragment)
        }
        return target.text
    }

    /// Whether `text` contains `/.` (where a dot segment may start), on UTF-8 code units: a
    /// `String.contains` of a string goes through Foundation.
    private static func hasDotSegmentStart(_ text: String) -> Bool {
        var previousIsSlash = false
        for byte in text.utf8 {
            if previousIsSlash && byte == UInt8(ascii: ".") { return true }
            previousIsSlash = byte == UInt8(ascii: "/")
        }
        return false
    }

    private static func merge(_ base: Parts, _ path: String) -> String {
        if base.authority != nil, base.path.isEmpty { return "/" + path }
        guard let slash = base.path.lastIndex(of: "/") else { return path }
        return String(base.path[...slash]) + path
    }

    static func removeDotSegments(_ path: String) -> String {
        // Without a segment starting with a dot there is nothing to remove: most paths.
        var atSegmentStart = true
        var hasDotSegment = false
        for byte in path.utf8 {
            if atSegmentStart && byte == UInt8(ascii: ".") {
                hasDotSegment = true
                break
            }
            atSegmentStart = byte == UInt8(ascii: "/")
        }
        guard hasDotSegment else { return path }
        var input = Substring(path)
        var output: [Substring] = []
        while !input.isEmpty {
            if input.hasPrefix("../") {
                input = input.dropFirst(3)
            } else if input.hasPrefix("./") {
                input = input.dropFirst(2)
            } else if input.hasPrefix("/./") {
                input = input.dropFirst(2)
            } else if input == "/." {
                input = "/"
            } else if input.hasPrefix("/../") {
                input = input.dropFirst(3)
                if !output.isEmpty { output.removeLast() }
            } else if input == "/.." {
                input = "/"
                if !output.isEmpty { output.removeLast() }
            } else if input == "." || input == ".." {
                input = ""
            } else {
                let start = input.hasPrefix("/") ? input.index(after: input.startIndex) : input.startIndex
                let end = input[start...].firstIndex(of: "/") ?? input.endIndex
                output.append(input[..<end])
                input = input[end...]
            }
        }
        return output.joined()
    }

    /// Whether `text` is an absolute URL with a scheme.
    static func isAbsolute(_ text: String) -> Bool { Parts(text).scheme != nil }

    /// The URL without its query and fragment.
    static func withoutQuery(_ text: String) -> String {
        var parts = Parts(text)
        parts.query = nil
        parts.fragment = nil
        return parts.text
    }

    /// `application/x-www-form-urlencoded` encoding of one name or value.
    static func formEncode(_ text: String) -> String { percentEncode(text, form: true) }

    /// Percent-encoding of every byte but RFC 3986's unreserved characters (`A-Z a-z 0-9 - . _ ~`);
    /// `form`: the HTML form variant instead (`*` kept, `~` encoded, space as `+`).
    static func percentEncode(_ text: String, form: Bool = false) -> String {
        // Most names and values need no escape: give them back without building a copy.
        guard text.utf8.contains(where: { !isKept($0, form: form) }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count * 3)
        appendPercentEncoded(text, form: form, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `byte` is written as itself by ``percentEncode(_:form:)``.
    @inline(__always)
    private static func isKept(_ byte: UInt8, form: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"):
            true
        case UInt8(ascii: "*"): form
        case UInt8(ascii: "~"): !form
        default: false
        }
    }

    private static func appendPercentEncoded(_ text: String, form: Bool, to bytes: inout [UInt8]) {
        for byte in text.utf8 {
            if isKept(byte, form: form) {
                bytes.append(byte)
            } else if byte == UInt8(ascii: " ") && form {
                bytes.append(UInt8(ascii: "+"))
            } else {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(hexDigit(byte >> 4))
                bytes.append(hexDigit(byte & 15))
            }
        }
    }

    @inline(__always)
    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10
    }

    /// `url` with `parameters` appended to its query, as a GET request sends them.
    static func appendingQuery(_ url: String, _ parameters: [(String, String)]) -> String {
        guard !parameters.isEmpty else { return url }
        var parts = Parts(url)
        var encoded: [UInt8] = []
        encoded.reserveCapacity(parameters.reduce(0) { $0 + $1.0.utf8.count + $1.1.utf8.count + 2 } * 3 / 2)
        for (index, (name, value)) in parameters.enumerated() {
            if index > 0 { encoded.append(UInt8(ascii: "&")) }
            appendPercentEncoded(name, form: true, to: &encoded)
            encoded.append(UInt8(ascii: "="))
            appendPercentEncoded(value, form: true, to: &encoded)
        }
        let query = String(decoding: encoded, as: UTF8.self)
        parts.query = parts.query.map { $0.isEmpty ? query : $0 + "&" + query } ?? query
        return parts.text
    }
}
