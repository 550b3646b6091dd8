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

/// A `<Dial>` on its way: its legs and what it has started.
struct DialProgress {
    var targets: [DialTarget]
    /// When the legs were placed.
    let start: SimTime
    /// When they started ringing.
    var ringStart: SimTime
    var recordingSid: String?
}

/// What became of the legs that answered.
enum DialAnswer {
    /// This leg is bridged, with its party's script as it stands.
    case bridged(Int, ScriptCursor)
    /// Every leg that answered declined in its whisper, or none answered before the timeout.
    case nobody
    /// The caller hung up (or the call hit its limit) while the legs rang.
    case interrupted
    case end(EndReason)
}

extension CallRun {
    mutating func performDial(_ element: DialElement, outcome: inout [VerbOutcome]) -> Flow {
        let dial = lowering.dial(element)
        switch dial.destination {
        case .conference(let conference):
            return performConference(dial, conference, outcome: &outcome)
        case .queue(let range):
            emitWarning(
                code: nil, "<Dial><Queue> is not simulated: the dial ends at once with no-answer",
                [.line(range.start.line), .column(range.start.column)])
            return finishDial(
                dial, status: "no-answer", childSid: nil, bridged: nil, recordingSid: nil, outcome: &outcome)
        case .legs(let nouns):
            return dialLegs(dial, nouns, outcome: &outcome)
        }
    }

    /// Rings every leg at once; the first to answer (and accept its whisper) is bridged.
    private mutating func dialLegs(_ dial: DialIntent, _ nouns: [DialNoun], outcome: inout [VerbOutcome])
        -> Flow
    {
        let start = now
        var targets: [DialTarget] = []
        for noun in nouns { targets.append(placeLeg(noun, dial: dial, start: start)) }
        announceLegs(&targets, dial: dial)
        signal(.dialStart)
        var progress = DialProgress(targets: targets, start: start, ringStart: now)
        if let recording = dial.recording, recording.fromRinging { progress.recordingSid = startDialRecording(dial) }
        for index in progress.targets.indices
        where progress.targets[index].outcome == .busy || progress.targets[index].outcome == .failed {
            let busy = progress.targets[index].outcome == .busy
            let party = progress.targets[index].address
            emit(busy ? .partyBusy(.init(party: party)) : .partyFailed(.init(party: party)))
            legEnded(&progress.targets[index], status: busy ? "busy" : "failed", dial: dial)
        }
        switch connectAnswering(&progress, dial: dial) {
        case .bridged(let index, let script):
            return bridge(index, script: script, &progress, dial: dial, outcome: &outcome)
        case .nobody:
            return dialUnanswered(&progress, dial: dial, outcome: &outcome)
        case .interrupted:
            return dialInterrupted(
                dial, targets: &progress.targets, recordingSid: progress.recordingSid, outcome: &outcome)
        case .end(let reason):
            return .end(reason)
        }
    }

    /// One leg of the dial: the scenario's party for its address (after the `<Uri>`s that fail
    /// over), when its outcome is known, its subscription and whisper.
    private mutating func placeLeg(_ noun: DialNoun, dial: DialIntent, start: SimTime) -> DialTarget {
        var address = noun.address
        var party = scenario.parties.first { $0.target == address }
        // A <Sip> with <Uri> children: a URI that fails gives way to the next (Lowering.sipURIs).
        var failedOver: [(uri: String, next: String)] = []
        for next in noun.failover where party?.fails == true {
            failedOver.append((address, next))
            address = next
            party = scenario.parties.first { $0.target == address }
        }
        var target = DialTarget(
            address: address, callSid: ids.callSid(), party: party, decidedAt: start + dial.timeout,
            outcome: .noAnswer)
        if let party {
            if party.fails {
                target.outcome = .failed
                target.decidedAt = start
            } else if party.busy {
                target.outcome = .busy
                target.decidedAt = start
            } else if party.answers, party.ring < dial.timeout {
                target.outcome = .answers
                target.decidedAt = start + party.ring
            }
        } else {
            emitWarning(
                code: nil, "no party for \(address) in the scenario: it rings without answering",
                [.target(address)])
        }
        target.failedOver = failedOver
        target.subscription = legSubscription(noun)
        if let url = noun.url?.trimmingXMLSpace(), !url.isEmpty {
            target.whisper = WhisperDocument(url: resolve(url), method: noun.method)
        }
        return target
    }

