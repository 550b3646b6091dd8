import Foundation

/// The levels and tones the recorder synthesises, in one place so docs/recorder.md can quote them.
/// Amplitudes are peak values in Q15 (32768 = full scale); for a sine, peak dBFS equals dBFS.
enum SoundLevels {
    /// The recording beep: 1000 Hz (the tone Twilio's and most voicemail beeps are near) at -8 dBFS.
    static let beepFrequency = 1000
    static let beepAmplitude: Int32 = 13045
    /// Each of a DTMF key's two tones at -10 dBFS.
    static let dtmfAmplitude: Int32 = 10362
    /// Each of ringback's two tones at -16 dBFS.
    static let ringbackAmplitude: Int32 = 5193
    /// A sample is silent when its magnitude is below this (about -54 dBFS): trimming and
    /// `isSilent` look at the rendered samples against it.
    static let silenceThreshold: Int16 = 64
}

/// Whether a sample reaches the silence threshold: one comparison, `-63...63` is silent.
@inline(__always)
func isLoud(_ sample: Int16) -> Bool {
    UInt16(bitPattern: sample &+ (SoundLevels.silenceThreshold - 1)) > UInt16(2 * (SoundLevels.silenceThreshold - 1))
}

private let sineTableSize = 4096

/// One sine period, Q15. Tones index it by exact integer phase so any sample can be computed alone.
private let sineTable: [Int16] = (0..<sineTableSize).map {
    Int16((sin(2 * Double.pi * Double($0) / Double(sineTableSize)) * 32767).rounded())
}

/// High-passed noise (a fricative's hiss) for the unvoiced bursts of speech, RMS about -14 dBFS.
private let noiseTableSize = 8192
private let noiseTable: [Int16] = {
    var state: UInt64 = 0x6e6f_6973_6521
    var previous = 0.0
    var raw: [Double] = []
    raw.reserveCapacity(noiseTableSize)
    for _ in 0..<noiseTableSize {
        state = splitMix(state)
        let white = Double(state >> 11) / Double(1 << 53) * 2 - 1
        raw.append(white - 0.85 * previous)
        previous = white
    }
    let rms = (raw.reduce(0) { $0 + $1 * $1 } / Double(raw.count)).squareRoot()
    return raw.map { Int16(clamping: Int(($0 / rms * 6500).rounded())) }
}()

/// SplitMix64's finaliser: a well-mixed hash of one 64-bit word.
@inline(__always)
func splitMix(_ value: UInt64) -> UInt64 {
    var z = value &+ 0x9e37_79b9_7f4a_7c15
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
}

/// The low and high frequencies of a DTMF key, nil for anything else.
func dtmfFrequencies(_ key: String) -> (low: Int, high: Int)? {
    let rows = [697, 770, 852, 941]
    let columns = [1209, 1336, 1477, 1633]
    let layout = ["123A", "456B", "789C", "*0#D"]
    let upper = key.uppercased()
    guard upper.count == 1 else { return nil }
    for (row, keys) in layout.enumerated() {
        if let column = keys.firstIndex(of: Character(upper)) {
            return (rows[row], columns[keys.distance(from: keys.startIndex, to: column)])
        }
    }
    return nil
}

/// The fixed character of a voice: its pitch range and vocal-tract length.
struct VoiceProfile: Hashable, Sendable {
    var seed: UInt64
    /// Mid pitch in Hz, 108–208; intonation moves it between -18 % and +20 % (88–250 Hz).
    var basePitch: Double
    /// Formant frequencies scale with a shorter or longer vocal tract.
    var formantScale: Double

    init(voice: UInt64) {
        seed = splitMix(voice ^ 0x766f_6963_6500)
        basePitch = 108 + Double(seed % 1000) / 1000 * 100
        formantScale = 0.92 + Double((seed >> 12) % 1000) / 1000 * 0.22
    }
}

