public import TeXMLSyntax

/// The kind of an element.
public enum ElementKind: String, Sendable, Hashable, Codable {
    /// `<Response>`.
    case root
    /// An instruction executed in order: `<Say>`, `<Record>`, …
    case verb
    /// Something a verb acts on: `<Number>`, `<Recording>`, …
    case noun
    /// A speech-markup tag inside `<Say>`.
    case ssml
}

/// What character data an element may contain.
public enum TextRule: String, Sendable, Hashable, Codable {
    case none
    case optional
    case required
    /// Text interleaved with child elements (SSML in `<Say>`).
    case mixed
}

/// The type of an attribute value or of an element's text, with its constraints.
public enum ValueType: Sendable, Hashable {
    case string(maxLength: Int?)
    /// An absolute URL with one of `schemes`, or a relative reference.
    case url(schemes: [String])
    /// `GET` or `POST`.
    case method
    /// `true` or `false`.
    case boolean
    /// A boolean in a dialect's own spellings (InboundXML: `true`, `True`, `TRUE`, `1`…).
    case spelledBoolean(truths: [String], falsehoods: [String])
    case integer(min: Int?, max: Int?)
    case number(min: Double?, max: Double?)
    case enumeration([String])
    /// Space-separated tokens from the list.
    case tokenList([String])
    /// A string made only of the given characters (`finishOnKey`).
    case keys(String)
    /// DTMF to send: `0-9`, `*`, `#`, `w`, `W`.
    case dtmf
    case phone
    case sipURI
    case language
}

extension ValueType {
    /// What a written boolean means in this type's spellings: nil when it is not a boolean's.
    public func booleanValue(_ text: String) -> Bool? {
        switch self {
        case .spelledBoolean(let truths, let falsehoods):
            truths.contains(text) ? true : falsehoods.contains(text) ? false : nil
        default:
            text == "true" ? true : text == "false" ? false : nil
        }
    }
}

extension ValueType {
    /// This type with its numeric bounds narrowed to `range`: what the byte fast path may pass
    /// without a look at the documented range.
    func narrowed(to range: DocumentedRange?) -> ValueType {
        guard let range else { return self }
        switch self {
        case .integer(let min, let max):
            return .integer(
                min: range.min.map { Swift.max(Int($0.rounded(.up)), min ?? Int.min) } ?? min,
                max: range.max.map { Swift.min(Int($0.rounded(.down)), max ?? Int.max) } ?? max)
        case .number(let min, let max):
            return .number(
                min: range.min.map { Swift.max($0, min ?? -.infinity) } ?? min,
                max: range.max.map { Swift.min($0, max ?? .infinity) } ?? max)
        default:
            return self
        }
    }
}

/// One attribute of an element in one dialect.
public struct AttributeSpec: Sendable, Hashable {
    public var name: String
    public var type: ValueType
    /// A short phrase used in messages ("seconds of silence that end the recording").
    public var summary: String
    /// The dialect's default, as written in markup.
    public var defaultValue: String?
    /// The platform error code for a bad value, when it has its own.
    public var errorCode: Int?
    /// Whether an empty value is allowed (Twilio `<Gather finishOnKey="">`).
    public var allowsEmpty: Bool
    /// The range the platform's page documents, when it is narrower than what the type accepts:
    /// a value between the two is a warning and used as written.
    public var documentedRange: DocumentedRange?

    public init(
        name: String, type: ValueType, summary: String, defaultValue: String? = nil, errorCode: Int? = nil,
        allowsEmpty: Bool = false, documentedRange: DocumentedRange? = nil
    ) {
        self.name = name
        self.type = type
        self.summary = summary
        self.defaultValue = defaultValue
        self.errorCode = errorCode
        self.allowsEmpty = allowsEmpty
        self.documentedRange = documentedRange
    }
}

/// The bounds a platform documents for a number it accepts beyond them (Twilio's `<Dial
/// timeout>`: "a positive integer" for error 13212, 5–600 s on the `<Dial>` page), with why a
/// value outside them may still work.
public struct DocumentedRange: Sendable, Hashable {
    public var min: Double?
    public var max: Double?
    /// What the platform does outside the range, in the words of its page.
    public var advice: String

    public init(min: Double?, max: Double?, advice: String) {
        self.min = min
        self.max = max
        self.advice = advice
    }

    public func contains(_ value: Double) -> Bool {
        (min.map { value >= $0 } ?? true) && (max.map { value <= $0 } ?? true)
    }
}

/// A platform error code as `Grammar/codes.json` lists it: how the platform logs it and what
/// a call does when the platform meets it.
public struct PlatformCode: Sendable, Hashable {
    /// How the platform logs a code.
    public enum Level: String, Sendable, Hashable {
        case error
        case warning
    }

