public import TeXMLRecorder

/// How `<Say>` text and the caller's `says:` sound, and so how long they last.
///
/// The simulator asks its voice for every text it speaks; a voice that renders text gives back the
/// audio (played into recordings as a clip) and its length, which then drives the timeline. The
/// default, ``SyntheticVoice``, renders none: the recorder's synthetic speech plays for an
/// estimated length. The simulator never sees how a voice speaks (espeak-ng is the recorder's).
public protocol SpeechVoice: Sendable {
    /// Speaks `text` as a `<Say voice language>` would; `voice` and `language` are nil for a
    /// script's `says:`.
    func speak(_ text: String, voice: String?, language: String?) -> SpokenText
}

/// What a voice made of a text.
public struct SpokenText: Sendable {
    /// The audio when the voice renders text: a key for the call's clips, a WAV file, its length.
    public struct Audio: Sendable {
        public var key: String
        public var wav: [UInt8]
        public var duration: SimTime

        public init(key: String, wav: [UInt8], duration: SimTime) {
            self.key = key
            self.wav = wav
            self.duration = duration
        }
    }

    /// nil: the synthetic speech plays for the estimated length.
    public var audio: Audio?
    /// What the voice could not do as asked (an unknown voice or language, text too long), one sentence each.
    public var warnings: [String]

    public init(audio: Audio?, warnings: [String] = []) {
        self.audio = audio
        self.warnings = warnings
    }
}

/// The default voice: the recorder's fast, deterministic synthetic speech; lengths are estimated
/// (`<Say>` at `words_per_minute`, a `says:` without a duration likewise).
public struct SyntheticVoice: SpeechVoice {
    public init() {}

    public func speak(_ text: String, voice: String?, language: String?) -> SpokenText { SpokenText(audio: nil) }
}

/// Speech you can understand: espeak-ng (through the recorder), the voice and language mapped by
/// ``EspeakVoiceMap``. What it cannot speak (text over ``EspeakEngine/maxTextBytes``) falls back
/// to the synthetic voice with a warning.
public struct EspeakSpeechVoice: SpeechVoice {
    private let engine: EspeakEngine

    /// Starts espeak-ng; the error says which data folder is missing and what to install.
    public init() throws(SpeechError) {
        engine = try EspeakEngine.shared()
    }

    public func speak(_ text: String, voice: String?, language: String?) -> SpokenText {
        let choice = EspeakVoiceMap.choose(voice: voice, language: language)
        do {
            let spoken = try engine.speak(text, voice: choice.voice)
            let key = "espeak/" + choice.voice.name + "/" + String(stableHash(text), radix: 16)
            return SpokenText(
                audio: .init(key: key, wav: spoken.wav, duration: .milliseconds(spoken.milliseconds)),
                warnings: choice.fallbacks)
        } catch {
            return SpokenText(
                audio: nil, warnings: choice.fallbacks + [error.message + ": the synthetic voice speaks it"])
        }
    }
}

/// The voices `--voice` offers.
public enum VoiceKind: String, Sendable, CaseIterable {
    /// The recorder's synthetic speech (the default): fast, lengths estimated.
    case synthetic
    /// espeak-ng: intelligible speech whose length drives the timeline.
    case espeak

    /// The voice, starting espeak-ng when asked for.
    public func makeVoice() throws(SpeechError) -> any SpeechVoice {
        switch self {
        case .synthetic: SyntheticVoice()
        case .espeak: try EspeakSpeechVoice()
        }
    }
}
