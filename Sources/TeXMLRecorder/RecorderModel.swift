/// What can be heard on one direction of the call during a segment.
///
/// Every sound is a pure function of its parameters and of the call time, so any stretch of a
/// recording can be rendered on its own: deterministic, random-access, constant memory.
public enum Sound: Sendable, Hashable, Codable {
    /// A speech-like signal (a voiced source shaped by moving formants, in syllables): never a
    /// constant tone. `voice` selects pitch, timbre and syllable pattern.
    case speech(voice: UInt64)
    /// One DTMF key (`0-9`, `*`, `#`, `A-D`) as its standard pair of tones.
    case dtmf(key: String)
    /// The recording beep: a pure tone.
    case beep
    /// Ringback heard while a `<Dial>` rings (North American: 440 + 480 Hz, 2 s on, 4 s off),
    /// phased from the segment's start.
    case ringback
    /// Real samples of a clip (see ``CallAudio/clips``), starting `offset` milliseconds into the
    /// clip at the segment's start.
    case clip(key: String, offset: Int64)
}

/// A sound over `[start, end)` of call time, in milliseconds since the call started.
public struct SoundSegment: Sendable, Hashable, Codable {
    public var start: Int64
    public var end: Int64
    public var sound: Sound

    public init(start: Int64, end: Int64, sound: Sound) {
        self.start = start
        self.end = end
        self.sound = sound
    }
}

/// A direction of the parent leg, as platforms name tracks: `inbound` is what the platform
/// receives from the caller (their voice, their keys), `outbound` what it sends to the caller
/// (prompts, beeps, ringback, and once bridged the other party or the conference mix).
public enum Track: String, Sendable, Hashable, Codable, CaseIterable {
    case inbound
    case outbound
}

/// Everything audible on the parent leg of one call: the material recordings are cut from.
public struct CallAudio: Sendable {
    /// Segments per track, in the order they were appended; segments may overlap (they mix).
    public var inbound: [SoundSegment] = []
    public var outbound: [SoundSegment] = []
    /// WAV files (any PCM rate, width or channel count) that `.clip` sounds play, by key.
    public var clips: [String: [UInt8]] = [:]

    public init() {}

    public subscript(track: Track) -> [SoundSegment] {
        get { track == .inbound ? inbound : outbound }
        set { if track == .inbound { inbound = newValue } else { outbound = newValue } }
        // In place: with `get` and `set` alone, `audio[track].append(…)` copied the whole track
        // on every segment, quadratic over a long call.
        _modify {
            if track == .inbound { yield &inbound } else { yield &outbound }
        }
    }
}

/// A recording's file format.
public enum AudioFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// RIFF WAVE, PCM 16-bit little-endian.
    case wav
    /// MPEG-1/2/2.5 Layer III through libmp3lame, with a Xing/LAME header so readers know its length.
    case mp3

    public var fileExtension: String { rawValue }

    /// The media type of the file: `audio/wav` or `audio/mpeg`.
    public var mediaType: String {
        switch self {
        case .wav: "audio/wav"
        case .mp3: "audio/mpeg"
        }
    }
}

/// A stretch of the recording's timeline.
public enum CapturePart: Sendable, Hashable, Codable {
    /// The tracks' audio over `[start, end)` of call time, in milliseconds.
    case audio(start: Int64, end: Int64)
    /// Silence of this many milliseconds (a pause whose behaviour is `silence`).
    case silence(milliseconds: Int64)
}

/// What to record and how: the recorder's whole input besides the call's audio.
public struct RecordingRequest: Sendable, Hashable {
    /// The file's base name, without extension (a recording SID or a custom name).
    public var name: String
    public var format: AudioFormat
    /// Samples per second of the file: 8000 by default, as telephony records.
    public var sampleRate: Int
    /// One entry per output channel, each the mix of its tracks: `[[.inbound, .outbound]]` is a
    /// mono mix, `[[.inbound], [.outbound]]` dual with the parent leg on channel 1, `[[.inbound]]`
    /// a single track.
    public var channels: [[Track]]
    /// The recording's timeline in order: captured spans, with pauses skipped or as silence.
    public var parts: [CapturePart]
    /// Removes leading and trailing silence, measured on the rendered samples; a recording that
    /// is silence throughout is kept whole (`AudioArtifact.isSilent` says so).
    public var trimSilence: Bool

    public init(
        name: String, format: AudioFormat = .wav, sampleRate: Int = 8000, channels: [[Track]],
        parts: [CapturePart], trimSilence: Bool = false
    ) {
        self.name = name
        self.format = format
        self.sampleRate = sampleRate
        self.channels = channels
        self.parts = parts
        self.trimSilence = trimSilence
    }

    /// The file name the recording is stored under.
    public var fileName: String { name + "." + format.fileExtension }
}

/// What a rendered recording contains, measured on the audio itself.
public struct AudioArtifact: Sendable, Hashable, Codable {
    public var fileName: String
    public var format: AudioFormat
    public var channels: Int
    public var sampleRate: Int
    /// Sample frames in the file (after trimming), one per channel per sampling instant.
    public var frames: Int64
    /// `frames` in whole milliseconds, rounded down.
    public var durationMilliseconds: Int64
    /// FNV-1a 64 of the PCM frames as 16-bit little-endian interleaved samples read in 64-bit
    /// little-endian words (a partial last word zero-filled), in hex: the same
    /// for a WAV and an MP3 of the same audio, and independent of the encoder's version.
    public var checksum: String
    /// Size of the file in bytes (0 when nothing was written).
    public var bytes: Int64
    /// Milliseconds of the timeline dropped at the start by trimming.
    public var trimmedStart: Int64
    /// No sample above the silence threshold: nothing but silence was captured.
    public var isSilent: Bool

