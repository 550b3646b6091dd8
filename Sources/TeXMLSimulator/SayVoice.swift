import TeXMLGrammar

extension CallRun {
    /// How long one pass of a `<Say>` lasts: under a voice that renders text, the spoken length
    /// plus its SSML breaks (heard as silence after the words), else the estimate
    /// (``sayDuration(_:)``). The voice's warnings (an unknown voice or language) are traced here,
    /// once per `<Say>` played.
    mutating func sayLength(_ say: SayElement) -> SimTime {
        guard let speech = context.speech else { return sayDuration(say) }
        let spoken = speak(say, with: speech)
        for warning in spoken.warnings {
            emitWarning(code: nil, "<Say>: " + warning, [.line(say.range.start.line), .column(say.range.start.column)])
        }
        guard let audio = spoken.audio else { return sayDuration(say) }
        return audio.duration + breaksLength(say)
    }

    /// Adds a `<Say>`'s spoken audio over `[start, end)`, each loop starting it again; false when
    /// the voice renders no text, so the synthetic speech plays instead.
    mutating func hearSpokenSay(_ say: SayElement, from start: SimTime, to end: SimTime) -> Bool {
        guard let speech = context.speech, let audio = speak(say, with: speech).audio else { return false }
        let pass = audio.duration + breaksLength(say)
        guard pass > .zero else { return true }
        media.audio.clips[audio.key] = audio.wav
        var loopStart = start
        while loopStart < end {
            hear(
                .clip(key: audio.key, offset: 0), on: .outbound, from: loopStart,
                to: min(loopStart + audio.duration, end))
            loopStart += pass
        }
        return true
    }

    private func speak(_ say: SayElement, with speech: any SpeechVoice) -> SpokenText {
        speech.speak(spokenText(say.children, own: say.text), voice: say.voice.value, language: say.language.value)
    }
}
