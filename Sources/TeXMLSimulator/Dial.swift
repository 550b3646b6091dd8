import TeXMLGrammar

/// One leg a `<Dial>` places.
struct DialTarget {
    /// The address as the scenario's `parties:` names it: a number, a SIP URI, `client:name`.
    var address: String
    var kind: String
    var callSid: String
    var party: Party?
    /// When this leg's outcome is known.
    var decidedAt: SimTime
    var outcome: Outcome

    enum Outcome: Equatable {
        case answers
        case busy
        case failed
        case noAnswer
    }
}

extension CallRun {
    /// The legs of a `<Dial>`: its `<Number>`, `<Sip>` and `<Client>` nouns, or its text.
    func dialAddresses(_ dial: DialElement) -> [(address: String, kind: String)] {
        var result: [(String, String)] = []
        for child in dial.children {
            switch child {
            case .number(let number): result.append((number.text, "number"))
            case .sip(let sip): result.append((sip.text, "sip"))
            case .client(let client):
                var name = client.text
                for grandchild in client.children {
                    if case .identity(let identity) = grandchild { name = identity.text }
                }
                result.append(("client:" + name, "client"))
            default: break
            }
        }
        if result.isEmpty, !dial.text.isEmpty { result.append((dial.text, "number")) }
        return result
    }

    mutating func performDial(_ dial: DialElement, outcome: inout [(String, TraceValue)]) -> Flow {
        for child in dial.children {
            if case .conference(let conference) = child {
                return performConference(dial, conference, outcome: &outcome)
            }
            if case .queue = child {
                emitWarning(
                    code: nil, "<Dial><Queue> is not simulated: the dial ends at once with no-answer",
                    [("line", .int(child.range.start.line)), ("column", .int(child.range.start.column))])
                return finishDial(dial, status: "no-answer", childSid: nil, bridged: nil, outcome: &outcome)
            }
        }
        let timeout = SimTime.seconds(max(dial.timeout.value ?? 30, 1))
        let timeLimit = SimTime.seconds(max(dial.timeLimit.value ?? 14_400, 1))
        let start = now
        var targets: [DialTarget] = []
        for (address, kind) in dialAddresses(dial) {
            let party = scenario.parties.first { $0.target == address }
            var target = DialTarget(
                address: address, kind: kind, callSid: ids.callSid(), party: party, decidedAt: start + timeout,
                outcome: .noAnswer)
            if let party {
                if party.fails {
                    target.outcome = .failed
                    target.decidedAt = start
                } else if party.busy {
                    target.outcome = .busy
                    target.decidedAt = start
                } else if party.answers, party.ring < timeout {
                    target.outcome = .answers
                    target.decidedAt = start + party.ring
                }
            } else {
                emitWarning(
                    code: nil, "no party for \(address) in the scenario: it rings without answering",
                    [("target", .string(address))])
            }
            targets.append(target)
        }
        emit(
            "dial.started",
            [("targets", .strings(targets.map(\.address))), ("timeout", .int(timeout.wholeSecondsRoundedUp))])
        for target in targets {
            emit(
                "party.ringing",
                [("party", .string(target.address)), ("CallSid", .string(target.callSid))])
        }
        signal(.dialStart)

        for target in targets where target.outcome == .busy || target.outcome == .failed {
            emit(target.outcome == .busy ? "party.busy" : "party.failed", [("party", .string(target.address))])
        }
        let winner = targets.filter { $0.outcome == .answers }.min { $0.decidedAt < $1.decidedAt }
        guard let winner else {
            let allBusy = !targets.isEmpty && targets.allSatisfy { $0.outcome == .busy }
            let allFailed = targets.isEmpty || targets.allSatisfy { $0.outcome == .failed }
            let stillRinging = targets.contains { $0.outcome == .noAnswer }
            if stillRinging, !pass(until: start + timeout) {
                return dialInterrupted(dial, targets: targets, outcome: &outcome)
            }
            for target in targets where target.outcome == .noAnswer {
                emit("party.no-answer", [("party", .string(target.address))])
            }
            let status = allBusy ? "busy" : allFailed ? "failed" : "no-answer"
            return finishDial(dial, status: status, childSid: targets.last?.callSid, bridged: nil, outcome: &outcome)
        }
        if !pass(until: winner.decidedAt) {
            return dialInterrupted(dial, targets: targets, outcome: &outcome)
        }
        for target in targets
        where target.address != winner.address && target.outcome != .busy && target.outcome != .failed {
            emit("party.canceled", [("party", .string(target.address))])
        }
        emit("party.answered", [("party", .string(winner.address)), ("CallSid", .string(winner.callSid))])
        let bridgedAt = now
        partyName = winner.address
        party = ScriptCursor(steps: winner.party?.script ?? [], start: now)
        signal(.dialAnswer)
        guard let endReason = stayConnected(until: bridgedAt + timeLimit, dial) else {
            party = nil
            return .end(limitReached())
        }
        party = nil
        if endReason != "party-hangup" {
            emit("party.hangup", [("party", .string(winner.address)), ("by", .string("platform"))])
        }
        outcome.append(("ended_by", .string(endReason)))
        return finishDial(
            dial, status: "completed", childSid: winner.callSid, bridged: now - bridgedAt, outcome: &outcome)
    }

