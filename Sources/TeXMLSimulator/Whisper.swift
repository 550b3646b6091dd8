import TeXMLGrammar
import TeXMLSyntax

/// How a leg's whisper document ended.
enum WhisperOutcome {
    /// The document ran to its end: the party is bridged to the caller.
    case accepted
    /// `<Hangup>`, `<Reject>`, the party hanging up or a document that cannot run: the leg ends
    /// without being bridged.
    case rejected(WhisperDeclineReason)
    /// The caller hung up, or the call reached a limit, during the whisper.
    case end(EndReason)
}

/// What woke a whisper while it waited.
enum WhisperWake {
    case deadline
    case key(Character)
    case partyHangup
    case end(EndReason)
}

extension CallRun {
    /// `<Number url>`, `<Sip url>`, `<Client url>` (Twilio) and `<Number url>`, `<Sip url>` (Telnyx):
    /// "a URL that will return a TwiML response to be run on the called party's end, after they
    /// answer, but before the parties are connected. You can use this TwiML to privately <Play>
    /// or <Say> information to the called party … provide a chance to decline the phone call
    /// using <Gather> and <Hangup> … TwiML documents executed in this manner are not allowed to
    /// contain the <Dial> verb" (https://www.twilio.com/docs/voice/twiml/number); "the caller
    /// continues to hear ringing" (https://www.twilio.com/docs/glossary/call-whisper).
    ///
    /// The document is requested with the leg's own parameters (`CallSid` of the leg,
    /// `ParentCallSid`, `CallStatus=in-progress`), purpose `url`. `<Say>`, `<Play>` and `<Pause>`
    /// last as they do for the caller, heard by the party only; `<Gather>` collects the party's
    /// keys and requests its action (with `Digits`) when there are any; `<Redirect>` fetches
    /// another document; `<Hangup>` and `<Reject>` decline the call. Other verbs are not
    /// simulated here, with a warning (`<Dial>` is not allowed). `party` is the party's script,
    /// started when they answered.
    mutating func runWhisper(
        _ whisper: WhisperDocument, target: DialTarget, party: inout ScriptCursor, dial: DialIntent
    ) -> WhisperOutcome {
        emit(.whisperStarted(.init(party: target.address, callSid: target.callSid, url: whisper.url)))
        let callerDocument = document
        defer { document = callerDocument }
        let leg = WhisperLeg(
            name: target.address, url: whisper.url,
            parameters: childLegParameters(target, status: "in-progress", dial: dial))
        var fetch = Fetch(
            purpose: "url", url: whisper.url, method: whisper.method, parameters: leg.parameters,
            includesCallParameters: false)
        var result: WhisperOutcome = .accepted
        documents: while true {
            if let failure = load(fetch) {
                result = failure == .callerHangup ? .end(.callerHangup) : .rejected(.error)
                break
            }
            guard let verbs = document?.document.verbs else { break }
            var next: Fetch?
            verbs: for verb in verbs {
                emitVerbStarted(verb)
                var outcome: [VerbOutcome] = []
                defer { emitVerbEnded(verb, outcome) }
                switch whisperStep(verb, leg, party: &party, outcome: &outcome) {
                case .next: continue verbs
                case .fetch(let request):
                    next = request
                    break verbs
                case .stop(let stop):
                    result = stop
                    break documents
                }
            }
            guard let next else { break }
            fetch = next
        }
        let ended: TraceEvent.WhisperEnded.Result
        switch result {
        case .accepted: ended = .accepted
        case .rejected(let reason): ended = .declined(reason: reason)
        case .end: ended = .interrupted
        }
        emit(.whisperEnded(.init(party: target.address, callSid: target.callSid, result: ended)))
        return result
    }

    /// The leg a whisper document runs on: its party, its URL and its own parameters.
    struct WhisperLeg {
        var name: String
        var url: String
        var parameters: [(String, String)]
    }

    /// What one verb of a whisper document leads to.
    enum WhisperStep {
        case next
        /// Another document: a `<Gather>`'s action, a `<Redirect>`.
        case fetch(Fetch)
        case stop(WhisperOutcome)
    }

