import Foundation
import TeXMLRecorder
import TeXMLSupport

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The recordings in one output directory, served the way Kazoo's recordings REST API serves
/// them: paginated, filtered listings, a recording's metadata, its audio (converted to MP3 on
/// request), and deletion.
///
/// The directory holds what the recorder writes: `<name>.json` (a ``RecordingMetadata``
/// document) and, when there is audio, the file its `file` key names. Every visible `*.json` file
/// is read as a recording's metadata; files that are not are skipped and reported, never fatal.
/// There is no index: each call reads the metadata files afresh, so the store is always in step
/// with the directory (10 000 recordings list in a few tens of milliseconds).
public struct RecordingStore: Sendable {
    /// Converts the WAV file at the first path into an MP3 file at the second.
    public typealias Transcoder = @Sendable (_ sourcePath: String, _ destinationPath: String) throws -> Void

    /// Kazoo's default page size (crossbar's `pagination_page_size`).
    public static let defaultPageSize = 50
    /// The largest page a listing returns.
    public static let maximumPageSize = 1000
    /// Metadata files larger than this are skipped unread: recordings' documents are about 1 KB.
    public static let maximumMetadataBytes = 1 << 20

    public let directory: String
    /// Used by ``media(_:accept:)`` to serve a WAV recording as `audio/mpeg`; nil serves stored
    /// formats only.
    public let transcoder: Transcoder?

    public init(directory: String, transcoder: Transcoder? = nil) {
        self.directory = directory
        self.transcoder = transcoder
    }

    // MARK: - Listing

    /// One page of the recordings matching every filter, in order of `created`, then SID (then
    /// file name, so the order is total).
    public func list(_ query: RecordingQuery = RecordingQuery()) throws(RecordingStoreError) -> RecordingPage {
        guard (1...Self.maximumPageSize).contains(query.pageSize) else {
            throw RecordingStoreError(
                .invalidPageSize, "page size \(query.pageSize) is out of range (1 to \(Self.maximumPageSize))")
        }
        let start: StartKey?
        if let key = query.startKey { start = try StartKey(decoding: key) } else { start = nil }
        let filters = query.filters.map(CompiledFilter.init)
        var scanned = try scan()
        // Keys are built once and positions sorted, rather than entries compared and moved.
        let keys = scanned.entries.map(\.key)
        let order = keys.indices.sorted { keys[$0] < keys[$1] }
        var position = start.map { key in Self.lowerBound(of: key, in: order.count) { keys[order[$0]] } } ?? 0
        var page: [StoredRecording] = []
        var next: StartKey?
        while position < order.count {
            let entry = scanned.entries[order[position]]
            position += 1
            guard filters.allSatisfy({ $0.matches(entry) }) else { continue }
            if page.count == query.pageSize {
                next = entry.key
                break
            }
            switch entry.stored() {
            case .read(let recording): page.append(recording)
            case .skipped(let skipped): scanned.skipped.append(skipped)
            }
        }
        scanned.skipped.sort { $0.file < $1.file }
        let startKey = query.startKey ?? page.first.map { StartKey($0).encoded }
        return RecordingPage(
            recordings: page, startKey: startKey, nextStartKey: next?.encoded, skipped: scanned.skipped)
    }

