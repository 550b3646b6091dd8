import Foundation
import Testing

@testable import TeXMLRecorder

@Suite("espeak-ng voice map")
struct EspeakVoiceMapTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var voice: String?
        var language: String?
        var expected: String
        var testDescription: String { "\(voice ?? "-") / \(language ?? "-") → \(expected)" }
    }

    @Test(
        "platform voices and languages map to the nearest espeak-ng voice",
        arguments: [
            Case(voice: nil, language: nil, expected: "en-us"),
            Case(voice: "man", language: nil, expected: "en-us"),
            Case(voice: "woman", language: nil, expected: "en-us+f3"),
            Case(voice: "alice", language: "en-US", expected: "en-us+f3"),
            Case(voice: "Polly.Joanna", language: nil, expected: "en-us+f3"),
            Case(voice: "Polly.Joanna-Neural", language: "en-US", expected: "en-us+f3"),
            Case(voice: "Polly.Matthew", language: nil, expected: "en-us"),
            Case(voice: "Polly.Amy", language: nil, expected: "en+f3"),
            Case(voice: "Polly.Brian", language: nil, expected: "en"),
            Case(voice: "Polly.Celine", language: nil, expected: "fr+f3"),
            Case(voice: "Polly.Hans", language: nil, expected: "de"),
            Case(voice: "alice", language: "en-GB", expected: "en+f3"),
            Case(voice: "woman", language: "fr-FR", expected: "fr+f3"),
            Case(voice: "man", language: "de-DE", expected: "de"),
            Case(voice: "alice", language: "es-MX", expected: "es-419+f3"),
            Case(voice: "alice", language: "pt-BR", expected: "pt-br+f3"),
            Case(voice: "alice", language: "ja-JP", expected: "ja+f3"),
            Case(voice: "female", language: "en", expected: "en-us+f3"),
            Case(voice: "male", language: "it-IT", expected: "it"),
            Case(voice: "Google.en-GB-Standard-A", language: nil, expected: "en"),
            Case(voice: "Azure.fr-FR-DeniseNeural", language: nil, expected: "fr"),
            Case(voice: "Polly.Joanna", language: "en-AU", expected: "en+f3"),
            Case(voice: nil, language: "sv_SE", expected: "sv"),
        ])
    func mapsVoices(_ example: Case) {
        let choice = EspeakVoiceMap.choose(voice: example.voice, language: example.language)
        #expect(choice.voice.name == example.expected)
        #expect(choice.fallbacks.isEmpty)
    }

    @Test("an unknown voice or language falls back to en-us with a reason, never fails")
    func fallsBack() {
        let voice = EspeakVoiceMap.choose(voice: "ElevenLabs.Rachel", language: nil)
        #expect(voice.voice.name == "en-us")
        #expect(voice.fallbacks.count == 1 && voice.fallbacks[0].contains("ElevenLabs.Rachel"))
        let language = EspeakVoiceMap.choose(voice: "alice", language: "xx-YY")
        #expect(language.voice.name == "en-us+f3")
        #expect(language.fallbacks.count == 1 && language.fallbacks[0].contains("xx-yy"))
        let hostile = EspeakVoiceMap.choose(
            voice: "bad\u{1}\u{7}" + String(repeating: "x", count: 10_000), language: nil)
        #expect(hostile.fallbacks[0].count < 200 && !hostile.fallbacks[0].contains("\u{1}"))
    }

    @Test("every voice of the table exists in espeak-ng")
    func everyVoiceExists() throws {
        let engine = try EspeakEngine.shared()
        let names = Set(EspeakVoiceMap.languages.values).union(EspeakVoiceMap.primaryLanguages.values)
        for name in names.sorted() {
            for gender in [EspeakVoice.Gender.male, .female] {
                #expect(throws: Never.self, "\(name)") {
                    _ = try engine.speak("one", voice: EspeakVoice(language: name, gender: gender))
                }
            }
        }
    }
}

@Suite("espeak-ng engine")
struct EspeakEngineTests {
    static let prompt = "You have reached Example Dental. Please leave a message after the beep."

    @Test("speech is non-silent, speech-like and as long as the text takes to say")
    func speechLike() throws {
        let spoken = try EspeakEngine.shared().speak(
            Self.prompt, voice: EspeakVoice(language: "en-us", gender: .female))
        let samples = spoken.samples.map(Double.init)
        // Twelve words at espeak-ng's 175 words a minute: about 4 s; well within 2–8 s.
        #expect((2000...8000).contains(spoken.milliseconds))
        #expect(dBFS(rms(samples)) > -35)
        // Speech pauses between words: some 20 ms windows are far quieter than the loudest.
        let window = EspeakEngine.sampleRate / 50
        let levels = stride(from: 0, to: samples.count - window, by: window).map { rms(samples[$0..<$0 + window]) }
        #expect(levels.min()! < levels.max()! / 10)
        #expect(spoken.wav.count == 44 + spoken.frames * 2)
        #expect(isLoud(spoken.samples.first!) && isLoud(spoken.samples.last!))
    }

    @Test("the same text and voice give the same samples, synthesised twice")
    func deterministic() throws {
        let engine = try EspeakEngine.shared()
        let voice = EspeakVoice(language: "fr", gender: .male)
        engine.clearCache()
        let first = try engine.speak("Bonjour, laissez un message.", voice: voice)
        engine.clearCache()
        let second = try engine.speak("Bonjour, laissez un message.", voice: voice)
        #expect(first == second)
        #expect(!first.samples.isEmpty)
    }

    @Test("different voices sound different")
    func voicesDiffer() throws {
        let engine = try EspeakEngine.shared()
        let male = try engine.speak("Hello there", voice: EspeakVoice(language: "en-us", gender: .male))
        let female = try engine.speak("Hello there", voice: EspeakVoice(language: "en-us", gender: .female))
        #expect(male.wav != female.wav)
    }

    @Test("hostile text: too long is refused, control characters and markup are spoken as text")
    func hostileText() throws {
        let engine = try EspeakEngine.shared()
        let voice = EspeakVoice(language: "en-us", gender: .male)
        let long = String(repeating: "word ", count: 200_000)
        #expect(throws: SpeechError.self) { try engine.speak(long, voice: voice) }
        let controls = try engine.speak("one\u{0}two\u{1B}[31m three\u{7}", voice: voice)
        #expect(controls.milliseconds > 300)
        let markup = try engine.speak("<speak><prosody rate='x-slow'>hello</prosody></speak> &amp;", voice: voice)
        #expect(markup.milliseconds > 300)
        let empty = try engine.speak("   ", voice: voice)
        #expect(empty.frames == 0)
    }

    @Test("missing data is a clear error naming where it looked and what to install")
    func missingData() {
        #expect {
            try EspeakData.locate(environment: "/nonexistent/espeak", compiledPath: "/usr/lib/espeak-ng-data")
        } throws: { error in
            let message = (error as? SpeechError)?.message ?? ""
            return message.contains("/nonexistent/espeak/espeak-ng-data") && message.contains("ESPEAK_DATA_PATH")
                && message.contains("libespeak-ng-dev")
        }
        #expect(throws: SpeechError.self) { try EspeakData.locate(environment: nil, compiledPath: nil) }
    }
}
