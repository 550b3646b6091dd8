import TeXMLGrammar

extension CallRun {
    /// `<Gather>`: plays its nested prompts (input interrupts them), then collects DTMF and/or
    /// speech until `finishOnKey`, `numDigits`, the inter-digit `timeout` or the end of speech.
    mutating func performGather(_ gather: GatherElement, outcome: inout [(String, TraceValue)]) -> Flow {
        var kinds: InputKinds = []
        for token in gather.input.value ?? ["dtmf"] {
            if token == "dtmf" { kinds.insert(.dtmf) }
            if token == "speech" { kinds.insert(.speech) }
        }
        if kinds.isEmpty { kinds = .dtmf }
        let bargeIn: InputKinds = (gather.bargeIn.value ?? true) ? kinds : []
        let finishKeys = Set(gather.finishOnKey.value ?? "#")
        let numDigits = gather.numDigits.value.flatMap { $0 > 0 ? $0 : nil }
        let timeout = SimTime.seconds(max(gather.timeout.value ?? 5, 0))
        let speechTimeout: SimTime
        if let written = gather.speechTimeout.value, written != "auto", let seconds = Int(written) {
            speechTimeout = .seconds(seconds)
        } else {
            speechTimeout = behaviour.speechTimeoutAuto
        }

        var digits = ""
        var transcript: [String] = []
        var reason = "timeout"
        var finished = false
        var speechEnds: SimTime?

        /// Takes one input event; returns true when the gather is complete.
        func take(_ event: ScriptEvent) -> Bool {
            switch event {
            case .dtmf(let key, _) where kinds.contains(.dtmf):
                if finishKeys.contains(key) {
                    reason = "finish-key"
                    return true
                }
                digits.append(key)
                if let numDigits, digits.count >= numDigits {
                    reason = "num-digits"
                    return true
                }
            case .speech(let start, let duration, let text, _) where kinds.contains(.speech):
                if let text { transcript.append(text) }
                speechEnds = start + duration
            default:
                break
            }
            return false
        }

        // Nested prompts play first; input interrupts them (barge-in) and counts.
        for child in gather.children {
            guard child.isPrompt else { continue }
            emitVerbStarted(child)
            let result = promptLength(child).map { playPrompt(child, $0, bargeIn: bargeIn) } ?? .finished
            var childOutcome: [(String, TraceValue)] = []
            if case .interrupted = result { childOutcome.append(("interrupted", .bool(true))) }
            emitVerbEnded(child, childOutcome)
            switch result {
            case .finished: continue
            case .callerHangup:
                outcome.append(("reason", .string("caller-hangup")))
                return .end(.callerHangup)
            case .limit: return .end(limitReached())
            case .interrupted(let event):
                finished = take(event)
            }
            break
        }

        if !finished {
            signal(.gatherStart)
            var deadline = speechEnds.map { $0 + speechTimeout } ?? now + timeout
            loop: while true {
                switch wait(until: deadline) {
                case .deadline:
                    reason = speechEnds != nil ? "speech-end" : "timeout"
                    break loop
                case .callLimit:
                    return .end(limitReached())
                case .caller(.hangup):
                    outcome.append(("reason", .string("caller-hangup")))
                    return .end(.callerHangup)
                case .caller(let event):
                    if take(event) { break loop }
                    if let ends = speechEnds, kinds.contains(.speech) {
                        deadline = max(ends, now) + speechTimeout
                    } else if case .dtmf = event, kinds.contains(.dtmf) {
                        deadline = now + timeout
                    }
                case .party:
                    continue
                }
            }
        }

        let speech = transcript.joined(separator: " ")
        outcome.append(("reason", .string(reason)))
        outcome.append(("digits", .string(digits)))
        if kinds.contains(.speech) { outcome.append(("speech", .string(speech))) }
        // Telnyx: digits outside `validDigits` go to `invalidDigitsAction`, or count as no input.
        if let valid = gather.validDigits.value, !digits.isEmpty, !digits.allSatisfy({ valid.contains($0) }) {
            outcome.append(("invalid_digits", .bool(true)))
            if let invalidAction = gather.invalidDigitsAction.value {
                return .fetch(
                    Fetch(
                        purpose: "invalidDigitsAction", url: resolve(invalidAction), method: gatherMethod(gather),
                        parameters: [("Digits", digits)]))
            }
            digits = ""
        }
        let heardInput = !digits.isEmpty || speechEnds != nil
        guard heardInput || gather.actionOnEmptyResult.value == true else {
            // "If no input is received before timeout, <Gather> falls through to the next verb."
            outcome.append(("fallthrough", .bool(true)))
            return .next
        }
        var parameters: [(String, String)] = []
        if kinds.contains(.dtmf) || !digits.isEmpty { parameters.append(("Digits", digits)) }
        if speechEnds != nil {
            parameters.append(("SpeechResult", speech))
            parameters.append(("Confidence", "0.9"))
        }
        let target = gather.action.value.map(resolve) ?? document?.url ?? scenario.flowURL
        return .fetch(
            Fetch(purpose: "action", url: target, method: gatherMethod(gather), parameters: parameters))
    }

    /// Twilio: `method`, default POST. Telnyx: "Same method (GET/POST) as set for the TeXML application".
    func gatherMethod(_ gather: GatherElement) -> String {
        gather.method.value ?? (dialect == .texml ? scenario.call.method : "POST")
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
