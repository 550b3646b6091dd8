import Foundation
import TeXMLRecorder
import TeXMLSupport
import Testing

@testable import TeXMLRecordingStore

/// The store error `body` throws; nil, and an issue, when it throws none or another error.
func storeError<T>(sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> T) -> RecordingStoreError? {
    do {
        _ = try body()
        Issue.record("no error thrown", sourceLocation: sourceLocation)
    } catch let error as RecordingStoreError {
        return error
    } catch {
        Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
    }
    return nil
}

/// A temporary recordings directory written the way the recorder writes it.
struct RecordingsFixture {
    let directory: String
    var store: RecordingStore { RecordingStore(directory: directory) }

    init() throws {
        directory =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("texml-store-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    static let base: Int64 = 1_767_225_600

    /// Recording `index` of a generated set: created times repeat (several per second) so the SID
    /// tie-break matters; every 7th is a conference recording, every 11th absent, every 13th
    /// stored elsewhere, every 3rd an MP3.
    static func metadata(_ index: Int, created: Int64? = nil) -> RecordingMetadata {
        let sid = String(format: "RE%08x%024d", (index * 2_654_435_761) & 0xffff_ffff, index)
        let format: AudioFormat = index % 3 == 0 ? .mp3 : .wav
        var metadata = RecordingMetadata(
            sid: sid, accountSid: "AC1", callSid: "CA\(index / 4)", source: index % 2 == 0 ? "RecordVerb" : "DialVerb",
            status: "completed", channels: index % 5 == 0 ? 2 : 1, track: "both", format: format,
            startTime: "Thu, 01 Jan 2026 00:00:00 +0000", created: created ?? base + Int64(index / 3),
            duration: index % 60, durationMilliseconds: Int64(index % 60) * 1000, sampleRate: 8000,
            file: sid + "." + format.rawValue, url: "https://api.example.com/recordings/\(sid)", from: "+1555000",
            to: "+1555111", labels: ["queue": ["support", "sales", "billing"][index % 3]])
        if index % 7 == 0 { metadata.conferenceSid = "CF\(index)" }
        if index % 11 == 0 {
            metadata.status = "absent"
            metadata.errorCode = 16102
            metadata.reason = "silent"
            metadata.file = nil
            metadata.url = nil
        } else if index % 13 == 0 {
            metadata.file = nil
            metadata.url = "https://storage.example.com/\(sid).\(format.rawValue)"
        }
        return metadata
    }

    /// Writes the metadata (and its tiny audio file when it names one) under `name`.
    func write(_ metadata: RecordingMetadata, name: String? = nil, audio: Bool = true) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        try encoder.encode(metadata).write(to: url((name ?? metadata.sid) + ".json"))
        if audio, let file = metadata.file {
            let bytes = metadata.format == .wav ? Array("RIFF....WAVEfmt ".utf8) : [0xFF, 0xFB, 0x90, 0x00]
            try Data(bytes).write(to: url(file))
        }
    }

    func writeRaw(_ text: String, name: String) throws {
        try Data(text.utf8).write(to: url(name))
    }

    /// Writes recordings `range` and returns their metadata in listing order.
    @discardableResult
    func populate(_ range: Range<Int>) throws -> [RecordingMetadata] {
        let all = range.map { Self.metadata($0) }
        for metadata in all { try write(metadata) }
        return all.sorted { ($0.created, $0.sid) < ($1.created, $1.sid) }
    }

    func url(_ name: String) -> URL { URL(fileURLWithPath: directory).appendingPathComponent(name) }
    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: url(name).path) }

    /// Every page of a listing, following next_start_key.
    func allPages(_ query: RecordingQuery, store: RecordingStore? = nil) throws -> [RecordingPage] {
        var pages: [RecordingPage] = []
        var query = query
        while true {
            let page = try (store ?? self.store).list(query)
            pages.append(page)
            guard let next = page.nextStartKey else { return pages }
            query.startKey = next
            if pages.count > 10_000 { Issue.record("pagination does not end"); return pages }
        }
    }

    func sids(_ query: RecordingQuery) throws -> [String] {
        try allPages(query).flatMap { $0.recordings.map(\.id) }
    }
}

