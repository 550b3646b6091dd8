#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

private func posixRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// Reads one regular file, whole but bounded: the one way texml reads a file a user or a
/// scenario names (documents, scenarios, the files a scenario refers to).
///
/// Anything but a regular file is refused before a byte is read, with what it is: a FIFO would
/// block and a device such as `/dev/zero` never ends.
public enum FileReading {
    /// Why a file was not read.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case nulInPath
        case missing
        case directory
        case fifo
        case device
        /// Larger than the limit: its size, as the file system says or as far as it was read.
        case tooLarge(size: Int, limit: Int)
        case system(Int32)

        public var description: String {
            switch self {
            // The system would stop the path at the NUL and open another file than the one named.
            case .nulInPath: "the path contains a NUL byte"
            case .missing: "no such file"
            case .directory: "is a directory"
            case .fifo: "is a FIFO, not a file (pipe into - to read standard input)"
            case .device: "is a device or socket, not a regular file"
            case .tooLarge(let size, let limit): "is \(size) bytes, more than the limit of \(limit)"
            case .system(let code): String(cString: strerror(code))
            }
        }
    }

    /// The bytes of the regular file at `path`, reading at most `limit + 1` bytes.
    public static func read(_ path: String, limit: Int) -> Result<[UInt8], Failure> {
        guard !path.utf8.contains(0) else { return .failure(.nulInPath) }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            return .failure(code == ENOENT ? .missing : code == EISDIR ? .directory : .system(code))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.system(errno)) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(.directory)
        case S_IFIFO: return .failure(.fifo)
        default: return .failure(.device)
        }
        let size = Int(status.st_size)
        if size > limit { return .failure(.tooLarge(size: size, limit: limit)) }
        // One byte past the limit is enough to reject a file that grew since fstat.
        let bytes: [UInt8]
        switch read(descriptor: descriptor, upTo: size + 1) {
        case .success(let read): bytes = read
        case .failure(let failure): return .failure(failure)
        }
        if bytes.count > limit { return .failure(.tooLarge(size: bytes.count, limit: limit)) }
        return .success(bytes)
    }

    /// Up to `capacity` bytes from an open descriptor, fewer at the end of the file; an
    /// interrupted read is retried. The one read loop of texml's bounded reads.
    public static func read(descriptor: Int32, upTo capacity: Int) -> Result<[UInt8], Failure> {
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            count = 0
            while count < capacity {
                let got = posixRead(descriptor, buffer.baseAddress! + count, capacity - count)
                if got < 0, errno == EINTR { continue }
                if got < 0 { failure = errno }
                if got <= 0 { break }
                count += got
            }
        }
        return failure != 0 ? .failure(.system(failure)) : .success(bytes)
    }
}
