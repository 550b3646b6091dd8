/// Gives the scripts' speech its voice before a call runs: a `says:` without a duration lasts as
/// long as the voice takes to say it (the synthetic voice: the estimate at `words_per_minute`,
/// as for `<Say>`), and under a voice that renders text every `says:` is heard as that audio.
enum ScriptSpeech {
    /// What the voice could not do with one step, and where the step is written.
    struct Warning: Sendable {
        var message: String
        var details: [TraceEvent.ProblemDetail]
    }

    /// `loaded` with every `speakTranscript` step resolved to a `speak` step and, under `voice`,
    /// the spoken audio among its files (played as clips).
    static func prepare(
        _ loaded: LoadedScenario, voice: (any SpeechVoice)?, wordsPerMinute: Int
    ) -> (loaded: LoadedScenario, warnings: [Warning]) {
        // Nothing to do in the common case: the default voice and durations written.
        if voice == nil, !loaded.scenario.hasSpeakTranscript { return (loaded, []) }
        var prepared = loaded
        var warnings: [Warning] = []
        func resolve(_ steps: [ScriptStep]) -> [ScriptStep] {
            steps.map { step in
                resolveStep(step, voice: voice, wordsPerMinute: wordsPerMinute, into: &prepared, &warnings)
            }
        }
        prepared.scenario.caller = resolve(loaded.scenario.caller)
        for index in prepared.scenario.parties.indices {
            prepared.scenario.parties[index].script = resolve(prepared.scenario.parties[index].script)
        }
        return (prepared, warnings)
    }

    private static func resolveStep(
        _ step: ScriptStep, voice: (any SpeechVoice)?, wordsPerMinute: Int, into loaded: inout LoadedScenario,
        _ warnings: inout [Warning]
    ) -> ScriptStep {
        let written: SimTime?
        let transcript: String
        switch step.action {
        case .speakTranscript(let text): (written, transcript) = (nil, text)
        case .speak(let duration, let text?, nil): (written, transcript) = (duration, text)
        default: return step
        }
        var resolved = step
        let spoken = voice?.speak(transcript, voice: nil, language: nil)
        for message in spoken?.warnings ?? [] {
            let place = step.location.map { [TraceEvent.ProblemDetail.line($0.line), .column($0.column)] } ?? []
            warnings.append(Warning(message: "says: " + message, details: place))
        }
        if let audio = spoken?.audio {
            loaded.files[audio.key] = audio.wav
            loaded.audioDurations[audio.key] = audio.duration
            resolved.action = .speak(duration: written ?? audio.duration, transcript: transcript, audio: audio.key)
        } else if written == nil {
            resolved.action = .speak(
                duration: estimatedLength(transcript, wordsPerMinute: wordsPerMinute), transcript: transcript,
                audio: nil)
        }
        return resolved
    }

    /// The synthetic voice's length for `text`: its words at `wordsPerMinute`, as `<Say>`'s.
    static func estimatedLength(_ text: String, wordsPerMinute: Int) -> SimTime {
        let words = text.split(whereSeparator: \.isWhitespace).count
        return .milliseconds(Int64(words) * 60_000 / Int64(max(wordsPerMinute, 1)))
    }
}

extension Scenario {
    /// Whether a script has a `says:` without a duration.
    var hasSpeakTranscript: Bool {
        func isTranscript(_ step: ScriptStep) -> Bool {
            if case .speakTranscript = step.action { return true }
            return false
        }
        return caller.contains(where: isTranscript) || parties.contains { $0.script.contains(where: isTranscript) }
    }
}
