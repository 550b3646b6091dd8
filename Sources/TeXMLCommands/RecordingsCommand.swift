import ArgumentParser
import Foundation
import TeXMLRecorder
import TeXMLRecordingStore
import TeXMLSupport
import TeXMLSyntax

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one place the CLI takes its WAV → MP3 converter from (`recordings media --accept
/// audio/mpeg` on a WAV recording): the recorder's streaming LAME encoder.
enum RecordingTranscoding {
    static let mp3FromWAV: RecordingStore.Transcoder? = { source, destination in
        try encodeMP3(fromWAV: source, to: destination)
    }
}

/// `texml recordings`: the recordings store over a recorder output directory.
struct RecordingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recordings",
        abstract: "List, show, fetch and delete the recordings in an output directory.",
        discussion: """
            Works like Kazoo's recordings REST API over the directory the recorder writes \
            (NAME.json metadata beside NAME.wav or NAME.mp3). Exit status: 0 on success, 1 when \
            the recording is not found or cannot be served as asked, 2 for usage errors and \
            unreadable directories.
            """,
        subcommands: [List.self, Show.self, Media.self, Delete.self]
    )
}

/// How `recordings` prints.
enum RecordingsFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    /// A readable table or list.
    case text
    /// Kazoo's envelope: `{"data": …}`, with `page_size`, `start_key`, `next_start_key` on listings.
    case json
}

/// Options every `recordings` subcommand takes.
struct RecordingsDirectory: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The recordings directory, or the folder given to texml run --out (its recordings/ is used).",
            valueName: "dir"))
    var dir: String

    /// `dir`, or `dir/recordings` when `dir` has no recording metadata of its own and that folder exists.
    /// The folder is listed only when `dir/recordings` exists: a recordings folder of thousands of
    /// files is not read an extra time to find out.
    var resolved: String {
        let nested = (dir.hasSuffix("/") ? dir : dir + "/") + "recordings"
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: nested, isDirectory: &isDirectory), isDirectory.boolValue else {
            return dir
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return entries.contains(where: { $0.hasSuffix(".json") }) ? dir : nested
    }

    var store: RecordingStore { RecordingStore(directory: resolved, transcoder: RecordingTranscoding.mp3FromWAV) }
}

