extension CallRun {
    // MARK: The agenda

    /// The next happening on the call's agenda before or at `deadline`: the earliest of what
    /// every source offers, ties broken by ``Happening/rank``.
    ///
    /// Sources are asked, not stored: a script's next step moves when a trigger fires and a
    /// silence limit moves with every sound, so what is next is decided when it is needed.
    mutating func nextHappening(deadline: SimTime?) -> ScheduledHappening {
        let limit = callDeadline
        var best = ScheduledHappening(time: limit, happening: .callLimit)
        func offer(_ time: SimTime, _ happening: Happening) {
            let candidate = ScheduledHappening(time: time, happening: happening)
            if candidate.precedes(best) { best = candidate }
        }
        if let deadline, deadline < limit { offer(deadline, .deadline) }
        if let stop = nextRecordingStop() {
            offer(stop.moment, .recordingLimit(index: stop.index, reason: stop.reason))
        }
        if let command = commands.next { offer(command.due, .apiCommand(command)) }
        if !progress.callerHungUp, let event = legs.caller.peek() { offer(event.time, .caller(event)) }
        for index in legs.others.indices {
            if let event = legs.others[index].cursor.peek() { offer(event.time, .party(index: index, event)) }
        }
        return best
    }

    /// Advances the clock to `deadline` or to the next caller or party event, whichever comes
    /// first, and traces that event. Happenings that do not concern the waiting verb (API
    /// commands, recordings reaching their own limits) run on the way at their moment; the
    /// wait goes on, unless a command replaced the call's instructions (``Wake/replaced``): the
    /// running verb stops there, as Twilio's "Modifying calls in progress" has it ("update the
    /// Call to tell Twilio to immediately change the TwiML it's using in a phone call",
    /// https://www.twilio.com/docs/voice/tutorials/how-to-modify-calls-in-progress-php).
    ///
    /// Under a ``CallPacer`` the wall clock reaches each happening first, and a command from the
    /// live application becomes a happening of its own at the moment it arrived.
    mutating func wait(until deadline: SimTime?) -> Wake {
        while true {
            let next = pacedHappening(deadline: deadline)
            now = max(now, next.time)
            switch next.happening {
            case .recordingLimit(let index, let reason):
                stopRecording(at: index, reason: reason)
            case .apiCommand:
                if let command = commands.removeNext() { issue(command) }
                if progress.update != nil { return .replaced }
            case .liveCommand:
                let pacer = context.pacer
                pacer?.performArrived { command in self.issue(command) }
                if progress.update != nil { return .replaced }
            case .stopped:
                emitWarning(code: nil, "the call was ended from the terminal (interrupt)")
                progress.update = .hangup
                return .replaced
            case .caller(let event):
                legs.caller.consume()
                traceCaller(event)
                return .caller(event)
            case .party(let index, let event):
                legs.others[index].cursor.consume()
                let name = legs.others[index].name
                traceParty(name, event)
                return .party(name, event)
            case .callLimit:
                return .callLimit
            case .deadline:
                return .deadline
            }
        }
    }

    /// The next happening, once the pacer (if any) has let the wall clock reach it: a command
    /// the application sent before then, or the watcher's stop, comes first.
    mutating func pacedHappening(deadline: SimTime?) -> ScheduledHappening {
        let next = nextHappening(deadline: deadline)
        guard let pacer = context.pacer else { return next }
        let outside: ScheduledHappening
        switch pacer.wait(until: next.time, now: now) {
        case .reached: return next
        case .command(let arrival): outside = ScheduledHappening(time: max(now, arrival), happening: .liveCommand)
        case .stopped(let moment): outside = ScheduledHappening(time: max(now, moment), happening: .stopped)
        }
        return outside.precedes(next) ? outside : next
    }

    /// Lets time pass until `moment`, tracing what the caller does meanwhile. Returns false if
    /// the caller hung up, the call hit its time limit or its instructions were replaced on the way.
    mutating func pass(until moment: SimTime) -> Bool {
        while true {
            switch wait(until: moment) {
            case .deadline: return true
            case .caller(.hangup): return false
            case .callLimit, .replaced: return false
            case .caller, .party: continue
            }
        }
    }

    /// Traces what the caller did before now that nothing waited for: it happened before the
    /// next verb. What they do at this very moment reaches the verb (a key pressed as a
    /// `<Gather>` starts counts).
    mutating func catchUpWithCaller() {
        while !progress.callerHungUp, let event = legs.caller.peek(), event.time < now {
            legs.caller.consume()
            traceCaller(event)
        }
    }

    /// Tells every script and the API agenda that `trigger` happened now.
    mutating func signal(_ trigger: Trigger) {
        commands.signal(trigger, at: now)
        startRecordings(waitingFor: trigger)
        legs.caller.signal(trigger, at: now)
        for index in legs.others.indices { legs.others[index].cursor.signal(trigger, at: now) }
    }

    // MARK: What the people do

    mutating func traceCaller(_ event: ScriptEvent) {
        hear(event, on: .inbound, voice: stableHash("caller"))
        switch event {
        case .speech(let start, let duration, let transcript, _):
            progress.callerSpeechEnd = max(progress.callerSpeechEnd, start + duration)
            emit(.callerSpeech(.init(duration: duration, transcript: transcript)))
        case .dtmf(let key, _):
            emit(.callerDTMF(.init(digit: key)))
        case .hangup:
            progress.callerHungUp = true
            emit(.callerHangup(.init()))
        }
    }

    mutating func traceParty(_ name: String, _ event: ScriptEvent) {
        // Once bridged, the other party's voice is what the platform sends to the caller.
        hear(event, on: .outbound, voice: stableHash("party:" + name))
        emitPartyEvent(name, event)
    }

    /// `party.speech`, `party.dtmf` or `party.hangup` for what party `name` did: bridged, or
    /// hearing a whisper document.
    mutating func emitPartyEvent(_ name: String, _ event: ScriptEvent) {
        switch event {
        case .speech(_, let duration, let transcript, _):
            emit(.partySpeech(.init(party: name, duration: duration, transcript: transcript)))
        case .dtmf(let key, _):
            emit(.partyDTMF(.init(party: name, digit: key)))
        case .hangup:
            emit(.partyHangup(.init(party: name)))
        }
    }
}