@Suite("recordings store: pagination")
struct RecordingStorePaginationTests {
    @Test func pagesCoverEveryRecordingExactlyOnceInOrder() throws {
        let fixture = try RecordingsFixture()
        let expected = try fixture.populate(0..<350).map(\.sid)
        let pages = try fixture.allPages(RecordingQuery(pageSize: 40))
        #expect(pages.count == 9)
        #expect(pages.dropLast().allSatisfy { $0.recordings.count == 40 && $0.pageSize == 40 })
        #expect(pages.last?.recordings.count == 30)
        #expect(pages.dropLast().allSatisfy { $0.nextStartKey != nil })
        #expect(pages.last?.nextStartKey == nil)
        #expect(pages.flatMap { $0.recordings.map(\.id) } == expected)
        #expect(pages.allSatisfy { $0.skipped.isEmpty })
    }

    @Test func startKeyOfAPageReturnsThatPage() throws {
        let fixture = try RecordingsFixture()
        try fixture.populate(0..<60)
        let second = try fixture.store.list(
            RecordingQuery(
                pageSize: 10,
                startKey: fixture.store.list(
                    RecordingQuery(pageSize: 10)
                ).nextStartKey))
        let first = try fixture.store.list(RecordingQuery(pageSize: 10))
        #expect(first.startKey != nil)
        let again = try fixture.store.list(RecordingQuery(pageSize: 10, startKey: first.startKey))
        #expect(again.recordings.map(\.id) == first.recordings.map(\.id))
        #expect(second.startKey == first.nextStartKey)
    }

    @Test func defaultPageSizeIsKazoosFiftyAndTheRangeIsChecked() throws {
        let fixture = try RecordingsFixture()
        try fixture.populate(0..<120)
        #expect(RecordingStore.defaultPageSize == 50)
        #expect(try fixture.store.list().recordings.count == 50)
        for size in [0, -1, RecordingStore.maximumPageSize + 1] {
            #expect(storeError { try fixture.store.list(RecordingQuery(pageSize: size)) }?.kind == .invalidPageSize)
        }
        #expect(try fixture.store.list(RecordingQuery(pageSize: RecordingStore.maximumPageSize)).nextStartKey == nil)
    }

    @Test func nextStartKeySurvivesRecordingsAddedBeforeIt() throws {
        let fixture = try RecordingsFixture()
        let all = try fixture.populate(0..<100)
        let first = try fixture.store.list(RecordingQuery(pageSize: 25))
        let secondBefore = try fixture.store.list(RecordingQuery(pageSize: 25, startKey: first.nextStartKey))
        // New recordings in the middle of the first page, before everything, and far later.
        let middle = all[10].created
        try fixture.write(RecordingsFixture.metadata(1000, created: middle))
        try fixture.write(RecordingsFixture.metadata(1001, created: RecordingsFixture.base - 100))
        try fixture.write(RecordingsFixture.metadata(1002, created: RecordingsFixture.base + 10_000))
        let secondAfter = try fixture.store.list(RecordingQuery(pageSize: 25, startKey: first.nextStartKey))
        #expect(secondAfter.recordings.map(\.id) == secondBefore.recordings.map(\.id))
        // The late one is still reached by following the keys.
        let rest = try fixture.sids(RecordingQuery(pageSize: 25, startKey: first.nextStartKey))
        #expect(rest.last == RecordingsFixture.metadata(1002).sid)
        #expect(rest.count == 76)
    }

    @Test func aStartKeyWhoseRecordingWasDeletedStillStartsThere() throws {
        let fixture = try RecordingsFixture()
        try fixture.populate(0..<30)
        let first = try fixture.store.list(RecordingQuery(pageSize: 10))
        let second = try fixture.store.list(RecordingQuery(pageSize: 10, startKey: first.nextStartKey))
        _ = try fixture.store.delete(second.recordings[0].id)
        let after = try fixture.store.list(RecordingQuery(pageSize: 9, startKey: first.nextStartKey))
        #expect(after.recordings.map(\.id) == Array(second.recordings.dropFirst().map(\.id)))
    }

    @Test(arguments: ["", "not base64!", "e30", "WzEsMl0", "WyJ4IiwiUkUxIl0", "W10"])
    func malformedStartKeysAreRejected(key: String) throws {
        // e30 = {}, WzEsMl0 = [1,2], WyJ4IiwiUkUxIl0 = ["x","RE1"], W10 = []
        let fixture = try RecordingsFixture()
        try fixture.populate(0..<3)
        let error = storeError { try fixture.store.list(RecordingQuery(startKey: key)) }
        #expect(error?.kind == .invalidStartKey)
        #expect(error?.message.contains("malformed start key") == true)
    }