    public var code: Int
    public var platform: String
    public var title: String
    public var level: Level
    /// What the call does: the diagnostic's ``PlatformEffect``.
    public var effect: PlatformEffect
    /// The platform's page for the code.
    public var source: String
    /// Where the effect is texml's reading rather than the page's words.
    public var note: String?

    public init(
        code: Int, platform: String, title: String, level: Level, effect: PlatformEffect, source: String,
        note: String? = nil
    ) {
        self.code = code
        self.platform = platform
        self.title = title
        self.level = level
        self.effect = effect
        self.source = source
        self.note = note
    }

    private static let byCode = Dictionary(all.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })

    /// The entry for `code`, if `Grammar/codes.json` lists it.
    public static func named(_ code: Int) -> PlatformCode? { byCode[code] }
}

/// One element in one dialect. A class: the validator looks one up for every element it reads,
/// and sharing one immutable instance costs a single retain instead of copying every field.
public final class ElementSpec: Sendable {
    public let name: String
    public let kind: ElementKind
    public let summary: String
    /// Elements this one may stand directly under.
    public let parents: [String]
    /// Elements that may stand directly under this one (derived from their `parents`).
    public let children: [String]
    public let text: TextRule
    public let textType: ValueType?
    /// The platform error code for text that does not fit `textType`, when the platform has its
    /// own (Twilio's 13243 for a `<Sip>` URI); else the generic schema code. Its effect is in
    /// `Grammar/codes.json`.
    public let textErrorCode: Int?
    /// Control never reaches the next sibling.
    public let isTerminal: Bool
    /// Control never reaches the next sibling when this attribute is written (`<Dial action>`).
    public let terminalWhenAttribute: String?
    /// Control reaches the next sibling after all when this boolean attribute is true (InboundXML
    /// `<Record background="true">`).
    public let continuesWhenAttribute: String?
    /// Control reaches the next sibling after all when the element's recording is empty: the
    /// platform then skips the action and runs the next verb (Twilio's `<Record>`: "If Twilio
    /// receives an empty recording, it will not make a request to the action URL; the call flow
    /// continues with the next verb"). The simulator's `empty_recording_policy` is the same rule.
    public let continuesWhenEmpty: Bool
    /// The element can make a recording.
    public let records: Bool
    public let attributes: [AttributeSpec]
    public let sources: [String]
    private let attributeIndexes: [String: Int]
    /// This is `<Record>`, which has lints of its own.
    let isRecord: Bool
    /// The `record` attribute, whose value switches recording on and off.
    let recordAttribute: AttributeSpec?
    /// The value types of `attributes`, prepared for checking bytes.
    let attributeByteChecks: [ByteCheck]
    /// `textType`, prepared for checking bytes.
    let textByteCheck: ByteCheck?

    public init(
        name: String, kind: ElementKind, summary: String, parents: [String], children: [String], text: TextRule,
        textType: ValueType?, textErrorCode: Int? = nil, isTerminal: Bool, terminalWhenAttribute: String? = nil,
        continuesWhenAttribute: String? = nil, continuesWhenEmpty: Bool = false, records: Bool,
        attributes: [AttributeSpec], sources: [String]
    ) {
        self.name = name
        self.kind = kind
        self.summary = summary
        self.parents = parents
        self.children = children
        self.text = text
        self.textType = textType
        self.textErrorCode = textErrorCode
        self.isTerminal = isTerminal
        self.terminalWhenAttribute = terminalWhenAttribute
        self.continuesWhenAttribute = continuesWhenAttribute
        self.continuesWhenEmpty = continuesWhenEmpty
        self.records = records
        self.attributes = attributes
        self.sources = sources
        let attributeIndexes = Dictionary(
            attributes.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        self.attributeIndexes = attributeIndexes
        self.isRecord = name == "Record"
        self.recordAttribute = attributeIndexes["record"].map { attributes[$0] }
        self.attributeByteChecks = attributes.map {
            ByteCheck($0.type.narrowed(to: $0.documentedRange), allowsEmpty: $0.allowsEmpty)
        }
        self.textByteCheck = textType.map { ByteCheck($0, allowsEmpty: false) }
    }

    /// The attribute named `name`.
    public func attribute(_ name: String) -> AttributeSpec? {
        attributeIndexes[name].map { attributes[$0] }
    }

    /// The index in `attributes` of the attribute named `name`.
    func attributeIndex(_ name: String) -> Int? { attributeIndexes[name] }

    /// `<Record>`
    public var tag: String { "<\(name)>" }
}

/// The complete grammar of one dialect: every element and attribute it knows.
public struct Grammar: Sendable {
    public var dialect: Dialect
    public var elements: [String: ElementSpec]
    /// Element names in the order of the grammar files, for stable messages.
    public var elementNames: [String]

    public init(dialect: Dialect, elements: [ElementSpec]) {
        self.dialect = dialect
        self.elements = Dictionary(elements.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        self.elementNames = elements.map(\.name)
    }

    public func element(_ name: String) -> ElementSpec? { elements[name] }
}