    /// `dial.started`, then each leg's failovers, `initiated` and (for a leg that rings) `ringing`.
    private mutating func announceLegs(_ targets: inout [DialTarget], dial: DialIntent) {
        emit(.dialStarted(.init(targets: targets.map(\.address), timeout: dial.timeout.wholeSecondsRoundedUp)))
        for index in targets.indices {
            for attempt in targets[index].failedOver {
                emit(.partyFailed(.init(party: attempt.uri, failover: attempt.next)))
            }
            // Every leg is `initiated`; a leg that rings is `ringing` too (a busy or failed one never rings).
            legCallback("initiated", &targets[index], status: "initiated", dial: dial)
            emit(.partyRinging(.init(party: targets[index].address, callSid: targets[index].callSid)))
            if targets[index].outcome == .answers || targets[index].outcome == .noAnswer {
                legCallback("ringing", &targets[index], status: "ringing", dial: dial)
            }
        }
    }

    /// The legs that answer, in the order they do. Without a whisper document the first one is
    /// bridged at once; with one (`url`), its document runs on the party's end first and may
    /// decline the call, and the next leg to answer gets its turn (one whisper at a time: a
    /// leg that answered meanwhile runs its whisper when the one before it is over).
    private mutating func connectAnswering(_ progress: inout DialProgress, dial: DialIntent) -> DialAnswer {
        let answering = progress.targets.indices.filter { progress.targets[$0].outcome == .answers }
            .sorted { progress.targets[$0].decidedAt < progress.targets[$1].decidedAt }
        for index in answering {
            if !pass(until: progress.targets[index].decidedAt) {
                hear(.ringback, on: .outbound, from: progress.ringStart, to: now)
                return .interrupted
            }
            // Without a whisper the leg is bridged: the others are canceled as it answers.
            let whisper = progress.targets[index].whisper
            if whisper == nil { cancelOtherLegs(&progress.targets, keeping: index, dial: dial) }
            emit(
                .partyAnswered(
                    .init(party: progress.targets[index].address, callSid: progress.targets[index].callSid)))
            progress.targets[index].answeredAt = now
            legCallback("answered", &progress.targets[index], status: "in-progress", dial: dial)
            // The party's script starts when they answer: its keys answer the whisper's <Gather>.
            var script = ScriptCursor(steps: progress.targets[index].party?.script ?? [], start: now)
            guard let whisper else { return .bridged(index, script) }
            switch runWhisper(whisper, target: progress.targets[index], party: &script, dial: dial) {
            case .accepted:
                cancelOtherLegs(&progress.targets, keeping: index, dial: dial)
                return .bridged(index, script)
            case .rejected(let reason):
                if reason != .partyHangup {
                    emit(.partyHangup(.init(party: progress.targets[index].address, by: .whisper)))
                }
                legEnded(&progress.targets[index], status: "completed", dial: dial)
                progress.targets[index].ended = true
            case .end(let reason):
                hear(.ringback, on: .outbound, from: progress.ringStart, to: now)
                let replaced = reason == .apiHangup && self.progress.update != nil
                guard reason == .callerHangup || replaced else { return .end(reason) }
                emit(.partyHangup(.init(party: progress.targets[index].address, by: .platform)))
                legEnded(&progress.targets[index], status: "completed", dial: dial)
                progress.targets[index].ended = true
                return .interrupted
            }
        }
        return .nobody
    }

