import Foundation

/// An espeak-ng voice: a language voice (`en-us`, `fr-fr`, `de`) and a variant for the speaker's gender.
public struct EspeakVoice: Sendable, Hashable {
    /// The speaker's gender as espeak-ng's variants render it.
    public enum Gender: String, Sendable, Hashable {
        case male, female
    }

    /// The language voice's name, as `espeak-ng --voices` lists it.
    public var language: String
    public var gender: Gender

    public init(language: String, gender: Gender) {
        self.language = language
        self.gender = gender
    }

    /// The name `espeak_ng_SetVoiceByName` takes: female voices use the `f3` variant, male the language's own voice.
    public var name: String { gender == .female ? language + "+f3" : language }
}

/// The nearest espeak-ng voice to a `<Say>`'s `voice` and `language`, and what could not be matched.
public struct EspeakVoiceChoice: Sendable, Hashable {
    public var voice: EspeakVoice
    /// Why the choice is a fallback (an unknown voice or language), one sentence each; empty when matched.
    public var fallbacks: [String]
}

/// Maps the platforms' `<Say>` voices and languages to espeak-ng voices.
///
/// The language comes from `language` when written, else from the voice (Polly's and Google's
/// names carry it), else `en-US`; the gender from the voice (`man`/`male` male, `woman`/`female`/
/// `alice` female, Polly's speakers by name), else male, the platforms' default `man`.
public enum EspeakVoiceMap {
    /// The fallback language voice: Twilio's and Telnyx's default `en-US`.
    public static let defaultLanguage = "en-us"

    /// BCP 47 tags (lower case) to espeak-ng 1.51 voice names as `espeak_ng_SetVoiceByName` takes
    /// them (`en` is espeak-ng's British English, `fr` its French of France); a tag not listed
    /// matches by its primary subtag in ``primaryLanguages``.
    static let languages: [String: String] = [
        "en-us": "en-us", "en-gb": "en", "en-au": "en", "en-nz": "en", "en-ie": "en",
        "en-in": "en", "en-za": "en", "en-ca": "en-us", "en-gb-wls": "en", "en-029": "en-029",
        "fr-fr": "fr", "fr-ca": "fr", "fr-be": "fr-be", "fr-ch": "fr-ch",
        "de-de": "de", "de-at": "de", "de-ch": "de",
        "es-es": "es", "es-mx": "es-419", "es-us": "es-419", "es-419": "es-419",
        "pt-br": "pt-br", "pt-pt": "pt", "it-it": "it", "nl-nl": "nl", "nl-be": "nl",
        "ja-jp": "ja", "ko-kr": "ko", "cmn-cn": "cmn", "zh-cn": "cmn", "zh-tw": "cmn", "zh-hk": "yue",
        "yue-cn": "yue", "ru-ru": "ru", "pl-pl": "pl", "sv-se": "sv", "da-dk": "da", "nb-no": "nb",
        "fi-fi": "fi", "tr-tr": "tr", "ar-ae": "ar", "arb": "ar", "hi-in": "hi", "ca-es": "ca",
        "is-is": "is", "ro-ro": "ro", "cy-gb": "cy",
    ]

    /// Primary subtags espeak-ng has a voice for, to its voice.
    static let primaryLanguages: [String: String] = [
        "en": "en-us", "fr": "fr", "de": "de", "es": "es", "pt": "pt", "it": "it", "nl": "nl", "ja": "ja",
        "ko": "ko", "zh": "cmn", "cmn": "cmn", "yue": "yue", "ru": "ru", "pl": "pl", "sv": "sv", "da": "da",
        "nb": "nb", "no": "nb", "fi": "fi", "tr": "tr", "ar": "ar", "hi": "hi", "ca": "ca", "is": "is",
        "ro": "ro", "cy": "cy", "cs": "cs", "el": "el", "he": "he", "hu": "hu", "id": "id", "uk": "uk",
        "vi": "vi", "th": "th", "bg": "bg", "hr": "hr", "sk": "sk", "sl": "sl", "ta": "ta", "ms": "ms",
    ]