extension RecordingsCommand {
    /// `recordings list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List recordings, a page at a time, oldest first.",
            discussion: """
                Recordings are ordered by created time, then SID. A page holds --page-size \
                recordings (default 50, at most 1000); when more follow, the output gives the \
                next page's --start-key (next_start_key in JSON), which keeps working when \
                recordings are added. Filters combine with AND. --filter KEY=VALUE matches when \
                the value at KEY (dots reach into objects: labels.name) reads as VALUE: strings \
                by their text, numbers by their decimal form (so 2 matches the number 2 and the \
                string "2"), a missing key as the empty text; VALUE may be a JSON array of \
                alternatives (["RE1","RE2"]). Times take Gregorian seconds as Kazoo does \
                (63934444805), @UNIX-SECONDS (@1767225605), or ISO 8601 \
                (2026-01-01T00:00:05Z, or 2026-01-01 for midnight UTC); both ends are inclusive. \
                --modified-from/--modified-to compare the metadata file's modification time. \
                Files that are not recordings are skipped and reported on standard error.
                """)

        @OptionGroup var location: RecordingsDirectory

        @Option(help: "Output format: text (a table) or json (Kazoo's envelope).")
        var format: RecordingsFormat = .text

        @Option(help: ArgumentHelp("Recordings per page (1 to 1000).", valueName: "n"))
        var pageSize: Int = RecordingStore.defaultPageSize

        @Option(help: ArgumentHelp("Start at this key, a next_start_key of an earlier page.", valueName: "key"))
        var startKey: String?

        @Option(help: ArgumentHelp("Only recordings whose KEY reads as VALUE (filter_KEY).", valueName: "key=value"))
        var filter: [KeyValue] = []

        @Option(
            help: ArgumentHelp(
                "Only recordings whose KEY does not read as VALUE (filter_not_KEY).", valueName: "key=value"))
        var filterNot: [KeyValue] = []

        @Option(help: ArgumentHelp("Only recordings that have KEY, even null.", valueName: "key"))
        var hasKey: [String] = []

        @Option(help: ArgumentHelp("Only recordings without KEY.", valueName: "key"))
        var keyMissing: [String] = []

        @Option(help: ArgumentHelp("Only recordings whose KEY is not null or empty.", valueName: "key"))
        var hasValue: [String] = []

        @Option(help: ArgumentHelp("Only recordings whose KEY is missing, null or empty.", valueName: "key"))
        var missingValue: [String] = []

        @Option(help: ArgumentHelp("Only recordings created at or after this time.", valueName: "time"))
        var createdFrom: TimeBound?

        @Option(help: ArgumentHelp("Only recordings created at or before this time.", valueName: "time"))
        var createdTo: TimeBound?

        @Option(help: ArgumentHelp("Only metadata files modified at or after this time.", valueName: "time"))
        var modifiedFrom: TimeBound?

        @Option(help: ArgumentHelp("Only metadata files modified at or before this time.", valueName: "time"))
        var modifiedTo: TimeBound?

        @Option(help: ArgumentHelp("Only recordings of this call (filter_call_sid).", valueName: "sid"))
        var call: String?

        func validate() throws {
            if !(1...RecordingStore.maximumPageSize).contains(pageSize) {
                throw ValidationError("--page-size must be between 1 and \(RecordingStore.maximumPageSize)")
            }
            for key in hasKey + keyMissing + hasValue + missingValue where key.isEmpty {
                throw ValidationError("a key filter needs a key")
            }
        }

        var query: RecordingQuery {
            var filters: [RecordingFilter] = []
            filters += filter.map { .equals(key: $0.key, value: $0.value) }
            filters += filterNot.map { .notEquals(key: $0.key, value: $0.value) }
            if let call { filters.append(.equals(key: "call_sid", value: call)) }
            filters += hasKey.map { .hasKey($0) }
            filters += keyMissing.map { .keyMissing($0) }
            filters += hasValue.map { .hasValue($0) }
            filters += missingValue.map { .missingValue($0) }
            if let createdFrom { filters.append(.createdFrom(createdFrom.unixSeconds)) }
            if let createdTo { filters.append(.createdTo(createdTo.unixSeconds)) }
            if let modifiedFrom { filters.append(.modifiedFrom(modifiedFrom.unixSeconds)) }
            if let modifiedTo { filters.append(.modifiedTo(modifiedTo.unixSeconds)) }
            return RecordingQuery(pageSize: pageSize, startKey: startKey, filters: filters)
        }

        func run() throws {
            let store = location.store
            let page = try perform { () throws(RecordingStoreError) in try store.list(query) }
            for skipped in page.skipped {
                printError("texml: skipped '\(store.directory)/\(skipped.file)': \(skipped.reason)")
            }
            let output =
                format == .json ? RecordingsOutput.listJSON(page) : RecordingsOutput.table(page.recordings, page: page)
            FileHandle.standardOutput.write(Data(output.utf8))
        }
    }

    /// `recordings show`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print one recording's metadata.")

        @OptionGroup var location: RecordingsDirectory

        @Option(help: "Output format: text (key: value lines) or json (Kazoo's envelope).")
        var format: RecordingsFormat = .text

        @Argument(help: ArgumentHelp("The recording's SID (or its file name without .json).", valueName: "id"))
        var id: String

        func run() throws {
            let recording = try perform { () throws(RecordingStoreError) in try location.store.metadata(id) }
            let output =
                format == .json
                ? String(decoding: KazooEnvelope().document(recording.document), as: UTF8.self) + "\n"
                : RecordingsOutput.fields(recording.document)
            FileHandle.standardOutput.write(Data(output.utf8))
        }
    }

    /// `recordings media`.
    struct Media: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a recording's audio to a file or standard output.",
            discussion: """
                Without --accept the audio comes as stored. --accept audio/mpeg converts a WAV \
                recording to MP3; an MP3 recording cannot be served as audio/wav. Audio is not \
                written to a terminal: give --output or redirect standard output.
                """)

        @OptionGroup var location: RecordingsDirectory

        @Option(help: ArgumentHelp("The media type: audio/mpeg or audio/wav.", valueName: "type"))
        var accept: RecordingMediaType?

        @Option(help: ArgumentHelp("Write the audio to this file instead of standard output.", valueName: "file"))
        var output: String?

        @Argument(help: ArgumentHelp("The recording's SID (or its file name without .json).", valueName: "id"))
        var id: String

        func validate() throws {
            if output == nil, isatty(STDOUT_FILENO) == 1 {
                throw ValidationError("audio is binary: give --output FILE or redirect standard output")
            }
        }

        func run() throws {
            let media = try perform { () throws(RecordingStoreError) in
                try location.store.media(id, accept: accept)
            }
            defer { if media.isTemporary { unlink(media.path) } }
            let written: Int
            do {
                written = try copy(media.path, to: output)
            } catch let error as InputError {
                printError(error.description)
                throw ExitCode(2)
            }
            if let output {
                printError("texml: wrote \(written) bytes of \(media.contentType) to '\(output)'")
            }
        }

        /// Streams the file to `destination` (standard output when nil); returns the bytes written.
        private func copy(_ source: String, to destination: String?) throws -> Int {
            let input: Int32
            switch RecordingStore.openRegularFile(source) {
            case .success(let opened): input = opened
            case .failure(let refusal): throw InputError(path: source, reason: refusal.reason)
            }
            defer { close(input) }
            let outputDescriptor: Int32
            if let destination {
                outputDescriptor = open(destination, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
                guard outputDescriptor >= 0 else {
                    throw InputError(path: destination, reason: String(cString: strerror(errno)))
                }
            } else {
                outputDescriptor = STDOUT_FILENO
            }
            defer { if destination != nil { close(outputDescriptor) } }
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            var total = 0
            while true {
                let got = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
                if got < 0, errno == EINTR { continue }
                if got < 0 { throw InputError(path: source, reason: String(cString: strerror(errno))) }
                if got == 0 { break }
                var offset = 0
                while offset < got {
                    let put = buffer.withUnsafeBytes { write(outputDescriptor, $0.baseAddress! + offset, got - offset) }
                    if put < 0, errno == EINTR { continue }
                    if put < 0 {
                        let reason = String(cString: strerror(errno))
                        throw InputError(path: destination ?? "<stdout>", reason: "cannot write: \(reason)")
                    }
                    offset += put
                }
                total += got
            }
            return total
        }
    }

    /// `recordings delete`.
    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete a recording: its metadata and its local audio file.",
            discussion: """
                Audio stored elsewhere (metadata with a url but no file) is left alone, and the \
                output says so, as Kazoo leaves files on external storage.
                """)

        @OptionGroup var location: RecordingsDirectory

        @Option(help: "Output format: text or json (Kazoo's envelope).")
        var format: RecordingsFormat = .text

        @Argument(help: ArgumentHelp("The recording's SID (or its file name without .json).", valueName: "id"))
        var id: String

        func run() throws {
            let deletion = try perform { () throws(RecordingStoreError) in try location.store.delete(id) }
            let output = format == .json ? RecordingsOutput.deletionJSON(deletion) : RecordingsOutput.deletion(deletion)
            FileHandle.standardOutput.write(Data(output.utf8))
        }
    }
}

