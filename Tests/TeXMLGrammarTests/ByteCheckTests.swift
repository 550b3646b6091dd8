import Testing

@testable import TeXMLGrammar

/// The byte-level fast path may only ever say "fine" when the `String` checks agree: a wrong
/// "fine" would hide a diagnostic. (A wrong "look closer" only costs time.)
@Suite("ByteCheck agrees with ValueChecker")
struct ByteCheckTests {
    static let values: [String] = [
        "", " ", "  true", "true", "false", "TRUE", "True", "1", "-1", "+5", "0", "007", "120", "121", "-0",
        "99999999999999999999", "999999999999999999", "12a", "1.5", "-0.5", ".5", "1e3", "abc", "http://x",
        "https://example.com/a?b#c", "HTTPS://EXAMPLE.COM", "Https://x.io", "https://", "https:/x", "https:x",
        "https://:80/", "https://h:65535/", "https://h:65536/", "https://h:/", "https://h:12a/", "https://h:0080/",
        "https://u@h:80/p", "https://a@b@h/", "https://a@/", "https://h/p:q", "ftp://x/", "wss://x/", "/relative",
        "relative.xml", "www.example.com", "app.example.com/handle", "example.io", "x y", "https://h/{x}",
        "https://h/\u{e9}", "https://h/a b", " https://h/ ", "https://h/\t", "h\u{e9}llo", "GET", "post", "Get",
        "PUT", " POST ", "G\u{c9}T", "dtmf", "speech", "dtmf speech", "dtmf  speech", "dtmf\tspeech",
        "dtmf\nspeech", "dtmf\r\nspeech", "dtmf bogus", " dtmf", "initiated ringing", "completed", "answered x",
        "0123456789*#", "12#", "abc#", "wW123", "12\u{e9}", "", "+15551234567", "+1 (555) 123-4567", "555", "12",
        "1+2", "+1555\u{e9}", "+1\r\n555", "sip:a@b", "SIP:a@b", "sips:x", "sip:", "sip:a b", "tel:123", "sipx:a",
        "kate@example.com", "a@b:5060;transport=tls?x=y", "a@", "@b", "a@b:", "a@[::1]:5", "a@b\r\n", "a@b;",
        "a@b@c", "sip:a:pw@h", "a\u{e9}@b",
        "en-US", "en", "e", "english-US-x", "en-123456789", "zh-Hant-TW", "en_US", "en--US", "-en", "en-",
        "\u{212A}", "K", "record-from-start", "do-not-record", "trim-silence", "both", "alice", "Polly.Joanna",
        "a\nb", "\r\n", "e\u{301}", "e\u{301}n-US", "t\u{301}rue", "0.1", "2.0", "2.5", "1000000", "-3",
    ]

    /// Every value type of every dialect's grammar, with and without `allowsEmpty`, and a few more.
    static var types: [ValueType] {
        var types: [ValueType] = [
            .number(min: 0, max: 1), .keys("0123456789ABCDwW#*"), .dtmf, .string(maxLength: 3),
            .integer(min: nil, max: nil), .integer(min: -5, max: 5), .tokenList(["dtmf", "speech"]),
        ]
        for dialect in Dialect.allCases {
            for element in Grammar.of(dialect).elements.values {
                types += element.attributes.map(\.type)
                if let textType = element.textType { types.append(textType) }
            }
        }
        return Array(Set(types))
    }

