import TeXMLSupport

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// File-scope wrappers: inside `FileOutput` the names `close` and `write` are its own methods.
private func posixClose(_ descriptor: Int32) -> Int32 { close(descriptor) }
private func posixWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}

/// One open file being written: the only owner of its descriptor, closed on every path.
final class FileOutput {
    let path: String
    private var descriptor: Int32
    private(set) var bytesWritten: Int64 = 0

    /// Creates a new file at `path`, which must not exist: never through a symbolic link, never
    /// over a file someone planted there (`O_EXCL | O_NOFOLLOW`). Failures that mean the
    /// directory cannot take files are `.unwritableDirectory`, the rest `.writeFailed`.
    init(creatingNew path: String) throws(RecorderError) {
        self.path = path
        let opened = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard opened >= 0 else {
            let code = errno
            let kind: RecorderError.Kind =
                switch code {
                case EACCES, EPERM, EROFS, ENOENT, ENOTDIR, EISDIR: .unwritableDirectory
                default: .writeFailed
                }
            throw RecorderError(kind, path: path, "cannot create: \(systemMessage(code))")
        }
        descriptor = opened
    }

    /// A new temporary file beside `finalPath`: `.<name>.<random>.partial`, hidden, created
    /// exclusively under a name nobody can predict (the recording's name follows from the
    /// scenario's seed, so a fixed temporary name could be planted as a link in advance).
    convenience init(temporaryFor finalPath: String) throws(RecorderError) {
        let slash = finalPath.lastIndex(of: "/")
        let directory = slash.map { String(finalPath[...$0]) } ?? ""
        let name = slash.map { String(finalPath[finalPath.index(after: $0)...]) } ?? finalPath
        var attempt = 0
        while true {
            let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            do throws(RecorderError) {
                try self.init(creatingNew: directory + "." + name + "." + suffix + TemporaryFiles.suffix)
                return
            } catch  where error.kind == .writeFailed && attempt < 8 {
                attempt += 1
            }
        }
    }

    /// Takes ownership of an open descriptor (tests: `/dev/full` under a temporary's name).
    init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        if descriptor >= 0 { _ = posixClose(descriptor) }
    }

    /// Appends all of `bytes`, retrying short writes and interruptions.
    func write(_ bytes: UnsafeRawBufferPointer) throws(RecorderError) {
        var offset = 0
        while offset < bytes.count {
            let written = posixWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw RecorderError(.writeFailed, path: path, "write failed: \(systemMessage(errno))")
            }
            if written == 0 {
                throw RecorderError(.writeFailed, path: path, "write failed: no progress")
            }
            offset += written
        }
        bytesWritten += Int64(bytes.count)
    }

    func write(_ bytes: [UInt8]) throws(RecorderError) {
        try bytes.withUnsafeBytes { raw in Result { () throws(RecorderError) in try write(raw) } }.get()
    }

    /// Overwrites bytes already written (headers known only at the end).
    func overwrite(_ bytes: [UInt8], at offset: Int64) throws(RecorderError) {
        var done = 0
        while done < bytes.count {
            let written = bytes.withUnsafeBytes { raw in
                pwrite(descriptor, raw.baseAddress! + done, raw.count - done, off_t(offset) + off_t(done))
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw RecorderError(.writeFailed, path: path, "write failed: \(systemMessage(errno))")
            }
            done += written
        }
    }

    /// Flushes the file to the device, so a rename that makes it visible never exposes a file
    /// whose bytes a crash could still lose.
    func sync() throws(RecorderError) {
        guard descriptor >= 0 else { return }
        while fsync(descriptor) != 0 {
            if errno == EINTR { continue }
            throw RecorderError(.writeFailed, path: path, "fsync failed: \(systemMessage(errno))")
        }
    }

    /// Closes the descriptor, reporting what the system reports (a delayed write error).
    func close() throws(RecorderError) {
        guard descriptor >= 0 else { return }
        let result = posixClose(descriptor)
        descriptor = -1
        if result != 0 {
            throw RecorderError(.writeFailed, path: path, "close failed: \(systemMessage(errno))")
        }
    }
}

/// Creates `path` and its missing parents, like `mkdir -p`.
func createDirectory(_ path: String) throws(RecorderError) {
    guard !path.isEmpty else { throw RecorderError(.unwritableDirectory, path: path, "empty directory path") }
    var prefix = path.hasPrefix("/") ? "" : "."
    for component in path.split(separator: "/", omittingEmptySubsequences: true) {
        prefix += "/" + component
        if mkdir(prefix, 0o755) == 0 { continue }
        let code = errno
        var status = stat()
        if code == EEXIST, stat(prefix, &status) == 0, status.st_mode & S_IFMT == S_IFDIR { continue }
        let reason = code == EEXIST ? systemMessage(ENOTDIR) : systemMessage(code)
        throw RecorderError(.unwritableDirectory, path: prefix, "cannot create directory: \(reason)")
    }
}

/// Removes a file if it is there; for temporary files on failure paths, where a second error
/// would hide the first.
func removeQuietly(_ path: String) {
    _ = unlink(path)
}

/// Renames atomically within one file system.
func renameFile(_ source: String, to destination: String) throws(RecorderError) {
    if rename(source, destination) != 0 {
        throw RecorderError(.writeFailed, path: destination, "cannot rename into place: \(systemMessage(errno))")
    }
}

/// Flushes a directory's entries, so renames into it survive a crash.
func syncDirectory(_ path: String) throws(RecorderError) {
    let descriptor = open(path.isEmpty ? "." : path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else {
        throw RecorderError(.writeFailed, path: path, "cannot open the folder to sync it: \(systemMessage(errno))")
    }
    defer { _ = posixClose(descriptor) }
    // Some file systems cannot sync a directory (EINVAL); the renames are then as durable as they get.
    if fsync(descriptor) != 0, errno != EINVAL, errno != EROFS {
        throw RecorderError(.writeFailed, path: path, "fsync of the folder failed: \(systemMessage(errno))")
    }
}

/// The recorder's temporary files: `.<final name>.<random>.partial`, hidden, in the folder the
/// recording goes to.
public enum TemporaryFiles {
    public static let suffix = ".partial"

    /// Whether `name` is one of the recorder's temporary files.
    public static func isTemporary(_ name: String) -> Bool {
        name.hasPrefix(".") && name.hasSuffix(suffix) && name.count > suffix.count + 1
    }

    /// Removes temporary files older than `age` seconds from `directory`: what an interrupted
    /// run left (a kill, a full disk). Only regular files named like the recorder's own are
    /// touched, never through a link. Returns the names removed.
    @discardableResult
    public static func removeStale(in directory: String, olderThan age: Double = 60) -> [String] {
        guard let folder = opendir(directory.isEmpty ? "." : directory) else { return [] }
        defer { closedir(folder) }
        var removed: [String] = []
        let now = Double(time(nil))
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard isTemporary(name) else { continue }
            let path = (directory.hasSuffix("/") ? directory : directory + "/") + name
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
                now - Double(status.st_mtim.tv_sec) > age
            else { continue }
            if unlink(path) == 0 { removed.append(name) }
        }
        return removed.sorted()
    }
}
