// Generated from Grammar/ by `swift run texml-grammar-gen`. Do not edit.

/// A markup dialect: one platform's variant of the call-flow language.
public enum Dialect: String, Sendable, Hashable, Codable, CaseIterable {
    /// TwiML, as Twilio runs it.
    case twiml
    /// TeXML, as Telnyx runs it.
    case texml

    /// The platform that runs this dialect.
    public var platform: String {
        switch self {
        case .twiml: "Twilio"
        case .texml: "Telnyx"
        }
    }

    /// The language's own name.
    public var language: String {
        switch self {
        case .twiml: "TwiML"
        case .texml: "TeXML"
        }
    }
}

extension Grammar {
    /// Every element of TwiML (Twilio).
    public static let twiml = Grammar(
        dialect: .twiml,
        elements: [
            ElementSpec(
                name: "Record", kind: .verb,
                summary: "records the caller",
                parents: ["Response"],
                children: [],
                text: .none, textType: nil,
                isTerminal: true, records: true,
                attributes: [
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested when the recording ends",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for action",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "timeout", type: .integer(min: 0, max: nil),
                        summary: "seconds of silence that end the recording",
                        defaultValue: "5", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "maxLength", type: .integer(min: 1, max: 14400),
                        summary: "longest recording in seconds",
                        defaultValue: "3600", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "finishOnKey", type: .keys("0123456789*#"),
                        summary: "keys that end the recording",
                        defaultValue: "1234567890*#", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "playBeep", type: .boolean,
                        summary: "whether a beep plays",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "trim", type: .enumeration(["trim-silence", "do-not-trim"]),
                        summary: "silence trimming",
                        defaultValue: "trim-silence", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallbackEvent", type: .tokenList(["in-progress", "completed", "absent"]),
                        summary: "events",
                        defaultValue: "completed", errorCode: 13621, allowsEmpty: false),
                    AttributeSpec(
                        name: "transcribe", type: .boolean,
                        summary: "transcription",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                ],
                sources: []),
            ElementSpec(
                name: "Response", kind: .root,
                summary: "the document root",
                parents: [],
                children: ["Record", "Say"],
                text: .none, textType: nil,
                isTerminal: false, records: false,
                attributes: [
                ],
                sources: []),
            ElementSpec(
                name: "Say", kind: .verb,
                summary: "speaks text",
                parents: ["Response"],
                children: [],
                text: .required, textType: .string(maxLength: nil),
                isTerminal: false, records: false,
                attributes: [
                    AttributeSpec(
                        name: "loop", type: .integer(min: 0, max: nil),
                        summary: "times to repeat",
                        defaultValue: "1", errorCode: nil, allowsEmpty: false),
                ],
                sources: []),
        ])
    /// Every element of TeXML (Telnyx).
    public static let texml = Grammar(
        dialect: .texml,
        elements: [
            ElementSpec(
                name: "Record", kind: .verb,
                summary: "records the caller",
                parents: ["Response"],
                children: [],
                text: .none, textType: nil,
                isTerminal: true, records: true,
                attributes: [
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested when the recording ends",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for action",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "timeout", type: .integer(min: 0, max: nil),
                        summary: "seconds of silence that end the recording",
                        defaultValue: "0", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "maxLength", type: .integer(min: 0, max: 14400),
                        summary: "longest recording in seconds",
                        defaultValue: "3600", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "finishOnKey", type: .keys("0123456789*#"),
                        summary: "keys that end the recording",
                        defaultValue: "1234567890*#", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "playBeep", type: .boolean,
                        summary: "whether a beep plays",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "trim", type: .enumeration(["trim-silence"]),
                        summary: "silence trimming",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "channels", type: .enumeration(["single", "dual"]),
                        summary: "channels",
                        defaultValue: "dual", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallbackEvent", type: .tokenList(["in-progress", "completed"]),
                        summary: "events",
                        defaultValue: "completed", errorCode: 13621, allowsEmpty: false),
                ],
                sources: []),
            ElementSpec(
                name: "Response", kind: .root,
                summary: "the document root",
                parents: [],
                children: ["Record", "Say"],
                text: .none, textType: nil,
                isTerminal: false, records: false,
                attributes: [
                ],
                sources: []),
            ElementSpec(
                name: "Say", kind: .verb,
                summary: "speaks text",
                parents: ["Response"],
                children: [],
                text: .required, textType: .string(maxLength: nil),
                isTerminal: false, records: false,
                attributes: [
                    AttributeSpec(
                        name: "loop", type: .integer(min: 0, max: nil),
                        summary: "times to repeat",
                        defaultValue: "1", errorCode: nil, allowsEmpty: false),
                ],
                sources: []),
        ])
}