/// A vowel's first three formants (Hz, adult male averages) and bandwidths.
private let vowels: [(f1: Double, f2: Double, f3: Double)] = [
    (270, 2290, 3010), (390, 1990, 2550), (530, 1840, 2480), (660, 1720, 2410), (730, 1090, 2440),
    (570, 840, 2410), (440, 1020, 2240), (300, 870, 2240), (640, 1190, 2390), (490, 1350, 1690),
]
private let formantBandwidths = (90.0, 110.0, 170.0)

/// Syllables are this long, aligned to call time zero: about 4.5 per second.
private let syllableMilliseconds = 220

/// Voiced period tables are normalised to this RMS (Q15); with the envelopes, pauses and
/// syllable amplitudes, speech comes out near -18 dBFS RMS.
private let voicedTableRMS = 7100.0

/// A syllable's parameters: a pure function of the voice and the syllable's index.
private struct Syllable {
    var voiced: Bool
    var vowel: Int
    var period: Int
    var amplitude: Int32
    var burst: Bool
    var burstAmplitude: Int32

    init(voice: VoiceProfile, index: Int64, sampleRate: Int) {
        let hash = splitMix(voice.seed ^ UInt64(bitPattern: index) &* 0x9e37_79b9_7f4a_7c15)
        // About one syllable in eight is a pause between words.
        voiced = hash % 100 >= 12
        vowel = Int((hash >> 8) % UInt64(vowels.count))
        // Intonation: phrases of seven syllables falling in pitch, each phrase a little higher or
        // lower, each syllable a little jittered.
        let phrase = index >= 0 ? index / 7 : (index - 6) / 7
        let position = Double(index - phrase * 7)
        let phraseHash = splitMix(voice.seed &+ UInt64(bitPattern: phrase))
        let phraseLift = 0.94 + Double(phraseHash % 1000) / 1000 * 0.12
        let jitter = 0.97 + Double((hash >> 16) & 0xff) / 255 * 0.06
        let pitch = voice.basePitch * (1.1 - 0.2 * position / 6) * phraseLift * jitter
        period = max(2, Int((Double(sampleRate) / pitch).rounded()))
        amplitude = Int32(19660 + (hash >> 24) % 13107)  // 0.6–1.0
        burst = (hash >> 40) % 100 < 35
        burstAmplitude = Int32(9830 + (hash >> 48) % 9830)  // 0.3–0.6
    }
}

/// A clip decoded to mono 16-bit samples at its own rate.
struct DecodedClip: Sendable {
    var samples: [Int16]
    var sampleRate: Int
}

/// Period tables shared by every render in the process: they are a pure function of the sample
/// rate, voice, vowel and period, and building one (a sum of harmonics per sample) was a third of
/// the time of a short call. Bounded: cleared when full.
final class PeriodTableCache: @unchecked Sendable {
    struct Key: Hashable {
        var sampleRate: Int
        var voice: UInt64
        var vowel: Int
        var period: Int
    }

    static let shared = PeriodTableCache()
    private let lock = NSLock()
    private var tables: [Key: [Int16]] = [:]
    private let capacity = 8192

    func table(_ key: Key, build: () -> [Int16]) -> [Int16] {
        if let table = lock.withLock({ tables[key] }) { return table }
        let table = build()
        lock.withLock {
            if tables.count >= capacity { tables.removeAll(keepingCapacity: true) }
            tables[key] = table
        }
        return table
    }
}

/// A syllable's amplitude envelopes, shared by every render in the process: a pure function of
/// the sample rate, and computing them (a cosine per sample) was a tenth of a short call's render.
final class SyllableEnvelopes: @unchecked Sendable {
    struct Envelopes {
        /// The voiced part's amplitude over a syllable, Q15: rises, holds, falls to zero, then a gap.
        var voiced: [Int32]
        var burst: [Int32]
    }

    static let shared = SyllableEnvelopes()
    private let lock = NSLock()
    private var bySyllableLength: [Int: Envelopes] = [:]

    func envelopes(syllableLength length: Int, voicedEnd: Int, burstLength: Int) -> Envelopes {
        if let envelopes = lock.withLock({ bySyllableLength[length] }) { return envelopes }
        let envelopes = Self.build(syllableLength: length, voicedEnd: voicedEnd, burstLength: burstLength)
        lock.withLock { bySyllableLength[length] = envelopes }
        return envelopes
    }