    public init(
        fileName: String, format: AudioFormat, channels: Int, sampleRate: Int, frames: Int64,
        durationMilliseconds: Int64, checksum: String, bytes: Int64, trimmedStart: Int64, isSilent: Bool
    ) {
        self.fileName = fileName
        self.format = format
        self.channels = channels
        self.sampleRate = sampleRate
        self.frames = frames
        self.durationMilliseconds = durationMilliseconds
        self.checksum = checksum
        self.bytes = bytes
        self.trimmedStart = trimmedStart
        self.isSilent = isSilent
    }
}

/// A recording's metadata document, shaped like the platforms' Recording resource. Written as
/// `<name>.json` beside the audio (snake_case keys, sorted), read back by the recordings store.
public struct RecordingMetadata: Sendable, Hashable, Codable {
    public var sid: String
    public var accountSid: String
    public var callSid: String
    public var conferenceSid: String?
    /// `RecordVerb`, `DialVerb`, `Conference`, `StartCallRecordingAPI`, `OutboundAPI`, …
    public var source: String
    /// `completed`, `absent` or `failed`.
    public var status: String
    public var channels: Int
    /// `inbound`, `outbound` or `both`.
    public var track: String
    public var format: AudioFormat
    /// When capture started on the virtual clock, RFC 2822 (`Thu, 01 Jan 2026 00:00:05 +0000`).
    public var startTime: String
    /// The same instant as Unix seconds: what filters and sorting use.
    public var created: Int64
    /// Whole seconds after trimming, as `RecordingDuration` reports it.
    public var duration: Int
    public var durationMilliseconds: Int64
    public var sampleRate: Int
    /// 16101 (too short), 16102 (silent) or another platform code when `absent`; nil otherwise.
    public var errorCode: Int?
    /// Why the recording is absent or failed, in words.
    public var reason: String?
    /// The audio file's name in the same directory; nil when there is no audio.
    public var file: String?
    /// The URL the platform serves the audio at.
    public var url: String?
    public var from: String
    public var to: String
    /// Platform extras by name: `name`, `client_state`, `origin`, `label`, `media_name`, …
    public var labels: [String: String]

    public init(
        sid: String, accountSid: String, callSid: String, conferenceSid: String? = nil, source: String,
        status: String, channels: Int, track: String, format: AudioFormat, startTime: String, created: Int64,
        duration: Int, durationMilliseconds: Int64, sampleRate: Int, errorCode: Int? = nil, reason: String? = nil,
        file: String? = nil, url: String? = nil, from: String, to: String, labels: [String: String] = [:]
    ) {
        self.sid = sid
        self.accountSid = accountSid
        self.callSid = callSid
        self.conferenceSid = conferenceSid
        self.source = source
        self.status = status
        self.channels = channels
        self.track = track
        self.format = format
        self.startTime = startTime
        self.created = created
        self.duration = duration
        self.durationMilliseconds = durationMilliseconds
        self.sampleRate = sampleRate
        self.errorCode = errorCode
        self.reason = reason
        self.file = file
        self.url = url
        self.from = from
        self.to = to
        self.labels = labels
    }

    // Package-wide: the recordings store reads documents by the same names.
    package enum CodingKeys: String, CodingKey {
        case sid
        case accountSid = "account_sid"
        case callSid = "call_sid"
        case conferenceSid = "conference_sid"
        case source, status, channels, track, format
        case startTime = "start_time"
        case created, duration
        case durationMilliseconds = "duration_ms"
        case sampleRate = "sample_rate"
        case errorCode = "error_code"
        case reason, file, url, from, to, labels
    }
}

/// Why a recording could not be written. Carries the path and the system's words.
public struct RecorderError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// The output directory is missing or cannot be written.
        case unwritableDirectory = "unwritable-directory"
        /// A write failed (disk full, I/O error).
        case writeFailed = "write-failed"
        /// A clip is not a PCM WAV file the recorder can read.
        case unreadableClip = "unreadable-clip"
        /// The encoder refused the audio or its settings.
        case encoderFailed = "encoder-failed"
    }

    public var kind: Kind
    public var path: String?
    public var message: String

    public init(_ kind: Kind, path: String? = nil, _ message: String) {
        self.kind = kind
        self.path = path
        self.message = message
    }

    public var description: String { path.map { "\($0): \(message)" } ?? message }
}

/// A rendered recording waiting to be stored or discarded: its measurements and, for backends
/// that write files, the temporary file holding the audio (never under the final name).
public struct RenderedRecording: Sendable {
    public var artifact: AudioArtifact
    public var temporaryPath: String?

    public init(artifact: AudioArtifact, temporaryPath: String?) {
        self.artifact = artifact
        self.temporaryPath = temporaryPath
    }
}

/// Where recordings go. Rendering and storing are separate so the caller can decide, after
/// measuring the audio (silent? too short?), whether the recording is kept or reported absent.
public protocol RecorderBackend: Sendable {
    /// Renders the request's audio (synthesis, layout, trim, encoding) and measures it.
    func render(_ request: RecordingRequest, audio: CallAudio) throws(RecorderError) -> RenderedRecording
    /// Makes a rendered recording final under its name (atomically) and writes its metadata;
    /// with nil, writes the metadata of a recording without audio (`absent`, `failed`).
    func store(_ rendered: RenderedRecording?, metadata: RecordingMetadata) throws(RecorderError)
    /// Drops a rendered recording that will not be kept: its temporary file is removed.
    func discard(_ rendered: RenderedRecording)
}