    @Test("isCertainlyFine implies no problem and no missing-scheme lint")
    func fastPathIsSound() {
        var decided = 0
        for type in Self.types {
            for allowsEmpty in [false, true] {
                let byteCheck = ByteCheck(type, allowsEmpty: allowsEmpty)
                for value in Self.values + Self.values.map({ $0 + " " + $0 }) {
                    let fine = Array(value.utf8).withUnsafeBufferPointer { byteCheck.isCertainlyFine($0) }
                    guard fine else { continue }
                    decided += 1
                    #expect(
                        ValueChecker.check(value, as: type, allowsEmpty: allowsEmpty) == nil,
                        "\(type) allowsEmpty=\(allowsEmpty): '\(value)'")
                    if case .url = type {
                        #expect(!URLParts.looksLikeHostWithoutScheme(value.trimmingXMLSpace()), "'\(value)'")
                    }
                }
            }
        }
        #expect(decided > 500)
    }

    /// The values tried on one attribute or text type: the shared list, the type's own words, and
    /// numbers at and just past its bounds and its documented range's.
    static func values(for type: ValueType, documented: DocumentedRange?) -> [String] {
        var values = Self.values
        switch type {
        case .enumeration(let words), .tokenList(let words):
            values += words + words.map { $0.uppercased() } + words.map { " " + $0 + " " }
            if words.count > 1 { values.append(words[0] + " " + words[1]) }
        case .spelledBoolean(let truths, let falsehoods): values += truths + falsehoods
        case .keys(let keys): values += keys.map { String($0) } + [keys]
        case .string(let maxLength?):
            values += [String(repeating: "a", count: maxLength), String(repeating: "a", count: maxLength + 1)]
        default: break
        }
        var bounds: [Double] = []
        if case .integer(let min, let max) = type { bounds += [min, max].compactMap { $0.map(Double.init) } }
        if case .number(let min, let max) = type { bounds += [min, max].compactMap { $0 } }
        bounds += [documented?.min, documented?.max].compactMap { $0 }
        for bound in bounds {
            for number in [bound - 1, bound - 0.5, bound, bound + 0.5, bound + 1] {
                values.append(number.rounded() == number ? String(Int(number)) : String(number))
            }
        }
        return values
    }

    /// Whether the validator's slow path (`Validator.checkValue`) finds anything in `value`: a
    /// wrong type, a value outside the documented range, a URL without a scheme.
    static func slowPathFinds(_ value: String, type: ValueType, allowsEmpty: Bool, documented: DocumentedRange?)
        -> Bool
    {
        if ValueChecker.check(value, as: type, allowsEmpty: allowsEmpty) != nil { return true }
        if let documented, let number = ValueChecker.parseDecimal(value), !documented.contains(number) { return true }
        if case .url = type, URLParts.looksLikeHostWithoutScheme(value.trimmingXMLSpace()) { return true }
        return false
    }

    /// The fast path as the validator runs it: each dialect's grammar's own byte checks (the
    /// attribute's type narrowed to its documented range, the text's type), against everything
    /// the slow path would report for the same value.
    @Test("every dialect's byte checks agree with the slow path", arguments: Dialect.allCases)
    func grammarFastPathIsSound(_ dialect: Dialect) {
        let grammar = Grammar.of(dialect)
        var decided = 0
        for name in grammar.elements.keys.sorted() {
            let element = grammar.elements[name]!
            for (index, attribute) in element.attributes.enumerated() {
                let byteCheck = element.attributeByteChecks[index]
                for value in Self.values(for: attribute.type, documented: attribute.documentedRange) {
                    guard Array(value.utf8).withUnsafeBufferPointer({ byteCheck.isCertainlyFine($0) }) else { continue }
                    decided += 1
                    #expect(
                        !Self.slowPathFinds(
                            value, type: attribute.type, allowsEmpty: attribute.allowsEmpty,
                            documented: attribute.documentedRange),
                        "\(dialect) <\(name) \(attribute.name)=\"\(value)\">: the fast path passes what the slow path reports"
                    )
                }
            }
            if let textType = element.textType, let byteCheck = element.textByteCheck {
                for value in Self.values(for: textType, documented: nil) {
                    // The validator trims the text before either path sees it.
                    let text = value.trimmingXMLSpace()
                    guard Array(text.utf8).withUnsafeBufferPointer({ byteCheck.isCertainlyFine($0) }) else { continue }
                    decided += 1
                    #expect(
                        !Self.slowPathFinds(text, type: textType, allowsEmpty: false, documented: nil),
                        "\(dialect) <\(name)>\(text)</\(name)>: the fast path passes what the slow path reports")
                }
            }
        }
        // Each grammar has hundreds of attributes; most common values are decided on bytes.
        #expect(decided > 1000, "\(dialect): only \(decided) values decided on bytes")
    }

    @Test("common valid values are decided without a String")
    func fastPathDecidesCommonValues() {
        let cases: [(ValueType, String)] = [
            (.url(schemes: ["http", "https"]), "https://app.example.com/next?step=2"),
            (.method, "POST"), (.boolean, "true"), (.integer(min: 1, max: nil), "10"),
            (.enumeration(["do-not-record", "record-from-start"]), "record-from-start"),
            (.tokenList(["dtmf", "speech"]), "dtmf speech"), (.keys("0123456789*#"), "#"), (.dtmf, "1234#"),
            (.phone, "+1 (555) 123-4567"), (.sipURI, "sip:alice@example.com"), (.language, "en-US"),
            (.string(maxLength: nil), "Hello"),
        ]
        for (type, value) in cases {
            let fine = Array(value.utf8).withUnsafeBufferPointer {
                ByteCheck(type, allowsEmpty: false).isCertainlyFine($0)
            }
            #expect(fine, "\(type): '\(value)'")
        }
    }
}