/// Runs a store operation; on failure prints the reason and exits 1 (the recording is missing or
/// cannot be served) or 2 (a usage or I/O problem).
private func perform<T>(_ body: () throws(RecordingStoreError) -> T) throws -> T {
    do {
        return try body()
    } catch {
        printError("texml: \(error.description)")
        switch error.kind {
        case .invalidStartKey, .invalidPageSize, .invalidFilter, .unreadableDirectory, .ioFailed:
            throw ExitCode(2)
        case .notFound, .malformedRecording, .noMedia, .externalMedia, .mediaMissing, .unsupportedConversion,
            .noTranscoder, .transcodingFailed:
            throw ExitCode(1)
        }
    }
}

/// `KEY=VALUE` of `--filter`: split at the first `=`, so values may contain `=`.
struct KeyValue: ExpressibleByArgument, Sendable {
    var key: String
    var value: String

    init?(argument: String) {
        guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex else { return nil }
        key = String(argument[..<equals])
        value = String(argument[argument.index(after: equals)...])
    }
}

/// A time filter's value: Gregorian seconds (Kazoo's unit), `@` and Unix seconds, or ISO 8601.
struct TimeBound: ExpressibleByArgument, Sendable {
    var unixSeconds: Int64

    init?(argument: String) {
        if argument.hasPrefix("@"), let seconds = Int64(argument.dropFirst()) {
            unixSeconds = seconds
        } else if !argument.isEmpty, argument.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            guard let seconds = Int64(argument) else { return nil }
            unixSeconds = seconds - RecordingFilter.gregorianEpochOffset
        } else {
            let formatter = ISO8601DateFormatter()
            var date = formatter.date(from: argument)
            if date == nil {
                formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
                date = formatter.date(from: argument)
            }
            if date == nil {
                formatter.formatOptions = [.withFullDate]
                date = formatter.date(from: argument)
            }
            guard let date else { return nil }
            unixSeconds = Int64(date.timeIntervalSince1970.rounded(.down))
        }
    }
}

