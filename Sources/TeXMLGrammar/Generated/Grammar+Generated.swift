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
    public static let twiml = GrammarTable.generated.grammar(.twiml)

    /// Every element of TeXML (Telnyx).
    public static let texml = GrammarTable.generated.grammar(.texml)

    /// Every element of cXML (SignalWire).
    public static let cxml = GrammarTable.generated.grammar(.cxml)

    /// Every element of Pivot TwiML (Kazoo).
    public static let pivot = GrammarTable.generated.grammar(.pivot)

    /// Every element of InboundXML (TelAPI).
    public static let inboundxml = GrammarTable.generated.grammar(.inboundxml)
}

extension PlatformCode {
    /// Every code `Grammar/codes.json` lists, by number.
    public static let all: [PlatformCode] = [
        PlatformCode(
            code: 11100, platform: "Twilio", title: "Invalid URL format",
            level: .error, effect: .failsCall,
            source: "https://www.twilio.com/docs/api/errors/11100"),
        PlatformCode(
            code: 12100, platform: "Twilio", title: "Document parse failure",
            level: .error, effect: .failsCall,
            source: "https://www.twilio.com/docs/api/errors/12100"),
        PlatformCode(
            code: 12200, platform: "Twilio", title: "Schema validation warning",
            level: .warning, effect: .failsCall,
            source: "https://www.twilio.com/docs/api/errors/12200",
            note: "Twilio logs 12200 at WARNING for misspelled verbs, unknown attributes and unexpected nesting, and does not say what the call does next. texml ignores an unknown attribute (the platform warns and goes on) and fails the call on an unknown or misplaced element (unconfirmed: Samples/RULES.md, Unconfirmed)."),
        PlatformCode(
            code: 13212, platform: "Twilio", title: "Dial: Invalid timeout value",
            level: .warning, effect: .ignored,
            source: "https://www.twilio.com/docs/api/errors/13212"),
        PlatformCode(
            code: 13216, platform: "Twilio", title: "Dial: Invalid timeLimit value",
            level: .warning, effect: .ignored,
            source: "https://www.twilio.com/docs/api/errors/13216"),
        PlatformCode(
            code: 13217, platform: "Twilio", title: "Dial: Invalid record value",
            level: .warning, effect: .ignored,
            source: "https://www.twilio.com/docs/api/errors/13217"),
        PlatformCode(
            code: 13243, platform: "Twilio", title: "Dial->SIP: Invalid SIP URI",
            level: .warning, effect: .ignored,
            source: "https://www.twilio.com/docs/api/errors/13243"),
        PlatformCode(
            code: 13256, platform: "Twilio", title: "Invalid recordingStatusCallback URL",
            level: .warning, effect: .ignored,
            source: "https://www.twilio.com/docs/api/errors/13256",
            note: "the page: \"The recording will be processed, but status notifications will not be sent.\""),
        PlatformCode(
            code: 13310, platform: "Twilio", title: "Gather: Invalid finishOnKey value",
            level: .warning, effect: .ignored,
            source: "https://www.twilio.com/docs/api/errors/13310"),
        PlatformCode(
            code: 13313, platform: "Twilio", title: "Gather: Invalid timeout value",
            level: .warning, effect: .ignored,
            source: "https://www.twilio.com/docs/api/errors/13313"),
        PlatformCode(
            code: 13327, platform: "Twilio", title: "Gather: Invalid speechTimeout value",
            level: .warning, effect: .ignored,
            source: "https://www.twilio.com/docs/api/errors/13327"),
        PlatformCode(
            code: 13328, platform: "Twilio", title: "Gather: Invalid maxSpeechTime value",
            level: .warning, effect: .ignored,
            source: "https://www.twilio.com/docs/api/errors/13328"),
        PlatformCode(
            code: 13330, platform: "Twilio", title: "Gather: Invalid hints value",
            level: .warning, effect: .ignored,
            source: "https://www.twilio.com/docs/api/errors/13330"),
        PlatformCode(
            code: 13332, platform: "Twilio", title: "Gather: Invalid bargeIn value",
            level: .warning, effect: .ignored,
            source: "https://www.twilio.com/docs/api/errors/13332"),
        PlatformCode(
            code: 13611, platform: "Twilio", title: "Record: Invalid timeout value",
            level: .warning, effect: .ignored,
            source: "https://www.twilio.com/docs/api/errors/13611"),
        PlatformCode(
            code: 13612, platform: "Twilio", title: "Record: Invalid maxLength value",
            level: .warning, effect: .ignored,
            source: "https://www.twilio.com/docs/api/errors/13612"),
        PlatformCode(
            code: 13613, platform: "Twilio", title: "Record: Invalid finishOnKey value",
            level: .warning, effect: .ignored,
            source: "https://www.twilio.com/docs/api/errors/13613"),
        PlatformCode(
            code: 13617, platform: "Twilio", title: "Record: Recording length is out of range for transcription",
            level: .warning, effect: .runs,
            source: "https://www.twilio.com/docs/api/errors/13617",
            note: "the page: \"The recording itself will not be affected\"; only the transcription is skipped"),
        PlatformCode(
            code: 13621, platform: "Twilio", title: "Invalid 'recordingStatusCallbackEvent'",
            level: .warning, effect: .ignored,
            source: "https://www.twilio.com/docs/api/errors/13621",
            note: "the page is headed both ERROR and \"Warning - 13621\"; the shared reference (section 5) reads it as a warning: the recording proceeds with the default events"),
    ]
}

extension GrammarTable {
    /// Every distinct attribute (`A`) and element (`E`) spec, then each dialect's elements (`D`).
    static let generated = GrammarTable(decoding: generatedText)
}

