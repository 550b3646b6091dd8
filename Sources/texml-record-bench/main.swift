// Drives the recorder for Benchmarks/record: a conversation of the given length (two parties
// speaking in turns with silences between, like a long support call) rendered to one file.
import Foundation
import TeXMLRecorder

let usage = """
    usage: texml-record-bench --out DIR [--seconds N] [--format wav|mp3] [--rate HZ] [--layout dual|mono] \
    [--name NAME] [--trim]
    """

var seconds: Int64 = 3600
var format = AudioFormat.wav
var rate = 8000
var dual = true
var directory: String?
var name = "bench"
var trim = false
var arguments = CommandLine.arguments.dropFirst()[...]
@MainActor func value() -> String {
    guard let next = arguments.popFirst() else {
        FileHandle.standardError.write(Data((usage + "\n").utf8))
        exit(2)
    }
    return next
}
while let argument = arguments.popFirst() {
    switch argument {
    case "--seconds": seconds = Int64(value()) ?? seconds
    case "--format": format = AudioFormat(rawValue: value()) ?? format
    case "--rate": rate = Int(value()) ?? rate
    case "--layout": dual = value() != "mono"
    case "--out": directory = value()
    case "--name": name = value()
    case "--trim": trim = true
    default:
        FileHandle.standardError.write(Data((usage + "\n").utf8))
        exit(2)
    }
}
guard let directory else {
    FileHandle.standardError.write(Data((usage + "\n").utf8))
    exit(2)
}

/// Turns of 3–9 s separated by 0.4–1.5 s, alternating caller (inbound) and agent (outbound).
var audio = CallAudio()
var random: UInt64 = 0x7265_636f_7264
@MainActor func next(_ range: ClosedRange<Int64>) -> Int64 {
    random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return range.lowerBound + Int64((random >> 33) % UInt64(range.upperBound - range.lowerBound + 1))
}
var time: Int64 = 0
var callerSpeaks = true
let end = seconds * 1000
while time < end {
    let turnEnd = min(end, time + next(3000...9000))
    let segment = SoundSegment(start: time, end: turnEnd, sound: .speech(voice: callerSpeaks ? 1 : 2))
    if callerSpeaks { audio.inbound.append(segment) } else { audio.outbound.append(segment) }
    callerSpeaks.toggle()
    time = turnEnd + next(400...1500)
}

let request = RecordingRequest(
    name: name, format: format, sampleRate: rate,
    channels: dual ? [[.inbound], [.outbound]] : [[.inbound, .outbound]],
    parts: [.audio(start: 0, end: end)], trimSilence: trim)
let recorder = FileSystemRecorder(directory: directory)
do {
    let rendered = try recorder.render(request, audio: audio)
    let artifact = rendered.artifact
    try recorder.store(
        rendered,
        metadata: RecordingMetadata(
            sid: name, accountSid: "ACbench", callSid: "CAbench", source: "StartCallRecordingAPI", status: "completed",
            channels: artifact.channels, track: "both", format: format, startTime: "Thu, 01 Jan 2026 00:00:00 +0000",
            created: 1_767_225_600, duration: Int((artifact.durationMilliseconds + 999) / 1000),
            durationMilliseconds: artifact.durationMilliseconds, sampleRate: rate, file: artifact.fileName,
            from: "+15550100", to: "+15550199"))
    print(
        "\(artifact.fileName): \(artifact.channels) ch, \(artifact.sampleRate) Hz, \(artifact.frames) frames, "
            + "\(artifact.durationMilliseconds) ms, \(artifact.bytes) bytes, checksum \(artifact.checksum)")
} catch {
    FileHandle.standardError.write(Data("texml-record-bench: \(error)\n".utf8))
    exit(1)
}
