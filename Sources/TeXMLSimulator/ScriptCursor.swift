/// Something a script does at a point in time.
enum ScriptEvent: Sendable, Equatable {
    /// Speech; `audio` is the scenario's WAV file for it, if it names one.
    case speech(start: SimTime, duration: SimTime, transcript: String?, audio: String? = nil)
    case dtmf(key: Character, at: SimTime)
    case hangup(at: SimTime)

    var time: SimTime {
        switch self {
        case .speech(let start, _, _, _): start
        case .dtmf(_, let at): at
        case .hangup(let at): at
        }
    }
}

/// Walks a caller's or party's script on the virtual clock.
///
/// Steps that only pass time (`silence`, `at`) are folded into the cursor's time; steps that
/// act (`speak`, `press`, `hangup`) surface as events; `wait_for` blocks the script until the
/// interpreter signals the trigger at or after the moment the script reached it.
struct ScriptCursor: Sendable {
    private let steps: [ScriptStep]
    private var index = 0
    private var keyIndex = 0
    /// When the current step starts.
    private(set) var time: SimTime
    private(set) var hasHungUp = false

    init(steps: [ScriptStep], start: SimTime) {
        self.steps = steps
        self.time = start
    }

    /// Folds time-only steps into `time`.
    private mutating func settle() {
        while index < steps.count {
            switch steps[index].action {
            case .silence(let duration):
                time += duration
                index += 1
            case .at(let moment):
                time = max(time, moment)
                index += 1
            case .press(let keys) where keys.isEmpty:
                index += 1
            default:
                return
            }
        }
    }

    /// The next event, or nil when the script is waiting for a trigger or has ended.
    mutating func peek() -> ScriptEvent? {
        guard !hasHungUp else { return nil }
        settle()
        guard index < steps.count else { return nil }
        switch steps[index].action {
        case .speak(let duration, let transcript, let audio):
            return .speech(start: time, duration: duration, transcript: transcript, audio: audio)
        case .speakTranscript(let transcript):
            // Resolved before the call runs (CallSimulator); as a fallback, a moment of speech.
            return .speech(start: time, duration: .zero, transcript: transcript, audio: nil)
        case .press(let keys):
            let key = keys[keys.index(keys.startIndex, offsetBy: keyIndex)]
            return .dtmf(key: key, at: time)
        case .hangup:
            return .hangup(at: time)
        case .waitFor, .silence, .at:
            return nil
        }
    }

    /// Moves past the event `peek` returned.
    mutating func consume() {
        guard index < steps.count else { return }
        switch steps[index].action {
        case .speak(let duration, _, _):
            time += duration
            index += 1
        case .speakTranscript:
            index += 1
        case .press(let keys):
            time += ScriptStep.keyTone + ScriptStep.keyGap
            keyIndex += 1
            if keyIndex >= keys.count {
                keyIndex = 0
                index += 1
            }
        case .hangup:
            hasHungUp = true
            index = steps.count
        case .waitFor, .silence, .at:
            break
        }
    }

    /// Tells the script that `trigger` happened at `moment`; a script waiting for it goes on from then.
    mutating func signal(_ trigger: Trigger, at moment: SimTime) {
        guard !hasHungUp else { return }
        settle()
        guard index < steps.count, case .waitFor(let awaited) = steps[index].action, awaited == trigger,
            time <= moment
        else { return }
        time = moment
        index += 1
    }

    /// Whether the script is blocked on a trigger.
    mutating func waitingTrigger() -> Trigger? {
        settle()
        guard index < steps.count, case .waitFor(let trigger) = steps[index].action else { return nil }
        return trigger
    }
}
