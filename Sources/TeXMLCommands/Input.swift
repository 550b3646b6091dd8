import Foundation
import TeXMLSyntax

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

/// A file that could not be read: an I/O problem, reported on stderr with exit status 2.
struct InputError: Error, CustomStringConvertible {
    var path: String
    var reason: String
    var description: String { "texml: cannot read '\(path)': \(reason)" }
}

/// Runs `body` for every index on all cores and returns the results in index order.
func parallelMap<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
    let buffer = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
    buffer.initialize(repeating: nil)
    defer { buffer.deallocate() }
    nonisolated(unsafe) let shared = buffer
    // Each index is written by exactly one iteration, so the writes never overlap.
    DispatchQueue.concurrentPerform(iterations: count) { index in shared[index] = body(index) }
    return buffer.map { $0! }
}

/// Writes to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