extension RecordingMediaType: ExpressibleByArgument {
    public init?(argument: String) { self.init(accept: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

/// How the `recordings` subcommands print.
enum RecordingsOutput {
    static func listJSON(_ page: RecordingPage) -> String {
        String(decoding: KazooEnvelope().list(page), as: UTF8.self) + "\n"
    }

    static let columns = ["SID", "CALL SID", "SOURCE", "STATUS", "CHANNELS", "DURATION", "FORMAT", "START TIME"]

    /// A table, then a line that says whether more pages follow and how to get the next.
    static func table(_ recordings: [StoredRecording], page: RecordingPage) -> String {
        let rows = recordings.map { recording -> [String] in
            let metadata = recording.metadata
            return [
                metadata.sid, metadata.callSid, metadata.source, metadata.status, String(metadata.channels),
                "\(metadata.duration) s", metadata.format.rawValue, metadata.startTime,
            ].map(printable)
        }
        var widths = columns.map(\.count)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                column == cells.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ") + "\n"
        }
        var output = rows.isEmpty ? "" : line(columns)
        for row in rows { output += line(row) }
        let count = "\(recordings.count) recording\(recordings.count == 1 ? "" : "s")"
        if let next = page.nextStartKey {
            output += "\(count); next page: --start-key \(next)\n"
        } else {
            output += "\(count); last page\n"
        }
        return output
    }

    /// `key: value` lines, nested objects as dotted keys, sorted.
    static func fields(_ document: JSONValue) -> String {
        var lines: [String] = []
        func walk(_ value: JSONValue, _ prefix: String) {
            if case .object(let members) = value {
                for member in members.sorted(by: { $0.key < $1.key }) {
                    walk(member.value, prefix.isEmpty ? member.key : prefix + "." + member.key)
                }
                return
            }
            let text = value.scalarText ?? value.jsonText(sortingKeys: true)
            lines.append("\(printable(prefix)): \(printable(text))")
        }
        walk(document, "")
        return lines.joined(separator: "\n") + "\n"
    }

    static func deletion(_ deletion: RecordingDeletion) -> String {
        var text = "deleted \(printable(deletion.id)): removed \(printable(deletion.metadataPath))"
        switch deletion.media {
        case .removed(let path): text += " and \(printable(path))"
        case .external(let url): text += "; audio stored elsewhere left alone: \(printable(url))"
        case .missing(let path): text += "; audio file \(printable(path)) was already gone"
        case .outsideDirectory(let file): text += "; audio '\(printable(file))' is outside the directory, left alone"
        case .none: text += "; it had no audio"
        }
        return text + "\n"
    }

    static func deletionJSON(_ deletion: RecordingDeletion) -> String {
        String(decoding: KazooEnvelope().document(KazooEnvelope.deletionData(deletion)), as: UTF8.self) + "\n"
    }

    /// Control characters from a metadata file would drive the terminal; they print escaped.
    static func printable(_ text: String) -> String { TerminalText.escaped(text) }
}
