import Foundation

/// Writes recordings as files in one directory: `<name>.<ext>` and its metadata `<name>.json`.
/// Audio is rendered into a hidden temporary file beside the final one and renamed into place
/// only when stored, so a reader never sees a half-written recording under its final name.
public struct FileSystemRecorder: RecorderBackend {
    public let directory: String
    /// Creates the temporary file a recording or its metadata is written to before it is
    /// renamed into place; tests substitute one that fails (a full disk).
    let createTemporary: @Sendable (_ finalPath: String) throws(RecorderError) -> FileOutput

    /// The directory is created (with its parents) when the first recording is rendered.
    public init(directory: String) {
        self.init(directory: directory) { (path) throws(RecorderError) in try FileOutput(temporaryFor: path) }
    }

    init(
        directory: String,
        createTemporary: @escaping @Sendable (_ finalPath: String) throws(RecorderError) -> FileOutput
    ) {
        self.directory = directory
        self.createTemporary = createTemporary
    }

    /// Removes the temporary files an interrupted earlier run left in the folder (older than a
    /// minute, so a run writing into the same folder right now keeps its own). Returns their names.
    @discardableResult
    public func removeStaleTemporaries() -> [String] {
        TemporaryFiles.removeStale(in: directory)
    }

    public func render(_ request: RecordingRequest, audio: CallAudio) throws(RecorderError) -> RenderedRecording {
        try validate(request)
        try checkFileName(request.name)
        try createDirectory(directory)
        let output = try createTemporary(path(request.fileName))
        let temporary = output.path
        do throws(RecorderError) {
            let channels = request.channels.count
            let sink: PCMSink =
                switch request.format {
                case .wav: try WAVFileSink(output: output, channels: channels, sampleRate: request.sampleRate)
                case .mp3: try MP3FileSink(output: output, channels: channels, sampleRate: request.sampleRate)
                }
            let artifact = try renderRecording(request, audio: audio, into: sink)
            try output.sync()
            try output.close()
            return RenderedRecording(artifact: artifact, temporaryPath: temporary)
        } catch {
            try? output.close()
            removeQuietly(temporary)
            throw error
        }
    }

    /// The metadata is named after the audio (`<name>.json`), or after `metadata.sid` when there
    /// is no audio. Both are written to temporary files and flushed; then the audio is renamed
    /// into place and the metadata last, and the folder flushed: the metadata file is the
    /// recording's commit point, so a reader that finds it finds the audio complete. A run
    /// killed between the two renames leaves an audio file without metadata, which
    /// `RecordingStore` reports as incomplete rather than listing.
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
        var jsonTemporary = path("." + jsonName + TemporaryFiles.suffix)
        do throws(RecorderError) {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            let document: Data
            do {
                document = try encoder.encode(metadata) + Data("\n".utf8)
            } catch {
                throw RecorderError(.writeFailed, path: jsonTemporary, "cannot encode metadata: \(error)")
            }
            let output = try createTemporary(path(jsonName))
            jsonTemporary = output.path
            try output.write([UInt8](document))
            try output.sync()
            try output.close()
            if let rendered, let temporary = rendered.temporaryPath {
                try renameFile(temporary, to: path(rendered.artifact.fileName))
            }
            try renameFile(jsonTemporary, to: path(jsonName))
            try syncDirectory(directory)
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

    /// A name the folder can hold and a listing can see: a hidden one (starting with ".")
    /// would be a recording `texml recordings` never lists, so it is refused, not written.
    private func checkFileName(_ name: String) throws(RecorderError) {
        guard !name.isEmpty, !name.hasPrefix("."), !name.contains("/"), !name.contains("\0") else {
            throw RecorderError(.writeFailed, path: path(name), "not a usable file name (hidden, empty or a path)")
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
