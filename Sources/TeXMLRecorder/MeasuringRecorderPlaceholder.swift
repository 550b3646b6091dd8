// TEMPORARY until the recorder branch lands: counts frames from the parts, no audio.
public struct MeasuringRecorder: RecorderBackend {
    public init() {}
    public func render(_ request: RecordingRequest, audio: CallAudio) throws(RecorderError) -> RenderedRecording {
        var frames: Int64 = 0
        var silent = true
        for part in request.parts {
            switch part {
            case .audio(let start, let end):
                frames += end * Int64(request.sampleRate) / 1000 - start * Int64(request.sampleRate) / 1000
                for track in Set(request.channels.flatMap { $0 }) {
                    if audio[track].contains(where: { $0.start < end && $0.end > start }) { silent = false }
                }
            case .silence(let milliseconds): frames += milliseconds * Int64(request.sampleRate) / 1000
            }
        }
        return RenderedRecording(
            artifact: AudioArtifact(
                fileName: request.fileName, format: request.format, channels: request.channels.count,
                sampleRate: request.sampleRate, frames: frames,
                durationMilliseconds: frames * 1000 / Int64(request.sampleRate), checksum: "0", bytes: 0,
                trimmedStart: 0, isSilent: silent), temporaryPath: nil)
    }
    public func store(_ rendered: RenderedRecording?, metadata: RecordingMetadata) throws(RecorderError) {}
    public func discard(_ rendered: RenderedRecording) {}
}
public struct FileSystemRecorder: RecorderBackend {
    public init(directory: String) {}
    public func render(_ request: RecordingRequest, audio: CallAudio) throws(RecorderError) -> RenderedRecording {
        try MeasuringRecorder().render(request, audio: audio)
    }
    public func store(_ rendered: RenderedRecording?, metadata: RecordingMetadata) throws(RecorderError) {}
    public func discard(_ rendered: RenderedRecording) {}
}