private let generatedText: StaticString = #"""
A|aiConnector|string|unique name or SID of the AI Connector|||false||
A|aiSessionConfiguration|string|unique name or ID of the AiSession Configuration|||false||
E|AiSession|noun|connects the call to an AI session through an AI Connector|Connect||none|||false|||false|false|0,1|https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts
A|url|url:http,https|document run on the called application|||false||
A|method|method|HTTP method for the url document|POST||false||
A|statusCallbackEvent|tokens:initiated,ringing,answered,completed|call progress events that trigger the status callback|completed||false||
A|statusCallback|url:http,https|URL that receives call progress callbacks|||false||
A|statusCallbackMethod|method|HTTP method for the status callback|POST||false||
A|customerId|string|identity of the customer calling the application|||false||
A|copyParentTo|boolean|whether the parent call's To is copied to the application leg|||false||
E|Application|noun|TwiML Application to dial|Dial|ApplicationSid,Parameter|optional|string||false|||false|false|2,3,4,5,6,7,8|https://www.twilio.com/docs/voice/twiml/dial/application,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts
E|ApplicationSid|noun|SID of the TwiML Application to dial|Application||required|string||false|||false|false||https://www.twilio.com/docs/voice/twiml/dial/application,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts
A|id|string|ID of the Twilio AI Assistant|||false||
A|language|language|language for text-to-speech and transcription|||false||
A|ttsLanguage|language|language for text-to-speech|||false||
A|transcriptionLanguage|language|language for transcription|||false||
A|ttsProvider|string|text-to-speech provider|||false||
A|voice|string|text-to-speech voice|||false||
A|transcriptionProvider|string|speech-to-text provider|||false||
A|speechModel|string|speech-to-text model|||false||
A|profanityFilter|boolean|whether profanity is filtered out of transcripts|true||false||
A|dtmfDetection|boolean|whether key presses are reported|false||false||
A|welcomeGreeting|string|sentence spoken when the session connects|||false||
A|partialPrompts|boolean|whether partial transcripts are sent before the caller finishes|false||false||
A|welcomeGreetingInterruptible|enum:none,dtmf,speech,any,true,false|input that can interrupt the welcome greeting|any||false||
A|interruptible|enum:none,dtmf,speech,any,true,false|input that can interrupt text-to-speech|any||false||
A|preemptible|boolean|whether later text can interrupt the current text-to-speech|false||false||
A|hints|string|phrases that help speech recognition, comma separated|||false||
A|intelligenceService|string|SID or unique name of the Conversational Intelligence Service|||false||
A|reportInputDuringAgentSpeech|string|whether input is reported while text-to-speech plays|||false||
A|elevenlabsTextNormalization|string|text normalization setting for ElevenLabs|||false||
A|interruptSensitivity|enum:low,medium,high|sensitivity of speech interruption|||false||
A|debug|string|debug options, space separated|||false||
E|Assistant|noun|connects the call to a Twilio AI Assistant|Connect|Language,Parameter|none|||false|||false|false|9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29|https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://www.rubydoc.info/gems/twilio-ruby/Twilio/TwiML/Connect
A|url|url:http,https|document run on the client before the calls are connected|||false||
E|Client|noun|Voice SDK client identity to dial|Dial|Identity,Parameter|optional|string||false|||false|false|30,3,4,5,6|https://www.twilio.com/docs/voice/twiml/client,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-twiml-compatibility
A|muted|boolean|whether the participant joins muted|false||false||
A|beep|enum:true,false,onEnter,onExit|when a beep is played as participants join or leave|true||false||
A|startConferenceOnEnter|boolean|whether this participant starts the conference|true||false||
A|endConferenceOnExit|boolean|whether the conference ends when this participant leaves|false||false||
A|participantLabel|string:128|unique label of the participant|||false||
A|jitterBufferSize|enum:small,medium,large,off|jitter buffer of the participant|large||false||
A|waitUrl|url:http,https|hold music or document played before the conference starts|||false||
A|waitMethod|method|HTTP method for the wait URL|POST||false||
A|maxParticipants|integer:1:250|maximum number of participants|250||false||
A|record|enum:do-not-record,record-from-start|whether the conference is recorded|do-not-record||false||
A|region|enum:us1,us2,ie1,de1,sg1,br1,au1,jp1|region where the conference is mixed|||false||
A|trim|enum:trim-silence,do-not-trim|whether leading and trailing silence is trimmed from the recording|trim-silence||false||
A|coach|string|call SID of the participant being coached|||false||
A|statusCallbackEvent|tokens:start,end,join,leave,mute,hold,modify,speaker,announcement|conference events that trigger the status callback|||false||
A|statusCallback|url:http,https|URL that receives conference events|||false||
A|statusCallbackMethod|method|HTTP method for the status callback|||false||
A|recordingStatusCallback|url:http,https|URL that receives recording status callbacks||13256|false||
A|recordingStatusCallbackMethod|method|HTTP method for the recording status callback|POST||false||
A|recordingStatusCallbackEvent|tokens:in-progress,completed,absent|recording events that trigger the recording status callback|completed|13621|false||
A|eventCallbackUrl|url:http,https|URL that receives conference events (legacy)|||false||
A|recordingConfigurationId|string|ID of the Recording Configuration used for the recording|||false||
E|Conference|noun|conference room to join|Dial||required|string||false|||false|true|31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51|https://www.twilio.com/docs/voice/twiml/conference,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/conference,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd
A|name|string|name of the configuration|||false||
A|value|string|value of the configuration|||false||
E|Config|noun|custom configuration name/value pair|VirtualAgent,Transcription||none|||false|||false|false|52,53|https://www.twilio.com/docs/voice/twiml/connect/virtualagent,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts
A|action|url:http,https|URL requested when the connected service ends|||false||
A|method|method|HTTP method for the action URL|POST||false||
E|Connect|verb|connects the call to a service and waits until it ends|Response|AiSession,Assistant,Conversation,ConversationRelay,ConversationRelaySession,Room,Stream,VirtualAgent|none|||false|||false|false|54,55|https://www.twilio.com/docs/voice/twiml/connect,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/connect,https://github.com/twilio/twilio-python/blob/main/twilio/twiml/voice_response.py
A|serviceInstanceSid|string|SID of the Conversations service|||false||
A|inboundAutocreation|boolean|whether conversations are created automatically|||false||
A|routingAssignmentTimeout|integer:0:|seconds to wait for routing assignment|||false||
A|inboundTimeout|integer:0:|seconds to wait for an inbound connection|||false||
A|url|url:http,https|document URL|||false||
A|record|enum:do-not-record,record-from-answer,record-from-ringing,record-from-answer-dual,record-from-ringing-dual,true,false|whether and when the call is recorded|do-not-record||false||
A|trim|enum:trim-silence,do-not-trim|whether leading and trailing silence is trimmed|||false||
A|statusCallback|url:http,https|URL that receives call events|||false||
A|statusCallbackEvent|tokens:call-initiated,call-ringing,call-answered,call-completed|call events that trigger the status callback|||false||
E|Conversation|noun|Twilio Conversations service to connect to|Connect||none|||false|||false|true|56,57,58,59,60,3,61,62,47,48,49,63,6,64|https://www.twilio.com/docs/voice/twiml/connect/conversation,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts
A|url|url:ws,wss|wss:// address of the WebSocket server|||false||
A|backgroundNoiseReduction|string|background noise filtering before speech recognition|||false||
A|speechTimeout|string|silence that marks the end of speech|||false||
A|deepgramSmartFormat|string|Deepgram smart formatting of transcripts (superseded by asrSmartFormat)|||false||
A|ignoreBackchannel|string|whether brief acknowledgements ("uh-huh") do not interrupt the agent|||false||
A|events|string|event subscriptions of the session|||false||
A|partialPromptOnHangup|boolean|whether the partial transcript is sent as a prompt when the call hangs up|||false||
A|turnDetection|boolean|whether turn detection decides when the caller has finished speaking|false||false||
A|eagerEotThreshold|number:0.0:1.0|eager end-of-turn confidence threshold, fired before the end-of-turn threshold|||false|0.3:0.9|Twilio documents 0.3 to 0.9 for this confidence; what it does with another value is not documented
A|asrSmartFormat|boolean|whether smart formatting is applied to transcripts (over deepgramSmartFormat)|||false||
A|ttsTextNormalization|enum:auto,on,off|text normalization for text-to-speech (over elevenlabsTextNormalization)|||false||
A|ttsLanguageTextNormalization|boolean|whether language-specific text normalization is applied for text-to-speech|||false||
A|elevenlabsLanguageTextNormalization|boolean|legacy alias of ttsLanguageTextNormalization|||false||
A|includeInPrompt|string|extra fields of prompt messages (turn-state, prompt-segments)|||false||
A|customerName|string|customer name sent to Conversations and Conversational Intelligence (default: the caller ID)|||false||
A|applicationReconnect|boolean|whether a dropped WebSocket to the application is reconnected|false||false||
A|echoPromptFiltering|boolean|whether transcripts echoing the agent's own speech are dropped|false||false||
E|ConversationRelay|noun|connects the call to a WebSocket conversation service|Connect|Language,Parameter|none|||false|||false|false|65,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81|https://www.twilio.com/docs/voice/twiml/connect/conversationrelay,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/conversationrelay,https://www.twilio.com/docs/voice/conversationrelay/turn-detection,https://github.com/twilio/twilio-python/blob/main/twilio/twiml/voice_response.py
A|connector|string|unique name or installed add-on SID of the ConversationRelaySession Connector|||false||
A|sessionConfiguration|string|unique name or ID of the ConversationRelaySession Configuration|||false||
E|ConversationRelaySession|noun|connects the call to a Conversation Relay session through an installed connector|Connect||none|||false|||false|false|82,83|https://github.com/twilio/twilio-python/blob/main/twilio/twiml/voice_response.py,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts
A|action|url:http,https|URL requested when the dialed call ends|||false||
A|answerOnBridge|boolean|whether the inbound call keeps ringing until the dialed party answers|false||false||
A|callerId|string|caller ID presented to the called party|||false||
A|callReason|string:50|reason for the call shown on branded calls|||false||
A|events|enum:call-progress-event|extra event subscription|||false||
A|hangupOnStar|boolean|whether the caller can hang up on the called party with the star key|false||false||
A|record|enum:do-not-record,record-from-answer,record-from-ringing,record-from-answer-dual,record-from-ringing-dual,true,false|whether and when the dialed call is recorded|do-not-record|13217|false||
A|recordingTrack|enum:inbound,outbound,both|audio track to record|both||false||
A|trim|enum:trim-silence,do-not-trim|whether leading and trailing silence is trimmed from the recording|do-not-trim||false||
A|referUrl|url:http,https|URL requested when the called party sends a SIP REFER|||false||
A|referMethod|method|HTTP method for the refer URL|POST||false||
A|ringTone|enum:at,au,bg,br,be,ch,cl,cn,cz,de,dk,ee,es,fi,fr,gr,hu,il,in,it,lt,jp,mx,my,nl,no,nz,ph,pl,pt,ru,se,sg,th,uk,us,us-old,tw,ve,za|country ringback tone played to the caller|||false||
A|timeLimit|integer:1:86400|maximum duration of the dialed call in seconds|14400|13216|false||
A|timeout|integer:1:|seconds to wait for the called party to answer|30|13212|false|5:600|Twilio's error 13212 asks only for a positive integer; the <Dial> page documents 5 to 600 seconds, so Twilio may ring for longer or shorter than written
A|sequential|boolean|whether the nested nouns are dialed one after the other|false||false||
A|passports|string|Base64-encoded, comma-separated identity passports (e.g. shaken, div)|||false||
E|Dial|verb|connects the caller to another party|Response|Application,Client,Conference,Number,Queue,Sim,Sip,WhatsApp|optional|phone||false|action||false|true|84,55,85,86,87,88,89,90,47,48,49,91,92,93,94,95,96,97,98,51,99|https://www.twilio.com/docs/voice/twiml/dial,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://www.twilio.com/docs/api/errors/13217,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/dial,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd,https://github.com/twilio/twilio-python/blob/main/twilio/twiml/voice_response.py
E|Echo|verb|echoes the caller's audio back to the call|Response||none|||false|||false|false||https://github.com/twilio/twilio-python/blob/main/twilio/twiml/voice_response.py,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developer.signalwire.com/compatibility-api/xml/voice/echo/
A|action|url:http,https|URL requested when the call leaves the queue|||false||
A|waitUrl|url:http,https|document or audio played while the caller waits|||false||
A|waitUrlMethod|method|HTTP method for the wait URL|POST||false||
A|workflowSid|string|SID of the TaskRouter Workflow that routes the call|||false||
A|maxQueueSize|integer:1:5000|maximum number of calls in the queue|||false||
E|Enqueue|verb|places the caller in a call queue|Response|Task|optional|string||false|||false|false|100,55,101,102,103,104|https://www.twilio.com/docs/voice/twiml/enqueue,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://www.twilio.com/docs/api/errors/14207,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/enqueue
A|action|url:http,https|URL requested with the gathered input|||false||
A|actionOnEmptyResult|boolean|whether action is requested even when no input was gathered|false||false||
A|bargeIn|boolean|whether speech or a key press stops the nested Say or Play|true|13332|false||
A|debug|boolean|whether debug information is produced for the gather|||false||
A|enhanced|boolean|whether the premium speech model is used (deprecated)|false||false||
A|finishOnKey|keys:0123456789*#|key that ends the input|#|13310|true||
A|hints|string|words and phrases that help speech recognition|||false||
A|input|tokens:dtmf,speech|input types to accept|dtmf||false||
A|language|language|language of the expected speech|en-US||false||
A|maxSpeechTime|integer:1:60|maximum seconds of speech input|60|13328|false||
A|numDigits|integer:1:|number of digits to collect|||false||
A|partialResultCallback|url:http,https|URL that receives partial speech results|||false||
A|partialResultCallbackMethod|method|HTTP method for the partial result callback|POST||false||
A|profanityFilter|boolean|whether profanity is filtered out of speech results|true||false||
A|speechModel|string|speech recognition model|default||false||
A|speechTimeout|string|seconds of silence after speech that end recognition, or auto||13327|false||
A|timeout|integer:1:|seconds to wait for input|5|13313|false||
E|Gather|verb|collects digits or speech from the caller and posts them to action|Response|Pause,Play,Say|none|||false|||false|false|105,55,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121|https://www.twilio.com/docs/voice/twiml/gather,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://www.twilio.com/docs/api/errors/13327,https://www.twilio.com/docs/api/errors/13328,https://www.twilio.com/docs/api/errors/13332,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/gather,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd
E|Hangup|verb|ends the call|Response|Parameter|none|||true|||false|false||https://www.twilio.com/docs/voice/twiml/hangup,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/hangup,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd
A|name|string|name of the custom header|||false||
A|value|string|value of the custom header|||false||
E|Header|noun|one custom SIP header of <Headers>|Headers||none|||false|||false|false|122,123|https://github.com/twilio/twilio-python/blob/main/twilio/twiml/voice_response.py,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts
E|Headers|noun|custom SIP headers sent in the INVITE of a <Sip>|Sip|Header|none|||false|||false|false||https://github.com/twilio/twilio-python/blob/main/twilio/twiml/voice_response.py,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://www.twilio.com/docs/voice/twiml/sip
E|Identity|noun|identity of the Voice SDK client to dial|Client||required|string||false|||false|false||https://www.twilio.com/docs/voice/twiml/client,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts
A|code|language|language this setting is for|||false||
A|ttsProvider|string|text-to-speech provider for this language|||false||
A|voice|string|text-to-speech voice for this language|||false||
A|transcriptionProvider|string|speech-to-text provider for this language|||false||
A|speechModel|string|speech-to-text model for this language|||false||
A|hints|string|phrases that help speech recognition of this language|||false||
A|asrSmartFormat|boolean|whether smart formatting is applied to transcripts of this language|||false||
A|ttsTextNormalization|enum:auto,on,off|text normalization for text-to-speech of this language|||false||
A|ttsLanguageTextNormalization|boolean|whether language-specific text normalization is applied for text-to-speech of this language|||false||
E|Language|noun|per-language voice and speech settings|ConversationRelay,Assistant||none|||false|||false|false|124,125,126,127,128,129,130,131,132|https://www.twilio.com/docs/voice/twiml/connect/conversationrelay,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/conversationrelay,https://github.com/twilio/twilio-python/blob/main/twilio/twiml/voice_response.py
E|Leave|verb|removes the call from its queue and continues after the Enqueue|Response||none|||false|||false|false||https://www.twilio.com/docs/voice/twiml/leave,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/leave
A|sendDigits|keys:0123456789ABCDwW#*|DTMF tones played when the call is answered|||false||
A|byoc|string|SID of the BYOC trunk used to route the call|||false||
A|url|url:http,https|document run on the called party before the calls are connected|||false||
A|machineDetection|enum:Enable,DetectMessageEnd|answering machine detection mode|||false||
A|machineDetectionTimeout|integer:3:60|seconds to try answering machine detection|30||false||
A|machineDetectionSpeechThreshold|integer:1000:6000|longest speech in milliseconds still taken as a human|2400||false||
A|machineDetectionSpeechEndThreshold|integer:500:5000|milliseconds of silence that end the speech activity|1200||false||
A|machineDetectionSilenceTimeout|integer:2000:10000|milliseconds of initial silence before an unknown result|5000||false||
A|amdStatusCallback|url:http,https|URL that receives the answering machine detection result|||false||
A|amdStatusCallbackMethod|method|HTTP method for the AMD status callback|POST||false||
E|Number|noun|phone number to dial|Dial||required|phone||false|||false|false|133,134,135,3,4,5,6,136,137,138,139,140,141,142|https://www.twilio.com/docs/voice/twiml/number,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/dial,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd
A|name|string|name of the custom parameter|||false||
A|value|string|value of the custom parameter|||false||
E|Parameter|noun|custom name/value pair passed to the parent service|Stream,Siprec,Transcription,Client,Application,ConversationRelay,Assistant,VirtualAgent,Pay,Hangup,Reject||none|||false|||false|false|143,144|https://www.twilio.com/docs/voice/twiml/stream#custom-parameters,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/stream,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/pay,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/siprec
A|length|integer:1:|seconds of silence|1||false||
E|Pause|verb|waits silently for a number of seconds|Response,Gather,Prompt||none|||false|||false|false|145|https://www.twilio.com/docs/voice/twiml/pause,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/pause,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd
A|input|enum:dtmf|input type accepted|dtmf||false||
A|action|url:http,https|URL requested when the payment ends|||false||
A|statusCallback|url:http,https|URL that receives payment progress callbacks|||false||
A|paymentMethod|enum:credit-card,ach-debit|payment method to collect|credit-card||false||
A|bankAccountType|enum:consumer-checking,consumer-savings,commercial-checking,commercial-savings|bank account type for ACH payments|consumer-checking||false||
A|timeout|integer:1:|seconds to wait for each input|5||false||
A|maxAttempts|integer:1:3|attempts allowed for each input|||false||
A|securityCode|boolean|whether the security code is requested|true||false||
A|postalCode|string|whether the postal code is requested (true, false or a fixed postal code)|true||false||
A|minPostalCodeLength|integer:1:|minimum length of the postal code|||false||
A|paymentConnector|string|name of the Pay Connector|Default||false||
A|tokenType|enum:one-time,reusable,payment-method|type of token to create|reusable||false||
A|chargeAmount|number:0.0:1000000.0|amount to charge; 0 or omitted tokenizes|||false||
A|currency|string|currency of the charge|usd||false||
A|language|language|language of the payment prompts|en-US||false||
A|description|string|description of the payment|||false||
A|validCardTypes|tokens:visa,mastercard,amex,maestro,discover,optima,jcb,diners-club,enroute|card types accepted|visa mastercard amex||false||
E|Pay|verb|collects payment details and charges or tokenizes them|Response|Parameter,Prompt|none|||false|||false|false|146,147,148,6,149,150,151,152,153,154,155,156,157,158,159,160,161,162|https://www.twilio.com/docs/voice/twiml/pay,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/pay
A|loop|integer:0:|times to repeat the audio; 0 repeats until the call ends|1||false||
A|digits|dtmf|DTMF tones to play instead of an audio file|||false||
E|Play|verb|plays an audio file (or DTMF tones) to the caller|Response,Gather,Prompt||optional|url:http,https||false|||false|false|163,164|https://www.twilio.com/docs/voice/twiml/play,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/play,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd
A|for|enum:payment-card-number,expiration-date,security-code,postal-code,payment-processing,bank-account-number,bank-routing-number|payment step the prompt is for|||false||
A|errorType|tokens:timeout,invalid-card-number,invalid-card-type,invalid-date,invalid-security-code,internal-error,input-matching-failed,invalid-bank-routing-number,invalid-bank-account-number|errors after which the prompt is played|||false||
A|cardType|tokens:visa,mastercard,amex,maestro,discover,optima,jcb,diners-club,enroute|card types the prompt is for|||false||
A|attempt|string|space-separated attempt numbers the prompt is for|||false||
A|requireMatchingInputs|boolean|whether the input must be entered twice|||false||
E|Prompt|noun|custom prompt for one step of Pay|Pay|Pause,Play,Say|none|||false|||false|false|165,166,167,168,169|https://www.twilio.com/docs/voice/twiml/pay,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/pay,https://www.twilio.com/docs/voice/twiml/pay/prompt,https://github.com/twilio/twilio-python/blob/main/twilio/twiml/voice_response.py,https://github.com/TwilioDevEd/api-snippets/blob/master/twiml/voice/pay/prompt/full-example-ach/output/full-example-ach.xml
A|url|url:http,https|document run on the dequeued caller before the calls are connected|||false||
A|reservationSid|string|SID of the TaskRouter Reservation|||false||
A|postWorkActivitySid|string|SID of the TaskRouter Activity set after the call|||false||
E|Queue|noun|call queue whose first caller is connected|Dial||required|string||false|||false|false|170,3,171,172|https://www.twilio.com/docs/voice/twiml/queue,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/dial,https://github.com/twilio/twilio-python/blob/main/twilio/twiml/voice_response.py
A|action|url:http,https|URL requested when the recording ends|||false||
A|timeout|integer:0:|seconds of silence that end the recording; 0 disables the silence stop|5|13611|false||
A|finishOnKey|keys:0123456789*#|keys that end the recording|1234567890*#|13613|false||
A|maxLength|integer:2:86400|maximum length of the recording in seconds|3600|13612|false|:14400|Twilio's <Record> page: up to 14400 seconds (4 hours); longer only on accounts enabled for 24-hour calls (86400 s)
A|playBeep|boolean|whether a beep is played before recording starts|true||false||
A|trim|enum:trim-silence,do-not-trim|whether leading and trailing silence is trimmed|trim-silence||false||
A|transcribe|boolean|whether the recording is transcribed|false||false||
A|transcribeCallback|url:http,https|URL that receives the transcription|||false||
E|Record|verb|records the caller and posts the recording URL to action|Response||none|||true|||true|true|173,55,174,175,176,177,178,47,48,49,179,180,51|https://www.twilio.com/docs/voice/twiml/record,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://www.twilio.com/docs/api/errors/13256,https://www.twilio.com/docs/api/errors/13621,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/record,https://developer.signalwire.com/compatibility-api/cxml/voice/record,https://github.com/2600hz/kazoo/blob/master/applications/pivot/doc/twiml.md,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd,https://docs.ytel.com/docs/record,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/record.go
A|name|string|unique name of the recording, used to stop it|||false||
A|track|enum:inbound,outbound,both|audio track to record|both||false||
A|channels|enum:mono,dual|number of channels in the recording|dual||false||
E|Recording|noun|background call recording started with Start|Start,Stop||none|||false|||false|true|181,47,48,49,178,182,183,51|https://www.twilio.com/docs/voice/twiml/recording,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/recording
A|method|method|HTTP method for the redirect URL|POST||false||
E|Redirect|verb|transfers control to the document at another URL|Response||required|url:http,https||true|||false|false|184|https://www.twilio.com/docs/voice/twiml/redirect,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/redirect,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd
A|action|url:http,https|URL requested when the refer ends|||false||
E|Refer|verb|transfers the call with a SIP REFER|Response|Sip|none|||false|||false|false|185,55|https://www.twilio.com/docs/voice/twiml/refer,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/refer
A|reason|enum:rejected,busy|tone that tells the caller why the call was rejected|rejected||false||
E|Reject|verb|rejects the call without answering it|Response|Parameter|none|||true|||false|false|186|https://www.twilio.com/docs/voice/twiml/reject,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/reject,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd
E|Response|root|the root element of every voice document||Connect,Dial,Echo,Enqueue,Gather,Hangup,Leave,Pause,Pay,Play,Record,Redirect,Refer,Reject,Say,Sms,Start,Stop|none|||false|||false|false||https://www.twilio.com/docs/voice/twiml/,https://developers.telnyx.com/docs/voice/programmable-voice/texml-fundamentals,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd
A|participantIdentity|string|identity of the participant in the room|||false||
E|Room|noun|Programmable Video room to join|Connect||required|string||false|||false|false|187|https://www.twilio.com/docs/voice/twiml/connect/room,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-twiml-compatibility
A|voice|string|text-to-speech voice (man, woman, alice or a provider voice such as Polly.Joanna)|man||false||
A|language|language|language and locale of the spoken text|en-US||false||
A|loop|integer:0:|times to repeat the text; 0 repeats until the call ends|1||false||
E|Say|verb|speaks text to the caller with text-to-speech|Response,Gather,Prompt|amazon:domain,amazon:effect,break,emphasis,lang,p,phoneme,prosody,s,say-as,sub,w|mixed|string||false|||false|false|188,189,190|https://www.twilio.com/docs/voice/twiml/say,https://www.twilio.com/docs/voice/twiml/say/text-speech,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/say,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd
E|Sim|noun|Twilio Programmable Wireless SIM to dial|Dial||required|string||false|||false|false||https://www.twilio.com/docs/voice/twiml/sim,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts
A|username|string|user name for SIP authentication|||false||
A|password|string|password for SIP authentication|||false||
E|Sip|noun|SIP endpoint to dial or refer to|Dial,Refer|Headers,Uri|optional|sip-uri|13243|false|||false|false|191,192,135,3,4,5,6,136,137,138,139,140,141,142|https://www.twilio.com/docs/voice/twiml/sip,https://www.twilio.com/docs/voice/twiml/refer,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/dial,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/refer,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd,https://github.com/twilio/twilio-python/blob/main/twilio/twiml/voice_response.py,https://github.com/TwilioDevEd/api-snippets/blob/master/twiml/voice/sip/sip-6/output/sip-6.twiml,https://www.twilio.com/docs/api/errors/13243,https://www.twilio.com/docs/api/errors/32214
A|name|string|unique name of the session, used to stop it|||false||
A|connectorName|string|name of the SIPREC connector|||false||
A|track|enum:inbound_track,outbound_track,both_tracks|audio track sent to the recording server|both_tracks||false||
A|statusCallback|url:http,https|URL that receives SIPREC events|||false||
E|Siprec|noun|SIPREC session to a recording server|Start,Stop|Parameter|none|||false|||false|false|193,194,195,196,6|https://www.twilio.com/docs/voice/twiml/siprec,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/siprec
A|to|phone|number the message is sent to|||false||
A|from|phone|number the message is sent from|||false||
A|action|url:http,https|URL requested after the message is sent|||false||
A|statusCallback|url:http,https|URL that receives message status callbacks|||false||
E|Sms|verb|sends an SMS during a call (deprecated)|Response||required|string||false|||false|false|197,198,199,55,200|https://www.twilio.com/docs/voice/twiml/sms,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd
A|action|url:http,https|URL requested after the service has started|||false||
E|Start|verb|starts a background service (stream, recording, transcription) and continues at once|Response|Recording,Siprec,Stream,Transcription|none|||false|||false|false|201,55|https://www.twilio.com/docs/voice/twiml/stream,https://www.twilio.com/docs/voice/twiml/recording,https://www.twilio.com/docs/voice/twiml/transcription,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/start
E|Stop|verb|stops a background service started with Start|Response|Recording,Siprec,Stream,Transcription|none|||false|||false|false||https://www.twilio.com/docs/voice/twiml/stream#stop-a-stream,https://www.twilio.com/docs/voice/twiml/recording#stop-a-recording,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/stop
A|name|string|unique name of the stream, used to stop it|||false||
A|connectorName|string|name of the Stream Connector|||false||
A|track|enum:inbound_track,outbound_track,both_tracks|audio track to stream|inbound_track||false||
A|statusCallback|url:http,https|URL that receives stream events|||false||
A|audioFormat|string|audio format of the stream|||false||
A|sampleRate|string|sample rate for an HD codec|||false||
E|Stream|noun|media stream of the call audio to a WebSocket|Start,Stop,Connect|Parameter|none|||false|||false|false|65,202,203,204,205,6,206,207|https://www.twilio.com/docs/voice/twiml/stream,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://www.twilio.com/docs/api/errors/31941,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/stream,https://github.com/twilio/twilio-python/blob/main/twilio/twiml/voice_response.py
A|priority|integer:0:|priority of the task|||false||
A|timeout|integer:1:|seconds before the task is canceled|||false||
E|Task|noun|TaskRouter task attributes (JSON) for the enqueued call|Enqueue||required|string||false|||false|false|208,209|https://www.twilio.com/docs/voice/twiml/enqueue,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts
A|name|string|unique name of the transcription, used to stop it|||false||
A|statusCallbackUrl|url:http,https|URL that receives transcription events|||false||
A|languageCode|language|language of the transcription|en-US||false||
A|track|enum:inbound_track,outbound_track,both_tracks|audio track to transcribe|both_tracks||false||
A|inboundTrackLabel|string|label of the inbound track|||false||
A|outboundTrackLabel|string|label of the outbound track|||false||
A|transcriptionEngine|string|speech-to-text provider|google||false||
A|speechModel|string|speech model of the provider|telephony||false||
A|enableProviderData|boolean|whether provider data is included in events|false||false||
A|profanityFilter|boolean|whether profanity is filtered out|true||false||
A|partialResults|boolean|whether partial results are sent|false||false||
A|hints|string|expected phrases or keywords, comma separated|||false||
A|enableAutomaticPunctuation|boolean|whether punctuation is added automatically|true||false||
A|intelligenceService|string|SID or unique name of the Intelligence Service|||false||
A|conversationConfiguration|string|ID of the Conversation Orchestrator configuration|||false||
A|conversationId|string|ID of the Conversation Orchestrator conversation|||false||
E|Transcription|noun|real-time transcription of the call|Start,Stop|Config,Parameter|none|||false|||false|false|210,211,6,212,213,214,215,216,217,218,219,220,221,222,223,224,225|https://www.twilio.com/docs/voice/twiml/transcription,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/transcription,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/stop
A|priority|integer:0:|priority of this SIP URI (tried in priority order)|10||false||
A|weight|integer:0:|weight of this SIP URI among those of the same priority|10||false||
E|Uri|noun|one SIP URI of a <Sip>, tried in priority order|Sip||required|sip-uri|13243|false|||false|false|226,227,191,192|https://github.com/twilio/twilio-python/blob/main/twilio/twiml/voice_response.py,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://www.twilio.com/docs/api/errors/13243,https://www.twilio.com/docs/sip-trunking/api/origination-urls
A|connectorName|string|name of the Dialogflow connector|||false||
A|language|language|language of the conversation|||false||
A|sentimentAnalysis|boolean|whether sentiment analysis is enabled|||false||
A|statusCallback|url:http,https|URL that receives virtual agent events|||false||
E|VirtualAgent|noun|Dialogflow CX virtual agent to connect to|Connect|Config,Parameter|none|||false|||false|false|228,229,230,231,6|https://www.twilio.com/docs/voice/twiml/connect/virtualagent,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-twiml-compatibility
E|WhatsApp|noun|WhatsApp user to dial|Dial||required|phone||false|||false|false|135,3,4,5,6|https://www.twilio.com/docs/voice/twiml/whatsapp,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts
A|name|enum:news,conversational|speaking style|||false||
E|amazon:domain|ssml|Amazon Polly speaking style|Say,lang,p,prosody,s,amazon:effect|amazon:effect,break,emphasis,lang,p,phoneme,prosody,s,say-as,sub,w|mixed|string||false|||false|false|232|https://www.twilio.com/docs/voice/twiml/say#ssml,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html
A|name|enum:drc,whispered|effect applied to the speech|||false||
A|phonation|enum:soft|phonation of the speech|||false||
A|vocal-tract-length|string|vocal tract length change, e.g. +15%|||false||
E|amazon:effect|ssml|Amazon Polly voice effect|Say,lang,p,prosody,s,amazon:domain|amazon:domain,break,emphasis,lang,p,phoneme,prosody,s,say-as,sub,w|mixed|string||false|||false|false|233,234,235|https://www.twilio.com/docs/voice/twiml/say#ssml,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html
A|strength|enum:none,x-weak,weak,medium,strong,x-strong|length of the pause by strength|medium||false||
A|time|string|length of the pause, e.g. 500ms or 2s|||false||
E|break|ssml|pause in the spoken text|Say,emphasis,lang,p,prosody,s,w,amazon:effect,amazon:domain||none|||false|||false|false|236,237|https://www.twilio.com/docs/voice/twiml/say#ssml,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html
A|level|enum:strong,moderate,reduced|degree of emphasis|moderate||false||
E|emphasis|ssml|emphasized words|Say,emphasis,lang,p,prosody,s,w,amazon:effect,amazon:domain|break,emphasis,lang,phoneme,prosody,say-as,sub,w|mixed|string||false|||false|false|238|https://www.twilio.com/docs/voice/twiml/say#ssml,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html
A|xml:lang|language|language of the enclosed words|||false||
E|lang|ssml|words in another language|Say,emphasis,lang,p,prosody,s,amazon:effect,amazon:domain|amazon:domain,amazon:effect,break,emphasis,lang,p,phoneme,prosody,s,say-as,sub,w|mixed|string||false|||false|false|239|https://www.twilio.com/docs/voice/twiml/say#ssml,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html
E|p|ssml|paragraph|Say,lang,prosody,amazon:effect,amazon:domain|amazon:domain,amazon:effect,break,emphasis,lang,phoneme,prosody,s,say-as,sub,w|mixed|string||false|||false|false||https://www.twilio.com/docs/voice/twiml/say#ssml,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html
A|alphabet|enum:ipa,x-sampa,x-amazon-jyutping,x-amazon-pinyin,x-amazon-pron-kana,x-amazon-yomigana|phonetic alphabet|||false||
A|ph|string|phonetic symbols of the pronunciation|||false||
E|phoneme|ssml|phonetic pronunciation|Say,emphasis,lang,p,prosody,s,w,amazon:effect,amazon:domain||mixed|string||false|||false|false|240,241|https://www.twilio.com/docs/voice/twiml/say#ssml,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html
A|volume|string|volume: silent, x-soft, soft, medium, loud, x-loud, default or +/-ndB|||false||
A|rate|string|speaking rate: x-slow, slow, medium, fast, x-fast or n%|||false||
A|pitch|string|pitch: x-low, low, medium, high, x-high, default or +/-n%|||false||
E|prosody|ssml|volume, rate and pitch of the speech|Say,emphasis,lang,p,prosody,s,w,amazon:effect,amazon:domain|amazon:domain,amazon:effect,break,emphasis,lang,p,phoneme,prosody,s,say-as,sub,w|mixed|string||false|||false|false|242,243,244|https://www.twilio.com/docs/voice/twiml/say#ssml,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html
E|s|ssml|sentence|Say,lang,p,prosody,amazon:effect,amazon:domain|amazon:domain,amazon:effect,break,emphasis,lang,phoneme,prosody,say-as,sub,w|mixed|string||false|||false|false||https://www.twilio.com/docs/voice/twiml/say#ssml,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html
A|interpret-as|enum:characters,spell-out,cardinal,number,ordinal,digits,fraction,unit,date,time,address,expletive,telephone|kind of the enclosed words|||false||
A|format|enum:mdy,dmy,ymd,md,dm,ym,my,d,m,y,yyyymmdd|date format when interpret-as is date|||false||
E|say-as|ssml|how a special kind of word is spoken|Say,emphasis,lang,p,prosody,s,w,amazon:effect,amazon:domain||mixed|string||false|||false|false|245,246|https://www.twilio.com/docs/voice/twiml/say#ssml,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html
A|alias|string|text spoken instead of the enclosed text|||false||
E|sub|ssml|substituted pronunciation of an acronym or abbreviation|Say,emphasis,lang,p,prosody,s,w,amazon:effect,amazon:domain||mixed|string||false|||false|false|247|https://www.twilio.com/docs/voice/twiml/say#ssml,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html
A|role|enum:amazon:VB,amazon:VBD,amazon:DT,amazon:IN,amazon:JJ,amazon:NN,amazon:SENSE_1|part of speech or sense of the word|||false||
E|w|ssml|word with a part of speech|Say,emphasis,lang,p,prosody,s,amazon:effect,amazon:domain|break,emphasis,phoneme,prosody,say-as,sub|mixed|string||false|||false|false|248|https://www.twilio.com/docs/voice/twiml/say#ssml,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html
A|id|string|ID of the AI assistant|||false||
A|join|string|ID of an existing assistant conversation to join|||false||
A|participantName|string|display name of the joining participant|||false||
A|participantRole|enum:user,assistant|role of the joining participant|user||false||
E|AIAssistant|noun|starts a Telnyx AI assistant on the call|Connect||none|||false|||false|false|249,250,251,252|https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/aiassistant,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/connect
A|action|url:http,https|URL requested with the gathered result|||false||
E|AIGather|verb|gathers structured information from the caller with an AI assistant|Response|Greeting,MessageHistory,Parameters,Tools,Voice|none|||false|||false|false|253,55|https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/aigather,https://developers.telnyx.com/docs/voice/programmable-voice/texml-twiml-compatibility
A|maxParticipants|integer:2:250|maximum number of participants|250||false||
A|statusCallbackEvent|tokens:start,end,join,leave,speaker|conference events that trigger the status callback|||false||
A|recordBeep|boolean|whether a beep is played when the recording starts|true||false||
A|recordingTimeout|integer:0:14400|seconds of silence after speech that stop the recording; 0 = never|0||false||
A|sendRecordingUrl|boolean|whether the recording URL is sent in callbacks|true||false||
E|Conference|noun|conference room to join|Dial||required|string||false|||false|true|31,32,33,34,35,37,38,254,40,92,255,45,6,47,48,49,256,257,258|https://www.twilio.com/docs/voice/twiml/conference,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/conference,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd
E|Connect|verb|connects the call to a service and waits until it ends|Response|AIAssistant,ConversationRelay,Stream|none|||false|||false|false|54,55|https://www.twilio.com/docs/voice/twiml/connect,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/connect,https://github.com/twilio/twilio-python/blob/main/twilio/twiml/voice_response.py
E|ConversationRelay|noun|connects the call to a WebSocket conversation service|Connect|Language,Parameter|none|||false|||false|false|65,10,14,15,18,19,21,22|https://www.twilio.com/docs/voice/twiml/connect/conversationrelay,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/conversationrelay,https://www.twilio.com/docs/voice/conversationrelay/turn-detection,https://github.com/twilio/twilio-python/blob/main/twilio/twiml/voice_response.py
A|callerId|phone|caller ID presented to the called party|||false||
A|fromDisplayName|string:128|caller ID name (SIP From display name)|||false||
A|record|enum:do-not-record,record-from-answer,record-from-ringing,record-from-answer-dual,record-from-ringing-dual|whether and when the dialed call is recorded|do-not-record|13217|false||
A|recordingChannels|enum:single,dual|number of channels in the recording|single||false||
A|recordMaxLength|integer:0:14400|maximum length of the recording in seconds; 0 = unlimited|0||false||
A|ringTone|enum:at,au,bg,br,be,ch,cl,cn,cz,de,dk,ee,es,fi,fr,gr,hu,il,in,it,lt,jp,mx,my,nl,no,nz,ph,pl,pt,ru,se,sg,th,uk,us,us-old,tw,ve,za|country ringback tone played to the caller|us||false||
A|audioUrl|url:http,https|audio file played as custom ringback|||false||
A|timeLimit|integer:60:14400|maximum duration of the dialed call in seconds|14400||false||
A|timeout|integer:5:120|seconds to wait for the called party to answer|30||false||
A|passDiversionHeader|boolean|whether the inbound Diversion SIP header is passed on|false||false||
A|machineDetectionSpeechThreshold|integer:0:|longest greeting in milliseconds before a machine is assumed|||false||
A|machineDetectionSpeechEndThreshold|integer:0:|milliseconds of silence after a greeting before a machine is assumed|||false||
A|machineDetectionSilenceTimeout|integer:0:|milliseconds of initial silence before the call is classified|||false||
E|Dial|verb|connects the caller to another party|Response|Conference,Number,Queue,Sip|optional|phone||false|action||false|true|84,55,85,259,260,89,261,47,48,49,91,92,262,263,258,264,265,266,267,98,268,269,270,271|https://www.twilio.com/docs/voice/twiml/dial,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://www.twilio.com/docs/api/errors/13217,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/dial,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd,https://github.com/twilio/twilio-python/blob/main/twilio/twiml/voice_response.py
A|maxWaitTimeSecs|integer:1:|maximum seconds a call can stay in the queue|14400||false||
E|Enqueue|verb|places the caller in a call queue|Response||optional|string||false|||false|false|100,55,101,102,272|https://www.twilio.com/docs/voice/twiml/enqueue,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://www.twilio.com/docs/api/errors/14207,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/enqueue
A|finishOnKey|keys:0123456789*#|key that ends the input|#||false||
A|profanityFilter|boolean|whether profanity is filtered out of speech results|||false||
A|timeout|integer:1:120|seconds to wait for input|5||false||
A|useEnhanced|boolean|whether enhanced transcription is used|||false||
A|keyterms|string|key terms for Deepgram Nova-3, comma separated|||false||
A|smartFormat|boolean|whether Deepgram smart formatting is applied|true||false||
A|transcriptionEngine|enum:Google,Telnyx,Azure,Deepgram,xAI,AssemblyAI,Soniox,Speechmatics,Parakeet,Humain,Reson8,Cohere|speech recognition engine|||false||
A|model|string|speech recognition model as vendor/model-name|||false||
A|apiKeyRef|string|reference to the API key of the speech engine|||false||
A|region|string|region of the speech engine (required for Azure)|||false||
A|validDigits|keys:0123456789*#|digits accepted as valid input|||false||
A|invalidDigitsAction|url:http,https|URL requested with invalid gathered digits|||false||
A|minDigits|integer:1:128|minimum number of digits to gather|1||false||
A|maxDigits|integer:1:128|maximum number of digits to gather|128||false||
E|Gather|verb|collects digits or speech from the caller and posts them to action|Response|Play,Say|none|||false|||false|false|105,273,111,112,113,115,116,117,274,120,275,276,277,278,279,280,281,282,283,284,285,286|https://www.twilio.com/docs/voice/twiml/gather,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://www.twilio.com/docs/api/errors/13327,https://www.twilio.com/docs/api/errors/13328,https://www.twilio.com/docs/api/errors/13332,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/gather,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd
E|Greeting|noun|text read to the caller when the AI gather starts|AIGather||optional|string||false|||false|false||https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/aigather
E|Hangup|verb|ends the call|Response||none|||true|||false|false||https://www.twilio.com/docs/voice/twiml/hangup,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/hangup,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd
E|Language|noun|per-language voice and speech settings|ConversationRelay||none|||false|||false|false|124,125,126,127,128|https://www.twilio.com/docs/voice/twiml/connect/conversationrelay,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/conversationrelay,https://github.com/twilio/twilio-python/blob/main/twilio/twiml/voice_response.py
A|role|enum:user,assistant|author of the message|||false||
E|Message|noun|one message of the AI gather history|MessageHistory||required|string||false|||false|false|287|https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/aigather
E|MessageHistory|noun|messages the AI gather assistant should be aware of|AIGather|Message|none|||false|||false|false||https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/aigather
A|sendDigits|dtmf|DTMF tones played when the call is answered|||false||
A|statusCallbackEvent|tokens:initiated,ringing,answered,amd,dtmf,completed|call progress events that trigger the status callback|completed||false||
A|machineDetection|enum:Enable,DetectMessageEnd,Disable|answering machine detection mode|Disable||false||
A|machineDetectionTimeout|integer:500:60000|milliseconds to try answering machine detection|3500||false||
A|detectionMode|enum:Regular,Premium,PremiumCallScreening|answering machine detection mode|Regular||false||
A|machineDetectionPromptEndTimeout|integer:1000:120000|milliseconds of silence after a call screening prompt|||false||
A|sipRegion|enum:US,Europe,Canada,Australia,Middle East|region of the SIP infrastructure used to dial|US||false||
E|Number|noun|phone number to dial|Dial||required|phone||false|||false|false|288,135,3,289,5,6,290,291,141,142,292,293,294|https://www.twilio.com/docs/voice/twiml/number,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/dial,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd
E|Parameter|noun|custom name/value pair passed to the parent service|Stream,Siprec,Pay,ConversationRelay||none|||false|||false|false|143,144|https://www.twilio.com/docs/voice/twiml/stream#custom-parameters,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/stream,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/pay,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/siprec
E|Parameters|noun|JSON Schema of the parameters to gather|AIGather||required|string||false|||false|false||https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/aigather
A|length|integer:1:180|seconds of silence|1||false||
E|Pause|verb|waits silently for a number of seconds|Response||none|||false|||false|false|295|https://www.twilio.com/docs/voice/twiml/pause,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/pause,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd
A|timeout|integer:1:600|seconds to wait for each input|5||false||
A|interDigitTimeout|integer:1:600|seconds allowed between digits|5||false||
A|maxAttempts|integer:1:3|attempts allowed for each input|1||false||
A|currency|enum:USD|currency of the charge|USD||false||
A|paymentToken|string|existing payment token; skips data collection|||false||
A|transactionType|enum:charge,tokenize|whether the payment is charged or tokenized|||false||
A|voice|string|voice of the payment prompts|female||false||
A|serviceLevel|enum:premium|service level of payment processing|premium||false||
A|parameters|string|extra connector parameters as a JSON object|||false||
A|prompts|string|custom prompts as a JSON object|||false||
A|metadata|string|metadata attached to the transaction as a JSON object|||false||
E|Pay|verb|collects payment details and charges or tokenizes them|Response|Parameter,Prompt|none|||false|||false|false|147,55,148,6,149,296,297,298,156,158,299,160,161,300,301,302,303,304,305,306|https://www.twilio.com/docs/voice/twiml/pay,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/pay
A|mediaStorage|boolean|whether the text is a Telnyx media storage name instead of a URL|false||false||
A|failoverUrl|url:http,https|backup audio source played when the primary one fails|||false||
A|continueOnError|boolean|whether a playback failure continues with the next verb instead of aborting|false||false||
A|ringTone|enum:at,au,bg,br,be,ch,cl,cn,cz,de,dk,ee,es,fi,fr,gr,hu,il,in,it,lt,jp,mx,my,nl,no,nz,ph,pl,pt,ru,se,sg,th,uk,us,us-old,tw,ve,za|country ringback tone to play instead of an audio file|||false||
E|Play|verb|plays an audio file (or DTMF tones) to the caller|Response,Gather||optional|url:http,https||false|||false|false|163,164,307,308,309,310|https://www.twilio.com/docs/voice/twiml/play,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/play,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd
A|for|enum:payment-card-number,expiration-date,postal-code,security-code,bank-routing-number,bank-account-number|payment step the prompt is for|||false||
A|errorType|tokens:timeout,invalid-card-number,invalid-date,invalid-security-code,invalid-postal-code,invalid-bank-routing-number,invalid-bank-account-number|errors after which the prompt is played|||false||
E|Prompt|noun|custom prompt for one step of Pay|Pay|Say|none|||false|||false|false|311,312,167,168|https://www.twilio.com/docs/voice/twiml/pay,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/pay,https://www.twilio.com/docs/voice/twiml/pay/prompt,https://github.com/twilio/twilio-python/blob/main/twilio/twiml/voice_response.py,https://github.com/TwilioDevEd/api-snippets/blob/master/twiml/voice/pay/prompt/full-example-ach/output/full-example-ach.xml
E|Queue|noun|call queue whose first caller is connected|Dial||required|string||false|||false|false|170,3|https://www.twilio.com/docs/voice/twiml/queue,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/dial,https://github.com/twilio/twilio-python/blob/main/twilio/twiml/voice_response.py
A|timeout|integer:0:|seconds of silence after speech that end the recording; 0 = never|0||false||
A|finishOnKey|keys:0123456789*#|keys that end the recording|1234567890*#||false||
A|maxLength|integer:0:14400|maximum length of the recording in seconds; 0 = unlimited|3600||false||
A|trim|enum:trim-silence|whether leading and trailing silence is trimmed|||false||
A|channels|enum:single,dual|number of channels in the recording file|dual||false||
A|format|enum:mp3,wav|file format of the recording|mp3||false||
A|recordingStatusCallbackEvent|tokens:in-progress,completed|recording events that trigger the recording status callback|completed|13621|false||
A|transcription|boolean|whether the recording is transcribed|false||false||
A|transcriptionCallback|url:http,https|URL that receives the transcription|||false||
A|transcriptionEngine|enum:A,B,Deepgram,deepgram|transcription engine (A = Google, B = Telnyx)|A||false||
A|transcriptionModel|string|transcription model as vendor/model-name|||false||
A|transcriptionLanguage|language|language of the transcription|en-US||false||
E|Record|verb|records the caller and posts the recording URL to action|Response||none|||true|||false|true|173,55,313,314,315,177,316,317,318,47,48,319,320,321,322,323,324|https://www.twilio.com/docs/voice/twiml/record,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://www.twilio.com/docs/api/errors/13256,https://www.twilio.com/docs/api/errors/13621,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/record,https://developer.signalwire.com/compatibility-api/cxml/voice/record,https://github.com/2600hz/kazoo/blob/master/applications/pivot/doc/twiml.md,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd,https://docs.ytel.com/docs/record,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/record.go
A|channels|enum:mono,single,dual|number of channels in the recording|dual||false||
E|Recording|noun|background call recording started with Start|Start,Stop||none|||false|||false|true|181,47,48,49,316,182,325,318|https://www.twilio.com/docs/voice/twiml/recording,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/recording
E|Reject|verb|rejects the call without answering it|Response||none|||true|||false|false|186|https://www.twilio.com/docs/voice/twiml/reject,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/reject,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd
E|Response|root|the root element of every voice document||AIGather,Connect,Dial,Enqueue,Gather,Hangup,Leave,Pause,Pay,Play,Record,Redirect,Refer,Reject,Say,Start,Stop|none|||false|||false|false||https://www.twilio.com/docs/voice/twiml/,https://developers.telnyx.com/docs/voice/programmable-voice/texml-fundamentals,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd
A|language|language|language and locale of the spoken text|||false||
A|loop|integer:0:10|times to repeat the text; 0 repeats until the call ends|1||false||
A|gender|enum:Male,Female|voice gender for Azure voices|||false||
A|effect|enum:eq_telecomhp8k,eq_car|audio effect for Azure voices|||false||
A|voiceSpeed|number:0.1:2.0|speech rate of the voice|1||false||
A|api_key_ref|string|reference to the stored API key of the text-to-speech provider|||false||
A|region|string|cloud region of the text-to-speech provider|||false||
A|pronunciationDictId|string|UUID of the pronunciation dictionary to apply|||false||
A|languageBoost|string|language hint for Telnyx Qwen3TTS voices|||false||
E|Say|verb|speaks text to the caller with text-to-speech|Response,Gather,Prompt||required|string||false|||false|false|188,326,327,328,329,330,331,332,333,334|https://www.twilio.com/docs/voice/twiml/say,https://www.twilio.com/docs/voice/twiml/say/text-speech,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/say,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd
E|Sip|noun|SIP endpoint to dial or refer to|Dial,Refer||required|sip-uri||false|||false|false|191,192,135,3,289,5,6,290,291,141,142,292,293,294|https://www.twilio.com/docs/voice/twiml/sip,https://www.twilio.com/docs/voice/twiml/refer,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/dial,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/refer,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd,https://github.com/twilio/twilio-python/blob/main/twilio/twiml/voice_response.py,https://github.com/TwilioDevEd/api-snippets/blob/master/twiml/voice/sip/sip-6/output/sip-6.twiml,https://www.twilio.com/docs/api/errors/13243,https://www.twilio.com/docs/api/errors/32214
A|includeMetadataCustomHeaders|boolean|whether custom parameters go into metadata instead of SIP headers|false||false||
A|secure|boolean|whether media is encrypted with SRTP and TLS|false||false||
A|sessionTimeoutSecs|integer:0:14440|session expiry in seconds sent as Session-Expires (90 or more; 0 disables)|1800||false||
E|Siprec|noun|SIPREC session to a recording server|Start,Stop|Parameter|none|||false|||false|false|193,194,195,196,6,335,336,337|https://www.twilio.com/docs/voice/twiml/siprec,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/siprec
E|Start|verb|starts a background service (stream, recording, transcription) and continues at once|Response|Recording,Siprec,Stream,Suppression,Transcription|none|||false|||false|false||https://www.twilio.com/docs/voice/twiml/stream,https://www.twilio.com/docs/voice/twiml/recording,https://www.twilio.com/docs/voice/twiml/transcription,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/start
E|Stop|verb|stops a background service started with Start|Response|Recording,Siprec,Stream,Suppression,Transcription|none|||false|||false|false||https://www.twilio.com/docs/voice/twiml/stream#stop-a-stream,https://www.twilio.com/docs/voice/twiml/recording#stop-a-recording,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/stop
A|codec|enum:PCMU,PCMA,G722,OPUS,AMR-WB,default|codec of the streamed audio|default||false||
A|bidirectionalMode|enum:mp3,rtp|bidirectional streaming mode|mp3||false||
A|bidirectionalCodec|enum:PCMU,PCMA,G722,OPUS,AMR-WB|bidirectional streaming codec (rtp mode)|PCMU||false||
A|bidirectionalSamplingRate|enum:8000,16000,24000|bidirectional sampling rate in Hz|8000||false||
A|enableReconnect|boolean|whether a dropped WebSocket is reconnected|true||false||
E|Stream|noun|media stream of the call audio to a WebSocket|Start,Stop,Connect|Parameter|none|||false|||false|false|65,202,204,205,6,338,339,340,341,342|https://www.twilio.com/docs/voice/twiml/stream,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://www.twilio.com/docs/api/errors/31941,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/stream,https://github.com/twilio/twilio-python/blob/main/twilio/twiml/voice_response.py
A|direction|enum:inbound,outbound,both|side of the audio that is denoised|inbound||false||
A|noiseSuppressionEngine|enum:Denoiser,DeepFilterNet,Krisp,AiCoustics|noise suppression engine|Denoiser||false||
A|model|string|model of the Krisp engine|||false||
A|suppressionLevel|number:0.0:100.0|suppression intensity of the Krisp engine|||false||
A|family|enum:sparrow,quail|model family of the AiCoustics engine|||false||
A|size|string|model size of the AiCoustics engine (s, l, vf)|||false||
A|enhancementLevel|number:0.0:1.0|enhancement intensity of the AiCoustics engine|0.8||false||
E|Suppression|noun|noise suppression on the call audio|Start,Stop||none|||false|||false|false|343,344,345,346,347,348,349|https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/suppression,https://developers.telnyx.com/docs/voice/programmable-voice/texml-twiml-compatibility
E|Tool|noun|JSON definition of one AI assistant tool|Tools||required|string||false|||false|false||https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/aigather
E|Tools|noun|tools available to the AI gather assistant|AIGather|Tool|none|||false|||false|false||https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/aigather
A|transcriptionEngine|enum:Google,Telnyx,Deepgram,Azure,xAI,AssemblyAI,Soniox,Speechmatics,Parakeet,Humain,Reson8,Cohere,A,B|speech-to-text engine|Google||false||
A|language|language|language of the transcription|en||false||
A|interimResults|boolean|whether interim results are sent|false||false||
A|transcriptionTracks|enum:inbound,outbound,both|call leg to transcribe|inbound||false||
A|transcriptionCallback|url:http,https|URL that receives transcription results|||false||
A|transcriptionCallbackMethod|method|HTTP method for the transcription callback|POST||false||
A|model|string|transcription model as vendor/model-name|||false||
A|apiKeyRef|string|reference to the API key of the engine|||false||
A|region|string|region of the engine (required for Azure)|||false||
E|Transcription|noun|real-time transcription of the call|Start,Stop||none|||false|||false|false|350,221,351,352,353,354,355,356,277,278,357,358|https://www.twilio.com/docs/voice/twiml/transcription,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/transcription,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/stop
A|name|string|voice of the assistant|Telnyx.NaturalHD.Astra||false||
A|api_key_ref|string|reference to the ElevenLabs API key|||false||
A|voice_speed|number:0.1:2.0|speed of the voice|1||false||
E|Voice|noun|voice used by the AI gather assistant|AIGather||none|||false|||false|false|359,360,361|https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/aigather
A|maxLength|integer:0:14400|maximum length of the recording in seconds; 0 = 3600|3600|13612|false||
A|storageUrl|url:http,https|absolute URL the recording file is sent to instead of the platform's storage|||false||
A|storageUrlMethod|enum:POST,PUT|HTTP method that sends the file to storageUrl|POST||false||
E|Record|verb|records the caller and posts the recording URL to action|Response||none|||true|||false|true|173,55,174,175,362,177,178,47,48,49,179,180,51,363,364|https://www.twilio.com/docs/voice/twiml/record,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://www.twilio.com/docs/api/errors/13256,https://www.twilio.com/docs/api/errors/13621,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/record,https://developer.signalwire.com/compatibility-api/cxml/voice/record,https://github.com/2600hz/kazoo/blob/master/applications/pivot/doc/twiml.md,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd,https://docs.ytel.com/docs/record,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/record.go
E|Sip|noun|SIP endpoint to dial or refer to|Dial,Refer|Headers,Uri|optional|sip-uri||false|||false|false|191,192,135,3,4,5,6,136,137,138,139,140,141,142|https://www.twilio.com/docs/voice/twiml/sip,https://www.twilio.com/docs/voice/twiml/refer,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/dial,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/refer,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd,https://github.com/twilio/twilio-python/blob/main/twilio/twiml/voice_response.py,https://github.com/TwilioDevEd/api-snippets/blob/master/twiml/voice/sip/sip-6/output/sip-6.twiml,https://www.twilio.com/docs/api/errors/13243,https://www.twilio.com/docs/api/errors/32214
E|Uri|noun|one SIP URI of a <Sip>, tried in priority order|Sip||required|sip-uri||false|||false|false|226,227,191,192|https://github.com/twilio/twilio-python/blob/main/twilio/twiml/voice_response.py,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://www.twilio.com/docs/api/errors/13243,https://www.twilio.com/docs/sip-trunking/api/origination-urls
A|record|enum:true,false|whether the bridged call is recorded (from the bridge)|false|13217|false||
E|Dial|verb|connects the caller to another party|Response|Application,Client,Conference,Number,Queue,Sim,Sip,WhatsApp|optional|phone||false|action||false|true|84,55,85,86,87,88,89,365,93,94,95,96,97,98,51,99|https://www.twilio.com/docs/voice/twiml/dial,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://www.twilio.com/docs/api/errors/13217,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/dial,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd,https://github.com/twilio/twilio-python/blob/main/twilio/twiml/voice_response.py
A|timeout|integer:0:3600|seconds of silence that end the recording; 0 disables the silence stop|5|13611|false||
A|maxLength|integer:1:3600|maximum length of the recording in seconds (Kazoo's ceiling: 3600)|3600|13612|false||
A|recordingUrl|url:http,https|URL the finished recording is stored at (sent with PUT)|||false||
E|Record|verb|records the caller and posts the recording URL to action|Response||none|||false|||true|true|173,55,366,175,367,177,368|https://www.twilio.com/docs/voice/twiml/record,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://www.twilio.com/docs/api/errors/13256,https://www.twilio.com/docs/api/errors/13621,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/record,https://developer.signalwire.com/compatibility-api/cxml/voice/record,https://github.com/2600hz/kazoo/blob/master/applications/pivot/doc/twiml.md,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd,https://docs.ytel.com/docs/record,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/record.go
E|Answer|verb|answers the call|Response||none|||false|||false|false||https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd
A|muted|spelled:true,True,TRUE,1;false,False,FALSE,0|whether the participant joins muted|false||false||
A|beep|enum:true,True,TRUE,1,false,False,FALSE,0|whether a beep is played as participants join and leave|true||false||
A|startConferenceOnEnter|spelled:true,True,TRUE,1;false,False,FALSE,0|whether the conference starts when this participant joins|true||false||
A|endConferenceOnExit|spelled:true,True,TRUE,1;false,False,FALSE,0|whether the conference ends when this participant leaves|false||false||
A|maxParticipants|integer:1:|maximum number of participants|40||false||
A|timeLimit|integer:1:|maximum time in the conference in seconds|14400||false||
A|waitUrl|url:http,https|audio or InboundXML played while waiting for the conference to start|||false||
A|waitMethod|method|HTTP method for waitUrl|POST||false||
A|hangupOnStar|string|whether the participant can leave by pressing star|||false||
A|callbackUrl|url:http,https|URL requested on conference events|||false||
A|callbackMethod|method|HTTP method for callbackUrl|POST||false||
A|method|method|HTTP method for the conference requests|POST||false||
A|waitSound|url:http,https|audio played while waiting|||false||
A|waitSoundMethod|method|HTTP method for waitSound|POST||false||
A|digitsMatch|string|keys that send a request to callbackUrl when pressed|||false||
A|stayAlone|spelled:true,True,TRUE,1;false,False,FALSE,0|whether the conference goes on with one participant|true||false||
A|record|enum:true,True,TRUE,1,false,False,FALSE,0|whether the conference is recorded (from the caller's entry)|false||false||
A|recordFileFormat|enum:mp3,wav|file format of the conference recording|mp3||false||
A|recordCallbackUrl|url:http,https|URL requested when the conference recording is ready|||false||
A|recordCallbackMethod|method|HTTP method for recordCallbackUrl|POST||false||
E|Conference|noun|conference room to join|Dial||required|string||false|||false|true|369,370,371,372,373,374,375,376,377,378,379,380,381,382,383,384,385,386,387,388|https://www.twilio.com/docs/voice/twiml/conference,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/conference,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd
A|timeout|integer:1:|seconds to wait for the called party to answer|30||false||
A|hangupOnStar|spelled:true,True,TRUE,1;false,False,FALSE,0|whether the caller can hang up on the called party with the star key|false||false||
A|timeLimit|integer:1:|maximum duration of the dialed call in seconds|14400||false||
A|callerId|string|caller ID shown to the called party|||false||
A|hideCallerId|spelled:true,True,TRUE,1;false,False,FALSE,0|whether the caller ID is hidden|false||false||
A|callerName|string|caller name shown to the called party|||false||
A|dialMusic|url:http,https|audio played to the caller while the call rings|||false||
A|callbackUrl|url:http,https|URL requested when the dialed call ends|||false||
A|confirmSound|string|sound the called party hears before being connected|||false||
A|straightToVm|string|whether (or after how many seconds) the call goes straight to voicemail|||false||
A|heartbeatUrl|url:http,https|URL requested periodically while the dialed call is up|||false||
A|heartbeatMethod|method|HTTP method for heartbeatUrl|POST||false||
A|forwardedFrom|string|number the call is forwarded from|||false||
A|record|enum:true,True,TRUE,1,false,False,FALSE,0|whether the dialed call is recorded (from the answer)|false||false||
A|recordDirection|enum:in,In,IN,out,Out,OUT,both,Both,BOTH|which audio of the dialed call is recorded: in, out or both|both||false||
A|recordCallbackUrl|url:http,https|URL requested when the dialed call's recording is ready|||false||
A|recordLifetime|integer:1:|days the recording is kept|||false||
A|recordFormat|enum:mp3,wav|file format of the dialed call's recording|mp3||false||
A|ifMachine|enum:continue,Continue,CONTINUE,hangup,Hangup,HANGUP,HangUp,redirect,Redirect,REDIRECT|what happens when a machine answers|||false||
A|ifMachineUrl|url:http,https|URL requested when a machine answers and ifMachine is redirect|||false||
A|ifMachineMethod|method|HTTP method for ifMachineUrl|POST||false||
A|outboundAction|spelled:true,True,TRUE,1;false,False,FALSE,0|whether the action URL is requested for the called party|false||false||
E|Dial|verb|connects the caller to another party|Response|Conference,Number,Sip,User|optional|phone||false|action||false|true|84,55,389,390,391,392,393,394,395,396,379,397,383,398,399,400,401,402,403,404,405,406,407,408,409,410|https://www.twilio.com/docs/voice/twiml/dial,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://www.twilio.com/docs/api/errors/13217,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/dial,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd,https://github.com/twilio/twilio-python/blob/main/twilio/twiml/voice_response.py
A|input|tokens:dtmf,speech|what the caller may give: keys, speech or both|dtmf||false||
A|hints|string|words or phrases the speech recogniser should expect|||false||
A|language|language|language of the speech to recognise|en-US||false||
A|action|url:http,https|URL requested with the caller's input|||false||
A|timeout|integer:1:|seconds to wait for the caller's next input|5||false||
A|numDigits|integer:1:|number of keys that ends the input|||false||
E|Gather|verb|collects digits or speech from the caller and posts them to action|Response|Pause,Play,PlayLastRecording,Say|none|||false|||false|false|411,412,413,414,55,415,273,416|https://www.twilio.com/docs/voice/twiml/gather,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://www.twilio.com/docs/api/errors/13327,https://www.twilio.com/docs/api/errors/13328,https://www.twilio.com/docs/api/errors/13332,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/gather,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd
A|action|url:http,https|URL requested with the recognised speech|||false||
A|timeout|integer:1:|seconds to wait for speech|5||false||
A|playBeep|spelled:true,True,TRUE,1;false,False,FALSE,0|whether a beep is played before listening|false||false||
A|grammar|url:http,https|grammar the speech must match|||false||
E|GetSpeech|verb|listens for speech matching a grammar and posts the result to action|Response|Pause,Play,PlayLastRecording,Say|none|||false|||false|false|417,55,418,419,420|https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd
A|schedule|integer:0:|seconds to wait before hanging up|||false||
A|reason|string|reason given for the hang-up|||false||
E|Hangup|verb|ends the call|Response||none|||true|||false|false|421,422|https://www.twilio.com/docs/voice/twiml/hangup,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/hangup,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd
A|sendDigits|dtmf|keys sent once the number answers|||false||
A|method|method|HTTP method for url|POST||false||
A|url|url:http,https|InboundXML run for the called party before it is connected|||false||
A|sendOnPreanswer|spelled:true,True,TRUE,1;false,False,FALSE,0|whether sendDigits is sent before the answer|false||false||
E|Number|noun|phone number to dial|Dial||required|phone||false|||false|false|423,424,425,426|https://www.twilio.com/docs/voice/twiml/number,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/dial,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd
E|Pause|verb|waits silently for a number of seconds|Response,Gather,GetSpeech||none|||false|||false|false|145|https://www.twilio.com/docs/voice/twiml/pause,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/pause,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd
A|method|method|HTTP method for the URL|POST||false||
E|Ping|verb|requests a URL and goes on|Response||required|url:http,https||false|||false|false|427|https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd
A|loop|integer:0:|times the audio is played; 0 repeats until the call ends|1||false||
A|method|method|HTTP method that fetches the audio|GET||false||
E|Play|verb|plays an audio file (or DTMF tones) to the caller|Response,Gather,GetSpeech||required|url:http,https||false|||false|false|428,429|https://www.twilio.com/docs/voice/twiml/play,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/play,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd
E|PlayLastRecording|verb|plays the call's last recording|Response,Gather,GetSpeech||none|||false|||false|false||https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd
A|action|url:http,https|URL requested when the recording ends (default: the current document)|||false||
A|timeout|integer:1:|seconds of silence that end the recording (ignored in the background)|5||false||
A|finishOnKey|keys:0123456789*#|keys that end the recording (ignored in the background)|#||false||
A|maxLength|integer:1:|maximum length of the recording in seconds|3600||false||
A|transcribe|spelled:true,True,TRUE,1;false,False,FALSE,0|whether the recording is transcribed|false||false||
A|transcribeQuality|enum:auto,silver,gold,platinum,manual,AUTO,SILVER,GOLD,PLATINUM,MANUAL,hybrid,Hybrid,HYBRID,keywords,Keywords,KEYWORDS,subtitles,Subtitles,SUBTITLES|quality of the transcription|auto||false||
A|sliceStart|integer:1:|second of the recording a transcription slice starts at|||false||
A|sliceDuration|integer:1:|length in seconds of the transcription slice|||false||
A|playBeep|spelled:true,True,TRUE,1;false,False,FALSE,0|whether a beep is played before recording starts (ignored in the background)|false||false||
A|bothLegs|spelled:true,True,TRUE,1;false,False,FALSE,0|deprecated for direction: whether both legs are recorded|false||false||
A|fileFormat|enum:mp3,wav|file format of the recording|mp3||false||
A|direction|enum:in,In,IN,out,Out,OUT,both,Both,BOTH|which audio is recorded: in (the caller), out (what the caller hears) or both|||false||
A|background|spelled:true,True,TRUE,1;false,False,FALSE,0|whether the recording runs while the next verbs execute (default: false, setting record_background_default)|||false||
A|sampleRate|enum:8000,16000,32000,48000|samples per second of the recording (default 8000)|||false||
A|trimSilence|spelled:true,True,TRUE,1;false,False,FALSE,0|whether leading and trailing silence is trimmed|false||false||
A|lifetime|integer:1:|days the recording is kept|||false||
E|Record|verb|records the caller and posts the recording URL to action|Response||none|||true||background|false|true|430,55,431,432,433,434,180,435,436,437,438,439,440,441,442,443,444,445|https://www.twilio.com/docs/voice/twiml/record,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://www.twilio.com/docs/api/errors/13256,https://www.twilio.com/docs/api/errors/13621,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/record,https://developer.signalwire.com/compatibility-api/cxml/voice/record,https://github.com/2600hz/kazoo/blob/master/applications/pivot/doc/twiml.md,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd,https://docs.ytel.com/docs/record,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/record.go
A|statusCallback|url:http,https|URL requested when the call ends|||false||
A|statusMethod|method|HTTP method for statusCallback|POST||false||
A|heartbeatCallback|url:http,https|URL requested periodically while the call is up|||false||
A|heartbeatMethod|method|HTTP method for heartbeatCallback|POST||false||
E|Response|root|the root element of every voice document||Answer,Dial,Gather,GetSpeech,Hangup,Pause,Ping,Play,PlayLastRecording,Record,Redirect,Reject,Say,Sms|none|||false|||false|false|446,447,448,449|https://www.twilio.com/docs/voice/twiml/,https://developers.telnyx.com/docs/voice/programmable-voice/texml-fundamentals,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd
A|loop|integer:0:|times the text is spoken; 0 repeats until the call ends|1||false||
A|voice|enum:female,male|voice of the text-to-speech engine|female||false||
A|language|enum:en,en-gb,es,fr,it,de|language of the text|en||false||
E|Say|verb|speaks text to the caller with text-to-speech|Response,Gather,GetSpeech||mixed|string||false|||false|false|450,451,452|https://www.twilio.com/docs/voice/twiml/say,https://www.twilio.com/docs/voice/twiml/say/text-speech,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/say,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd
A|action|url:http,https|URL requested when the SIP call ends|||false||
A|method|method|HTTP method for action|POST||false||
A|sendDigits|dtmf|keys sent once the SIP endpoint answers|||false||
E|Sip|noun|SIP endpoint to dial or refer to|Dial||required|sip-uri||false|||false|false|453,454,191,192,455|https://www.twilio.com/docs/voice/twiml/sip,https://www.twilio.com/docs/voice/twiml/refer,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/dial,https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/refer,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd,https://github.com/twilio/twilio-python/blob/main/twilio/twiml/voice_response.py,https://github.com/TwilioDevEd/api-snippets/blob/master/twiml/voice/sip/sip-6/output/sip-6.twiml,https://www.twilio.com/docs/api/errors/13243,https://www.twilio.com/docs/api/errors/32214
A|to|string|number the message is sent to|||false||
A|from|string|number the message is sent from|||false||
A|action|url:http,https|URL requested with the message's status|||false||
A|statusCallback|url:http,https|URL requested when the message's status changes|||false||
A|statusCallbackMethod|method|HTTP method for statusCallback|POST||false||
E|Sms|verb|sends an SMS during a call (deprecated)|Response||required|string||false|||false|false|456,457,458,454,459,460|https://www.twilio.com/docs/voice/twiml/sms,https://github.com/twilio/twilio-node/blob/main/src/twiml/VoiceResponse.ts,https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd
A|sendDigits|dtmf|keys sent once the user answers|||false||
A|params|string|extra parameters sent with the call|||false||
E|User|noun|a registered SIP user to dial|Dial||required|||false|||false|false|461,462|https://github.com/zang-cloud/zang-go/blob/master/inboundxml/schema/inboundxml.xsd
D|twiml|0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59
D|texml|60,61,62,63,64,65,66,67,68,69,70,20,71,72,73,74,75,76,77,78,79,80,81,82,30,31,83,84,85,86,87,88,89,90,91,92,93,94,95
D|cxml|0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,96,29,30,31,32,33,34,35,36,97,38,39,40,41,42,43,44,98,46,47,48,49,50,51,52,53,54,55,56,57,58,59
D|pivot|0,1,2,3,4,5,6,7,8,9,10,99,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,100,29,30,31,32,33,34,35,36,97,38,39,40,41,42,43,44,98,46,47,48,49,50,51,52,53,54,55,56,57,58,59
D|inboundxml|101,102,103,104,105,106,107,108,109,110,111,112,30,83,113,114,115,116,117
"""#