    /// Runs one verb of a whisper document on the called party's end.
    private mutating func whisperStep(
        _ verb: Node, _ leg: WhisperLeg, party: inout ScriptCursor, outcome: inout [VerbOutcome]
    ) -> WhisperStep {
        // A whisper's <Gather> and <Redirect> request with POST unless they name a method.
        let lowering = Lowering(behaviour: behaviour, baseURL: document?.url ?? leg.url, applicationMethod: "POST")
        switch verb {
        case .say, .play, .pause:
            guard let length = promptLength(verb) else {
                outcome.append(.skipped)
                return .next
            }
            outcome.append(.duration(length))
            switch whisperWait(until: now + length, party: &party, name: leg.name, keys: false) {
            case .deadline, .key: return .next
            case .partyHangup: return .stop(.rejected(.partyHangup))
            case .end(let reason): return .stop(.end(reason))
            }
        case .gather(let element):
            let gather = lowering.gather(element)
            switch whisperGather(gather, element.children, party: &party, name: leg.name, outcome: &outcome) {
            case .none: return .next
            case .some(.fetch(let digits)):
                return .fetch(
                    Fetch(
                        purpose: "action", url: gather.action, method: gather.method,
                        parameters: leg.parameters + [("Digits", digits)], includesCallParameters: false))
            case .some(.stop(let stop)): return .stop(stop)
            }
        case .redirect(let element):
            let redirect = lowering.redirect(element)
            return .fetch(
                Fetch(
                    purpose: "redirect", url: redirect.url, method: redirect.method, parameters: leg.parameters,
                    includesCallParameters: false))
        case .hangup, .reject:
            outcome.append(.declined)
            return .stop(.rejected(.hangupVerb))
        default:
            let why =
                verb.name == "Dial"
                ? "<Dial> is not allowed in a whisper document: skipped"
                : "<\(verb.name)> is not simulated in a whisper document: skipped"
            emitWarning(code: nil, why, verbPlace(verb).problemDetails)
            outcome.append(.notSimulated)
            return .next
        }
    }

    /// What a whisper's `<Gather>` led to: nil to go on with the next verb.
    enum WhisperGatherEnd {
        case fetch(digits: String)
        case stop(WhisperOutcome)
    }

    /// A `<Gather>` on the called party's end: its prompts (a key interrupts them and counts),
    /// then the party's keys until `finishOnKey`, `numDigits` or `timeout` (the caller's
    /// `<Gather>` rules). Without keys it falls through, as Twilio's `<Gather>` does.
    mutating func whisperGather(
        _ gather: GatherIntent, _ prompts: [Node], party: inout ScriptCursor, name: String,
        outcome: inout [VerbOutcome]
    ) -> WhisperGatherEnd? {
        var digits = ""
        var pending: Character?
        for child in prompts where child.isPrompt {
            guard let length = promptLength(child) else { continue }
            emitVerbStarted(child)
            let wake = whisperWait(until: now + length, party: &party, name: name, keys: true)
            emitVerbEnded(child, wake.isKey ? [.interrupted] : [])
            switch wake {
            case .deadline: continue
            case .key(let key): pending = key
            case .partyHangup: return .stop(.rejected(.partyHangup))
            case .end(let reason): return .stop(.end(reason))
            }
            break
        }
        var reason = "timeout"
        collecting: while true {
            let key: Character
            if let waiting = pending {
                key = waiting
                pending = nil
            } else {
                switch whisperWait(until: now + gather.timeout, party: &party, name: name, keys: true) {
                case .deadline: break collecting
                case .key(let pressed): key = pressed
                case .partyHangup: return .stop(.rejected(.partyHangup))
                case .end(let reason): return .stop(.end(reason))
                }
            }
            if gather.finishKeys.contains(key) {
                reason = "finish-key"
                break
            }
            digits.append(key)
            if let numDigits = gather.numDigits, digits.count >= numDigits {
                reason = "num-digits"
                break
            }
        }
        outcome.append(.reason(reason))
        if !digits.isEmpty { outcome.append(.digits(digits)) }
        return digits.isEmpty ? nil : .fetch(digits: digits)
    }

    /// Waits until `deadline` while the party (not yet bridged) follows its script: its speech
    /// and keys are traced but not heard by the caller. Returns early on a key (when `keys`),
    /// the party hanging up, the caller hanging up, or the call's limit.
    mutating func whisperWait(
        until deadline: SimTime, party: inout ScriptCursor, name: String, keys: Bool
    ) -> WhisperWake {
        while true {
            let event = party.peek()
            let target = max(now, min(deadline, event?.time ?? deadline))
            switch wait(until: target) {
            case .callLimit: return .end(limitReached())
            case .caller(.hangup): return .end(.callerHangup)
            // The dial gives way to the new instructions: connectAnswering cancels its legs.
            case .replaced: return .end(.apiHangup)
            case .caller, .party: continue
            case .deadline:
                if let event, event.time <= now {
                    party.consume()
                    emitPartyEvent(name, event)
                    switch event {
                    case .speech: break
                    case .dtmf(let key, _): if keys { return .key(key) }
                    case .hangup: return .partyHangup
                    }
                    continue
                }
                if now >= deadline { return .deadline }
            }
        }
    }
}

extension WhisperWake {
    var isKey: Bool {
        if case .key = self { return true }
        return false
    }
}
