// swift-format-ignore-file
// Generated from Grammar/ by `swift run texml-grammar-gen`. Do not edit.

public import TeXMLSyntax

/// `<AiSession>`: connects the call to an AI session through an AI Connector. Only in twiml, cxml, pivot. 
public struct AiSessionElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `aiConnector`: unique name or SID of the AI Connector.
    public var aiConnector: Attribute<String>
    /// `aiSessionConfiguration`: unique name or ID of the AiSession Configuration.
    public var aiSessionConfiguration: Attribute<String>

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        aiConnector = reader.string("aiConnector")
        aiSessionConfiguration = reader.string("aiSessionConfiguration")
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            aiConnector.field("aiConnector", writtenOnly: writtenOnly),
            aiSessionConfiguration.field("aiSessionConfiguration", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Application>`: TwiML Application to dial. Only in twiml, cxml, pivot. 
public struct ApplicationElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `url`: document run on the called application.
    public var url: Attribute<String>
    /// `method`: HTTP method for the url document.
    public var method: Attribute<String>
    /// `statusCallbackEvent`: call progress events that trigger the status callback.
    public var statusCallbackEvent: Attribute<[String]>
    /// `statusCallback`: URL that receives call progress callbacks.
    public var statusCallback: Attribute<String>
    /// `statusCallbackMethod`: HTTP method for the status callback.
    public var statusCallbackMethod: Attribute<String>
    /// `customerId`: identity of the customer calling the application.
    public var customerId: Attribute<String>
    /// `copyParentTo`: whether the parent call's To is copied to the application leg.
    public var copyParentTo: Attribute<Bool>
    /// The text content, white space trimmed.
    public var text: String
    /// Where the text is, if there is any.
    public var textRange: SourceRange?
    /// The child elements in document order.
    public var children: [Node]

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        url = reader.string("url")
        method = reader.string("method")
        statusCallbackEvent = reader.tokens("statusCallbackEvent")
        statusCallback = reader.string("statusCallback")
        statusCallbackMethod = reader.string("statusCallbackMethod")
        customerId = reader.string("customerId")
        copyParentTo = reader.boolean("copyParentTo")
        (text, textRange) = reader.text()
        self.children = children
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            url.field("url", writtenOnly: writtenOnly),
            method.field("method", writtenOnly: writtenOnly),
            statusCallbackEvent.field("statusCallbackEvent", writtenOnly: writtenOnly),
            statusCallback.field("statusCallback", writtenOnly: writtenOnly),
            statusCallbackMethod.field("statusCallbackMethod", writtenOnly: writtenOnly),
            customerId.field("customerId", writtenOnly: writtenOnly),
            copyParentTo.field("copyParentTo", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<ApplicationSid>`: SID of the TwiML Application to dial. Only in twiml, cxml, pivot. 
public struct ApplicationSidElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// The text content, white space trimmed.
    public var text: String
    /// Where the text is, if there is any.
    public var textRange: SourceRange?

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        (text, textRange) = reader.text()
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
        ].compactMap { $0 }
    }
}

