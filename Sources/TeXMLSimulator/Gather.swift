import TeXMLGrammar

/// What a `<Gather>` has collected so far.
struct GatherInput {
    var digits = ""
    var transcript: [String] = []
    /// `timeout`, `finish-key`, `num-digits` or `speech-end`.
    var reason = "timeout"
    /// When the caller's last speech ends; nil when they have not spoken.
    var speechEnds: SimTime?

    /// Takes one input event; returns true when the gather is complete.
    mutating func take(_ event: ScriptEvent, _ gather: GatherIntent) -> Bool {
        switch event {
        case .dtmf(let key, _) where gather.kinds.contains(.dtmf):
            if gather.finishKeys.contains(key) {
                reason = "finish-key"
                return true
            }
            digits.append(key)
            if let numDigits = gather.numDigits, digits.count >= numDigits {
                reason = "num-digits"
                return true
            }
        case .speech(let start, let duration, let text, _) where gather.kinds.contains(.speech):
            if let text { transcript.append(text) }
            speechEnds = start + duration
        default:
            break
        }
        return false
    }
}

extension CallRun {
    /// `<Gather>`: plays its nested prompts (input interrupts them), then collects DTMF and/or
    /// speech until `finishOnKey`, `numDigits`, the inter-digit `timeout` or the end of speech.
    mutating func performGather(_ element: GatherElement, outcome: inout [VerbOutcome]) -> Flow {
        let gather = lowering.gather(element)
        var input = GatherInput()
        var finished = false
        switch playGatherPrompts(element.children, gather, &input) {
        case .finished: break
        case .complete: finished = true
        case .callerHangup:
            outcome.append(.reason("caller-hangup"))
            return .end(.callerHangup)
        case .limit: return .end(limitReached())
        case .replaced:
            outcome.append(.interrupted)
            return .next
        }
        if !finished, let end = collect(gather, &input, outcome: &outcome) { return end }
        return gatherResult(gather, input, outcome: &outcome)
    }

    /// How a `<Gather>`'s prompts ended.
    enum GatherPromptsEnd {
        /// They played out: collecting starts.
        case finished
        /// Input interrupted them and completed the gather.
        case complete
        case callerHangup
        case limit
        /// A REST update replaced the call's instructions.
        case replaced
    }

    /// Nested prompts play first; input interrupts them (barge-in) and counts.
    private mutating func playGatherPrompts(
        _ children: [Node], _ gather: GatherIntent, _ input: inout GatherInput
    ) -> GatherPromptsEnd {
        for child in children where child.isPrompt {
            emitVerbStarted(child)
            let result = promptLength(child).map { playPrompt(child, $0, bargeIn: gather.bargeIn) } ?? .finished
            emitVerbEnded(child, result.isInterruption ? [.interrupted] : [])
            switch result {
            case .finished: continue
            case .callerHangup: return .callerHangup
            case .limit: return .limit
            case .replaced: return .replaced
            case .interrupted(let event): return input.take(event, gather) ? .complete : .finished
            }
        }
        return .finished
    }

    /// Collects input until the gather is complete, its timeout or the end of speech; the end of
    /// the call when the caller hangs up or the call's limit comes.
    private mutating func collect(
        _ gather: GatherIntent, _ input: inout GatherInput, outcome: inout [VerbOutcome]
    ) -> Flow? {
        signal(.gatherStart)
        var deadline = input.speechEnds.map { $0 + gather.speechTimeout } ?? now + gather.timeout
        while true {
            switch wait(until: deadline) {
            case .deadline:
                input.reason = input.speechEnds != nil ? "speech-end" : "timeout"
                return nil
            case .callLimit:
                return .end(limitReached())
            case .replaced:
                outcome.append(.interrupted)
                return .next
            case .caller(.hangup):
                outcome.append(.reason("caller-hangup"))
                return .end(.callerHangup)
            case .caller(let event):
                if input.take(event, gather) { return nil }
                if let ends = input.speechEnds, gather.kinds.contains(.speech) {
                    deadline = max(ends, now) + gather.speechTimeout
                } else if case .dtmf = event, gather.kinds.contains(.dtmf) {
                    deadline = now + gather.timeout
                }
            case .party:
                continue
            }
        }
    }

    /// What the gather heard: its action request, or the next verb when nothing was heard.
    private mutating func gatherResult(
        _ gather: GatherIntent, _ input: GatherInput, outcome: inout [VerbOutcome]
    ) -> Flow {
        var digits = input.digits
        let speech = input.transcript.joined(separator: " ")
        outcome.append(.reason(input.reason))
        outcome.append(.digits(digits))
        if gather.kinds.contains(.speech) { outcome.append(.speech(speech)) }
        // Telnyx: digits outside `validDigits` go to `invalidDigitsAction`, or count as no input.
        if let valid = gather.validDigits, !digits.isEmpty, !digits.allSatisfy({ valid.contains($0) }) {
            outcome.append(.invalidDigits)
            if let invalidAction = gather.invalidDigitsAction {
                return .fetch(
                    Fetch(
                        purpose: "invalidDigitsAction", url: invalidAction, method: gather.method,
                        parameters: [("Digits", digits)]))
            }
            digits = ""
        }
        let heardInput = !digits.isEmpty || input.speechEnds != nil
        guard heardInput || gather.actionOnEmptyResult else {
            // "If no input is received before timeout, <Gather> falls through to the next verb."
            outcome.append(.fallThrough)
            return .next
        }
        var parameters: [(String, String)] = []
        if gather.kinds.contains(.dtmf) || !digits.isEmpty { parameters.append(("Digits", digits)) }
        if input.speechEnds != nil {
            parameters.append(("SpeechResult", speech))
            parameters.append(("Confidence", "0.9"))
        }
        return .fetch(Fetch(purpose: "action", url: gather.action, method: gather.method, parameters: parameters))
    }
}

extension PromptEnd {
    var isInterruption: Bool {
        switch self {
        case .interrupted, .replaced: true
        case .finished, .callerHangup, .limit: false
        }
    }
}

extension Node {
    /// Whether the node is a prompt a `<Gather>` plays: `<Say>`, `<Play>` or `<Pause>`.
    var isPrompt: Bool {
        switch self {
        case .say, .play, .pause, .playLastRecording: true
        default: false
        }
    }
}
