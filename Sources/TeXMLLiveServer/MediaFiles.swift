import Foundation
import Hummingbird
import TeXMLRecorder
import TeXMLSimulator

/// A recording's audio as the platform serves it, read from the recorder's folder: the file
/// itself, or an MP3 encoded from the WAV on request (Twilio serves either by extension).
enum MediaFiles {
    static func response(_ media: APIMedia, in folder: String?, path: String) -> Response {
        guard let folder, !media.file.contains("/"), !media.file.hasPrefix(".") else {
            return TwilioRoutes.notFound(path)
        }
        let stored = folder + "/" + media.file
        let storedFormat: AudioFormat = media.file.hasSuffix(".mp3") ? .mp3 : .wav
        let bytes: Data?
        switch (storedFormat, media.format) {
        case (.wav, .wav), (.mp3, .mp3):
            bytes = FileManager.default.contents(atPath: stored)
        case (.wav, .mp3):
            bytes = encodedMP3(stored)
        case (.mp3, .wav):
            bytes = nil
        }
        guard let bytes else { return TwilioRoutes.notFound(path) }
        var headers = HTTPFields()
        headers[.contentType] = media.format == .mp3 ? "audio/mpeg" : "audio/x-wav"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// The WAV at `path` encoded as MP3 into a temporary file, read back and removed.
    private static func encodedMP3(_ path: String) -> Data? {
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("texml-\(UUID().uuidString).mp3")
        defer { try? FileManager.default.removeItem(at: temporary) }
        do {
            try encodeMP3(fromWAV: path, to: temporary.path)
        } catch {
            return nil
        }
        return FileManager.default.contents(atPath: temporary.path)
    }
}