    /// Nobody was connected: the legs still ringing ring out, then the dial ends with the status
    /// the legs' outcomes give.
    private mutating func dialUnanswered(
        _ progress: inout DialProgress, dial: DialIntent, outcome: inout [VerbOutcome]
    ) -> Flow {
        let targets = progress.targets
        let answered = targets.contains { $0.outcome == .answers }
        let allBusy = !targets.isEmpty && targets.allSatisfy { $0.outcome == .busy }
        let allFailed = targets.isEmpty || targets.allSatisfy { $0.outcome == .failed }
        let stillRinging = targets.contains { $0.outcome == .noAnswer }
        if stillRinging, !pass(until: progress.start + dial.timeout) {
            hear(.ringback, on: .outbound, from: progress.ringStart, to: now)
            return dialInterrupted(
                dial, targets: &progress.targets, recordingSid: progress.recordingSid, outcome: &outcome)
        }
        hear(.ringback, on: .outbound, from: progress.ringStart, to: now)
        for index in progress.targets.indices where progress.targets[index].outcome == .noAnswer {
            emit(.partyNoAnswer(.init(party: progress.targets[index].address)))
            legEnded(&progress.targets[index], status: "no-answer", dial: dial)
        }
        // Every leg that answered declined in its whisper document: nobody was connected.
        // Twilio's DialCallStatus for this is not documented: `no-answer` is this simulator's choice.
        let status = answered ? "no-answer" : allBusy ? "busy" : allFailed ? "failed" : "no-answer"
        return finishDial(
            dial, status: status, childSid: targets.last?.callSid, bridged: nil, recordingSid: progress.recordingSid,
            outcome: &outcome)
    }

    /// The caller and the leg at `index` are connected until one of them hangs up, `*` with
    /// `hangupOnStar`, or the dial's `timeLimit`.
    private mutating func bridge(
        _ index: Int, script: ScriptCursor, _ progress: inout DialProgress, dial: DialIntent,
        outcome: inout [VerbOutcome]
    ) -> Flow {
        // The caller hears ringback until the bridge, whisper included ("the caller continues to
        // hear ringing", https://www.twilio.com/docs/glossary/call-whisper).
        hear(.ringback, on: .outbound, from: progress.ringStart, to: now)
        var winner = progress.targets[index]
        let bridgedAt = now
        if let recording = dial.recording, !recording.fromRinging { progress.recordingSid = startDialRecording(dial) }
        others = [OtherLeg(name: winner.address, cursor: script)]
        signal(.dialAnswer)
        guard let endReason = stayConnected(until: bridgedAt + dial.timeLimit, dial) else {
            others = []
            return .end(limitReached())
        }
        others = []
        if endReason != .partyHangup {
            emit(.partyHangup(.init(party: winner.address, by: .platform)))
        }
        legEnded(&winner, status: "completed", dial: dial)
        outcome.append(.endedBy(endReason))
        if endReason == .callUpdated { return dialReplaced(recordingSid: progress.recordingSid) }
        return finishDial(
            dial, status: "completed", childSid: winner.callSid, bridged: now - bridgedAt,
            recordingSid: progress.recordingSid, outcome: &outcome)
    }

    /// One leg is bridged: every other leg still ringing (or answered and waiting for its
    /// whisper) is canceled.
    mutating func cancelOtherLegs(_ targets: inout [DialTarget], keeping kept: Int, dial: DialIntent) {
        for index in targets.indices
        where index != kept && !targets[index].ended && targets[index].outcome != .busy
            && targets[index].outcome != .failed
        {
            emit(.partyCanceled(.init(party: targets[index].address)))
            legEnded(&targets[index], status: "canceled", dial: dial)
            targets[index].ended = true
        }
    }

    /// Starts the recording of a `<Dial>`: both legs, the parent (caller) on channel 1 when dual;
    /// nil when the call may have no more recordings (or the dial does not record).
    mutating func startDialRecording(_ dial: DialIntent) -> String? {
        guard let intent = dial.recording else { return nil }
        if refusesOneMoreRecording(dial.range, verb: "<Dial record>") { return nil }
        var recording = ActiveRecording(
            sid: ids.recordingSid(), source: "DialVerb", started: now, track: intent.file.track,
            channels: intent.file.channels, trim: intent.file.trim, format: intent.file.format,
            subscription: intent.subscription)
        recording.origin = .dialVerb
        if let telapi = intent.telapi { recording.delivery.notifier = .telapi(telapi) }
        recording.limits.maxLength = intent.maxLength
        startRecording(recording)
        return recording.sid
    }