    private static func build(syllableLength length: Int, voicedEnd: Int, burstLength: Int) -> Envelopes {
        let attack = length / 5
        let holdEnd = length * 3 / 5
        let release = voicedEnd - holdEnd
        let voiced: [Int32] = (0..<length).map { position in
            let gain: Double
            if position < attack {
                gain = 0.5 - 0.5 * cos(Double.pi * Double(position) / Double(attack))
            } else if position < holdEnd {
                gain = 1
            } else if position < voicedEnd {
                gain = 0.5 + 0.5 * cos(Double.pi * Double(position - holdEnd) / Double(release))
            } else {
                gain = 0
            }
            return Int32((gain * 32767).rounded())
        }
        let peak = burstLength * 3 / 10
        let burst: [Int32] = (0..<burstLength).map { position in
            let gain =
                position < peak
                ? Double(position) / Double(max(1, peak)) : Double(burstLength - position) / Double(burstLength - peak)
            return Int32((gain * 32767).rounded())
        }
        return Envelopes(voiced: voiced, burst: burst)
    }
}

/// Renders sounds into 32-bit accumulators (mixing is addition; the caller saturates).
/// Every sample is computed from its absolute index in call time, so any range renders alone.
final class Synthesizer {
    let sampleRate: Int
    private let syllableLength: Int
    private let voicedEnd: Int
    private let burstLength: Int
    /// The voiced part's amplitude over a syllable, Q15: rises, holds, falls to zero, then a gap.
    private let envelope: [Int32]
    private let burstEnvelope: [Int32]
    private var decodedClips: [String: DecodedClip] = [:]
    private let clipFiles: [String: [UInt8]]

    init(sampleRate: Int, clips: [String: [UInt8]]) {
        self.sampleRate = sampleRate
        clipFiles = clips
        let length = max(16, sampleRate * syllableMilliseconds / 1000)
        syllableLength = length
        let voicedEnd = length * 41 / 50
        let burstLength = max(1, length * 3 / 25)
        self.voicedEnd = voicedEnd
        self.burstLength = burstLength
        let envelopes = SyllableEnvelopes.shared.envelopes(
            syllableLength: length, voicedEnd: voicedEnd, burstLength: burstLength)
        envelope = envelopes.voiced
        burstEnvelope = envelopes.burst
    }

    // MARK: Tones

    /// Adds a sine of `frequency` Hz over absolute samples `[first, first + count)`. The phase is
    /// kept as an exact fraction of the sample rate, so chunk boundaries change nothing.
    func addTone(frequency: Int, amplitude: Int32, first: Int64, count: Int, into output: UnsafeMutablePointer<Int32>) {
        let rate = Int64(sampleRate)
        let step = Int64(frequency) % rate
        var phase = Int64((first % rate) * step % rate)
        let scale = (UInt64(sineTableSize) << 32) / UInt64(rate)
        sineTable.withUnsafeBufferPointer { sine in
            for index in 0..<count {
                let entry = Int((UInt64(phase) &* scale) >> 32)
                output[index] &+= (Int32(sine[entry]) &* amplitude) >> 15
                phase += step
                if phase >= rate { phase -= rate }
            }
        }
    }

    /// Ringback: 440 + 480 Hz, two seconds on and four off, counted from the segment's start.
    func addRingback(segmentStart: Int64, first: Int64, count: Int, into output: UnsafeMutablePointer<Int32>) {
        let cycle = Int64(sampleRate) * 6
        let on = Int64(sampleRate) * 2
        var sample = first
        let end = first + Int64(count)
        while sample < end {
            let position = ((sample - segmentStart) % cycle + cycle) % cycle
            let pieceEnd = min(end, sample + (position < on ? on - position : cycle - position))
            if position < on {
                let offset = Int(sample - first)
                let length = Int(pieceEnd - sample)
                addTone(
                    frequency: 440, amplitude: SoundLevels.ringbackAmplitude, first: sample, count: length,
                    into: output + offset)
                addTone(
                    frequency: 480, amplitude: SoundLevels.ringbackAmplitude, first: sample, count: length,
                    into: output + offset)
            }
            sample = pieceEnd
        }
    }