    /// The first position whose key is at or after `key`, in `count` sorted keys.
    private static func lowerBound(of key: StartKey, in count: Int, _ keyAt: (Int) -> StartKey) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if keyAt(middle) < key { low = middle + 1 } else { high = middle }
        }
        return low
    }

    // MARK: - One recording

    /// The recording whose SID is `id`, or whose metadata file is `<id>.json`.
    public func metadata(_ id: String) throws(RecordingStoreError) -> StoredRecording {
        try find(id)
    }

    /// The recording's audio as `accept` (nil: as stored). A WAV recording asked for as
    /// `audio/mpeg` is converted by the transcoder into a temporary file (``RecordingMedia/isTemporary``,
    /// the caller removes it); an MP3 recording cannot be served as `audio/wav`.
    public func media(_ id: String, accept: RecordingMediaType? = nil) throws(RecordingStoreError) -> RecordingMedia {
        let metadata = try find(id).metadata
        guard let file = metadata.file else {
            if let url = metadata.url {
                throw RecordingStoreError(
                    .externalMedia, "recording \(metadata.sid) has no local audio; it is stored at \(url)")
            }
            let why = metadata.reason.map { ": \($0)" } ?? ""
            throw RecordingStoreError(.noMedia, "recording \(metadata.sid) has no audio (\(metadata.status)\(why))")
        }
        guard Self.isPlainName(file) else {
            throw RecordingStoreError(
                .mediaMissing, "recording \(metadata.sid) names '\(file)', which is not a file in \(directory)")
        }
        let path = self.path(file)
        guard Self.isRegularFile(path) else {
            var status = stat()
            let why =
                lstat(path, &status) == 0
                ? "is a symbolic link or not a regular file, which texml does not follow or read" : "is missing"
            throw RecordingStoreError(.mediaMissing, path: path, "recording \(metadata.sid)'s audio file \(why)")
        }
        let wanted = accept ?? RecordingMediaType(metadata.format)
        if wanted.format == metadata.format {
            return RecordingMedia(path: path, type: wanted, isTemporary: false)
        }
        guard metadata.format == .wav, wanted == .mpeg else {
            throw RecordingStoreError(
                .unsupportedConversion,
                "recording \(metadata.sid) is stored as \(metadata.format.rawValue.uppercased()) and cannot be "
                    + "served as \(wanted.rawValue): only WAV recordings are converted, to audio/mpeg")
        }
        guard let transcoder else {
            throw RecordingStoreError(
                .noTranscoder, "recording \(metadata.sid) is WAV and no MP3 transcoder is configured to convert it")
        }
        let destination = FileManager.default.temporaryDirectory
            .appendingPathComponent("texml-\(UUID().uuidString)-\(metadata.sid).mp3").path
        do {
            try transcoder(path, destination)
        } catch {
            unlink(destination)
            throw RecordingStoreError(
                .transcodingFailed, path: path, "converting to MP3 failed: \(String(describing: error))")
        }
        guard Self.isRegularFile(destination) else {
            throw RecordingStoreError(.transcodingFailed, path: path, "converting to MP3 wrote no file")
        }
        return RecordingMedia(path: destination, type: .mpeg, isTemporary: true)
    }

    /// Removes the recording's metadata document and its local audio file. Audio stored
    /// elsewhere (no `file`, a `url`) is left alone and the result says so.
    public func delete(_ id: String) throws(RecordingStoreError) -> RecordingDeletion {
        let recording = try find(id)
        let metadata = recording.metadata
        let media: RecordingDeletion.Media
        if let file = metadata.file {
            if !Self.isPlainName(file) {
                media = .outsideDirectory(file: file)
            } else if Self.isRegularFile(path(file)) {
                // The audio goes first: if that fails the metadata still leads to it and a retry
                // can finish; the other way round would orphan the audio.
                try remove(path(file))
                media = .removed(path: path(file))
            } else {
                media = .missing(path: path(file))
            }
        } else if let url = metadata.url {
            media = .external(url: url)
        } else {
            media = .none
        }
        let metadataPath = path(recording.name + ".json")
        try remove(metadataPath)
        return RecordingDeletion(id: metadata.sid, metadataPath: metadataPath, media: media)
    }

    private func remove(_ path: String) throws(RecordingStoreError) {
        if unlink(path) != 0, errno != ENOENT {
            throw RecordingStoreError(.ioFailed, path: path, "cannot remove: \(systemMessage(errno))")
        }
    }

    private func find(_ id: String) throws(RecordingStoreError) -> StoredRecording {
        var found: Entry?
        // Fast path: recordings are stored under their SID.
        if Self.isPlainName(id), let loaded = Self.load(directory: directory, file: id + ".json") {
            switch loaded {
            case .read(let entry): found = entry
            case .skipped(let skipped):
                throw RecordingStoreError(.malformedRecording, path: path(skipped.file), skipped.reason)
            }
        }
        if found == nil {
            // A recording stored under a custom name is found by its SID.
            found = try scan().entries.filter { $0.sid == id }.min { $0.key < $1.key }
        }
        guard let found else { throw RecordingStoreError(.notFound, "no recording '\(id)' in \(directory)") }
        switch found.stored() {
        case .read(let recording): return recording
        case .skipped(let skipped):
            throw RecordingStoreError(.malformedRecording, path: path(skipped.file), skipped.reason)
        }
    }

    private func path(_ file: String) -> String {
        directory.hasSuffix("/") ? directory + file : directory + "/" + file
    }

    /// A name that stays in the directory: no separator, not `.` or `..`, not hidden.
    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.utf8.contains(UInt8(ascii: "/")) && !name.utf8.contains(0)
    }

    /// Whether `path` is a regular file itself: a symbolic link is not followed out of the
    /// folder, and a FIFO or device is never opened (reading one would block or never end).
    public static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }

    /// Opens a file of the folder for reading, refusing links and anything but a regular file,
    /// without blocking on a FIFO: the descriptor, or why not.
    public static func openRegularFile(_ path: String) -> Result<Int32, RegularFileRefusal> {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            return .failure(code == ELOOP ? .symbolicLink : code == ENOENT ? .missing : .unreadable(code))
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            return .failure(.notRegular)
        }
        return .success(descriptor)
    }

    // MARK: - Reading the directory

    /// A readable recording as listing holds it: the checked bytes of its metadata file and what
    /// sorting needs; the document is parsed only for the recordings a page returns.
    struct Entry: Sendable {
        var name: String
        var bytes: [UInt8]
        var created: Int64
        var sid: String
        var modified: Int64

        var key: StartKey { StartKey(created: created, sid: sid, name: name) }

        /// The value at a key path, read from the bytes.
        func value(at path: [[UInt8]]) -> JSONValue? {
            bytes.withUnsafeBufferPointer { buffer in
                var parser = JSONParser(bytes: buffer)
                guard let range = parser.valueRange(at: path) else { return nil }
                var value = JSONParser(bytes: UnsafeBufferPointer(rebasing: buffer[range]))
                return try? value.document()
            }
        }

        /// The whole recording, or why it is not one (never expected: the bytes were checked).
        func stored() -> Read<StoredRecording> {
            do {
                let document = try JSONValue.parse(bytes)
                let metadata = try RecordingMetadata(document: document)
                return .read(StoredRecording(name: name, metadata: metadata, document: document, modified: modified))
            } catch {
                return .skipped(SkippedFile(file: name + ".json", reason: String(describing: error)))
            }
        }
    }

    /// One metadata file read: what was in it, or why it is not a recording.
    enum Read<Value: Sendable>: Sendable {
        case read(Value)
        case skipped(SkippedFile)
    }
    private typealias Loaded = Read<Entry>

    private struct Scan {
        var entries: [Entry] = []
        var skipped: [SkippedFile] = []
    }

    /// The visible files of the folder a listing looks at: metadata documents and audio.
    private struct FolderNames {
        var metadata: [String] = []
        var audio: [String] = []
    }

    /// Reads every visible `*.json` file, on all cores: the reads and parses are independent and
    /// dominate a listing's time.
    private func scan() throws(RecordingStoreError) -> Scan {
        let folder = try folderNames()
        let names = folder.metadata
        let directory = directory
        // Small directories are not worth a thread hop.
        let results = parallelMap(names.count, sequentialBelow: 64) { index in
            Self.load(directory: directory, file: names[index])
        }
        var scan = Scan()
        scan.entries.reserveCapacity(names.count)
        for result in results {
            switch result {
            case .read(let entry)?: scan.entries.append(entry)
            case .skipped(let skipped)?: scan.skipped.append(skipped)
            // Gone between listing the directory and opening it, or not a regular file.
            case nil: break
            }
        }
        scan.skipped += Self.orphans(folder, entries: scan.entries)
        scan.skipped.sort { $0.file < $1.file }
        return scan
    }

    /// Audio files no metadata document accounts for: the recorder renames the audio into place
    /// first and its `<name>.json` last, so a run killed in between leaves audio without
    /// metadata. Listed as skipped, with that reason, rather than hidden.
    private static func orphans(_ folder: FolderNames, entries: [Entry]) -> [SkippedFile] {
        let documents = Set(folder.metadata.map { $0.dropLast(5) })
        let candidates = folder.audio.filter { name in
            !documents.contains(name[..<(name.lastIndex(of: ".") ?? name.endIndex)])
        }
        guard !candidates.isEmpty else { return [] }
        // A document may name audio of another name: only then is each one's `file` read.
        var named = Set<String>()
        for entry in entries {
            if case .string(let file)? = entry.value(at: [Array("file".utf8)]) { named.insert(file) }
        }
        return candidates.filter { !named.contains($0) }.map { name in
            let base = name[..<(name.lastIndex(of: ".") ?? name.endIndex)]
            return SkippedFile(
                file: name,
                reason:
                    "audio without metadata: no \(base).json names it (a write interrupted between the audio and its metadata, which is written last)"
            )
        }
    }

    private func folderNames() throws(RecordingStoreError) -> FolderNames {
        guard let stream = opendir(directory) else {
            let reason = errno == ENOENT ? "no such directory" : systemMessage(errno)
            throw RecordingStoreError(.unreadableDirectory, path: directory, reason)
        }
        defer { closedir(stream) }
        var names = FolderNames()
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: pointer.pointee)) {
                    String(cString: $0)
                }
            }
            // Hidden files are skipped: temporary files and editors' backups live there.
            guard !name.hasPrefix(".") else { continue }
            if name.hasSuffix(".json"), name.utf8.count > 5 {
                names.metadata.append(name)
            } else if name.hasSuffix(".wav") || name.hasSuffix(".mp3"), name.utf8.count > 4 {
                names.audio.append(name)
            }
        }
        return names
    }

    /// Reads and parses one metadata file: nil when it vanished; skipped, with the reason, when
    /// it is a link, a FIFO, a device or a folder.
    private static func load(directory: String, file: String) -> Loaded? {
        let path = directory.hasSuffix("/") ? directory + file : directory + "/" + file
        let descriptor: Int32
        switch openRegularFile(path) {
        case .success(let opened): descriptor = opened
        case .failure(.missing): return nil
        case .failure(let refusal): return .skipped(SkippedFile(file: file, reason: refusal.reason))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            return .skipped(SkippedFile(file: file, reason: "cannot read: \(systemMessage(errno))"))
        }
        let size = Int(status.st_size)
        if size > maximumMetadataBytes {
            return .skipped(SkippedFile(file: file, reason: "larger than \(maximumMetadataBytes) bytes"))
        }
        // fstat gave the size: reading exactly that saves the second read(2) that would only say
        // end of file. A file that grows meanwhile is being written non-atomically; it reads
        // truncated and is reported.
        let bytes: [UInt8]
        switch FileReading.read(descriptor: descriptor, upTo: size) {
        case .success(let read): bytes = read
        case .failure(let failure):
            return .skipped(SkippedFile(file: file, reason: "cannot read: \(failure)"))
        }
        let scanned: ScannedRecording
        do {
            scanned = try bytes.withUnsafeBufferPointer { (buffer) throws(ScanFailure) in
                try RecordingScanner.scan(buffer)
            }
        } catch {
            return .skipped(SkippedFile(file: file, reason: error.reason))
        }
        #if canImport(Darwin)
            let modified = Int64(status.st_mtimespec.tv_sec)
        #else
            let modified = Int64(status.st_mtim.tv_sec)
        #endif
        return .read(
            Entry(
                name: String(file.dropLast(5)), bytes: bytes, created: scanned.created, sid: scanned.sid,
                modified: modified))
    }
}

