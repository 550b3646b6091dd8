// Generated from Grammar/ by `swift run texml-grammar-gen`. Do not edit.

public import TeXMLSyntax

/// `<Record>`: records the caller.
public struct RecordElement: Sendable, Hashable, Codable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `action`: URL requested when the recording ends.
    public var action: Attribute<String>
    /// `method`: HTTP method for action.
    public var method: Attribute<String>
    /// `timeout`: seconds of silence that end the recording.
    public var timeout: Attribute<Int>
    /// `maxLength`: longest recording in seconds.
    public var maxLength: Attribute<Int>
    /// `finishOnKey`: keys that end the recording.
    public var finishOnKey: Attribute<String>
    /// `playBeep`: whether a beep plays.
    public var playBeep: Attribute<Bool>
    /// `trim`: silence trimming.
    public var trim: Attribute<String>
    /// `recordingStatusCallbackEvent`: events.
    public var recordingStatusCallbackEvent: Attribute<[String]>
    /// `transcribe`: transcription (twiml only).
    public var transcribe: Attribute<Bool>
    /// `channels`: channels (texml only).
    public var channels: Attribute<String>

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        action = reader.string("action")
        method = reader.string("method")
        timeout = reader.integer("timeout")
        maxLength = reader.integer("maxLength")
        finishOnKey = reader.string("finishOnKey")
        playBeep = reader.boolean("playBeep")
        trim = reader.string("trim")
        recordingStatusCallbackEvent = reader.tokens("recordingStatusCallbackEvent")
        transcribe = reader.boolean("transcribe")
        channels = reader.string("channels")
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] {
        [
            action.field("action"),
            method.field("method"),
            timeout.field("timeout"),
            maxLength.field("maxLength"),
            finishOnKey.field("finishOnKey"),
            playBeep.field("playBeep"),
            trim.field("trim"),
            recordingStatusCallbackEvent.field("recordingStatusCallbackEvent"),
            transcribe.field("transcribe"),
            channels.field("channels"),
        ].compactMap { $0 }
    }
}

/// `<Response>`: the document root.
public struct ResponseElement: Sendable, Hashable, Codable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// The child elements in document order.
    public var children: [Node]

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        self.children = children
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] {
        [
        ].compactMap { $0 }
    }
}

/// `<Say>`: speaks text.
public struct SayElement: Sendable, Hashable, Codable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `loop`: times to repeat.
    public var loop: Attribute<Int>
    /// The text content, white space trimmed.
    public var text: String
    /// Where the text is, if there is any.
    public var textRange: SourceRange?

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        loop = reader.integer("loop")
        (text, textRange) = reader.text()
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] {
        [
            loop.field("loop"),
        ].compactMap { $0 }
    }
}

/// Any element of a validated document.
public indirect enum Node: Sendable, Hashable, Codable {
    case record(RecordElement)
    case response(ResponseElement)
    case say(SayElement)

    /// The element name.
    public var name: String {
        switch self {
        case .record(_): "Record"
        case .response(_): "Response"
        case .say(_): "Say"
        }
    }

    /// The whole element.
    public var range: SourceRange {
        switch self {
        case .record(let node): node.range
        case .response(let node): node.range
        case .say(let node): node.range
        }
    }

    /// The element name in its start tag.
    public var nameRange: SourceRange {
        switch self {
        case .record(let node): node.nameRange
        case .response(let node): node.nameRange
        case .say(let node): node.nameRange
        }
    }

    /// The child elements.
    public var children: [Node] {
        switch self {
        case .record(_): []
        case .response(let node): node.children
        case .say(_): []
        }
    }

    /// The text content, for elements that have text.
    public var text: String? {
        switch self {
        case .record(_): nil
        case .response(_): nil
        case .say(let node): node.text
        }
    }

    /// Written and defaulted attributes.
    public var attributeFields: [AttributeField] {
        switch self {
        case .record(let node): node.attributeFields
        case .response(let node): node.attributeFields
        case .say(let node): node.attributeFields
        }
    }
}

extension ASTBuilder {
    func makeNode(_ reader: AttributeReader, children: [Node]) -> Node? {
        switch reader.element.name {
        case "Record": .record(.init(reader, children: children))
        case "Response": .response(.init(reader, children: children))
        case "Say": .say(.init(reader, children: children))
        default: nil
        }
    }
}
