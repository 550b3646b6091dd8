// swift-format-ignore-file
// Generated from Grammar/ by `swift run texml-grammar-gen`. Do not edit.

/// A markup dialect: one platform's variant of the call-flow language.
public enum Dialect: String, Sendable, Hashable, Codable, CaseIterable {
    /// TwiML, as Twilio runs it.
    case twiml
    /// TeXML, as Telnyx runs it.
    case texml
    /// cXML, as SignalWire runs it.
    case cxml
    /// Pivot TwiML, as Kazoo runs it.
    case pivot
    /// InboundXML, as TelAPI runs it.
    case inboundxml

    /// The platform that runs this dialect.
    public var platform: String {
        switch self {
        case .twiml: "Twilio"
        case .texml: "Telnyx"
        case .cxml: "SignalWire"
        case .pivot: "Kazoo"
        case .inboundxml: "TelAPI"
        }
    }

    /// The language's own name.
    public var language: String {
        switch self {
        case .twiml: "TwiML"
        case .texml: "TeXML"
        case .cxml: "cXML"
        case .pivot: "Pivot TwiML"
        case .inboundxml: "InboundXML"
        }
    }

    /// The family whose rules this dialect follows wherever its platform documents nothing
    /// different.
    public var family: DialectFamily {
        switch self {
        case .twiml: .twiml
        case .texml: .texml
        case .cxml: .twiml
        case .pivot: .twiml
        case .inboundxml: .twiml
        }
    }

    /// How the dialect writes true in a boolean attribute (or in an enumeration that takes
    /// booleans, like InboundXML's `<Dial record>`).
    public var trueSpellings: [String] {
        switch self {
        case .twiml: ["true"]
        case .texml: ["true"]
        case .cxml: ["true"]
        case .pivot: ["true"]
        case .inboundxml: ["true", "True", "TRUE", "1"]
        }
    }
}

/// The dialects that inherit from no other: the rule sets every dialect belongs to.
public enum DialectFamily: String, Sendable, Hashable, Codable, CaseIterable {
    /// TwiML and the dialects that inherit from it.
    case twiml
    /// TeXML and the dialects that inherit from it.
    case texml
}

extension Grammar {
    /// The grammar of `dialect`.
    public static func of(_ dialect: Dialect) -> Grammar {
        switch dialect {
        case .twiml: twiml
        case .texml: texml
        case .cxml: cxml
        case .pivot: pivot
        case .inboundxml: inboundxml
        }
    }