    /// The caller hung up (or the call hit its limit) while the legs were ringing.
    mutating func dialInterrupted(_ dial: DialElement, targets: [DialTarget], outcome: inout [(String, TraceValue)])
        -> Flow
    {
        for target in targets where target.outcome == .answers || target.outcome == .noAnswer {
            emit("party.canceled", [("party", .string(target.address))])
        }
        guard callerHungUp else { return .end(limitReached()) }
        return finishDial(dial, status: "canceled", childSid: targets.last?.callSid, bridged: nil, outcome: &outcome)
    }

    /// `<Dial><Conference>`: the caller stays in the room until they hang up, press `*` with
    /// `hangupOnStar`, or the dial's `timeLimit`. Other participants are not simulated.
    mutating func performConference(
        _ dial: DialElement, _ conference: ConferenceElement, outcome: inout [(String, TraceValue)]
    ) -> Flow {
        let timeLimit = SimTime.seconds(max(dial.timeLimit.value ?? 14_400, 1))
        emit("conference.joined", [("name", .string(conference.text))])
        signal(.dialAnswer)
        let joined = now
        guard let endReason = stayConnected(until: joined + timeLimit, dial) else { return .end(limitReached()) }
        emit("conference.left", [("name", .string(conference.text)), ("reason", .string(endReason))])
        outcome.append(("ended_by", .string(endReason)))
        // Twilio <Dial>: "When calling a conference, the DialCallStatus will be answered";
        // DialCallDuration "is not sent after dialing a conference".
        return finishDial(dial, status: "answered", childSid: nil, bridged: nil, outcome: &outcome)
    }

    /// Keeps the caller connected (to the bridged party, if any, or a conference) until the party
    /// hangs up, the caller does, `*` with `hangupOnStar`, or `deadline` (`timeLimit`). Returns
    /// why it ended, or nil when the call reached its maximum duration.
    mutating func stayConnected(until deadline: SimTime, _ dial: DialElement) -> String? {
        let hangupOnStar = dial.hangupOnStar.value ?? false
        while true {
            switch wait(until: deadline) {
            case .deadline: return "time-limit"
            case .callLimit: return nil
            case .caller(.hangup): return "caller-hangup"
            case .caller(.dtmf("*", _)) where hangupOnStar: return "hangup-on-star"
            case .party(.hangup): return "party-hangup"
            case .caller, .party: continue
            }
        }
    }

    /// The dial's result: its action request, or the next verb when it has no action.
    mutating func finishDial(
        _ dial: DialElement, status: String, childSid: String?, bridged: SimTime?,
        outcome: inout [(String, TraceValue)]
    ) -> Flow {
        signal(.dialEnd)
        outcome.append(("DialCallStatus", .string(status)))
        var parameters: [(String, String)] = [("DialCallStatus", status)]
        // Twilio's action parameters include DialBridged: whether the caller was connected.
        if dialect == .twiml {
            parameters.append(("DialBridged", bridged != nil || status == "answered" ? "true" : "false"))
        }
        if let childSid { parameters.append(("DialCallSid", childSid)) }
        if let bridged {
            parameters.append(("DialCallDuration", String(bridged.wholeSecondsRoundedUp)))
            outcome.append(("DialCallDuration", .int(bridged.wholeSecondsRoundedUp)))
        }
        guard let action = dial.action.value else {
            if callerHungUp { return .end(.callerHangup) }
            // "If you do not provide an action URL … Twilio will continue to render the original TwiML document."
            return .next
        }
        let fetch = Fetch(
            purpose: "action", url: resolve(action), method: dial.method.value ?? "POST", parameters: parameters)
        if callerHungUp {
            return behaviour.dialActionOnCallerHangup ? .notifyThenEnd(fetch, .callerHangup) : .end(.callerHangup)
        }
        return .fetch(fetch)
    }
}
