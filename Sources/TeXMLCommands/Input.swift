import Foundation
import TeXMLSyntax

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A document to process: its display name and bytes, or why it could not be read.
struct InputDocument: Sendable {
    var path: String
    var bytes: [UInt8]
    /// The size on disk when the file was too large to read whole.
    var oversizedBytes: Int?

    static let standardInputName = "<stdin>"

    /// Reads a file, or standard input for `-`. Reads at most `limit + 1` bytes so that a huge
    /// file costs no memory: its size is enough to reject it.
    static func load(_ path: String, limit: Int) throws(InputError) -> InputDocument {
        if path == "-" {
            let data = FileHandle.standardInput.readData(ofLength: limit + 1)
            let bytes = [UInt8](data)
            if bytes.count > limit {
                return InputDocument(path: standardInputName, bytes: [], oversizedBytes: bytes.count)
            }
            return InputDocument(path: standardInputName, bytes: bytes)
        }
        if let document = readRegularFile(path, limit: limit) { return document }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(path: path, reason: "no such file")
        }
        if isDirectory.boolValue { throw InputError(path: path, reason: "is a directory") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(path: path, reason: "permission denied")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: limit + 1) ?? Data()
        } catch {
            throw InputError(path: path, reason: error.localizedDescription)
        }
        if data.count > limit {
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? data.count
            return InputDocument(path: path, bytes: [], oversizedBytes: size)
        }
        return InputDocument(path: path, bytes: [UInt8](data))
    }
}

extension InputDocument {
    /// Reads a regular file with plain POSIX calls straight into the byte array, or returns nil
    /// when it is not a regular file or any call fails, for ``load(_:limit:)``'s general path to
    /// handle and report.
    private static func readRegularFile(_ path: String, limit: Int) -> InputDocument? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(status.st_size)
        // Read at most `limit + 1` bytes: one more than the limit is enough to reject the file.
        let capacity = min(size, limit) + 1
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            count = 0
            while count < capacity {
                let got = read(descriptor, buffer.baseAddress! + count, capacity - count)
                if got < 0, errno == EINTR { continue }
                if got < 0 { failed = true }
                if got <= 0 { break }
                count += got
            }
        }
        // Failures, and files too large (whose size the general path reports as it always has),
        // are left to the general path.
        guard !failed, bytes.count <= limit else { return nil }
        return InputDocument(path: path, bytes: bytes)
    }
}

/// A file that could not be read: an I/O problem, reported on stderr with exit status 2.
struct InputError: Error, CustomStringConvertible {
    var path: String
    var reason: String
    var description: String { "texml: cannot read '\(path)': \(reason)" }
}

/// Runs `body` for every index and returns the results in index order: on all cores, or on at
/// most `jobs` threads when given.
func parallelMap<T: Sendable>(_ count: Int, jobs: Int? = nil, _ body: @Sendable (Int) -> T) -> [T] {
    let buffer = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
    buffer.initialize(repeating: nil)
    defer { buffer.deallocate() }
    nonisolated(unsafe) let shared = buffer
    // Each index is written by exactly one iteration, so the writes never overlap.
    if let jobs, jobs < count {
        let next = IndexDispenser()
        DispatchQueue.concurrentPerform(iterations: max(jobs, 1)) { _ in
            while let index = next.take(below: count) { shared[index] = body(index) }
        }
    } else {
        DispatchQueue.concurrentPerform(iterations: count) { index in shared[index] = body(index) }
    }
    return buffer.map { $0! }
}

/// Hands out 0, 1, 2, … to worker threads, each index once.
private final class IndexDispenser: @unchecked Sendable {
    // Safe: `next` is only touched under `lock`.
    private var next = 0
    private let lock = NSLock()

    func take(below count: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }
}

/// Writes to standard error, adding a newline unless told the text has its own.
func printError(_ text: String, trailingNewline: Bool = true) {
    FileHandle.standardError.write(Data((trailingNewline ? text + "\n" : text).utf8))
}