    /// Amazon Polly's speakers (Twilio `Polly.NAME`, Telnyx `Polly.NAME`, with or without `-Neural`):
    /// their language and gender.
    static let pollySpeakers: [String: (language: String, gender: EspeakVoice.Gender)] = [
        "joanna": ("en-us", .female), "salli": ("en-us", .female), "kendra": ("en-us", .female),
        "kimberly": ("en-us", .female), "ivy": ("en-us", .female), "ruth": ("en-us", .female),
        "danielle": ("en-us", .female), "matthew": ("en-us", .male), "joey": ("en-us", .male),
        "justin": ("en-us", .male), "kevin": ("en-us", .male), "stephen": ("en-us", .male),
        "gregory": ("en-us", .male), "amy": ("en-gb", .female), "emma": ("en-gb", .female),
        "brian": ("en-gb", .male), "arthur": ("en-gb", .male), "nicole": ("en-au", .female),
        "olivia": ("en-au", .female), "russell": ("en-au", .male), "aditi": ("en-in", .female),
        "raveena": ("en-in", .female), "kajal": ("en-in", .female), "geraint": ("en-gb-wls", .male),
        "celine": ("fr-fr", .female), "céline": ("fr-fr", .female), "lea": ("fr-fr", .female),
        "léa": ("fr-fr", .female), "mathieu": ("fr-fr", .male), "remi": ("fr-fr", .male),
        "rémi": ("fr-fr", .male), "chantal": ("fr-ca", .female), "gabrielle": ("fr-ca", .female),
        "liam": ("fr-ca", .male), "marlene": ("de-de", .female), "vicki": ("de-de", .female),
        "hans": ("de-de", .male), "daniel": ("de-de", .male), "conchita": ("es-es", .female),
        "lucia": ("es-es", .female), "enrique": ("es-es", .male), "sergio": ("es-es", .male),
        "mia": ("es-mx", .female), "andres": ("es-mx", .male), "lupe": ("es-us", .female),
        "penelope": ("es-us", .female), "miguel": ("es-us", .male), "pedro": ("es-us", .male),
        "camila": ("pt-br", .female), "vitoria": ("pt-br", .female), "ricardo": ("pt-br", .male),
        "thiago": ("pt-br", .male), "ines": ("pt-pt", .female), "cristiano": ("pt-pt", .male),
        "carla": ("it-it", .female), "bianca": ("it-it", .female), "giorgio": ("it-it", .male),
        "adriano": ("it-it", .male), "lotte": ("nl-nl", .female), "laura": ("nl-nl", .female),
        "ruben": ("nl-nl", .male), "mizuki": ("ja-jp", .female), "kazuha": ("ja-jp", .female),
        "takumi": ("ja-jp", .male), "seoyeon": ("ko-kr", .female), "zhiyu": ("cmn-cn", .female),
        "tatyana": ("ru-ru", .female), "maxim": ("ru-ru", .male), "ewa": ("pl-pl", .female),
        "maja": ("pl-pl", .female), "jacek": ("pl-pl", .male), "jan": ("pl-pl", .male),
        "astrid": ("sv-se", .female), "elin": ("sv-se", .female), "naja": ("da-dk", .female),
        "mads": ("da-dk", .male), "liv": ("nb-no", .female), "filiz": ("tr-tr", .female),
        "zeina": ("arb", .female), "hala": ("ar-ae", .female), "dora": ("is-is", .female),
        "karl": ("is-is", .male), "carmen": ("ro-ro", .female), "gwyneth": ("cy-gb", .female),
    ]

    /// Chooses the voice for a `<Say voice language>`; never fails: what it cannot match falls back
    /// (to `en-us`, male) and says so in ``EspeakVoiceChoice/fallbacks``.
    public static func choose(voice: String?, language: String?) -> EspeakVoiceChoice {
        var fallbacks: [String] = []
        let (voiceLanguage, gender) = speaker(voice, fallbacks: &fallbacks)
        var resolved = defaultLanguage
        if let language = language.map(normalised), !language.isEmpty {
            if let match = languageVoice(language) {
                resolved = match
            } else {
                fallbacks.append("no espeak-ng voice for language '\(printable(language))': using \(defaultLanguage)")
            }
        } else if let voiceLanguage, let match = languageVoice(voiceLanguage) {
            resolved = match
        }
        return EspeakVoiceChoice(voice: EspeakVoice(language: resolved, gender: gender), fallbacks: fallbacks)
    }

    /// The language voice for a BCP 47 tag, exact or by its primary subtag; nil when espeak-ng has none.
    static func languageVoice(_ tag: String) -> String? {
        let lower = normalised(tag)
        if let exact = languages[lower] { return exact }
        let primary = lower.split(separator: "-").first.map(String.init) ?? lower
        return primaryLanguages[primary]
    }

    /// The language a voice name implies (nil when it implies none) and its gender.
    private static func speaker(
        _ voice: String?, fallbacks: inout [String]
    ) -> (language: String?, gender: EspeakVoice.Gender) {
        guard let voice = voice?.trimmingCharacters(in: .whitespaces), !voice.isEmpty else { return (nil, .male) }
        let lower = voice.lowercased()
        switch lower {
        case "man", "male": return (nil, .male)
        case "woman", "female", "alice": return (nil, .female)
        default: break
        }
        let parts = lower.split(separator: ".", maxSplits: 1).map(String.init)
        if parts.count == 2 {
            let (engine, name) = (parts[0], parts[1])
            if engine == "polly" {
                let speaker = String(name.split(separator: "-").first ?? "")
                if let known = pollySpeakers[speaker] { return (known.language, known.gender) }
            } else if let language = embeddedLanguage(name) {
                // Google.en-US-Standard-C, Azure.en-US-JennyNeural: the language is in the name, the gender is not.
                return (language, .male)
            }
        }
        fallbacks.append("no espeak-ng voice for voice '\(printable(voice))': using the language's male voice")
        return (nil, .male)
    }

    /// `en-US` out of `en-US-Standard-C` or `en-US-JennyNeural`, when espeak-ng knows it.
    private static func embeddedLanguage(_ name: String) -> String? {
        let pieces = name.split(separator: "-")
        guard pieces.count >= 2 else { return nil }
        let tag = pieces[0] + "-" + pieces[1]
        return languageVoice(String(tag)) != nil ? String(tag) : nil
    }

    private static func normalised(_ tag: String) -> String {
        tag.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "_", with: "-")
    }

    /// A name for a warning: control characters shown as `?`, at most 64 characters.
    private static func printable(_ text: String) -> String {
        let cleaned = String(
            text.unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : Character($0) })
        return cleaned.count > 64 ? String(cleaned.prefix(64)) + "…" : cleaned
    }
}
