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
            var rest = Substring(text)
            if let hash = rest.firstIndex(of: "#") {
                fragment = String(rest[rest.index(after: hash)...])
                rest = rest[..<hash]
            }
            if let question = rest.firstIndex(of: "?") {
                query = String(rest[rest.index(after: question)...])
                rest = rest[..<question]
            }
            if let colon = rest.firstIndex(of: ":"), Self.isScheme(rest[..<colon]) {
                scheme = rest[..<colon].lowercased()
                rest = rest[rest.index(after: colon)...]
            }
            if rest.hasPrefix("//") {
                rest = rest.dropFirst(2)
                let end = rest.firstIndex(of: "/") ?? rest.endIndex
                authority = String(rest[..<end])
                rest = rest[end...]
            }
            path = String(rest)
        }

        init(scheme: String?, authority: String?, path: String, query: String?, fragment: String?) {
            self.scheme = scheme
            self.authority = authority
            self.path = path
            self.query = query
            self.fragment = fragment
        }

        static func isScheme(_ text: Substring) -> Bool {
            guard let first = text.unicodeScalars.first, first.properties.isASCIIHexDigit || first.isASCIILetter
            else { return false }
            return first.isASCIILetter
                && text.unicodeScalars.allSatisfy {
                    $0.isASCIILetter || $0.isASCIIDigit || "+-.".unicodeScalars.contains($0)
                }
        }

        var text: String {
            var result = ""
            if let scheme { result += scheme + ":" }
            if let authority { result += "//" + authority }
            result += path
            if let query { result += "?" + query }
            if let fragment { result += "#" + fragment }
            return result
        }
    }

    /// Resolves `reference` against the absolute `base`.
    static func resolve(_ reference: String, against base: String) -> String {
        // Most references are already absolute http(s) URLs without dot segments: RFC 3986
        // gives them back unchanged, so skip taking them apart.
        if reference.hasPrefix("https://") || reference.hasPrefix("http://"), !reference.contains("/.") {
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

    private static func merge(_ base: Parts, _ path: String) -> String {
        if base.authority != nil, base.path.isEmpty { return "/" + path }
        guard let slash = base.path.lastIndex(of: "/") else { return path }
        return String(base.path[...slash]) + path
    }

    static func removeDotSegments(_ path: String) -> String {
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
        var result = ""
        let hex = Array("0123456789ABCDEF".unicodeScalars)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: "*") where form, UInt8(ascii: "~") where !form:
                result.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: " ") where form:
                result += "+"
            default:
                result += "%"
                result.unicodeScalars.append(hex[Int(byte >> 4)])
                result.unicodeScalars.append(hex[Int(byte & 15)])
            }
        }
        return result
    }

    /// `url` with `parameters` appended to its query, as a GET request sends them.
    static func appendingQuery(_ url: String, _ parameters: [(String, String)]) -> String {
        guard !parameters.isEmpty else { return url }
        var parts = Parts(url)
        let encoded = parameters.map { formEncode($0.0) + "=" + formEncode($0.1) }.joined(separator: "&")
        parts.query = parts.query.map { $0.isEmpty ? encoded : $0 + "&" + encoded } ?? encoded
        return parts.text
    }
}

extension Unicode.Scalar {
    fileprivate var isASCIILetter: Bool { (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
    fileprivate var isASCIIDigit: Bool { (0x30...0x39).contains(value) }
}
