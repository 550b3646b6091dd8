internal import CEspeakNG
import Foundation
import TeXMLSupport

/// Text spoken by espeak-ng, leading and trailing silence removed: a canonical 16-bit mono WAV
/// at ``EspeakEngine/sampleRate``, which the recorder plays as a clip, resampling it to the
/// recording's rate (a windowed-sinc low-pass, then linear interpolation).
public struct SpokenAudio: Sendable, Hashable {
    public let wav: [UInt8]
    /// Samples in the file.
    public let frames: Int

    init(samples: [Int16]) {
        var bytes = WAVLayout.canonicalHeader(
            channels: 1, sampleRate: EspeakEngine.sampleRate, dataBytes: Int64(samples.count * 2))
        bytes.reserveCapacity(44 + samples.count * 2)
        samples.map(\.littleEndian).withUnsafeBytes { bytes.append(contentsOf: $0) }
        wav = bytes
        frames = samples.count
    }

    /// The speech's length: its samples at 22 050 Hz, in whole milliseconds (rounded down).
    public var milliseconds: Int64 { Int64(frames) * 1000 / Int64(EspeakEngine.sampleRate) }

    /// The samples, read back from the file.
    public var samples: [Int16] {
        stride(from: 44, to: wav.count - 1, by: 2).map { Int16(bitPattern: UInt16(wav[$0]) | UInt16(wav[$0 + 1]) << 8) }
    }
}

/// Why espeak-ng could not speak.
public struct SpeechError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// The one owner of espeak-ng's C state.
///
/// espeak-ng keeps everything in process-wide globals — the data path, the current voice, the
/// synthesis callback, its phoneme and wave buffers — none of its calls is reentrant, and its
/// wave state carries from one text to the next. So there is one engine per process, initialised
/// once and never used to speak in this process: each text is spoken in a child forked from it
/// (``synthesize(_:voice:)``), so the same text always gives the same samples. Initialising,
/// forking and the cache happen under one lock: `texml test` simulates scenarios on several
/// threads, and a fork while another thread changed the engine would copy it half-changed.
/// Utterances are cached by text and voice, so a prompt spoken on every call of a suite is
/// synthesised once.
public final class EspeakEngine: @unchecked Sendable {
    /// espeak-ng's fixed output rate.
    public static let sampleRate = 22_050
    /// The longest text spoken, in UTF-8 bytes (about four minutes of speech, 10 MB of samples);
    /// ``speak(_:voice:)`` refuses longer text so a 1 MB `<Say>` cannot take gigabytes.
    public static let maxTextBytes = 4096
    /// The cache holds at most this many samples (about 15 minutes of speech, 40 MB); it is cleared when full.
    static let cacheSampleLimit = 20_000_000

    private static let lock = NSLock()
    nonisolated(unsafe) private static var started: Result<EspeakEngine, SpeechError>?

    private var cache: [CacheKey: SpokenAudio] = [:]
    private var cachedSamples = 0
    /// The data folder espeak-ng reads, for messages.
    public let dataPath: String

    private struct CacheKey: Hashable {
        var text: String
        var voice: EspeakVoice
    }

    private init(dataPath: String) {
        self.dataPath = dataPath
    }

    /// The process's engine, initialising espeak-ng on first use; an error names the data folder
    /// it looked in and the package that provides it.
    public static func shared() throws(SpeechError) -> EspeakEngine {
        lock.lock()
        defer { lock.unlock() }
        if let started { return try started.get() }
        let result = Result<EspeakEngine, SpeechError> { () throws(SpeechError) in try start() }
        started = result
        return try result.get()
    }

