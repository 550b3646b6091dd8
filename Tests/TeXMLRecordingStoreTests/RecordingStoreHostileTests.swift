import Foundation
import TeXMLRecorder
import Testing

@testable import TeXMLRecordingStore

/// A recordings folder is untrusted input (issue 16): the store never follows a link out of it,
/// never blocks on a FIFO, and says why it skipped a file instead of hiding it.
@Suite("recordings store: hostile folders")
struct RecordingStoreHostileTests {
    let fixture: RecordingsFixture
    let outside: String

    init() throws {
        fixture = try RecordingsFixture()
        outside =
            FileManager.default.temporaryDirectory.appendingPathComponent("texml-outside-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
    }

    @Test func aLinkedMetadataFileIsSkippedAndNamed() throws {
        let secret = RecordingsFixture.metadata(1)
        try JSONEncoder().encode(secret).write(to: URL(fileURLWithPath: outside + "/secret.json"))
        try FileManager.default.createSymbolicLink(
            atPath: fixture.url("linked.json").path, withDestinationPath: outside + "/secret.json")
        let page = try fixture.store.list(RecordingQuery(pageSize: 10))
        #expect(page.recordings.isEmpty)
        #expect(page.skipped.map(\.file) == ["linked.json"])
        #expect(page.skipped.first?.reason == "a symbolic link, not followed out of the folder")
    }

    @Test func aFIFONamedLikeMetadataIsSkippedWithoutBlocking() throws {
        try fixture.populate(0..<2)
        #expect(mkfifo(fixture.url("pipe.json").path, 0o644) == 0)
        let page = try fixture.store.list(RecordingQuery(pageSize: 10))
        #expect(page.recordings.count == 2)
        #expect(page.skipped.map(\.file) == ["pipe.json"])
        #expect(page.skipped.first?.reason.hasPrefix("not a regular file") == true)
    }

    @Test func audioLinkedOutOfTheFolderIsNotServed() throws {
        var metadata = RecordingsFixture.metadata(1)
        metadata.format = .wav
        metadata.file = metadata.sid + ".wav"
        try fixture.write(metadata, audio: false)
        _ = FileManager.default.createFile(atPath: outside + "/passwd", contents: Data("root:x:0:0".utf8))
        try FileManager.default.createSymbolicLink(
            atPath: fixture.url(metadata.sid + ".wav").path, withDestinationPath: outside + "/passwd")
        #expect {
            try fixture.store.media(metadata.sid)
        } throws: { error in
            let error = error as? RecordingStoreError
            return error?.kind == .mediaMissing && error?.message.contains("symbolic link") == true
        }
        #expect(RecordingStore.openRegularFile(fixture.url(metadata.sid + ".wav").path) == .failure(.symbolicLink))
    }

    @Test func aFIFOAsAudioIsRefusedWithoutBlocking() throws {
        let path = outside + "/audio.wav"
        #expect(mkfifo(path, 0o644) == 0)
        #expect(RecordingStore.openRegularFile(path) == .failure(.notRegular))
        #expect(!RecordingStore.isRegularFile(path))
    }
}
