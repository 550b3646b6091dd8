import Foundation

/// Writes recordings as files in one directory: `<name>.<ext>` and its metadata `<name>.json`.
/// Audio is rendered into a hidden temporary file beside the final one and renamed into place
/// only when stored, so a reader never sees a half-written recording under its final name.
public struct FileSystemRecorder: RecorderBackend {
    public let directory: String

    /// The directory is created (with its parents) when the first recording is rendered.
    public init(directory: String) {
        self.directory = directory
    }

    public func render(_ request: RecordingRequest, audio: CallAudio) throws(RecorderError) -> RenderedRecording {
        try validate(request)
        try checkFileName(request.name)
        try createDirectory(directory)
        let temporary = path(temporaryNameFor: request.fileName)
        let output = try FileOutput(creating: temporary)
        do throws(RecorderError) {
            let channels = request.channels.count
            let sink: PCMSink =
                switch request.format {
                case .wav: try WAVFileSink(output: output, channels: channels, sampleRate: request.sampleRate)
                case .mp3: try MP3FileSink(output: output, channels: channels, sampleRate: request.sampleRate)
                }
            let artifact = try renderRecording(request, audio: audio, into: sink)
            try output.close()
            return RenderedRecording(artifact: artifact, temporaryPath: temporary)
        } catch {
            try? output.close()
            removeQuietly(temporary)
            throw error
        }
    }

    /// The metadata is named after the audio (`<name>.json`), or after `metadata.sid` when there
    /// is no audio. It is written to a temporary file first, then both are renamed into place.
    public func store(_ rendered: RenderedRecording?, metadata: RecordingMetadata) throws(RecorderError) {
        let baseName: String
        if let rendered {
            let fileName = rendered.artifact.fileName
            let suffix = "." + rendered.artifact.format.fileExtension
            baseName = fileName.hasSuffix(suffix) ? String(fileName.dropLast(suffix.count)) : fileName
        } else {
            baseName = metadata.sid
        }
        do throws(RecorderError) {
            try checkFileName(baseName)
            try createDirectory(directory)
        } catch {
            if let temporary = rendered?.temporaryPath { removeQuietly(temporary) }
            throw error
        }
        let jsonName = baseName + ".json"
        let jsonTemporary = path(temporaryNameFor: jsonName)
        do throws(RecorderError) {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            let document: Data
            do {
                document = try encoder.encode(metadata) + Data("\n".utf8)
            } catch {
                throw RecorderError(.writeFailed, path: jsonTemporary, "cannot encode metadata: \(error)")
            }
            let output = try FileOutput(creating: jsonTemporary)
            try output.write([UInt8](document))
            try output.close()
            if let rendered, let temporary = rendered.temporaryPath {
                try renameFile(temporary, to: path(rendered.artifact.fileName))
            }
            try renameFile(jsonTemporary, to: path(jsonName))
        } catch {
            removeQuietly(jsonTemporary)
            if let temporary = rendered?.temporaryPath { removeQuietly(temporary) }
            throw error
        }
    }

    public func discard(_ rendered: RenderedRecording) {
        if let temporary = rendered.temporaryPath { removeQuietly(temporary) }
    }

    private func path(_ fileName: String) -> String {
        directory.hasSuffix("/") ? directory + fileName : directory + "/" + fileName
    }

    private func path(temporaryNameFor fileName: String) -> String {
        path("." + fileName + ".partial")
    }

    private func checkFileName(_ name: String) throws(RecorderError) {
        guard !name.isEmpty, name != ".", name != "..", !name.contains("/"), !name.contains("\0") else {
            throw RecorderError(.writeFailed, path: path(name), "not a usable file name")
        }
    }
}

/// Renders and measures without writing anything: golden tests get the same frames, duration,
/// checksum, silence and trim as ``FileSystemRecorder`` with no disk involved. `bytes` is the size
/// the WAV file would have, and 0 for MP3 (only encoding would tell).
public struct MeasuringRecorder: RecorderBackend {
    public init() {}

    public func render(_ request: RecordingRequest, audio: CallAudio) throws(RecorderError) -> RenderedRecording {
        try validate(request)
        return RenderedRecording(artifact: try renderRecording(request, audio: audio, into: nil), temporaryPath: nil)
    }

    public func store(_ rendered: RenderedRecording?, metadata: RecordingMetadata) throws(RecorderError) {}

    public func discard(_ rendered: RenderedRecording) {}
}
