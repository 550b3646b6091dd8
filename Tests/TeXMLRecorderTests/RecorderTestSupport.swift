import Foundation
import Testing

@testable import TeXMLRecorder

/// Collects rendered frames in memory: tests look at samples without a file.
final class CollectingSink: PCMSink {
    var samples: [Int16] = []

    func write(_ samples: UnsafeMutableBufferPointer<Int16>) throws(RecorderError) {
        self.samples.append(contentsOf: samples)
    }

    func finish() throws(RecorderError) -> Int64 { 0 }
}

/// Renders a request and returns its artifact with the interleaved samples.
func renderSamples(_ request: RecordingRequest, audio: CallAudio) throws -> (AudioArtifact, [Int16]) {
    let sink = CollectingSink()
    let artifact = try renderRecording(request, audio: audio, into: sink)
    return (artifact, sink.samples)
}

/// One channel out of interleaved samples, as Doubles.
func channel(_ samples: [Int16], _ index: Int, of count: Int) -> [Double] {
    stride(from: index, to: samples.count, by: count).map { Double(samples[$0]) }
}

func rms(_ values: ArraySlice<Double>) -> Double {
    values.isEmpty ? 0 : (values.reduce(0) { $0 + $1 * $1 } / Double(values.count)).squareRoot()
}

func rms(_ values: [Double]) -> Double { rms(values[...]) }

func dBFS(_ value: Double) -> Double { 20 * log10(max(value, 1e-9) / 32768) }

/// The amplitude (fraction of full scale) of the `frequency` component of `values`, through a
/// Hann-windowed Goertzel filter: a sine of amplitude A reads about A.
func toneAmplitude(_ values: ArraySlice<Double>, frequency: Double, sampleRate: Double) -> Double {
    let count = values.count
    let coefficient = 2 * cos(2 * Double.pi * frequency / sampleRate)
    var previous = 0.0
    var beforePrevious = 0.0
    var windowSum = 0.0
    for (offset, value) in values.enumerated() {
        let window = 0.5 - 0.5 * cos(2 * Double.pi * Double(offset) / Double(count - 1))
        windowSum += window
        let current = value * window + coefficient * previous - beforePrevious
        beforePrevious = previous
        previous = current
    }
    let power = previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious
    return 2 * power.squareRoot() / windowSum / 32768
}

/// A fresh directory under the system's temporary directory.
func temporaryDirectory(_ function: String = #function) throws -> String {
    let name = "texml-recorder-tests-" + function.filter(\.isLetter) + "-" + UUID().uuidString
    let path = (NSTemporaryDirectory() as NSString).appendingPathComponent(name)
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

func fileExists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

/// A WAV file's bytes: `samples` given as raw little-endian sample bytes, with an extra chunk
/// before `data` (readers must skip chunks they do not know).
func wavFile(rawSamples: [UInt8], channels: Int, sampleRate: Int, bits: Int, float: Bool = false) -> [UInt8] {
    var bytes: [UInt8] = []
    func append<Value: FixedWidthInteger>(_ value: Value) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
    let listChunk: [UInt8] = Array("LIST".utf8) + [5, 0, 0, 0] + Array("INFOx".utf8) + [0]
    bytes += "RIFF".utf8
    append(UInt32(4 + 24 + listChunk.count + 8 + rawSamples.count))
    bytes += "WAVEfmt ".utf8
    append(UInt32(16))
    append(UInt16(float ? 3 : 1))
    append(UInt16(channels))
    append(UInt32(sampleRate))
    append(UInt32(sampleRate * channels * bits / 8))
    append(UInt16(channels * bits / 8))
    append(UInt16(bits))
    bytes += listChunk
    bytes += "data".utf8
    append(UInt32(rawSamples.count))
    bytes += rawSamples
    return bytes
}

func wavFile(samples: [Int16], channels: Int = 1, sampleRate: Int) -> [UInt8] {
    var raw: [UInt8] = []
    for sample in samples {
        let bits = UInt16(bitPattern: sample)
        raw += [UInt8(bits & 0xff), UInt8(bits >> 8)]
    }
    return wavFile(rawSamples: raw, channels: channels, sampleRate: sampleRate, bits: 16)
}

/// Deterministic pseudo-random samples.
func noiseSamples(count: Int, seed: UInt64, amplitude: Int = 20000) -> [Int16] {
    var state = seed
    return (0..<count).map { _ in
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int16(Int((state >> 33) % UInt64(2 * amplitude)) - amplitude)
    }
}

/// Runs a tool and returns its standard output; nil when it is not installed.
func runTool(_ path: String, _ arguments: [String]) throws -> String? {
    guard FileManager.default.isExecutableFile(atPath: path) else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(path) \(arguments) failed")
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
}

func speechSegment(_ start: Int64, _ end: Int64, _ voice: UInt64) -> SoundSegment {
    SoundSegment(start: start, end: end, sound: .speech(voice: voice))
}
