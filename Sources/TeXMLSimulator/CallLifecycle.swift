extension CallRun {
    mutating func execute() -> SimulationResult {
        emit(
            .callStarted(
                .init(
                    callSid: callSid, from: scenario.call.from, to: scenario.call.to,
                    direction: scenario.call.direction.parameter(callbacks), dialect: behaviour.dialect)))
        for warning in pendingSpeechWarnings { emitWarning(code: nil, warning.message, warning.details) }
        let first = Fetch(purpose: "voice", url: scenario.flowURL, method: scenario.call.method, parameters: [])
        let reason = load(first) ?? runDocuments()
        return finish(reason)
    }

    /// Runs verbs until the call ends.
    mutating func runDocuments() -> EndReason {
        var index = 0
        while true {
            catchUpWithCaller()
            if progress.callerHungUp { return .callerHangup }
            if now >= callDeadline { return limitReached() }
            if let update = progress.update {
                progress.update = nil
                if let ended = apply(update) { return ended }
                index = 0
                // The new instructions' own webhook may have brought another update.
                continue
            }
            guard let current = documents.current else { return .error }
            let verbs = current.document.verbs
            guard index < verbs.count else { return .documentEnd }
            let verb = verbs[index]
            index += 1
            documents.verbCount += 1
            if documents.verbCount > scenario.limits.maxVerbs {
                emitError(
                    code: nil, "more than \(scenario.limits.maxVerbs) verbs executed in one call",
                    [.limit("max_verbs")])
                return .limit
            }
            if !progress.answered, verb.name != "Reject" { answer() }
            switch run(verb) {
            case .next:
                continue
            case .end(let reason):
                return reason
            case .fetch(let fetch):
                if let failure = load(fetch) { return failure }
                index = 0
            case .notifyThenEnd(let fetch, let reason):
                progress.callStatus = .completed
                _ = send(fetch)
                return reason
            }
        }
    }

    /// Applies the application's REST update between verbs: hangs up, or runs the new
    /// instructions from their first verb. Returns why the call ends, if it does.
    mutating func apply(_ update: CallUpdate) -> EndReason? {
        switch update {
        case .hangup:
            return .apiHangup
        case .redirect(let url, let method):
            return load(Fetch(purpose: "redirect", url: url, method: method, parameters: []))
        case .instructions(let text):
            return adopt(Array(text.utf8), url: documents.current?.url ?? scenario.flowURL, source: "Twiml")
        }
    }

    mutating func limitReached() -> EndReason {
        emitError(
            code: nil, "the call reached its maximum duration of \(scenario.limits.maxCallDuration)",
            [.limit("max_call_duration")])
        return .maxDuration
    }

    mutating func answer() {
        progress.answered = true
        progress.answeredAt = now
        progress.callStatus = .inProgress
        emit(.callAnswered(.init()))
        signal(.answer)
    }

    /// Ends the call: the final status, `call.ended`, what ends with the call, the status
    /// callback and the API commands left.
    mutating func finish(_ reason: EndReason) -> SimulationResult {
        let status: CallStatus
        switch reason {
        case .rejected(let rejectedStatus): status = rejectedStatus
        default: status = progress.answered ? .completed : (reason == .callerHangup ? .canceled : .failed)
        }
        progress.callStatus = status
        progress.callEnded = true
        let duration = now
        let billed = progress.answered ? now.wholeSecondsRoundedUp : 0
        emit(.callEnded(.init(reason: reason.name, status: status, duration: billed)))
        stopEverything(endedBy: reason)
        if let callback = scenario.call.statusCallback {
            let url = URLResolution.resolve(callback, against: scenario.flowURL)
            _ = send(
                Fetch(
                    purpose: "statusCallback", url: url, method: scenario.call.statusCallbackMethod,
                    parameters: [("CallDuration", String(billed))]))
        }
        for pending in media.pendingRecordings {
            emitWarning(
                code: nil,
                "recording \(pending.recording.sid) never started: it waited for \(pending.trigger.rawValue), which did not happen",
                [.recordingSid(pending.recording.sid)])
        }
        media.pendingRecordings.removeAll()
        issueLateCommands()
        // A live application may still download or list recordings after the last webhook.
        let transport = context.transport
        transport.settle { command in self.issue(command) }
        let outcome = CallOutcome(
            status: status, reason: reason.name, duration: duration, hadError: trace.hadError)
        return SimulationResult(
            events: trace.events, outcome: outcome, recordings: media.finishedRecordings,
            recorderFailures: media.recorderFailures)
    }

    /// Background recordings and streams end with the call. A call cut short by one of the
    /// simulation's own limits did not really end: its recordings are reported interrupted, not kept.
    private mutating func stopEverything(endedBy reason: EndReason) {
        let interrupted: Bool
        switch reason {
        case .limit, .redirectLoop: interrupted = true
        default: interrupted = false
        }
        while !media.recordings.isEmpty {
            stopRecording(
                at: 0, reason: interrupted ? .simulationEnded : .callEnded,
                interruption: interrupted
                    ? "the simulation stopped the call (\(reason.name.rawValue)) during the recording" : nil)
        }
        stopAllStreams(reason: interrupted ? .simulationEnded : .callEnded)
    }
}