    // MARK: Speech

    /// Adds speech in `voice` over absolute samples `[first, first + count)`. Each syllable loops
    /// one precomputed pitch period (shaped by the syllable's formants) under its envelope, so the
    /// inner loop is a table read and two multiplies.
    func addSpeech(voice: VoiceProfile, first: Int64, count: Int, into output: UnsafeMutablePointer<Int32>) {
        let length = Int64(syllableLength)
        var sample = first
        let end = first + Int64(count)
        while sample < end {
            let index = sample >= 0 ? sample / length : (sample - length + 1) / length
            let syllableStart = index * length
            let pieceEnd = min(end, syllableStart + length)
            let from = Int(sample - syllableStart)
            let out = output + Int(sample - first)
            let syllable = Syllable(voice: voice, index: index, sampleRate: sampleRate)
            if syllable.voiced {
                let to = min(Int(pieceEnd - syllableStart), voicedEnd)
                if from < to {
                    let table = periodTable(voice: voice, vowel: syllable.vowel, period: syllable.period)
                    addVoiced(table, amplitude: syllable.amplitude, from: from, to: to, into: out)
                }
                if syllable.burst {
                    let burstTo = min(Int(pieceEnd - syllableStart), burstLength)
                    if from < burstTo {
                        addBurst(
                            amplitude: syllable.burstAmplitude, syllableStart: syllableStart, from: from, to: burstTo,
                            into: out)
                    }
                }
            }
            sample = pieceEnd
        }
    }

    /// `output[0]` is the sample at syllable position `from`.
    private func addVoiced(
        _ table: [Int16], amplitude: Int32, from: Int, to: Int, into output: UnsafeMutablePointer<Int32>
    ) {
        table.withUnsafeBufferPointer { period in
            envelope.withUnsafeBufferPointer { envelope in
                let periodLength = period.count
                var phase = from % periodLength
                var position = from
                // In runs up to the period's end: a loop with no wrap test vectorises.
                while position < to {
                    let run = min(to - position, periodLength - phase)
                    let samples = period.baseAddress! + phase
                    let gains = envelope.baseAddress! + position
                    let out = output + (position - from)
                    Self.mix(samples, gains: gains, amplitude: amplitude, into: out, count: run)
                    position += run
                    phase += run
                    if phase == periodLength { phase = 0 }
                }
            }
        }
    }

    /// Adds `count` samples, each scaled by its envelope gain and `amplitude` (Q15), to `out`: the
    /// one mixing loop of voiced sound and bursts, with no wrap test so it vectorises.
    @inline(__always)
    private static func mix(
        _ samples: UnsafePointer<Int16>, gains: UnsafePointer<Int32>, amplitude: Int32,
        into out: UnsafeMutablePointer<Int32>, count: Int
    ) {
        for index in 0..<count {
            let gain = (gains[index] &* amplitude) >> 15
            out[index] &+= (Int32(samples[index]) &* gain) >> 15
        }
    }

    private func addBurst(
        amplitude: Int32, syllableStart: Int64, from: Int, to: Int, into output: UnsafeMutablePointer<Int32>
    ) {
        let mask = noiseTableSize - 1
        let base = Int(truncatingIfNeeded: syllableStart) &* 7919
        noiseTable.withUnsafeBufferPointer { noise in
            burstEnvelope.withUnsafeBufferPointer { envelope in
                var position = from
                // In runs up to the noise table's end, as for voiced sound.
                while position < to {
                    let start = (base &+ position) & mask
                    let run = min(to - position, noiseTableSize - start)
                    let samples = noise.baseAddress! + start
                    let gains = envelope.baseAddress! + position
                    let out = output + (position - from)
                    Self.mix(samples, gains: gains, amplitude: amplitude, into: out, count: run)
                    position += run
                }
            }
        }
    }

