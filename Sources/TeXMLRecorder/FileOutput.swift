#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The system's words for an errno value.
func systemMessage(_ code: Int32) -> String {
    String(cString: strerror(code))
}

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

    /// Creates or truncates `path`. Failures that mean the directory cannot take files are
    /// `.unwritableDirectory`, the rest `.writeFailed`.
    init(creating path: String) throws(RecorderError) {
        self.path = path
        let opened = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
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