extension StartKey {
    init(_ recording: StoredRecording) {
        self.init(created: recording.metadata.created, sid: recording.metadata.sid, name: recording.name)
    }
}

/// The media types a recording is served as.
public enum RecordingMediaType: String, Sendable, Hashable, CaseIterable {
    case mpeg = "audio/mpeg"
    case wav = "audio/wav"

    /// Reads an Accept value: `audio/mpeg` (or `audio/mp3`), `audio/wav` (or `audio/x-wav`,
    /// `audio/wave`), any case, parameters ignored.
    public init?(accept: String) {
        let type = accept.split(separator: ";", maxSplits: 1).first.map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        }
        switch type {
        case "audio/mpeg", "audio/mp3", "audio/mpeg3", "audio/x-mpeg-3": self = .mpeg
        case "audio/wav", "audio/x-wav", "audio/wave", "audio/vnd.wave": self = .wav
        default: return nil
        }
    }

    public init(_ format: AudioFormat) { self = format == .mp3 ? .mpeg : .wav }

    public var format: AudioFormat { self == .mpeg ? .mp3 : .wav }
}

/// A recording's audio, ready to send.
public struct RecordingMedia: Sendable, Hashable {
    /// The file holding the audio.
    public var path: String
    public var type: RecordingMediaType
    /// The file was made for this request (converted) and is the caller's to remove.
    public var isTemporary: Bool

    /// The `Content-Type` to serve it with.
    public var contentType: String { type.rawValue }
}

/// What deleting a recording removed and left.
public struct RecordingDeletion: Sendable, Hashable {
    /// What became of the audio.
    public enum Media: Sendable, Hashable {
        /// The local audio file was removed.
        case removed(path: String)
        /// The audio is stored elsewhere and was left alone.
        case external(url: String)
        /// The metadata named a file that was not there.
        case missing(path: String)
        /// The metadata named a path outside the directory; left alone.
        case outsideDirectory(file: String)
        /// The recording had no audio.
        case none
    }

    public var id: String
    /// The metadata document that was removed.
    public var metadataPath: String
    public var media: Media
}

/// Why a file of the recordings folder was not opened.
public enum RegularFileRefusal: Error, Sendable, Equatable {
    case missing
    case symbolicLink
    case notRegular
    case unreadable(Int32)

    public var reason: String {
        switch self {
        case .missing: "no such file"
        case .symbolicLink: "a symbolic link, not followed out of the folder"
        case .notRegular: "not a regular file (a FIFO, device or folder is never read)"
        case .unreadable(let code): "cannot read: \(systemMessage(code))"
        }
    }
}