    /// Every element of TwiML (Twilio).
    public static let twiml = Grammar(
        dialect: .twiml,
        elements: [
            ElementSpec(
                name: "AiSession", kind: .noun,
                summary: "connects the call to an AI session through an AI Connector",
                parents: ["Connect"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "aiConnector", type: .string(maxLength: nil),
                        summary: "unique name or SID of the AI Connector",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "aiSessionConfiguration", type: .string(maxLength: nil),
                        summary: "unique name or ID of the AiSession Configuration",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts"]),
            ElementSpec(
                name: "Application", kind: .noun,
                summary: "TwiML Application to dial",
                parents: ["Dial"],
                children: ["ApplicationSid", "Parameter"],
                text: .optional, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "url", type: .url(schemes: ["http", "https"]),
                        summary: "document run on the called application",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the url document",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackEvent", type: .tokenList(["initiated", "ringing", "answered", "completed"]),
                        summary: "call progress events that trigger the status callback",
                        defaultValue: "completed", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives call progress callbacks",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "customerId", type: .string(maxLength: nil),
                        summary: "identity of the customer calling the application",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "copyParentTo", type: .boolean,
                        summary: "whether the parent call's To is copied to the application leg",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/dial/application", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts"]),
            ElementSpec(
                name: "ApplicationSid", kind: .noun,
                summary: "SID of the TwiML Application to dial",
                parents: ["Application"],
                children: [],
                text: .required, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/dial/application", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts"]),
            ElementSpec(
                name: "Assistant", kind: .noun,
                summary: "connects the call to a Twilio AI Assistant",
                parents: ["Connect"],
                children: ["Language", "Parameter"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "id", type: .string(maxLength: nil),
                        summary: "ID of the Twilio AI Assistant",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "language", type: .language,
                        summary: "language for text-to-speech and transcription",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "ttsLanguage", type: .language,
                        summary: "language for text-to-speech",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "transcriptionLanguage", type: .language,
                        summary: "language for transcription",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "ttsProvider", type: .string(maxLength: nil),
                        summary: "text-to-speech provider",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "voice", type: .string(maxLength: nil),
                        summary: "text-to-speech voice",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "transcriptionProvider", type: .string(maxLength: nil),
                        summary: "speech-to-text provider",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "speechModel", type: .string(maxLength: nil),
                        summary: "speech-to-text model",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "profanityFilter", type: .boolean,
                        summary: "whether profanity is filtered out of transcripts",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "dtmfDetection", type: .boolean,
                        summary: "whether key presses are reported",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "welcomeGreeting", type: .string(maxLength: nil),
                        summary: "sentence spoken when the session connects",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "partialPrompts", type: .boolean,
                        summary: "whether partial transcripts are sent before the caller finishes",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "welcomeGreetingInterruptible", type: .enumeration(["none", "dtmf", "speech", "any", "true", "false"]),
                        summary: "input that can interrupt the welcome greeting",
                        defaultValue: "any", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "interruptible", type: .enumeration(["none", "dtmf", "speech", "any", "true", "false"]),
                        summary: "input that can interrupt text-to-speech",
                        defaultValue: "any", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "preemptible", type: .boolean,
                        summary: "whether later text can interrupt the current text-to-speech",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "hints", type: .string(maxLength: nil),
                        summary: "phrases that help speech recognition, comma separated",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "intelligenceService", type: .string(maxLength: nil),
                        summary: "SID or unique name of the Conversational Intelligence Service",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "reportInputDuringAgentSpeech", type: .string(maxLength: nil),
                        summary: "whether input is reported while text-to-speech plays",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "elevenlabsTextNormalization", type: .string(maxLength: nil),
                        summary: "text normalization setting for ElevenLabs",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "interruptSensitivity", type: .enumeration(["low", "medium", "high"]),
                        summary: "sensitivity of speech interruption",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "debug", type: .string(maxLength: nil),
                        summary: "debug options, space separated",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://www.rubydoc.info/gems/twilio-ruby/Twilio/TwiML/Connect"]),
            ElementSpec(
                name: "Client", kind: .noun,
                summary: "Voice SDK client identity to dial",
                parents: ["Dial"],
                children: ["Identity", "Parameter"],
                text: .optional, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "url", type: .url(schemes: ["http", "https"]),
                        summary: "document run on the client before the calls are connected",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the url document",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackEvent", type: .tokenList(["initiated", "ringing", "answered", "completed"]),
                        summary: "call progress events that trigger the status callback",
                        defaultValue: "completed", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives call progress callbacks",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/client", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-twiml-compatibility"]),
            ElementSpec(
                name: "Conference", kind: .noun,
                summary: "conference room to join",
                parents: ["Dial"],
                children: [],
                text: .required, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: true,
                attributes: [
                    AttributeSpec(
                        name: "muted", type: .boolean,
                        summary: "whether the participant joins muted",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "beep", type: .enumeration(["true", "false", "onEnter", "onExit"]),
                        summary: "when a beep is played as participants join or leave",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "startConferenceOnEnter", type: .boolean,
                        summary: "whether this participant starts the conference",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "endConferenceOnExit", type: .boolean,
                        summary: "whether the conference ends when this participant leaves",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "participantLabel", type: .string(maxLength: 128),
                        summary: "unique label of the participant",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "jitterBufferSize", type: .enumeration(["small", "medium", "large", "off"]),
                        summary: "jitter buffer of the participant",
                        defaultValue: "large", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "waitUrl", type: .url(schemes: ["http", "https"]),
                        summary: "hold music or document played before the conference starts",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "waitMethod", type: .method,
                        summary: "HTTP method for the wait URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "maxParticipants", type: .integer(min: 1, max: 250),
                        summary: "maximum number of participants",
                        defaultValue: "250", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "record", type: .enumeration(["do-not-record", "record-from-start"]),
                        summary: "whether the conference is recorded",
                        defaultValue: "do-not-record", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "region", type: .enumeration(["us1", "us2", "ie1", "de1", "sg1", "br1", "au1", "jp1"]),
                        summary: "region where the conference is mixed",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "trim", type: .enumeration(["trim-silence", "do-not-trim"]),
                        summary: "whether leading and trailing silence is trimmed from the recording",
                        defaultValue: "trim-silence", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "coach", type: .string(maxLength: nil),
                        summary: "call SID of the participant being coached",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackEvent", type: .tokenList(["start", "end", "join", "leave", "mute", "hold", "modify", "speaker", "announcement"]),
                        summary: "conference events that trigger the status callback",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives conference events",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives recording status callbacks",
                        defaultValue: nil, errorCode: 13256, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallbackMethod", type: .method,
                        summary: "HTTP method for the recording status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallbackEvent", type: .tokenList(["in-progress", "completed", "absent"]),
                        summary: "recording events that trigger the recording status callback",
                        defaultValue: "completed", errorCode: 13621, allowsEmpty: false),
                    AttributeSpec(
                        name: "eventCallbackUrl", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives conference events (legacy)",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingConfigurationId", type: .string(maxLength: nil),
                        summary: "ID of the Recording Configuration used for the recording",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/conference", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/conference", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Config", kind: .noun,
                summary: "custom configuration name/value pair",
                parents: ["VirtualAgent", "Transcription"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "name", type: .string(maxLength: nil),
                        summary: "name of the configuration",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "value", type: .string(maxLength: nil),
                        summary: "value of the configuration",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/connect/virtualagent", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts"]),
            ElementSpec(
                name: "Connect", kind: .verb,
                summary: "connects the call to a service and waits until it ends",
                parents: ["Response"],
                children: ["AiSession", "Assistant", "Conversation", "ConversationRelay", "Room", "Stream", "VirtualAgent"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested when the connected service ends",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the action URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/connect", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/connect"]),
            ElementSpec(
                name: "Conversation", kind: .noun,
                summary: "Twilio Conversations service to connect to",
                parents: ["Connect"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: true,
                attributes: [
                    AttributeSpec(
                        name: "serviceInstanceSid", type: .string(maxLength: nil),
                        summary: "SID of the Conversations service",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "inboundAutocreation", type: .boolean,
                        summary: "whether conversations are created automatically",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "routingAssignmentTimeout", type: .integer(min: 0, max: nil),
                        summary: "seconds to wait for routing assignment",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "inboundTimeout", type: .integer(min: 0, max: nil),
                        summary: "seconds to wait for an inbound connection",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "url", type: .url(schemes: ["http", "https"]),
                        summary: "document URL",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the url document",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "record", type: .enumeration(["do-not-record", "record-from-answer", "record-from-ringing", "record-from-answer-dual", "record-from-ringing-dual", "true", "false"]),
                        summary: "whether and when the call is recorded",
                        defaultValue: "do-not-record", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "trim", type: .enumeration(["trim-silence", "do-not-trim"]),
                        summary: "whether leading and trailing silence is trimmed",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives recording status callbacks",
                        defaultValue: nil, errorCode: 13256, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallbackMethod", type: .method,
                        summary: "HTTP method for the recording status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallbackEvent", type: .tokenList(["in-progress", "completed", "absent"]),
                        summary: "recording events that trigger the recording status callback",
                        defaultValue: "completed", errorCode: 13621, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives call events",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackEvent", type: .tokenList(["call-initiated", "call-ringing", "call-answered", "call-completed"]),
                        summary: "call events that trigger the status callback",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/connect/conversation", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts"]),
            ElementSpec(
                name: "ConversationRelay", kind: .noun,
                summary: "connects the call to a WebSocket conversation service",
                parents: ["Connect"],
                children: ["Language", "Parameter"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "url", type: .url(schemes: ["ws", "wss"]),
                        summary: "wss:// address of the WebSocket server",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "language", type: .language,
                        summary: "language for text-to-speech and transcription",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "ttsLanguage", type: .language,
                        summary: "language for text-to-speech",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "transcriptionLanguage", type: .language,
                        summary: "language for transcription",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "ttsProvider", type: .string(maxLength: nil),
                        summary: "text-to-speech provider",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "voice", type: .string(maxLength: nil),
                        summary: "text-to-speech voice",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "transcriptionProvider", type: .string(maxLength: nil),
                        summary: "speech-to-text provider",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "speechModel", type: .string(maxLength: nil),
                        summary: "speech-to-text model",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "profanityFilter", type: .boolean,
                        summary: "whether profanity is filtered out of transcripts",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "dtmfDetection", type: .boolean,
                        summary: "whether key presses are reported",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "welcomeGreeting", type: .string(maxLength: nil),
                        summary: "sentence spoken when the session connects",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "partialPrompts", type: .boolean,
                        summary: "whether partial transcripts are sent before the caller finishes",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "welcomeGreetingInterruptible", type: .enumeration(["none", "dtmf", "speech", "any", "true", "false"]),
                        summary: "input that can interrupt the welcome greeting",
                        defaultValue: "any", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "interruptible", type: .enumeration(["none", "dtmf", "speech", "any", "true", "false"]),
                        summary: "input that can interrupt text-to-speech",
                        defaultValue: "any", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "preemptible", type: .boolean,
                        summary: "whether later text can interrupt the current text-to-speech",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "hints", type: .string(maxLength: nil),
                        summary: "phrases that help speech recognition, comma separated",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "intelligenceService", type: .string(maxLength: nil),
                        summary: "SID or unique name of the Conversational Intelligence Service",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "reportInputDuringAgentSpeech", type: .string(maxLength: nil),
                        summary: "whether input is reported while text-to-speech plays",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "elevenlabsTextNormalization", type: .string(maxLength: nil),
                        summary: "text normalization setting for ElevenLabs",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "interruptSensitivity", type: .enumeration(["low", "medium", "high"]),
                        summary: "sensitivity of speech interruption",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "debug", type: .string(maxLength: nil),
                        summary: "debug options, space separated",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/connect/conversationrelay", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/conversationrelay"]),
            ElementSpec(
                name: "Dial", kind: .verb,
                summary: "connects the caller to another party",
                parents: ["Response"],
                children: ["Application", "Client", "Conference", "Number", "Queue", "Sim", "Sip", "WhatsApp"],
                text: .optional, textType: .phone,
                isTerminal: false, terminalWhenAttribute: "action",
                records: true,
                attributes: [
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested when the dialed call ends",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the action URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "answerOnBridge", type: .boolean,
                        summary: "whether the inbound call keeps ringing until the dialed party answers",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "callerId", type: .string(maxLength: nil),
                        summary: "caller ID presented to the called party",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "callReason", type: .string(maxLength: 50),
                        summary: "reason for the call shown on branded calls",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "events", type: .enumeration(["call-progress-event"]),
                        summary: "extra event subscription",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "hangupOnStar", type: .boolean,
                        summary: "whether the caller can hang up on the called party with the star key",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "record", type: .enumeration(["do-not-record", "record-from-answer", "record-from-ringing", "record-from-answer-dual", "record-from-ringing-dual", "true", "false"]),
                        summary: "whether and when the dialed call is recorded",
                        defaultValue: "do-not-record", errorCode: 13217, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives recording status callbacks",
                        defaultValue: nil, errorCode: 13256, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallbackMethod", type: .method,
                        summary: "HTTP method for the recording status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallbackEvent", type: .tokenList(["in-progress", "completed", "absent"]),
                        summary: "recording events that trigger the recording status callback",
                        defaultValue: "completed", errorCode: 13621, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingTrack", type: .enumeration(["inbound", "outbound", "both"]),
                        summary: "audio track to record",
                        defaultValue: "both", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "trim", type: .enumeration(["trim-silence", "do-not-trim"]),
                        summary: "whether leading and trailing silence is trimmed from the recording",
                        defaultValue: "do-not-trim", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "referUrl", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested when the called party sends a SIP REFER",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "referMethod", type: .method,
                        summary: "HTTP method for the refer URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "ringTone", type: .enumeration(["at", "au", "bg", "br", "be", "ch", "cl", "cn", "cz", "de", "dk", "ee", "es", "fi", "fr", "gr", "hu", "il", "in", "it", "lt", "jp", "mx", "my", "nl", "no", "nz", "ph", "pl", "pt", "ru", "se", "sg", "th", "uk", "us", "us-old", "tw", "ve", "za"]),
                        summary: "country ringback tone played to the caller",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "timeLimit", type: .integer(min: 1, max: 86400),
                        summary: "maximum duration of the dialed call in seconds",
                        defaultValue: "14400", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "timeout", type: .integer(min: 5, max: 600),
                        summary: "seconds to wait for the called party to answer",
                        defaultValue: "30", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "sequential", type: .boolean,
                        summary: "whether the nested nouns are dialed one after the other",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingConfigurationId", type: .string(maxLength: nil),
                        summary: "ID of the Recording Configuration used for the recording",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/dial", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://www.twilio.com/docs/api/errors/13217", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/dial", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Enqueue", kind: .verb,
                summary: "places the caller in a call queue",
                parents: ["Response"],
                children: ["Task"],
                text: .optional, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested when the call leaves the queue",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the action URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "waitUrl", type: .url(schemes: ["http", "https"]),
                        summary: "document or audio played while the caller waits",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "waitUrlMethod", type: .method,
                        summary: "HTTP method for the wait URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "workflowSid", type: .string(maxLength: nil),
                        summary: "SID of the TaskRouter Workflow that routes the call",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "maxQueueSize", type: .integer(min: 1, max: 5000),
                        summary: "maximum number of calls in the queue",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/enqueue", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://www.twilio.com/docs/api/errors/14207", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/enqueue"]),
            ElementSpec(
                name: "Gather", kind: .verb,
                summary: "collects digits or speech from the caller and posts them to action",
                parents: ["Response"],
                children: ["Pause", "Play", "Say"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested with the gathered input",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the action URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "actionOnEmptyResult", type: .boolean,
                        summary: "whether action is requested even when no input was gathered",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "bargeIn", type: .boolean,
                        summary: "whether speech or a key press stops the nested Say or Play",
                        defaultValue: "true", errorCode: 13332, allowsEmpty: false),
                    AttributeSpec(
                        name: "debug", type: .boolean,
                        summary: "whether debug information is produced for the gather",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "enhanced", type: .boolean,
                        summary: "whether the premium speech model is used (deprecated)",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "finishOnKey", type: .keys("0123456789*#"),
                        summary: "key that ends the input",
                        defaultValue: "#", errorCode: nil, allowsEmpty: true),
                    AttributeSpec(
                        name: "hints", type: .string(maxLength: nil),
                        summary: "words and phrases that help speech recognition",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "input", type: .tokenList(["dtmf", "speech"]),
                        summary: "input types to accept",
                        defaultValue: "dtmf", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "language", type: .language,
                        summary: "language of the expected speech",
                        defaultValue: "en-US", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "maxSpeechTime", type: .integer(min: 1, max: 60),
                        summary: "maximum seconds of speech input",
                        defaultValue: "60", errorCode: 13328, allowsEmpty: false),
                    AttributeSpec(
                        name: "numDigits", type: .integer(min: 1, max: nil),
                        summary: "number of digits to collect",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "partialResultCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives partial speech results",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "partialResultCallbackMethod", type: .method,
                        summary: "HTTP method for the partial result callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "profanityFilter", type: .boolean,
                        summary: "whether profanity is filtered out of speech results",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "speechModel", type: .string(maxLength: nil),
                        summary: "speech recognition model",
                        defaultValue: "default", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "speechTimeout", type: .string(maxLength: nil),
                        summary: "seconds of silence after speech that end recognition, or auto",
                        defaultValue: nil, errorCode: 13327, allowsEmpty: false),
                    AttributeSpec(
                        name: "timeout", type: .integer(min: 1, max: nil),
                        summary: "seconds to wait for input",
                        defaultValue: "5", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/gather", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://www.twilio.com/docs/api/errors/13327", "https://www.twilio.com/docs/api/errors/13328", "https://www.twilio.com/docs/api/errors/13332", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/gather", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Hangup", kind: .verb,
                summary: "ends the call",
                parents: ["Response"],
                children: ["Parameter"],
                text: .none, textType: nil,
                isTerminal: true, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/hangup", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/hangup", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Identity", kind: .noun,
                summary: "identity of the Voice SDK client to dial",
                parents: ["Client"],
                children: [],
                text: .required, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/client", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts"]),
            ElementSpec(
                name: "Language", kind: .noun,
                summary: "per-language voice and speech settings",
                parents: ["ConversationRelay", "Assistant"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "code", type: .language,
                        summary: "language this setting is for",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "ttsProvider", type: .string(maxLength: nil),
                        summary: "text-to-speech provider for this language",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "voice", type: .string(maxLength: nil),
                        summary: "text-to-speech voice for this language",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "transcriptionProvider", type: .string(maxLength: nil),
                        summary: "speech-to-text provider for this language",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "speechModel", type: .string(maxLength: nil),
                        summary: "speech-to-text model for this language",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/connect/conversationrelay", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/conversationrelay"]),
            ElementSpec(
                name: "Leave", kind: .verb,
                summary: "removes the call from its queue and continues after the Enqueue",
                parents: ["Response"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/leave", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/leave"]),
            ElementSpec(
                name: "Number", kind: .noun,
                summary: "phone number to dial",
                parents: ["Dial"],
                children: [],
                text: .required, textType: .phone,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "sendDigits", type: .keys("0123456789ABCDwW#*"),
                        summary: "DTMF tones played when the call is answered",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "byoc", type: .string(maxLength: nil),
                        summary: "SID of the BYOC trunk used to route the call",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "url", type: .url(schemes: ["http", "https"]),
                        summary: "document run on the called party before the calls are connected",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the url document",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackEvent", type: .tokenList(["initiated", "ringing", "answered", "completed"]),
                        summary: "call progress events that trigger the status callback",
                        defaultValue: "completed", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives call progress callbacks",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetection", type: .enumeration(["Enable", "DetectMessageEnd"]),
                        summary: "answering machine detection mode",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetectionTimeout", type: .integer(min: 3, max: 60),
                        summary: "seconds to try answering machine detection",
                        defaultValue: "30", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetectionSpeechThreshold", type: .integer(min: 1000, max: 6000),
                        summary: "longest speech in milliseconds still taken as a human",
                        defaultValue: "2400", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetectionSpeechEndThreshold", type: .integer(min: 500, max: 5000),
                        summary: "milliseconds of silence that end the speech activity",
                        defaultValue: "1200", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetectionSilenceTimeout", type: .integer(min: 2000, max: 10000),
                        summary: "milliseconds of initial silence before an unknown result",
                        defaultValue: "5000", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "amdStatusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives the answering machine detection result",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "amdStatusCallbackMethod", type: .method,
                        summary: "HTTP method for the AMD status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/number", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/dial", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Parameter", kind: .noun,
                summary: "custom name/value pair passed to the parent service",
                parents: ["Stream", "Siprec", "Transcription", "Client", "Application", "ConversationRelay", "Assistant", "VirtualAgent", "Pay", "Hangup", "Reject"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "name", type: .string(maxLength: nil),
                        summary: "name of the custom parameter",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "value", type: .string(maxLength: nil),
                        summary: "value of the custom parameter",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/stream#custom-parameters", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/stream", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/pay", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/siprec"]),
            ElementSpec(
                name: "Pause", kind: .verb,
                summary: "waits silently for a number of seconds",
                parents: ["Response", "Gather", "Prompt"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "length", type: .integer(min: 1, max: nil),
                        summary: "seconds of silence",
                        defaultValue: "1", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/pause", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/pause", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Pay", kind: .verb,
                summary: "collects payment details and charges or tokenizes them",
                parents: ["Response"],
                children: ["Parameter", "Prompt"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "input", type: .enumeration(["dtmf"]),
                        summary: "input type accepted",
                        defaultValue: "dtmf", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested when the payment ends",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives payment progress callbacks",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "paymentMethod", type: .enumeration(["credit-card", "ach-debit"]),
                        summary: "payment method to collect",
                        defaultValue: "credit-card", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "bankAccountType", type: .enumeration(["consumer-checking", "consumer-savings", "commercial-checking", "commercial-savings"]),
                        summary: "bank account type for ACH payments",
                        defaultValue: "consumer-checking", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "timeout", type: .integer(min: 1, max: nil),
                        summary: "seconds to wait for each input",
                        defaultValue: "5", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "maxAttempts", type: .integer(min: 1, max: 3),
                        summary: "attempts allowed for each input",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "securityCode", type: .boolean,
                        summary: "whether the security code is requested",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "postalCode", type: .string(maxLength: nil),
                        summary: "whether the postal code is requested (true, false or a fixed postal code)",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "minPostalCodeLength", type: .integer(min: 1, max: nil),
                        summary: "minimum length of the postal code",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "paymentConnector", type: .string(maxLength: nil),
                        summary: "name of the Pay Connector",
                        defaultValue: "Default", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "tokenType", type: .enumeration(["one-time", "reusable", "payment-method"]),
                        summary: "type of token to create",
                        defaultValue: "reusable", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "chargeAmount", type: .number(min: 0.0, max: 1000000.0),
                        summary: "amount to charge; 0 or omitted tokenizes",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "currency", type: .string(maxLength: nil),
                        summary: "currency of the charge",
                        defaultValue: "usd", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "language", type: .language,
                        summary: "language of the payment prompts",
                        defaultValue: "en-US", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "description", type: .string(maxLength: nil),
                        summary: "description of the payment",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "validCardTypes", type: .tokenList(["visa", "mastercard", "amex", "maestro", "discover", "optima", "jcb", "diners-club", "enroute"]),
                        summary: "card types accepted",
                        defaultValue: "visa mastercard amex", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/pay", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/pay"]),
            ElementSpec(
                name: "Play", kind: .verb,
                summary: "plays an audio file (or DTMF tones) to the caller",
                parents: ["Response", "Gather", "Prompt"],
                children: [],
                text: .optional, textType: .url(schemes: ["http", "https"]),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "loop", type: .integer(min: 0, max: nil),
                        summary: "times to repeat the audio; 0 repeats until the call ends",
                        defaultValue: "1", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "digits", type: .dtmf,
                        summary: "DTMF tones to play instead of an audio file",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/play", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/play", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Prompt", kind: .noun,
                summary: "custom prompt for one step of Pay",
                parents: ["Pay"],
                children: ["Pause", "Play", "Say"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "for", type: .enumeration(["payment-card-number", "expiration-date", "security-code", "postal-code", "payment-processing", "bank-account-number", "bank-routing-number"]),
                        summary: "payment step the prompt is for",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "errorType", type: .tokenList(["timeout", "invalid-card-number", "invalid-card-type", "invalid-date", "invalid-security-code", "internal-error", "input-matching-failed"]),
                        summary: "errors after which the prompt is played",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "cardType", type: .tokenList(["visa", "mastercard", "amex", "maestro", "discover", "optima", "jcb", "diners-club", "enroute"]),
                        summary: "card types the prompt is for",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "attempt", type: .string(maxLength: nil),
                        summary: "space-separated attempt numbers the prompt is for",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "requireMatchingInputs", type: .boolean,
                        summary: "whether the input must be entered twice",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/pay", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/pay"]),
            ElementSpec(
                name: "Queue", kind: .noun,
                summary: "call queue whose first caller is connected",
                parents: ["Dial"],
                children: [],
                text: .required, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "url", type: .url(schemes: ["http", "https"]),
                        summary: "document run on the dequeued caller before the calls are connected",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the url document",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "reservationSid", type: .string(maxLength: nil),
                        summary: "SID of the TaskRouter Reservation",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "postWorkActivitySid", type: .string(maxLength: nil),
                        summary: "SID of the TaskRouter Activity set after the call",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/queue", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/dial"]),
            ElementSpec(
                name: "Record", kind: .verb,
                summary: "records the caller and posts the recording URL to action",
                parents: ["Response"],
                children: [],
                text: .none, textType: nil,
                isTerminal: true, terminalWhenAttribute: nil,
                records: true,
                attributes: [
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested when the recording ends",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the action URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "timeout", type: .integer(min: 0, max: nil),
                        summary: "seconds of silence that end the recording; 0 disables the silence stop",
                        defaultValue: "5", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "finishOnKey", type: .keys("0123456789*#"),
                        summary: "keys that end the recording",
                        defaultValue: "1234567890*#", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "maxLength", type: .integer(min: 2, max: 14400),
                        summary: "maximum length of the recording in seconds",
                        defaultValue: "3600", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "playBeep", type: .boolean,
                        summary: "whether a beep is played before recording starts",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "trim", type: .enumeration(["trim-silence", "do-not-trim"]),
                        summary: "whether leading and trailing silence is trimmed",
                        defaultValue: "trim-silence", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives recording status callbacks",
                        defaultValue: nil, errorCode: 13256, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallbackMethod", type: .method,
                        summary: "HTTP method for the recording status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallbackEvent", type: .tokenList(["in-progress", "completed", "absent"]),
                        summary: "recording events that trigger the recording status callback",
                        defaultValue: "completed", errorCode: 13621, allowsEmpty: false),
                    AttributeSpec(
                        name: "transcribe", type: .boolean,
                        summary: "whether the recording is transcribed",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "transcribeCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives the transcription",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingConfigurationId", type: .string(maxLength: nil),
                        summary: "ID of the Recording Configuration used for the recording",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/record", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://www.twilio.com/docs/api/errors/13256", "https://www.twilio.com/docs/api/errors/13621", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/record", "https://developer.signalwire.com/compatibility-api/cxml/voice/record", "https://github.com/2600hz/kazoo/blob/master/applications/pivot/doc/twiml.md", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd", "https://docs.ytel.com/docs/record", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/record.go"]),
            ElementSpec(
                name: "Recording", kind: .noun,
                summary: "background call recording started with Start",
                parents: ["Start", "Stop"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: true,
                attributes: [
                    AttributeSpec(
                        name: "name", type: .string(maxLength: nil),
                        summary: "unique name of the recording, used to stop it",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives recording status callbacks",
                        defaultValue: nil, errorCode: 13256, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallbackMethod", type: .method,
                        summary: "HTTP method for the recording status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallbackEvent", type: .tokenList(["in-progress", "completed", "absent"]),
                        summary: "recording events that trigger the recording status callback",
                        defaultValue: "completed", errorCode: 13621, allowsEmpty: false),
                    AttributeSpec(
                        name: "trim", type: .enumeration(["trim-silence", "do-not-trim"]),
                        summary: "whether leading and trailing silence is trimmed",
                        defaultValue: "trim-silence", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "track", type: .enumeration(["inbound", "outbound", "both"]),
                        summary: "audio track to record",
                        defaultValue: "both", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "channels", type: .enumeration(["mono", "dual"]),
                        summary: "number of channels in the recording",
                        defaultValue: "dual", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingConfigurationId", type: .string(maxLength: nil),
                        summary: "ID of the Recording Configuration used for the recording",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/recording", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/recording"]),
            ElementSpec(
                name: "Redirect", kind: .verb,
                summary: "transfers control to the document at another URL",
                parents: ["Response"],
                children: [],
                text: .required, textType: .url(schemes: ["http", "https"]),
                isTerminal: true, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the redirect URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/redirect", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/redirect", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Refer", kind: .verb,
                summary: "transfers the call with a SIP REFER",
                parents: ["Response"],
                children: ["Sip"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested when the refer ends",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the action URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/refer", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/refer"]),
            ElementSpec(
                name: "Reject", kind: .verb,
                summary: "rejects the call without answering it",
                parents: ["Response"],
                children: ["Parameter"],
                text: .none, textType: nil,
                isTerminal: true, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "reason", type: .enumeration(["rejected", "busy"]),
                        summary: "tone that tells the caller why the call was rejected",
                        defaultValue: "rejected", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/reject", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/reject", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Response", kind: .root,
                summary: "the root element of every voice document",
                parents: [],
                children: ["Connect", "Dial", "Enqueue", "Gather", "Hangup", "Leave", "Pause", "Pay", "Play", "Record", "Redirect", "Refer", "Reject", "Say", "Sms", "Start", "Stop"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-fundamentals", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Room", kind: .noun,
                summary: "Programmable Video room to join",
                parents: ["Connect"],
                children: [],
                text: .required, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "participantIdentity", type: .string(maxLength: nil),
                        summary: "identity of the participant in the room",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/connect/room", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-twiml-compatibility"]),
            ElementSpec(
                name: "Say", kind: .verb,
                summary: "speaks text to the caller with text-to-speech",
                parents: ["Response", "Gather", "Prompt"],
                children: ["amazon:domain", "amazon:effect", "break", "emphasis", "lang", "p", "phoneme", "prosody", "s", "say-as", "sub", "w"],
                text: .mixed, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "voice", type: .string(maxLength: nil),
                        summary: "text-to-speech voice (man, woman, alice or a provider voice such as Polly.Joanna)",
                        defaultValue: "man", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "language", type: .language,
                        summary: "language and locale of the spoken text",
                        defaultValue: "en-US", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "loop", type: .integer(min: 0, max: nil),
                        summary: "times to repeat the text; 0 repeats until the call ends",
                        defaultValue: "1", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say", "https://www.twilio.com/docs/voice/twiml/say/text-speech", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/say", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Sim", kind: .noun,
                summary: "Twilio Programmable Wireless SIM to dial",
                parents: ["Dial"],
                children: [],
                text: .required, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/sim", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts"]),
            ElementSpec(
                name: "Sip", kind: .noun,
                summary: "SIP endpoint to dial or refer to",
                parents: ["Dial", "Refer"],
                children: [],
                text: .required, textType: .sipURI,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "username", type: .string(maxLength: nil),
                        summary: "user name for SIP authentication",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "password", type: .string(maxLength: nil),
                        summary: "password for SIP authentication",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "url", type: .url(schemes: ["http", "https"]),
                        summary: "document run on the called party before the calls are connected",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the url document",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackEvent", type: .tokenList(["initiated", "ringing", "answered", "completed"]),
                        summary: "call progress events that trigger the status callback",
                        defaultValue: "completed", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives call progress callbacks",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetection", type: .enumeration(["Enable", "DetectMessageEnd"]),
                        summary: "answering machine detection mode",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetectionTimeout", type: .integer(min: 3, max: 60),
                        summary: "seconds to try answering machine detection",
                        defaultValue: "30", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetectionSpeechThreshold", type: .integer(min: 1000, max: 6000),
                        summary: "longest speech in milliseconds still taken as a human",
                        defaultValue: "2400", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetectionSpeechEndThreshold", type: .integer(min: 500, max: 5000),
                        summary: "milliseconds of silence that end the speech activity",
                        defaultValue: "1200", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetectionSilenceTimeout", type: .integer(min: 2000, max: 10000),
                        summary: "milliseconds of initial silence before an unknown result",
                        defaultValue: "5000", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "amdStatusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives the answering machine detection result",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "amdStatusCallbackMethod", type: .method,
                        summary: "HTTP method for the AMD status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/sip", "https://www.twilio.com/docs/voice/twiml/refer", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/dial", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/refer", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Siprec", kind: .noun,
                summary: "SIPREC session to a recording server",
                parents: ["Start", "Stop"],
                children: ["Parameter"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "name", type: .string(maxLength: nil),
                        summary: "unique name of the session, used to stop it",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "connectorName", type: .string(maxLength: nil),
                        summary: "name of the SIPREC connector",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "track", type: .enumeration(["inbound_track", "outbound_track", "both_tracks"]),
                        summary: "audio track sent to the recording server",
                        defaultValue: "both_tracks", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives SIPREC events",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/siprec", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/siprec"]),
            ElementSpec(
                name: "Sms", kind: .verb,
                summary: "sends an SMS during a call (deprecated)",
                parents: ["Response"],
                children: [],
                text: .required, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "to", type: .phone,
                        summary: "number the message is sent to",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "from", type: .phone,
                        summary: "number the message is sent from",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested after the message is sent",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the action URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives message status callbacks",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/sms", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Start", kind: .verb,
                summary: "starts a background service (stream, recording, transcription) and continues at once",
                parents: ["Response"],
                children: ["Recording", "Siprec", "Stream", "Transcription"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested after the service has started",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the action URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/stream", "https://www.twilio.com/docs/voice/twiml/recording", "https://www.twilio.com/docs/voice/twiml/transcription", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/start"]),
            ElementSpec(
                name: "Stop", kind: .verb,
                summary: "stops a background service started with Start",
                parents: ["Response"],
                children: ["Recording", "Siprec", "Stream", "Transcription"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/stream#stop-a-stream", "https://www.twilio.com/docs/voice/twiml/recording#stop-a-recording", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/stop"]),
            ElementSpec(
                name: "Stream", kind: .noun,
                summary: "media stream of the call audio to a WebSocket",
                parents: ["Start", "Stop", "Connect"],
                children: ["Parameter"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "url", type: .url(schemes: ["ws", "wss"]),
                        summary: "wss:// address of the WebSocket server",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "name", type: .string(maxLength: nil),
                        summary: "unique name of the stream, used to stop it",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "connectorName", type: .string(maxLength: nil),
                        summary: "name of the Stream Connector",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "track", type: .enumeration(["inbound_track", "outbound_track", "both_tracks"]),
                        summary: "audio track to stream",
                        defaultValue: "inbound_track", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives stream events",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/stream", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://www.twilio.com/docs/api/errors/31941", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/stream"]),
            ElementSpec(
                name: "Task", kind: .noun,
                summary: "TaskRouter task attributes (JSON) for the enqueued call",
                parents: ["Enqueue"],
                children: [],
                text: .required, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "priority", type: .integer(min: 0, max: nil),
                        summary: "priority of the task",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "timeout", type: .integer(min: 1, max: nil),
                        summary: "seconds before the task is canceled",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/enqueue", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts"]),
            ElementSpec(
                name: "Transcription", kind: .noun,
                summary: "real-time transcription of the call",
                parents: ["Start", "Stop"],
                children: ["Config", "Parameter"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "name", type: .string(maxLength: nil),
                        summary: "unique name of the transcription, used to stop it",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackUrl", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives transcription events",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "languageCode", type: .language,
                        summary: "language of the transcription",
                        defaultValue: "en-US", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "track", type: .enumeration(["inbound_track", "outbound_track", "both_tracks"]),
                        summary: "audio track to transcribe",
                        defaultValue: "both_tracks", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "inboundTrackLabel", type: .string(maxLength: nil),
                        summary: "label of the inbound track",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "outboundTrackLabel", type: .string(maxLength: nil),
                        summary: "label of the outbound track",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "transcriptionEngine", type: .string(maxLength: nil),
                        summary: "speech-to-text provider",
                        defaultValue: "google", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "speechModel", type: .string(maxLength: nil),
                        summary: "speech model of the provider",
                        defaultValue: "telephony", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "enableProviderData", type: .boolean,
                        summary: "whether provider data is included in events",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "profanityFilter", type: .boolean,
                        summary: "whether profanity is filtered out",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "partialResults", type: .boolean,
                        summary: "whether partial results are sent",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "hints", type: .string(maxLength: nil),
                        summary: "expected phrases or keywords, comma separated",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "enableAutomaticPunctuation", type: .boolean,
                        summary: "whether punctuation is added automatically",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "intelligenceService", type: .string(maxLength: nil),
                        summary: "SID or unique name of the Intelligence Service",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "conversationConfiguration", type: .string(maxLength: nil),
                        summary: "ID of the Conversation Orchestrator configuration",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "conversationId", type: .string(maxLength: nil),
                        summary: "ID of the Conversation Orchestrator conversation",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/transcription", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/transcription", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/stop"]),
            ElementSpec(
                name: "VirtualAgent", kind: .noun,
                summary: "Dialogflow CX virtual agent to connect to",
                parents: ["Connect"],
                children: ["Config", "Parameter"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "connectorName", type: .string(maxLength: nil),
                        summary: "name of the Dialogflow connector",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "language", type: .language,
                        summary: "language of the conversation",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "sentimentAnalysis", type: .boolean,
                        summary: "whether sentiment analysis is enabled",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives virtual agent events",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/connect/virtualagent", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-twiml-compatibility"]),
            ElementSpec(
                name: "WhatsApp", kind: .noun,
                summary: "WhatsApp user to dial",
                parents: ["Dial"],
                children: [],
                text: .required, textType: .phone,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "url", type: .url(schemes: ["http", "https"]),
                        summary: "document run on the called party before the calls are connected",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the url document",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackEvent", type: .tokenList(["initiated", "ringing", "answered", "completed"]),
                        summary: "call progress events that trigger the status callback",
                        defaultValue: "completed", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives call progress callbacks",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/whatsapp", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts"]),
            ElementSpec(
                name: "amazon:domain", kind: .ssml,
                summary: "Amazon Polly speaking style",
                parents: ["Say", "lang", "p", "prosody", "s", "amazon:effect"],
                children: ["amazon:effect", "break", "emphasis", "lang", "p", "phoneme", "prosody", "s", "say-as", "sub", "w"],
                text: .mixed, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "name", type: .enumeration(["news", "conversational"]),
                        summary: "speaking style",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say#ssml", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html"]),
            ElementSpec(
                name: "amazon:effect", kind: .ssml,
                summary: "Amazon Polly voice effect",
                parents: ["Say", "lang", "p", "prosody", "s", "amazon:domain"],
                children: ["amazon:domain", "break", "emphasis", "lang", "p", "phoneme", "prosody", "s", "say-as", "sub", "w"],
                text: .mixed, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "name", type: .enumeration(["drc", "whispered"]),
                        summary: "effect applied to the speech",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "phonation", type: .enumeration(["soft"]),
                        summary: "phonation of the speech",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "vocal-tract-length", type: .string(maxLength: nil),
                        summary: "vocal tract length change, e.g. +15%",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say#ssml", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html"]),
            ElementSpec(
                name: "break", kind: .ssml,
                summary: "pause in the spoken text",
                parents: ["Say", "emphasis", "lang", "p", "prosody", "s", "w", "amazon:effect", "amazon:domain"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "strength", type: .enumeration(["none", "x-weak", "weak", "medium", "strong", "x-strong"]),
                        summary: "length of the pause by strength",
                        defaultValue: "medium", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "time", type: .string(maxLength: nil),
                        summary: "length of the pause, e.g. 500ms or 2s",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say#ssml", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html"]),
            ElementSpec(
                name: "emphasis", kind: .ssml,
                summary: "emphasized words",
                parents: ["Say", "emphasis", "lang", "p", "prosody", "s", "w", "amazon:effect", "amazon:domain"],
                children: ["break", "emphasis", "lang", "phoneme", "prosody", "say-as", "sub", "w"],
                text: .mixed, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "level", type: .enumeration(["strong", "moderate", "reduced"]),
                        summary: "degree of emphasis",
                        defaultValue: "moderate", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say#ssml", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html"]),
            ElementSpec(
                name: "lang", kind: .ssml,
                summary: "words in another language",
                parents: ["Say", "emphasis", "lang", "p", "prosody", "s", "amazon:effect", "amazon:domain"],
                children: ["amazon:domain", "amazon:effect", "break", "emphasis", "lang", "p", "phoneme", "prosody", "s", "say-as", "sub", "w"],
                text: .mixed, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "xml:lang", type: .language,
                        summary: "language of the enclosed words",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say#ssml", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html"]),
            ElementSpec(
                name: "p", kind: .ssml,
                summary: "paragraph",
                parents: ["Say", "lang", "prosody", "amazon:effect", "amazon:domain"],
                children: ["amazon:domain", "amazon:effect", "break", "emphasis", "lang", "phoneme", "prosody", "s", "say-as", "sub", "w"],
                text: .mixed, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say#ssml", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html"]),
            ElementSpec(
                name: "phoneme", kind: .ssml,
                summary: "phonetic pronunciation",
                parents: ["Say", "emphasis", "lang", "p", "prosody", "s", "w", "amazon:effect", "amazon:domain"],
                children: [],
                text: .mixed, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "alphabet", type: .enumeration(["ipa", "x-sampa", "x-amazon-jyutping", "x-amazon-pinyin", "x-amazon-pron-kana", "x-amazon-yomigana"]),
                        summary: "phonetic alphabet",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "ph", type: .string(maxLength: nil),
                        summary: "phonetic symbols of the pronunciation",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say#ssml", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html"]),
            ElementSpec(
                name: "prosody", kind: .ssml,
                summary: "volume, rate and pitch of the speech",
                parents: ["Say", "emphasis", "lang", "p", "prosody", "s", "w", "amazon:effect", "amazon:domain"],
                children: ["amazon:domain", "amazon:effect", "break", "emphasis", "lang", "p", "phoneme", "prosody", "s", "say-as", "sub", "w"],
                text: .mixed, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "volume", type: .string(maxLength: nil),
                        summary: "volume: silent, x-soft, soft, medium, loud, x-loud, default or +/-ndB",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "rate", type: .string(maxLength: nil),
                        summary: "speaking rate: x-slow, slow, medium, fast, x-fast or n%",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "pitch", type: .string(maxLength: nil),
                        summary: "pitch: x-low, low, medium, high, x-high, default or +/-n%",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say#ssml", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html"]),
            ElementSpec(
                name: "s", kind: .ssml,
                summary: "sentence",
                parents: ["Say", "lang", "p", "prosody", "amazon:effect", "amazon:domain"],
                children: ["amazon:domain", "amazon:effect", "break", "emphasis", "lang", "phoneme", "prosody", "say-as", "sub", "w"],
                text: .mixed, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say#ssml", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html"]),
            ElementSpec(
                name: "say-as", kind: .ssml,
                summary: "how a special kind of word is spoken",
                parents: ["Say", "emphasis", "lang", "p", "prosody", "s", "w", "amazon:effect", "amazon:domain"],
                children: [],
                text: .mixed, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "interpret-as", type: .enumeration(["characters", "spell-out", "cardinal", "number", "ordinal", "digits", "fraction", "unit", "date", "time", "address", "expletive", "telephone"]),
                        summary: "kind of the enclosed words",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "format", type: .enumeration(["mdy", "dmy", "ymd", "md", "dm", "ym", "my", "d", "m", "y", "yyyymmdd"]),
                        summary: "date format when interpret-as is date",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say#ssml", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html"]),
            ElementSpec(
                name: "sub", kind: .ssml,
                summary: "substituted pronunciation of an acronym or abbreviation",
                parents: ["Say", "emphasis", "lang", "p", "prosody", "s", "w", "amazon:effect", "amazon:domain"],
                children: [],
                text: .mixed, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "alias", type: .string(maxLength: nil),
                        summary: "text spoken instead of the enclosed text",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say#ssml", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html"]),
            ElementSpec(
                name: "w", kind: .ssml,
                summary: "word with a part of speech",
                parents: ["Say", "emphasis", "lang", "p", "prosody", "s", "amazon:effect", "amazon:domain"],
                children: ["break", "emphasis", "phoneme", "prosody", "say-as", "sub"],
                text: .mixed, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "role", type: .enumeration(["amazon:VB", "amazon:VBD", "amazon:DT", "amazon:IN", "amazon:JJ", "amazon:NN", "amazon:SENSE_1"]),
                        summary: "part of speech or sense of the word",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say#ssml", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html"]),
        ])
    /// Every element of TeXML (Telnyx).
    public static let texml = Grammar(
        dialect: .texml,
        elements: [
            ElementSpec(
                name: "AIAssistant", kind: .noun,
                summary: "starts a Telnyx AI assistant on the call",
                parents: ["Connect"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "id", type: .string(maxLength: nil),
                        summary: "ID of the AI assistant",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "join", type: .string(maxLength: nil),
                        summary: "ID of an existing assistant conversation to join",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "participantName", type: .string(maxLength: nil),
                        summary: "display name of the joining participant",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "participantRole", type: .enumeration(["user", "assistant"]),
                        summary: "role of the joining participant",
                        defaultValue: "user", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/aiassistant", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/connect"]),
            ElementSpec(
                name: "AIGather", kind: .verb,
                summary: "gathers structured information from the caller with an AI assistant",
                parents: ["Response"],
                children: ["Greeting", "MessageHistory", "Parameters", "Tools", "Voice"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested with the gathered result",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the action URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/aigather", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-twiml-compatibility"]),
            ElementSpec(
                name: "Conference", kind: .noun,
                summary: "conference room to join",
                parents: ["Dial"],
                children: [],
                text: .required, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: true,
                attributes: [
                    AttributeSpec(
                        name: "muted", type: .boolean,
                        summary: "whether the participant joins muted",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "beep", type: .enumeration(["true", "false", "onEnter", "onExit"]),
                        summary: "when a beep is played as participants join or leave",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "startConferenceOnEnter", type: .boolean,
                        summary: "whether this participant starts the conference",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "endConferenceOnExit", type: .boolean,
                        summary: "whether the conference ends when this participant leaves",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "participantLabel", type: .string(maxLength: 128),
                        summary: "unique label of the participant",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "waitUrl", type: .url(schemes: ["http", "https"]),
                        summary: "hold music or document played before the conference starts",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "waitMethod", type: .method,
                        summary: "HTTP method for the wait URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "maxParticipants", type: .integer(min: 2, max: 250),
                        summary: "maximum number of participants",
                        defaultValue: "250", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "record", type: .enumeration(["do-not-record", "record-from-start"]),
                        summary: "whether the conference is recorded",
                        defaultValue: "do-not-record", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "trim", type: .enumeration(["trim-silence", "do-not-trim"]),
                        summary: "whether leading and trailing silence is trimmed from the recording",
                        defaultValue: "do-not-trim", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackEvent", type: .tokenList(["start", "end", "join", "leave", "speaker"]),
                        summary: "conference events that trigger the status callback",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives conference events",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives recording status callbacks",
                        defaultValue: nil, errorCode: 13256, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallbackMethod", type: .method,
                        summary: "HTTP method for the recording status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallbackEvent", type: .tokenList(["in-progress", "completed", "absent"]),
                        summary: "recording events that trigger the recording status callback",
                        defaultValue: "completed", errorCode: 13621, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordBeep", type: .boolean,
                        summary: "whether a beep is played when the recording starts",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingTimeout", type: .integer(min: 0, max: 14400),
                        summary: "seconds of silence after speech that stop the recording; 0 = never",
                        defaultValue: "0", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "sendRecordingUrl", type: .boolean,
                        summary: "whether the recording URL is sent in callbacks",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/conference", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/conference", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Connect", kind: .verb,
                summary: "connects the call to a service and waits until it ends",
                parents: ["Response"],
                children: ["AIAssistant", "ConversationRelay", "Stream"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested when the connected service ends",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the action URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/connect", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/connect"]),
            ElementSpec(
                name: "ConversationRelay", kind: .noun,
                summary: "connects the call to a WebSocket conversation service",
                parents: ["Connect"],
                children: ["Language", "Parameter"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "url", type: .url(schemes: ["ws", "wss"]),
                        summary: "wss:// address of the WebSocket server",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "language", type: .language,
                        summary: "language for text-to-speech and transcription",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "voice", type: .string(maxLength: nil),
                        summary: "text-to-speech voice",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "transcriptionProvider", type: .string(maxLength: nil),
                        summary: "speech-to-text provider",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "dtmfDetection", type: .boolean,
                        summary: "whether key presses are reported",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "welcomeGreeting", type: .string(maxLength: nil),
                        summary: "sentence spoken when the session connects",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "welcomeGreetingInterruptible", type: .enumeration(["none", "dtmf", "speech", "any", "true", "false"]),
                        summary: "input that can interrupt the welcome greeting",
                        defaultValue: "any", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "interruptible", type: .enumeration(["none", "dtmf", "speech", "any", "true", "false"]),
                        summary: "input that can interrupt text-to-speech",
                        defaultValue: "any", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/connect/conversationrelay", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/conversationrelay"]),
            ElementSpec(
                name: "Dial", kind: .verb,
                summary: "connects the caller to another party",
                parents: ["Response"],
                children: ["Conference", "Number", "Queue", "Sip"],
                text: .optional, textType: .phone,
                isTerminal: false, terminalWhenAttribute: "action",
                records: true,
                attributes: [
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested when the dialed call ends",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the action URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "answerOnBridge", type: .boolean,
                        summary: "whether the inbound call keeps ringing until the dialed party answers",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "callerId", type: .phone,
                        summary: "caller ID presented to the called party",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "fromDisplayName", type: .string(maxLength: 128),
                        summary: "caller ID name (SIP From display name)",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "hangupOnStar", type: .boolean,
                        summary: "whether the caller can hang up on the called party with the star key",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "record", type: .enumeration(["do-not-record", "record-from-answer", "record-from-ringing", "record-from-answer-dual", "record-from-ringing-dual"]),
                        summary: "whether and when the dialed call is recorded",
                        defaultValue: "do-not-record", errorCode: 13217, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives recording status callbacks",
                        defaultValue: nil, errorCode: 13256, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallbackMethod", type: .method,
                        summary: "HTTP method for the recording status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallbackEvent", type: .tokenList(["in-progress", "completed", "absent"]),
                        summary: "recording events that trigger the recording status callback",
                        defaultValue: "completed", errorCode: 13621, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingTrack", type: .enumeration(["inbound", "outbound", "both"]),
                        summary: "audio track to record",
                        defaultValue: "both", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "trim", type: .enumeration(["trim-silence", "do-not-trim"]),
                        summary: "whether leading and trailing silence is trimmed from the recording",
                        defaultValue: "do-not-trim", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingChannels", type: .enumeration(["single", "dual"]),
                        summary: "number of channels in the recording",
                        defaultValue: "single", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordMaxLength", type: .integer(min: 0, max: 14400),
                        summary: "maximum length of the recording in seconds; 0 = unlimited",
                        defaultValue: "0", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "sendRecordingUrl", type: .boolean,
                        summary: "whether the recording URL is sent in callbacks",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "ringTone", type: .enumeration(["at", "au", "bg", "br", "be", "ch", "cl", "cn", "cz", "de", "dk", "ee", "es", "fi", "fr", "gr", "hu", "il", "in", "it", "lt", "jp", "mx", "my", "nl", "no", "nz", "ph", "pl", "pt", "ru", "se", "sg", "th", "uk", "us", "us-old", "tw", "ve", "za"]),
                        summary: "country ringback tone played to the caller",
                        defaultValue: "us", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "audioUrl", type: .url(schemes: ["http", "https"]),
                        summary: "audio file played as custom ringback",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "timeLimit", type: .integer(min: 60, max: 14400),
                        summary: "maximum duration of the dialed call in seconds",
                        defaultValue: "14400", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "timeout", type: .integer(min: 5, max: 120),
                        summary: "seconds to wait for the called party to answer",
                        defaultValue: "30", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "sequential", type: .boolean,
                        summary: "whether the nested nouns are dialed one after the other",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "passDiversionHeader", type: .boolean,
                        summary: "whether the inbound Diversion SIP header is passed on",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetectionSpeechThreshold", type: .integer(min: 0, max: nil),
                        summary: "longest greeting in milliseconds before a machine is assumed",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetectionSpeechEndThreshold", type: .integer(min: 0, max: nil),
                        summary: "milliseconds of silence after a greeting before a machine is assumed",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetectionSilenceTimeout", type: .integer(min: 0, max: nil),
                        summary: "milliseconds of initial silence before the call is classified",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/dial", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://www.twilio.com/docs/api/errors/13217", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/dial", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Enqueue", kind: .verb,
                summary: "places the caller in a call queue",
                parents: ["Response"],
                children: [],
                text: .optional, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested when the call leaves the queue",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the action URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "waitUrl", type: .url(schemes: ["http", "https"]),
                        summary: "document or audio played while the caller waits",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "waitUrlMethod", type: .method,
                        summary: "HTTP method for the wait URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "maxWaitTimeSecs", type: .integer(min: 1, max: nil),
                        summary: "maximum seconds a call can stay in the queue",
                        defaultValue: "14400", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/enqueue", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://www.twilio.com/docs/api/errors/14207", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/enqueue"]),
            ElementSpec(
                name: "Gather", kind: .verb,
                summary: "collects digits or speech from the caller and posts them to action",
                parents: ["Response"],
                children: ["Play", "Say"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested with the gathered input",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "finishOnKey", type: .keys("0123456789*#"),
                        summary: "key that ends the input",
                        defaultValue: "#", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "hints", type: .string(maxLength: nil),
                        summary: "words and phrases that help speech recognition",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "input", type: .tokenList(["dtmf", "speech"]),
                        summary: "input types to accept",
                        defaultValue: "dtmf", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "language", type: .language,
                        summary: "language of the expected speech",
                        defaultValue: "en-US", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "numDigits", type: .integer(min: 1, max: nil),
                        summary: "number of digits to collect",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "partialResultCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives partial speech results",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "partialResultCallbackMethod", type: .method,
                        summary: "HTTP method for the partial result callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "profanityFilter", type: .boolean,
                        summary: "whether profanity is filtered out of speech results",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "speechTimeout", type: .string(maxLength: nil),
                        summary: "seconds of silence after speech that end recognition, or auto",
                        defaultValue: nil, errorCode: 13327, allowsEmpty: false),
                    AttributeSpec(
                        name: "timeout", type: .integer(min: 1, max: 120),
                        summary: "seconds to wait for input",
                        defaultValue: "5", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "useEnhanced", type: .boolean,
                        summary: "whether enhanced transcription is used",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "keyterms", type: .string(maxLength: nil),
                        summary: "key terms for Deepgram Nova-3, comma separated",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "smartFormat", type: .boolean,
                        summary: "whether Deepgram smart formatting is applied",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "transcriptionEngine", type: .enumeration(["Google", "Telnyx", "Azure", "Deepgram", "xAI", "AssemblyAI", "Soniox", "Speechmatics", "Parakeet", "Humain", "Reson8", "Cohere"]),
                        summary: "speech recognition engine",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "model", type: .string(maxLength: nil),
                        summary: "speech recognition model as vendor/model-name",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "apiKeyRef", type: .string(maxLength: nil),
                        summary: "reference to the API key of the speech engine",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "region", type: .string(maxLength: nil),
                        summary: "region of the speech engine (required for Azure)",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "validDigits", type: .keys("0123456789*#"),
                        summary: "digits accepted as valid input",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "invalidDigitsAction", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested with invalid gathered digits",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "minDigits", type: .integer(min: 1, max: 128),
                        summary: "minimum number of digits to gather",
                        defaultValue: "1", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "maxDigits", type: .integer(min: 1, max: 128),
                        summary: "maximum number of digits to gather",
                        defaultValue: "128", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/gather", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://www.twilio.com/docs/api/errors/13327", "https://www.twilio.com/docs/api/errors/13328", "https://www.twilio.com/docs/api/errors/13332", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/gather", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Greeting", kind: .noun,
                summary: "text read to the caller when the AI gather starts",
                parents: ["AIGather"],
                children: [],
                text: .optional, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/aigather"]),
            ElementSpec(
                name: "Hangup", kind: .verb,
                summary: "ends the call",
                parents: ["Response"],
                children: [],
                text: .none, textType: nil,
                isTerminal: true, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/hangup", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/hangup", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Language", kind: .noun,
                summary: "per-language voice and speech settings",
                parents: ["ConversationRelay"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "code", type: .language,
                        summary: "language this setting is for",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "ttsProvider", type: .string(maxLength: nil),
                        summary: "text-to-speech provider for this language",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "voice", type: .string(maxLength: nil),
                        summary: "text-to-speech voice for this language",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "transcriptionProvider", type: .string(maxLength: nil),
                        summary: "speech-to-text provider for this language",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "speechModel", type: .string(maxLength: nil),
                        summary: "speech-to-text model for this language",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/connect/conversationrelay", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/conversationrelay"]),
            ElementSpec(
                name: "Leave", kind: .verb,
                summary: "removes the call from its queue and continues after the Enqueue",
                parents: ["Response"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/leave", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/leave"]),
            ElementSpec(
                name: "Message", kind: .noun,
                summary: "one message of the AI gather history",
                parents: ["MessageHistory"],
                children: [],
                text: .required, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "role", type: .enumeration(["user", "assistant"]),
                        summary: "author of the message",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/aigather"]),
            ElementSpec(
                name: "MessageHistory", kind: .noun,
                summary: "messages the AI gather assistant should be aware of",
                parents: ["AIGather"],
                children: ["Message"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/aigather"]),
            ElementSpec(
                name: "Number", kind: .noun,
                summary: "phone number to dial",
                parents: ["Dial"],
                children: [],
                text: .required, textType: .phone,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "sendDigits", type: .dtmf,
                        summary: "DTMF tones played when the call is answered",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "url", type: .url(schemes: ["http", "https"]),
                        summary: "document run on the called party before the calls are connected",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the url document",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackEvent", type: .tokenList(["initiated", "ringing", "answered", "amd", "dtmf", "completed"]),
                        summary: "call progress events that trigger the status callback",
                        defaultValue: "completed", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives call progress callbacks",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetection", type: .enumeration(["Enable", "DetectMessageEnd", "Disable"]),
                        summary: "answering machine detection mode",
                        defaultValue: "Disable", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetectionTimeout", type: .integer(min: 500, max: 60000),
                        summary: "milliseconds to try answering machine detection",
                        defaultValue: "3500", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "amdStatusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives the answering machine detection result",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "amdStatusCallbackMethod", type: .method,
                        summary: "HTTP method for the AMD status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "detectionMode", type: .enumeration(["Regular", "Premium", "PremiumCallScreening"]),
                        summary: "answering machine detection mode",
                        defaultValue: "Regular", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetectionPromptEndTimeout", type: .integer(min: 1000, max: 120000),
                        summary: "milliseconds of silence after a call screening prompt",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "sipRegion", type: .enumeration(["US", "Europe", "Canada", "Australia", "Middle East"]),
                        summary: "region of the SIP infrastructure used to dial",
                        defaultValue: "US", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/number", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/dial", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Parameter", kind: .noun,
                summary: "custom name/value pair passed to the parent service",
                parents: ["Stream", "Siprec", "Pay", "ConversationRelay"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "name", type: .string(maxLength: nil),
                        summary: "name of the custom parameter",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "value", type: .string(maxLength: nil),
                        summary: "value of the custom parameter",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/stream#custom-parameters", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/stream", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/pay", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/siprec"]),
            ElementSpec(
                name: "Parameters", kind: .noun,
                summary: "JSON Schema of the parameters to gather",
                parents: ["AIGather"],
                children: [],
                text: .required, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/aigather"]),
            ElementSpec(
                name: "Pause", kind: .verb,
                summary: "waits silently for a number of seconds",
                parents: ["Response"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "length", type: .integer(min: 1, max: 180),
                        summary: "seconds of silence",
                        defaultValue: "1", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/pause", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/pause", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Pay", kind: .verb,
                summary: "collects payment details and charges or tokenizes them",
                parents: ["Response"],
                children: ["Parameter", "Prompt"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested when the payment ends",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the action URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives payment progress callbacks",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "paymentMethod", type: .enumeration(["credit-card", "ach-debit"]),
                        summary: "payment method to collect",
                        defaultValue: "credit-card", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "timeout", type: .integer(min: 1, max: 600),
                        summary: "seconds to wait for each input",
                        defaultValue: "5", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "interDigitTimeout", type: .integer(min: 1, max: 600),
                        summary: "seconds allowed between digits",
                        defaultValue: "5", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "maxAttempts", type: .integer(min: 1, max: 3),
                        summary: "attempts allowed for each input",
                        defaultValue: "1", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "paymentConnector", type: .string(maxLength: nil),
                        summary: "name of the Pay Connector",
                        defaultValue: "Default", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "chargeAmount", type: .number(min: 0.0, max: 1000000.0),
                        summary: "amount to charge; 0 or omitted tokenizes",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "currency", type: .enumeration(["USD"]),
                        summary: "currency of the charge",
                        defaultValue: "USD", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "language", type: .language,
                        summary: "language of the payment prompts",
                        defaultValue: "en-US", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "description", type: .string(maxLength: nil),
                        summary: "description of the payment",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "paymentToken", type: .string(maxLength: nil),
                        summary: "existing payment token; skips data collection",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "transactionType", type: .enumeration(["charge", "tokenize"]),
                        summary: "whether the payment is charged or tokenized",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "voice", type: .string(maxLength: nil),
                        summary: "voice of the payment prompts",
                        defaultValue: "female", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "serviceLevel", type: .enumeration(["premium"]),
                        summary: "service level of payment processing",
                        defaultValue: "premium", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "parameters", type: .string(maxLength: nil),
                        summary: "extra connector parameters as a JSON object",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "prompts", type: .string(maxLength: nil),
                        summary: "custom prompts as a JSON object",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "metadata", type: .string(maxLength: nil),
                        summary: "metadata attached to the transaction as a JSON object",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/pay", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/pay"]),
            ElementSpec(
                name: "Play", kind: .verb,
                summary: "plays an audio file (or DTMF tones) to the caller",
                parents: ["Response", "Gather"],
                children: [],
                text: .optional, textType: .url(schemes: ["http", "https"]),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "loop", type: .integer(min: 0, max: nil),
                        summary: "times to repeat the audio; 0 repeats until the call ends",
                        defaultValue: "1", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "digits", type: .dtmf,
                        summary: "DTMF tones to play instead of an audio file",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "mediaStorage", type: .boolean,
                        summary: "whether the text is a Telnyx media storage name instead of a URL",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "failoverUrl", type: .url(schemes: ["http", "https"]),
                        summary: "backup audio source played when the primary one fails",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "continueOnError", type: .boolean,
                        summary: "whether a playback failure continues with the next verb instead of aborting",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "ringTone", type: .enumeration(["at", "au", "bg", "br", "be", "ch", "cl", "cn", "cz", "de", "dk", "ee", "es", "fi", "fr", "gr", "hu", "il", "in", "it", "lt", "jp", "mx", "my", "nl", "no", "nz", "ph", "pl", "pt", "ru", "se", "sg", "th", "uk", "us", "us-old", "tw", "ve", "za"]),
                        summary: "country ringback tone to play instead of an audio file",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/play", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/play", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Prompt", kind: .noun,
                summary: "custom prompt for one step of Pay",
                parents: ["Pay"],
                children: ["Say"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "for", type: .enumeration(["payment-card-number", "expiration-date", "postal-code", "security-code", "bank-routing-number", "bank-account-number"]),
                        summary: "payment step the prompt is for",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "errorType", type: .tokenList(["timeout", "invalid-card-number", "invalid-date", "invalid-security-code", "invalid-postal-code", "invalid-bank-routing-number", "invalid-bank-account-number"]),
                        summary: "errors after which the prompt is played",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "cardType", type: .tokenList(["visa", "mastercard", "amex", "maestro", "discover", "optima", "jcb", "diners-club", "enroute"]),
                        summary: "card types the prompt is for",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "attempt", type: .string(maxLength: nil),
                        summary: "space-separated attempt numbers the prompt is for",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/pay", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/pay"]),
            ElementSpec(
                name: "Queue", kind: .noun,
                summary: "call queue whose first caller is connected",
                parents: ["Dial"],
                children: [],
                text: .required, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "url", type: .url(schemes: ["http", "https"]),
                        summary: "document run on the dequeued caller before the calls are connected",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the url document",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/queue", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/dial"]),
            ElementSpec(
                name: "Record", kind: .verb,
                summary: "records the caller and posts the recording URL to action",
                parents: ["Response"],
                children: [],
                text: .none, textType: nil,
                isTerminal: true, terminalWhenAttribute: nil,
                records: true,
                attributes: [
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested when the recording ends",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the action URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "timeout", type: .integer(min: 0, max: nil),
                        summary: "seconds of silence after speech that end the recording; 0 = never",
                        defaultValue: "0", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "finishOnKey", type: .keys("0123456789*#"),
                        summary: "keys that end the recording",
                        defaultValue: "1234567890*#", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "maxLength", type: .integer(min: 0, max: 14400),
                        summary: "maximum length of the recording in seconds; 0 = unlimited",
                        defaultValue: "3600", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "playBeep", type: .boolean,
                        summary: "whether a beep is played before recording starts",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "trim", type: .enumeration(["trim-silence"]),
                        summary: "whether leading and trailing silence is trimmed",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "channels", type: .enumeration(["single", "dual"]),
                        summary: "number of channels in the recording file",
                        defaultValue: "dual", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "format", type: .enumeration(["mp3", "wav"]),
                        summary: "file format of the recording",
                        defaultValue: "mp3", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives recording status callbacks",
                        defaultValue: nil, errorCode: 13256, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallbackMethod", type: .method,
                        summary: "HTTP method for the recording status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallbackEvent", type: .tokenList(["in-progress", "completed"]),
                        summary: "recording events that trigger the recording status callback",
                        defaultValue: "completed", errorCode: 13621, allowsEmpty: false),
                    AttributeSpec(
                        name: "transcription", type: .boolean,
                        summary: "whether the recording is transcribed",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "transcriptionCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives the transcription",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "transcriptionEngine", type: .enumeration(["A", "B", "Deepgram", "deepgram"]),
                        summary: "transcription engine (A = Google, B = Telnyx)",
                        defaultValue: "A", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "transcriptionModel", type: .string(maxLength: nil),
                        summary: "transcription model as vendor/model-name",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "transcriptionLanguage", type: .language,
                        summary: "language of the transcription",
                        defaultValue: "en-US", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/record", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://www.twilio.com/docs/api/errors/13256", "https://www.twilio.com/docs/api/errors/13621", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/record", "https://developer.signalwire.com/compatibility-api/cxml/voice/record", "https://github.com/2600hz/kazoo/blob/master/applications/pivot/doc/twiml.md", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd", "https://docs.ytel.com/docs/record", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/record.go"]),
            ElementSpec(
                name: "Recording", kind: .noun,
                summary: "background call recording started with Start",
                parents: ["Start", "Stop"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: true,
                attributes: [
                    AttributeSpec(
                        name: "name", type: .string(maxLength: nil),
                        summary: "unique name of the recording, used to stop it",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives recording status callbacks",
                        defaultValue: nil, errorCode: 13256, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallbackMethod", type: .method,
                        summary: "HTTP method for the recording status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallbackEvent", type: .tokenList(["in-progress", "completed", "absent"]),
                        summary: "recording events that trigger the recording status callback",
                        defaultValue: "completed", errorCode: 13621, allowsEmpty: false),
                    AttributeSpec(
                        name: "trim", type: .enumeration(["trim-silence"]),
                        summary: "whether leading and trailing silence is trimmed",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "track", type: .enumeration(["inbound", "outbound", "both"]),
                        summary: "audio track to record",
                        defaultValue: "both", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "channels", type: .enumeration(["mono", "single", "dual"]),
                        summary: "number of channels in the recording",
                        defaultValue: "dual", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "format", type: .enumeration(["mp3", "wav"]),
                        summary: "file format of the recording",
                        defaultValue: "mp3", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/recording", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/recording"]),
            ElementSpec(
                name: "Redirect", kind: .verb,
                summary: "transfers control to the document at another URL",
                parents: ["Response"],
                children: [],
                text: .required, textType: .url(schemes: ["http", "https"]),
                isTerminal: true, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the redirect URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/redirect", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/redirect", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Refer", kind: .verb,
                summary: "transfers the call with a SIP REFER",
                parents: ["Response"],
                children: ["Sip"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested when the refer ends",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the action URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/refer", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/refer"]),
            ElementSpec(
                name: "Reject", kind: .verb,
                summary: "rejects the call without answering it",
                parents: ["Response"],
                children: [],
                text: .none, textType: nil,
                isTerminal: true, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "reason", type: .enumeration(["rejected", "busy"]),
                        summary: "tone that tells the caller why the call was rejected",
                        defaultValue: "rejected", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/reject", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/reject", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Response", kind: .root,
                summary: "the root element of every voice document",
                parents: [],
                children: ["AIGather", "Connect", "Dial", "Enqueue", "Gather", "Hangup", "Leave", "Pause", "Pay", "Play", "Record", "Redirect", "Refer", "Reject", "Say", "Start", "Stop"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-fundamentals", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Say", kind: .verb,
                summary: "speaks text to the caller with text-to-speech",
                parents: ["Response", "Gather", "Prompt"],
                children: [],
                text: .required, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "voice", type: .string(maxLength: nil),
                        summary: "text-to-speech voice (man, woman, alice or a provider voice such as Polly.Joanna)",
                        defaultValue: "man", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "language", type: .language,
                        summary: "language and locale of the spoken text",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "loop", type: .integer(min: 0, max: 10),
                        summary: "times to repeat the text; 0 repeats until the call ends",
                        defaultValue: "1", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "gender", type: .enumeration(["Male", "Female"]),
                        summary: "voice gender for Azure voices",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "effect", type: .enumeration(["eq_telecomhp8k", "eq_car"]),
                        summary: "audio effect for Azure voices",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "voiceSpeed", type: .number(min: 0.1, max: 2.0),
                        summary: "speech rate of the voice",
                        defaultValue: "1", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "api_key_ref", type: .string(maxLength: nil),
                        summary: "reference to the stored API key of the text-to-speech provider",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "region", type: .string(maxLength: nil),
                        summary: "cloud region of the text-to-speech provider",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "pronunciationDictId", type: .string(maxLength: nil),
                        summary: "UUID of the pronunciation dictionary to apply",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "languageBoost", type: .string(maxLength: nil),
                        summary: "language hint for Telnyx Qwen3TTS voices",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say", "https://www.twilio.com/docs/voice/twiml/say/text-speech", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/say", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Sip", kind: .noun,
                summary: "SIP endpoint to dial or refer to",
                parents: ["Dial", "Refer"],
                children: [],
                text: .required, textType: .sipURI,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "username", type: .string(maxLength: nil),
                        summary: "user name for SIP authentication",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "password", type: .string(maxLength: nil),
                        summary: "password for SIP authentication",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "url", type: .url(schemes: ["http", "https"]),
                        summary: "document run on the called party before the calls are connected",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the url document",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackEvent", type: .tokenList(["initiated", "ringing", "answered", "amd", "dtmf", "completed"]),
                        summary: "call progress events that trigger the status callback",
                        defaultValue: "completed", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives call progress callbacks",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetection", type: .enumeration(["Enable", "DetectMessageEnd", "Disable"]),
                        summary: "answering machine detection mode",
                        defaultValue: "Disable", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetectionTimeout", type: .integer(min: 500, max: 60000),
                        summary: "milliseconds to try answering machine detection",
                        defaultValue: "3500", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "amdStatusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives the answering machine detection result",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "amdStatusCallbackMethod", type: .method,
                        summary: "HTTP method for the AMD status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "detectionMode", type: .enumeration(["Regular", "Premium", "PremiumCallScreening"]),
                        summary: "answering machine detection mode",
                        defaultValue: "Regular", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetectionPromptEndTimeout", type: .integer(min: 1000, max: 120000),
                        summary: "milliseconds of silence after a call screening prompt",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "sipRegion", type: .enumeration(["US", "Europe", "Canada", "Australia", "Middle East"]),
                        summary: "region of the SIP infrastructure used to dial",
                        defaultValue: "US", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/sip", "https://www.twilio.com/docs/voice/twiml/refer", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/dial", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/refer", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Siprec", kind: .noun,
                summary: "SIPREC session to a recording server",
                parents: ["Start", "Stop"],
                children: ["Parameter"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "name", type: .string(maxLength: nil),
                        summary: "unique name of the session, used to stop it",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "connectorName", type: .string(maxLength: nil),
                        summary: "name of the SIPREC connector",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "track", type: .enumeration(["inbound_track", "outbound_track", "both_tracks"]),
                        summary: "audio track sent to the recording server",
                        defaultValue: "both_tracks", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives SIPREC events",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "includeMetadataCustomHeaders", type: .boolean,
                        summary: "whether custom parameters go into metadata instead of SIP headers",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "secure", type: .boolean,
                        summary: "whether media is encrypted with SRTP and TLS",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "sessionTimeoutSecs", type: .integer(min: 0, max: 14440),
                        summary: "session expiry in seconds sent as Session-Expires (90 or more; 0 disables)",
                        defaultValue: "1800", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/siprec", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/siprec"]),
            ElementSpec(
                name: "Start", kind: .verb,
                summary: "starts a background service (stream, recording, transcription) and continues at once",
                parents: ["Response"],
                children: ["Recording", "Siprec", "Stream", "Suppression", "Transcription"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/stream", "https://www.twilio.com/docs/voice/twiml/recording", "https://www.twilio.com/docs/voice/twiml/transcription", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/start"]),
            ElementSpec(
                name: "Stop", kind: .verb,
                summary: "stops a background service started with Start",
                parents: ["Response"],
                children: ["Recording", "Siprec", "Stream", "Suppression", "Transcription"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/stream#stop-a-stream", "https://www.twilio.com/docs/voice/twiml/recording#stop-a-recording", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/stop"]),
            ElementSpec(
                name: "Stream", kind: .noun,
                summary: "media stream of the call audio to a WebSocket",
                parents: ["Start", "Stop", "Connect"],
                children: ["Parameter"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "url", type: .url(schemes: ["ws", "wss"]),
                        summary: "wss:// address of the WebSocket server",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "name", type: .string(maxLength: nil),
                        summary: "unique name of the stream, used to stop it",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "track", type: .enumeration(["inbound_track", "outbound_track", "both_tracks"]),
                        summary: "audio track to stream",
                        defaultValue: "inbound_track", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives stream events",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "codec", type: .enumeration(["PCMU", "PCMA", "G722", "OPUS", "AMR-WB", "default"]),
                        summary: "codec of the streamed audio",
                        defaultValue: "default", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "bidirectionalMode", type: .enumeration(["mp3", "rtp"]),
                        summary: "bidirectional streaming mode",
                        defaultValue: "mp3", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "bidirectionalCodec", type: .enumeration(["PCMU", "PCMA", "G722", "OPUS", "AMR-WB"]),
                        summary: "bidirectional streaming codec (rtp mode)",
                        defaultValue: "PCMU", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "bidirectionalSamplingRate", type: .enumeration(["8000", "16000", "24000"]),
                        summary: "bidirectional sampling rate in Hz",
                        defaultValue: "8000", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "enableReconnect", type: .boolean,
                        summary: "whether a dropped WebSocket is reconnected",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/stream", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://www.twilio.com/docs/api/errors/31941", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/stream"]),
            ElementSpec(
                name: "Suppression", kind: .noun,
                summary: "noise suppression on the call audio",
                parents: ["Start", "Stop"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "direction", type: .enumeration(["inbound", "outbound", "both"]),
                        summary: "side of the audio that is denoised",
                        defaultValue: "inbound", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "noiseSuppressionEngine", type: .enumeration(["Denoiser", "DeepFilterNet", "Krisp", "AiCoustics"]),
                        summary: "noise suppression engine",
                        defaultValue: "Denoiser", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "model", type: .string(maxLength: nil),
                        summary: "model of the Krisp engine",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "suppressionLevel", type: .number(min: 0.0, max: 100.0),
                        summary: "suppression intensity of the Krisp engine",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "family", type: .enumeration(["sparrow", "quail"]),
                        summary: "model family of the AiCoustics engine",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "size", type: .string(maxLength: nil),
                        summary: "model size of the AiCoustics engine (s, l, vf)",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "enhancementLevel", type: .number(min: 0.0, max: 1.0),
                        summary: "enhancement intensity of the AiCoustics engine",
                        defaultValue: "0.8", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/suppression", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-twiml-compatibility"]),
            ElementSpec(
                name: "Tool", kind: .noun,
                summary: "JSON definition of one AI assistant tool",
                parents: ["Tools"],
                children: [],
                text: .required, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/aigather"]),
            ElementSpec(
                name: "Tools", kind: .noun,
                summary: "tools available to the AI gather assistant",
                parents: ["AIGather"],
                children: ["Tool"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/aigather"]),
            ElementSpec(
                name: "Transcription", kind: .noun,
                summary: "real-time transcription of the call",
                parents: ["Start", "Stop"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "transcriptionEngine", type: .enumeration(["Google", "Telnyx", "Deepgram", "Azure", "xAI", "AssemblyAI", "Soniox", "Speechmatics", "Parakeet", "Humain", "Reson8", "Cohere", "A", "B"]),
                        summary: "speech-to-text engine",
                        defaultValue: "Google", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "hints", type: .string(maxLength: nil),
                        summary: "expected phrases or keywords, comma separated",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "language", type: .language,
                        summary: "language of the transcription",
                        defaultValue: "en", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "interimResults", type: .boolean,
                        summary: "whether interim results are sent",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "transcriptionTracks", type: .enumeration(["inbound", "outbound", "both"]),
                        summary: "call leg to transcribe",
                        defaultValue: "inbound", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "transcriptionCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives transcription results",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "transcriptionCallbackMethod", type: .method,
                        summary: "HTTP method for the transcription callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "model", type: .string(maxLength: nil),
                        summary: "transcription model as vendor/model-name",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "keyterms", type: .string(maxLength: nil),
                        summary: "key terms for Deepgram Nova-3, comma separated",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "smartFormat", type: .boolean,
                        summary: "whether Deepgram smart formatting is applied",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "apiKeyRef", type: .string(maxLength: nil),
                        summary: "reference to the API key of the engine",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "region", type: .string(maxLength: nil),
                        summary: "region of the engine (required for Azure)",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/transcription", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/transcription", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/stop"]),
            ElementSpec(
                name: "Voice", kind: .noun,
                summary: "voice used by the AI gather assistant",
                parents: ["AIGather"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "name", type: .string(maxLength: nil),
                        summary: "voice of the assistant",
                        defaultValue: "Telnyx.NaturalHD.Astra", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "api_key_ref", type: .string(maxLength: nil),
                        summary: "reference to the ElevenLabs API key",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "voice_speed", type: .number(min: 0.1, max: 2.0),
                        summary: "speed of the voice",
                        defaultValue: "1", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/aigather"]),
        ])
    /// Every element of cXML (SignalWire).
    public static let cxml = Grammar(
        dialect: .cxml,
        elements: [
            ElementSpec(
                name: "AiSession", kind: .noun,
                summary: "connects the call to an AI session through an AI Connector",
                parents: ["Connect"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "aiConnector", type: .string(maxLength: nil),
                        summary: "unique name or SID of the AI Connector",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "aiSessionConfiguration", type: .string(maxLength: nil),
                        summary: "unique name or ID of the AiSession Configuration",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts"]),
            ElementSpec(
                name: "Application", kind: .noun,
                summary: "TwiML Application to dial",
                parents: ["Dial"],
                children: ["ApplicationSid", "Parameter"],
                text: .optional, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "url", type: .url(schemes: ["http", "https"]),
                        summary: "document run on the called application",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the url document",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackEvent", type: .tokenList(["initiated", "ringing", "answered", "completed"]),
                        summary: "call progress events that trigger the status callback",
                        defaultValue: "completed", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives call progress callbacks",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "customerId", type: .string(maxLength: nil),
                        summary: "identity of the customer calling the application",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "copyParentTo", type: .boolean,
                        summary: "whether the parent call's To is copied to the application leg",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/dial/application", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts"]),
            ElementSpec(
                name: "ApplicationSid", kind: .noun,
                summary: "SID of the TwiML Application to dial",
                parents: ["Application"],
                children: [],
                text: .required, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/dial/application", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts"]),
            ElementSpec(
                name: "Assistant", kind: .noun,
                summary: "connects the call to a Twilio AI Assistant",
                parents: ["Connect"],
                children: ["Language", "Parameter"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "id", type: .string(maxLength: nil),
                        summary: "ID of the Twilio AI Assistant",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "language", type: .language,
                        summary: "language for text-to-speech and transcription",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "ttsLanguage", type: .language,
                        summary: "language for text-to-speech",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "transcriptionLanguage", type: .language,
                        summary: "language for transcription",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "ttsProvider", type: .string(maxLength: nil),
                        summary: "text-to-speech provider",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "voice", type: .string(maxLength: nil),
                        summary: "text-to-speech voice",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "transcriptionProvider", type: .string(maxLength: nil),
                        summary: "speech-to-text provider",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "speechModel", type: .string(maxLength: nil),
                        summary: "speech-to-text model",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "profanityFilter", type: .boolean,
                        summary: "whether profanity is filtered out of transcripts",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "dtmfDetection", type: .boolean,
                        summary: "whether key presses are reported",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "welcomeGreeting", type: .string(maxLength: nil),
                        summary: "sentence spoken when the session connects",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "partialPrompts", type: .boolean,
                        summary: "whether partial transcripts are sent before the caller finishes",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "welcomeGreetingInterruptible", type: .enumeration(["none", "dtmf", "speech", "any", "true", "false"]),
                        summary: "input that can interrupt the welcome greeting",
                        defaultValue: "any", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "interruptible", type: .enumeration(["none", "dtmf", "speech", "any", "true", "false"]),
                        summary: "input that can interrupt text-to-speech",
                        defaultValue: "any", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "preemptible", type: .boolean,
                        summary: "whether later text can interrupt the current text-to-speech",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "hints", type: .string(maxLength: nil),
                        summary: "phrases that help speech recognition, comma separated",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "intelligenceService", type: .string(maxLength: nil),
                        summary: "SID or unique name of the Conversational Intelligence Service",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "reportInputDuringAgentSpeech", type: .string(maxLength: nil),
                        summary: "whether input is reported while text-to-speech plays",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "elevenlabsTextNormalization", type: .string(maxLength: nil),
                        summary: "text normalization setting for ElevenLabs",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "interruptSensitivity", type: .enumeration(["low", "medium", "high"]),
                        summary: "sensitivity of speech interruption",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "debug", type: .string(maxLength: nil),
                        summary: "debug options, space separated",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://www.rubydoc.info/gems/twilio-ruby/Twilio/TwiML/Connect"]),
            ElementSpec(
                name: "Client", kind: .noun,
                summary: "Voice SDK client identity to dial",
                parents: ["Dial"],
                children: ["Identity", "Parameter"],
                text: .optional, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "url", type: .url(schemes: ["http", "https"]),
                        summary: "document run on the client before the calls are connected",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the url document",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackEvent", type: .tokenList(["initiated", "ringing", "answered", "completed"]),
                        summary: "call progress events that trigger the status callback",
                        defaultValue: "completed", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives call progress callbacks",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/client", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-twiml-compatibility"]),
            ElementSpec(
                name: "Conference", kind: .noun,
                summary: "conference room to join",
                parents: ["Dial"],
                children: [],
                text: .required, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: true,
                attributes: [
                    AttributeSpec(
                        name: "muted", type: .boolean,
                        summary: "whether the participant joins muted",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "beep", type: .enumeration(["true", "false", "onEnter", "onExit"]),
                        summary: "when a beep is played as participants join or leave",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "startConferenceOnEnter", type: .boolean,
                        summary: "whether this participant starts the conference",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "endConferenceOnExit", type: .boolean,
                        summary: "whether the conference ends when this participant leaves",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "participantLabel", type: .string(maxLength: 128),
                        summary: "unique label of the participant",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "jitterBufferSize", type: .enumeration(["small", "medium", "large", "off"]),
                        summary: "jitter buffer of the participant",
                        defaultValue: "large", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "waitUrl", type: .url(schemes: ["http", "https"]),
                        summary: "hold music or document played before the conference starts",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "waitMethod", type: .method,
                        summary: "HTTP method for the wait URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "maxParticipants", type: .integer(min: 1, max: 250),
                        summary: "maximum number of participants",
                        defaultValue: "250", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "record", type: .enumeration(["do-not-record", "record-from-start"]),
                        summary: "whether the conference is recorded",
                        defaultValue: "do-not-record", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "region", type: .enumeration(["us1", "us2", "ie1", "de1", "sg1", "br1", "au1", "jp1"]),
                        summary: "region where the conference is mixed",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "trim", type: .enumeration(["trim-silence", "do-not-trim"]),
                        summary: "whether leading and trailing silence is trimmed from the recording",
                        defaultValue: "trim-silence", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "coach", type: .string(maxLength: nil),
                        summary: "call SID of the participant being coached",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackEvent", type: .tokenList(["start", "end", "join", "leave", "mute", "hold", "modify", "speaker", "announcement"]),
                        summary: "conference events that trigger the status callback",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives conference events",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives recording status callbacks",
                        defaultValue: nil, errorCode: 13256, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallbackMethod", type: .method,
                        summary: "HTTP method for the recording status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallbackEvent", type: .tokenList(["in-progress", "completed", "absent"]),
                        summary: "recording events that trigger the recording status callback",
                        defaultValue: "completed", errorCode: 13621, allowsEmpty: false),
                    AttributeSpec(
                        name: "eventCallbackUrl", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives conference events (legacy)",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingConfigurationId", type: .string(maxLength: nil),
                        summary: "ID of the Recording Configuration used for the recording",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/conference", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/conference", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Config", kind: .noun,
                summary: "custom configuration name/value pair",
                parents: ["VirtualAgent", "Transcription"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "name", type: .string(maxLength: nil),
                        summary: "name of the configuration",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "value", type: .string(maxLength: nil),
                        summary: "value of the configuration",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/connect/virtualagent", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts"]),
            ElementSpec(
                name: "Connect", kind: .verb,
                summary: "connects the call to a service and waits until it ends",
                parents: ["Response"],
                children: ["AiSession", "Assistant", "Conversation", "ConversationRelay", "Room", "Stream", "VirtualAgent"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested when the connected service ends",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the action URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/connect", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/connect"]),
            ElementSpec(
                name: "Conversation", kind: .noun,
                summary: "Twilio Conversations service to connect to",
                parents: ["Connect"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: true,
                attributes: [
                    AttributeSpec(
                        name: "serviceInstanceSid", type: .string(maxLength: nil),
                        summary: "SID of the Conversations service",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "inboundAutocreation", type: .boolean,
                        summary: "whether conversations are created automatically",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "routingAssignmentTimeout", type: .integer(min: 0, max: nil),
                        summary: "seconds to wait for routing assignment",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "inboundTimeout", type: .integer(min: 0, max: nil),
                        summary: "seconds to wait for an inbound connection",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "url", type: .url(schemes: ["http", "https"]),
                        summary: "document URL",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the url document",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "record", type: .enumeration(["do-not-record", "record-from-answer", "record-from-ringing", "record-from-answer-dual", "record-from-ringing-dual", "true", "false"]),
                        summary: "whether and when the call is recorded",
                        defaultValue: "do-not-record", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "trim", type: .enumeration(["trim-silence", "do-not-trim"]),
                        summary: "whether leading and trailing silence is trimmed",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives recording status callbacks",
                        defaultValue: nil, errorCode: 13256, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallbackMethod", type: .method,
                        summary: "HTTP method for the recording status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallbackEvent", type: .tokenList(["in-progress", "completed", "absent"]),
                        summary: "recording events that trigger the recording status callback",
                        defaultValue: "completed", errorCode: 13621, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives call events",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackEvent", type: .tokenList(["call-initiated", "call-ringing", "call-answered", "call-completed"]),
                        summary: "call events that trigger the status callback",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/connect/conversation", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts"]),
            ElementSpec(
                name: "ConversationRelay", kind: .noun,
                summary: "connects the call to a WebSocket conversation service",
                parents: ["Connect"],
                children: ["Language", "Parameter"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "url", type: .url(schemes: ["ws", "wss"]),
                        summary: "wss:// address of the WebSocket server",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "language", type: .language,
                        summary: "language for text-to-speech and transcription",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "ttsLanguage", type: .language,
                        summary: "language for text-to-speech",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "transcriptionLanguage", type: .language,
                        summary: "language for transcription",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "ttsProvider", type: .string(maxLength: nil),
                        summary: "text-to-speech provider",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "voice", type: .string(maxLength: nil),
                        summary: "text-to-speech voice",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "transcriptionProvider", type: .string(maxLength: nil),
                        summary: "speech-to-text provider",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "speechModel", type: .string(maxLength: nil),
                        summary: "speech-to-text model",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "profanityFilter", type: .boolean,
                        summary: "whether profanity is filtered out of transcripts",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "dtmfDetection", type: .boolean,
                        summary: "whether key presses are reported",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "welcomeGreeting", type: .string(maxLength: nil),
                        summary: "sentence spoken when the session connects",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "partialPrompts", type: .boolean,
                        summary: "whether partial transcripts are sent before the caller finishes",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "welcomeGreetingInterruptible", type: .enumeration(["none", "dtmf", "speech", "any", "true", "false"]),
                        summary: "input that can interrupt the welcome greeting",
                        defaultValue: "any", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "interruptible", type: .enumeration(["none", "dtmf", "speech", "any", "true", "false"]),
                        summary: "input that can interrupt text-to-speech",
                        defaultValue: "any", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "preemptible", type: .boolean,
                        summary: "whether later text can interrupt the current text-to-speech",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "hints", type: .string(maxLength: nil),
                        summary: "phrases that help speech recognition, comma separated",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "intelligenceService", type: .string(maxLength: nil),
                        summary: "SID or unique name of the Conversational Intelligence Service",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "reportInputDuringAgentSpeech", type: .string(maxLength: nil),
                        summary: "whether input is reported while text-to-speech plays",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "elevenlabsTextNormalization", type: .string(maxLength: nil),
                        summary: "text normalization setting for ElevenLabs",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "interruptSensitivity", type: .enumeration(["low", "medium", "high"]),
                        summary: "sensitivity of speech interruption",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "debug", type: .string(maxLength: nil),
                        summary: "debug options, space separated",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/connect/conversationrelay", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/conversationrelay"]),
            ElementSpec(
                name: "Dial", kind: .verb,
                summary: "connects the caller to another party",
                parents: ["Response"],
                children: ["Application", "Client", "Conference", "Number", "Queue", "Sim", "Sip", "WhatsApp"],
                text: .optional, textType: .phone,
                isTerminal: false, terminalWhenAttribute: "action",
                records: true,
                attributes: [
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested when the dialed call ends",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the action URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "answerOnBridge", type: .boolean,
                        summary: "whether the inbound call keeps ringing until the dialed party answers",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "callerId", type: .string(maxLength: nil),
                        summary: "caller ID presented to the called party",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "callReason", type: .string(maxLength: 50),
                        summary: "reason for the call shown on branded calls",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "events", type: .enumeration(["call-progress-event"]),
                        summary: "extra event subscription",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "hangupOnStar", type: .boolean,
                        summary: "whether the caller can hang up on the called party with the star key",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "record", type: .enumeration(["do-not-record", "record-from-answer", "record-from-ringing", "record-from-answer-dual", "record-from-ringing-dual", "true", "false"]),
                        summary: "whether and when the dialed call is recorded",
                        defaultValue: "do-not-record", errorCode: 13217, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives recording status callbacks",
                        defaultValue: nil, errorCode: 13256, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallbackMethod", type: .method,
                        summary: "HTTP method for the recording status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallbackEvent", type: .tokenList(["in-progress", "completed", "absent"]),
                        summary: "recording events that trigger the recording status callback",
                        defaultValue: "completed", errorCode: 13621, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingTrack", type: .enumeration(["inbound", "outbound", "both"]),
                        summary: "audio track to record",
                        defaultValue: "both", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "trim", type: .enumeration(["trim-silence", "do-not-trim"]),
                        summary: "whether leading and trailing silence is trimmed from the recording",
                        defaultValue: "do-not-trim", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "referUrl", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested when the called party sends a SIP REFER",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "referMethod", type: .method,
                        summary: "HTTP method for the refer URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "ringTone", type: .enumeration(["at", "au", "bg", "br", "be", "ch", "cl", "cn", "cz", "de", "dk", "ee", "es", "fi", "fr", "gr", "hu", "il", "in", "it", "lt", "jp", "mx", "my", "nl", "no", "nz", "ph", "pl", "pt", "ru", "se", "sg", "th", "uk", "us", "us-old", "tw", "ve", "za"]),
                        summary: "country ringback tone played to the caller",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "timeLimit", type: .integer(min: 1, max: 86400),
                        summary: "maximum duration of the dialed call in seconds",
                        defaultValue: "14400", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "timeout", type: .integer(min: 5, max: 600),
                        summary: "seconds to wait for the called party to answer",
                        defaultValue: "30", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "sequential", type: .boolean,
                        summary: "whether the nested nouns are dialed one after the other",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingConfigurationId", type: .string(maxLength: nil),
                        summary: "ID of the Recording Configuration used for the recording",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/dial", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://www.twilio.com/docs/api/errors/13217", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/dial", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Enqueue", kind: .verb,
                summary: "places the caller in a call queue",
                parents: ["Response"],
                children: ["Task"],
                text: .optional, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested when the call leaves the queue",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the action URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "waitUrl", type: .url(schemes: ["http", "https"]),
                        summary: "document or audio played while the caller waits",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "waitUrlMethod", type: .method,
                        summary: "HTTP method for the wait URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "workflowSid", type: .string(maxLength: nil),
                        summary: "SID of the TaskRouter Workflow that routes the call",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "maxQueueSize", type: .integer(min: 1, max: 5000),
                        summary: "maximum number of calls in the queue",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/enqueue", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://www.twilio.com/docs/api/errors/14207", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/enqueue"]),
            ElementSpec(
                name: "Gather", kind: .verb,
                summary: "collects digits or speech from the caller and posts them to action",
                parents: ["Response"],
                children: ["Pause", "Play", "Say"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested with the gathered input",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the action URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "actionOnEmptyResult", type: .boolean,
                        summary: "whether action is requested even when no input was gathered",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "bargeIn", type: .boolean,
                        summary: "whether speech or a key press stops the nested Say or Play",
                        defaultValue: "true", errorCode: 13332, allowsEmpty: false),
                    AttributeSpec(
                        name: "debug", type: .boolean,
                        summary: "whether debug information is produced for the gather",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "enhanced", type: .boolean,
                        summary: "whether the premium speech model is used (deprecated)",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "finishOnKey", type: .keys("0123456789*#"),
                        summary: "key that ends the input",
                        defaultValue: "#", errorCode: nil, allowsEmpty: true),
                    AttributeSpec(
                        name: "hints", type: .string(maxLength: nil),
                        summary: "words and phrases that help speech recognition",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "input", type: .tokenList(["dtmf", "speech"]),
                        summary: "input types to accept",
                        defaultValue: "dtmf", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "language", type: .language,
                        summary: "language of the expected speech",
                        defaultValue: "en-US", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "maxSpeechTime", type: .integer(min: 1, max: 60),
                        summary: "maximum seconds of speech input",
                        defaultValue: "60", errorCode: 13328, allowsEmpty: false),
                    AttributeSpec(
                        name: "numDigits", type: .integer(min: 1, max: nil),
                        summary: "number of digits to collect",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "partialResultCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives partial speech results",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "partialResultCallbackMethod", type: .method,
                        summary: "HTTP method for the partial result callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "profanityFilter", type: .boolean,
                        summary: "whether profanity is filtered out of speech results",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "speechModel", type: .string(maxLength: nil),
                        summary: "speech recognition model",
                        defaultValue: "default", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "speechTimeout", type: .string(maxLength: nil),
                        summary: "seconds of silence after speech that end recognition, or auto",
                        defaultValue: nil, errorCode: 13327, allowsEmpty: false),
                    AttributeSpec(
                        name: "timeout", type: .integer(min: 1, max: nil),
                        summary: "seconds to wait for input",
                        defaultValue: "5", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/gather", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://www.twilio.com/docs/api/errors/13327", "https://www.twilio.com/docs/api/errors/13328", "https://www.twilio.com/docs/api/errors/13332", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/gather", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Hangup", kind: .verb,
                summary: "ends the call",
                parents: ["Response"],
                children: ["Parameter"],
                text: .none, textType: nil,
                isTerminal: true, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/hangup", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/hangup", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Identity", kind: .noun,
                summary: "identity of the Voice SDK client to dial",
                parents: ["Client"],
                children: [],
                text: .required, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/client", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts"]),
            ElementSpec(
                name: "Language", kind: .noun,
                summary: "per-language voice and speech settings",
                parents: ["ConversationRelay", "Assistant"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "code", type: .language,
                        summary: "language this setting is for",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "ttsProvider", type: .string(maxLength: nil),
                        summary: "text-to-speech provider for this language",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "voice", type: .string(maxLength: nil),
                        summary: "text-to-speech voice for this language",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "transcriptionProvider", type: .string(maxLength: nil),
                        summary: "speech-to-text provider for this language",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "speechModel", type: .string(maxLength: nil),
                        summary: "speech-to-text model for this language",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/connect/conversationrelay", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/conversationrelay"]),
            ElementSpec(
                name: "Leave", kind: .verb,
                summary: "removes the call from its queue and continues after the Enqueue",
                parents: ["Response"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/leave", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/leave"]),
            ElementSpec(
                name: "Number", kind: .noun,
                summary: "phone number to dial",
                parents: ["Dial"],
                children: [],
                text: .required, textType: .phone,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "sendDigits", type: .keys("0123456789ABCDwW#*"),
                        summary: "DTMF tones played when the call is answered",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "byoc", type: .string(maxLength: nil),
                        summary: "SID of the BYOC trunk used to route the call",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "url", type: .url(schemes: ["http", "https"]),
                        summary: "document run on the called party before the calls are connected",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the url document",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackEvent", type: .tokenList(["initiated", "ringing", "answered", "completed"]),
                        summary: "call progress events that trigger the status callback",
                        defaultValue: "completed", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives call progress callbacks",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetection", type: .enumeration(["Enable", "DetectMessageEnd"]),
                        summary: "answering machine detection mode",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetectionTimeout", type: .integer(min: 3, max: 60),
                        summary: "seconds to try answering machine detection",
                        defaultValue: "30", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetectionSpeechThreshold", type: .integer(min: 1000, max: 6000),
                        summary: "longest speech in milliseconds still taken as a human",
                        defaultValue: "2400", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetectionSpeechEndThreshold", type: .integer(min: 500, max: 5000),
                        summary: "milliseconds of silence that end the speech activity",
                        defaultValue: "1200", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetectionSilenceTimeout", type: .integer(min: 2000, max: 10000),
                        summary: "milliseconds of initial silence before an unknown result",
                        defaultValue: "5000", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "amdStatusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives the answering machine detection result",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "amdStatusCallbackMethod", type: .method,
                        summary: "HTTP method for the AMD status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/number", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/dial", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Parameter", kind: .noun,
                summary: "custom name/value pair passed to the parent service",
                parents: ["Stream", "Siprec", "Transcription", "Client", "Application", "ConversationRelay", "Assistant", "VirtualAgent", "Pay", "Hangup", "Reject"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "name", type: .string(maxLength: nil),
                        summary: "name of the custom parameter",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "value", type: .string(maxLength: nil),
                        summary: "value of the custom parameter",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/stream#custom-parameters", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/stream", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/pay", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/siprec"]),
            ElementSpec(
                name: "Pause", kind: .verb,
                summary: "waits silently for a number of seconds",
                parents: ["Response", "Gather", "Prompt"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "length", type: .integer(min: 1, max: nil),
                        summary: "seconds of silence",
                        defaultValue: "1", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/pause", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/pause", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Pay", kind: .verb,
                summary: "collects payment details and charges or tokenizes them",
                parents: ["Response"],
                children: ["Parameter", "Prompt"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "input", type: .enumeration(["dtmf"]),
                        summary: "input type accepted",
                        defaultValue: "dtmf", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested when the payment ends",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives payment progress callbacks",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "paymentMethod", type: .enumeration(["credit-card", "ach-debit"]),
                        summary: "payment method to collect",
                        defaultValue: "credit-card", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "bankAccountType", type: .enumeration(["consumer-checking", "consumer-savings", "commercial-checking", "commercial-savings"]),
                        summary: "bank account type for ACH payments",
                        defaultValue: "consumer-checking", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "timeout", type: .integer(min: 1, max: nil),
                        summary: "seconds to wait for each input",
                        defaultValue: "5", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "maxAttempts", type: .integer(min: 1, max: 3),
                        summary: "attempts allowed for each input",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "securityCode", type: .boolean,
                        summary: "whether the security code is requested",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "postalCode", type: .string(maxLength: nil),
                        summary: "whether the postal code is requested (true, false or a fixed postal code)",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "minPostalCodeLength", type: .integer(min: 1, max: nil),
                        summary: "minimum length of the postal code",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "paymentConnector", type: .string(maxLength: nil),
                        summary: "name of the Pay Connector",
                        defaultValue: "Default", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "tokenType", type: .enumeration(["one-time", "reusable", "payment-method"]),
                        summary: "type of token to create",
                        defaultValue: "reusable", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "chargeAmount", type: .number(min: 0.0, max: 1000000.0),
                        summary: "amount to charge; 0 or omitted tokenizes",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "currency", type: .string(maxLength: nil),
                        summary: "currency of the charge",
                        defaultValue: "usd", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "language", type: .language,
                        summary: "language of the payment prompts",
                        defaultValue: "en-US", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "description", type: .string(maxLength: nil),
                        summary: "description of the payment",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "validCardTypes", type: .tokenList(["visa", "mastercard", "amex", "maestro", "discover", "optima", "jcb", "diners-club", "enroute"]),
                        summary: "card types accepted",
                        defaultValue: "visa mastercard amex", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/pay", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/pay"]),
            ElementSpec(
                name: "Play", kind: .verb,
                summary: "plays an audio file (or DTMF tones) to the caller",
                parents: ["Response", "Gather", "Prompt"],
                children: [],
                text: .optional, textType: .url(schemes: ["http", "https"]),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "loop", type: .integer(min: 0, max: nil),
                        summary: "times to repeat the audio; 0 repeats until the call ends",
                        defaultValue: "1", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "digits", type: .dtmf,
                        summary: "DTMF tones to play instead of an audio file",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/play", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/play", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Prompt", kind: .noun,
                summary: "custom prompt for one step of Pay",
                parents: ["Pay"],
                children: ["Pause", "Play", "Say"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "for", type: .enumeration(["payment-card-number", "expiration-date", "security-code", "postal-code", "payment-processing", "bank-account-number", "bank-routing-number"]),
                        summary: "payment step the prompt is for",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "errorType", type: .tokenList(["timeout", "invalid-card-number", "invalid-card-type", "invalid-date", "invalid-security-code", "internal-error", "input-matching-failed"]),
                        summary: "errors after which the prompt is played",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "cardType", type: .tokenList(["visa", "mastercard", "amex", "maestro", "discover", "optima", "jcb", "diners-club", "enroute"]),
                        summary: "card types the prompt is for",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "attempt", type: .string(maxLength: nil),
                        summary: "space-separated attempt numbers the prompt is for",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "requireMatchingInputs", type: .boolean,
                        summary: "whether the input must be entered twice",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/pay", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/pay"]),
            ElementSpec(
                name: "Queue", kind: .noun,
                summary: "call queue whose first caller is connected",
                parents: ["Dial"],
                children: [],
                text: .required, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "url", type: .url(schemes: ["http", "https"]),
                        summary: "document run on the dequeued caller before the calls are connected",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the url document",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "reservationSid", type: .string(maxLength: nil),
                        summary: "SID of the TaskRouter Reservation",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "postWorkActivitySid", type: .string(maxLength: nil),
                        summary: "SID of the TaskRouter Activity set after the call",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/queue", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/dial"]),
            ElementSpec(
                name: "Record", kind: .verb,
                summary: "records the caller and posts the recording URL to action",
                parents: ["Response"],
                children: [],
                text: .none, textType: nil,
                isTerminal: true, terminalWhenAttribute: nil,
                records: true,
                attributes: [
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested when the recording ends",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the action URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "timeout", type: .integer(min: 0, max: nil),
                        summary: "seconds of silence that end the recording; 0 disables the silence stop",
                        defaultValue: "5", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "finishOnKey", type: .keys("0123456789*#"),
                        summary: "keys that end the recording",
                        defaultValue: "1234567890*#", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "maxLength", type: .integer(min: 0, max: 14400),
                        summary: "maximum length of the recording in seconds; 0 = 3600",
                        defaultValue: "3600", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "playBeep", type: .boolean,
                        summary: "whether a beep is played before recording starts",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "trim", type: .enumeration(["trim-silence", "do-not-trim"]),
                        summary: "whether leading and trailing silence is trimmed",
                        defaultValue: "trim-silence", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives recording status callbacks",
                        defaultValue: nil, errorCode: 13256, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallbackMethod", type: .method,
                        summary: "HTTP method for the recording status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallbackEvent", type: .tokenList(["in-progress", "completed", "absent"]),
                        summary: "recording events that trigger the recording status callback",
                        defaultValue: "completed", errorCode: 13621, allowsEmpty: false),
                    AttributeSpec(
                        name: "transcribe", type: .boolean,
                        summary: "whether the recording is transcribed",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "transcribeCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives the transcription",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingConfigurationId", type: .string(maxLength: nil),
                        summary: "ID of the Recording Configuration used for the recording",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "storageUrl", type: .url(schemes: ["http", "https"]),
                        summary: "absolute URL the recording file is sent to instead of the platform's storage",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "storageUrlMethod", type: .enumeration(["POST", "PUT"]),
                        summary: "HTTP method that sends the file to storageUrl",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/record", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://www.twilio.com/docs/api/errors/13256", "https://www.twilio.com/docs/api/errors/13621", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/record", "https://developer.signalwire.com/compatibility-api/cxml/voice/record", "https://github.com/2600hz/kazoo/blob/master/applications/pivot/doc/twiml.md", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd", "https://docs.ytel.com/docs/record", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/record.go"]),
            ElementSpec(
                name: "Recording", kind: .noun,
                summary: "background call recording started with Start",
                parents: ["Start", "Stop"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: true,
                attributes: [
                    AttributeSpec(
                        name: "name", type: .string(maxLength: nil),
                        summary: "unique name of the recording, used to stop it",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives recording status callbacks",
                        defaultValue: nil, errorCode: 13256, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallbackMethod", type: .method,
                        summary: "HTTP method for the recording status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallbackEvent", type: .tokenList(["in-progress", "completed", "absent"]),
                        summary: "recording events that trigger the recording status callback",
                        defaultValue: "completed", errorCode: 13621, allowsEmpty: false),
                    AttributeSpec(
                        name: "trim", type: .enumeration(["trim-silence", "do-not-trim"]),
                        summary: "whether leading and trailing silence is trimmed",
                        defaultValue: "trim-silence", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "track", type: .enumeration(["inbound", "outbound", "both"]),
                        summary: "audio track to record",
                        defaultValue: "both", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "channels", type: .enumeration(["mono", "dual"]),
                        summary: "number of channels in the recording",
                        defaultValue: "dual", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingConfigurationId", type: .string(maxLength: nil),
                        summary: "ID of the Recording Configuration used for the recording",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/recording", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/recording"]),
            ElementSpec(
                name: "Redirect", kind: .verb,
                summary: "transfers control to the document at another URL",
                parents: ["Response"],
                children: [],
                text: .required, textType: .url(schemes: ["http", "https"]),
                isTerminal: true, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the redirect URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/redirect", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/redirect", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Refer", kind: .verb,
                summary: "transfers the call with a SIP REFER",
                parents: ["Response"],
                children: ["Sip"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested when the refer ends",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the action URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/refer", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/refer"]),
            ElementSpec(
                name: "Reject", kind: .verb,
                summary: "rejects the call without answering it",
                parents: ["Response"],
                children: ["Parameter"],
                text: .none, textType: nil,
                isTerminal: true, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "reason", type: .enumeration(["rejected", "busy"]),
                        summary: "tone that tells the caller why the call was rejected",
                        defaultValue: "rejected", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/reject", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/reject", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Response", kind: .root,
                summary: "the root element of every voice document",
                parents: [],
                children: ["Connect", "Dial", "Enqueue", "Gather", "Hangup", "Leave", "Pause", "Pay", "Play", "Record", "Redirect", "Refer", "Reject", "Say", "Sms", "Start", "Stop"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-fundamentals", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Room", kind: .noun,
                summary: "Programmable Video room to join",
                parents: ["Connect"],
                children: [],
                text: .required, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "participantIdentity", type: .string(maxLength: nil),
                        summary: "identity of the participant in the room",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/connect/room", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-twiml-compatibility"]),
            ElementSpec(
                name: "Say", kind: .verb,
                summary: "speaks text to the caller with text-to-speech",
                parents: ["Response", "Gather", "Prompt"],
                children: ["amazon:domain", "amazon:effect", "break", "emphasis", "lang", "p", "phoneme", "prosody", "s", "say-as", "sub", "w"],
                text: .mixed, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "voice", type: .string(maxLength: nil),
                        summary: "text-to-speech voice (man, woman, alice or a provider voice such as Polly.Joanna)",
                        defaultValue: "man", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "language", type: .language,
                        summary: "language and locale of the spoken text",
                        defaultValue: "en-US", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "loop", type: .integer(min: 0, max: nil),
                        summary: "times to repeat the text; 0 repeats until the call ends",
                        defaultValue: "1", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say", "https://www.twilio.com/docs/voice/twiml/say/text-speech", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/say", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Sim", kind: .noun,
                summary: "Twilio Programmable Wireless SIM to dial",
                parents: ["Dial"],
                children: [],
                text: .required, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/sim", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts"]),
            ElementSpec(
                name: "Sip", kind: .noun,
                summary: "SIP endpoint to dial or refer to",
                parents: ["Dial", "Refer"],
                children: [],
                text: .required, textType: .sipURI,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "username", type: .string(maxLength: nil),
                        summary: "user name for SIP authentication",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "password", type: .string(maxLength: nil),
                        summary: "password for SIP authentication",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "url", type: .url(schemes: ["http", "https"]),
                        summary: "document run on the called party before the calls are connected",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the url document",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackEvent", type: .tokenList(["initiated", "ringing", "answered", "completed"]),
                        summary: "call progress events that trigger the status callback",
                        defaultValue: "completed", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives call progress callbacks",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetection", type: .enumeration(["Enable", "DetectMessageEnd"]),
                        summary: "answering machine detection mode",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetectionTimeout", type: .integer(min: 3, max: 60),
                        summary: "seconds to try answering machine detection",
                        defaultValue: "30", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetectionSpeechThreshold", type: .integer(min: 1000, max: 6000),
                        summary: "longest speech in milliseconds still taken as a human",
                        defaultValue: "2400", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetectionSpeechEndThreshold", type: .integer(min: 500, max: 5000),
                        summary: "milliseconds of silence that end the speech activity",
                        defaultValue: "1200", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetectionSilenceTimeout", type: .integer(min: 2000, max: 10000),
                        summary: "milliseconds of initial silence before an unknown result",
                        defaultValue: "5000", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "amdStatusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives the answering machine detection result",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "amdStatusCallbackMethod", type: .method,
                        summary: "HTTP method for the AMD status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/sip", "https://www.twilio.com/docs/voice/twiml/refer", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/dial", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/refer", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Siprec", kind: .noun,
                summary: "SIPREC session to a recording server",
                parents: ["Start", "Stop"],
                children: ["Parameter"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "name", type: .string(maxLength: nil),
                        summary: "unique name of the session, used to stop it",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "connectorName", type: .string(maxLength: nil),
                        summary: "name of the SIPREC connector",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "track", type: .enumeration(["inbound_track", "outbound_track", "both_tracks"]),
                        summary: "audio track sent to the recording server",
                        defaultValue: "both_tracks", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives SIPREC events",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/siprec", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/siprec"]),
            ElementSpec(
                name: "Sms", kind: .verb,
                summary: "sends an SMS during a call (deprecated)",
                parents: ["Response"],
                children: [],
                text: .required, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "to", type: .phone,
                        summary: "number the message is sent to",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "from", type: .phone,
                        summary: "number the message is sent from",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested after the message is sent",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the action URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives message status callbacks",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/sms", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Start", kind: .verb,
                summary: "starts a background service (stream, recording, transcription) and continues at once",
                parents: ["Response"],
                children: ["Recording", "Siprec", "Stream", "Transcription"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested after the service has started",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the action URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/stream", "https://www.twilio.com/docs/voice/twiml/recording", "https://www.twilio.com/docs/voice/twiml/transcription", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/start"]),
            ElementSpec(
                name: "Stop", kind: .verb,
                summary: "stops a background service started with Start",
                parents: ["Response"],
                children: ["Recording", "Siprec", "Stream", "Transcription"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/stream#stop-a-stream", "https://www.twilio.com/docs/voice/twiml/recording#stop-a-recording", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/stop"]),
            ElementSpec(
                name: "Stream", kind: .noun,
                summary: "media stream of the call audio to a WebSocket",
                parents: ["Start", "Stop", "Connect"],
                children: ["Parameter"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "url", type: .url(schemes: ["ws", "wss"]),
                        summary: "wss:// address of the WebSocket server",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "name", type: .string(maxLength: nil),
                        summary: "unique name of the stream, used to stop it",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "connectorName", type: .string(maxLength: nil),
                        summary: "name of the Stream Connector",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "track", type: .enumeration(["inbound_track", "outbound_track", "both_tracks"]),
                        summary: "audio track to stream",
                        defaultValue: "inbound_track", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives stream events",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/stream", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://www.twilio.com/docs/api/errors/31941", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/stream"]),
            ElementSpec(
                name: "Task", kind: .noun,
                summary: "TaskRouter task attributes (JSON) for the enqueued call",
                parents: ["Enqueue"],
                children: [],
                text: .required, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "priority", type: .integer(min: 0, max: nil),
                        summary: "priority of the task",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "timeout", type: .integer(min: 1, max: nil),
                        summary: "seconds before the task is canceled",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/enqueue", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts"]),
            ElementSpec(
                name: "Transcription", kind: .noun,
                summary: "real-time transcription of the call",
                parents: ["Start", "Stop"],
                children: ["Config", "Parameter"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "name", type: .string(maxLength: nil),
                        summary: "unique name of the transcription, used to stop it",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackUrl", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives transcription events",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "languageCode", type: .language,
                        summary: "language of the transcription",
                        defaultValue: "en-US", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "track", type: .enumeration(["inbound_track", "outbound_track", "both_tracks"]),
                        summary: "audio track to transcribe",
                        defaultValue: "both_tracks", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "inboundTrackLabel", type: .string(maxLength: nil),
                        summary: "label of the inbound track",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "outboundTrackLabel", type: .string(maxLength: nil),
                        summary: "label of the outbound track",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "transcriptionEngine", type: .string(maxLength: nil),
                        summary: "speech-to-text provider",
                        defaultValue: "google", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "speechModel", type: .string(maxLength: nil),
                        summary: "speech model of the provider",
                        defaultValue: "telephony", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "enableProviderData", type: .boolean,
                        summary: "whether provider data is included in events",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "profanityFilter", type: .boolean,
                        summary: "whether profanity is filtered out",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "partialResults", type: .boolean,
                        summary: "whether partial results are sent",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "hints", type: .string(maxLength: nil),
                        summary: "expected phrases or keywords, comma separated",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "enableAutomaticPunctuation", type: .boolean,
                        summary: "whether punctuation is added automatically",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "intelligenceService", type: .string(maxLength: nil),
                        summary: "SID or unique name of the Intelligence Service",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "conversationConfiguration", type: .string(maxLength: nil),
                        summary: "ID of the Conversation Orchestrator configuration",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "conversationId", type: .string(maxLength: nil),
                        summary: "ID of the Conversation Orchestrator conversation",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/transcription", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/transcription", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/stop"]),
            ElementSpec(
                name: "VirtualAgent", kind: .noun,
                summary: "Dialogflow CX virtual agent to connect to",
                parents: ["Connect"],
                children: ["Config", "Parameter"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "connectorName", type: .string(maxLength: nil),
                        summary: "name of the Dialogflow connector",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "language", type: .language,
                        summary: "language of the conversation",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "sentimentAnalysis", type: .boolean,
                        summary: "whether sentiment analysis is enabled",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives virtual agent events",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/connect/virtualagent", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-twiml-compatibility"]),
            ElementSpec(
                name: "WhatsApp", kind: .noun,
                summary: "WhatsApp user to dial",
                parents: ["Dial"],
                children: [],
                text: .required, textType: .phone,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "url", type: .url(schemes: ["http", "https"]),
                        summary: "document run on the called party before the calls are connected",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the url document",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackEvent", type: .tokenList(["initiated", "ringing", "answered", "completed"]),
                        summary: "call progress events that trigger the status callback",
                        defaultValue: "completed", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives call progress callbacks",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/whatsapp", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts"]),
            ElementSpec(
                name: "amazon:domain", kind: .ssml,
                summary: "Amazon Polly speaking style",
                parents: ["Say", "lang", "p", "prosody", "s", "amazon:effect"],
                children: ["amazon:effect", "break", "emphasis", "lang", "p", "phoneme", "prosody", "s", "say-as", "sub", "w"],
                text: .mixed, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "name", type: .enumeration(["news", "conversational"]),
                        summary: "speaking style",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say#ssml", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html"]),
            ElementSpec(
                name: "amazon:effect", kind: .ssml,
                summary: "Amazon Polly voice effect",
                parents: ["Say", "lang", "p", "prosody", "s", "amazon:domain"],
                children: ["amazon:domain", "break", "emphasis", "lang", "p", "phoneme", "prosody", "s", "say-as", "sub", "w"],
                text: .mixed, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "name", type: .enumeration(["drc", "whispered"]),
                        summary: "effect applied to the speech",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "phonation", type: .enumeration(["soft"]),
                        summary: "phonation of the speech",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "vocal-tract-length", type: .string(maxLength: nil),
                        summary: "vocal tract length change, e.g. +15%",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say#ssml", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html"]),
            ElementSpec(
                name: "break", kind: .ssml,
                summary: "pause in the spoken text",
                parents: ["Say", "emphasis", "lang", "p", "prosody", "s", "w", "amazon:effect", "amazon:domain"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "strength", type: .enumeration(["none", "x-weak", "weak", "medium", "strong", "x-strong"]),
                        summary: "length of the pause by strength",
                        defaultValue: "medium", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "time", type: .string(maxLength: nil),
                        summary: "length of the pause, e.g. 500ms or 2s",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say#ssml", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html"]),
            ElementSpec(
                name: "emphasis", kind: .ssml,
                summary: "emphasized words",
                parents: ["Say", "emphasis", "lang", "p", "prosody", "s", "w", "amazon:effect", "amazon:domain"],
                children: ["break", "emphasis", "lang", "phoneme", "prosody", "say-as", "sub", "w"],
                text: .mixed, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "level", type: .enumeration(["strong", "moderate", "reduced"]),
                        summary: "degree of emphasis",
                        defaultValue: "moderate", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say#ssml", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html"]),
            ElementSpec(
                name: "lang", kind: .ssml,
                summary: "words in another language",
                parents: ["Say", "emphasis", "lang", "p", "prosody", "s", "amazon:effect", "amazon:domain"],
                children: ["amazon:domain", "amazon:effect", "break", "emphasis", "lang", "p", "phoneme", "prosody", "s", "say-as", "sub", "w"],
                text: .mixed, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "xml:lang", type: .language,
                        summary: "language of the enclosed words",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say#ssml", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html"]),
            ElementSpec(
                name: "p", kind: .ssml,
                summary: "paragraph",
                parents: ["Say", "lang", "prosody", "amazon:effect", "amazon:domain"],
                children: ["amazon:domain", "amazon:effect", "break", "emphasis", "lang", "phoneme", "prosody", "s", "say-as", "sub", "w"],
                text: .mixed, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say#ssml", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html"]),
            ElementSpec(
                name: "phoneme", kind: .ssml,
                summary: "phonetic pronunciation",
                parents: ["Say", "emphasis", "lang", "p", "prosody", "s", "w", "amazon:effect", "amazon:domain"],
                children: [],
                text: .mixed, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "alphabet", type: .enumeration(["ipa", "x-sampa", "x-amazon-jyutping", "x-amazon-pinyin", "x-amazon-pron-kana", "x-amazon-yomigana"]),
                        summary: "phonetic alphabet",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "ph", type: .string(maxLength: nil),
                        summary: "phonetic symbols of the pronunciation",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say#ssml", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html"]),
            ElementSpec(
                name: "prosody", kind: .ssml,
                summary: "volume, rate and pitch of the speech",
                parents: ["Say", "emphasis", "lang", "p", "prosody", "s", "w", "amazon:effect", "amazon:domain"],
                children: ["amazon:domain", "amazon:effect", "break", "emphasis", "lang", "p", "phoneme", "prosody", "s", "say-as", "sub", "w"],
                text: .mixed, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "volume", type: .string(maxLength: nil),
                        summary: "volume: silent, x-soft, soft, medium, loud, x-loud, default or +/-ndB",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "rate", type: .string(maxLength: nil),
                        summary: "speaking rate: x-slow, slow, medium, fast, x-fast or n%",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "pitch", type: .string(maxLength: nil),
                        summary: "pitch: x-low, low, medium, high, x-high, default or +/-n%",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say#ssml", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html"]),
            ElementSpec(
                name: "s", kind: .ssml,
                summary: "sentence",
                parents: ["Say", "lang", "p", "prosody", "amazon:effect", "amazon:domain"],
                children: ["amazon:domain", "amazon:effect", "break", "emphasis", "lang", "phoneme", "prosody", "say-as", "sub", "w"],
                text: .mixed, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say#ssml", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html"]),
            ElementSpec(
                name: "say-as", kind: .ssml,
                summary: "how a special kind of word is spoken",
                parents: ["Say", "emphasis", "lang", "p", "prosody", "s", "w", "amazon:effect", "amazon:domain"],
                children: [],
                text: .mixed, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "interpret-as", type: .enumeration(["characters", "spell-out", "cardinal", "number", "ordinal", "digits", "fraction", "unit", "date", "time", "address", "expletive", "telephone"]),
                        summary: "kind of the enclosed words",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "format", type: .enumeration(["mdy", "dmy", "ymd", "md", "dm", "ym", "my", "d", "m", "y", "yyyymmdd"]),
                        summary: "date format when interpret-as is date",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say#ssml", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html"]),
            ElementSpec(
                name: "sub", kind: .ssml,
                summary: "substituted pronunciation of an acronym or abbreviation",
                parents: ["Say", "emphasis", "lang", "p", "prosody", "s", "w", "amazon:effect", "amazon:domain"],
                children: [],
                text: .mixed, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "alias", type: .string(maxLength: nil),
                        summary: "text spoken instead of the enclosed text",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say#ssml", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html"]),
            ElementSpec(
                name: "w", kind: .ssml,
                summary: "word with a part of speech",
                parents: ["Say", "emphasis", "lang", "p", "prosody", "s", "amazon:effect", "amazon:domain"],
                children: ["break", "emphasis", "phoneme", "prosody", "say-as", "sub"],
                text: .mixed, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "role", type: .enumeration(["amazon:VB", "amazon:VBD", "amazon:DT", "amazon:IN", "amazon:JJ", "amazon:NN", "amazon:SENSE_1"]),
                        summary: "part of speech or sense of the word",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say#ssml", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html"]),
        ])
    /// Every element of Pivot TwiML (Kazoo).
    public static let pivot = Grammar(
        dialect: .pivot,
        elements: [
            ElementSpec(
                name: "AiSession", kind: .noun,
                summary: "connects the call to an AI session through an AI Connector",
                parents: ["Connect"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "aiConnector", type: .string(maxLength: nil),
                        summary: "unique name or SID of the AI Connector",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "aiSessionConfiguration", type: .string(maxLength: nil),
                        summary: "unique name or ID of the AiSession Configuration",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts"]),
            ElementSpec(
                name: "Application", kind: .noun,
                summary: "TwiML Application to dial",
                parents: ["Dial"],
                children: ["ApplicationSid", "Parameter"],
                text: .optional, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "url", type: .url(schemes: ["http", "https"]),
                        summary: "document run on the called application",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the url document",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackEvent", type: .tokenList(["initiated", "ringing", "answered", "completed"]),
                        summary: "call progress events that trigger the status callback",
                        defaultValue: "completed", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives call progress callbacks",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "customerId", type: .string(maxLength: nil),
                        summary: "identity of the customer calling the application",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "copyParentTo", type: .boolean,
                        summary: "whether the parent call's To is copied to the application leg",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/dial/application", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts"]),
            ElementSpec(
                name: "ApplicationSid", kind: .noun,
                summary: "SID of the TwiML Application to dial",
                parents: ["Application"],
                children: [],
                text: .required, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/dial/application", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts"]),
            ElementSpec(
                name: "Assistant", kind: .noun,
                summary: "connects the call to a Twilio AI Assistant",
                parents: ["Connect"],
                children: ["Language", "Parameter"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "id", type: .string(maxLength: nil),
                        summary: "ID of the Twilio AI Assistant",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "language", type: .language,
                        summary: "language for text-to-speech and transcription",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "ttsLanguage", type: .language,
                        summary: "language for text-to-speech",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "transcriptionLanguage", type: .language,
                        summary: "language for transcription",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "ttsProvider", type: .string(maxLength: nil),
                        summary: "text-to-speech provider",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "voice", type: .string(maxLength: nil),
                        summary: "text-to-speech voice",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "transcriptionProvider", type: .string(maxLength: nil),
                        summary: "speech-to-text provider",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "speechModel", type: .string(maxLength: nil),
                        summary: "speech-to-text model",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "profanityFilter", type: .boolean,
                        summary: "whether profanity is filtered out of transcripts",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "dtmfDetection", type: .boolean,
                        summary: "whether key presses are reported",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "welcomeGreeting", type: .string(maxLength: nil),
                        summary: "sentence spoken when the session connects",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "partialPrompts", type: .boolean,
                        summary: "whether partial transcripts are sent before the caller finishes",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "welcomeGreetingInterruptible", type: .enumeration(["none", "dtmf", "speech", "any", "true", "false"]),
                        summary: "input that can interrupt the welcome greeting",
                        defaultValue: "any", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "interruptible", type: .enumeration(["none", "dtmf", "speech", "any", "true", "false"]),
                        summary: "input that can interrupt text-to-speech",
                        defaultValue: "any", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "preemptible", type: .boolean,
                        summary: "whether later text can interrupt the current text-to-speech",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "hints", type: .string(maxLength: nil),
                        summary: "phrases that help speech recognition, comma separated",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "intelligenceService", type: .string(maxLength: nil),
                        summary: "SID or unique name of the Conversational Intelligence Service",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "reportInputDuringAgentSpeech", type: .string(maxLength: nil),
                        summary: "whether input is reported while text-to-speech plays",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "elevenlabsTextNormalization", type: .string(maxLength: nil),
                        summary: "text normalization setting for ElevenLabs",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "interruptSensitivity", type: .enumeration(["low", "medium", "high"]),
                        summary: "sensitivity of speech interruption",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "debug", type: .string(maxLength: nil),
                        summary: "debug options, space separated",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://www.rubydoc.info/gems/twilio-ruby/Twilio/TwiML/Connect"]),
            ElementSpec(
                name: "Client", kind: .noun,
                summary: "Voice SDK client identity to dial",
                parents: ["Dial"],
                children: ["Identity", "Parameter"],
                text: .optional, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "url", type: .url(schemes: ["http", "https"]),
                        summary: "document run on the client before the calls are connected",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the url document",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackEvent", type: .tokenList(["initiated", "ringing", "answered", "completed"]),
                        summary: "call progress events that trigger the status callback",
                        defaultValue: "completed", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives call progress callbacks",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/client", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-twiml-compatibility"]),
            ElementSpec(
                name: "Conference", kind: .noun,
                summary: "conference room to join",
                parents: ["Dial"],
                children: [],
                text: .required, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: true,
                attributes: [
                    AttributeSpec(
                        name: "muted", type: .boolean,
                        summary: "whether the participant joins muted",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "beep", type: .enumeration(["true", "false", "onEnter", "onExit"]),
                        summary: "when a beep is played as participants join or leave",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "startConferenceOnEnter", type: .boolean,
                        summary: "whether this participant starts the conference",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "endConferenceOnExit", type: .boolean,
                        summary: "whether the conference ends when this participant leaves",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "participantLabel", type: .string(maxLength: 128),
                        summary: "unique label of the participant",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "jitterBufferSize", type: .enumeration(["small", "medium", "large", "off"]),
                        summary: "jitter buffer of the participant",
                        defaultValue: "large", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "waitUrl", type: .url(schemes: ["http", "https"]),
                        summary: "hold music or document played before the conference starts",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "waitMethod", type: .method,
                        summary: "HTTP method for the wait URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "maxParticipants", type: .integer(min: 1, max: 250),
                        summary: "maximum number of participants",
                        defaultValue: "250", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "record", type: .enumeration(["do-not-record", "record-from-start"]),
                        summary: "whether the conference is recorded",
                        defaultValue: "do-not-record", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "region", type: .enumeration(["us1", "us2", "ie1", "de1", "sg1", "br1", "au1", "jp1"]),
                        summary: "region where the conference is mixed",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "trim", type: .enumeration(["trim-silence", "do-not-trim"]),
                        summary: "whether leading and trailing silence is trimmed from the recording",
                        defaultValue: "trim-silence", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "coach", type: .string(maxLength: nil),
                        summary: "call SID of the participant being coached",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackEvent", type: .tokenList(["start", "end", "join", "leave", "mute", "hold", "modify", "speaker", "announcement"]),
                        summary: "conference events that trigger the status callback",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives conference events",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives recording status callbacks",
                        defaultValue: nil, errorCode: 13256, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallbackMethod", type: .method,
                        summary: "HTTP method for the recording status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallbackEvent", type: .tokenList(["in-progress", "completed", "absent"]),
                        summary: "recording events that trigger the recording status callback",
                        defaultValue: "completed", errorCode: 13621, allowsEmpty: false),
                    AttributeSpec(
                        name: "eventCallbackUrl", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives conference events (legacy)",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingConfigurationId", type: .string(maxLength: nil),
                        summary: "ID of the Recording Configuration used for the recording",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/conference", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/conference", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Config", kind: .noun,
                summary: "custom configuration name/value pair",
                parents: ["VirtualAgent", "Transcription"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "name", type: .string(maxLength: nil),
                        summary: "name of the configuration",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "value", type: .string(maxLength: nil),
                        summary: "value of the configuration",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/connect/virtualagent", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts"]),
            ElementSpec(
                name: "Connect", kind: .verb,
                summary: "connects the call to a service and waits until it ends",
                parents: ["Response"],
                children: ["AiSession", "Assistant", "Conversation", "ConversationRelay", "Room", "Stream", "VirtualAgent"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested when the connected service ends",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the action URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/connect", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/connect"]),
            ElementSpec(
                name: "Conversation", kind: .noun,
                summary: "Twilio Conversations service to connect to",
                parents: ["Connect"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: true,
                attributes: [
                    AttributeSpec(
                        name: "serviceInstanceSid", type: .string(maxLength: nil),
                        summary: "SID of the Conversations service",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "inboundAutocreation", type: .boolean,
                        summary: "whether conversations are created automatically",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "routingAssignmentTimeout", type: .integer(min: 0, max: nil),
                        summary: "seconds to wait for routing assignment",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "inboundTimeout", type: .integer(min: 0, max: nil),
                        summary: "seconds to wait for an inbound connection",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "url", type: .url(schemes: ["http", "https"]),
                        summary: "document URL",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the url document",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "record", type: .enumeration(["do-not-record", "record-from-answer", "record-from-ringing", "record-from-answer-dual", "record-from-ringing-dual", "true", "false"]),
                        summary: "whether and when the call is recorded",
                        defaultValue: "do-not-record", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "trim", type: .enumeration(["trim-silence", "do-not-trim"]),
                        summary: "whether leading and trailing silence is trimmed",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives recording status callbacks",
                        defaultValue: nil, errorCode: 13256, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallbackMethod", type: .method,
                        summary: "HTTP method for the recording status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallbackEvent", type: .tokenList(["in-progress", "completed", "absent"]),
                        summary: "recording events that trigger the recording status callback",
                        defaultValue: "completed", errorCode: 13621, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives call events",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackEvent", type: .tokenList(["call-initiated", "call-ringing", "call-answered", "call-completed"]),
                        summary: "call events that trigger the status callback",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/connect/conversation", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts"]),
            ElementSpec(
                name: "ConversationRelay", kind: .noun,
                summary: "connects the call to a WebSocket conversation service",
                parents: ["Connect"],
                children: ["Language", "Parameter"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "url", type: .url(schemes: ["ws", "wss"]),
                        summary: "wss:// address of the WebSocket server",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "language", type: .language,
                        summary: "language for text-to-speech and transcription",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "ttsLanguage", type: .language,
                        summary: "language for text-to-speech",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "transcriptionLanguage", type: .language,
                        summary: "language for transcription",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "ttsProvider", type: .string(maxLength: nil),
                        summary: "text-to-speech provider",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "voice", type: .string(maxLength: nil),
                        summary: "text-to-speech voice",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "transcriptionProvider", type: .string(maxLength: nil),
                        summary: "speech-to-text provider",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "speechModel", type: .string(maxLength: nil),
                        summary: "speech-to-text model",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "profanityFilter", type: .boolean,
                        summary: "whether profanity is filtered out of transcripts",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "dtmfDetection", type: .boolean,
                        summary: "whether key presses are reported",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "welcomeGreeting", type: .string(maxLength: nil),
                        summary: "sentence spoken when the session connects",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "partialPrompts", type: .boolean,
                        summary: "whether partial transcripts are sent before the caller finishes",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "welcomeGreetingInterruptible", type: .enumeration(["none", "dtmf", "speech", "any", "true", "false"]),
                        summary: "input that can interrupt the welcome greeting",
                        defaultValue: "any", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "interruptible", type: .enumeration(["none", "dtmf", "speech", "any", "true", "false"]),
                        summary: "input that can interrupt text-to-speech",
                        defaultValue: "any", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "preemptible", type: .boolean,
                        summary: "whether later text can interrupt the current text-to-speech",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "hints", type: .string(maxLength: nil),
                        summary: "phrases that help speech recognition, comma separated",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "intelligenceService", type: .string(maxLength: nil),
                        summary: "SID or unique name of the Conversational Intelligence Service",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "reportInputDuringAgentSpeech", type: .string(maxLength: nil),
                        summary: "whether input is reported while text-to-speech plays",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "elevenlabsTextNormalization", type: .string(maxLength: nil),
                        summary: "text normalization setting for ElevenLabs",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "interruptSensitivity", type: .enumeration(["low", "medium", "high"]),
                        summary: "sensitivity of speech interruption",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "debug", type: .string(maxLength: nil),
                        summary: "debug options, space separated",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/connect/conversationrelay", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/conversationrelay"]),
            ElementSpec(
                name: "Dial", kind: .verb,
                summary: "connects the caller to another party",
                parents: ["Response"],
                children: ["Application", "Client", "Conference", "Number", "Queue", "Sim", "Sip", "WhatsApp"],
                text: .optional, textType: .phone,
                isTerminal: false, terminalWhenAttribute: "action",
                records: true,
                attributes: [
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested when the dialed call ends",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the action URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "answerOnBridge", type: .boolean,
                        summary: "whether the inbound call keeps ringing until the dialed party answers",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "callerId", type: .string(maxLength: nil),
                        summary: "caller ID presented to the called party",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "callReason", type: .string(maxLength: 50),
                        summary: "reason for the call shown on branded calls",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "events", type: .enumeration(["call-progress-event"]),
                        summary: "extra event subscription",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "hangupOnStar", type: .boolean,
                        summary: "whether the caller can hang up on the called party with the star key",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "record", type: .enumeration(["true", "false"]),
                        summary: "whether the bridged call is recorded (from the bridge)",
                        defaultValue: "false", errorCode: 13217, allowsEmpty: false),
                    AttributeSpec(
                        name: "referUrl", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested when the called party sends a SIP REFER",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "referMethod", type: .method,
                        summary: "HTTP method for the refer URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "ringTone", type: .enumeration(["at", "au", "bg", "br", "be", "ch", "cl", "cn", "cz", "de", "dk", "ee", "es", "fi", "fr", "gr", "hu", "il", "in", "it", "lt", "jp", "mx", "my", "nl", "no", "nz", "ph", "pl", "pt", "ru", "se", "sg", "th", "uk", "us", "us-old", "tw", "ve", "za"]),
                        summary: "country ringback tone played to the caller",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "timeLimit", type: .integer(min: 1, max: 86400),
                        summary: "maximum duration of the dialed call in seconds",
                        defaultValue: "14400", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "timeout", type: .integer(min: 5, max: 600),
                        summary: "seconds to wait for the called party to answer",
                        defaultValue: "30", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "sequential", type: .boolean,
                        summary: "whether the nested nouns are dialed one after the other",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingConfigurationId", type: .string(maxLength: nil),
                        summary: "ID of the Recording Configuration used for the recording",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/dial", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://www.twilio.com/docs/api/errors/13217", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/dial", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Enqueue", kind: .verb,
                summary: "places the caller in a call queue",
                parents: ["Response"],
                children: ["Task"],
                text: .optional, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested when the call leaves the queue",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the action URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "waitUrl", type: .url(schemes: ["http", "https"]),
                        summary: "document or audio played while the caller waits",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "waitUrlMethod", type: .method,
                        summary: "HTTP method for the wait URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "workflowSid", type: .string(maxLength: nil),
                        summary: "SID of the TaskRouter Workflow that routes the call",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "maxQueueSize", type: .integer(min: 1, max: 5000),
                        summary: "maximum number of calls in the queue",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/enqueue", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://www.twilio.com/docs/api/errors/14207", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/enqueue"]),
            ElementSpec(
                name: "Gather", kind: .verb,
                summary: "collects digits or speech from the caller and posts them to action",
                parents: ["Response"],
                children: ["Pause", "Play", "Say"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested with the gathered input",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the action URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "actionOnEmptyResult", type: .boolean,
                        summary: "whether action is requested even when no input was gathered",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "bargeIn", type: .boolean,
                        summary: "whether speech or a key press stops the nested Say or Play",
                        defaultValue: "true", errorCode: 13332, allowsEmpty: false),
                    AttributeSpec(
                        name: "debug", type: .boolean,
                        summary: "whether debug information is produced for the gather",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "enhanced", type: .boolean,
                        summary: "whether the premium speech model is used (deprecated)",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "finishOnKey", type: .keys("0123456789*#"),
                        summary: "key that ends the input",
                        defaultValue: "#", errorCode: nil, allowsEmpty: true),
                    AttributeSpec(
                        name: "hints", type: .string(maxLength: nil),
                        summary: "words and phrases that help speech recognition",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "input", type: .tokenList(["dtmf", "speech"]),
                        summary: "input types to accept",
                        defaultValue: "dtmf", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "language", type: .language,
                        summary: "language of the expected speech",
                        defaultValue: "en-US", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "maxSpeechTime", type: .integer(min: 1, max: 60),
                        summary: "maximum seconds of speech input",
                        defaultValue: "60", errorCode: 13328, allowsEmpty: false),
                    AttributeSpec(
                        name: "numDigits", type: .integer(min: 1, max: nil),
                        summary: "number of digits to collect",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "partialResultCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives partial speech results",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "partialResultCallbackMethod", type: .method,
                        summary: "HTTP method for the partial result callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "profanityFilter", type: .boolean,
                        summary: "whether profanity is filtered out of speech results",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "speechModel", type: .string(maxLength: nil),
                        summary: "speech recognition model",
                        defaultValue: "default", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "speechTimeout", type: .string(maxLength: nil),
                        summary: "seconds of silence after speech that end recognition, or auto",
                        defaultValue: nil, errorCode: 13327, allowsEmpty: false),
                    AttributeSpec(
                        name: "timeout", type: .integer(min: 1, max: nil),
                        summary: "seconds to wait for input",
                        defaultValue: "5", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/gather", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://www.twilio.com/docs/api/errors/13327", "https://www.twilio.com/docs/api/errors/13328", "https://www.twilio.com/docs/api/errors/13332", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/gather", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Hangup", kind: .verb,
                summary: "ends the call",
                parents: ["Response"],
                children: ["Parameter"],
                text: .none, textType: nil,
                isTerminal: true, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/hangup", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/hangup", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Identity", kind: .noun,
                summary: "identity of the Voice SDK client to dial",
                parents: ["Client"],
                children: [],
                text: .required, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/client", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts"]),
            ElementSpec(
                name: "Language", kind: .noun,
                summary: "per-language voice and speech settings",
                parents: ["ConversationRelay", "Assistant"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "code", type: .language,
                        summary: "language this setting is for",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "ttsProvider", type: .string(maxLength: nil),
                        summary: "text-to-speech provider for this language",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "voice", type: .string(maxLength: nil),
                        summary: "text-to-speech voice for this language",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "transcriptionProvider", type: .string(maxLength: nil),
                        summary: "speech-to-text provider for this language",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "speechModel", type: .string(maxLength: nil),
                        summary: "speech-to-text model for this language",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/connect/conversationrelay", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/conversationrelay"]),
            ElementSpec(
                name: "Leave", kind: .verb,
                summary: "removes the call from its queue and continues after the Enqueue",
                parents: ["Response"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/leave", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/leave"]),
            ElementSpec(
                name: "Number", kind: .noun,
                summary: "phone number to dial",
                parents: ["Dial"],
                children: [],
                text: .required, textType: .phone,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "sendDigits", type: .keys("0123456789ABCDwW#*"),
                        summary: "DTMF tones played when the call is answered",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "byoc", type: .string(maxLength: nil),
                        summary: "SID of the BYOC trunk used to route the call",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "url", type: .url(schemes: ["http", "https"]),
                        summary: "document run on the called party before the calls are connected",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the url document",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackEvent", type: .tokenList(["initiated", "ringing", "answered", "completed"]),
                        summary: "call progress events that trigger the status callback",
                        defaultValue: "completed", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives call progress callbacks",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetection", type: .enumeration(["Enable", "DetectMessageEnd"]),
                        summary: "answering machine detection mode",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetectionTimeout", type: .integer(min: 3, max: 60),
                        summary: "seconds to try answering machine detection",
                        defaultValue: "30", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetectionSpeechThreshold", type: .integer(min: 1000, max: 6000),
                        summary: "longest speech in milliseconds still taken as a human",
                        defaultValue: "2400", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetectionSpeechEndThreshold", type: .integer(min: 500, max: 5000),
                        summary: "milliseconds of silence that end the speech activity",
                        defaultValue: "1200", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetectionSilenceTimeout", type: .integer(min: 2000, max: 10000),
                        summary: "milliseconds of initial silence before an unknown result",
                        defaultValue: "5000", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "amdStatusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives the answering machine detection result",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "amdStatusCallbackMethod", type: .method,
                        summary: "HTTP method for the AMD status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/number", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/dial", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Parameter", kind: .noun,
                summary: "custom name/value pair passed to the parent service",
                parents: ["Stream", "Siprec", "Transcription", "Client", "Application", "ConversationRelay", "Assistant", "VirtualAgent", "Pay", "Hangup", "Reject"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "name", type: .string(maxLength: nil),
                        summary: "name of the custom parameter",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "value", type: .string(maxLength: nil),
                        summary: "value of the custom parameter",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/stream#custom-parameters", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/stream", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/pay", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/siprec"]),
            ElementSpec(
                name: "Pause", kind: .verb,
                summary: "waits silently for a number of seconds",
                parents: ["Response", "Gather", "Prompt"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "length", type: .integer(min: 1, max: nil),
                        summary: "seconds of silence",
                        defaultValue: "1", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/pause", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/pause", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Pay", kind: .verb,
                summary: "collects payment details and charges or tokenizes them",
                parents: ["Response"],
                children: ["Parameter", "Prompt"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "input", type: .enumeration(["dtmf"]),
                        summary: "input type accepted",
                        defaultValue: "dtmf", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested when the payment ends",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives payment progress callbacks",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "paymentMethod", type: .enumeration(["credit-card", "ach-debit"]),
                        summary: "payment method to collect",
                        defaultValue: "credit-card", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "bankAccountType", type: .enumeration(["consumer-checking", "consumer-savings", "commercial-checking", "commercial-savings"]),
                        summary: "bank account type for ACH payments",
                        defaultValue: "consumer-checking", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "timeout", type: .integer(min: 1, max: nil),
                        summary: "seconds to wait for each input",
                        defaultValue: "5", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "maxAttempts", type: .integer(min: 1, max: 3),
                        summary: "attempts allowed for each input",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "securityCode", type: .boolean,
                        summary: "whether the security code is requested",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "postalCode", type: .string(maxLength: nil),
                        summary: "whether the postal code is requested (true, false or a fixed postal code)",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "minPostalCodeLength", type: .integer(min: 1, max: nil),
                        summary: "minimum length of the postal code",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "paymentConnector", type: .string(maxLength: nil),
                        summary: "name of the Pay Connector",
                        defaultValue: "Default", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "tokenType", type: .enumeration(["one-time", "reusable", "payment-method"]),
                        summary: "type of token to create",
                        defaultValue: "reusable", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "chargeAmount", type: .number(min: 0.0, max: 1000000.0),
                        summary: "amount to charge; 0 or omitted tokenizes",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "currency", type: .string(maxLength: nil),
                        summary: "currency of the charge",
                        defaultValue: "usd", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "language", type: .language,
                        summary: "language of the payment prompts",
                        defaultValue: "en-US", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "description", type: .string(maxLength: nil),
                        summary: "description of the payment",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "validCardTypes", type: .tokenList(["visa", "mastercard", "amex", "maestro", "discover", "optima", "jcb", "diners-club", "enroute"]),
                        summary: "card types accepted",
                        defaultValue: "visa mastercard amex", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/pay", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/pay"]),
            ElementSpec(
                name: "Play", kind: .verb,
                summary: "plays an audio file (or DTMF tones) to the caller",
                parents: ["Response", "Gather", "Prompt"],
                children: [],
                text: .optional, textType: .url(schemes: ["http", "https"]),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "loop", type: .integer(min: 0, max: nil),
                        summary: "times to repeat the audio; 0 repeats until the call ends",
                        defaultValue: "1", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "digits", type: .dtmf,
                        summary: "DTMF tones to play instead of an audio file",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/play", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/play", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Prompt", kind: .noun,
                summary: "custom prompt for one step of Pay",
                parents: ["Pay"],
                children: ["Pause", "Play", "Say"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "for", type: .enumeration(["payment-card-number", "expiration-date", "security-code", "postal-code", "payment-processing", "bank-account-number", "bank-routing-number"]),
                        summary: "payment step the prompt is for",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "errorType", type: .tokenList(["timeout", "invalid-card-number", "invalid-card-type", "invalid-date", "invalid-security-code", "internal-error", "input-matching-failed"]),
                        summary: "errors after which the prompt is played",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "cardType", type: .tokenList(["visa", "mastercard", "amex", "maestro", "discover", "optima", "jcb", "diners-club", "enroute"]),
                        summary: "card types the prompt is for",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "attempt", type: .string(maxLength: nil),
                        summary: "space-separated attempt numbers the prompt is for",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "requireMatchingInputs", type: .boolean,
                        summary: "whether the input must be entered twice",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/pay", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/pay"]),
            ElementSpec(
                name: "Queue", kind: .noun,
                summary: "call queue whose first caller is connected",
                parents: ["Dial"],
                children: [],
                text: .required, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "url", type: .url(schemes: ["http", "https"]),
                        summary: "document run on the dequeued caller before the calls are connected",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the url document",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "reservationSid", type: .string(maxLength: nil),
                        summary: "SID of the TaskRouter Reservation",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "postWorkActivitySid", type: .string(maxLength: nil),
                        summary: "SID of the TaskRouter Activity set after the call",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/queue", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/dial"]),
            ElementSpec(
                name: "Record", kind: .verb,
                summary: "records the caller and posts the recording URL to action",
                parents: ["Response"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: true,
                attributes: [
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested when the recording ends",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the action URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "timeout", type: .integer(min: 0, max: 3600),
                        summary: "seconds of silence that end the recording; 0 disables the silence stop",
                        defaultValue: "5", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "finishOnKey", type: .keys("0123456789*#"),
                        summary: "keys that end the recording",
                        defaultValue: "1234567890*#", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "maxLength", type: .integer(min: 1, max: 3600),
                        summary: "maximum length of the recording in seconds (Kazoo's ceiling: 3600)",
                        defaultValue: "3600", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "playBeep", type: .boolean,
                        summary: "whether a beep is played before recording starts",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingUrl", type: .url(schemes: ["http", "https"]),
                        summary: "URL the finished recording is stored at (sent with PUT)",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/record", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://www.twilio.com/docs/api/errors/13256", "https://www.twilio.com/docs/api/errors/13621", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/record", "https://developer.signalwire.com/compatibility-api/cxml/voice/record", "https://github.com/2600hz/kazoo/blob/master/applications/pivot/doc/twiml.md", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd", "https://docs.ytel.com/docs/record", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/record.go"]),
            ElementSpec(
                name: "Recording", kind: .noun,
                summary: "background call recording started with Start",
                parents: ["Start", "Stop"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: true,
                attributes: [
                    AttributeSpec(
                        name: "name", type: .string(maxLength: nil),
                        summary: "unique name of the recording, used to stop it",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives recording status callbacks",
                        defaultValue: nil, errorCode: 13256, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallbackMethod", type: .method,
                        summary: "HTTP method for the recording status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingStatusCallbackEvent", type: .tokenList(["in-progress", "completed", "absent"]),
                        summary: "recording events that trigger the recording status callback",
                        defaultValue: "completed", errorCode: 13621, allowsEmpty: false),
                    AttributeSpec(
                        name: "trim", type: .enumeration(["trim-silence", "do-not-trim"]),
                        summary: "whether leading and trailing silence is trimmed",
                        defaultValue: "trim-silence", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "track", type: .enumeration(["inbound", "outbound", "both"]),
                        summary: "audio track to record",
                        defaultValue: "both", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "channels", type: .enumeration(["mono", "dual"]),
                        summary: "number of channels in the recording",
                        defaultValue: "dual", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordingConfigurationId", type: .string(maxLength: nil),
                        summary: "ID of the Recording Configuration used for the recording",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/recording", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/recording"]),
            ElementSpec(
                name: "Redirect", kind: .verb,
                summary: "transfers control to the document at another URL",
                parents: ["Response"],
                children: [],
                text: .required, textType: .url(schemes: ["http", "https"]),
                isTerminal: true, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the redirect URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/redirect", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/redirect", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Refer", kind: .verb,
                summary: "transfers the call with a SIP REFER",
                parents: ["Response"],
                children: ["Sip"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested when the refer ends",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the action URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/refer", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/refer"]),
            ElementSpec(
                name: "Reject", kind: .verb,
                summary: "rejects the call without answering it",
                parents: ["Response"],
                children: ["Parameter"],
                text: .none, textType: nil,
                isTerminal: true, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "reason", type: .enumeration(["rejected", "busy"]),
                        summary: "tone that tells the caller why the call was rejected",
                        defaultValue: "rejected", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/reject", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/reject", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Response", kind: .root,
                summary: "the root element of every voice document",
                parents: [],
                children: ["Connect", "Dial", "Enqueue", "Gather", "Hangup", "Leave", "Pause", "Pay", "Play", "Record", "Redirect", "Refer", "Reject", "Say", "Sms", "Start", "Stop"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-fundamentals", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Room", kind: .noun,
                summary: "Programmable Video room to join",
                parents: ["Connect"],
                children: [],
                text: .required, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "participantIdentity", type: .string(maxLength: nil),
                        summary: "identity of the participant in the room",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/connect/room", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-twiml-compatibility"]),
            ElementSpec(
                name: "Say", kind: .verb,
                summary: "speaks text to the caller with text-to-speech",
                parents: ["Response", "Gather", "Prompt"],
                children: ["amazon:domain", "amazon:effect", "break", "emphasis", "lang", "p", "phoneme", "prosody", "s", "say-as", "sub", "w"],
                text: .mixed, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "voice", type: .string(maxLength: nil),
                        summary: "text-to-speech voice (man, woman, alice or a provider voice such as Polly.Joanna)",
                        defaultValue: "man", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "language", type: .language,
                        summary: "language and locale of the spoken text",
                        defaultValue: "en-US", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "loop", type: .integer(min: 0, max: nil),
                        summary: "times to repeat the text; 0 repeats until the call ends",
                        defaultValue: "1", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say", "https://www.twilio.com/docs/voice/twiml/say/text-speech", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/say", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Sim", kind: .noun,
                summary: "Twilio Programmable Wireless SIM to dial",
                parents: ["Dial"],
                children: [],
                text: .required, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/sim", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts"]),
            ElementSpec(
                name: "Sip", kind: .noun,
                summary: "SIP endpoint to dial or refer to",
                parents: ["Dial", "Refer"],
                children: [],
                text: .required, textType: .sipURI,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "username", type: .string(maxLength: nil),
                        summary: "user name for SIP authentication",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "password", type: .string(maxLength: nil),
                        summary: "password for SIP authentication",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "url", type: .url(schemes: ["http", "https"]),
                        summary: "document run on the called party before the calls are connected",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the url document",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackEvent", type: .tokenList(["initiated", "ringing", "answered", "completed"]),
                        summary: "call progress events that trigger the status callback",
                        defaultValue: "completed", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives call progress callbacks",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetection", type: .enumeration(["Enable", "DetectMessageEnd"]),
                        summary: "answering machine detection mode",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetectionTimeout", type: .integer(min: 3, max: 60),
                        summary: "seconds to try answering machine detection",
                        defaultValue: "30", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetectionSpeechThreshold", type: .integer(min: 1000, max: 6000),
                        summary: "longest speech in milliseconds still taken as a human",
                        defaultValue: "2400", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetectionSpeechEndThreshold", type: .integer(min: 500, max: 5000),
                        summary: "milliseconds of silence that end the speech activity",
                        defaultValue: "1200", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "machineDetectionSilenceTimeout", type: .integer(min: 2000, max: 10000),
                        summary: "milliseconds of initial silence before an unknown result",
                        defaultValue: "5000", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "amdStatusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives the answering machine detection result",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "amdStatusCallbackMethod", type: .method,
                        summary: "HTTP method for the AMD status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/sip", "https://www.twilio.com/docs/voice/twiml/refer", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/dial", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/refer", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Siprec", kind: .noun,
                summary: "SIPREC session to a recording server",
                parents: ["Start", "Stop"],
                children: ["Parameter"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "name", type: .string(maxLength: nil),
                        summary: "unique name of the session, used to stop it",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "connectorName", type: .string(maxLength: nil),
                        summary: "name of the SIPREC connector",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "track", type: .enumeration(["inbound_track", "outbound_track", "both_tracks"]),
                        summary: "audio track sent to the recording server",
                        defaultValue: "both_tracks", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives SIPREC events",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/siprec", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/siprec"]),
            ElementSpec(
                name: "Sms", kind: .verb,
                summary: "sends an SMS during a call (deprecated)",
                parents: ["Response"],
                children: [],
                text: .required, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "to", type: .phone,
                        summary: "number the message is sent to",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "from", type: .phone,
                        summary: "number the message is sent from",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested after the message is sent",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the action URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives message status callbacks",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/sms", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Start", kind: .verb,
                summary: "starts a background service (stream, recording, transcription) and continues at once",
                parents: ["Response"],
                children: ["Recording", "Siprec", "Stream", "Transcription"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested after the service has started",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the action URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/stream", "https://www.twilio.com/docs/voice/twiml/recording", "https://www.twilio.com/docs/voice/twiml/transcription", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/start"]),
            ElementSpec(
                name: "Stop", kind: .verb,
                summary: "stops a background service started with Start",
                parents: ["Response"],
                children: ["Recording", "Siprec", "Stream", "Transcription"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/stream#stop-a-stream", "https://www.twilio.com/docs/voice/twiml/recording#stop-a-recording", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/stop"]),
            ElementSpec(
                name: "Stream", kind: .noun,
                summary: "media stream of the call audio to a WebSocket",
                parents: ["Start", "Stop", "Connect"],
                children: ["Parameter"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "url", type: .url(schemes: ["ws", "wss"]),
                        summary: "wss:// address of the WebSocket server",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "name", type: .string(maxLength: nil),
                        summary: "unique name of the stream, used to stop it",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "connectorName", type: .string(maxLength: nil),
                        summary: "name of the Stream Connector",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "track", type: .enumeration(["inbound_track", "outbound_track", "both_tracks"]),
                        summary: "audio track to stream",
                        defaultValue: "inbound_track", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives stream events",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/stream", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://www.twilio.com/docs/api/errors/31941", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/stream"]),
            ElementSpec(
                name: "Task", kind: .noun,
                summary: "TaskRouter task attributes (JSON) for the enqueued call",
                parents: ["Enqueue"],
                children: [],
                text: .required, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "priority", type: .integer(min: 0, max: nil),
                        summary: "priority of the task",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "timeout", type: .integer(min: 1, max: nil),
                        summary: "seconds before the task is canceled",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/enqueue", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts"]),
            ElementSpec(
                name: "Transcription", kind: .noun,
                summary: "real-time transcription of the call",
                parents: ["Start", "Stop"],
                children: ["Config", "Parameter"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "name", type: .string(maxLength: nil),
                        summary: "unique name of the transcription, used to stop it",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackUrl", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives transcription events",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "languageCode", type: .language,
                        summary: "language of the transcription",
                        defaultValue: "en-US", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "track", type: .enumeration(["inbound_track", "outbound_track", "both_tracks"]),
                        summary: "audio track to transcribe",
                        defaultValue: "both_tracks", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "inboundTrackLabel", type: .string(maxLength: nil),
                        summary: "label of the inbound track",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "outboundTrackLabel", type: .string(maxLength: nil),
                        summary: "label of the outbound track",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "transcriptionEngine", type: .string(maxLength: nil),
                        summary: "speech-to-text provider",
                        defaultValue: "google", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "speechModel", type: .string(maxLength: nil),
                        summary: "speech model of the provider",
                        defaultValue: "telephony", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "enableProviderData", type: .boolean,
                        summary: "whether provider data is included in events",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "profanityFilter", type: .boolean,
                        summary: "whether profanity is filtered out",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "partialResults", type: .boolean,
                        summary: "whether partial results are sent",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "hints", type: .string(maxLength: nil),
                        summary: "expected phrases or keywords, comma separated",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "enableAutomaticPunctuation", type: .boolean,
                        summary: "whether punctuation is added automatically",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "intelligenceService", type: .string(maxLength: nil),
                        summary: "SID or unique name of the Intelligence Service",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "conversationConfiguration", type: .string(maxLength: nil),
                        summary: "ID of the Conversation Orchestrator configuration",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "conversationId", type: .string(maxLength: nil),
                        summary: "ID of the Conversation Orchestrator conversation",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/transcription", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/transcription", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/stop"]),
            ElementSpec(
                name: "VirtualAgent", kind: .noun,
                summary: "Dialogflow CX virtual agent to connect to",
                parents: ["Connect"],
                children: ["Config", "Parameter"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "connectorName", type: .string(maxLength: nil),
                        summary: "name of the Dialogflow connector",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "language", type: .language,
                        summary: "language of the conversation",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "sentimentAnalysis", type: .boolean,
                        summary: "whether sentiment analysis is enabled",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives virtual agent events",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/connect/virtualagent", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-twiml-compatibility"]),
            ElementSpec(
                name: "WhatsApp", kind: .noun,
                summary: "WhatsApp user to dial",
                parents: ["Dial"],
                children: [],
                text: .required, textType: .phone,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "url", type: .url(schemes: ["http", "https"]),
                        summary: "document run on the called party before the calls are connected",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the url document",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackEvent", type: .tokenList(["initiated", "ringing", "answered", "completed"]),
                        summary: "call progress events that trigger the status callback",
                        defaultValue: "completed", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives call progress callbacks",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for the status callback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/whatsapp", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts"]),
            ElementSpec(
                name: "amazon:domain", kind: .ssml,
                summary: "Amazon Polly speaking style",
                parents: ["Say", "lang", "p", "prosody", "s", "amazon:effect"],
                children: ["amazon:effect", "break", "emphasis", "lang", "p", "phoneme", "prosody", "s", "say-as", "sub", "w"],
                text: .mixed, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "name", type: .enumeration(["news", "conversational"]),
                        summary: "speaking style",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say#ssml", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html"]),
            ElementSpec(
                name: "amazon:effect", kind: .ssml,
                summary: "Amazon Polly voice effect",
                parents: ["Say", "lang", "p", "prosody", "s", "amazon:domain"],
                children: ["amazon:domain", "break", "emphasis", "lang", "p", "phoneme", "prosody", "s", "say-as", "sub", "w"],
                text: .mixed, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "name", type: .enumeration(["drc", "whispered"]),
                        summary: "effect applied to the speech",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "phonation", type: .enumeration(["soft"]),
                        summary: "phonation of the speech",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "vocal-tract-length", type: .string(maxLength: nil),
                        summary: "vocal tract length change, e.g. +15%",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say#ssml", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html"]),
            ElementSpec(
                name: "break", kind: .ssml,
                summary: "pause in the spoken text",
                parents: ["Say", "emphasis", "lang", "p", "prosody", "s", "w", "amazon:effect", "amazon:domain"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "strength", type: .enumeration(["none", "x-weak", "weak", "medium", "strong", "x-strong"]),
                        summary: "length of the pause by strength",
                        defaultValue: "medium", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "time", type: .string(maxLength: nil),
                        summary: "length of the pause, e.g. 500ms or 2s",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say#ssml", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html"]),
            ElementSpec(
                name: "emphasis", kind: .ssml,
                summary: "emphasized words",
                parents: ["Say", "emphasis", "lang", "p", "prosody", "s", "w", "amazon:effect", "amazon:domain"],
                children: ["break", "emphasis", "lang", "phoneme", "prosody", "say-as", "sub", "w"],
                text: .mixed, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "level", type: .enumeration(["strong", "moderate", "reduced"]),
                        summary: "degree of emphasis",
                        defaultValue: "moderate", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say#ssml", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html"]),
            ElementSpec(
                name: "lang", kind: .ssml,
                summary: "words in another language",
                parents: ["Say", "emphasis", "lang", "p", "prosody", "s", "amazon:effect", "amazon:domain"],
                children: ["amazon:domain", "amazon:effect", "break", "emphasis", "lang", "p", "phoneme", "prosody", "s", "say-as", "sub", "w"],
                text: .mixed, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "xml:lang", type: .language,
                        summary: "language of the enclosed words",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say#ssml", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html"]),
            ElementSpec(
                name: "p", kind: .ssml,
                summary: "paragraph",
                parents: ["Say", "lang", "prosody", "amazon:effect", "amazon:domain"],
                children: ["amazon:domain", "amazon:effect", "break", "emphasis", "lang", "phoneme", "prosody", "s", "say-as", "sub", "w"],
                text: .mixed, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say#ssml", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html"]),
            ElementSpec(
                name: "phoneme", kind: .ssml,
                summary: "phonetic pronunciation",
                parents: ["Say", "emphasis", "lang", "p", "prosody", "s", "w", "amazon:effect", "amazon:domain"],
                children: [],
                text: .mixed, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "alphabet", type: .enumeration(["ipa", "x-sampa", "x-amazon-jyutping", "x-amazon-pinyin", "x-amazon-pron-kana", "x-amazon-yomigana"]),
                        summary: "phonetic alphabet",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "ph", type: .string(maxLength: nil),
                        summary: "phonetic symbols of the pronunciation",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say#ssml", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html"]),
            ElementSpec(
                name: "prosody", kind: .ssml,
                summary: "volume, rate and pitch of the speech",
                parents: ["Say", "emphasis", "lang", "p", "prosody", "s", "w", "amazon:effect", "amazon:domain"],
                children: ["amazon:domain", "amazon:effect", "break", "emphasis", "lang", "p", "phoneme", "prosody", "s", "say-as", "sub", "w"],
                text: .mixed, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "volume", type: .string(maxLength: nil),
                        summary: "volume: silent, x-soft, soft, medium, loud, x-loud, default or +/-ndB",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "rate", type: .string(maxLength: nil),
                        summary: "speaking rate: x-slow, slow, medium, fast, x-fast or n%",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "pitch", type: .string(maxLength: nil),
                        summary: "pitch: x-low, low, medium, high, x-high, default or +/-n%",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say#ssml", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html"]),
            ElementSpec(
                name: "s", kind: .ssml,
                summary: "sentence",
                parents: ["Say", "lang", "p", "prosody", "amazon:effect", "amazon:domain"],
                children: ["amazon:domain", "amazon:effect", "break", "emphasis", "lang", "phoneme", "prosody", "say-as", "sub", "w"],
                text: .mixed, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say#ssml", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html"]),
            ElementSpec(
                name: "say-as", kind: .ssml,
                summary: "how a special kind of word is spoken",
                parents: ["Say", "emphasis", "lang", "p", "prosody", "s", "w", "amazon:effect", "amazon:domain"],
                children: [],
                text: .mixed, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "interpret-as", type: .enumeration(["characters", "spell-out", "cardinal", "number", "ordinal", "digits", "fraction", "unit", "date", "time", "address", "expletive", "telephone"]),
                        summary: "kind of the enclosed words",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "format", type: .enumeration(["mdy", "dmy", "ymd", "md", "dm", "ym", "my", "d", "m", "y", "yyyymmdd"]),
                        summary: "date format when interpret-as is date",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say#ssml", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html"]),
            ElementSpec(
                name: "sub", kind: .ssml,
                summary: "substituted pronunciation of an acronym or abbreviation",
                parents: ["Say", "emphasis", "lang", "p", "prosody", "s", "w", "amazon:effect", "amazon:domain"],
                children: [],
                text: .mixed, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "alias", type: .string(maxLength: nil),
                        summary: "text spoken instead of the enclosed text",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say#ssml", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html"]),
            ElementSpec(
                name: "w", kind: .ssml,
                summary: "word with a part of speech",
                parents: ["Say", "emphasis", "lang", "p", "prosody", "s", "amazon:effect", "amazon:domain"],
                children: ["break", "emphasis", "phoneme", "prosody", "say-as", "sub"],
                text: .mixed, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "role", type: .enumeration(["amazon:VB", "amazon:VBD", "amazon:DT", "amazon:IN", "amazon:JJ", "amazon:NN", "amazon:SENSE_1"]),
                        summary: "part of speech or sense of the word",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say#ssml", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html"]),
        ])
    /// Every element of InboundXML (TelAPI).
    public static let inboundxml = Grammar(
        dialect: .inboundxml,
        elements: [
            ElementSpec(
                name: "Answer", kind: .verb,
                summary: "answers the call",
                parents: ["Response"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Conference", kind: .noun,
                summary: "conference room to join",
                parents: ["Dial"],
                children: [],
                text: .required, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: true,
                attributes: [
                    AttributeSpec(
                        name: "muted", type: .spelledBoolean(truths: ["true", "True", "TRUE", "1"], falsehoods: ["false", "False", "FALSE", "0"]),
                        summary: "whether the participant joins muted",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "beep", type: .enumeration(["true", "True", "TRUE", "1", "false", "False", "FALSE", "0"]),
                        summary: "whether a beep is played as participants join and leave",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "startConferenceOnEnter", type: .spelledBoolean(truths: ["true", "True", "TRUE", "1"], falsehoods: ["false", "False", "FALSE", "0"]),
                        summary: "whether the conference starts when this participant joins",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "endConferenceOnExit", type: .spelledBoolean(truths: ["true", "True", "TRUE", "1"], falsehoods: ["false", "False", "FALSE", "0"]),
                        summary: "whether the conference ends when this participant leaves",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "maxParticipants", type: .integer(min: 1, max: nil),
                        summary: "maximum number of participants",
                        defaultValue: "40", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "timeLimit", type: .integer(min: 1, max: nil),
                        summary: "maximum time in the conference in seconds",
                        defaultValue: "14400", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "waitUrl", type: .url(schemes: ["http", "https"]),
                        summary: "audio or InboundXML played while waiting for the conference to start",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "waitMethod", type: .method,
                        summary: "HTTP method for waitUrl",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "hangupOnStar", type: .string(maxLength: nil),
                        summary: "whether the participant can leave by pressing star",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "callbackUrl", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested on conference events",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "callbackMethod", type: .method,
                        summary: "HTTP method for callbackUrl",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the conference requests",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "waitSound", type: .url(schemes: ["http", "https"]),
                        summary: "audio played while waiting",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "waitSoundMethod", type: .method,
                        summary: "HTTP method for waitSound",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "digitsMatch", type: .string(maxLength: nil),
                        summary: "keys that send a request to callbackUrl when pressed",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "stayAlone", type: .spelledBoolean(truths: ["true", "True", "TRUE", "1"], falsehoods: ["false", "False", "FALSE", "0"]),
                        summary: "whether the conference goes on with one participant",
                        defaultValue: "true", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "record", type: .enumeration(["true", "True", "TRUE", "1", "false", "False", "FALSE", "0"]),
                        summary: "whether the conference is recorded (from the caller's entry)",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordFileFormat", type: .enumeration(["mp3", "wav"]),
                        summary: "file format of the conference recording",
                        defaultValue: "mp3", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordCallbackUrl", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested when the conference recording is ready",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordCallbackMethod", type: .method,
                        summary: "HTTP method for recordCallbackUrl",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/conference", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/conference", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Dial", kind: .verb,
                summary: "connects the caller to another party",
                parents: ["Response"],
                children: ["Conference", "Number", "Sip", "User"],
                text: .optional, textType: .phone,
                isTerminal: false, terminalWhenAttribute: "action",
                records: true,
                attributes: [
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested when the dialed call ends",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the action URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "timeout", type: .integer(min: 1, max: nil),
                        summary: "seconds to wait for the called party to answer",
                        defaultValue: "30", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "hangupOnStar", type: .spelledBoolean(truths: ["true", "True", "TRUE", "1"], falsehoods: ["false", "False", "FALSE", "0"]),
                        summary: "whether the caller can hang up on the called party with the star key",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "timeLimit", type: .integer(min: 1, max: nil),
                        summary: "maximum duration of the dialed call in seconds",
                        defaultValue: "14400", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "callerId", type: .string(maxLength: nil),
                        summary: "caller ID shown to the called party",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "hideCallerId", type: .spelledBoolean(truths: ["true", "True", "TRUE", "1"], falsehoods: ["false", "False", "FALSE", "0"]),
                        summary: "whether the caller ID is hidden",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "callerName", type: .string(maxLength: nil),
                        summary: "caller name shown to the called party",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "dialMusic", type: .url(schemes: ["http", "https"]),
                        summary: "audio played to the caller while the call rings",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "callbackUrl", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested when the dialed call ends",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "callbackMethod", type: .method,
                        summary: "HTTP method for callbackUrl",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "confirmSound", type: .string(maxLength: nil),
                        summary: "sound the called party hears before being connected",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "digitsMatch", type: .string(maxLength: nil),
                        summary: "keys that send a request to callbackUrl when pressed",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "straightToVm", type: .string(maxLength: nil),
                        summary: "whether (or after how many seconds) the call goes straight to voicemail",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "heartbeatUrl", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested periodically while the dialed call is up",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "heartbeatMethod", type: .method,
                        summary: "HTTP method for heartbeatUrl",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "forwardedFrom", type: .string(maxLength: nil),
                        summary: "number the call is forwarded from",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "record", type: .enumeration(["true", "True", "TRUE", "1", "false", "False", "FALSE", "0"]),
                        summary: "whether the dialed call is recorded (from the answer)",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordDirection", type: .enumeration(["in", "In", "IN", "out", "Out", "OUT", "both", "Both", "BOTH"]),
                        summary: "which audio of the dialed call is recorded: in, out or both",
                        defaultValue: "both", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordCallbackUrl", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested when the dialed call's recording is ready",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordLifetime", type: .integer(min: 1, max: nil),
                        summary: "days the recording is kept",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "recordFormat", type: .enumeration(["mp3", "wav"]),
                        summary: "file format of the dialed call's recording",
                        defaultValue: "mp3", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "ifMachine", type: .enumeration(["continue", "Continue", "CONTINUE", "hangup", "Hangup", "HANGUP", "HangUp", "redirect", "Redirect", "REDIRECT"]),
                        summary: "what happens when a machine answers",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "ifMachineUrl", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested when a machine answers and ifMachine is redirect",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "ifMachineMethod", type: .method,
                        summary: "HTTP method for ifMachineUrl",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "outboundAction", type: .spelledBoolean(truths: ["true", "True", "TRUE", "1"], falsehoods: ["false", "False", "FALSE", "0"]),
                        summary: "whether the action URL is requested for the called party",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/dial", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://www.twilio.com/docs/api/errors/13217", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/dial", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Gather", kind: .verb,
                summary: "collects digits or speech from the caller and posts them to action",
                parents: ["Response"],
                children: ["Pause", "Play", "PlayLastRecording", "Say"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "input", type: .tokenList(["dtmf", "speech"]),
                        summary: "what the caller may give: keys, speech or both",
                        defaultValue: "dtmf", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "hints", type: .string(maxLength: nil),
                        summary: "words or phrases the speech recogniser should expect",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "language", type: .language,
                        summary: "language of the speech to recognise",
                        defaultValue: "en-US", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested with the caller's input",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the action URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "timeout", type: .integer(min: 1, max: nil),
                        summary: "seconds to wait for the caller's next input",
                        defaultValue: "5", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "finishOnKey", type: .keys("0123456789*#"),
                        summary: "key that ends the input",
                        defaultValue: "#", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "numDigits", type: .integer(min: 1, max: nil),
                        summary: "number of keys that ends the input",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/gather", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://www.twilio.com/docs/api/errors/13327", "https://www.twilio.com/docs/api/errors/13328", "https://www.twilio.com/docs/api/errors/13332", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/gather", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "GetSpeech", kind: .verb,
                summary: "listens for speech matching a grammar and posts the result to action",
                parents: ["Response"],
                children: ["Pause", "Play", "PlayLastRecording", "Say"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested with the recognised speech",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the action URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "timeout", type: .integer(min: 1, max: nil),
                        summary: "seconds to wait for speech",
                        defaultValue: "5", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "playBeep", type: .spelledBoolean(truths: ["true", "True", "TRUE", "1"], falsehoods: ["false", "False", "FALSE", "0"]),
                        summary: "whether a beep is played before listening",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "grammar", type: .url(schemes: ["http", "https"]),
                        summary: "grammar the speech must match",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Hangup", kind: .verb,
                summary: "ends the call",
                parents: ["Response"],
                children: [],
                text: .none, textType: nil,
                isTerminal: true, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "schedule", type: .integer(min: 0, max: nil),
                        summary: "seconds to wait before hanging up",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "reason", type: .string(maxLength: nil),
                        summary: "reason given for the hang-up",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/hangup", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/hangup", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Number", kind: .noun,
                summary: "phone number to dial",
                parents: ["Dial"],
                children: [],
                text: .required, textType: .phone,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "sendDigits", type: .dtmf,
                        summary: "keys sent once the number answers",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for url",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "url", type: .url(schemes: ["http", "https"]),
                        summary: "InboundXML run for the called party before it is connected",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "sendOnPreanswer", type: .spelledBoolean(truths: ["true", "True", "TRUE", "1"], falsehoods: ["false", "False", "FALSE", "0"]),
                        summary: "whether sendDigits is sent before the answer",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/number", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/dial", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Pause", kind: .verb,
                summary: "waits silently for a number of seconds",
                parents: ["Response", "Gather", "GetSpeech"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "length", type: .integer(min: 1, max: nil),
                        summary: "seconds of silence",
                        defaultValue: "1", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/pause", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/pause", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Ping", kind: .verb,
                summary: "requests a URL and goes on",
                parents: ["Response"],
                children: [],
                text: .required, textType: .url(schemes: ["http", "https"]),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Play", kind: .verb,
                summary: "plays an audio file (or DTMF tones) to the caller",
                parents: ["Response", "Gather", "GetSpeech"],
                children: [],
                text: .required, textType: .url(schemes: ["http", "https"]),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "loop", type: .integer(min: 0, max: nil),
                        summary: "times the audio is played; 0 repeats until the call ends",
                        defaultValue: "1", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method that fetches the audio",
                        defaultValue: "GET", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/play", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/play", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "PlayLastRecording", kind: .verb,
                summary: "plays the call's last recording",
                parents: ["Response", "Gather", "GetSpeech"],
                children: [],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                ],
                sources: ["https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Record", kind: .verb,
                summary: "records the caller and posts the recording URL to action",
                parents: ["Response"],
                children: [],
                text: .none, textType: nil,
                isTerminal: true, terminalWhenAttribute: nil,
                continuesWhenAttribute: "background",
                records: true,
                attributes: [
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested when the recording ends (default: the current document)",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the action URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "timeout", type: .integer(min: 1, max: nil),
                        summary: "seconds of silence that end the recording (ignored in the background)",
                        defaultValue: "5", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "finishOnKey", type: .keys("0123456789*#"),
                        summary: "keys that end the recording (ignored in the background)",
                        defaultValue: "#", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "maxLength", type: .integer(min: 1, max: nil),
                        summary: "maximum length of the recording in seconds",
                        defaultValue: "3600", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "transcribe", type: .spelledBoolean(truths: ["true", "True", "TRUE", "1"], falsehoods: ["false", "False", "FALSE", "0"]),
                        summary: "whether the recording is transcribed",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "transcribeCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL that receives the transcription",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "transcribeQuality", type: .enumeration(["auto", "silver", "gold", "platinum", "manual", "AUTO", "SILVER", "GOLD", "PLATINUM", "MANUAL", "hybrid", "Hybrid", "HYBRID", "keywords", "Keywords", "KEYWORDS", "subtitles", "Subtitles", "SUBTITLES"]),
                        summary: "quality of the transcription",
                        defaultValue: "auto", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "sliceStart", type: .integer(min: 1, max: nil),
                        summary: "second of the recording a transcription slice starts at",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "sliceDuration", type: .integer(min: 1, max: nil),
                        summary: "length in seconds of the transcription slice",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "playBeep", type: .spelledBoolean(truths: ["true", "True", "TRUE", "1"], falsehoods: ["false", "False", "FALSE", "0"]),
                        summary: "whether a beep is played before recording starts (ignored in the background)",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "bothLegs", type: .spelledBoolean(truths: ["true", "True", "TRUE", "1"], falsehoods: ["false", "False", "FALSE", "0"]),
                        summary: "deprecated for direction: whether both legs are recorded",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "fileFormat", type: .enumeration(["mp3", "wav"]),
                        summary: "file format of the recording",
                        defaultValue: "mp3", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "direction", type: .enumeration(["in", "In", "IN", "out", "Out", "OUT", "both", "Both", "BOTH"]),
                        summary: "which audio is recorded: in (the caller), out (what the caller hears) or both",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "background", type: .spelledBoolean(truths: ["true", "True", "TRUE", "1"], falsehoods: ["false", "False", "FALSE", "0"]),
                        summary: "whether the recording runs while the next verbs execute (default: false, setting record_background_default)",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "sampleRate", type: .enumeration(["8000", "16000", "32000", "48000"]),
                        summary: "samples per second of the recording (default 8000)",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "trimSilence", type: .spelledBoolean(truths: ["true", "True", "TRUE", "1"], falsehoods: ["false", "False", "FALSE", "0"]),
                        summary: "whether leading and trailing silence is trimmed",
                        defaultValue: "false", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "lifetime", type: .integer(min: 1, max: nil),
                        summary: "days the recording is kept",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/record", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://www.twilio.com/docs/api/errors/13256", "https://www.twilio.com/docs/api/errors/13621", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/record", "https://developer.signalwire.com/compatibility-api/cxml/voice/record", "https://github.com/2600hz/kazoo/blob/master/applications/pivot/doc/twiml.md", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd", "https://docs.ytel.com/docs/record", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/record.go"]),
            ElementSpec(
                name: "Redirect", kind: .verb,
                summary: "transfers control to the document at another URL",
                parents: ["Response"],
                children: [],
                text: .required, textType: .url(schemes: ["http", "https"]),
                isTerminal: true, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for the redirect URL",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/redirect", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/redirect", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Reject", kind: .verb,
                summary: "rejects the call without answering it",
                parents: ["Response"],
                children: [],
                text: .none, textType: nil,
                isTerminal: true, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "reason", type: .enumeration(["rejected", "busy"]),
                        summary: "tone that tells the caller why the call was rejected",
                        defaultValue: "rejected", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/reject", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/reject", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Response", kind: .root,
                summary: "the root element of every voice document",
                parents: [],
                children: ["Answer", "Dial", "Gather", "GetSpeech", "Hangup", "Pause", "Ping", "Play", "PlayLastRecording", "Record", "Redirect", "Reject", "Say", "Sms"],
                text: .none, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested when the call ends",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusMethod", type: .method,
                        summary: "HTTP method for statusCallback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "heartbeatCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested periodically while the call is up",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "heartbeatMethod", type: .method,
                        summary: "HTTP method for heartbeatCallback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-fundamentals", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Say", kind: .verb,
                summary: "speaks text to the caller with text-to-speech",
                parents: ["Response", "Gather", "GetSpeech"],
                children: [],
                text: .mixed, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "loop", type: .integer(min: 0, max: nil),
                        summary: "times the text is spoken; 0 repeats until the call ends",
                        defaultValue: "1", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "voice", type: .enumeration(["female", "male"]),
                        summary: "voice of the text-to-speech engine",
                        defaultValue: "female", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "language", type: .enumeration(["en", "en-gb", "es", "fr", "it", "de"]),
                        summary: "language of the text",
                        defaultValue: "en", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/say", "https://www.twilio.com/docs/voice/twiml/say/text-speech", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/say", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Sip", kind: .noun,
                summary: "SIP endpoint to dial or refer to",
                parents: ["Dial"],
                children: [],
                text: .required, textType: .sipURI,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested when the SIP call ends",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for action",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "username", type: .string(maxLength: nil),
                        summary: "user name for SIP authentication",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "password", type: .string(maxLength: nil),
                        summary: "password for SIP authentication",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "sendDigits", type: .dtmf,
                        summary: "keys sent once the SIP endpoint answers",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/sip", "https://www.twilio.com/docs/voice/twiml/refer", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/dial", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/refer", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "Sms", kind: .verb,
                summary: "sends an SMS during a call (deprecated)",
                parents: ["Response"],
                children: [],
                text: .required, textType: .string(maxLength: nil),
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "to", type: .string(maxLength: nil),
                        summary: "number the message is sent to",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "from", type: .string(maxLength: nil),
                        summary: "number the message is sent from",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "action", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested with the message's status",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "method", type: .method,
                        summary: "HTTP method for action",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallback", type: .url(schemes: ["http", "https"]),
                        summary: "URL requested when the message's status changes",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "statusCallbackMethod", type: .method,
                        summary: "HTTP method for statusCallback",
                        defaultValue: "POST", errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://www.twilio.com/docs/voice/twiml/sms", "https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts", "https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
            ElementSpec(
                name: "User", kind: .noun,
                summary: "a registered SIP user to dial",
                parents: ["Dial"],
                children: [],
                text: .required, textType: nil,
                isTerminal: false, terminalWhenAttribute: nil,
                records: false,
                attributes: [
                    AttributeSpec(
                        name: "sendDigits", type: .dtmf,
                        summary: "keys sent once the user answers",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                    AttributeSpec(
                        name: "params", type: .string(maxLength: nil),
                        summary: "extra parameters sent with the call",
                        defaultValue: nil, errorCode: nil, allowsEmpty: false),
                ],
                sources: ["https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd"]),
        ])
}