    @Test func customNamesOrderAfterTheSidAndPaginateCleanly() throws {
        let fixture = try RecordingsFixture()
        // Two files with the same created time and SID: the file name breaks the tie.
        let metadata = RecordingsFixture.metadata(1)
        try fixture.write(metadata, name: "b-copy")
        try fixture.write(metadata, name: "a-copy")
        let pages = try fixture.allPages(RecordingQuery(pageSize: 1))
        #expect(pages.flatMap { $0.recordings.map(\.name) } == ["a-copy", "b-copy"])
    }
}

@Suite("recordings store: filters")
struct RecordingStoreFilterTests {
    let fixture: RecordingsFixture
    let all: [RecordingMetadata]

    init() throws {
        fixture = try RecordingsFixture()
        all = try fixture.populate(0..<200)
    }

    func listed(_ filters: [RecordingFilter]) throws -> [String] {
        try fixture.sids(RecordingQuery(pageSize: 17, filters: filters))
    }

    func expected(_ predicate: (RecordingMetadata) -> Bool) -> [String] { all.filter(predicate).map(\.sid) }

    @Test func equalsOnAStringKey() throws {
        #expect(try listed([.equals(key: "source", value: "DialVerb")]) == expected { $0.source == "DialVerb" })
        #expect(try listed([.equals(key: "source", value: "dialverb")]).isEmpty)
    }

    @Test func equalsOnANumberComparesItsDecimalText() throws {
        let two = expected { $0.channels == 2 }
        #expect(!two.isEmpty)
        #expect(try listed([.equals(key: "channels", value: "2")]) == two)
        // Kazoo reads the filter value as JSON when the text differs: "2" quoted is the text 2.
        #expect(try listed([.equals(key: "channels", value: "\"2\"")]) == two)
        #expect(try listed([.equals(key: "channels", value: "2.0")]).isEmpty)
        #expect(try listed([.equals(key: "error_code", value: "16102")]) == expected { $0.errorCode == 16102 })
    }

    @Test func equalsOnANumberMatchesAStringOfTheSameText() throws {
        var metadata = RecordingsFixture.metadata(500)
        metadata.labels["priority"] = "2"
        try fixture.write(metadata)
        #expect(try listed([.equals(key: "labels.priority", value: "2")]) == [metadata.sid])
    }

    @Test func equalsWithAJSONArrayMatchesAnyElement() throws {
        let wanted = [all[3].sid, all[40].sid, "REnone"]
        let json = "[" + wanted.map { "\"\($0)\"" }.joined(separator: ",") + "]"
        #expect(try listed([.equals(key: "sid", value: json)]) == [all[3].sid, all[40].sid])
        #expect(try listed([.equals(key: "channels", value: "[2,3]")]) == expected { $0.channels == 2 })
    }

