import TeXMLGrammar
import TeXMLSyntax

/// Input a `<Gather>` listens for.
struct InputKinds: OptionSet {
    let rawValue: Int
    static let dtmf = InputKinds(rawValue: 1)
    static let speech = InputKinds(rawValue: 2)
}

/// How a prompt (`<Say>`, `<Play>`, `<Pause>`) ended.
enum PromptEnd {
    case finished
    case interrupted(ScriptEvent)
    case callerHangup
    case limit
    /// A REST update replaced the call's instructions (``Wake/replaced``).
    case replaced
}

extension CallRun {
    /// Runs one verb and traces its start and end.
    mutating func run(_ verb: Node) -> Flow {
        emitVerbStarted(verb)
        var outcome: [VerbOutcome] = []
        let flow = perform(verb, outcome: &outcome)
        emitVerbEnded(verb, outcome)
        return flow
    }

    /// Where a verb is, for `verb.started` and `verb.ended`.
    func verbPlace(_ verb: Node) -> TraceEvent.VerbPlace {
        TraceEvent.VerbPlace(
            verb: verb.name, document: document?.name ?? "", line: verb.range.start.line,
            column: verb.range.start.column)
    }

    /// Traces `verb.started`, then a warning for each URL attribute written in the verb that the
    /// simulator does not request (``UnsimulatedURLs``).
    mutating func emitVerbStarted(_ verb: Node) {
        let summary = verbSummary(verb)
        emit(
            .verbStarted(
                .init(
                    place: verbPlace(verb), text: summary.text, url: summary.url,
                    attributes: verb.writtenAttributeFields.map { ($0.name, $0.value) })))
        warnUnsimulatedURLs(verb)
    }

    mutating func emitVerbEnded(_ verb: Node, _ outcome: [VerbOutcome]) {
        emit(.verbEnded(.init(place: verbPlace(verb), outcome: outcome)))
    }

    /// What a verb is about, for `verb.started`: what `<Say>` says, what `<Play>` plays or
    /// where `<Redirect>` goes.
    func verbSummary(_ verb: Node) -> (text: String?, url: String?) {
        switch verb {
        case .say(let say): (spokenText(say.children, own: say.text), nil)
        case .play(let play): (nil, play.text.isEmpty ? nil : resolve(play.text))
        case .redirect(let redirect): (nil, resolve(redirect.text))
        default: (nil, nil)
        }
    }

    mutating func perform(_ verb: Node, outcome: inout [VerbOutcome]) -> Flow {
        switch verb {
        case .say, .play, .pause, .playLastRecording:
            return performPrompt(verb, outcome: &outcome)
        case .gather(let gather):
            return performGather(gather, outcome: &outcome)
        case .record(let record):
            return performRecord(record, outcome: &outcome)
        case .dial(let dial):
            return performDial(dial, outcome: &outcome)
        case .start(let start):
            return performStart(start, outcome: &outcome)
        case .stop(let stop):
            return performStop(stop, outcome: &outcome)
        case .redirect(let element):
            let redirect = lowering.redirect(element)
            return .fetch(Fetch(purpose: "redirect", url: redirect.url, method: redirect.method, parameters: []))
        case .ping(let element):
            // InboundXML: the URL is requested and the flow goes on without its answer.
            let ping = lowering.ping(element)
            sendWithoutWaiting(Fetch(purpose: "ping", url: ping.url, method: ping.method, parameters: []), exclude: [])
            return .next
        case .answer:
            // The call is answered before its first document runs: nothing left to do.
            return .next
        case .hangup:
            return .end(.hangupVerb)
        case .reject(let reject):
            let reason = lowering.rejectReason(reject)
            outcome.append(.reason(reason))
            if answered { return .end(.hangupVerb) }
            return .end(.rejected(status: reason == "busy" ? .busy : .noAnswer))
        default:
            emitWarning(
                code: nil,
                "<\(verb.name)> is not simulated: it runs as a no-op and the flow goes on with the next verb",
                verbPlace(verb).problemDetails)
            outcome.append(.notSimulated)
            return .next
        }
    }

    /// `<Say>`, `<Play>`, `<Pause>` and InboundXML's `<PlayLastRecording>`: they play out, or are
    /// skipped when there is nothing to play.
    mutating func performPrompt(_ verb: Node, outcome: inout [VerbOutcome]) -> Flow {
        guard let length = promptLength(verb) else {
            if case .playLastRecording = verb {
                emitWarning(
                    code: nil, "no recording has been kept on this call yet: <PlayLastRecording> plays nothing",
                    [.line(verb.range.start.line), .column(verb.range.start.column)])
            }
            outcome.append(.skipped)
            return .next
        }
        outcome.append(.duration(length))
        switch playPrompt(verb, length, bargeIn: []) {
        case .finished, .interrupted: return .next
        case .callerHangup: return .end(.callerHangup)
        case .limit: return .end(limitReached())
        case .replaced:
            outcome.append(.interrupted)
            return .next
        }
    }

