import Foundation
import TeXMLRecorder
import Testing

@testable import TeXMLRecordingStore

/// Issue 16: what the recorder leaves in a folder is listed, never hidden. Audio whose metadata
/// an interrupted run never renamed into place is reported as skipped, with the reason; a name
/// that would be a hidden file is never written.
@Suite("recordings store: orphaned audio and hidden names")
struct OrphansAndHiddenNamesTests {
    @Test func audioWithoutMetadataIsSkippedWithTheReason() throws {
        let fixture = try RecordingsFixture()
        try fixture.populate(0..<3)
        // A run killed between the audio's rename and the metadata's: the audio is there alone.
        let interrupted = RecordingsFixture.metadata(4)
        try fixture.write(interrupted)
        try FileManager.default.removeItem(at: fixture.url(interrupted.sid + ".json"))
        // Audio a document of another name accounts for is not an orphan.
        try fixture.write(RecordingsFixture.metadata(5), name: "custom-name")
        let page = try fixture.store.list(RecordingQuery(pageSize: 10))
        #expect(page.recordings.count == 4)
        let audio = try #require(interrupted.file)
        #expect(page.skipped.map(\.file) == [audio])
        #expect(
            page.skipped.first?.reason.hasPrefix("audio without metadata: no \(interrupted.sid).json names it") == true)
        // A filter does not hide it either: the folder has a problem whatever the query.
        let filtered = try fixture.store.list(
            RecordingQuery(pageSize: 10, filters: [.equals(key: "call_sid", value: "nobody")]))
        #expect(filtered.recordings.isEmpty && filtered.skipped.map(\.file) == [audio])
    }

    @Test func manyOrphansCostOneReadOfEachDocument() throws {
        // 200 orphans and 200 recordings: each orphan is reported once, in name order.
        let fixture = try RecordingsFixture()
        try fixture.populate(0..<200)
        for index in 0..<200 { try Data("RIFF".utf8).write(to: fixture.url("orphan-\(1000 + index).wav")) }
        let page = try fixture.store.list(RecordingQuery(pageSize: 1000))
        #expect(page.recordings.count == 200)
        #expect(page.skipped.map(\.file) == (0..<200).map { "orphan-\(1000 + $0).wav" })
    }
}