/// `<Assistant>`: connects the call to a Twilio AI Assistant. Only in twiml, cxml, pivot. 
public struct AssistantElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `id`: ID of the Twilio AI Assistant.
    public var id: Attribute<String>
    /// `language`: language for text-to-speech and transcription.
    public var language: Attribute<String>
    /// `ttsLanguage`: language for text-to-speech.
    public var ttsLanguage: Attribute<String>
    /// `transcriptionLanguage`: language for transcription.
    public var transcriptionLanguage: Attribute<String>
    /// `ttsProvider`: text-to-speech provider.
    public var ttsProvider: Attribute<String>
    /// `voice`: text-to-speech voice.
    public var voice: Attribute<String>
    /// `transcriptionProvider`: speech-to-text provider.
    public var transcriptionProvider: Attribute<String>
    /// `speechModel`: speech-to-text model.
    public var speechModel: Attribute<String>
    /// `profanityFilter`: whether profanity is filtered out of transcripts.
    public var profanityFilter: Attribute<Bool>
    /// `dtmfDetection`: whether key presses are reported.
    public var dtmfDetection: Attribute<Bool>
    /// `welcomeGreeting`: sentence spoken when the session connects.
    public var welcomeGreeting: Attribute<String>
    /// `partialPrompts`: whether partial transcripts are sent before the caller finishes.
    public var partialPrompts: Attribute<Bool>
    /// `welcomeGreetingInterruptible`: input that can interrupt the welcome greeting.
    public var welcomeGreetingInterruptible: Attribute<String>
    /// `interruptible`: input that can interrupt text-to-speech.
    public var interruptible: Attribute<String>
    /// `preemptible`: whether later text can interrupt the current text-to-speech.
    public var preemptible: Attribute<Bool>
    /// `hints`: phrases that help speech recognition, comma separated.
    public var hints: Attribute<String>
    /// `intelligenceService`: SID or unique name of the Conversational Intelligence Service.
    public var intelligenceService: Attribute<String>
    /// `reportInputDuringAgentSpeech`: whether input is reported while text-to-speech plays.
    public var reportInputDuringAgentSpeech: Attribute<String>
    /// `elevenlabsTextNormalization`: text normalization setting for ElevenLabs.
    public var elevenlabsTextNormalization: Attribute<String>
    /// `interruptSensitivity`: sensitivity of speech interruption.
    public var interruptSensitivity: Attribute<String>
    /// `debug`: debug options, space separated.
    public var debug: Attribute<String>
    /// The child elements in document order.
    public var children: [Node]

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        id = reader.string("id")
        language = reader.string("language")
        ttsLanguage = reader.string("ttsLanguage")
        transcriptionLanguage = reader.string("transcriptionLanguage")
        ttsProvider = reader.string("ttsProvider")
        voice = reader.string("voice")
        transcriptionProvider = reader.string("transcriptionProvider")
        speechModel = reader.string("speechModel")
        profanityFilter = reader.boolean("profanityFilter")
        dtmfDetection = reader.boolean("dtmfDetection")
        welcomeGreeting = reader.string("welcomeGreeting")
        partialPrompts = reader.boolean("partialPrompts")
        welcomeGreetingInterruptible = reader.string("welcomeGreetingInterruptible")
        interruptible = reader.string("interruptible")
        preemptible = reader.boolean("preemptible")
        hints = reader.string("hints")
        intelligenceService = reader.string("intelligenceService")
        reportInputDuringAgentSpeech = reader.string("reportInputDuringAgentSpeech")
        elevenlabsTextNormalization = reader.string("elevenlabsTextNormalization")
        interruptSensitivity = reader.string("interruptSensitivity")
        debug = reader.string("debug")
        self.children = children
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            id.field("id", writtenOnly: writtenOnly),
            language.field("language", writtenOnly: writtenOnly),
            ttsLanguage.field("ttsLanguage", writtenOnly: writtenOnly),
            transcriptionLanguage.field("transcriptionLanguage", writtenOnly: writtenOnly),
            ttsProvider.field("ttsProvider", writtenOnly: writtenOnly),
            voice.field("voice", writtenOnly: writtenOnly),
            transcriptionProvider.field("transcriptionProvider", writtenOnly: writtenOnly),
            speechModel.field("speechModel", writtenOnly: writtenOnly),
            profanityFilter.field("profanityFilter", writtenOnly: writtenOnly),
            dtmfDetection.field("dtmfDetection", writtenOnly: writtenOnly),
            welcomeGreeting.field("welcomeGreeting", writtenOnly: writtenOnly),
            partialPrompts.field("partialPrompts", writtenOnly: writtenOnly),
            welcomeGreetingInterruptible.field("welcomeGreetingInterruptible", writtenOnly: writtenOnly),
            interruptible.field("interruptible", writtenOnly: writtenOnly),
            preemptible.field("preemptible", writtenOnly: writtenOnly),
            hints.field("hints", writtenOnly: writtenOnly),
            intelligenceService.field("intelligenceService", writtenOnly: writtenOnly),
            reportInputDuringAgentSpeech.field("reportInputDuringAgentSpeech", writtenOnly: writtenOnly),
            elevenlabsTextNormalization.field("elevenlabsTextNormalization", writtenOnly: writtenOnly),
            interruptSensitivity.field("interruptSensitivity", writtenOnly: writtenOnly),
            debug.field("debug", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Client>`: Voice SDK client identity to dial. Only in twiml, cxml, pivot. 
public struct ClientElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `url`: document run on the client before the calls are connected.
    public var url: Attribute<String>
    /// `method`: HTTP method for the url document.
    public var method: Attribute<String>
    /// `statusCallbackEvent`: call progress events that trigger the status callback.
    public var statusCallbackEvent: Attribute<[String]>
    /// `statusCallback`: URL that receives call progress callbacks.
    public var statusCallback: Attribute<String>
    /// `statusCallbackMethod`: HTTP method for the status callback.
    public var statusCallbackMethod: Attribute<String>
    /// The text content, white space trimmed.
    public var text: String
    /// Where the text is, if there is any.
    public var textRange: SourceRange?
    /// The child elements in document order.
    public var children: [Node]

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        url = reader.string("url")
        method = reader.string("method")
        statusCallbackEvent = reader.tokens("statusCallbackEvent")
        statusCallback = reader.string("statusCallback")
        statusCallbackMethod = reader.string("statusCallbackMethod")
        (text, textRange) = reader.text()
        self.children = children
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            url.field("url", writtenOnly: writtenOnly),
            method.field("method", writtenOnly: writtenOnly),
            statusCallbackEvent.field("statusCallbackEvent", writtenOnly: writtenOnly),
            statusCallback.field("statusCallback", writtenOnly: writtenOnly),
            statusCallbackMethod.field("statusCallbackMethod", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Conference>`: conference room to join.
public struct ConferenceElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `muted`: whether the participant joins muted.
    public var muted: Attribute<Bool>
    /// `beep`: when a beep is played as participants join or leave.
    public var beep: Attribute<String>
    /// `startConferenceOnEnter`: whether this participant starts the conference.
    public var startConferenceOnEnter: Attribute<Bool>
    /// `endConferenceOnExit`: whether the conference ends when this participant leaves.
    public var endConferenceOnExit: Attribute<Bool>
    /// `participantLabel`: unique label of the participant (twiml, texml, cxml, pivot only).
    public var participantLabel: Attribute<String>
    /// `jitterBufferSize`: jitter buffer of the participant (twiml, cxml, pivot only).
    public var jitterBufferSize: Attribute<String>
    /// `waitUrl`: hold music or document played before the conference starts.
    public var waitUrl: Attribute<String>
    /// `waitMethod`: HTTP method for the wait URL.
    public var waitMethod: Attribute<String>
    /// `maxParticipants`: maximum number of participants.
    public var maxParticipants: Attribute<Int>
    /// `record`: whether the conference is recorded.
    public var record: Attribute<String>
    /// `region`: region where the conference is mixed (twiml, cxml, pivot only).
    public var region: Attribute<String>
    /// `trim`: whether leading and trailing silence is trimmed from the recording (twiml, texml, cxml, pivot only).
    public var trim: Attribute<String>
    /// `coach`: call SID of the participant being coached (twiml, cxml, pivot only).
    public var coach: Attribute<String>
    /// `statusCallbackEvent`: conference events that trigger the status callback (twiml, texml, cxml, pivot only).
    public var statusCallbackEvent: Attribute<[String]>
    /// `statusCallback`: URL that receives conference events (twiml, texml, cxml, pivot only).
    public var statusCallback: Attribute<String>
    /// `statusCallbackMethod`: HTTP method for the status callback (twiml, texml, cxml, pivot only).
    public var statusCallbackMethod: Attribute<String>
    /// `recordingStatusCallback`: URL that receives recording status callbacks (twiml, texml, cxml, pivot only).
    public var recordingStatusCallback: Attribute<String>
    /// `recordingStatusCallbackMethod`: HTTP method for the recording status callback (twiml, texml, cxml, pivot only).
    public var recordingStatusCallbackMethod: Attribute<String>
    /// `recordingStatusCallbackEvent`: recording events that trigger the recording status callback (twiml, texml, cxml, pivot only).
    public var recordingStatusCallbackEvent: Attribute<[String]>
    /// `eventCallbackUrl`: URL that receives conference events (legacy) (twiml, cxml, pivot only).
    public var eventCallbackUrl: Attribute<String>
    /// `recordingConfigurationId`: ID of the Recording Configuration used for the recording (twiml, cxml, pivot only).
    public var recordingConfigurationId: Attribute<String>
    /// `recordBeep`: whether a beep is played when the recording starts (texml only).
    public var recordBeep: Attribute<Bool>
    /// `recordingTimeout`: seconds of silence after speech that stop the recording; 0 = never (texml only).
    public var recordingTimeout: Attribute<Int>
    /// `sendRecordingUrl`: whether the recording URL is sent in callbacks (texml only).
    public var sendRecordingUrl: Attribute<Bool>
    /// `timeLimit`: maximum time in the conference in seconds (inboundxml only).
    public var timeLimit: Attribute<Int>
    /// `hangupOnStar`: whether the participant can leave by pressing star (inboundxml only).
    public var hangupOnStar: Attribute<String>
    /// `callbackUrl`: URL requested on conference events (inboundxml only).
    public var callbackUrl: Attribute<String>
    /// `callbackMethod`: HTTP method for callbackUrl (inboundxml only).
    public var callbackMethod: Attribute<String>
    /// `method`: HTTP method for the conference requests (inboundxml only).
    public var method: Attribute<String>
    /// `waitSound`: audio played while waiting (inboundxml only).
    public var waitSound: Attribute<String>
    /// `waitSoundMethod`: HTTP method for waitSound (inboundxml only).
    public var waitSoundMethod: Attribute<String>
    /// `digitsMatch`: keys that send a request to callbackUrl when pressed (inboundxml only).
    public var digitsMatch: Attribute<String>
    /// `stayAlone`: whether the conference goes on with one participant (inboundxml only).
    public var stayAlone: Attribute<Bool>
    /// `recordFileFormat`: file format of the conference recording (inboundxml only).
    public var recordFileFormat: Attribute<String>
    /// `recordCallbackUrl`: URL requested when the conference recording is ready (inboundxml only).
    public var recordCallbackUrl: Attribute<String>
    /// `recordCallbackMethod`: HTTP method for recordCallbackUrl (inboundxml only).
    public var recordCallbackMethod: Attribute<String>
    /// The text content, white space trimmed.
    public var text: String
    /// Where the text is, if there is any.
    public var textRange: SourceRange?

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        muted = reader.boolean("muted")
        beep = reader.string("beep")
        startConferenceOnEnter = reader.boolean("startConferenceOnEnter")
        endConferenceOnExit = reader.boolean("endConferenceOnExit")
        participantLabel = reader.string("participantLabel")
        jitterBufferSize = reader.string("jitterBufferSize")
        waitUrl = reader.string("waitUrl")
        waitMethod = reader.string("waitMethod")
        maxParticipants = reader.integer("maxParticipants")
        record = reader.string("record")
        region = reader.string("region")
        trim = reader.string("trim")
        coach = reader.string("coach")
        statusCallbackEvent = reader.tokens("statusCallbackEvent")
        statusCallback = reader.string("statusCallback")
        statusCallbackMethod = reader.string("statusCallbackMethod")
        recordingStatusCallback = reader.string("recordingStatusCallback")
        recordingStatusCallbackMethod = reader.string("recordingStatusCallbackMethod")
        recordingStatusCallbackEvent = reader.tokens("recordingStatusCallbackEvent")
        eventCallbackUrl = reader.string("eventCallbackUrl")
        recordingConfigurationId = reader.string("recordingConfigurationId")
        recordBeep = reader.boolean("recordBeep")
        recordingTimeout = reader.integer("recordingTimeout")
        sendRecordingUrl = reader.boolean("sendRecordingUrl")
        timeLimit = reader.integer("timeLimit")
        hangupOnStar = reader.string("hangupOnStar")
        callbackUrl = reader.string("callbackUrl")
        callbackMethod = reader.string("callbackMethod")
        method = reader.string("method")
        waitSound = reader.string("waitSound")
        waitSoundMethod = reader.string("waitSoundMethod")
        digitsMatch = reader.string("digitsMatch")
        stayAlone = reader.boolean("stayAlone")
        recordFileFormat = reader.string("recordFileFormat")
        recordCallbackUrl = reader.string("recordCallbackUrl")
        recordCallbackMethod = reader.string("recordCallbackMethod")
        (text, textRange) = reader.text()
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            muted.field("muted", writtenOnly: writtenOnly),
            beep.field("beep", writtenOnly: writtenOnly),
            startConferenceOnEnter.field("startConferenceOnEnter", writtenOnly: writtenOnly),
            endConferenceOnExit.field("endConferenceOnExit", writtenOnly: writtenOnly),
            participantLabel.field("participantLabel", writtenOnly: writtenOnly),
            jitterBufferSize.field("jitterBufferSize", writtenOnly: writtenOnly),
            waitUrl.field("waitUrl", writtenOnly: writtenOnly),
            waitMethod.field("waitMethod", writtenOnly: writtenOnly),
            maxParticipants.field("maxParticipants", writtenOnly: writtenOnly),
            record.field("record", writtenOnly: writtenOnly),
            region.field("region", writtenOnly: writtenOnly),
            trim.field("trim", writtenOnly: writtenOnly),
            coach.field("coach", writtenOnly: writtenOnly),
            statusCallbackEvent.field("statusCallbackEvent", writtenOnly: writtenOnly),
            statusCallback.field("statusCallback", writtenOnly: writtenOnly),
            statusCallbackMethod.field("statusCallbackMethod", writtenOnly: writtenOnly),
            recordingStatusCallback.field("recordingStatusCallback", writtenOnly: writtenOnly),
            recordingStatusCallbackMethod.field("recordingStatusCallbackMethod", writtenOnly: writtenOnly),
            recordingStatusCallbackEvent.field("recordingStatusCallbackEvent", writtenOnly: writtenOnly),
            eventCallbackUrl.field("eventCallbackUrl", writtenOnly: writtenOnly),
            recordingConfigurationId.field("recordingConfigurationId", writtenOnly: writtenOnly),
            recordBeep.field("recordBeep", writtenOnly: writtenOnly),
            recordingTimeout.field("recordingTimeout", writtenOnly: writtenOnly),
            sendRecordingUrl.field("sendRecordingUrl", writtenOnly: writtenOnly),
            timeLimit.field("timeLimit", writtenOnly: writtenOnly),
            hangupOnStar.field("hangupOnStar", writtenOnly: writtenOnly),
            callbackUrl.field("callbackUrl", writtenOnly: writtenOnly),
            callbackMethod.field("callbackMethod", writtenOnly: writtenOnly),
            method.field("method", writtenOnly: writtenOnly),
            waitSound.field("waitSound", writtenOnly: writtenOnly),
            waitSoundMethod.field("waitSoundMethod", writtenOnly: writtenOnly),
            digitsMatch.field("digitsMatch", writtenOnly: writtenOnly),
            stayAlone.field("stayAlone", writtenOnly: writtenOnly),
            recordFileFormat.field("recordFileFormat", writtenOnly: writtenOnly),
            recordCallbackUrl.field("recordCallbackUrl", writtenOnly: writtenOnly),
            recordCallbackMethod.field("recordCallbackMethod", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Config>`: custom configuration name/value pair. Only in twiml, cxml, pivot. 
public struct ConfigElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `name`: name of the configuration.
    public var name: Attribute<String>
    /// `value`: value of the configuration.
    public var value: Attribute<String>

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        name = reader.string("name")
        value = reader.string("value")
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            name.field("name", writtenOnly: writtenOnly),
            value.field("value", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Connect>`: connects the call to a service and waits until it ends. Only in twiml, texml, cxml, pivot. 
public struct ConnectElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `action`: URL requested when the connected service ends.
    public var action: Attribute<String>
    /// `method`: HTTP method for the action URL.
    public var method: Attribute<String>
    /// The child elements in document order.
    public var children: [Node]

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        action = reader.string("action")
        method = reader.string("method")
        self.children = children
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            action.field("action", writtenOnly: writtenOnly),
            method.field("method", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Conversation>`: Twilio Conversations service to connect to. Only in twiml, cxml, pivot. 
public struct ConversationElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `serviceInstanceSid`: SID of the Conversations service.
    public var serviceInstanceSid: Attribute<String>
    /// `inboundAutocreation`: whether conversations are created automatically.
    public var inboundAutocreation: Attribute<Bool>
    /// `routingAssignmentTimeout`: seconds to wait for routing assignment.
    public var routingAssignmentTimeout: Attribute<Int>
    /// `inboundTimeout`: seconds to wait for an inbound connection.
    public var inboundTimeout: Attribute<Int>
    /// `url`: document URL.
    public var url: Attribute<String>
    /// `method`: HTTP method for the url document.
    public var method: Attribute<String>
    /// `record`: whether and when the call is recorded.
    public var record: Attribute<String>
    /// `trim`: whether leading and trailing silence is trimmed.
    public var trim: Attribute<String>
    /// `recordingStatusCallback`: URL that receives recording status callbacks.
    public var recordingStatusCallback: Attribute<String>
    /// `recordingStatusCallbackMethod`: HTTP method for the recording status callback.
    public var recordingStatusCallbackMethod: Attribute<String>
    /// `recordingStatusCallbackEvent`: recording events that trigger the recording status callback.
    public var recordingStatusCallbackEvent: Attribute<[String]>
    /// `statusCallback`: URL that receives call events.
    public var statusCallback: Attribute<String>
    /// `statusCallbackMethod`: HTTP method for the status callback.
    public var statusCallbackMethod: Attribute<String>
    /// `statusCallbackEvent`: call events that trigger the status callback.
    public var statusCallbackEvent: Attribute<[String]>

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        serviceInstanceSid = reader.string("serviceInstanceSid")
        inboundAutocreation = reader.boolean("inboundAutocreation")
        routingAssignmentTimeout = reader.integer("routingAssignmentTimeout")
        inboundTimeout = reader.integer("inboundTimeout")
        url = reader.string("url")
        method = reader.string("method")
        record = reader.string("record")
        trim = reader.string("trim")
        recordingStatusCallback = reader.string("recordingStatusCallback")
        recordingStatusCallbackMethod = reader.string("recordingStatusCallbackMethod")
        recordingStatusCallbackEvent = reader.tokens("recordingStatusCallbackEvent")
        statusCallback = reader.string("statusCallback")
        statusCallbackMethod = reader.string("statusCallbackMethod")
        statusCallbackEvent = reader.tokens("statusCallbackEvent")
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            serviceInstanceSid.field("serviceInstanceSid", writtenOnly: writtenOnly),
            inboundAutocreation.field("inboundAutocreation", writtenOnly: writtenOnly),
            routingAssignmentTimeout.field("routingAssignmentTimeout", writtenOnly: writtenOnly),
            inboundTimeout.field("inboundTimeout", writtenOnly: writtenOnly),
            url.field("url", writtenOnly: writtenOnly),
            method.field("method", writtenOnly: writtenOnly),
            record.field("record", writtenOnly: writtenOnly),
            trim.field("trim", writtenOnly: writtenOnly),
            recordingStatusCallback.field("recordingStatusCallback", writtenOnly: writtenOnly),
            recordingStatusCallbackMethod.field("recordingStatusCallbackMethod", writtenOnly: writtenOnly),
            recordingStatusCallbackEvent.field("recordingStatusCallbackEvent", writtenOnly: writtenOnly),
            statusCallback.field("statusCallback", writtenOnly: writtenOnly),
            statusCallbackMethod.field("statusCallbackMethod", writtenOnly: writtenOnly),
            statusCallbackEvent.field("statusCallbackEvent", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<ConversationRelay>`: connects the call to a WebSocket conversation service. Only in twiml, texml, cxml, pivot. 
public struct ConversationRelayElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `url`: wss:// address of the WebSocket server.
    public var url: Attribute<String>
    /// `language`: language for text-to-speech and transcription.
    public var language: Attribute<String>
    /// `ttsLanguage`: language for text-to-speech (twiml, cxml, pivot only).
    public var ttsLanguage: Attribute<String>
    /// `transcriptionLanguage`: language for transcription (twiml, cxml, pivot only).
    public var transcriptionLanguage: Attribute<String>
    /// `ttsProvider`: text-to-speech provider (twiml, cxml, pivot only).
    public var ttsProvider: Attribute<String>
    /// `voice`: text-to-speech voice.
    public var voice: Attribute<String>
    /// `transcriptionProvider`: speech-to-text provider.
    public var transcriptionProvider: Attribute<String>
    /// `speechModel`: speech-to-text model (twiml, cxml, pivot only).
    public var speechModel: Attribute<String>
    /// `profanityFilter`: whether profanity is filtered out of transcripts (twiml, cxml, pivot only).
    public var profanityFilter: Attribute<Bool>
    /// `dtmfDetection`: whether key presses are reported.
    public var dtmfDetection: Attribute<Bool>
    /// `welcomeGreeting`: sentence spoken when the session connects.
    public var welcomeGreeting: Attribute<String>
    /// `partialPrompts`: whether partial transcripts are sent before the caller finishes (twiml, cxml, pivot only).
    public var partialPrompts: Attribute<Bool>
    /// `welcomeGreetingInterruptible`: input that can interrupt the welcome greeting.
    public var welcomeGreetingInterruptible: Attribute<String>
    /// `interruptible`: input that can interrupt text-to-speech.
    public var interruptible: Attribute<String>
    /// `preemptible`: whether later text can interrupt the current text-to-speech (twiml, cxml, pivot only).
    public var preemptible: Attribute<Bool>
    /// `hints`: phrases that help speech recognition, comma separated (twiml, cxml, pivot only).
    public var hints: Attribute<String>
    /// `intelligenceService`: SID or unique name of the Conversational Intelligence Service (twiml, cxml, pivot only).
    public var intelligenceService: Attribute<String>
    /// `reportInputDuringAgentSpeech`: whether input is reported while text-to-speech plays (twiml, cxml, pivot only).
    public var reportInputDuringAgentSpeech: Attribute<String>
    /// `elevenlabsTextNormalization`: text normalization setting for ElevenLabs (twiml, cxml, pivot only).
    public var elevenlabsTextNormalization: Attribute<String>
    /// `interruptSensitivity`: sensitivity of speech interruption (twiml, cxml, pivot only).
    public var interruptSensitivity: Attribute<String>
    /// `debug`: debug options, space separated (twiml, cxml, pivot only).
    public var debug: Attribute<String>
    /// `backgroundNoiseReduction`: background noise filtering before speech recognition (twiml, cxml, pivot only).
    public var backgroundNoiseReduction: Attribute<String>
    /// `speechTimeout`: silence that marks the end of speech (twiml, cxml, pivot only).
    public var speechTimeout: Attribute<String>
    /// `deepgramSmartFormat`: Deepgram smart formatting of transcripts (superseded by asrSmartFormat) (twiml, cxml, pivot only).
    public var deepgramSmartFormat: Attribute<String>
    /// `ignoreBackchannel`: whether brief acknowledgements ("uh-huh") do not interrupt the agent (twiml, cxml, pivot only).
    public var ignoreBackchannel: Attribute<String>
    /// `events`: event subscriptions of the session (twiml, cxml, pivot only).
    public var events: Attribute<String>
    /// `partialPromptOnHangup`: whether the partial transcript is sent as a prompt when the call hangs up (twiml, cxml, pivot only).
    public var partialPromptOnHangup: Attribute<Bool>
    /// `turnDetection`: whether turn detection decides when the caller has finished speaking (twiml, cxml, pivot only).
    public var turnDetection: Attribute<Bool>
    /// `eagerEotThreshold`: eager end-of-turn confidence threshold, fired before the end-of-turn threshold (twiml, cxml, pivot only).
    public var eagerEotThreshold: Attribute<Double>
    /// `asrSmartFormat`: whether smart formatting is applied to transcripts (over deepgramSmartFormat) (twiml, cxml, pivot only).
    public var asrSmartFormat: Attribute<Bool>
    /// `ttsTextNormalization`: text normalization for text-to-speech (over elevenlabsTextNormalization) (twiml, cxml, pivot only).
    public var ttsTextNormalization: Attribute<String>
    /// `ttsLanguageTextNormalization`: whether language-specific text normalization is applied for text-to-speech (twiml, cxml, pivot only).
    public var ttsLanguageTextNormalization: Attribute<Bool>
    /// `elevenlabsLanguageTextNormalization`: legacy alias of ttsLanguageTextNormalization (twiml, cxml, pivot only).
    public var elevenlabsLanguageTextNormalization: Attribute<Bool>
    /// `includeInPrompt`: extra fields of prompt messages (turn-state, prompt-segments) (twiml, cxml, pivot only).
    public var includeInPrompt: Attribute<String>
    /// `customerName`: customer name sent to Conversations and Conversational Intelligence (default: the caller ID) (twiml, cxml, pivot only).
    public var customerName: Attribute<String>
    /// `applicationReconnect`: whether a dropped WebSocket to the application is reconnected (twiml, cxml, pivot only).
    public var applicationReconnect: Attribute<Bool>
    /// `echoPromptFiltering`: whether transcripts echoing the agent's own speech are dropped (twiml, cxml, pivot only).
    public var echoPromptFiltering: Attribute<Bool>
    /// The child elements in document order.
    public var children: [Node]

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        url = reader.string("url")
        language = reader.string("language")
        ttsLanguage = reader.string("ttsLanguage")
        transcriptionLanguage = reader.string("transcriptionLanguage")
        ttsProvider = reader.string("ttsProvider")
        voice = reader.string("voice")
        transcriptionProvider = reader.string("transcriptionProvider")
        speechModel = reader.string("speechModel")
        profanityFilter = reader.boolean("profanityFilter")
        dtmfDetection = reader.boolean("dtmfDetection")
        welcomeGreeting = reader.string("welcomeGreeting")
        partialPrompts = reader.boolean("partialPrompts")
        welcomeGreetingInterruptible = reader.string("welcomeGreetingInterruptible")
        interruptible = reader.string("interruptible")
        preemptible = reader.boolean("preemptible")
        hints = reader.string("hints")
        intelligenceService = reader.string("intelligenceService")
        reportInputDuringAgentSpeech = reader.string("reportInputDuringAgentSpeech")
        elevenlabsTextNormalization = reader.string("elevenlabsTextNormalization")
        interruptSensitivity = reader.string("interruptSensitivity")
        debug = reader.string("debug")
        backgroundNoiseReduction = reader.string("backgroundNoiseReduction")
        speechTimeout = reader.string("speechTimeout")
        deepgramSmartFormat = reader.string("deepgramSmartFormat")
        ignoreBackchannel = reader.string("ignoreBackchannel")
        events = reader.string("events")
        partialPromptOnHangup = reader.boolean("partialPromptOnHangup")
        turnDetection = reader.boolean("turnDetection")
        eagerEotThreshold = reader.number("eagerEotThreshold")
        asrSmartFormat = reader.boolean("asrSmartFormat")
        ttsTextNormalization = reader.string("ttsTextNormalization")
        ttsLanguageTextNormalization = reader.boolean("ttsLanguageTextNormalization")
        elevenlabsLanguageTextNormalization = reader.boolean("elevenlabsLanguageTextNormalization")
        includeInPrompt = reader.string("includeInPrompt")
        customerName = reader.string("customerName")
        applicationReconnect = reader.boolean("applicationReconnect")
        echoPromptFiltering = reader.boolean("echoPromptFiltering")
        self.children = children
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            url.field("url", writtenOnly: writtenOnly),
            language.field("language", writtenOnly: writtenOnly),
            ttsLanguage.field("ttsLanguage", writtenOnly: writtenOnly),
            transcriptionLanguage.field("transcriptionLanguage", writtenOnly: writtenOnly),
            ttsProvider.field("ttsProvider", writtenOnly: writtenOnly),
            voice.field("voice", writtenOnly: writtenOnly),
            transcriptionProvider.field("transcriptionProvider", writtenOnly: writtenOnly),
            speechModel.field("speechModel", writtenOnly: writtenOnly),
            profanityFilter.field("profanityFilter", writtenOnly: writtenOnly),
            dtmfDetection.field("dtmfDetection", writtenOnly: writtenOnly),
            welcomeGreeting.field("welcomeGreeting", writtenOnly: writtenOnly),
            partialPrompts.field("partialPrompts", writtenOnly: writtenOnly),
            welcomeGreetingInterruptible.field("welcomeGreetingInterruptible", writtenOnly: writtenOnly),
            interruptible.field("interruptible", writtenOnly: writtenOnly),
            preemptible.field("preemptible", writtenOnly: writtenOnly),
            hints.field("hints", writtenOnly: writtenOnly),
            intelligenceService.field("intelligenceService", writtenOnly: writtenOnly),
            reportInputDuringAgentSpeech.field("reportInputDuringAgentSpeech", writtenOnly: writtenOnly),
            elevenlabsTextNormalization.field("elevenlabsTextNormalization", writtenOnly: writtenOnly),
            interruptSensitivity.field("interruptSensitivity", writtenOnly: writtenOnly),
            debug.field("debug", writtenOnly: writtenOnly),
            backgroundNoiseReduction.field("backgroundNoiseReduction", writtenOnly: writtenOnly),
            speechTimeout.field("speechTimeout", writtenOnly: writtenOnly),
            deepgramSmartFormat.field("deepgramSmartFormat", writtenOnly: writtenOnly),
            ignoreBackchannel.field("ignoreBackchannel", writtenOnly: writtenOnly),
            events.field("events", writtenOnly: writtenOnly),
            partialPromptOnHangup.field("partialPromptOnHangup", writtenOnly: writtenOnly),
            turnDetection.field("turnDetection", writtenOnly: writtenOnly),
            eagerEotThreshold.field("eagerEotThreshold", writtenOnly: writtenOnly),
            asrSmartFormat.field("asrSmartFormat", writtenOnly: writtenOnly),
            ttsTextNormalization.field("ttsTextNormalization", writtenOnly: writtenOnly),
            ttsLanguageTextNormalization.field("ttsLanguageTextNormalization", writtenOnly: writtenOnly),
            elevenlabsLanguageTextNormalization.field("elevenlabsLanguageTextNormalization", writtenOnly: writtenOnly),
            includeInPrompt.field("includeInPrompt", writtenOnly: writtenOnly),
            customerName.field("customerName", writtenOnly: writtenOnly),
            applicationReconnect.field("applicationReconnect", writtenOnly: writtenOnly),
            echoPromptFiltering.field("echoPromptFiltering", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<ConversationRelaySession>`: connects the call to a Conversation Relay session through an installed connector. Only in twiml, cxml, pivot. 
public struct ConversationRelaySessionElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `connector`: unique name or installed add-on SID of the ConversationRelaySession Connector.
    public var connector: Attribute<String>
    /// `sessionConfiguration`: unique name or ID of the ConversationRelaySession Configuration.
    public var sessionConfiguration: Attribute<String>

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        connector = reader.string("connector")
        sessionConfiguration = reader.string("sessionConfiguration")
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            connector.field("connector", writtenOnly: writtenOnly),
            sessionConfiguration.field("sessionConfiguration", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Dial>`: connects the caller to another party.
public struct DialElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `action`: URL requested when the dialed call ends.
    public var action: Attribute<String>
    /// `method`: HTTP method for the action URL.
    public var method: Attribute<String>
    /// `answerOnBridge`: whether the inbound call keeps ringing until the dialed party answers (twiml, texml, cxml, pivot only).
    public var answerOnBridge: Attribute<Bool>
    /// `callerId`: caller ID presented to the called party.
    public var callerId: Attribute<String>
    /// `callReason`: reason for the call shown on branded calls (twiml, cxml, pivot only).
    public var callReason: Attribute<String>
    /// `events`: extra event subscription (twiml, cxml, pivot only).
    public var events: Attribute<String>
    /// `hangupOnStar`: whether the caller can hang up on the called party with the star key.
    public var hangupOnStar: Attribute<Bool>
    /// `record`: whether and when the dialed call is recorded.
    public var record: Attribute<String>
    /// `recordingStatusCallback`: URL that receives recording status callbacks (twiml, texml, cxml only).
    public var recordingStatusCallback: Attribute<String>
    /// `recordingStatusCallbackMethod`: HTTP method for the recording status callback (twiml, texml, cxml only).
    public var recordingStatusCallbackMethod: Attribute<String>
    /// `recordingStatusCallbackEvent`: recording events that trigger the recording status callback (twiml, texml, cxml only).
    public var recordingStatusCallbackEvent: Attribute<[String]>
    /// `recordingTrack`: audio track to record (twiml, texml, cxml only).
    public var recordingTrack: Attribute<String>
    /// `trim`: whether leading and trailing silence is trimmed from the recording (twiml, texml, cxml only).
    public var trim: Attribute<String>
    /// `referUrl`: URL requested when the called party sends a SIP REFER (twiml, cxml, pivot only).
    public var referUrl: Attribute<String>
    /// `referMethod`: HTTP method for the refer URL (twiml, cxml, pivot only).
    public var referMethod: Attribute<String>
    /// `ringTone`: country ringback tone played to the caller (twiml, texml, cxml, pivot only).
    public var ringTone: Attribute<String>
    /// `timeLimit`: maximum duration of the dialed call in seconds.
    public var timeLimit: Attribute<Int>
    /// `timeout`: seconds to wait for the called party to answer.
    public var timeout: Attribute<Int>
    /// `sequential`: whether the nested nouns are dialed one after the other (twiml, texml, cxml, pivot only).
    public var sequential: Attribute<Bool>
    /// `recordingConfigurationId`: ID of the Recording Configuration used for the recording (twiml, cxml, pivot only).
    public var recordingConfigurationId: Attribute<String>
    /// `passports`: Base64-encoded, comma-separated identity passports (e.g. shaken, div) (twiml, cxml, pivot only).
    public var passports: Attribute<String>
    /// `fromDisplayName`: caller ID name (SIP From display name) (texml only).
    public var fromDisplayName: Attribute<String>
    /// `recordingChannels`: number of channels in the recording (texml only).
    public var recordingChannels: Attribute<String>
    /// `recordMaxLength`: maximum length of the recording in seconds; 0 = unlimited (texml only).
    public var recordMaxLength: Attribute<Int>
    /// `sendRecordingUrl`: whether the recording URL is sent in callbacks (texml only).
    public var sendRecordingUrl: Attribute<Bool>
    /// `audioUrl`: audio file played as custom ringback (texml only).
    public var audioUrl: Attribute<String>
    /// `passDiversionHeader`: whether the inbound Diversion SIP header is passed on (texml only).
    public var passDiversionHeader: Attribute<Bool>
    /// `machineDetectionSpeechThreshold`: longest greeting in milliseconds before a machine is assumed (texml only).
    public var machineDetectionSpeechThreshold: Attribute<Int>
    /// `machineDetectionSpeechEndThreshold`: milliseconds of silence after a greeting before a machine is assumed (texml only).
    public var machineDetectionSpeechEndThreshold: Attribute<Int>
    /// `machineDetectionSilenceTimeout`: milliseconds of initial silence before the call is classified (texml only).
    public var machineDetectionSilenceTimeout: Attribute<Int>
    /// `hideCallerId`: whether the caller ID is hidden (inboundxml only).
    public var hideCallerId: Attribute<Bool>
    /// `callerName`: caller name shown to the called party (inboundxml only).
    public var callerName: Attribute<String>
    /// `dialMusic`: audio played to the caller while the call rings (inboundxml only).
    public var dialMusic: Attribute<String>
    /// `callbackUrl`: URL requested when the dialed call ends (inboundxml only).
    public var callbackUrl: Attribute<String>
    /// `callbackMethod`: HTTP method for callbackUrl (inboundxml only).
    public var callbackMethod: Attribute<String>
    /// `confirmSound`: sound the called party hears before being connected (inboundxml only).
    public var confirmSound: Attribute<String>
    /// `digitsMatch`: keys that send a request to callbackUrl when pressed (inboundxml only).
    public var digitsMatch: Attribute<String>
    /// `straightToVm`: whether (or after how many seconds) the call goes straight to voicemail (inboundxml only).
    public var straightToVm: Attribute<String>
    /// `heartbeatUrl`: URL requested periodically while the dialed call is up (inboundxml only).
    public var heartbeatUrl: Attribute<String>
    /// `heartbeatMethod`: HTTP method for heartbeatUrl (inboundxml only).
    public var heartbeatMethod: Attribute<String>
    /// `forwardedFrom`: number the call is forwarded from (inboundxml only).
    public var forwardedFrom: Attribute<String>
    /// `recordDirection`: which audio of the dialed call is recorded: in, out or both (inboundxml only).
    public var recordDirection: Attribute<String>
    /// `recordCallbackUrl`: URL requested when the dialed call's recording is ready (inboundxml only).
    public var recordCallbackUrl: Attribute<String>
    /// `recordLifetime`: days the recording is kept (inboundxml only).
    public var recordLifetime: Attribute<Int>
    /// `recordFormat`: file format of the dialed call's recording (inboundxml only).
    public var recordFormat: Attribute<String>
    /// `ifMachine`: what happens when a machine answers (inboundxml only).
    public var ifMachine: Attribute<String>
    /// `ifMachineUrl`: URL requested when a machine answers and ifMachine is redirect (inboundxml only).
    public var ifMachineUrl: Attribute<String>
    /// `ifMachineMethod`: HTTP method for ifMachineUrl (inboundxml only).
    public var ifMachineMethod: Attribute<String>
    /// `outboundAction`: whether the action URL is requested for the called party (inboundxml only).
    public var outboundAction: Attribute<Bool>
    /// The text content, white space trimmed.
    public var text: String
    /// Where the text is, if there is any.
    public var textRange: SourceRange?
    /// The child elements in document order.
    public var children: [Node]

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        action = reader.string("action")
        method = reader.string("method")
        answerOnBridge = reader.boolean("answerOnBridge")
        callerId = reader.string("callerId")
        callReason = reader.string("callReason")
        events = reader.string("events")
        hangupOnStar = reader.boolean("hangupOnStar")
        record = reader.string("record")
        recordingStatusCallback = reader.string("recordingStatusCallback")
        recordingStatusCallbackMethod = reader.string("recordingStatusCallbackMethod")
        recordingStatusCallbackEvent = reader.tokens("recordingStatusCallbackEvent")
        recordingTrack = reader.string("recordingTrack")
        trim = reader.string("trim")
        referUrl = reader.string("referUrl")
        referMethod = reader.string("referMethod")
        ringTone = reader.string("ringTone")
        timeLimit = reader.integer("timeLimit")
        timeout = reader.integer("timeout")
        sequential = reader.boolean("sequential")
        recordingConfigurationId = reader.string("recordingConfigurationId")
        passports = reader.string("passports")
        fromDisplayName = reader.string("fromDisplayName")
        recordingChannels = reader.string("recordingChannels")
        recordMaxLength = reader.integer("recordMaxLength")
        sendRecordingUrl = reader.boolean("sendRecordingUrl")
        audioUrl = reader.string("audioUrl")
        passDiversionHeader = reader.boolean("passDiversionHeader")
        machineDetectionSpeechThreshold = reader.integer("machineDetectionSpeechThreshold")
        machineDetectionSpeechEndThreshold = reader.integer("machineDetectionSpeechEndThreshold")
        machineDetectionSilenceTimeout = reader.integer("machineDetectionSilenceTimeout")
        hideCallerId = reader.boolean("hideCallerId")
        callerName = reader.string("callerName")
        dialMusic = reader.string("dialMusic")
        callbackUrl = reader.string("callbackUrl")
        callbackMethod = reader.string("callbackMethod")
        confirmSound = reader.string("confirmSound")
        digitsMatch = reader.string("digitsMatch")
        straightToVm = reader.string("straightToVm")
        heartbeatUrl = reader.string("heartbeatUrl")
        heartbeatMethod = reader.string("heartbeatMethod")
        forwardedFrom = reader.string("forwardedFrom")
        recordDirection = reader.string("recordDirection")
        recordCallbackUrl = reader.string("recordCallbackUrl")
        recordLifetime = reader.integer("recordLifetime")
        recordFormat = reader.string("recordFormat")
        ifMachine = reader.string("ifMachine")
        ifMachineUrl = reader.string("ifMachineUrl")
        ifMachineMethod = reader.string("ifMachineMethod")
        outboundAction = reader.boolean("outboundAction")
        (text, textRange) = reader.text()
        self.children = children
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            action.field("action", writtenOnly: writtenOnly),
            method.field("method", writtenOnly: writtenOnly),
            answerOnBridge.field("answerOnBridge", writtenOnly: writtenOnly),
            callerId.field("callerId", writtenOnly: writtenOnly),
            callReason.field("callReason", writtenOnly: writtenOnly),
            events.field("events", writtenOnly: writtenOnly),
            hangupOnStar.field("hangupOnStar", writtenOnly: writtenOnly),
            record.field("record", writtenOnly: writtenOnly),
            recordingStatusCallback.field("recordingStatusCallback", writtenOnly: writtenOnly),
            recordingStatusCallbackMethod.field("recordingStatusCallbackMethod", writtenOnly: writtenOnly),
            recordingStatusCallbackEvent.field("recordingStatusCallbackEvent", writtenOnly: writtenOnly),
            recordingTrack.field("recordingTrack", writtenOnly: writtenOnly),
            trim.field("trim", writtenOnly: writtenOnly),
            referUrl.field("referUrl", writtenOnly: writtenOnly),
            referMethod.field("referMethod", writtenOnly: writtenOnly),
            ringTone.field("ringTone", writtenOnly: writtenOnly),
            timeLimit.field("timeLimit", writtenOnly: writtenOnly),
            timeout.field("timeout", writtenOnly: writtenOnly),
            sequential.field("sequential", writtenOnly: writtenOnly),
            recordingConfigurationId.field("recordingConfigurationId", writtenOnly: writtenOnly),
            passports.field("passports", writtenOnly: writtenOnly),
            fromDisplayName.field("fromDisplayName", writtenOnly: writtenOnly),
            recordingChannels.field("recordingChannels", writtenOnly: writtenOnly),
            recordMaxLength.field("recordMaxLength", writtenOnly: writtenOnly),
            sendRecordingUrl.field("sendRecordingUrl", writtenOnly: writtenOnly),
            audioUrl.field("audioUrl", writtenOnly: writtenOnly),
            passDiversionHeader.field("passDiversionHeader", writtenOnly: writtenOnly),
            machineDetectionSpeechThreshold.field("machineDetectionSpeechThreshold", writtenOnly: writtenOnly),
            machineDetectionSpeechEndThreshold.field("machineDetectionSpeechEndThreshold", writtenOnly: writtenOnly),
            machineDetectionSilenceTimeout.field("machineDetectionSilenceTimeout", writtenOnly: writtenOnly),
            hideCallerId.field("hideCallerId", writtenOnly: writtenOnly),
            callerName.field("callerName", writtenOnly: writtenOnly),
            dialMusic.field("dialMusic", writtenOnly: writtenOnly),
            callbackUrl.field("callbackUrl", writtenOnly: writtenOnly),
            callbackMethod.field("callbackMethod", writtenOnly: writtenOnly),
            confirmSound.field("confirmSound", writtenOnly: writtenOnly),
            digitsMatch.field("digitsMatch", writtenOnly: writtenOnly),
            straightToVm.field("straightToVm", writtenOnly: writtenOnly),
            heartbeatUrl.field("heartbeatUrl", writtenOnly: writtenOnly),
            heartbeatMethod.field("heartbeatMethod", writtenOnly: writtenOnly),
            forwardedFrom.field("forwardedFrom", writtenOnly: writtenOnly),
            recordDirection.field("recordDirection", writtenOnly: writtenOnly),
            recordCallbackUrl.field("recordCallbackUrl", writtenOnly: writtenOnly),
            recordLifetime.field("recordLifetime", writtenOnly: writtenOnly),
            recordFormat.field("recordFormat", writtenOnly: writtenOnly),
            ifMachine.field("ifMachine", writtenOnly: writtenOnly),
            ifMachineUrl.field("ifMachineUrl", writtenOnly: writtenOnly),
            ifMachineMethod.field("ifMachineMethod", writtenOnly: writtenOnly),
            outboundAction.field("outboundAction", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Echo>`: echoes the caller's audio back to the call. Only in twiml, cxml, pivot. 
public struct EchoElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
        ].compactMap { $0 }
    }
}

/// `<Enqueue>`: places the caller in a call queue. Only in twiml, texml, cxml, pivot. 
public struct EnqueueElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `action`: URL requested when the call leaves the queue.
    public var action: Attribute<String>
    /// `method`: HTTP method for the action URL.
    public var method: Attribute<String>
    /// `waitUrl`: document or audio played while the caller waits.
    public var waitUrl: Attribute<String>
    /// `waitUrlMethod`: HTTP method for the wait URL.
    public var waitUrlMethod: Attribute<String>
    /// `workflowSid`: SID of the TaskRouter Workflow that routes the call (twiml, cxml, pivot only).
    public var workflowSid: Attribute<String>
    /// `maxQueueSize`: maximum number of calls in the queue (twiml, cxml, pivot only).
    public var maxQueueSize: Attribute<Int>
    /// `maxWaitTimeSecs`: maximum seconds a call can stay in the queue (texml only).
    public var maxWaitTimeSecs: Attribute<Int>
    /// The text content, white space trimmed.
    public var text: String
    /// Where the text is, if there is any.
    public var textRange: SourceRange?
    /// The child elements in document order.
    public var children: [Node]

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        action = reader.string("action")
        method = reader.string("method")
        waitUrl = reader.string("waitUrl")
        waitUrlMethod = reader.string("waitUrlMethod")
        workflowSid = reader.string("workflowSid")
        maxQueueSize = reader.integer("maxQueueSize")
        maxWaitTimeSecs = reader.integer("maxWaitTimeSecs")
        (text, textRange) = reader.text()
        self.children = children
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            action.field("action", writtenOnly: writtenOnly),
            method.field("method", writtenOnly: writtenOnly),
            waitUrl.field("waitUrl", writtenOnly: writtenOnly),
            waitUrlMethod.field("waitUrlMethod", writtenOnly: writtenOnly),
            workflowSid.field("workflowSid", writtenOnly: writtenOnly),
            maxQueueSize.field("maxQueueSize", writtenOnly: writtenOnly),
            maxWaitTimeSecs.field("maxWaitTimeSecs", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Gather>`: collects digits or speech from the caller and posts them to action.
public struct GatherElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `action`: URL requested with the gathered input.
    public var action: Attribute<String>
    /// `method`: HTTP method for the action URL (twiml, cxml, pivot, inboundxml only).
    public var method: Attribute<String>
    /// `actionOnEmptyResult`: whether action is requested even when no input was gathered (twiml, cxml, pivot only).
    public var actionOnEmptyResult: Attribute<Bool>
    /// `bargeIn`: whether speech or a key press stops the nested Say or Play (twiml, cxml, pivot only).
    public var bargeIn: Attribute<Bool>
    /// `debug`: whether debug information is produced for the gather (twiml, cxml, pivot only).
    public var debug: Attribute<Bool>
    /// `enhanced`: whether the premium speech model is used (deprecated) (twiml, cxml, pivot only).
    public var enhanced: Attribute<Bool>
    /// `finishOnKey`: key that ends the input.
    public var finishOnKey: Attribute<String>
    /// `hints`: words and phrases that help speech recognition.
    public var hints: Attribute<String>
    /// `input`: input types to accept.
    public var input: Attribute<[String]>
    /// `language`: language of the expected speech.
    public var language: Attribute<String>
    /// `maxSpeechTime`: maximum seconds of speech input (twiml, cxml, pivot only).
    public var maxSpeechTime: Attribute<Int>
    /// `numDigits`: number of digits to collect.
    public var numDigits: Attribute<Int>
    /// `partialResultCallback`: URL that receives partial speech results (twiml, texml, cxml, pivot only).
    public var partialResultCallback: Attribute<String>
    /// `partialResultCallbackMethod`: HTTP method for the partial result callback (twiml, texml, cxml, pivot only).
    public var partialResultCallbackMethod: Attribute<String>
    /// `profanityFilter`: whether profanity is filtered out of speech results (twiml, texml, cxml, pivot only).
    public var profanityFilter: Attribute<Bool>
    /// `speechModel`: speech recognition model (twiml, cxml, pivot only).
    public var speechModel: Attribute<String>
    /// `speechTimeout`: seconds of silence after speech that end recognition, or auto (twiml, texml, cxml, pivot only).
    public var speechTimeout: Attribute<String>
    /// `timeout`: seconds to wait for input.
    public var timeout: Attribute<Int>
    /// `useEnhanced`: whether enhanced transcription is used (texml only).
    public var useEnhanced: Attribute<Bool>
    /// `keyterms`: key terms for Deepgram Nova-3, comma separated (texml only).
    public var keyterms: Attribute<String>
    /// `smartFormat`: whether Deepgram smart formatting is applied (texml only).
    public var smartFormat: Attribute<Bool>
    /// `transcriptionEngine`: speech recognition engine (texml only).
    public var transcriptionEngine: Attribute<String>
    /// `model`: speech recognition model as vendor/model-name (texml only).
    public var model: Attribute<String>
    /// `apiKeyRef`: reference to the API key of the speech engine (texml only).
    public var apiKeyRef: Attribute<String>
    /// `region`: region of the speech engine (required for Azure) (texml only).
    public var region: Attribute<String>
    /// `validDigits`: digits accepted as valid input (texml only).
    public var validDigits: Attribute<String>
    /// `invalidDigitsAction`: URL requested with invalid gathered digits (texml only).
    public var invalidDigitsAction: Attribute<String>
    /// `minDigits`: minimum number of digits to gather (texml only).
    public var minDigits: Attribute<Int>
    /// `maxDigits`: maximum number of digits to gather (texml only).
    public var maxDigits: Attribute<Int>
    /// The child elements in document order.
    public var children: [Node]

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        action = reader.string("action")
        method = reader.string("method")
        actionOnEmptyResult = reader.boolean("actionOnEmptyResult")
        bargeIn = reader.boolean("bargeIn")
        debug = reader.boolean("debug")
        enhanced = reader.boolean("enhanced")
        finishOnKey = reader.string("finishOnKey")
        hints = reader.string("hints")
        input = reader.tokens("input")
        language = reader.string("language")
        maxSpeechTime = reader.integer("maxSpeechTime")
        numDigits = reader.integer("numDigits")
        partialResultCallback = reader.string("partialResultCallback")
        partialResultCallbackMethod = reader.string("partialResultCallbackMethod")
        profanityFilter = reader.boolean("profanityFilter")
        speechModel = reader.string("speechModel")
        speechTimeout = reader.string("speechTimeout")
        timeout = reader.integer("timeout")
        useEnhanced = reader.boolean("useEnhanced")
        keyterms = reader.string("keyterms")
        smartFormat = reader.boolean("smartFormat")
        transcriptionEngine = reader.string("transcriptionEngine")
        model = reader.string("model")
        apiKeyRef = reader.string("apiKeyRef")
        region = reader.string("region")
        validDigits = reader.string("validDigits")
        invalidDigitsAction = reader.string("invalidDigitsAction")
        minDigits = reader.integer("minDigits")
        maxDigits = reader.integer("maxDigits")
        self.children = children
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            action.field("action", writtenOnly: writtenOnly),
            method.field("method", writtenOnly: writtenOnly),
            actionOnEmptyResult.field("actionOnEmptyResult", writtenOnly: writtenOnly),
            bargeIn.field("bargeIn", writtenOnly: writtenOnly),
            debug.field("debug", writtenOnly: writtenOnly),
            enhanced.field("enhanced", writtenOnly: writtenOnly),
            finishOnKey.field("finishOnKey", writtenOnly: writtenOnly),
            hints.field("hints", writtenOnly: writtenOnly),
            input.field("input", writtenOnly: writtenOnly),
            language.field("language", writtenOnly: writtenOnly),
            maxSpeechTime.field("maxSpeechTime", writtenOnly: writtenOnly),
            numDigits.field("numDigits", writtenOnly: writtenOnly),
            partialResultCallback.field("partialResultCallback", writtenOnly: writtenOnly),
            partialResultCallbackMethod.field("partialResultCallbackMethod", writtenOnly: writtenOnly),
            profanityFilter.field("profanityFilter", writtenOnly: writtenOnly),
            speechModel.field("speechModel", writtenOnly: writtenOnly),
            speechTimeout.field("speechTimeout", writtenOnly: writtenOnly),
            timeout.field("timeout", writtenOnly: writtenOnly),
            useEnhanced.field("useEnhanced", writtenOnly: writtenOnly),
            keyterms.field("keyterms", writtenOnly: writtenOnly),
            smartFormat.field("smartFormat", writtenOnly: writtenOnly),
            transcriptionEngine.field("transcriptionEngine", writtenOnly: writtenOnly),
            model.field("model", writtenOnly: writtenOnly),
            apiKeyRef.field("apiKeyRef", writtenOnly: writtenOnly),
            region.field("region", writtenOnly: writtenOnly),
            validDigits.field("validDigits", writtenOnly: writtenOnly),
            invalidDigitsAction.field("invalidDigitsAction", writtenOnly: writtenOnly),
            minDigits.field("minDigits", writtenOnly: writtenOnly),
            maxDigits.field("maxDigits", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Hangup>`: ends the call.
public struct HangupElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `schedule`: seconds to wait before hanging up (inboundxml only).
    public var schedule: Attribute<Int>
    /// `reason`: reason given for the hang-up (inboundxml only).
    public var reason: Attribute<String>
    /// The child elements in document order.
    public var children: [Node]

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        schedule = reader.integer("schedule")
        reason = reader.string("reason")
        self.children = children
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            schedule.field("schedule", writtenOnly: writtenOnly),
            reason.field("reason", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Header>`: one custom SIP header of <Headers>. Only in twiml, cxml, pivot. 
public struct HeaderElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `name`: name of the custom header.
    public var name: Attribute<String>
    /// `value`: value of the custom header.
    public var value: Attribute<String>

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        name = reader.string("name")
        value = reader.string("value")
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            name.field("name", writtenOnly: writtenOnly),
            value.field("value", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Headers>`: custom SIP headers sent in the INVITE of a <Sip>. Only in twiml, cxml, pivot. 
public struct HeadersElement: Sendable {
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
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
        ].compactMap { $0 }
    }
}

/// `<Identity>`: identity of the Voice SDK client to dial. Only in twiml, cxml, pivot. 
public struct IdentityElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// The text content, white space trimmed.
    public var text: String
    /// Where the text is, if there is any.
    public var textRange: SourceRange?

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        (text, textRange) = reader.text()
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
        ].compactMap { $0 }
    }
}

/// `<Language>`: per-language voice and speech settings. Only in twiml, texml, cxml, pivot. 
public struct LanguageElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `code`: language this setting is for.
    public var code: Attribute<String>
    /// `ttsProvider`: text-to-speech provider for this language.
    public var ttsProvider: Attribute<String>
    /// `voice`: text-to-speech voice for this language.
    public var voice: Attribute<String>
    /// `transcriptionProvider`: speech-to-text provider for this language.
    public var transcriptionProvider: Attribute<String>
    /// `speechModel`: speech-to-text model for this language.
    public var speechModel: Attribute<String>
    /// `hints`: phrases that help speech recognition of this language (twiml, cxml, pivot only).
    public var hints: Attribute<String>
    /// `asrSmartFormat`: whether smart formatting is applied to transcripts of this language (twiml, cxml, pivot only).
    public var asrSmartFormat: Attribute<Bool>
    /// `ttsTextNormalization`: text normalization for text-to-speech of this language (twiml, cxml, pivot only).
    public var ttsTextNormalization: Attribute<String>
    /// `ttsLanguageTextNormalization`: whether language-specific text normalization is applied for text-to-speech of this language (twiml, cxml, pivot only).
    public var ttsLanguageTextNormalization: Attribute<Bool>

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        code = reader.string("code")
        ttsProvider = reader.string("ttsProvider")
        voice = reader.string("voice")
        transcriptionProvider = reader.string("transcriptionProvider")
        speechModel = reader.string("speechModel")
        hints = reader.string("hints")
        asrSmartFormat = reader.boolean("asrSmartFormat")
        ttsTextNormalization = reader.string("ttsTextNormalization")
        ttsLanguageTextNormalization = reader.boolean("ttsLanguageTextNormalization")
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            code.field("code", writtenOnly: writtenOnly),
            ttsProvider.field("ttsProvider", writtenOnly: writtenOnly),
            voice.field("voice", writtenOnly: writtenOnly),
            transcriptionProvider.field("transcriptionProvider", writtenOnly: writtenOnly),
            speechModel.field("speechModel", writtenOnly: writtenOnly),
            hints.field("hints", writtenOnly: writtenOnly),
            asrSmartFormat.field("asrSmartFormat", writtenOnly: writtenOnly),
            ttsTextNormalization.field("ttsTextNormalization", writtenOnly: writtenOnly),
            ttsLanguageTextNormalization.field("ttsLanguageTextNormalization", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Leave>`: removes the call from its queue and continues after the Enqueue. Only in twiml, texml, cxml, pivot. 
public struct LeaveElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
        ].compactMap { $0 }
    }
}

/// `<Number>`: phone number to dial.
public struct NumberElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `sendDigits`: DTMF tones played when the call is answered.
    public var sendDigits: Attribute<String>
    /// `byoc`: SID of the BYOC trunk used to route the call (twiml, cxml, pivot only).
    public var byoc: Attribute<String>
    /// `url`: document run on the called party before the calls are connected.
    public var url: Attribute<String>
    /// `method`: HTTP method for the url document.
    public var method: Attribute<String>
    /// `statusCallbackEvent`: call progress events that trigger the status callback (twiml, texml, cxml, pivot only).
    public var statusCallbackEvent: Attribute<[String]>
    /// `statusCallback`: URL that receives call progress callbacks (twiml, texml, cxml, pivot only).
    public var statusCallback: Attribute<String>
    /// `statusCallbackMethod`: HTTP method for the status callback (twiml, texml, cxml, pivot only).
    public var statusCallbackMethod: Attribute<String>
    /// `machineDetection`: answering machine detection mode (twiml, texml, cxml, pivot only).
    public var machineDetection: Attribute<String>
    /// `machineDetectionTimeout`: seconds to try answering machine detection (twiml, texml, cxml, pivot only).
    public var machineDetectionTimeout: Attribute<Int>
    /// `machineDetectionSpeechThreshold`: longest speech in milliseconds still taken as a human (twiml, cxml, pivot only).
    public var machineDetectionSpeechThreshold: Attribute<Int>
    /// `machineDetectionSpeechEndThreshold`: milliseconds of silence that end the speech activity (twiml, cxml, pivot only).
    public var machineDetectionSpeechEndThreshold: Attribute<Int>
    /// `machineDetectionSilenceTimeout`: milliseconds of initial silence before an unknown result (twiml, cxml, pivot only).
    public var machineDetectionSilenceTimeout: Attribute<Int>
    /// `amdStatusCallback`: URL that receives the answering machine detection result (twiml, texml, cxml, pivot only).
    public var amdStatusCallback: Attribute<String>
    /// `amdStatusCallbackMethod`: HTTP method for the AMD status callback (twiml, texml, cxml, pivot only).
    public var amdStatusCallbackMethod: Attribute<String>
    /// `detectionMode`: answering machine detection mode (texml only).
    public var detectionMode: Attribute<String>
    /// `machineDetectionPromptEndTimeout`: milliseconds of silence after a call screening prompt (texml only).
    public var machineDetectionPromptEndTimeout: Attribute<Int>
    /// `sipRegion`: region of the SIP infrastructure used to dial (texml only).
    public var sipRegion: Attribute<String>
    /// `sendOnPreanswer`: whether sendDigits is sent before the answer (inboundxml only).
    public var sendOnPreanswer: Attribute<Bool>
    /// The text content, white space trimmed.
    public var text: String
    /// Where the text is, if there is any.
    public var textRange: SourceRange?

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        sendDigits = reader.string("sendDigits")
        byoc = reader.string("byoc")
        url = reader.string("url")
        method = reader.string("method")
        statusCallbackEvent = reader.tokens("statusCallbackEvent")
        statusCallback = reader.string("statusCallback")
        statusCallbackMethod = reader.string("statusCallbackMethod")
        machineDetection = reader.string("machineDetection")
        machineDetectionTimeout = reader.integer("machineDetectionTimeout")
        machineDetectionSpeechThreshold = reader.integer("machineDetectionSpeechThreshold")
        machineDetectionSpeechEndThreshold = reader.integer("machineDetectionSpeechEndThreshold")
        machineDetectionSilenceTimeout = reader.integer("machineDetectionSilenceTimeout")
        amdStatusCallback = reader.string("amdStatusCallback")
        amdStatusCallbackMethod = reader.string("amdStatusCallbackMethod")
        detectionMode = reader.string("detectionMode")
        machineDetectionPromptEndTimeout = reader.integer("machineDetectionPromptEndTimeout")
        sipRegion = reader.string("sipRegion")
        sendOnPreanswer = reader.boolean("sendOnPreanswer")
        (text, textRange) = reader.text()
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            sendDigits.field("sendDigits", writtenOnly: writtenOnly),
            byoc.field("byoc", writtenOnly: writtenOnly),
            url.field("url", writtenOnly: writtenOnly),
            method.field("method", writtenOnly: writtenOnly),
            statusCallbackEvent.field("statusCallbackEvent", writtenOnly: writtenOnly),
            statusCallback.field("statusCallback", writtenOnly: writtenOnly),
            statusCallbackMethod.field("statusCallbackMethod", writtenOnly: writtenOnly),
            machineDetection.field("machineDetection", writtenOnly: writtenOnly),
            machineDetectionTimeout.field("machineDetectionTimeout", writtenOnly: writtenOnly),
            machineDetectionSpeechThreshold.field("machineDetectionSpeechThreshold", writtenOnly: writtenOnly),
            machineDetectionSpeechEndThreshold.field("machineDetectionSpeechEndThreshold", writtenOnly: writtenOnly),
            machineDetectionSilenceTimeout.field("machineDetectionSilenceTimeout", writtenOnly: writtenOnly),
            amdStatusCallback.field("amdStatusCallback", writtenOnly: writtenOnly),
            amdStatusCallbackMethod.field("amdStatusCallbackMethod", writtenOnly: writtenOnly),
            detectionMode.field("detectionMode", writtenOnly: writtenOnly),
            machineDetectionPromptEndTimeout.field("machineDetectionPromptEndTimeout", writtenOnly: writtenOnly),
            sipRegion.field("sipRegion", writtenOnly: writtenOnly),
            sendOnPreanswer.field("sendOnPreanswer", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Parameter>`: custom name/value pair passed to the parent service. Only in twiml, texml, cxml, pivot. 
public struct ParameterElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `name`: name of the custom parameter.
    public var name: Attribute<String>
    /// `value`: value of the custom parameter.
    public var value: Attribute<String>

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        name = reader.string("name")
        value = reader.string("value")
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            name.field("name", writtenOnly: writtenOnly),
            value.field("value", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Pause>`: waits silently for a number of seconds.
public struct PauseElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `length`: seconds of silence.
    public var length: Attribute<Int>

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        length = reader.integer("length")
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            length.field("length", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Pay>`: collects payment details and charges or tokenizes them. Only in twiml, texml, cxml, pivot. 
public struct PayElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `input`: input type accepted (twiml, cxml, pivot only).
    public var input: Attribute<String>
    /// `action`: URL requested when the payment ends.
    public var action: Attribute<String>
    /// `statusCallback`: URL that receives payment progress callbacks.
    public var statusCallback: Attribute<String>
    /// `statusCallbackMethod`: HTTP method for the status callback.
    public var statusCallbackMethod: Attribute<String>
    /// `paymentMethod`: payment method to collect.
    public var paymentMethod: Attribute<String>
    /// `bankAccountType`: bank account type for ACH payments (twiml, cxml, pivot only).
    public var bankAccountType: Attribute<String>
    /// `timeout`: seconds to wait for each input.
    public var timeout: Attribute<Int>
    /// `maxAttempts`: attempts allowed for each input.
    public var maxAttempts: Attribute<Int>
    /// `securityCode`: whether the security code is requested (twiml, cxml, pivot only).
    public var securityCode: Attribute<Bool>
    /// `postalCode`: whether the postal code is requested (true, false or a fixed postal code) (twiml, cxml, pivot only).
    public var postalCode: Attribute<String>
    /// `minPostalCodeLength`: minimum length of the postal code (twiml, cxml, pivot only).
    public var minPostalCodeLength: Attribute<Int>
    /// `paymentConnector`: name of the Pay Connector.
    public var paymentConnector: Attribute<String>
    /// `tokenType`: type of token to create (twiml, cxml, pivot only).
    public var tokenType: Attribute<String>
    /// `chargeAmount`: amount to charge; 0 or omitted tokenizes.
    public var chargeAmount: Attribute<Double>
    /// `currency`: currency of the charge.
    public var currency: Attribute<String>
    /// `language`: language of the payment prompts.
    public var language: Attribute<String>
    /// `description`: description of the payment.
    public var description: Attribute<String>
    /// `validCardTypes`: card types accepted (twiml, cxml, pivot only).
    public var validCardTypes: Attribute<[String]>
    /// `method`: HTTP method for the action URL (texml only).
    public var method: Attribute<String>
    /// `interDigitTimeout`: seconds allowed between digits (texml only).
    public var interDigitTimeout: Attribute<Int>
    /// `paymentToken`: existing payment token; skips data collection (texml only).
    public var paymentToken: Attribute<String>
    /// `transactionType`: whether the payment is charged or tokenized (texml only).
    public var transactionType: Attribute<String>
    /// `voice`: voice of the payment prompts (texml only).
    public var voice: Attribute<String>
    /// `serviceLevel`: service level of payment processing (texml only).
    public var serviceLevel: Attribute<String>
    /// `parameters`: extra connector parameters as a JSON object (texml only).
    public var parameters: Attribute<String>
    /// `prompts`: custom prompts as a JSON object (texml only).
    public var prompts: Attribute<String>
    /// `metadata`: metadata attached to the transaction as a JSON object (texml only).
    public var metadata: Attribute<String>
    /// The child elements in document order.
    public var children: [Node]

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        input = reader.string("input")
        action = reader.string("action")
        statusCallback = reader.string("statusCallback")
        statusCallbackMethod = reader.string("statusCallbackMethod")
        paymentMethod = reader.string("paymentMethod")
        bankAccountType = reader.string("bankAccountType")
        timeout = reader.integer("timeout")
        maxAttempts = reader.integer("maxAttempts")
        securityCode = reader.boolean("securityCode")
        postalCode = reader.string("postalCode")
        minPostalCodeLength = reader.integer("minPostalCodeLength")
        paymentConnector = reader.string("paymentConnector")
        tokenType = reader.string("tokenType")
        chargeAmount = reader.number("chargeAmount")
        currency = reader.string("currency")
        language = reader.string("language")
        description = reader.string("description")
        validCardTypes = reader.tokens("validCardTypes")
        method = reader.string("method")
        interDigitTimeout = reader.integer("interDigitTimeout")
        paymentToken = reader.string("paymentToken")
        transactionType = reader.string("transactionType")
        voice = reader.string("voice")
        serviceLevel = reader.string("serviceLevel")
        parameters = reader.string("parameters")
        prompts = reader.string("prompts")
        metadata = reader.string("metadata")
        self.children = children
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            input.field("input", writtenOnly: writtenOnly),
            action.field("action", writtenOnly: writtenOnly),
            statusCallback.field("statusCallback", writtenOnly: writtenOnly),
            statusCallbackMethod.field("statusCallbackMethod", writtenOnly: writtenOnly),
            paymentMethod.field("paymentMethod", writtenOnly: writtenOnly),
            bankAccountType.field("bankAccountType", writtenOnly: writtenOnly),
            timeout.field("timeout", writtenOnly: writtenOnly),
            maxAttempts.field("maxAttempts", writtenOnly: writtenOnly),
            securityCode.field("securityCode", writtenOnly: writtenOnly),
            postalCode.field("postalCode", writtenOnly: writtenOnly),
            minPostalCodeLength.field("minPostalCodeLength", writtenOnly: writtenOnly),
            paymentConnector.field("paymentConnector", writtenOnly: writtenOnly),
            tokenType.field("tokenType", writtenOnly: writtenOnly),
            chargeAmount.field("chargeAmount", writtenOnly: writtenOnly),
            currency.field("currency", writtenOnly: writtenOnly),
            language.field("language", writtenOnly: writtenOnly),
            description.field("description", writtenOnly: writtenOnly),
            validCardTypes.field("validCardTypes", writtenOnly: writtenOnly),
            method.field("method", writtenOnly: writtenOnly),
            interDigitTimeout.field("interDigitTimeout", writtenOnly: writtenOnly),
            paymentToken.field("paymentToken", writtenOnly: writtenOnly),
            transactionType.field("transactionType", writtenOnly: writtenOnly),
            voice.field("voice", writtenOnly: writtenOnly),
            serviceLevel.field("serviceLevel", writtenOnly: writtenOnly),
            parameters.field("parameters", writtenOnly: writtenOnly),
            prompts.field("prompts", writtenOnly: writtenOnly),
            metadata.field("metadata", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Play>`: plays an audio file (or DTMF tones) to the caller.
public struct PlayElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `loop`: times to repeat the audio; 0 repeats until the call ends.
    public var loop: Attribute<Int>
    /// `digits`: DTMF tones to play instead of an audio file (twiml, texml, cxml, pivot only).
    public var digits: Attribute<String>
    /// `mediaStorage`: whether the text is a Telnyx media storage name instead of a URL (texml only).
    public var mediaStorage: Attribute<Bool>
    /// `failoverUrl`: backup audio source played when the primary one fails (texml only).
    public var failoverUrl: Attribute<String>
    /// `continueOnError`: whether a playback failure continues with the next verb instead of aborting (texml only).
    public var continueOnError: Attribute<Bool>
    /// `ringTone`: country ringback tone to play instead of an audio file (texml only).
    public var ringTone: Attribute<String>
    /// `method`: HTTP method that fetches the audio (inboundxml only).
    public var method: Attribute<String>
    /// The text content, white space trimmed.
    public var text: String
    /// Where the text is, if there is any.
    public var textRange: SourceRange?

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        loop = reader.integer("loop")
        digits = reader.string("digits")
        mediaStorage = reader.boolean("mediaStorage")
        failoverUrl = reader.string("failoverUrl")
        continueOnError = reader.boolean("continueOnError")
        ringTone = reader.string("ringTone")
        method = reader.string("method")
        (text, textRange) = reader.text()
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            loop.field("loop", writtenOnly: writtenOnly),
            digits.field("digits", writtenOnly: writtenOnly),
            mediaStorage.field("mediaStorage", writtenOnly: writtenOnly),
            failoverUrl.field("failoverUrl", writtenOnly: writtenOnly),
            continueOnError.field("continueOnError", writtenOnly: writtenOnly),
            ringTone.field("ringTone", writtenOnly: writtenOnly),
            method.field("method", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Prompt>`: custom prompt for one step of Pay. Only in twiml, texml, cxml, pivot. 
public struct PromptElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `for`: payment step the prompt is for.
    public var `for`: Attribute<String>
    /// `errorType`: errors after which the prompt is played.
    public var errorType: Attribute<[String]>
    /// `cardType`: card types the prompt is for.
    public var cardType: Attribute<[String]>
    /// `attempt`: space-separated attempt numbers the prompt is for.
    public var attempt: Attribute<String>
    /// `requireMatchingInputs`: whether the input must be entered twice (twiml, cxml, pivot only).
    public var requireMatchingInputs: Attribute<Bool>
    /// The child elements in document order.
    public var children: [Node]

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        `for` = reader.string("for")
        errorType = reader.tokens("errorType")
        cardType = reader.tokens("cardType")
        attempt = reader.string("attempt")
        requireMatchingInputs = reader.boolean("requireMatchingInputs")
        self.children = children
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            `for`.field("for", writtenOnly: writtenOnly),
            errorType.field("errorType", writtenOnly: writtenOnly),
            cardType.field("cardType", writtenOnly: writtenOnly),
            attempt.field("attempt", writtenOnly: writtenOnly),
            requireMatchingInputs.field("requireMatchingInputs", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Queue>`: call queue whose first caller is connected. Only in twiml, texml, cxml, pivot. 
public struct QueueElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `url`: document run on the dequeued caller before the calls are connected.
    public var url: Attribute<String>
    /// `method`: HTTP method for the url document.
    public var method: Attribute<String>
    /// `reservationSid`: SID of the TaskRouter Reservation (twiml, cxml, pivot only).
    public var reservationSid: Attribute<String>
    /// `postWorkActivitySid`: SID of the TaskRouter Activity set after the call (twiml, cxml, pivot only).
    public var postWorkActivitySid: Attribute<String>
    /// The text content, white space trimmed.
    public var text: String
    /// Where the text is, if there is any.
    public var textRange: SourceRange?

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        url = reader.string("url")
        method = reader.string("method")
        reservationSid = reader.string("reservationSid")
        postWorkActivitySid = reader.string("postWorkActivitySid")
        (text, textRange) = reader.text()
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            url.field("url", writtenOnly: writtenOnly),
            method.field("method", writtenOnly: writtenOnly),
            reservationSid.field("reservationSid", writtenOnly: writtenOnly),
            postWorkActivitySid.field("postWorkActivitySid", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Record>`: records the caller and posts the recording URL to action.
public struct RecordElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `action`: URL requested when the recording ends.
    public var action: Attribute<String>
    /// `method`: HTTP method for the action URL.
    public var method: Attribute<String>
    /// `timeout`: seconds of silence that end the recording; 0 disables the silence stop.
    public var timeout: Attribute<Int>
    /// `finishOnKey`: keys that end the recording.
    public var finishOnKey: Attribute<String>
    /// `maxLength`: maximum length of the recording in seconds.
    public var maxLength: Attribute<Int>
    /// `playBeep`: whether a beep is played before recording starts.
    public var playBeep: Attribute<Bool>
    /// `trim`: whether leading and trailing silence is trimmed (twiml, texml, cxml only).
    public var trim: Attribute<String>
    /// `recordingStatusCallback`: URL that receives recording status callbacks (twiml, texml, cxml only).
    public var recordingStatusCallback: Attribute<String>
    /// `recordingStatusCallbackMethod`: HTTP method for the recording status callback (twiml, texml, cxml only).
    public var recordingStatusCallbackMethod: Attribute<String>
    /// `recordingStatusCallbackEvent`: recording events that trigger the recording status callback (twiml, texml, cxml only).
    public var recordingStatusCallbackEvent: Attribute<[String]>
    /// `transcribe`: whether the recording is transcribed (twiml, cxml, inboundxml only).
    public var transcribe: Attribute<Bool>
    /// `transcribeCallback`: URL that receives the transcription (twiml, cxml, inboundxml only).
    public var transcribeCallback: Attribute<String>
    /// `recordingConfigurationId`: ID of the Recording Configuration used for the recording (twiml, cxml only).
    public var recordingConfigurationId: Attribute<String>
    /// `channels`: number of channels in the recording file (texml only).
    public var channels: Attribute<String>
    /// `format`: file format of the recording (texml only).
    public var format: Attribute<String>
    /// `transcription`: whether the recording is transcribed (texml only).
    public var transcription: Attribute<Bool>
    /// `transcriptionCallback`: URL that receives the transcription (texml only).
    public var transcriptionCallback: Attribute<String>
    /// `transcriptionEngine`: transcription engine (A = Google, B = Telnyx) (texml only).
    public var transcriptionEngine: Attribute<String>
    /// `transcriptionModel`: transcription model as vendor/model-name (texml only).
    public var transcriptionModel: Attribute<String>
    /// `transcriptionLanguage`: language of the transcription (texml only).
    public var transcriptionLanguage: Attribute<String>
    /// `storageUrl`: absolute URL the recording file is sent to instead of the platform's storage (cxml only).
    public var storageUrl: Attribute<String>
    /// `storageUrlMethod`: HTTP method that sends the file to storageUrl (cxml only).
    public var storageUrlMethod: Attribute<String>
    /// `recordingUrl`: URL the finished recording is stored at (sent with PUT) (pivot only).
    public var recordingUrl: Attribute<String>
    /// `transcribeQuality`: quality of the transcription (inboundxml only).
    public var transcribeQuality: Attribute<String>
    /// `sliceStart`: second of the recording a transcription slice starts at (inboundxml only).
    public var sliceStart: Attribute<Int>
    /// `sliceDuration`: length in seconds of the transcription slice (inboundxml only).
    public var sliceDuration: Attribute<Int>
    /// `bothLegs`: deprecated for direction: whether both legs are recorded (inboundxml only).
    public var bothLegs: Attribute<Bool>
    /// `fileFormat`: file format of the recording (inboundxml only).
    public var fileFormat: Attribute<String>
    /// `direction`: which audio is recorded: in (the caller), out (what the caller hears) or both (inboundxml only).
    public var direction: Attribute<String>
    /// `background`: whether the recording runs while the next verbs execute (default: false, setting record_background_default) (inboundxml only).
    public var background: Attribute<Bool>
    /// `sampleRate`: samples per second of the recording (default 8000) (inboundxml only).
    public var sampleRate: Attribute<String>
    /// `trimSilence`: whether leading and trailing silence is trimmed (inboundxml only).
    public var trimSilence: Attribute<Bool>
    /// `lifetime`: days the recording is kept (inboundxml only).
    public var lifetime: Attribute<Int>

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        action = reader.string("action")
        method = reader.string("method")
        timeout = reader.integer("timeout")
        finishOnKey = reader.string("finishOnKey")
        maxLength = reader.integer("maxLength")
        playBeep = reader.boolean("playBeep")
        trim = reader.string("trim")
        recordingStatusCallback = reader.string("recordingStatusCallback")
        recordingStatusCallbackMethod = reader.string("recordingStatusCallbackMethod")
        recordingStatusCallbackEvent = reader.tokens("recordingStatusCallbackEvent")
        transcribe = reader.boolean("transcribe")
        transcribeCallback = reader.string("transcribeCallback")
        recordingConfigurationId = reader.string("recordingConfigurationId")
        channels = reader.string("channels")
        format = reader.string("format")
        transcription = reader.boolean("transcription")
        transcriptionCallback = reader.string("transcriptionCallback")
        transcriptionEngine = reader.string("transcriptionEngine")
        transcriptionModel = reader.string("transcriptionModel")
        transcriptionLanguage = reader.string("transcriptionLanguage")
        storageUrl = reader.string("storageUrl")
        storageUrlMethod = reader.string("storageUrlMethod")
        recordingUrl = reader.string("recordingUrl")
        transcribeQuality = reader.string("transcribeQuality")
        sliceStart = reader.integer("sliceStart")
        sliceDuration = reader.integer("sliceDuration")
        bothLegs = reader.boolean("bothLegs")
        fileFormat = reader.string("fileFormat")
        direction = reader.string("direction")
        background = reader.boolean("background")
        sampleRate = reader.string("sampleRate")
        trimSilence = reader.boolean("trimSilence")
        lifetime = reader.integer("lifetime")
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            action.field("action", writtenOnly: writtenOnly),
            method.field("method", writtenOnly: writtenOnly),
            timeout.field("timeout", writtenOnly: writtenOnly),
            finishOnKey.field("finishOnKey", writtenOnly: writtenOnly),
            maxLength.field("maxLength", writtenOnly: writtenOnly),
            playBeep.field("playBeep", writtenOnly: writtenOnly),
            trim.field("trim", writtenOnly: writtenOnly),
            recordingStatusCallback.field("recordingStatusCallback", writtenOnly: writtenOnly),
            recordingStatusCallbackMethod.field("recordingStatusCallbackMethod", writtenOnly: writtenOnly),
            recordingStatusCallbackEvent.field("recordingStatusCallbackEvent", writtenOnly: writtenOnly),
            transcribe.field("transcribe", writtenOnly: writtenOnly),
            transcribeCallback.field("transcribeCallback", writtenOnly: writtenOnly),
            recordingConfigurationId.field("recordingConfigurationId", writtenOnly: writtenOnly),
            channels.field("channels", writtenOnly: writtenOnly),
            format.field("format", writtenOnly: writtenOnly),
            transcription.field("transcription", writtenOnly: writtenOnly),
            transcriptionCallback.field("transcriptionCallback", writtenOnly: writtenOnly),
            transcriptionEngine.field("transcriptionEngine", writtenOnly: writtenOnly),
            transcriptionModel.field("transcriptionModel", writtenOnly: writtenOnly),
            transcriptionLanguage.field("transcriptionLanguage", writtenOnly: writtenOnly),
            storageUrl.field("storageUrl", writtenOnly: writtenOnly),
            storageUrlMethod.field("storageUrlMethod", writtenOnly: writtenOnly),
            recordingUrl.field("recordingUrl", writtenOnly: writtenOnly),
            transcribeQuality.field("transcribeQuality", writtenOnly: writtenOnly),
            sliceStart.field("sliceStart", writtenOnly: writtenOnly),
            sliceDuration.field("sliceDuration", writtenOnly: writtenOnly),
            bothLegs.field("bothLegs", writtenOnly: writtenOnly),
            fileFormat.field("fileFormat", writtenOnly: writtenOnly),
            direction.field("direction", writtenOnly: writtenOnly),
            background.field("background", writtenOnly: writtenOnly),
            sampleRate.field("sampleRate", writtenOnly: writtenOnly),
            trimSilence.field("trimSilence", writtenOnly: writtenOnly),
            lifetime.field("lifetime", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Recording>`: background call recording started with Start. Only in twiml, texml, cxml, pivot. 
public struct RecordingElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `name`: unique name of the recording, used to stop it.
    public var name: Attribute<String>
    /// `recordingStatusCallback`: URL that receives recording status callbacks.
    public var recordingStatusCallback: Attribute<String>
    /// `recordingStatusCallbackMethod`: HTTP method for the recording status callback.
    public var recordingStatusCallbackMethod: Attribute<String>
    /// `recordingStatusCallbackEvent`: recording events that trigger the recording status callback.
    public var recordingStatusCallbackEvent: Attribute<[String]>
    /// `trim`: whether leading and trailing silence is trimmed.
    public var trim: Attribute<String>
    /// `track`: audio track to record.
    public var track: Attribute<String>
    /// `channels`: number of channels in the recording.
    public var channels: Attribute<String>
    /// `recordingConfigurationId`: ID of the Recording Configuration used for the recording (twiml, cxml, pivot only).
    public var recordingConfigurationId: Attribute<String>
    /// `format`: file format of the recording (texml only).
    public var format: Attribute<String>

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        name = reader.string("name")
        recordingStatusCallback = reader.string("recordingStatusCallback")
        recordingStatusCallbackMethod = reader.string("recordingStatusCallbackMethod")
        recordingStatusCallbackEvent = reader.tokens("recordingStatusCallbackEvent")
        trim = reader.string("trim")
        track = reader.string("track")
        channels = reader.string("channels")
        recordingConfigurationId = reader.string("recordingConfigurationId")
        format = reader.string("format")
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            name.field("name", writtenOnly: writtenOnly),
            recordingStatusCallback.field("recordingStatusCallback", writtenOnly: writtenOnly),
            recordingStatusCallbackMethod.field("recordingStatusCallbackMethod", writtenOnly: writtenOnly),
            recordingStatusCallbackEvent.field("recordingStatusCallbackEvent", writtenOnly: writtenOnly),
            trim.field("trim", writtenOnly: writtenOnly),
            track.field("track", writtenOnly: writtenOnly),
            channels.field("channels", writtenOnly: writtenOnly),
            recordingConfigurationId.field("recordingConfigurationId", writtenOnly: writtenOnly),
            format.field("format", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Redirect>`: transfers control to the document at another URL.
public struct RedirectElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `method`: HTTP method for the redirect URL.
    public var method: Attribute<String>
    /// The text content, white space trimmed.
    public var text: String
    /// Where the text is, if there is any.
    public var textRange: SourceRange?

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        method = reader.string("method")
        (text, textRange) = reader.text()
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            method.field("method", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Refer>`: transfers the call with a SIP REFER. Only in twiml, texml, cxml, pivot. 
public struct ReferElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `action`: URL requested when the refer ends.
    public var action: Attribute<String>
    /// `method`: HTTP method for the action URL.
    public var method: Attribute<String>
    /// The child elements in document order.
    public var children: [Node]

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        action = reader.string("action")
        method = reader.string("method")
        self.children = children
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            action.field("action", writtenOnly: writtenOnly),
            method.field("method", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Reject>`: rejects the call without answering it.
public struct RejectElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `reason`: tone that tells the caller why the call was rejected.
    public var reason: Attribute<String>
    /// The child elements in document order.
    public var children: [Node]

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        reason = reader.string("reason")
        self.children = children
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            reason.field("reason", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Response>`: the root element of every voice document.
public struct ResponseElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `statusCallback`: URL requested when the call ends (inboundxml only).
    public var statusCallback: Attribute<String>
    /// `statusMethod`: HTTP method for statusCallback (inboundxml only).
    public var statusMethod: Attribute<String>
    /// `heartbeatCallback`: URL requested periodically while the call is up (inboundxml only).
    public var heartbeatCallback: Attribute<String>
    /// `heartbeatMethod`: HTTP method for heartbeatCallback (inboundxml only).
    public var heartbeatMethod: Attribute<String>
    /// The child elements in document order.
    public var children: [Node]

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        statusCallback = reader.string("statusCallback")
        statusMethod = reader.string("statusMethod")
        heartbeatCallback = reader.string("heartbeatCallback")
        heartbeatMethod = reader.string("heartbeatMethod")
        self.children = children
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            statusCallback.field("statusCallback", writtenOnly: writtenOnly),
            statusMethod.field("statusMethod", writtenOnly: writtenOnly),
            heartbeatCallback.field("heartbeatCallback", writtenOnly: writtenOnly),
            heartbeatMethod.field("heartbeatMethod", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Room>`: Programmable Video room to join. Only in twiml, cxml, pivot. 
public struct RoomElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `participantIdentity`: identity of the participant in the room.
    public var participantIdentity: Attribute<String>
    /// The text content, white space trimmed.
    public var text: String
    /// Where the text is, if there is any.
    public var textRange: SourceRange?

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        participantIdentity = reader.string("participantIdentity")
        (text, textRange) = reader.text()
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            participantIdentity.field("participantIdentity", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Say>`: speaks text to the caller with text-to-speech.
public struct SayElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `voice`: text-to-speech voice (man, woman, alice or a provider voice such as Polly.Joanna).
    public var voice: Attribute<String>
    /// `language`: language and locale of the spoken text.
    public var language: Attribute<String>
    /// `loop`: times to repeat the text; 0 repeats until the call ends.
    public var loop: Attribute<Int>
    /// `gender`: voice gender for Azure voices (texml only).
    public var gender: Attribute<String>
    /// `effect`: audio effect for Azure voices (texml only).
    public var effect: Attribute<String>
    /// `voiceSpeed`: speech rate of the voice (texml only).
    public var voiceSpeed: Attribute<Double>
    /// `api_key_ref`: reference to the stored API key of the text-to-speech provider (texml only).
    public var apiKeyRef: Attribute<String>
    /// `region`: cloud region of the text-to-speech provider (texml only).
    public var region: Attribute<String>
    /// `pronunciationDictId`: UUID of the pronunciation dictionary to apply (texml only).
    public var pronunciationDictId: Attribute<String>
    /// `languageBoost`: language hint for Telnyx Qwen3TTS voices (texml only).
    public var languageBoost: Attribute<String>
    /// The text content, white space trimmed.
    public var text: String
    /// Where the text is, if there is any.
    public var textRange: SourceRange?
    /// The child elements in document order.
    public var children: [Node]

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        voice = reader.string("voice")
        language = reader.string("language")
        loop = reader.integer("loop")
        gender = reader.string("gender")
        effect = reader.string("effect")
        voiceSpeed = reader.number("voiceSpeed")
        apiKeyRef = reader.string("api_key_ref")
        region = reader.string("region")
        pronunciationDictId = reader.string("pronunciationDictId")
        languageBoost = reader.string("languageBoost")
        (text, textRange) = reader.text()
        self.children = children
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            voice.field("voice", writtenOnly: writtenOnly),
            language.field("language", writtenOnly: writtenOnly),
            loop.field("loop", writtenOnly: writtenOnly),
            gender.field("gender", writtenOnly: writtenOnly),
            effect.field("effect", writtenOnly: writtenOnly),
            voiceSpeed.field("voiceSpeed", writtenOnly: writtenOnly),
            apiKeyRef.field("api_key_ref", writtenOnly: writtenOnly),
            region.field("region", writtenOnly: writtenOnly),
            pronunciationDictId.field("pronunciationDictId", writtenOnly: writtenOnly),
            languageBoost.field("languageBoost", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Sim>`: Twilio Programmable Wireless SIM to dial. Only in twiml, cxml, pivot. 
public struct SimElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// The text content, white space trimmed.
    public var text: String
    /// Where the text is, if there is any.
    public var textRange: SourceRange?

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        (text, textRange) = reader.text()
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
        ].compactMap { $0 }
    }
}

/// `<Sip>`: SIP endpoint to dial or refer to.
public struct SipElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `username`: user name for SIP authentication.
    public var username: Attribute<String>
    /// `password`: password for SIP authentication.
    public var password: Attribute<String>
    /// `url`: document run on the called party before the calls are connected (twiml, texml, cxml, pivot only).
    public var url: Attribute<String>
    /// `method`: HTTP method for the url document.
    public var method: Attribute<String>
    /// `statusCallbackEvent`: call progress events that trigger the status callback (twiml, texml, cxml, pivot only).
    public var statusCallbackEvent: Attribute<[String]>
    /// `statusCallback`: URL that receives call progress callbacks (twiml, texml, cxml, pivot only).
    public var statusCallback: Attribute<String>
    /// `statusCallbackMethod`: HTTP method for the status callback (twiml, texml, cxml, pivot only).
    public var statusCallbackMethod: Attribute<String>
    /// `machineDetection`: answering machine detection mode (twiml, texml, cxml, pivot only).
    public var machineDetection: Attribute<String>
    /// `machineDetectionTimeout`: seconds to try answering machine detection (twiml, texml, cxml, pivot only).
    public var machineDetectionTimeout: Attribute<Int>
    /// `machineDetectionSpeechThreshold`: longest speech in milliseconds still taken as a human (twiml, cxml, pivot only).
    public var machineDetectionSpeechThreshold: Attribute<Int>
    /// `machineDetectionSpeechEndThreshold`: milliseconds of silence that end the speech activity (twiml, cxml, pivot only).
    public var machineDetectionSpeechEndThreshold: Attribute<Int>
    /// `machineDetectionSilenceTimeout`: milliseconds of initial silence before an unknown result (twiml, cxml, pivot only).
    public var machineDetectionSilenceTimeout: Attribute<Int>
    /// `amdStatusCallback`: URL that receives the answering machine detection result (twiml, texml, cxml, pivot only).
    public var amdStatusCallback: Attribute<String>
    /// `amdStatusCallbackMethod`: HTTP method for the AMD status callback (twiml, texml, cxml, pivot only).
    public var amdStatusCallbackMethod: Attribute<String>
    /// `detectionMode`: answering machine detection mode (texml only).
    public var detectionMode: Attribute<String>
    /// `machineDetectionPromptEndTimeout`: milliseconds of silence after a call screening prompt (texml only).
    public var machineDetectionPromptEndTimeout: Attribute<Int>
    /// `sipRegion`: region of the SIP infrastructure used to dial (texml only).
    public var sipRegion: Attribute<String>
    /// `action`: URL requested when the SIP call ends (inboundxml only).
    public var action: Attribute<String>
    /// `sendDigits`: keys sent once the SIP endpoint answers (inboundxml only).
    public var sendDigits: Attribute<String>
    /// The text content, white space trimmed.
    public var text: String
    /// Where the text is, if there is any.
    public var textRange: SourceRange?
    /// The child elements in document order.
    public var children: [Node]

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        username = reader.string("username")
        password = reader.string("password")
        url = reader.string("url")
        method = reader.string("method")
        statusCallbackEvent = reader.tokens("statusCallbackEvent")
        statusCallback = reader.string("statusCallback")
        statusCallbackMethod = reader.string("statusCallbackMethod")
        machineDetection = reader.string("machineDetection")
        machineDetectionTimeout = reader.integer("machineDetectionTimeout")
        machineDetectionSpeechThreshold = reader.integer("machineDetectionSpeechThreshold")
        machineDetectionSpeechEndThreshold = reader.integer("machineDetectionSpeechEndThreshold")
        machineDetectionSilenceTimeout = reader.integer("machineDetectionSilenceTimeout")
        amdStatusCallback = reader.string("amdStatusCallback")
        amdStatusCallbackMethod = reader.string("amdStatusCallbackMethod")
        detectionMode = reader.string("detectionMode")
        machineDetectionPromptEndTimeout = reader.integer("machineDetectionPromptEndTimeout")
        sipRegion = reader.string("sipRegion")
        action = reader.string("action")
        sendDigits = reader.string("sendDigits")
        (text, textRange) = reader.text()
        self.children = children
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            username.field("username", writtenOnly: writtenOnly),
            password.field("password", writtenOnly: writtenOnly),
            url.field("url", writtenOnly: writtenOnly),
            method.field("method", writtenOnly: writtenOnly),
            statusCallbackEvent.field("statusCallbackEvent", writtenOnly: writtenOnly),
            statusCallback.field("statusCallback", writtenOnly: writtenOnly),
            statusCallbackMethod.field("statusCallbackMethod", writtenOnly: writtenOnly),
            machineDetection.field("machineDetection", writtenOnly: writtenOnly),
            machineDetectionTimeout.field("machineDetectionTimeout", writtenOnly: writtenOnly),
            machineDetectionSpeechThreshold.field("machineDetectionSpeechThreshold", writtenOnly: writtenOnly),
            machineDetectionSpeechEndThreshold.field("machineDetectionSpeechEndThreshold", writtenOnly: writtenOnly),
            machineDetectionSilenceTimeout.field("machineDetectionSilenceTimeout", writtenOnly: writtenOnly),
            amdStatusCallback.field("amdStatusCallback", writtenOnly: writtenOnly),
            amdStatusCallbackMethod.field("amdStatusCallbackMethod", writtenOnly: writtenOnly),
            detectionMode.field("detectionMode", writtenOnly: writtenOnly),
            machineDetectionPromptEndTimeout.field("machineDetectionPromptEndTimeout", writtenOnly: writtenOnly),
            sipRegion.field("sipRegion", writtenOnly: writtenOnly),
            action.field("action", writtenOnly: writtenOnly),
            sendDigits.field("sendDigits", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Siprec>`: SIPREC session to a recording server. Only in twiml, texml, cxml, pivot. 
public struct SiprecElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `name`: unique name of the session, used to stop it.
    public var name: Attribute<String>
    /// `connectorName`: name of the SIPREC connector.
    public var connectorName: Attribute<String>
    /// `track`: audio track sent to the recording server.
    public var track: Attribute<String>
    /// `statusCallback`: URL that receives SIPREC events.
    public var statusCallback: Attribute<String>
    /// `statusCallbackMethod`: HTTP method for the status callback.
    public var statusCallbackMethod: Attribute<String>
    /// `includeMetadataCustomHeaders`: whether custom parameters go into metadata instead of SIP headers (texml only).
    public var includeMetadataCustomHeaders: Attribute<Bool>
    /// `secure`: whether media is encrypted with SRTP and TLS (texml only).
    public var secure: Attribute<Bool>
    /// `sessionTimeoutSecs`: session expiry in seconds sent as Session-Expires (90 or more; 0 disables) (texml only).
    public var sessionTimeoutSecs: Attribute<Int>
    /// The child elements in document order.
    public var children: [Node]

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        name = reader.string("name")
        connectorName = reader.string("connectorName")
        track = reader.string("track")
        statusCallback = reader.string("statusCallback")
        statusCallbackMethod = reader.string("statusCallbackMethod")
        includeMetadataCustomHeaders = reader.boolean("includeMetadataCustomHeaders")
        secure = reader.boolean("secure")
        sessionTimeoutSecs = reader.integer("sessionTimeoutSecs")
        self.children = children
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            name.field("name", writtenOnly: writtenOnly),
            connectorName.field("connectorName", writtenOnly: writtenOnly),
            track.field("track", writtenOnly: writtenOnly),
            statusCallback.field("statusCallback", writtenOnly: writtenOnly),
            statusCallbackMethod.field("statusCallbackMethod", writtenOnly: writtenOnly),
            includeMetadataCustomHeaders.field("includeMetadataCustomHeaders", writtenOnly: writtenOnly),
            secure.field("secure", writtenOnly: writtenOnly),
            sessionTimeoutSecs.field("sessionTimeoutSecs", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Sms>`: sends an SMS during a call (deprecated). Only in twiml, cxml, pivot, inboundxml. 
public struct SmsElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `to`: number the message is sent to.
    public var to: Attribute<String>
    /// `from`: number the message is sent from.
    public var from: Attribute<String>
    /// `action`: URL requested after the message is sent.
    public var action: Attribute<String>
    /// `method`: HTTP method for the action URL.
    public var method: Attribute<String>
    /// `statusCallback`: URL that receives message status callbacks.
    public var statusCallback: Attribute<String>
    /// `statusCallbackMethod`: HTTP method for statusCallback (inboundxml only).
    public var statusCallbackMethod: Attribute<String>
    /// The text content, white space trimmed.
    public var text: String
    /// Where the text is, if there is any.
    public var textRange: SourceRange?

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        to = reader.string("to")
        from = reader.string("from")
        action = reader.string("action")
        method = reader.string("method")
        statusCallback = reader.string("statusCallback")
        statusCallbackMethod = reader.string("statusCallbackMethod")
        (text, textRange) = reader.text()
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            to.field("to", writtenOnly: writtenOnly),
            from.field("from", writtenOnly: writtenOnly),
            action.field("action", writtenOnly: writtenOnly),
            method.field("method", writtenOnly: writtenOnly),
            statusCallback.field("statusCallback", writtenOnly: writtenOnly),
            statusCallbackMethod.field("statusCallbackMethod", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Start>`: starts a background service (stream, recording, transcription) and continues at once. Only in twiml, texml, cxml, pivot. 
public struct StartElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `action`: URL requested after the service has started (twiml, cxml, pivot only).
    public var action: Attribute<String>
    /// `method`: HTTP method for the action URL (twiml, cxml, pivot only).
    public var method: Attribute<String>
    /// The child elements in document order.
    public var children: [Node]

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        action = reader.string("action")
        method = reader.string("method")
        self.children = children
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            action.field("action", writtenOnly: writtenOnly),
            method.field("method", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Stop>`: stops a background service started with Start. Only in twiml, texml, cxml, pivot. 
public struct StopElement: Sendable {
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
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
        ].compactMap { $0 }
    }
}

/// `<Stream>`: media stream of the call audio to a WebSocket. Only in twiml, texml, cxml, pivot. 
public struct StreamElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `url`: wss:// address of the WebSocket server.
    public var url: Attribute<String>
    /// `name`: unique name of the stream, used to stop it.
    public var name: Attribute<String>
    /// `connectorName`: name of the Stream Connector (twiml, cxml, pivot only).
    public var connectorName: Attribute<String>
    /// `track`: audio track to stream.
    public var track: Attribute<String>
    /// `statusCallback`: URL that receives stream events.
    public var statusCallback: Attribute<String>
    /// `statusCallbackMethod`: HTTP method for the status callback.
    public var statusCallbackMethod: Attribute<String>
    /// `audioFormat`: audio format of the stream (twiml, cxml, pivot only).
    public var audioFormat: Attribute<String>
    /// `sampleRate`: sample rate for an HD codec (twiml, cxml, pivot only).
    public var sampleRate: Attribute<String>
    /// `codec`: codec of the streamed audio (texml only).
    public var codec: Attribute<String>
    /// `bidirectionalMode`: bidirectional streaming mode (texml only).
    public var bidirectionalMode: Attribute<String>
    /// `bidirectionalCodec`: bidirectional streaming codec (rtp mode) (texml only).
    public var bidirectionalCodec: Attribute<String>
    /// `bidirectionalSamplingRate`: bidirectional sampling rate in Hz (texml only).
    public var bidirectionalSamplingRate: Attribute<String>
    /// `enableReconnect`: whether a dropped WebSocket is reconnected (texml only).
    public var enableReconnect: Attribute<Bool>
    /// The child elements in document order.
    public var children: [Node]

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        url = reader.string("url")
        name = reader.string("name")
        connectorName = reader.string("connectorName")
        track = reader.string("track")
        statusCallback = reader.string("statusCallback")
        statusCallbackMethod = reader.string("statusCallbackMethod")
        audioFormat = reader.string("audioFormat")
        sampleRate = reader.string("sampleRate")
        codec = reader.string("codec")
        bidirectionalMode = reader.string("bidirectionalMode")
        bidirectionalCodec = reader.string("bidirectionalCodec")
        bidirectionalSamplingRate = reader.string("bidirectionalSamplingRate")
        enableReconnect = reader.boolean("enableReconnect")
        self.children = children
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            url.field("url", writtenOnly: writtenOnly),
            name.field("name", writtenOnly: writtenOnly),
            connectorName.field("connectorName", writtenOnly: writtenOnly),
            track.field("track", writtenOnly: writtenOnly),
            statusCallback.field("statusCallback", writtenOnly: writtenOnly),
            statusCallbackMethod.field("statusCallbackMethod", writtenOnly: writtenOnly),
            audioFormat.field("audioFormat", writtenOnly: writtenOnly),
            sampleRate.field("sampleRate", writtenOnly: writtenOnly),
            codec.field("codec", writtenOnly: writtenOnly),
            bidirectionalMode.field("bidirectionalMode", writtenOnly: writtenOnly),
            bidirectionalCodec.field("bidirectionalCodec", writtenOnly: writtenOnly),
            bidirectionalSamplingRate.field("bidirectionalSamplingRate", writtenOnly: writtenOnly),
            enableReconnect.field("enableReconnect", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Task>`: TaskRouter task attributes (JSON) for the enqueued call. Only in twiml, cxml, pivot. 
public struct TaskElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `priority`: priority of the task.
    public var priority: Attribute<Int>
    /// `timeout`: seconds before the task is canceled.
    public var timeout: Attribute<Int>
    /// The text content, white space trimmed.
    public var text: String
    /// Where the text is, if there is any.
    public var textRange: SourceRange?

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        priority = reader.integer("priority")
        timeout = reader.integer("timeout")
        (text, textRange) = reader.text()
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            priority.field("priority", writtenOnly: writtenOnly),
            timeout.field("timeout", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Transcription>`: real-time transcription of the call. Only in twiml, texml, cxml, pivot. 
public struct TranscriptionElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `name`: unique name of the transcription, used to stop it (twiml, cxml, pivot only).
    public var name: Attribute<String>
    /// `statusCallbackUrl`: URL that receives transcription events (twiml, cxml, pivot only).
    public var statusCallbackUrl: Attribute<String>
    /// `statusCallbackMethod`: HTTP method for the status callback (twiml, cxml, pivot only).
    public var statusCallbackMethod: Attribute<String>
    /// `languageCode`: language of the transcription (twiml, cxml, pivot only).
    public var languageCode: Attribute<String>
    /// `track`: audio track to transcribe (twiml, cxml, pivot only).
    public var track: Attribute<String>
    /// `inboundTrackLabel`: label of the inbound track (twiml, cxml, pivot only).
    public var inboundTrackLabel: Attribute<String>
    /// `outboundTrackLabel`: label of the outbound track (twiml, cxml, pivot only).
    public var outboundTrackLabel: Attribute<String>
    /// `transcriptionEngine`: speech-to-text provider.
    public var transcriptionEngine: Attribute<String>
    /// `speechModel`: speech model of the provider (twiml, cxml, pivot only).
    public var speechModel: Attribute<String>
    /// `enableProviderData`: whether provider data is included in events (twiml, cxml, pivot only).
    public var enableProviderData: Attribute<Bool>
    /// `profanityFilter`: whether profanity is filtered out (twiml, cxml, pivot only).
    public var profanityFilter: Attribute<Bool>
    /// `partialResults`: whether partial results are sent (twiml, cxml, pivot only).
    public var partialResults: Attribute<Bool>
    /// `hints`: expected phrases or keywords, comma separated.
    public var hints: Attribute<String>
    /// `enableAutomaticPunctuation`: whether punctuation is added automatically (twiml, cxml, pivot only).
    public var enableAutomaticPunctuation: Attribute<Bool>
    /// `intelligenceService`: SID or unique name of the Intelligence Service (twiml, cxml, pivot only).
    public var intelligenceService: Attribute<String>
    /// `conversationConfiguration`: ID of the Conversation Orchestrator configuration (twiml, cxml, pivot only).
    public var conversationConfiguration: Attribute<String>
    /// `conversationId`: ID of the Conversation Orchestrator conversation (twiml, cxml, pivot only).
    public var conversationId: Attribute<String>
    /// `language`: language of the transcription (texml only).
    public var language: Attribute<String>
    /// `interimResults`: whether interim results are sent (texml only).
    public var interimResults: Attribute<Bool>
    /// `transcriptionTracks`: call leg to transcribe (texml only).
    public var transcriptionTracks: Attribute<String>
    /// `transcriptionCallback`: URL that receives transcription results (texml only).
    public var transcriptionCallback: Attribute<String>
    /// `transcriptionCallbackMethod`: HTTP method for the transcription callback (texml only).
    public var transcriptionCallbackMethod: Attribute<String>
    /// `model`: transcription model as vendor/model-name (texml only).
    public var model: Attribute<String>
    /// `keyterms`: key terms for Deepgram Nova-3, comma separated (texml only).
    public var keyterms: Attribute<String>
    /// `smartFormat`: whether Deepgram smart formatting is applied (texml only).
    public var smartFormat: Attribute<Bool>
    /// `apiKeyRef`: reference to the API key of the engine (texml only).
    public var apiKeyRef: Attribute<String>
    /// `region`: region of the engine (required for Azure) (texml only).
    public var region: Attribute<String>
    /// The child elements in document order.
    public var children: [Node]

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        name = reader.string("name")
        statusCallbackUrl = reader.string("statusCallbackUrl")
        statusCallbackMethod = reader.string("statusCallbackMethod")
        languageCode = reader.string("languageCode")
        track = reader.string("track")
        inboundTrackLabel = reader.string("inboundTrackLabel")
        outboundTrackLabel = reader.string("outboundTrackLabel")
        transcriptionEngine = reader.string("transcriptionEngine")
        speechModel = reader.string("speechModel")
        enableProviderData = reader.boolean("enableProviderData")
        profanityFilter = reader.boolean("profanityFilter")
        partialResults = reader.boolean("partialResults")
        hints = reader.string("hints")
        enableAutomaticPunctuation = reader.boolean("enableAutomaticPunctuation")
        intelligenceService = reader.string("intelligenceService")
        conversationConfiguration = reader.string("conversationConfiguration")
        conversationId = reader.string("conversationId")
        language = reader.string("language")
        interimResults = reader.boolean("interimResults")
        transcriptionTracks = reader.string("transcriptionTracks")
        transcriptionCallback = reader.string("transcriptionCallback")
        transcriptionCallbackMethod = reader.string("transcriptionCallbackMethod")
        model = reader.string("model")
        keyterms = reader.string("keyterms")
        smartFormat = reader.boolean("smartFormat")
        apiKeyRef = reader.string("apiKeyRef")
        region = reader.string("region")
        self.children = children
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            name.field("name", writtenOnly: writtenOnly),
            statusCallbackUrl.field("statusCallbackUrl", writtenOnly: writtenOnly),
            statusCallbackMethod.field("statusCallbackMethod", writtenOnly: writtenOnly),
            languageCode.field("languageCode", writtenOnly: writtenOnly),
            track.field("track", writtenOnly: writtenOnly),
            inboundTrackLabel.field("inboundTrackLabel", writtenOnly: writtenOnly),
            outboundTrackLabel.field("outboundTrackLabel", writtenOnly: writtenOnly),
            transcriptionEngine.field("transcriptionEngine", writtenOnly: writtenOnly),
            speechModel.field("speechModel", writtenOnly: writtenOnly),
            enableProviderData.field("enableProviderData", writtenOnly: writtenOnly),
            profanityFilter.field("profanityFilter", writtenOnly: writtenOnly),
            partialResults.field("partialResults", writtenOnly: writtenOnly),
            hints.field("hints", writtenOnly: writtenOnly),
            enableAutomaticPunctuation.field("enableAutomaticPunctuation", writtenOnly: writtenOnly),
            intelligenceService.field("intelligenceService", writtenOnly: writtenOnly),
            conversationConfiguration.field("conversationConfiguration", writtenOnly: writtenOnly),
            conversationId.field("conversationId", writtenOnly: writtenOnly),
            language.field("language", writtenOnly: writtenOnly),
            interimResults.field("interimResults", writtenOnly: writtenOnly),
            transcriptionTracks.field("transcriptionTracks", writtenOnly: writtenOnly),
            transcriptionCallback.field("transcriptionCallback", writtenOnly: writtenOnly),
            transcriptionCallbackMethod.field("transcriptionCallbackMethod", writtenOnly: writtenOnly),
            model.field("model", writtenOnly: writtenOnly),
            keyterms.field("keyterms", writtenOnly: writtenOnly),
            smartFormat.field("smartFormat", writtenOnly: writtenOnly),
            apiKeyRef.field("apiKeyRef", writtenOnly: writtenOnly),
            region.field("region", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Uri>`: one SIP URI of a <Sip>, tried in priority order. Only in twiml, cxml, pivot. 
public struct UriElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `priority`: priority of this SIP URI (tried in priority order).
    public var priority: Attribute<Int>
    /// `weight`: weight of this SIP URI among those of the same priority.
    public var weight: Attribute<Int>
    /// `username`: user name for SIP authentication.
    public var username: Attribute<String>
    /// `password`: password for SIP authentication.
    public var password: Attribute<String>
    /// The text content, white space trimmed.
    public var text: String
    /// Where the text is, if there is any.
    public var textRange: SourceRange?

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        priority = reader.integer("priority")
        weight = reader.integer("weight")
        username = reader.string("username")
        password = reader.string("password")
        (text, textRange) = reader.text()
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            priority.field("priority", writtenOnly: writtenOnly),
            weight.field("weight", writtenOnly: writtenOnly),
            username.field("username", writtenOnly: writtenOnly),
            password.field("password", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<VirtualAgent>`: Dialogflow CX virtual agent to connect to. Only in twiml, cxml, pivot. 
public struct VirtualAgentElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `connectorName`: name of the Dialogflow connector.
    public var connectorName: Attribute<String>
    /// `language`: language of the conversation.
    public var language: Attribute<String>
    /// `sentimentAnalysis`: whether sentiment analysis is enabled.
    public var sentimentAnalysis: Attribute<Bool>
    /// `statusCallback`: URL that receives virtual agent events.
    public var statusCallback: Attribute<String>
    /// `statusCallbackMethod`: HTTP method for the status callback.
    public var statusCallbackMethod: Attribute<String>
    /// The child elements in document order.
    public var children: [Node]

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        connectorName = reader.string("connectorName")
        language = reader.string("language")
        sentimentAnalysis = reader.boolean("sentimentAnalysis")
        statusCallback = reader.string("statusCallback")
        statusCallbackMethod = reader.string("statusCallbackMethod")
        self.children = children
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            connectorName.field("connectorName", writtenOnly: writtenOnly),
            language.field("language", writtenOnly: writtenOnly),
            sentimentAnalysis.field("sentimentAnalysis", writtenOnly: writtenOnly),
            statusCallback.field("statusCallback", writtenOnly: writtenOnly),
            statusCallbackMethod.field("statusCallbackMethod", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<WhatsApp>`: WhatsApp user to dial. Only in twiml, cxml, pivot. 
public struct WhatsAppElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `url`: document run on the called party before the calls are connected.
    public var url: Attribute<String>
    /// `method`: HTTP method for the url document.
    public var method: Attribute<String>
    /// `statusCallbackEvent`: call progress events that trigger the status callback.
    public var statusCallbackEvent: Attribute<[String]>
    /// `statusCallback`: URL that receives call progress callbacks.
    public var statusCallback: Attribute<String>
    /// `statusCallbackMethod`: HTTP method for the status callback.
    public var statusCallbackMethod: Attribute<String>
    /// The text content, white space trimmed.
    public var text: String
    /// Where the text is, if there is any.
    public var textRange: SourceRange?

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        url = reader.string("url")
        method = reader.string("method")
        statusCallbackEvent = reader.tokens("statusCallbackEvent")
        statusCallback = reader.string("statusCallback")
        statusCallbackMethod = reader.string("statusCallbackMethod")
        (text, textRange) = reader.text()
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            url.field("url", writtenOnly: writtenOnly),
            method.field("method", writtenOnly: writtenOnly),
            statusCallbackEvent.field("statusCallbackEvent", writtenOnly: writtenOnly),
            statusCallback.field("statusCallback", writtenOnly: writtenOnly),
            statusCallbackMethod.field("statusCallbackMethod", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<amazon:domain>`: Amazon Polly speaking style. Only in twiml, cxml, pivot. 
public struct AmazonDomainElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `name`: speaking style.
    public var name: Attribute<String>
    /// The text content, white space trimmed.
    public var text: String
    /// Where the text is, if there is any.
    public var textRange: SourceRange?
    /// The child elements in document order.
    public var children: [Node]

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        name = reader.string("name")
        (text, textRange) = reader.text()
        self.children = children
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            name.field("name", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<amazon:effect>`: Amazon Polly voice effect. Only in twiml, cxml, pivot. 
public struct AmazonEffectElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `name`: effect applied to the speech.
    public var name: Attribute<String>
    /// `phonation`: phonation of the speech.
    public var phonation: Attribute<String>
    /// `vocal-tract-length`: vocal tract length change, e.g. +15%.
    public var vocalTractLength: Attribute<String>
    /// The text content, white space trimmed.
    public var text: String
    /// Where the text is, if there is any.
    public var textRange: SourceRange?
    /// The child elements in document order.
    public var children: [Node]

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        name = reader.string("name")
        phonation = reader.string("phonation")
        vocalTractLength = reader.string("vocal-tract-length")
        (text, textRange) = reader.text()
        self.children = children
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            name.field("name", writtenOnly: writtenOnly),
            phonation.field("phonation", writtenOnly: writtenOnly),
            vocalTractLength.field("vocal-tract-length", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<break>`: pause in the spoken text. Only in twiml, cxml, pivot. 
public struct BreakElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `strength`: length of the pause by strength.
    public var strength: Attribute<String>
    /// `time`: length of the pause, e.g. 500ms or 2s.
    public var time: Attribute<String>

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        strength = reader.string("strength")
        time = reader.string("time")
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            strength.field("strength", writtenOnly: writtenOnly),
            time.field("time", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<emphasis>`: emphasized words. Only in twiml, cxml, pivot. 
public struct EmphasisElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `level`: degree of emphasis.
    public var level: Attribute<String>
    /// The text content, white space trimmed.
    public var text: String
    /// Where the text is, if there is any.
    public var textRange: SourceRange?
    /// The child elements in document order.
    public var children: [Node]

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        level = reader.string("level")
        (text, textRange) = reader.text()
        self.children = children
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            level.field("level", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<lang>`: words in another language. Only in twiml, cxml, pivot. 
public struct LangElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `xml:lang`: language of the enclosed words.
    public var xmlLang: Attribute<String>
    /// The text content, white space trimmed.
    public var text: String
    /// Where the text is, if there is any.
    public var textRange: SourceRange?
    /// The child elements in document order.
    public var children: [Node]

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        xmlLang = reader.string("xml:lang")
        (text, textRange) = reader.text()
        self.children = children
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            xmlLang.field("xml:lang", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<p>`: paragraph. Only in twiml, cxml, pivot. 
public struct PElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// The text content, white space trimmed.
    public var text: String
    /// Where the text is, if there is any.
    public var textRange: SourceRange?
    /// The child elements in document order.
    public var children: [Node]

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        (text, textRange) = reader.text()
        self.children = children
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
        ].compactMap { $0 }
    }
}

/// `<phoneme>`: phonetic pronunciation. Only in twiml, cxml, pivot. 
public struct PhonemeElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `alphabet`: phonetic alphabet.
    public var alphabet: Attribute<String>
    /// `ph`: phonetic symbols of the pronunciation.
    public var ph: Attribute<String>
    /// The text content, white space trimmed.
    public var text: String
    /// Where the text is, if there is any.
    public var textRange: SourceRange?

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        alphabet = reader.string("alphabet")
        ph = reader.string("ph")
        (text, textRange) = reader.text()
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            alphabet.field("alphabet", writtenOnly: writtenOnly),
            ph.field("ph", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<prosody>`: volume, rate and pitch of the speech. Only in twiml, cxml, pivot. 
public struct ProsodyElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `volume`: volume: silent, x-soft, soft, medium, loud, x-loud, default or +/-ndB.
    public var volume: Attribute<String>
    /// `rate`: speaking rate: x-slow, slow, medium, fast, x-fast or n%.
    public var rate: Attribute<String>
    /// `pitch`: pitch: x-low, low, medium, high, x-high, default or +/-n%.
    public var pitch: Attribute<String>
    /// The text content, white space trimmed.
    public var text: String
    /// Where the text is, if there is any.
    public var textRange: SourceRange?
    /// The child elements in document order.
    public var children: [Node]

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        volume = reader.string("volume")
        rate = reader.string("rate")
        pitch = reader.string("pitch")
        (text, textRange) = reader.text()
        self.children = children
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            volume.field("volume", writtenOnly: writtenOnly),
            rate.field("rate", writtenOnly: writtenOnly),
            pitch.field("pitch", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<s>`: sentence. Only in twiml, cxml, pivot. 
public struct SElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// The text content, white space trimmed.
    public var text: String
    /// Where the text is, if there is any.
    public var textRange: SourceRange?
    /// The child elements in document order.
    public var children: [Node]

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        (text, textRange) = reader.text()
        self.children = children
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
        ].compactMap { $0 }
    }
}

/// `<say-as>`: how a special kind of word is spoken. Only in twiml, cxml, pivot. 
public struct SayAsElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `interpret-as`: kind of the enclosed words.
    public var interpretAs: Attribute<String>
    /// `format`: date format when interpret-as is date.
    public var format: Attribute<String>
    /// The text content, white space trimmed.
    public var text: String
    /// Where the text is, if there is any.
    public var textRange: SourceRange?

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        interpretAs = reader.string("interpret-as")
        format = reader.string("format")
        (text, textRange) = reader.text()
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            interpretAs.field("interpret-as", writtenOnly: writtenOnly),
            format.field("format", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<sub>`: substituted pronunciation of an acronym or abbreviation. Only in twiml, cxml, pivot. 
public struct SubElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `alias`: text spoken instead of the enclosed text.
    public var alias: Attribute<String>
    /// The text content, white space trimmed.
    public var text: String
    /// Where the text is, if there is any.
    public var textRange: SourceRange?

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        alias = reader.string("alias")
        (text, textRange) = reader.text()
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            alias.field("alias", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<w>`: word with a part of speech. Only in twiml, cxml, pivot. 
public struct WElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `role`: part of speech or sense of the word.
    public var role: Attribute<String>
    /// The text content, white space trimmed.
    public var text: String
    /// Where the text is, if there is any.
    public var textRange: SourceRange?
    /// The child elements in document order.
    public var children: [Node]

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        role = reader.string("role")
        (text, textRange) = reader.text()
        self.children = children
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            role.field("role", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<AIAssistant>`: starts a Telnyx AI assistant on the call. Only in texml. 
public struct AIAssistantElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `id`: ID of the AI assistant.
    public var id: Attribute<String>
    /// `join`: ID of an existing assistant conversation to join.
    public var join: Attribute<String>
    /// `participantName`: display name of the joining participant.
    public var participantName: Attribute<String>
    /// `participantRole`: role of the joining participant.
    public var participantRole: Attribute<String>

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        id = reader.string("id")
        join = reader.string("join")
        participantName = reader.string("participantName")
        participantRole = reader.string("participantRole")
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            id.field("id", writtenOnly: writtenOnly),
            join.field("join", writtenOnly: writtenOnly),
            participantName.field("participantName", writtenOnly: writtenOnly),
            participantRole.field("participantRole", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<AIGather>`: gathers structured information from the caller with an AI assistant. Only in texml. 
public struct AIGatherElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `action`: URL requested with the gathered result.
    public var action: Attribute<String>
    /// `method`: HTTP method for the action URL.
    public var method: Attribute<String>
    /// The child elements in document order.
    public var children: [Node]

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        action = reader.string("action")
        method = reader.string("method")
        self.children = children
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            action.field("action", writtenOnly: writtenOnly),
            method.field("method", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Greeting>`: text read to the caller when the AI gather starts. Only in texml. 
public struct GreetingElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// The text content, white space trimmed.
    public var text: String
    /// Where the text is, if there is any.
    public var textRange: SourceRange?

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        (text, textRange) = reader.text()
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
        ].compactMap { $0 }
    }
}

/// `<Message>`: one message of the AI gather history. Only in texml. 
public struct MessageElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `role`: author of the message.
    public var role: Attribute<String>
    /// The text content, white space trimmed.
    public var text: String
    /// Where the text is, if there is any.
    public var textRange: SourceRange?

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        role = reader.string("role")
        (text, textRange) = reader.text()
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            role.field("role", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<MessageHistory>`: messages the AI gather assistant should be aware of. Only in texml. 
public struct MessageHistoryElement: Sendable {
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
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
        ].compactMap { $0 }
    }
}

/// `<Parameters>`: JSON Schema of the parameters to gather. Only in texml. 
public struct ParametersElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// The text content, white space trimmed.
    public var text: String
    /// Where the text is, if there is any.
    public var textRange: SourceRange?

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        (text, textRange) = reader.text()
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
        ].compactMap { $0 }
    }
}

/// `<Suppression>`: noise suppression on the call audio. Only in texml. 
public struct SuppressionElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `direction`: side of the audio that is denoised.
    public var direction: Attribute<String>
    /// `noiseSuppressionEngine`: noise suppression engine.
    public var noiseSuppressionEngine: Attribute<String>
    /// `model`: model of the Krisp engine.
    public var model: Attribute<String>
    /// `suppressionLevel`: suppression intensity of the Krisp engine.
    public var suppressionLevel: Attribute<Double>
    /// `family`: model family of the AiCoustics engine.
    public var family: Attribute<String>
    /// `size`: model size of the AiCoustics engine (s, l, vf).
    public var size: Attribute<String>
    /// `enhancementLevel`: enhancement intensity of the AiCoustics engine.
    public var enhancementLevel: Attribute<Double>

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        direction = reader.string("direction")
        noiseSuppressionEngine = reader.string("noiseSuppressionEngine")
        model = reader.string("model")
        suppressionLevel = reader.number("suppressionLevel")
        family = reader.string("family")
        size = reader.string("size")
        enhancementLevel = reader.number("enhancementLevel")
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            direction.field("direction", writtenOnly: writtenOnly),
            noiseSuppressionEngine.field("noiseSuppressionEngine", writtenOnly: writtenOnly),
            model.field("model", writtenOnly: writtenOnly),
            suppressionLevel.field("suppressionLevel", writtenOnly: writtenOnly),
            family.field("family", writtenOnly: writtenOnly),
            size.field("size", writtenOnly: writtenOnly),
            enhancementLevel.field("enhancementLevel", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Tool>`: JSON definition of one AI assistant tool. Only in texml. 
public struct ToolElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// The text content, white space trimmed.
    public var text: String
    /// Where the text is, if there is any.
    public var textRange: SourceRange?

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        (text, textRange) = reader.text()
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
        ].compactMap { $0 }
    }
}

/// `<Tools>`: tools available to the AI gather assistant. Only in texml. 
public struct ToolsElement: Sendable {
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
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
        ].compactMap { $0 }
    }
}

/// `<Voice>`: voice used by the AI gather assistant. Only in texml. 
public struct VoiceElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `name`: voice of the assistant.
    public var name: Attribute<String>
    /// `api_key_ref`: reference to the ElevenLabs API key.
    public var apiKeyRef: Attribute<String>
    /// `voice_speed`: speed of the voice.
    public var voiceSpeed: Attribute<Double>

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        name = reader.string("name")
        apiKeyRef = reader.string("api_key_ref")
        voiceSpeed = reader.number("voice_speed")
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            name.field("name", writtenOnly: writtenOnly),
            apiKeyRef.field("api_key_ref", writtenOnly: writtenOnly),
            voiceSpeed.field("voice_speed", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Answer>`: answers the call. Only in inboundxml. 
public struct AnswerElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
        ].compactMap { $0 }
    }
}

/// `<GetSpeech>`: listens for speech matching a grammar and posts the result to action. Only in inboundxml. 
public struct GetSpeechElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `action`: URL requested with the recognised speech.
    public var action: Attribute<String>
    /// `method`: HTTP method for the action URL.
    public var method: Attribute<String>
    /// `timeout`: seconds to wait for speech.
    public var timeout: Attribute<Int>
    /// `playBeep`: whether a beep is played before listening.
    public var playBeep: Attribute<Bool>
    /// `grammar`: grammar the speech must match.
    public var grammar: Attribute<String>
    /// The child elements in document order.
    public var children: [Node]

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        action = reader.string("action")
        method = reader.string("method")
        timeout = reader.integer("timeout")
        playBeep = reader.boolean("playBeep")
        grammar = reader.string("grammar")
        self.children = children
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            action.field("action", writtenOnly: writtenOnly),
            method.field("method", writtenOnly: writtenOnly),
            timeout.field("timeout", writtenOnly: writtenOnly),
            playBeep.field("playBeep", writtenOnly: writtenOnly),
            grammar.field("grammar", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<Ping>`: requests a URL and goes on. Only in inboundxml. 
public struct PingElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `method`: HTTP method for the URL.
    public var method: Attribute<String>
    /// The text content, white space trimmed.
    public var text: String
    /// Where the text is, if there is any.
    public var textRange: SourceRange?

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        method = reader.string("method")
        (text, textRange) = reader.text()
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            method.field("method", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// `<PlayLastRecording>`: plays the call's last recording. Only in inboundxml. 
public struct PlayLastRecordingElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
        ].compactMap { $0 }
    }
}

/// `<User>`: a registered SIP user to dial. Only in inboundxml. 
public struct UserElement: Sendable {
    /// The whole element.
    public var range: SourceRange
    /// The element name in the start tag.
    public var nameRange: SourceRange
    /// `sendDigits`: keys sent once the user answers.
    public var sendDigits: Attribute<String>
    /// `params`: extra parameters sent with the call.
    public var params: Attribute<String>
    /// The text content, white space trimmed.
    public var text: String
    /// Where the text is, if there is any.
    public var textRange: SourceRange?

    init(_ reader: AttributeReader, children: [Node]) {
        range = reader.element.range
        nameRange = reader.element.nameRange
        sendDigits = reader.string("sendDigits")
        params = reader.string("params")
        (text, textRange) = reader.text()
    }

    /// Every attribute that is written or has a default, for dumps and traces.
    public var attributeFields: [AttributeField] { attributeFields(writtenOnly: false) }

    /// The attributes written in the document, or (`writtenOnly` false) also those with a default.
    public func attributeFields(writtenOnly: Bool) -> [AttributeField] {
        [
            sendDigits.field("sendDigits", writtenOnly: writtenOnly),
            params.field("params", writtenOnly: writtenOnly),
        ].compactMap { $0 }
    }
}

/// Any element of a validated document.
public indirect enum Node: Sendable {
    case aiSession(AiSessionElement)
    case application(ApplicationElement)
    case applicationSid(ApplicationSidElement)
    case assistant(AssistantElement)
    case client(ClientElement)
    case conference(ConferenceElement)
    case config(ConfigElement)
    case connect(ConnectElement)
    case conversation(ConversationElement)
    case conversationRelay(ConversationRelayElement)
    case conversationRelaySession(ConversationRelaySessionElement)
    case dial(DialElement)
    case echo(EchoElement)
    case enqueue(EnqueueElement)
    case gather(GatherElement)
    case hangup(HangupElement)
    case header(HeaderElement)
    case headers(HeadersElement)
    case identity(IdentityElement)
    case language(LanguageElement)
    case leave(LeaveElement)
    case number(NumberElement)
    case parameter(ParameterElement)
    case pause(PauseElement)
    case pay(PayElement)
    case play(PlayElement)
    case prompt(PromptElement)
    case queue(QueueElement)
    case record(RecordElement)
    case recording(RecordingElement)
    case redirect(RedirectElement)
    case refer(ReferElement)
    case reject(RejectElement)
    case response(ResponseElement)
    case room(RoomElement)
    case say(SayElement)
    case sim(SimElement)
    case sip(SipElement)
    case siprec(SiprecElement)
    case sms(SmsElement)
    case start(StartElement)
    case stop(StopElement)
    case stream(StreamElement)
    case task(TaskElement)
    case transcription(TranscriptionElement)
    case uri(UriElement)
    case virtualAgent(VirtualAgentElement)
    case whatsApp(WhatsAppElement)
    case amazonDomain(AmazonDomainElement)
    case amazonEffect(AmazonEffectElement)
    case `break`(BreakElement)
    case emphasis(EmphasisElement)
    case lang(LangElement)
    case p(PElement)
    case phoneme(PhonemeElement)
    case prosody(ProsodyElement)
    case s(SElement)
    case sayAs(SayAsElement)
    case sub(SubElement)
    case w(WElement)
    case aIAssistant(AIAssistantElement)
    case aIGather(AIGatherElement)
    case greeting(GreetingElement)
    case message(MessageElement)
    case messageHistory(MessageHistoryElement)
    case parameters(ParametersElement)
    case suppression(SuppressionElement)
    case tool(ToolElement)
    case tools(ToolsElement)
    case voice(VoiceElement)
    case answer(AnswerElement)
    case getSpeech(GetSpeechElement)
    case ping(PingElement)
    case playLastRecording(PlayLastRecordingElement)
    case user(UserElement)

    /// The element name.
    public var name: String {
        switch self {
        case .aiSession(_): "AiSession"
        case .application(_): "Application"
        case .applicationSid(_): "ApplicationSid"
        case .assistant(_): "Assistant"
        case .client(_): "Client"
        case .conference(_): "Conference"
        case .config(_): "Config"
        case .connect(_): "Connect"
        case .conversation(_): "Conversation"
        case .conversationRelay(_): "ConversationRelay"
        case .conversationRelaySession(_): "ConversationRelaySession"
        case .dial(_): "Dial"
        case .echo(_): "Echo"
        case .enqueue(_): "Enqueue"
        case .gather(_): "Gather"
        case .hangup(_): "Hangup"
        case .header(_): "Header"
        case .headers(_): "Headers"
        case .identity(_): "Identity"
        case .language(_): "Language"
        case .leave(_): "Leave"
        case .number(_): "Number"
        case .parameter(_): "Parameter"
        case .pause(_): "Pause"
        case .pay(_): "Pay"
        case .play(_): "Play"
        case .prompt(_): "Prompt"
        case .queue(_): "Queue"
        case .record(_): "Record"
        case .recording(_): "Recording"
        case .redirect(_): "Redirect"
        case .refer(_): "Refer"
        case .reject(_): "Reject"
        case .response(_): "Response"
        case .room(_): "Room"
        case .say(_): "Say"
        case .sim(_): "Sim"
        case .sip(_): "Sip"
        case .siprec(_): "Siprec"
        case .sms(_): "Sms"
        case .start(_): "Start"
        case .stop(_): "Stop"
        case .stream(_): "Stream"
        case .task(_): "Task"
        case .transcription(_): "Transcription"
        case .uri(_): "Uri"
        case .virtualAgent(_): "VirtualAgent"
        case .whatsApp(_): "WhatsApp"
        case .amazonDomain(_): "amazon:domain"
        case .amazonEffect(_): "amazon:effect"
        case .`break`(_): "break"
        case .emphasis(_): "emphasis"
        case .lang(_): "lang"
        case .p(_): "p"
        case .phoneme(_): "phoneme"
        case .prosody(_): "prosody"
        case .s(_): "s"
        case .sayAs(_): "say-as"
        case .sub(_): "sub"
        case .w(_): "w"
        case .aIAssistant(_): "AIAssistant"
        case .aIGather(_): "AIGather"
        case .greeting(_): "Greeting"
        case .message(_): "Message"
        case .messageHistory(_): "MessageHistory"
        case .parameters(_): "Parameters"
        case .suppression(_): "Suppression"
        case .tool(_): "Tool"
        case .tools(_): "Tools"
        case .voice(_): "Voice"
        case .answer(_): "Answer"
        case .getSpeech(_): "GetSpeech"
        case .ping(_): "Ping"
        case .playLastRecording(_): "PlayLastRecording"
        case .user(_): "User"
        }
    }

    /// The whole element.
    public var range: SourceRange {
        switch self {
        case .aiSession(let node): node.range
        case .application(let node): node.range
        case .applicationSid(let node): node.range
        case .assistant(let node): node.range
        case .client(let node): node.range
        case .conference(let node): node.range
        case .config(let node): node.range
        case .connect(let node): node.range
        case .conversation(let node): node.range
        case .conversationRelay(let node): node.range
        case .conversationRelaySession(let node): node.range
        case .dial(let node): node.range
        case .echo(let node): node.range
        case .enqueue(let node): node.range
        case .gather(let node): node.range
        case .hangup(let node): node.range
        case .header(let node): node.range
        case .headers(let node): node.range
        case .identity(let node): node.range
        case .language(let node): node.range
        case .leave(let node): node.range
        case .number(let node): node.range
        case .parameter(let node): node.range
        case .pause(let node): node.range
        case .pay(let node): node.range
        case .play(let node): node.range
        case .prompt(let node): node.range
        case .queue(let node): node.range
        case .record(let node): node.range
        case .recording(let node): node.range
        case .redirect(let node): node.range
        case .refer(let node): node.range
        case .reject(let node): node.range
        case .response(let node): node.range
        case .room(let node): node.range
        case .say(let node): node.range
        case .sim(let node): node.range
        case .sip(let node): node.range
        case .siprec(let node): node.range
        case .sms(let node): node.range
        case .start(let node): node.range
        case .stop(let node): node.range
        case .stream(let node): node.range
        case .task(let node): node.range
        case .transcription(let node): node.range
        case .uri(let node): node.range
        case .virtualAgent(let node): node.range
        case .whatsApp(let node): node.range
        case .amazonDomain(let node): node.range
        case .amazonEffect(let node): node.range
        case .`break`(let node): node.range
        case .emphasis(let node): node.range
        case .lang(let node): node.range
        case .p(let node): node.range
        case .phoneme(let node): node.range
        case .prosody(let node): node.range
        case .s(let node): node.range
        case .sayAs(let node): node.range
        case .sub(let node): node.range
        case .w(let node): node.range
        case .aIAssistant(let node): node.range
        case .aIGather(let node): node.range
        case .greeting(let node): node.range
        case .message(let node): node.range
        case .messageHistory(let node): node.range
        case .parameters(let node): node.range
        case .suppression(let node): node.range
        case .tool(let node): node.range
        case .tools(let node): node.range
        case .voice(let node): node.range
        case .answer(let node): node.range
        case .getSpeech(let node): node.range
        case .ping(let node): node.range
        case .playLastRecording(let node): node.range
        case .user(let node): node.range
        }
    }

    /// The element name in its start tag.
    public var nameRange: SourceRange {
        switch self {
        case .aiSession(let node): node.nameRange
        case .application(let node): node.nameRange
        case .applicationSid(let node): node.nameRange
        case .assistant(let node): node.nameRange
        case .client(let node): node.nameRange
        case .conference(let node): node.nameRange
        case .config(let node): node.nameRange
        case .connect(let node): node.nameRange
        case .conversation(let node): node.nameRange
        case .conversationRelay(let node): node.nameRange
        case .conversationRelaySession(let node): node.nameRange
        case .dial(let node): node.nameRange
        case .echo(let node): node.nameRange
        case .enqueue(let node): node.nameRange
        case .gather(let node): node.nameRange
        case .hangup(let node): node.nameRange
        case .header(let node): node.nameRange
        case .headers(let node): node.nameRange
        case .identity(let node): node.nameRange
        case .language(let node): node.nameRange
        case .leave(let node): node.nameRange
        case .number(let node): node.nameRange
        case .parameter(let node): node.nameRange
        case .pause(let node): node.nameRange
        case .pay(let node): node.nameRange
        case .play(let node): node.nameRange
        case .prompt(let node): node.nameRange
        case .queue(let node): node.nameRange
        case .record(let node): node.nameRange
        case .recording(let node): node.nameRange
        case .redirect(let node): node.nameRange
        case .refer(let node): node.nameRange
        case .reject(let node): node.nameRange
        case .response(let node): node.nameRange
        case .room(let node): node.nameRange
        case .say(let node): node.nameRange
        case .sim(let node): node.nameRange
        case .sip(let node): node.nameRange
        case .siprec(let node): node.nameRange
        case .sms(let node): node.nameRange
        case .start(let node): node.nameRange
        case .stop(let node): node.nameRange
        case .stream(let node): node.nameRange
        case .task(let node): node.nameRange
        case .transcription(let node): node.nameRange
        case .uri(let node): node.nameRange
        case .virtualAgent(let node): node.nameRange
        case .whatsApp(let node): node.nameRange
        case .amazonDomain(let node): node.nameRange
        case .amazonEffect(let node): node.nameRange
        case .`break`(let node): node.nameRange
        case .emphasis(let node): node.nameRange
        case .lang(let node): node.nameRange
        case .p(let node): node.nameRange
        case .phoneme(let node): node.nameRange
        case .prosody(let node): node.nameRange
        case .s(let node): node.nameRange
        case .sayAs(let node): node.nameRange
        case .sub(let node): node.nameRange
        case .w(let node): node.nameRange
        case .aIAssistant(let node): node.nameRange
        case .aIGather(let node): node.nameRange
        case .greeting(let node): node.nameRange
        case .message(let node): node.nameRange
        case .messageHistory(let node): node.nameRange
        case .parameters(let node): node.nameRange
        case .suppression(let node): node.nameRange
        case .tool(let node): node.nameRange
        case .tools(let node): node.nameRange
        case .voice(let node): node.nameRange
        case .answer(let node): node.nameRange
        case .getSpeech(let node): node.nameRange
        case .ping(let node): node.nameRange
        case .playLastRecording(let node): node.nameRange
        case .user(let node): node.nameRange
        }
    }

    /// The child elements.
    public var children: [Node] {
        switch self {
        case .aiSession(_): []
        case .application(let node): node.children
        case .applicationSid(_): []
        case .assistant(let node): node.children
        case .client(let node): node.children
        case .conference(_): []
        case .config(_): []
        case .connect(let node): node.children
        case .conversation(_): []
        case .conversationRelay(let node): node.children
        case .conversationRelaySession(_): []
        case .dial(let node): node.children
        case .echo(_): []
        case .enqueue(let node): node.children
        case .gather(let node): node.children
        case .hangup(let node): node.children
        case .header(_): []
        case .headers(let node): node.children
        case .identity(_): []
        case .language(_): []
        case .leave(_): []
        case .number(_): []
        case .parameter(_): []
        case .pause(_): []
        case .pay(let node): node.children
        case .play(_): []
        case .prompt(let node): node.children
        case .queue(_): []
        case .record(_): []
        case .recording(_): []
        case .redirect(_): []
        case .refer(let node): node.children
        case .reject(let node): node.children
        case .response(let node): node.children
        case .room(_): []
        case .say(let node): node.children
        case .sim(_): []
        case .sip(let node): node.children
        case .siprec(let node): node.children
        case .sms(_): []
        case .start(let node): node.children
        case .stop(let node): node.children
        case .stream(let node): node.children
        case .task(_): []
        case .transcription(let node): node.children
        case .uri(_): []
        case .virtualAgent(let node): node.children
        case .whatsApp(_): []
        case .amazonDomain(let node): node.children
        case .amazonEffect(let node): node.children
        case .`break`(_): []
        case .emphasis(let node): node.children
        case .lang(let node): node.children
        case .p(let node): node.children
        case .phoneme(_): []
        case .prosody(let node): node.children
        case .s(let node): node.children
        case .sayAs(_): []
        case .sub(_): []
        case .w(let node): node.children
        case .aIAssistant(_): []
        case .aIGather(let node): node.children
        case .greeting(_): []
        case .message(_): []
        case .messageHistory(let node): node.children
        case .parameters(_): []
        case .suppression(_): []
        case .tool(_): []
        case .tools(let node): node.children
        case .voice(_): []
        case .answer(_): []
        case .getSpeech(let node): node.children
        case .ping(_): []
        case .playLastRecording(_): []
        case .user(_): []
        }
    }

    /// The text content, for elements that have text.
    public var text: String? {
        switch self {
        case .aiSession(_): nil
        case .application(let node): node.text
        case .applicationSid(let node): node.text
        case .assistant(_): nil
        case .client(let node): node.text
        case .conference(let node): node.text
        case .config(_): nil
        case .connect(_): nil
        case .conversation(_): nil
        case .conversationRelay(_): nil
        case .conversationRelaySession(_): nil
        case .dial(let node): node.text
        case .echo(_): nil
        case .enqueue(let node): node.text
        case .gather(_): nil
        case .hangup(_): nil
        case .header(_): nil
        case .headers(_): nil
        case .identity(let node): node.text
        case .language(_): nil
        case .leave(_): nil
        case .number(let node): node.text
        case .parameter(_): nil
        case .pause(_): nil
        case .pay(_): nil
        case .play(let node): node.text
        case .prompt(_): nil
        case .queue(let node): node.text
        case .record(_): nil
        case .recording(_): nil
        case .redirect(let node): node.text
        case .refer(_): nil
        case .reject(_): nil
        case .response(_): nil
        case .room(let node): node.text
        case .say(let node): node.text
        case .sim(let node): node.text
        case .sip(let node): node.text
        case .siprec(_): nil
        case .sms(let node): node.text
        case .start(_): nil
        case .stop(_): nil
        case .stream(_): nil
        case .task(let node): node.text
        case .transcription(_): nil
        case .uri(let node): node.text
        case .virtualAgent(_): nil
        case .whatsApp(let node): node.text
        case .amazonDomain(let node): node.text
        case .amazonEffect(let node): node.text
        case .`break`(_): nil
        case .emphasis(let node): node.text
        case .lang(let node): node.text
        case .p(let node): node.text
        case .phoneme(let node): node.text
        case .prosody(let node): node.text
        case .s(let node): node.text
        case .sayAs(let node): node.text
        case .sub(let node): node.text
        case .w(let node): node.text
        case .aIAssistant(_): nil
        case .aIGather(_): nil
        case .greeting(let node): node.text
        case .message(let node): node.text
        case .messageHistory(_): nil
        case .parameters(let node): node.text
        case .suppression(_): nil
        case .tool(let node): node.text
        case .tools(_): nil
        case .voice(_): nil
        case .answer(_): nil
        case .getSpeech(_): nil
        case .ping(let node): node.text
        case .playLastRecording(_): nil
        case .user(let node): node.text
        }
    }

    /// Written and defaulted attributes.
    public var attributeFields: [AttributeField] {
        switch self {
        case .aiSession(let node): node.attributeFields
        case .application(let node): node.attributeFields
        case .applicationSid(let node): node.attributeFields
        case .assistant(let node): node.attributeFields
        case .client(let node): node.attributeFields
        case .conference(let node): node.attributeFields
        case .config(let node): node.attributeFields
        case .connect(let node): node.attributeFields
        case .conversation(let node): node.attributeFields
        case .conversationRelay(let node): node.attributeFields
        case .conversationRelaySession(let node): node.attributeFields
        case .dial(let node): node.attributeFields
        case .echo(let node): node.attributeFields
        case .enqueue(let node): node.attributeFields
        case .gather(let node): node.attributeFields
        case .hangup(let node): node.attributeFields
        case .header(let node): node.attributeFields
        case .headers(let node): node.attributeFields
        case .identity(let node): node.attributeFields
        case .language(let node): node.attributeFields
        case .leave(let node): node.attributeFields
        case .number(let node): node.attributeFields
        case .parameter(let node): node.attributeFields
        case .pause(let node): node.attributeFields
        case .pay(let node): node.attributeFields
        case .play(let node): node.attributeFields
        case .prompt(let node): node.attributeFields
        case .queue(let node): node.attributeFields
        case .record(let node): node.attributeFields
        case .recording(let node): node.attributeFields
        case .redirect(let node): node.attributeFields
        case .refer(let node): node.attributeFields
        case .reject(let node): node.attributeFields
        case .response(let node): node.attributeFields
        case .room(let node): node.attributeFields
        case .say(let node): node.attributeFields
        case .sim(let node): node.attributeFields
        case .sip(let node): node.attributeFields
        case .siprec(let node): node.attributeFields
        case .sms(let node): node.attributeFields
        case .start(let node): node.attributeFields
        case .stop(let node): node.attributeFields
        case .stream(let node): node.attributeFields
        case .task(let node): node.attributeFields
        case .transcription(let node): node.attributeFields
        case .uri(let node): node.attributeFields
        case .virtualAgent(let node): node.attributeFields
        case .whatsApp(let node): node.attributeFields
        case .amazonDomain(let node): node.attributeFields
        case .amazonEffect(let node): node.attributeFields
        case .`break`(let node): node.attributeFields
        case .emphasis(let node): node.attributeFields
        case .lang(let node): node.attributeFields
        case .p(let node): node.attributeFields
        case .phoneme(let node): node.attributeFields
        case .prosody(let node): node.attributeFields
        case .s(let node): node.attributeFields
        case .sayAs(let node): node.attributeFields
        case .sub(let node): node.attributeFields
        case .w(let node): node.attributeFields
        case .aIAssistant(let node): node.attributeFields
        case .aIGather(let node): node.attributeFields
        case .greeting(let node): node.attributeFields
        case .message(let node): node.attributeFields
        case .messageHistory(let node): node.attributeFields
        case .parameters(let node): node.attributeFields
        case .suppression(let node): node.attributeFields
        case .tool(let node): node.attributeFields
        case .tools(let node): node.attributeFields
        case .voice(let node): node.attributeFields
        case .answer(let node): node.attributeFields
        case .getSpeech(let node): node.attributeFields
        case .ping(let node): node.attributeFields
        case .playLastRecording(let node): node.attributeFields
        case .user(let node): node.attributeFields
        }
    }

    /// The attributes written in the document.
    public var writtenAttributeFields: [AttributeField] {
        switch self {
        case .aiSession(let node): node.attributeFields(writtenOnly: true)
        case .application(let node): node.attributeFields(writtenOnly: true)
        case .applicationSid(let node): node.attributeFields(writtenOnly: true)
        case .assistant(let node): node.attributeFields(writtenOnly: true)
        case .client(let node): node.attributeFields(writtenOnly: true)
        case .conference(let node): node.attributeFields(writtenOnly: true)
        case .config(let node): node.attributeFields(writtenOnly: true)
        case .connect(let node): node.attributeFields(writtenOnly: true)
        case .conversation(let node): node.attributeFields(writtenOnly: true)
        case .conversationRelay(let node): node.attributeFields(writtenOnly: true)
        case .conversationRelaySession(let node): node.attributeFields(writtenOnly: true)
        case .dial(let node): node.attributeFields(writtenOnly: true)
        case .echo(let node): node.attributeFields(writtenOnly: true)
        case .enqueue(let node): node.attributeFields(writtenOnly: true)
        case .gather(let node): node.attributeFields(writtenOnly: true)
        case .hangup(let node): node.attributeFields(writtenOnly: true)
        case .header(let node): node.attributeFields(writtenOnly: true)
        case .headers(let node): node.attributeFields(writtenOnly: true)
        case .identity(let node): node.attributeFields(writtenOnly: true)
        case .language(let node): node.attributeFields(writtenOnly: true)
        case .leave(let node): node.attributeFields(writtenOnly: true)
        case .number(let node): node.attributeFields(writtenOnly: true)
        case .parameter(let node): node.attributeFields(writtenOnly: true)
        case .pause(let node): node.attributeFields(writtenOnly: true)
        case .pay(let node): node.attributeFields(writtenOnly: true)
        case .play(let node): node.attributeFields(writtenOnly: true)
        case .prompt(let node): node.attributeFields(writtenOnly: true)
        case .queue(let node): node.attributeFields(writtenOnly: true)
        case .record(let node): node.attributeFields(writtenOnly: true)
        case .recording(let node): node.attributeFields(writtenOnly: true)
        case .redirect(let node): node.attributeFields(writtenOnly: true)
        case .refer(let node): node.attributeFields(writtenOnly: true)
        case .reject(let node): node.attributeFields(writtenOnly: true)
        case .response(let node): node.attributeFields(writtenOnly: true)
        case .room(let node): node.attributeFields(writtenOnly: true)
        case .say(let node): node.attributeFields(writtenOnly: true)
        case .sim(let node): node.attributeFields(writtenOnly: true)
        case .sip(let node): node.attributeFields(writtenOnly: true)
        case .siprec(let node): node.attributeFields(writtenOnly: true)
        case .sms(let node): node.attributeFields(writtenOnly: true)
        case .start(let node): node.attributeFields(writtenOnly: true)
        case .stop(let node): node.attributeFields(writtenOnly: true)
        case .stream(let node): node.attributeFields(writtenOnly: true)
        case .task(let node): node.attributeFields(writtenOnly: true)
        case .transcription(let node): node.attributeFields(writtenOnly: true)
        case .uri(let node): node.attributeFields(writtenOnly: true)
        case .virtualAgent(let node): node.attributeFields(writtenOnly: true)
        case .whatsApp(let node): node.attributeFields(writtenOnly: true)
        case .amazonDomain(let node): node.attributeFields(writtenOnly: true)
        case .amazonEffect(let node): node.attributeFields(writtenOnly: true)
        case .`break`(let node): node.attributeFields(writtenOnly: true)
        case .emphasis(let node): node.attributeFields(writtenOnly: true)
        case .lang(let node): node.attributeFields(writtenOnly: true)
        case .p(let node): node.attributeFields(writtenOnly: true)
        case .phoneme(let node): node.attributeFields(writtenOnly: true)
        case .prosody(let node): node.attributeFields(writtenOnly: true)
        case .s(let node): node.attributeFields(writtenOnly: true)
        case .sayAs(let node): node.attributeFields(writtenOnly: true)
        case .sub(let node): node.attributeFields(writtenOnly: true)
        case .w(let node): node.attributeFields(writtenOnly: true)
        case .aIAssistant(let node): node.attributeFields(writtenOnly: true)
        case .aIGather(let node): node.attributeFields(writtenOnly: true)
        case .greeting(let node): node.attributeFields(writtenOnly: true)
        case .message(let node): node.attributeFields(writtenOnly: true)
        case .messageHistory(let node): node.attributeFields(writtenOnly: true)
        case .parameters(let node): node.attributeFields(writtenOnly: true)
        case .suppression(let node): node.attributeFields(writtenOnly: true)
        case .tool(let node): node.attributeFields(writtenOnly: true)
        case .tools(let node): node.attributeFields(writtenOnly: true)
        case .voice(let node): node.attributeFields(writtenOnly: true)
        case .answer(let node): node.attributeFields(writtenOnly: true)
        case .getSpeech(let node): node.attributeFields(writtenOnly: true)
        case .ping(let node): node.attributeFields(writtenOnly: true)
        case .playLastRecording(let node): node.attributeFields(writtenOnly: true)
        case .user(let node): node.attributeFields(writtenOnly: true)
        }
    }
}

extension ASTBuilder {
    func makeNode(_ reader: AttributeReader, children: [Node]) -> Node? {
        switch reader.element.name {
        case "AiSession": .aiSession(.init(reader, children: children))
        case "Application": .application(.init(reader, children: children))
        case "ApplicationSid": .applicationSid(.init(reader, children: children))
        case "Assistant": .assistant(.init(reader, children: children))
        case "Client": .client(.init(reader, children: children))
        case "Conference": .conference(.init(reader, children: children))
        case "Config": .config(.init(reader, children: children))
        case "Connect": .connect(.init(reader, children: children))
        case "Conversation": .conversation(.init(reader, children: children))
        case "ConversationRelay": .conversationRelay(.init(reader, children: children))
        case "ConversationRelaySession": .conversationRelaySession(.init(reader, children: children))
        case "Dial": .dial(.init(reader, children: children))
        case "Echo": .echo(.init(reader, children: children))
        case "Enqueue": .enqueue(.init(reader, children: children))
        case "Gather": .gather(.init(reader, children: children))
        case "Hangup": .hangup(.init(reader, children: children))
        case "Header": .header(.init(reader, children: children))
        case "Headers": .headers(.init(reader, children: children))
        case "Identity": .identity(.init(reader, children: children))
        case "Language": .language(.init(reader, children: children))
        case "Leave": .leave(.init(reader, children: children))
        case "Number": .number(.init(reader, children: children))
        case "Parameter": .parameter(.init(reader, children: children))
        case "Pause": .pause(.init(reader, children: children))
        case "Pay": .pay(.init(reader, children: children))
        case "Play": .play(.init(reader, children: children))
        case "Prompt": .prompt(.init(reader, children: children))
        case "Queue": .queue(.init(reader, children: children))
        case "Record": .record(.init(reader, children: children))
        case "Recording": .recording(.init(reader, children: children))
        case "Redirect": .redirect(.init(reader, children: children))
        case "Refer": .refer(.init(reader, children: children))
        case "Reject": .reject(.init(reader, children: children))
        case "Response": .response(.init(reader, children: children))
        case "Room": .room(.init(reader, children: children))
        case "Say": .say(.init(reader, children: children))
        case "Sim": .sim(.init(reader, children: children))
        case "Sip": .sip(.init(reader, children: children))
        case "Siprec": .siprec(.init(reader, children: children))
        case "Sms": .sms(.init(reader, children: children))
        case "Start": .start(.init(reader, children: children))
        case "Stop": .stop(.init(reader, children: children))
        case "Stream": .stream(.init(reader, children: children))
        case "Task": .task(.init(reader, children: children))
        case "Transcription": .transcription(.init(reader, children: children))
        case "Uri": .uri(.init(reader, children: children))
        case "VirtualAgent": .virtualAgent(.init(reader, children: children))
        case "WhatsApp": .whatsApp(.init(reader, children: children))
        case "amazon:domain": .amazonDomain(.init(reader, children: children))
        case "amazon:effect": .amazonEffect(.init(reader, children: children))
        case "break": .`break`(.init(reader, children: children))
        case "emphasis": .emphasis(.init(reader, children: children))
        case "lang": .lang(.init(reader, children: children))
        case "p": .p(.init(reader, children: children))
        case "phoneme": .phoneme(.init(reader, children: children))
        case "prosody": .prosody(.init(reader, children: children))
        case "s": .s(.init(reader, children: children))
        case "say-as": .sayAs(.init(reader, children: children))
        case "sub": .sub(.init(reader, children: children))
        case "w": .w(.init(reader, children: children))
        case "AIAssistant": .aIAssistant(.init(reader, children: children))
        case "AIGather": .aIGather(.init(reader, children: children))
        case "Greeting": .greeting(.init(reader, children: children))
        case "Message": .message(.init(reader, children: children))
        case "MessageHistory": .messageHistory(.init(reader, children: children))
        case "Parameters": .parameters(.init(reader, children: children))
        case "Suppression": .suppression(.init(reader, children: children))
        case "Tool": .tool(.init(reader, children: children))
        case "Tools": .tools(.init(reader, children: children))
        case "Voice": .voice(.init(reader, children: children))
        case "Answer": .answer(.init(reader, children: children))
        case "GetSpeech": .getSpeech(.init(reader, children: children))
        case "Ping": .ping(.init(reader, children: children))
        case "PlayLastRecording": .playLastRecording(.init(reader, children: children))
        case "User": .user(.init(reader, children: children))
        default: nil
        }
    }
}