    // MARK: Prompts

    /// All the text a `<Say>` speaks, SSML children included, with white space collapsed.
    func spokenText(_ children: [Node], own: String) -> String {
        var pieces: [String] = [own]
        func visit(_ node: Node) {
            if let text = node.text { pieces.append(text) }
            for child in node.children { visit(child) }
        }
        children.forEach(visit)
        // On UTF-8 bytes: splitting Characters cost more than the rest of a <Say>'s simulation.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(pieces.reduce(0) { $0 + $1.utf8.count + 1 })
        var pendingSpace = false
        for piece in pieces {
            pendingSpace = !bytes.isEmpty
            for byte in piece.utf8 {
                if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                    pendingSpace = !bytes.isEmpty
                } else {
                    if pendingSpace { bytes.append(0x20) }
                    pendingSpace = false
                    bytes.append(byte)
                }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// How long one pass of a `<Say>` lasts: its words at the platform's rate, plus SSML breaks.
    func sayDuration(_ say: SayElement) -> SimTime {
        let text = spokenText(say.children, own: say.text).utf8
        let words = text.isEmpty ? 0 : text.count { $0 == 0x20 } + 1
        let milliseconds = Int64(words) * 60_000 / Int64(max(behaviour.calls.wordsPerMinute, 1))
        return .milliseconds(milliseconds) + breaksLength(say)
    }

    /// The SSML `<break>`s of a `<Say>`, added together.
    func breaksLength(_ say: SayElement) -> SimTime {
        var milliseconds: Int64 = 0
        func visit(_ node: Node) {
            if case .break(let pause) = node {
                let time = pause.time.value.flatMap(SimTime.parse)
                milliseconds += time?.milliseconds ?? breakStrength(pause.strength.value)
            }
            node.children.forEach(visit)
        }
        say.children.forEach(visit)
        return .milliseconds(milliseconds)
    }

    /// SSML break strengths, in milliseconds (the SSML 1.1 defaults Amazon Polly uses).
    func breakStrength(_ strength: String?) -> Int64 {
        switch strength {
        case "none": 0
        case "x-weak": 100
        case "weak": 250
        case "strong": 1000
        case "x-strong": 2000
        default: 500
        }
    }

    /// How many times a `<Say>` or `<Play>` plays (`loop="0"` = the platform's "indefinitely").
    func repeats(_ node: Node) -> Int {
        let loop = lowering.loop(node)
        return loop <= 0 ? behaviour.calls.infiniteLoopCount : loop
    }

    /// How long a `<Say>`, `<Play>` or `<Pause>` plays, loops included; nil when a `<Play>` is
    /// skipped because its media cannot be fetched.
    mutating func promptLength(_ node: Node) -> SimTime? {
        switch node {
        case .say(let say): return sayLength(say) * repeats(node)
        case .play(let element): return playDuration(element).map { $0 * repeats(node) }
        case .pause(let pause): return lowering.pauseLength(pause)
        case .playLastRecording:
            return lastKeptRecording.map { SimTime(milliseconds: $0.metadata.durationMilliseconds) }
        default: return nil
        }
    }

    /// Plays a `<Say>`, `<Play>` or `<Pause>` of `length` (see ``play(_:bargeIn:)``) and adds
    /// what it sounded like, up to where it stopped, to the outbound track.
    mutating func playPrompt(_ node: Node, _ length: SimTime, bargeIn: InputKinds) -> PromptEnd {
        let start = now
        let end = play(length, bargeIn: bargeIn)
        hearPrompt(node, from: start, to: now)
        return end
    }

    /// The outbound audio of a prompt over `[start, end)`: speech for `<Say>` (a voice per
    /// `voice` and `language`), the media's real samples for a `<Play>` of a local WAV, its tones
    /// for `<Play digits>`, a speech-like signal for other media, nothing for `<Pause>`.
    mutating func hearPrompt(_ node: Node, from start: SimTime, to end: SimTime) {
        switch node {
        case .say(let say):
            if hearSpokenSay(say, from: start, to: end) { return }
            let voice = stableHash("say:" + (say.voice.value ?? "") + "/" + (say.language.value ?? ""))
            hear(.speech(voice: voice), on: .outbound, from: start, to: end)
        case .play(let element):
            if let digits = element.digits.value, !digits.isEmpty, element.text.isEmpty {
                for (offset, key) in Self.digitTones(digits).tones where start + offset < end {
                    hear(
                        .dtmf(key: String(key)), on: .outbound, from: start + offset,
                        to: min(start + offset + ScriptStep.keyTone, end))
                }
                return
            }
            let url = resolve(element.text)
            let entry = mediaEntry(url)
            if let file = entry?.audio, let bytes = loaded.files[file], let length = loaded.audioDurations[file],
                length > .zero
            {
                audio.clips[file] = bytes
                // Each loop starts the clip again.
                var loopStart = start
                while loopStart < end {
                    hear(.clip(key: file, offset: 0), on: .outbound, from: loopStart, to: min(loopStart + length, end))
                    loopStart += length
                }
            } else {
                hear(
                    .speech(voice: stableHash("play:" + URLResolution.withoutQuery(url))), on: .outbound, from: start,
                    to: end)
            }
        case .playLastRecording:
            // The recording's own samples are not replayed: a voice of its own stands for them.
            let sid = lastKeptRecording?.metadata.sid ?? ""
            hear(.speech(voice: stableHash("recording:" + sid)), on: .outbound, from: start, to: end)
        default:
            break
        }
    }

    /// The call's most recent recording that was kept (InboundXML `<PlayLastRecording>`).
    var lastKeptRecording: RecordingResult? { finishedRecordings.last { $0.artifact != nil } }

    /// Lets a prompt of `duration` play; input in `bargeIn` interrupts it.
    mutating func play(_ duration: SimTime, bargeIn: InputKinds) -> PromptEnd {
        let end = now + duration
        while true {
            switch wait(until: end) {
            case .deadline:
                signal(.promptEnd)
                return .finished
            case .callLimit:
                return .limit
            case .replaced:
                return .replaced
            case .caller(.hangup):
                return .callerHangup
            case .caller(let event):
                if case .dtmf = event, bargeIn.contains(.dtmf) {
                    signal(.promptEnd)
                    return .interrupted(event)
                }
                if case .speech = event, bargeIn.contains(.speech) {
                    signal(.promptEnd)
                    return .interrupted(event)
                }
            case .party:
                continue
            }
        }
    }

    /// The duration of a `<Play>` URL: from the scenario's `media:`, else a documented default.
    mutating func mediaDuration(_ url: String, line: Int, column: Int) -> SimTime? {
        if let entry = mediaEntry(url) {
            if let status = entry.status {
                emitWarning(
                    code: 11200, "HTTP retrieval failure: \(url) answered \(status); the <Play> is skipped",
                    [.url(url), .line(line), .column(column)])
                return nil
            }
            if let duration = entry.duration { return duration }
            if let audio = entry.audio, let duration = loaded.audioDurations[audio] { return duration }
        }
        if !unknownMediaReported.contains(url) {
            unknownMediaReported.insert(url)
            emitWarning(
                code: nil,
                "no media entry for \(url); it plays for \(PlatformBehaviour.unknownMediaDuration)",
                [.url(url), .line(line), .column(column)])
        }
        return PlatformBehaviour.unknownMediaDuration
    }

    /// How long `<Play digits>` takes: each digit a tone and a gap, `w` half a second, `W` a second.
    static func digitsDuration(_ digits: String) -> SimTime { digitTones(digits).total }

    /// The keys of `<Play digits>` with their offsets from the start, and the whole length.
    static func digitTones(_ digits: String) -> (tones: [(offset: SimTime, key: Character)], total: SimTime) {
        var tones: [(offset: SimTime, key: Character)] = []
        var total = SimTime.zero
        for character in digits {
            switch character {
            case "w": total += .milliseconds(500)
            case "W": total += .seconds(1)
            default:
                tones.append((total, character))
                total += ScriptStep.keyTone + ScriptStep.keyGap
            }
        }
        return (tones, total)
    }

    /// The scenario's `media:` entry for a URL, with or without its query.
    func mediaEntry(_ url: String) -> MediaEntry? {
        let bare = URLResolution.withoutQuery(url)
        return scenario.media.first { $0.url == url || $0.url == bare }
    }

    mutating func playDuration(_ play: PlayElement) -> SimTime? {
        if let digits = play.digits.value, !digits.isEmpty, play.text.isEmpty { return Self.digitsDuration(digits) }
        return mediaDuration(resolve(play.text), line: play.range.start.line, column: play.range.start.column)
    }
}

extension PlatformBehaviour {
    /// How long a `<Play>` of a URL the scenario does not describe lasts (a warning says so).
    public static let unknownMediaDuration = SimTime.seconds(5)
}