    @Test func nestedLabelKeys() throws {
        #expect(
            try listed([.equals(key: "labels.queue", value: "sales")]) == expected { $0.labels["queue"] == "sales" })
        #expect(
            try listed([.notEquals(key: "labels.queue", value: "sales")]) == expected { $0.labels["queue"] != "sales" })
        #expect(try listed([.hasKey("labels.queue")]).count == 200)
        #expect(try listed([.keyMissing("labels.queue.deeper")]).count == 200)
        #expect(try listed([.hasKey("labels.nothing")]).isEmpty)
    }

    @Test func notEqualsAndMissingKeysReadAsEmptyText() throws {
        let conference = expected { $0.conferenceSid != nil }
        #expect(try listed([.notEquals(key: "status", value: "completed")]) == expected { $0.status != "completed" })
        // A missing key reads as "" (Kazoo's default for get_binary_value).
        #expect(try listed([.equals(key: "conference_sid", value: "")]) == expected { $0.conferenceSid == nil })
        #expect(try listed([.notEquals(key: "conference_sid", value: "")]) == conference)
        // Objects never equal a text.
        #expect(try listed([.equals(key: "labels", value: "{}")]).isEmpty)
    }

    @Test func keyPresenceAndValueFilters() throws {
        #expect(try listed([.hasKey("conference_sid")]) == expected { $0.conferenceSid != nil })
        #expect(try listed([.keyMissing("conference_sid")]) == expected { $0.conferenceSid == nil })
        #expect(try listed([.hasKey("file")]) == expected { $0.file != nil })
        var empty = RecordingsFixture.metadata(600)
        empty.reason = ""
        empty.labels = [:]
        try fixture.write(empty)
        try fixture.writeRaw(
            String(decoding: try JSONEncoder().encode(RecordingsFixture.metadata(601)), as: UTF8.self)
                .replacingOccurrences(of: "\"from\"", with: "\"reason\":null,\"from\""), name: "null-reason.json")
        let nullReason = RecordingsFixture.metadata(601).sid
        // has_key sees a null; has_value does not, nor "" or {}.
        #expect(try listed([.hasKey("reason")]).contains(nullReason))
        #expect(try !listed([.hasValue("reason")]).contains(nullReason))
        #expect(try listed([.hasValue("reason")]) == expected { $0.reason != nil })
        #expect(try listed([.hasKey("reason")]).contains(empty.sid))
        #expect(try listed([.missingValue("reason")]).contains(empty.sid))
        #expect(try listed([.missingValue("labels")]) == [empty.sid])
        #expect(try listed([.missingValue("reason")]).count == 202 - expected { $0.reason != nil }.count)
    }

    @Test func createdRangeIsInclusiveAtBothEnds() throws {
        let from = RecordingsFixture.base + 10
        let to = RecordingsFixture.base + 20
        let inRange = expected { $0.created >= from && $0.created <= to }
        #expect(inRange.count == 33)
        #expect(try listed([.createdFrom(from), .createdTo(to)]) == inRange)
        #expect(try listed([.createdFrom(to), .createdTo(to)]) == expected { $0.created == to })
        #expect(try listed([.createdFrom(to + 1), .createdTo(to)]).isEmpty)
    }

    @Test func modifiedRangeUsesTheMetadataFilesModificationTime() throws {
        let old = Date(timeIntervalSince1970: 1_700_000_000)
        for metadata in all.prefix(5) {
            try FileManager.default.setAttributes(
                [.modificationDate: old], ofItemAtPath: fixture.url(metadata.sid + ".json").path)
        }
        let oldOnes = all.prefix(5).map(\.sid)
        #expect(try listed([.modifiedTo(1_700_000_000)]) == oldOnes)
        #expect(try listed([.modifiedFrom(1_700_000_001)]).count == 195)
        #expect(try fixture.store.metadata(oldOnes[0]).modified == 1_700_000_000)
    }

    @Test func aRepeatedKeyFiltersOnItsLastValue() throws {
        let metadata = RecordingsFixture.metadata(700)
        let text = String(decoding: try JSONEncoder().encode(metadata), as: UTF8.self)
            .replacingOccurrences(of: "\"labels\":", with: "\"labels\":{\"queue\":\"first\"},\"labels\":")
        try fixture.writeRaw(text, name: metadata.sid + ".json")
        #expect(try listed([.equals(key: "labels.queue", value: "first")]).isEmpty)
        #expect(try listed([.equals(key: "labels.queue", value: metadata.labels["queue"]!)]).contains(metadata.sid))
    }

    @Test func filtersCombineWithAnd() throws {
        let filters: [RecordingFilter] = [
            .equals(key: "source", value: "RecordVerb"), .equals(key: "labels.queue", value: "billing"),
            .hasKey("conference_sid"), .createdFrom(RecordingsFixture.base + 5),
        ]
        let wanted = expected {
            $0.source == "RecordVerb" && $0.labels["queue"] == "billing" && $0.conferenceSid != nil
                && $0.created >= RecordingsFixture.base + 5
        }
        #expect(!wanted.isEmpty)
        #expect(try listed(filters) == wanted)
    }

    @Test func aFilteredPageIsFullWhenEnoughMatchFurtherOn() throws {
        let page = try fixture.store.list(
            RecordingQuery(pageSize: 5, filters: [.equals(key: "labels.queue", value: "billing")]))
        #expect(page.recordings.count == 5)
        #expect(page.recordings.allSatisfy { $0.metadata.labels["queue"] == "billing" })
        #expect(page.nextStartKey != nil)
    }

    @Test func kazooQueryParametersReadAsFilters() throws {
        let gregorian = RecordingsFixture.base + RecordingFilter.gregorianEpochOffset
        #expect(
            try RecordingFilter(parameter: "created_from", value: String(gregorian))
                == .createdFrom(RecordingsFixture.base))
        #expect(try RecordingFilter(parameter: "modified_to", value: "62167219200") == .modifiedTo(0))
        #expect(
            try RecordingFilter(parameter: "filter_not_labels.queue", value: "x")
                == .notEquals(key: "labels.queue", value: "x"))
        #expect(
            try RecordingFilter(parameter: "filter_call_sid", value: "CA1") == .equals(key: "call_sid", value: "CA1"))
        #expect(try RecordingFilter(parameter: "missing_value", value: "url") == .missingValue("url"))
        #expect(try RecordingFilter(parameter: "page_size", value: "3") == nil)
        #expect(throws: RecordingStoreError.self) { try RecordingFilter(parameter: "created_to", value: "yesterday") }
        #expect(throws: RecordingStoreError.self) { try RecordingFilter(parameter: "has_key", value: "") }
        // Erlang's Gregorian seconds count from 0000-01-01: 719 528 days before 1970-01-01.
        #expect(RecordingFilter.gregorianEpochOffset == 719_528 * 86_400)
    }
}

