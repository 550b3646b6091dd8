import TeXMLGrammar

/// `<Gather>` in no dialect's words.
struct GatherIntent {
    /// What it listens for: DTMF, speech or both.
    var kinds: InputKinds
    /// The input that interrupts its prompts.
    var bargeIn: InputKinds
    var finishKeys: Set<Character>
    /// Digits that complete it; nil: no count does.
    var numDigits: Int?
    /// How long it waits for the first key, and between keys.
    var timeout: SimTime
    /// How long after speech ends it waits.
    var speechTimeout: SimTime
    /// Telnyx `validDigits`: digits outside go to `invalidDigitsAction` (resolved), or count as no input.
    var validDigits: String?
    var invalidDigitsAction: String?
    /// Whether the action is requested when nothing was heard.
    var actionOnEmptyResult: Bool
    /// Where the action request goes (resolved; the current document when `action` is not
    /// written) and with which method.
    var action: String
    var method: String
}

extension Lowering {
    /// `<Gather>`: Twilio's attributes and Telnyx's `validDigits`, each where the dialect has it.
    func gather(_ gather: GatherElement) -> GatherIntent {
        let own = attributes(of: "Gather")
        var kinds: InputKinds = []
        for token in own.defaulted(gather.input, "input") {
            if token == "dtmf" { kinds.insert(.dtmf) }
            if token == "speech" { kinds.insert(.speech) }
        }
        if kinds.isEmpty { kinds = .dtmf }
        let speechTimeout: SimTime
        if let written = own(gather.speechTimeout, "speechTimeout"), written != "auto", let seconds = Int(written) {
            speechTimeout = .seconds(seconds)
        } else {
            speechTimeout = behaviour.calls.speechTimeoutAuto
        }
        return GatherIntent(
            // TeXML has no `bargeIn`: input interrupts the prompts, as Twilio's default has it.
            kinds: kinds, bargeIn: (own(gather.bargeIn, "bargeIn") ?? true) ? kinds : [],
            finishKeys: Set(own.defaulted(gather.finishOnKey, "finishOnKey")),
            numDigits: own(gather.numDigits, "numDigits").flatMap { $0 > 0 ? $0 : nil },
            timeout: .seconds(max(own.defaulted(gather.timeout, "timeout"), 0)), speechTimeout: speechTimeout,
            validDigits: own(gather.validDigits, "validDigits"),
            invalidDigitsAction: own(gather.invalidDigitsAction, "invalidDigitsAction").map(resolve),
            actionOnEmptyResult: own(gather.actionOnEmptyResult, "actionOnEmptyResult") == true,
            action: own(gather.action, "action").map(resolve) ?? baseURL,
            // Twilio: `method`, default POST. Telnyx's <Gather> has none: "Same method (GET/POST)
            // as set for the TeXML application".
            method: own(gather.method, "method") ?? applicationMethod)
    }
}