    /// The caller hung up (or the call hit its limit, or a REST update replaced the dial) while
    /// the legs were ringing.
    mutating func dialInterrupted(
        _ dial: DialIntent, targets: inout [DialTarget], recordingSid: String?, outcome: inout [VerbOutcome]
    ) -> Flow {
        let replaced = !callerHungUp && progress.update != nil
        for index in targets.indices
        where !targets[index].ended && (targets[index].outcome == .answers || targets[index].outcome == .noAnswer) {
            emit(.partyCanceled(.init(party: targets[index].address)))
            // The caller gave up: the legs still ringing are canceled. At the call's time limit
            // the simulation stops instead, and no more callbacks are sent.
            if callerHungUp || replaced { legEnded(&targets[index], status: "canceled", dial: dial) }
        }
        if replaced {
            outcome.append(.endedBy(.callUpdated))
            return dialReplaced(recordingSid: recordingSid)
        }
        guard callerHungUp else { return .end(limitReached()) }
        return finishDial(
            dial, status: "canceled", childSid: targets.last?.callSid, bridged: nil, recordingSid: recordingSid,
            outcome: &outcome)
    }

    /// A REST update replaced the call's instructions during the dial: its recording stops and
    /// the new instructions run, without the dial's action request. Unconfirmed: Twilio's
    /// "Modifying calls in progress" says the new TwiML runs "immediately" and does not say
    /// whether the `<Dial>`'s action is requested; this is the simulator's rule.
    mutating func dialReplaced(recordingSid: String?) -> Flow {
        if let recordingSid { _ = stopRecording(sid: recordingSid, reason: .dialEnded) }
        return .next
    }

    /// `<Dial><Conference>`: the caller stays in the room until they hang up, press `*` with
    /// `hangupOnStar`, or the dial's `timeLimit`. The scenario's parties named
    /// `conference:NAME` (or `conference:NAME/label`) are the other participants: each joins
    /// `ring` after the caller and speaks its script. The conference ends when the caller leaves.
    mutating func performConference(
        _ dial: DialIntent, _ conference: ConferenceIntent, outcome: inout [VerbOutcome]
    ) -> Flow {
        let name = conference.name.trimmingXMLSpace()
        let conferenceSid = ids.conferenceSid()
        let participants = scenario.parties.filter {
            $0.target == "conference:" + name || $0.target.hasPrefix("conference:" + name + "/")
        }
        emit(
            .conferenceJoined(
                .init(name: conference.name, conferenceSid: conferenceSid, participants: participants.map(\.target))))
        let joined = now
        others = participants.map {
            OtherLeg(name: $0.target, cursor: ScriptCursor(steps: $0.script, start: joined + $0.ring))
        }
        if conference.beep { hear(.beep, on: .outbound, from: now, to: now + behaviour.record.beepDuration) }
        let conferenceRecordingSid = conference.recording.flatMap {
            startConferenceRecording($0, conference, conferenceSid: conferenceSid)
        }
        // Twilio `<Dial record>` records a conference too (reference 3.3: "channel 2 = conference
        // mix"): the caller's leg, and the room as the caller hears it. There is no ringing, so
        // every mode starts on entry.
        let dialRecordingSid = dial.recordsConference ? startDialRecording(dial) : nil
        signal(.dialAnswer)
        let ended = stayConnected(until: joined + dial.timeLimit, dial, conference: true)
        others = []
        guard let endReason = ended else { return .end(limitReached()) }
        emit(.conferenceLeft(.init(name: conference.name, reason: endReason)))
        outcome.append(.endedBy(endReason))
        if endReason == .callUpdated {
            if let conferenceRecordingSid { _ = stopRecording(sid: conferenceRecordingSid, reason: .conferenceEnded) }
            return dialReplaced(recordingSid: dialRecordingSid)
        }
        // Twilio <Dial>: "When calling a conference, the DialCallStatus will be answered";
        // DialCallDuration "is not sent after dialing a conference". Its RecordingUrl is the
        // dial's recording's; Telnyx `sendRecordingUrl` (default true) sends the conference's.
        if let dialRecordingSid {
            if let conferenceRecordingSid { _ = stopRecording(sid: conferenceRecordingSid, reason: .conferenceEnded) }
            return finishDial(
                dial, status: "answered", childSid: nil, bridged: nil, recordingSid: dialRecordingSid,
                outcome: &outcome)
        }
        return finishDial(
            dial, status: "answered", childSid: nil, bridged: nil, recordingSid: conferenceRecordingSid,
            stoppedBy: .conferenceEnded, sendsRecordingURL: conference.sendsRecordingURL, outcome: &outcome)
    }

