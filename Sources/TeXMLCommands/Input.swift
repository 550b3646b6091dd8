import Foundation
import TeXMLSupport
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
        return try readRegularFile(path, limit: limit)
    }
}

extension InputDocument {
    /// A regular file, through ``FileReading``: a FIFO or device is refused, never opened for
    /// reading (standard input is `-`); a file over the limit is reported with its size.
    private static func readRegularFile(_ path: String, limit: Int) throws(InputError) -> InputDocument {
        switch FileReading.read(path, limit: limit) {
        case .success(let bytes): return InputDocument(path: path, bytes: bytes)
        case .failure(.tooLarge(let size, _)): return InputDocument(path: path, bytes: [], oversizedBytes: size)
        case .failure(let failure): throw InputError(path: path, reason: failure.description)
        }
    }
}

/// A file that could not be read: an I/O problem, reported on stderr with exit status 2.
struct InputError: Error, CustomStringConvertible {
    var path: String
    var reason: String
    var description: String { "texml: cannot read '\(path)': \(reason)" }
}

/// Writes to standard error, adding a newline unless told the text has its own. Control
/// characters (in a path, a reason, a name read from a file) are shown as their pictures
/// (``TerminalText``); text already rendered for the terminal, colours included, passes
/// `escaping: false`.
func printError(_ text: String, trailingNewline: Bool = true, escaping: Bool = true) {
    let safe = escaping ? TerminalText.escapedLines(text) : text
    FileHandle.standardError.write(Data((trailingNewline ? safe + "\n" : safe).utf8))
}
