import TeXMLSyntax

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

    public init(
        name: String, type: ValueType, summary: String, defaultValue: String? = nil, errorCode: Int? = nil,
        allowsEmpty: Bool = false
    ) {
        self.name = name
        self.type = type
        self.summary = summary
        self.defaultValue = defaultValue
        self.errorCode = errorCode
        self.allowsEmpty = allowsEmpty
    }
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
    /// Control never reaches the next sibling.
    public let isTerminal: Bool
    /// Control never reaches the next sibling when this attribute is written (`<Dial action>`).
    public let terminalWhenAttribute: String?
    /// Control reaches the next sibling after all when this boolean attribute is true (InboundXML
    /// `<Record background="true">`).
    public let continuesWhenAttribute: String?
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
        textType: ValueType?, isTerminal: Bool, terminalWhenAttribute: String? = nil,
        continuesWhenAttribute: String? = nil, records: Bool,
        attributes: [AttributeSpec], sources: [String]
    ) {
        self.name = name
        self.kind = kind
        self.summary = summary
        self.parents = parents
        self.children = children
        self.text = text
        self.textType = textType
        self.isTerminal = isTerminal
        self.terminalWhenAttribute = terminalWhenAttribute
        self.continuesWhenAttribute = continuesWhenAttribute
        self.records = records
        self.attributes = attributes
        self.sources = sources
        let attributeIndexes = Dictionary(
            attributes.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        self.attributeIndexes = attributeIndexes
        self.isRecord = name == "Record"
        self.recordAttribute = attributeIndexes["record"].map { attributes[$0] }
        self.attributeByteChecks = attributes.map { ByteCheck($0.type, allowsEmpty: $0.allowsEmpty) }
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
