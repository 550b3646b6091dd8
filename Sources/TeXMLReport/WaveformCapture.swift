import Foundation
public import TeXMLRecorder

/// A recorder that also keeps what a report needs of each recording: its timeline (which call
/// time it captured), its measurements and its waveform peaks. It renders through `inner`, so the
/// files and the trace are exactly those of a run without a report.
public final class WaveformCapture: RecorderBackend, @unchecked Sendable {
    /// What was rendered for one recording.
    public struct Captured: Sendable {
        public var request: RecordingRequest
        public var artifact: AudioArtifact
        /// Nil when the peaks could not be rendered (the recording's own error is the inner
        /// backend's to report).
        public var peaks: WaveformPeaks?
    }

    public let inner: any RecorderBackend
    /// The most min/max pairs kept per channel of one recording: more than a screen is wide,
    /// few enough that a long call's report stays small.
    public let maxBuckets: Int
    // The simulator renders from one thread, but the protocol is Sendable: the lock keeps that
    // promise without assuming it.
    private let lock = NSLock()
    private var byName: [String: Captured] = [:]

    public init(_ inner: any RecorderBackend, maxBuckets: Int = 2000) {
        self.inner = inner
        self.maxBuckets = maxBuckets
    }

    /// The recording rendered under `name` (a recording SID or its custom name).
    public func captured(_ name: String) -> Captured? {
        lock.lock()
        defer { lock.unlock() }
        return byName[name]
    }

    public func render(_ request: RecordingRequest, audio: CallAudio) throws(RecorderError) -> RenderedRecording {
        let rendered = try inner.render(request, audio: audio)
        let peaks = try? WaveformPeaks.render(request, audio: audio, maxBuckets: maxBuckets)
        lock.lock()
        byName[request.name] = Captured(request: request, artifact: rendered.artifact, peaks: peaks)
        lock.unlock()
        return rendered
    }

    public func store(_ rendered: RenderedRecording?, metadata: RecordingMetadata) throws(RecorderError) {
        try inner.store(rendered, metadata: metadata)
    }

    public func discard(_ rendered: RenderedRecording) { inner.discard(rendered) }
}