@Suite("recordings store: one recording")
struct RecordingStoreRecordingTests {
    @Test func metadataBySidAndByFileName() throws {
        let fixture = try RecordingsFixture()
        try fixture.populate(0..<20)
        let metadata = RecordingsFixture.metadata(5)
        #expect(try fixture.store.metadata(metadata.sid).metadata == metadata)
        let custom = RecordingsFixture.metadata(300)
        try fixture.write(custom, name: "voicemail-from-alice")
        #expect(try fixture.store.metadata("voicemail-from-alice").metadata == custom)
        #expect(try fixture.store.metadata(custom.sid).name == "voicemail-from-alice")
    }

    @Test func unknownIdsAreNotFound() throws {
        let fixture = try RecordingsFixture()
        try fixture.populate(0..<5)
        for id in ["REnope", "../etc/passwd", "", ".hidden"] {
            #expect(storeError { try fixture.store.metadata(id) }?.kind == .notFound)
        }
    }

    @Test func keysTheRecorderDoesNotKnowAreKept() throws {
        let fixture = try RecordingsFixture()
        let metadata = RecordingsFixture.metadata(1)
        let text = String(decoding: try JSONEncoder().encode(metadata), as: UTF8.self)
            .replacingOccurrences(of: "\"from\"", with: "\"media_source\":\"recorded\",\"from\"")
        try fixture.writeRaw(text, name: metadata.sid + ".json")
        let recording = try fixture.store.metadata(metadata.sid)
        #expect(recording.document.value(at: "media_source") == .string("recorded"))
        #expect(
            try fixture.store.list(RecordingQuery(filters: [.equals(key: "media_source", value: "recorded")]))
                .recordings.count == 1)
    }
}

@Suite("recordings store: media")
struct RecordingStoreMediaTests {
    @Test func theRecorderAndTheStoreNameMediaTypesAlike() {
        // The recorder spells its formats' media types itself (it does not depend on the store).
        for format in AudioFormat.allCases { #expect(RecordingMediaType(format).rawValue == format.mediaType) }
    }

    static let fakeTranscoder: RecordingStore.Transcoder = { source, destination in
        try Data(("FAKE-MP3 of " + source).utf8).write(to: URL(fileURLWithPath: destination))
    }

    let fixture: RecordingsFixture
    let wav = RecordingsFixture.metadata(1)
    let mp3 = RecordingsFixture.metadata(3)

    init() throws {
        fixture = try RecordingsFixture()
        try fixture.populate(0..<30)
    }

    @Test func storedFormatIsServedAsIs() throws {
        let media = try fixture.store.media(wav.sid)
        #expect(media.contentType == "audio/wav")
        #expect(media.path == fixture.url(wav.sid + ".wav").path)
        #expect(!media.isTemporary)
        let asked = try fixture.store.media(wav.sid, accept: .wav)
        #expect(asked == media)
        let mpeg = try fixture.store.media(mp3.sid, accept: RecordingMediaType(accept: "audio/mpeg"))
        #expect(mpeg.contentType == "audio/mpeg")
        #expect(mpeg.path.hasSuffix(mp3.sid + ".mp3"))
    }

    @Test func wavAskedAsMpegGoesThroughTheTranscoder() throws {
        let store = RecordingStore(directory: fixture.directory, transcoder: Self.fakeTranscoder)
        let media = try store.media(wav.sid, accept: .mpeg)
        defer { try? FileManager.default.removeItem(atPath: media.path) }
        #expect(media.contentType == "audio/mpeg")
        #expect(media.isTemporary)
        #expect(media.path.hasSuffix(".mp3"))
        let written = try String(contentsOfFile: media.path, encoding: .utf8)
        #expect(written == "FAKE-MP3 of " + fixture.url(wav.sid + ".wav").path)
        // The store's directory is untouched.
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: fixture.directory).filter { $0.hasPrefix(wav.sid) }
                .sorted() == [wav.sid + ".json", wav.sid + ".wav"])
    }

    @Test func wavAsMpegWithoutATranscoderSaysSo() throws {
        #expect(storeError { try fixture.store.media(wav.sid, accept: .mpeg) }?.kind == .noTranscoder)
    }

    @Test func aFailingTranscoderIsReportedAndLeavesNothing() throws {
        struct Broken: Error {}
        let store = RecordingStore(directory: fixture.directory) { _, destination in
            try Data("half".utf8).write(to: URL(fileURLWithPath: destination))
            throw Broken()
        }
        let error = storeError { try store.media(wav.sid, accept: .mpeg) }
        #expect(error?.kind == .transcodingFailed)
        #expect(error?.message.contains("Broken") == true)
        #expect(error?.path == fixture.url(wav.sid + ".wav").path)
        let temporary = try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())
        #expect(!temporary.contains { $0.hasSuffix("-\(wav.sid).mp3") })
    }

    @Test func mp3AskedAsWavIsAnError() throws {
        let store = RecordingStore(directory: fixture.directory, transcoder: Self.fakeTranscoder)
        let error = storeError { try store.media(mp3.sid, accept: .wav) }
        #expect(error?.kind == .unsupportedConversion)
        #expect(error?.message.contains("stored as MP3") == true)
        #expect(error?.message.contains("cannot be served as audio/wav") == true)
    }

    @Test func recordingsWithoutLocalAudio() throws {
        let absent = RecordingsFixture.metadata(11)
        let external = RecordingsFixture.metadata(13)
        #expect(storeError { try fixture.store.media(absent.sid) }?.kind == .noMedia)
        let error = storeError { try fixture.store.media(external.sid) }
        #expect(error?.kind == .externalMedia)
        #expect(error?.message.contains("storage.example.com") == true)
        try FileManager.default.removeItem(at: fixture.url(wav.sid + ".wav"))
        #expect(storeError { try fixture.store.media(wav.sid) }?.kind == .mediaMissing)
    }

    @Test func acceptValuesAreRead() {
        #expect(RecordingMediaType(accept: "audio/mpeg") == .mpeg)
        #expect(RecordingMediaType(accept: "Audio/MP3; q=0.9") == .mpeg)
        #expect(RecordingMediaType(accept: "audio/x-wav") == .wav)
        #expect(RecordingMediaType(accept: "audio/ogg") == nil)
    }
}