    /// One pitch period of a vowel: harmonics of the pitch through a cascade of three formant
    /// resonances (their magnitudes and phases) over a falling glottal spectrum, band-limited to
    /// telephone speech. Cached: a render reuses a few hundred of them.
    private func periodTable(voice: VoiceProfile, vowel: Int, period: Int) -> [Int16] {
        // Straight from the shared cache: a copy per render (a fresh dictionary filled with
        // every table the render used) cost more than the uncontended lock it saved.
        PeriodTableCache.shared.table(
            PeriodTableCache.Key(sampleRate: sampleRate, voice: voice.seed, vowel: vowel, period: period)
        ) { buildPeriodTable(voice: voice, vowel: vowel, period: period) }
    }

    private func buildPeriodTable(voice: VoiceProfile, vowel: Int, period: Int) -> [Int16] {
        let rate = Double(sampleRate)
        let pitch = rate / Double(period)
        let formants = vowels[vowel]
        let resonances = [
            (formants.f1 * voice.formantScale, formantBandwidths.0),
            (formants.f2 * voice.formantScale, formantBandwidths.1),
            (formants.f3 * voice.formantScale, formantBandwidths.2),
        ]
        let highest = min(3600, rate * 0.45)
        var harmonics: [(amplitude: Double, phase: Double)] = []
        var harmonic = 1
        while Double(harmonic) * pitch < highest {
            let frequency = Double(harmonic) * pitch
            var magnitude = 1 / Double(harmonic)
            var phase = 0.0
            for (center, bandwidth) in resonances {
                let real = center * center - frequency * frequency
                let imaginary = bandwidth * frequency
                magnitude *= center * center / (real * real + imaginary * imaginary).squareRoot()
                phase -= atan2(imaginary, real)
            }
            harmonics.append((magnitude, phase))
            harmonic += 1
        }
        var values = [Double](repeating: 0, count: period)
        for position in 0..<period {
            let angle = 2 * Double.pi * Double(position) / Double(period)
            var value = 0.0
            for (index, component) in harmonics.enumerated() {
                value += component.amplitude * sin(angle * Double(index + 1) + component.phase)
            }
            values[position] = value
        }
        let rms = (values.reduce(0) { $0 + $1 * $1 } / Double(period)).squareRoot()
        let gain = rms > 0 ? voicedTableRMS / rms : 0
        return values.map { Int16(clamping: Int(($0 * gain).rounded())) }
    }

    // MARK: Clips

    /// Adds a clip's samples: clip time `offset` ms at the segment's start, resampled linearly
    /// from the clip's rate (after a low-pass when the clip is faster, so nothing aliases).
    func addClip(
        key: String, offsetMilliseconds: Int64, segmentStart: Int64, first: Int64, count: Int,
        into output: UnsafeMutablePointer<Int32>
    ) throws(RecorderError) {
        let clip = try decodedClip(key)
        let clipRate = Int64(clip.sampleRate)
        let rate = Int64(sampleRate)
        let base = offsetMilliseconds * clipRate / 1000
        let relative = first - segmentStart
        clip.samples.withUnsafeBufferPointer { samples in
            let length = Int64(samples.count)
            if clipRate == rate {
                for index in 0..<count {
                    let position = base + relative + Int64(index)
                    if position >= length { break }
                    if position >= 0 { output[index] &+= Int32(samples[Int(position)]) }
                }
                return
            }
            let numerator = relative * clipRate
            var position = base + numerator / rate
            var fraction = numerator % rate
            for index in 0..<count {
                if position >= length { break }
                if position >= 0 {
                    let current = Int64(samples[Int(position)])
                    let next = position + 1 < length ? Int64(samples[Int(position + 1)]) : 0
                    output[index] &+= Int32(current + (next - current) * fraction / rate)
                }
                fraction += clipRate
                while fraction >= rate {
                    fraction -= rate
                    position += 1
                }
            }
        }
    }

