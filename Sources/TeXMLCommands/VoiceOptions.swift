import ArgumentParser
import TeXMLSimulator

extension VoiceKind: ExpressibleByArgument {}

/// `--voice`: how `<Say>` and the scripts' `says:` sound in recordings (`run`, `test`, `call`).
struct VoiceOptions: ParsableArguments {
    @Option(
        help: """
            How <Say> and the caller's says: sound: synthetic (fast speech-like tones; lengths \
            estimated) or espeak (espeak-ng speech you can understand; its spoken length drives the \
            timeline).
            """)
    var voice: VoiceKind = .synthetic

    /// The voice; when espeak-ng cannot start, says why on standard error and exits 2.
    func makeVoice() throws -> any SpeechVoice {
        do {
            return try voice.makeVoice()
        } catch {
            printError("texml: --voice espeak: \(error.message)")
            throw ExitCode(2)
        }
    }
}