@Suite("recordings store: delete")
struct RecordingStoreDeleteTests {
    @Test func deleteRemovesTheMetadataAndTheAudio() throws {
        let fixture = try RecordingsFixture()
        try fixture.populate(0..<10)
        let metadata = RecordingsFixture.metadata(1)
        let deletion = try fixture.store.delete(metadata.sid)
        #expect(deletion.media == .removed(path: fixture.url(metadata.sid + ".wav").path))
        #expect(deletion.metadataPath == fixture.url(metadata.sid + ".json").path)
        #expect(!fixture.exists(metadata.sid + ".json"))
        #expect(!fixture.exists(metadata.sid + ".wav"))
        #expect(try fixture.store.list().recordings.count == 9)
        #expect(storeError { try fixture.store.delete(metadata.sid) }?.kind == .notFound)
    }

    @Test func externalAudioIsLeftAloneAndReported() throws {
        let fixture = try RecordingsFixture()
        let external = RecordingsFixture.metadata(13)
        try fixture.write(external)
        let deletion = try fixture.store.delete(external.sid)
        #expect(deletion.media == .external(url: external.url!))
        #expect(!fixture.exists(external.sid + ".json"))
    }

    @Test func absentRecordingsAndAlreadyMissingAudio() throws {
        let fixture = try RecordingsFixture()
        let absent = RecordingsFixture.metadata(11)
        try fixture.write(absent)
        #expect(try fixture.store.delete(absent.sid).media == .none)
        let gone = RecordingsFixture.metadata(2)
        try fixture.write(gone, audio: false)
        #expect(try fixture.store.delete(gone.sid).media == .missing(path: fixture.url(gone.sid + ".wav").path))
    }

    @Test func aFileOutsideTheDirectoryIsNeverRemoved() throws {
        let fixture = try RecordingsFixture()
        let outside = try RecordingsFixture()
        try Data("keep".utf8).write(to: outside.url("victim.wav"))
        var hostile = RecordingsFixture.metadata(2)
        hostile.file = "../" + URL(fileURLWithPath: outside.directory).lastPathComponent + "/victim.wav"
        try fixture.write(hostile, audio: false)
        let deletion = try fixture.store.delete(hostile.sid)
        #expect(deletion.media == .outsideDirectory(file: hostile.file!))
        #expect(outside.exists("victim.wav"))
        #expect(!fixture.exists(hostile.sid + ".json"))
    }
}