    /// `<Conference record="record-from-start">`: the room's mix, mono, from the caller's entry.
    mutating func startConferenceRecording(
        _ intent: ConferenceRecordingIntent, _ conference: ConferenceIntent, conferenceSid: String
    ) -> String? {
        if refusesOneMoreRecording(conference.range, verb: "<Conference record>") { return nil }
        var recording = ActiveRecording(
            sid: ids.recordingSid(), source: "Conference", started: now, track: intent.file.track,
            channels: intent.file.channels, trim: intent.file.trim, format: intent.file.format,
            subscription: intent.subscription)
        recording.origin = .conference
        recording.conferenceSid = conferenceSid
        if let telapi = intent.telapi { recording.delivery.notifier = .telapi(telapi) }
        recording.limits.silenceTimeout = intent.silenceTimeout
        startRecording(recording)
        if intent.beep { hear(.beep, on: .outbound, from: now, to: now + behaviour.record.beepDuration) }
        return recording.sid
    }

    /// Keeps the caller connected (to the bridged party, if any, or a conference) until the party
    /// hangs up, the caller does, `*` with `hangupOnStar`, or `deadline` (`timeLimit`). Returns
    /// why it ended, or nil when the call reached its maximum duration.
    mutating func stayConnected(until deadline: SimTime, _ dial: DialIntent, conference: Bool = false)
        -> BridgeEndReason?
    {
        while true {
            switch wait(until: deadline) {
            case .deadline: return .timeLimit
            case .callLimit: return nil
            case .replaced: return .callUpdated
            case .caller(.hangup): return .callerHangup
            case .caller(.dtmf("*", _)) where dial.hangupOnStar: return .hangupOnStar
            case .party(let name, .hangup):
                // A participant leaving does not end the conference for the caller.
                guard conference else { return .partyHangup }
                others.removeAll { $0.name == name }
            case .caller, .party: continue
            }
        }
    }

    /// The dial's result: its action request, or the next verb when it has no action. The dial's
    /// recording ends with it (`stoppedBy`) and is final before the action request, which carries
    /// its URL when `sendsRecordingURL` (by default the dial's: Twilio always, Telnyx unless
    /// `sendRecordingUrl="false"`).
    mutating func finishDial(
        _ dial: DialIntent, status: String, childSid: String?, bridged: SimTime?, recordingSid: String?,
        stoppedBy: RecordingStopReason = .dialEnded, sendsRecordingURL: Bool? = nil,
        outcome: inout [VerbOutcome]
    ) -> Flow {
        let recording = recordingSid.flatMap { stopRecording(sid: $0, reason: stoppedBy) }
        signal(.dialEnd)
        outcome.append(.dialCallStatus(status))
        var parameters: [(String, String)] = [("DialCallStatus", status)]
        if dial.reportsBridged {
            parameters.append(("DialBridged", bridged != nil || status == "answered" ? "true" : "false"))
        }
        if let childSid { parameters.append(("DialCallSid", childSid)) }
        if let bridged {
            parameters.append(("DialCallDuration", String(bridged.wholeSecondsRoundedUp)))
            outcome.append(.dialCallDuration(bridged.wholeSecondsRoundedUp))
        }
        if let recording, sendsRecordingURL ?? dial.sendsRecordingURL {
            parameters.append(("RecordingUrl", recording.metadata.url ?? recordingURL(recording.metadata.sid)))
        }
        guard let action = dial.action else {
            if callerHungUp { return .end(.callerHangup) }
            // "If you do not provide an action URL … Twilio will continue to render the original TwiML document."
            return .next
        }
        let fetch = Fetch(purpose: "action", url: action, method: dial.method, parameters: parameters)
        if callerHungUp {
            return behaviour.calls.dialActionOnCallerHangup ? .notifyThenEnd(fetch, .callerHangup) : .end(.callerHangup)
        }
        return .fetch(fetch)
    }
}
