import TeXMLGrammar
import TeXMLRecorder

/// One leg a `<Dial>` places.
struct DialTarget {
    /// The address as the scenario's `parties:` names it: a number, a SIP URI, `client:name`.
    var address: String
    var callSid: String
    var party: Party?
    /// When this leg's outcome is known.
    var decidedAt: SimTime
    var outcome: Outcome
    /// The noun's `statusCallback` subscription, if it has one.
    var subscription: LegSubscription? = nil
    /// The noun's `url`: run on the called party's end once they answer, before the bridge.
    var whisper: WhisperDocument? = nil
    /// A `<Sip>`'s `<Uri>`s tried before `address` and failed, each with the one tried next.
    var failedOver: [(uri: String, next: String)] = []
    /// The next `SequenceNumber` of this leg's callbacks.
    var sequence = 0
    /// When the party answered.
    var answeredAt: SimTime? = nil
    /// The leg is over (declined in its whisper, or canceled).
    var ended = false

    enum Outcome: Equatable {
        case answers
        case busy
        case failed
        case noAnswer
    }
}

extension CallRun {
    mutating func performDial(_ dial: DialElement, outcome: inout [(String, TraceValue)]) -> Flow {
        for child in dial.children {
            if case .conference(let conference) = child {
                return performConference(dial, conference, outcome: &outcome)
            }
            if case .queue = child {
                emitWarning(
                    code: nil, "<Dial><Queue> is not simulated: the dial ends at once with no-answer",
                    [("line", .int(child.range.start.line)), ("column", .int(child.range.start.column))])
                return finishDial(
                    dial, status: "no-answer", childSid: nil, bridged: nil, recordingSid: nil, outcome: &outcome)
            }
        }
        let timeout = SimTime.seconds(max(dial.timeout.value ?? 30, 1))
        let timeLimit = SimTime.seconds(max(dial.timeLimit.value ?? 14_400, 1))
        let start = now
        var targets: [DialTarget] = []
        for noun in dialNouns(dial) {
            var address = noun.address
            var party = scenario.parties.first { $0.target == address }
            // A <Sip> with <Uri> children: a URI that fails gives way to the next (DialLegs.sipURIs).
            var failedOver: [(uri: String, next: String)] = []
            for next in noun.failover where party?.fails == true {
                failedOver.append((address, next))
                address = next
                party = scenario.parties.first { $0.target == address }
            }
            var target = DialTarget(
                address: address, callSid: ids.callSid(), party: party, decidedAt: start + timeout,
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
            target.failedOver = failedOver
            target.subscription = legSubscription(noun)
            if let url = noun.url?.trimmingXMLSpace(), !url.isEmpty {
                target.whisper = WhisperDocument(url: resolve(url), method: noun.method ?? "POST")
            }
            targets.append(target)
        }
        emit(
            "dial.started",
            [("targets", .strings(targets.map(\.address))), ("timeout", .int(timeout.wholeSecondsRoundedUp))])
        for index in targets.indices {
            for attempt in targets[index].failedOver {
                emit("party.failed", [("party", .string(attempt.uri)), ("failover", .string(attempt.next))])
            }
            // Every leg is `initiated`; a leg that rings is `ringing` too (a busy or failed one never rings).
            legCallback("initiated", &targets[index], status: "initiated", dial: dial)
            emit(
                "party.ringing",
                [("party", .string(targets[index].address)), ("CallSid", .string(targets[index].callSid))])
            if targets[index].outcome == .answers || targets[index].outcome == .noAnswer {
                legCallback("ringing", &targets[index], status: "ringing", dial: dial)
            }
        }
        signal(.dialStart)
        let ringStart = now
        let mode = dialRecordMode(dial)
        var recordingSid: String?
        if let mode, mode.fromRinging { recordingSid = startDialRecording(dial, dual: mode.dual) }

        for index in targets.indices where targets[index].outcome == .busy || targets[index].outcome == .failed {
            let busy = targets[index].outcome == .busy
            emit(busy ? "party.busy" : "party.failed", [("party", .string(targets[index].address))])
            legEnded(&targets[index], status: busy ? "busy" : "failed", dial: dial)
        }
        // The legs that answer, in the order they do. Without a whisper document the first one is
        // bridged at once; with one (`url`), its document runs on the party's end first and may
        // decline the call, and the next leg to answer gets its turn (one whisper at a time: a
        // leg that answered meanwhile runs its whisper when the one before it is over).
        let answering = targets.indices.filter { targets[$0].outcome == .answers }
            .sorted { targets[$0].decidedAt < targets[$1].decidedAt }
        var winnerIndex: Int?
        var partyScript = ScriptCursor(steps: [], start: now)
        for index in answering {
            if !pass(until: targets[index].decidedAt) {
                hear(.ringback, on: .outbound, from: ringStart, to: now)
                return dialInterrupted(dial, targets: &targets, recordingSid: recordingSid, outcome: &outcome)
            }
            guard let whisper = targets[index].whisper else {
                cancelOtherLegs(&targets, keeping: index, dial: dial)
                emit(
                    "party.answered",
                    [("party", .string(targets[index].address)), ("CallSid", .string(targets[index].callSid))])
                targets[index].answeredAt = now
                legCallback("answered", &targets[index], status: "in-progress", dial: dial)
                partyScript = ScriptCursor(steps: targets[index].party?.script ?? [], start: now)
                winnerIndex = index
                break
            }
            emit(
                "party.answered",
                [("party", .string(targets[index].address)), ("CallSid", .string(targets[index].callSid))])
            targets[index].answeredAt = now
            legCallback("answered", &targets[index], status: "in-progress", dial: dial)
            // The party's script starts when they answer: its keys answer the whisper's <Gather>.
            var script = ScriptCursor(steps: targets[index].party?.script ?? [], start: now)
            switch runWhisper(whisper, target: targets[index], party: &script, dial: dial) {
            case .accepted:
                cancelOtherLegs(&targets, keeping: index, dial: dial)
                partyScript = script
                winnerIndex = index
            case .rejected(let reason):
                if reason != "party-hangup" {
                    emit("party.hangup", [("party", .string(targets[index].address)), ("by", .string("whisper"))])
                }
                legEnded(&targets[index], status: "completed", dial: dial)
                targets[index].ended = true
                continue
            case .end(let reason):
                hear(.ringback, on: .outbound, from: ringStart, to: now)
                guard reason == .callerHangup else { return .end(reason) }
                emit("party.hangup", [("party", .string(targets[index].address)), ("by", .string("platform"))])
                legEnded(&targets[index], status: "completed", dial: dial)
                targets[index].ended = true
                return dialInterrupted(dial, targets: &targets, recordingSid: recordingSid, outcome: &outcome)
            }
            break
        }
        guard let winnerIndex else {
            let allBusy = !targets.isEmpty && targets.allSatisfy { $0.outcome == .busy }
            let allFailed = targets.isEmpty || targets.allSatisfy { $0.outcome == .failed }
            let stillRinging = targets.contains { $0.outcome == .noAnswer }
            if stillRinging, !pass(until: start + timeout) {
                hear(.ringback, on: .outbound, from: ringStart, to: now)
                return dialInterrupted(dial, targets: &targets, recordingSid: recordingSid, outcome: &outcome)
            }
            hear(.ringback, on: .outbound, from: ringStart, to: now)
            for index in targets.indices where targets[index].outcome == .noAnswer {
                emit("party.no-answer", [("party", .string(targets[index].address))])
                legEnded(&targets[index], status: "no-answer", dial: dial)
            }
            // Every leg that answered declined in its whisper document: nobody was connected.
            // Twilio's DialCallStatus for this is not documented: `no-answer` is this simulator's choice.
            let status = !answering.isEmpty ? "no-answer" : allBusy ? "busy" : allFailed ? "failed" : "no-answer"
            return finishDial(
                dial, status: status, childSid: targets.last?.callSid, bridged: nil, recordingSid: recordingSid,
                outcome: &outcome)
        }
        // The caller hears ringback until the bridge, whisper included ("the caller continues to
        // hear ringing", https://www.twilio.com/docs/glossary/call-whisper).
        hear(.ringback, on: .outbound, from: ringStart, to: now)
        var winner = targets[winnerIndex]
        let bridgedAt = now
        if let mode, !mode.fromRinging { recordingSid = startDialRecording(dial, dual: mode.dual) }
        others = [OtherLeg(name: winner.address, cursor: partyScript)]
        signal(.dialAnswer)
        guard let endReason = stayConnected(until: bridgedAt + timeLimit, dial) else {
            others = []
            return .end(limitReached())
        }
        others = []
        if endReason != "party-hangup" {
            emit("party.hangup", [("party", .string(winner.address)), ("by", .string("platform"))])
        }
        legEnded(&winner, status: "completed", dial: dial)
        outcome.append(("ended_by", .string(endReason)))
        return finishDial(
            dial, status: "completed", childSid: winner.callSid, bridged: now - bridgedAt, recordingSid: recordingSid,
            outcome: &outcome)
    }

    /// One leg is bridged: every other leg still ringing (or answered and waiting for its
    /// whisper) is canceled.
    mutating func cancelOtherLegs(_ targets: inout [DialTarget], keeping kept: Int, dial: DialElement) {
        for index in targets.indices
        where index != kept && !targets[index].ended && targets[index].outcome != .busy
            && targets[index].outcome != .failed
        {
            emit("party.canceled", [("party", .string(targets[index].address))])
            legEnded(&targets[index], status: "canceled", dial: dial)
            targets[index].ended = true
        }
    }

    /// `<Dial record>`: nil for `do-not-record`; `true` is `record-from-answer`.
    func dialRecordMode(_ dial: DialElement) -> (fromRinging: Bool, dual: Bool)? {
        // Kazoo's `true`; InboundXML's `true`, `True`, `TRUE` and `1`.
        if let value = dial.record.value, behaviour.dialect.trueSpellings.contains(value) { return (false, false) }
        return switch dial.record.value {
        case "record-from-answer": (false, false)
        case "record-from-answer-dual": (false, true)
        case "record-from-ringing": (true, false)
        case "record-from-ringing-dual": (true, true)
        default: nil
        }
    }

    /// Starts the recording of a `<Dial>`: both legs, the parent (caller) on channel 1 when dual;
    /// nil when the call may have no more recordings.
    mutating func startDialRecording(_ dial: DialElement, dual: Bool) -> String? {
        if refusesOneMoreRecording(dial.range, verb: "<Dial record>") { return nil }
        // Twilio: the `-dual` suffix decides. Telnyx: `recordingChannels` (single by default);
        // a `-dual` mode with `recordingChannels="single"` is unconfirmed, hence the setting.
        var channels = dual ? 2 : 1
        if dialect == .texml, let written = dial.recordingChannels.written,
            !(dual && written == "single" && behaviour.dialDualModeChannels == .mode)
        {
            channels = written == "dual" ? 2 : 1
        }
        var recording = ActiveRecording(
            sid: ids.recordingSid(), source: "DialVerb", started: now,
            track: dial.recordingTrack.value ?? dial.recordDirection.value.map(Self.track(direction:)) ?? "both",
            channels: channels, trim: dial.trim.value == "trim-silence",
            format: dial.recordFormat.value.flatMap(AudioFormat.init(rawValue:)) ?? defaultRecordingFormat,
            subscription: RecordingSubscription(
                url: dial.recordingStatusCallback.value, method: dial.recordingStatusCallbackMethod.value,
                events: dial.recordingStatusCallbackEvent.value, resolve: resolve))
        recording.origin = .dialVerb
        if dialectHas("Dial", "recordCallbackUrl") {
            // InboundXML: `recordCallbackUrl` hears of the finished recording, TelAPI's way.
            recording.notifier = .telapi(
                TelAPIRecording(callbackURL: dial.recordCallbackUrl.value.map(resolve), purpose: "recordCallbackUrl"))
        }
        // Telnyx `recordMaxLength`: 0 (the default) is unlimited.
        if dialect == .texml, let seconds = dial.recordMaxLength.value, seconds > 0 {
            recording.maxLength = .seconds(seconds)
        }
        startRecording(recording)
        return recording.sid
    }

    /// The caller hung up (or the call hit its limit) while the legs were ringing.
    mutating func dialInterrupted(
        _ dial: DialElement, targets: inout [DialTarget], recordingSid: String?, outcome: inout [(String, TraceValue)]
    ) -> Flow {
        for index in targets.indices
        where !targets[index].ended && (targets[index].outcome == .answers || targets[index].outcome == .noAnswer) {
            emit("party.canceled", [("party", .string(targets[index].address))])
            // The caller gave up: the legs still ringing are canceled. At the call's time limit
            // the simulation stops instead, and no more callbacks are sent.
            if callerHungUp { legEnded(&targets[index], status: "canceled", dial: dial) }
        }
        guard callerHungUp else { return .end(limitReached()) }
        return finishDial(
            dial, status: "canceled", childSid: targets.last?.callSid, bridged: nil, recordingSid: recordingSid,
            outcome: &outcome)
    }

    /// `<Dial><Conference>`: the caller stays in the room until they hang up, press `*` with
    /// `hangupOnStar`, or the dial's `timeLimit`. The scenario's parties named
    /// `conference:NAME` (or `conference:NAME/label`) are the other participants: each joins
    /// `ring` after the caller and speaks its script. The conference ends when the caller leaves.
    mutating func performConference(
        _ dial: DialElement, _ conference: ConferenceElement, outcome: inout [(String, TraceValue)]
    ) -> Flow {
        let timeLimit = SimTime.seconds(max(dial.timeLimit.value ?? 14_400, 1))
        let name = conference.text.trimmingXMLSpace()
        let conferenceSid = ids.conferenceSid()
        let participants = scenario.parties.filter {
            $0.target == "conference:" + name || $0.target.hasPrefix("conference:" + name + "/")
        }
        var joinedFields: [(String, TraceValue)] = [
            ("name", .string(conference.text)), ("ConferenceSid", .string(conferenceSid)),
        ]
        if !participants.isEmpty { joinedFields.append(("participants", .strings(participants.map(\.target)))) }
        emit("conference.joined", joinedFields)
        let joined = now
        others = participants.map {
            OtherLeg(name: $0.target, cursor: ScriptCursor(steps: $0.script, start: joined + $0.ring))
        }
        // Entering plays the conference beep (Twilio `beep`, default true) to the room.
        if conference.beep.value.map({ behaviour.dialect.trueSpellings.contains($0) || $0 == "onEnter" }) ?? true {
            hear(.beep, on: .outbound, from: now, to: now + behaviour.beepDuration)
        }
        var conferenceRecordingSid: String?
        if let record = conference.record.value,
            record == "record-from-start" || behaviour.dialect.trueSpellings.contains(record)
        {
            conferenceRecordingSid = startConferenceRecording(conference, conferenceSid: conferenceSid)
        }
        // Twilio `<Dial record>` records a conference too (reference 3.3: "channel 2 = conference
        // mix"): the caller's leg, and the room as the caller hears it. There is no ringing, so
        // every mode starts on entry. Telnyx records `<Dial>` for `<Number>`/`<Sip>` only.
        var dialRecordingSid: String?
        if dialect == .twiml, let mode = dialRecordMode(dial) {
            dialRecordingSid = startDialRecording(dial, dual: mode.dual)
        }
        signal(.dialAnswer)
        let ended = stayConnected(until: joined + timeLimit, dial, conference: true)
        others = []
        guard let endReason = ended else { return .end(limitReached()) }
        emit("conference.left", [("name", .string(conference.text)), ("reason", .string(endReason))])
        outcome.append(("ended_by", .string(endReason)))
        // Twilio <Dial>: "When calling a conference, the DialCallStatus will be answered";
        // DialCallDuration "is not sent after dialing a conference". Its RecordingUrl is the
        // dial's recording's; Telnyx `sendRecordingUrl` (default true) sends the conference's.
        if let dialRecordingSid {
            if let conferenceRecordingSid { _ = stopRecording(sid: conferenceRecordingSid, reason: "conference-ended") }
            return finishDial(
                dial, status: "answered", childSid: nil, bridged: nil, recordingSid: dialRecordingSid,
                outcome: &outcome)
        }
        return finishDial(
            dial, status: "answered", childSid: nil, bridged: nil, recordingSid: conferenceRecordingSid,
            stoppedBy: "conference-ended",
            sendsRecordingURL: dialect == .texml && (conference.sendRecordingUrl.value ?? true), outcome: &outcome)
    }

    /// `<Conference record="record-from-start">`: the room's mix, mono, from the caller's entry.
    mutating func startConferenceRecording(_ conference: ConferenceElement, conferenceSid: String) -> String? {
        if refusesOneMoreRecording(conference.range, verb: "<Conference record>") { return nil }
        // Twilio trims conference recordings by default; Telnyx, InboundXML (no `trim`) and Kazoo do not.
        var recording = ActiveRecording(
            sid: ids.recordingSid(), source: "Conference", started: now, track: "both", channels: 1,
            trim: conference.trim.value.map { $0 == "trim-silence" } ?? behaviour.recordTrimsByDefault,
            format: conference.recordFileFormat.value.flatMap(AudioFormat.init(rawValue:)) ?? defaultRecordingFormat,
            subscription: RecordingSubscription(
                url: conference.recordingStatusCallback.value, method: conference.recordingStatusCallbackMethod.value,
                events: conference.recordingStatusCallbackEvent.value, resolve: resolve))
        recording.origin = .conference
        recording.conferenceSid = conferenceSid
        if dialectHas("Conference", "recordCallbackUrl") {
            recording.notifier = .telapi(
                TelAPIRecording(
                    callbackURL: conference.recordCallbackUrl.value.map(resolve),
                    method: conference.recordCallbackMethod.value ?? "POST", purpose: "recordCallbackUrl"))
        }
        // Telnyx `recordingTimeout`: seconds of silence that stop the recording; 0 (default) never.
        if dialect == .texml, let seconds = conference.recordingTimeout.value, seconds > 0 {
            recording.silenceTimeout = .seconds(seconds)
        }
        startRecording(recording)
        // Telnyx `recordBeep` (default true): a beep tells the room recording has started.
        if dialect == .texml, conference.recordBeep.value ?? true {
            hear(.beep, on: .outbound, from: now, to: now + behaviour.beepDuration)
        }
        return recording.sid
    }

    /// Keeps the caller connected (to the bridged party, if any, or a conference) until the party
    /// hangs up, the caller does, `*` with `hangupOnStar`, or `deadline` (`timeLimit`). Returns
    /// why it ended, or nil when the call reached its maximum duration.
    mutating func stayConnected(until deadline: SimTime, _ dial: DialElement, conference: Bool = false) -> String? {
        let hangupOnStar = dial.hangupOnStar.value ?? false
        while true {
            switch wait(until: deadline) {
            case .deadline: return "time-limit"
            case .callLimit: return nil
            case .caller(.hangup): return "caller-hangup"
            case .caller(.dtmf("*", _)) where hangupOnStar: return "hangup-on-star"
            case .party(let name, .hangup):
                // A participant leaving does not end the conference for the caller.
                guard conference else { return "party-hangup" }
                others.removeAll { $0.name == name }
            case .caller, .party: continue
            }
        }
    }

    /// The dial's result: its action request, or the next verb when it has no action. The dial's
    /// recording ends with it (`stoppedBy`) and is final before the action request, which carries
    /// its URL when `sendsRecordingURL` (by default: Twilio always, Telnyx unless
    /// `sendRecordingUrl="false"`).
    mutating func finishDial(
        _ dial: DialElement, status: String, childSid: String?, bridged: SimTime?, recordingSid: String?,
        stoppedBy: String = "dial-ended", sendsRecordingURL: Bool? = nil, outcome: inout [(String, TraceValue)]
    ) -> Flow {
        let recording = recordingSid.flatMap { stopRecording(sid: $0, reason: stoppedBy) }
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
        // Twilio: RecordingUrl only when this <Dial> recorded; Telnyx: unless sendRecordingUrl="false".
        if let recording, sendsRecordingURL ?? (dialect == .twiml || (dial.sendRecordingUrl.value ?? true)) {
            parameters.append(("RecordingUrl", recording.metadata.url ?? recordingURL(recording.metadata.sid)))
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