@Suite("recordings store: unreadable files")
struct RecordingStoreSkippedTests {
    @Test func badMetadataFilesAreSkippedAndReported() throws {
        let fixture = try RecordingsFixture()
        let good = try fixture.populate(0..<20)
        var valid = String(decoding: try JSONEncoder().encode(RecordingsFixture.metadata(98)), as: UTF8.self)
        try fixture.writeRaw("{\"sid\": ", name: "truncated.json")
        try fixture.writeRaw("[1, 2, 3]", name: "array.json")
        try fixture.writeRaw("", name: "empty.json")
        try fixture.writeRaw(
            valid.replacingOccurrences(of: "\"created\"", with: "\"kreated\""), name: "no-created.json")
        try fixture.writeRaw(valid.replacingOccurrences(of: "\"wav\"", with: "\"ogg\""), name: "ogg.json")
        try fixture.writeRaw(
            valid.replacingOccurrences(of: "\"channels\":1", with: "\"channels\":\"one\""), name: "channels.json")
        try fixture.writeRaw(
            valid.replacingOccurrences(of: "\"queue\":\"billing\"", with: "\"queue\":7"), name: "label.json")
        valid.removeLast()
        try Data(Array(valid.utf8) + Array(",\"x\":\"\u{1}\"}".utf8)).write(to: fixture.url("control.json"))
        try Data(Array("{\"sid\":\"".utf8) + [0xC3, 0x28] + Array("\"}".utf8)).write(to: fixture.url("utf8.json"))
        try fixture.writeRaw("{}", name: ".hidden.json")
        try fixture.writeRaw("not json", name: "notes.txt")
        try FileManager.default.createDirectory(at: fixture.url("folder.json"), withIntermediateDirectories: false)

        let page = try fixture.store.list(RecordingQuery(pageSize: 100))
        #expect(page.recordings.map(\.id) == good.map(\.sid))
        let reasons = Dictionary(uniqueKeysWithValues: page.skipped.map { ($0.file, $0.reason) })
        #expect(
            reasons.keys.sorted() == [
                "array.json", "channels.json", "control.json", "empty.json", "folder.json", "label.json",
                "no-created.json", "ogg.json", "truncated.json", "utf8.json",
            ])
        #expect(reasons["truncated.json"] == "invalid JSON at byte 8: unexpected end of the document")
        #expect(reasons["array.json"] == "not a recording: not a JSON object")
        #expect(reasons["empty.json"] == "invalid JSON at byte 0: unexpected end of the document")
        #expect(reasons["no-created.json"] == "not a recording: missing key 'created'")
        #expect(reasons["ogg.json"] == "not a recording: 'format' is 'ogg', not wav or mp3")
        #expect(reasons["channels.json"] == "not a recording: 'channels' is not an integer")
        #expect(reasons["label.json"] == "not a recording: label 'queue' is not a string")
        #expect(reasons["control.json"]?.contains("control character in a string") == true)
        #expect(reasons["utf8.json"] == "invalid JSON at byte 8: string is not valid UTF-8")
        #expect(storeError { try fixture.store.metadata("truncated") }?.kind == .malformedRecording)
    }

    @Test func aMissingDirectoryIsAnError() {
        let store = RecordingStore(directory: "/nonexistent/recordings")
        let error = storeError { try store.list() }
        #expect(error?.kind == .unreadableDirectory)
        #expect(error?.description == "/nonexistent/recordings: no such directory")
    }
}