    private func decodedClip(_ key: String) throws(RecorderError) -> DecodedClip {
        if let clip = decodedClips[key] { return clip }
        guard let bytes = clipFiles[key] else {
            throw RecorderError(.unreadableClip, path: key, "no clip with this key in the call's audio")
        }
        let cacheKey = DecodedClipCache.Key(bytes, sampleRate: sampleRate)
        if let clip = DecodedClipCache.shared[cacheKey] {
            decodedClips[key] = clip
            return clip
        }
        let parsed = WAVLayout.parse(fileSize: Int64(bytes.count)) { offset, count in
            let start = Int(min(offset, Int64(bytes.count)))
            return Array(bytes[start..<min(bytes.count, start + count)])
        }
        let layout: WAVLayout
        switch parsed {
        case .success(let value): layout = value
        case .failure(let error): throw RecorderError(.unreadableClip, path: key, error.message)
        }
        var samples = [Int16](repeating: 0, count: Int(layout.frames))
        bytes.withUnsafeBytes { raw in
            let data = UnsafeRawBufferPointer(rebasing: raw[Int(layout.dataOffset)...])
            samples.withUnsafeMutableBufferPointer { output in
                layout.decode(data, frames: Int(layout.frames), mono: true, into: output.baseAddress!)
            }
        }
        if layout.sampleRate > sampleRate {
            samples = lowPass(samples, cutoff: 0.45 * Double(sampleRate) / Double(layout.sampleRate))
        }
        let clip = DecodedClip(samples: samples, sampleRate: layout.sampleRate)
        decodedClips[key] = clip
        DecodedClipCache.shared[cacheKey] = clip
        return clip
    }
}

/// Decoded, low-passed clips shared by every render in the process, by content and output rate:
/// the 63-tap low-pass of a 22 050 Hz clip (espeak-ng's speech, a `<Play>`'s WAV) was nearly all of
/// a short call's render when every call recorded the same clip. Bounded: cleared when full.
final class DecodedClipCache: @unchecked Sendable {
    struct Key: Hashable {
        var sampleRate: Int
        var count: Int
        var hash: UInt64

        /// FNV-1a 64 of the file's bytes: keyed by content, not by name, so two scenarios' files
        /// of the same name never share a clip.
        init(_ bytes: [UInt8], sampleRate: Int) {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            self.sampleRate = sampleRate
            count = bytes.count
            self.hash = hash
        }
    }

    static let shared = DecodedClipCache()
    private let lock = NSLock()
    private var clips: [Key: DecodedClip] = [:]
    private var samples = 0
    /// About 15 minutes of 22 050 Hz speech, 40 MB.
    private let capacity = 20_000_000

    subscript(key: Key) -> DecodedClip? {
        get { lock.withLock { clips[key] } }
        set {
            guard let clip = newValue else { return }
            lock.withLock {
                if samples + clip.samples.count > capacity {
                    clips.removeAll()
                    samples = 0
                }
                clips[key] = clip
                samples += clip.samples.count
            }
        }
    }
}

/// A windowed-sinc low-pass (Blackman, 63 taps); `cutoff` is a fraction of the sample rate.
private func lowPass(_ samples: [Int16], cutoff: Double) -> [Int16] {
    let half = 31
    var taps: [Double] = (-half...half).map { offset in
        let x = Double(offset)
        let sinc = offset == 0 ? 2 * cutoff : sin(2 * Double.pi * cutoff * x) / (Double.pi * x)
        let window = 0.42 + 0.5 * cos(Double.pi * x / Double(half)) + 0.08 * cos(2 * Double.pi * x / Double(half))
        return sinc * window
    }
    let sum = taps.reduce(0, +)
    taps = taps.map { $0 / sum }
    var filtered = [Int16](repeating: 0, count: samples.count)
    for index in samples.indices {
        var value = 0.0
        for tap in 0..<taps.count {
            let source = index + tap - half
            if source >= 0 && source < samples.count { value += taps[tap] * Double(samples[source]) }
        }
        filtered[index] = Int16(clamping: Int(value.rounded()))
    }
    return filtered
}