    /// Checks the data folder in Swift first: espeak-ng's own initialisation reports missing data
    /// vaguely, and some of its paths end the process.
    private static func start() throws(SpeechError) -> EspeakEngine {
        let environment = ProcessInfo.processInfo.environment["ESPEAK_DATA_PATH"]
        var compiledPath: String?
        if environment?.isEmpty ?? true {
            espeak_ng_InitializePath(nil)
            var path: UnsafePointer<CChar>?
            _ = espeak_Info(&path)
            compiledPath = path.map { String(cString: $0) }
        }
        let folder = try EspeakData.locate(environment: environment, compiledPath: compiledPath)
        espeak_ng_InitializePath(folder)
        var context: espeak_ng_ERROR_CONTEXT?
        let status = espeak_ng_Initialize(&context)
        espeak_ng_ClearErrorContext(&context)
        guard status == ENS_OK else { throw SpeechError("espeak-ng failed to start: " + message(status)) }
        let output = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, nil)
        guard output == ENS_OK else { throw SpeechError("espeak-ng failed to start: " + message(output)) }
        return EspeakEngine(dataPath: folder)
    }

    private static func message(_ status: espeak_ng_STATUS) -> String {
        var buffer = [CChar](repeating: 0, count: 512)
        espeak_ng_GetStatusCodeMessage(status, &buffer, buffer.count)
        return String(cString: buffer)
    }

    /// Speaks `text` in `voice`. Text longer than ``maxTextBytes`` is refused; control characters
    /// are read as spaces; markup is read as text (no SSML), so `<` is only a character.
    public func speak(_ text: String, voice: EspeakVoice) throws(SpeechError) -> SpokenAudio {
        let cleaned = Self.speakable(text)
        guard cleaned.utf8.count <= Self.maxTextBytes else {
            throw SpeechError(
                "text of \(cleaned.utf8.count) bytes is longer than the \(Self.maxTextBytes) espeak-ng speaks")
        }
        let key = CacheKey(text: cleaned, voice: voice)
        Self.lock.lock()
        defer { Self.lock.unlock() }
        if let cached = cache[key] { return cached }
        let spoken = try synthesize(cleaned, voice: voice)
        if cachedSamples + spoken.frames > Self.cacheSampleLimit {
            cache.removeAll()
            cachedSamples = 0
        }
        cache[key] = spoken
        cachedSamples += spoken.frames
        return spoken
    }

    /// Forgets every utterance (tests synthesise the same text twice).
    func clearCache() {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        cache.removeAll()
        cachedSamples = 0
    }

    /// Control characters (and NUL, which would end the C string) as spaces.
    static func speakable(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(scalar.properties.generalCategory == .control ? " " : scalar)
        }
        return String(scalars)
    }

    /// Called with the lock held. Each text is spoken in a child forked from the freshly
    /// initialised engine (see `texml_espeak_speak_isolated` in CEspeakNG's shim.h): espeak-ng
    /// carries wave state from one text to the next, so speaking in this process would make the
    /// n-th text depend on the ones before it, and a test suite's recordings on its thread timing.
    private func synthesize(_ text: String, voice: EspeakVoice) throws(SpeechError) -> SpokenAudio {
        var samples: UnsafeMutablePointer<Int16>?
        var count = 0
        let status = texml_espeak_speak_isolated(voice.name, text, &samples, &count)
        defer { free(samples) }
        switch status {
        case 0: break
        case 3: throw SpeechError("espeak-ng has no voice '\(voice.name)'")
        case 4: throw SpeechError("espeak-ng failed to speak the text")
        case 5: throw SpeechError("espeak-ng stopped while speaking the text")
        default: throw SpeechError("espeak-ng could not start a child to speak: \(systemMessage(-status))")
        }
        let buffer = UnsafeBufferPointer(start: samples, count: count)
        return SpokenAudio(samples: trimmed(Array(buffer)))
    }

    /// Without the leading and trailing samples below the recorder's silence threshold, so the
    /// spoken length is the speech's and a `<Record>`'s silence timer starts when the voice stops.
    private func trimmed(_ samples: [Int16]) -> [Int16] {
        guard let first = samples.firstIndex(where: isLoud), let last = samples.lastIndex(where: isLoud) else {
            return []
        }
        return Array(samples[first...last])
    }
}

/// espeak-ng's data folder: complete when it holds the phoneme tables every voice needs.
enum EspeakData {
    static let requiredFiles = ["phontab", "phonindex", "phondata", "intonations"]

    static func isComplete(_ folder: String) -> Bool {
        requiredFiles.allSatisfy { FileManager.default.fileExists(atPath: folder + "/" + $0) }
    }

    /// The data folder: under `ESPEAK_DATA_PATH` when set (as espeak-ng reads it), else the folder
    /// espeak-ng was built to read; an error names where it looked and what to install.
    static func locate(environment: String?, compiledPath: String?) throws(SpeechError) -> String {
        let candidates: [String]
        if let environment, !environment.isEmpty {
            candidates = [environment + "/espeak-ng-data", environment]
        } else {
            candidates = compiledPath.map { [$0] } ?? []
        }
        if let folder = candidates.first(where: isComplete) { return folder }
        let looked = candidates.isEmpty ? "no folder" : candidates.joined(separator: " and ")
        let source = environment?.isEmpty == false ? " (from ESPEAK_DATA_PATH)" : ""
        throw SpeechError(
            "espeak-ng's data (phontab, phondata, …) is not in \(looked)\(source): install Debian's espeak-ng-data "
                + "(apt-get install libespeak-ng-dev brings it) or point ESPEAK_DATA_PATH at it")
    }
}