@Suite("recordings store: metadata JSON")
struct RecordingStoreJSONTests {
    @Test func parsesEveryJSONForm() throws {
        let text =
            #"{"a":[1,-0,2.5e3,-9223372036854775808,9223372036854775808,true,false,null],"s":"\u00e9\ud83d\ude00\n\/"}"#
        let value = try JSONValue.parse(Array(text.utf8))
        guard case .array(let items)? = value["a"] else {
            Issue.record("not parsed as an object with an array")
            return
        }
        // Numbers keep their text; their values read as the store compares them.
        #expect(
            items == [
                .number("1"), .number("-0"), .number("2.5e3"), .number("-9223372036854775808"),
                .number("9223372036854775808"), .bool(true), .bool(false), .null,
            ])
        #expect(
            items.prefix(5).map(\.numberValue) == [
                .integer(1), .integer(0), .double(2500), .integer(.min), .double(9.223372036854776e18),
            ])
        #expect(value["s"] == .string("é😀\n/"))
        #expect(try JSONValue.parse(Array(value.jsonText.utf8)) == value)
    }

    @Test func aRepeatedKeyKeepsItsLastValueAndKeysSortOnRequest() throws {
        let value = try JSONValue.parse(Array(#"{"b":1,"a":{"y":2,"x":3},"b":4}"#.utf8))
        #expect(value.members?.map(\.key) == ["b", "a"])
        #expect(value["b"] == .number("4"))
        #expect(value.jsonText == #"{"b":4,"a":{"y":2,"x":3}}"#)
        #expect(value.jsonText(sortingKeys: true) == #"{"a":{"x":3,"y":2},"b":4}"#)
        // Past the size where keys are searched one by one.
        let many = "{" + (0..<40).map { "\"k\($0 % 20)\":\($0)" }.joined(separator: ",") + "}"
        let large = try JSONValue.parse(Array(many.utf8))
        #expect(large.members?.count == 20)
        #expect(large["k3"] == .number("23"))
    }

    @Test(arguments: [
        ("01", "leading zero in a number"), ("[1,]", "expected a value"), ("{\"a\" 1}", "expected ':'"),
        ("\"\\ud800\"", "unpaired surrogate in \\u escape"), ("\"\\q\"", "unknown escape in a string"),
        ("1 2", "unexpected text after the document"), ("tru", "expected a value"),
        (String(repeating: "[", count: 100), "nested deeper than 64 levels"),
    ])
    func rejectsWhatIsNotJSON(text: String, message: String) {
        let error = #expect(throws: JSONParseError.self) { try JSONValue.parse(Array(text.utf8)) }
        #expect(error?.message == message)
    }

    @Test func theListingCheckAgreesWithTheFullReader() throws {
        // Every document the one-pass check accepts must read as a recording, and the other way
        // round: a page parses only the recordings the check let through.
        let valid = String(decoding: try JSONEncoder().encode(RecordingsFixture.metadata(7)), as: UTF8.self)
        let variants: [String] = [
            valid, valid.replacingOccurrences(of: "\"sid\"", with: "\"si\\u0064\""),
            valid.replacingOccurrences(of: "\"duration\":7", with: "\"duration\":7.0"),
            valid.replacingOccurrences(of: "\"duration\":7", with: "\"duration\":7.5"),
            valid.replacingOccurrences(of: "\"source\"", with: "\"source\":null,\"x\""),
            valid.replacingOccurrences(of: "\"conference_sid\":\"CF7\"", with: "\"conference_sid\":null"),
            valid.replacingOccurrences(of: "\"conference_sid\":\"CF7\"", with: "\"conference_sid\":5"),
            valid.replacingOccurrences(of: "\"labels\":{\"queue\":\"sales\"}", with: "\"labels\":null"),
            valid.replacingOccurrences(of: "\"labels\":{\"queue\":\"sales\"}", with: "\"labels\":[]"),
            valid.replacingOccurrences(of: "\"sid\":", with: "\"sid\":1,\"sid\":"),
            valid.replacingOccurrences(of: "\"created\":", with: "\"created\":\"x\",\"created\":"),
            valid.replacingOccurrences(of: "\"to\":", with: "\"to\":1,\"too\":"),
            valid.replacingOccurrences(of: "\"created\":", with: "\"kreated\":"),
            "{}", "\"text\"",
        ]
        for text in variants {
            let bytes = Array(text.utf8)
            let full = Result { try RecordingMetadata(document: JSONValue.parse(bytes)) }
            let quick = Result {
                try bytes.withUnsafeBufferPointer { try RecordingScanner.scan($0) }
            }
            switch (full, quick) {
            case (.success(let metadata), .success(let scanned)):
                #expect(scanned.sid == metadata.sid && scanned.created == metadata.created, "\(text)")
            case (.failure(let fullError), .failure(let quickError)):
                #expect(String(describing: fullError) == (quickError as? ScanFailure)?.reason, "\(text)")
            default:
                Issue.record("the check and the reader disagree on \(text): \(full) vs \(quick)")
            }
        }
    }

    @Test func decodableDocumentsReadTheSameAsJSONDecoder() throws {
        for index in 0..<40 {
            let metadata = RecordingsFixture.metadata(index)
            let data = try JSONEncoder().encode(metadata)
            #expect(try RecordingMetadata(document: JSONValue.parse([UInt8](data))) == metadata)
        }
    }
}
