import Foundation
import TeXMLGrammar
import TeXMLSyntax
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the fuzz targets of Fuzz/ (issue 16.7) found, each as its minimal reproducer. A finding not
/// fixed yet is a `withKnownIssue`: it passes while the bug is there and fails once it is fixed, so
/// the fix removes the wrapper.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    /// fuzz-xml: a document declaring an encoding libxml2 converts through iconv (here EUC-JP) with bytes
    /// that are not of it. libxml2 reports the conversion failure through its generic error function,
    /// not the parser's structured handler: it prints "encoding error : input conversion failed due to
    /// input error, bytes 0xFF 0xFF 0xFF 0xFF" and "I/O error : encoder error" on the process's stderr
    /// (twice per parse), and the only diagnostic is "Premature end of data in tag Say", which does not
    /// name the encoding.
    static let badEUCJP: [UInt8] =
        Array("<?xml version=\"1.0\" encoding=\"EUC-JP\"?>\n<Response>\n  <Say>".utf8) + [0xFF, 0xFF, 0xFF, 0xFF]
        + Array("</Say>\n</Response>\n".utf8)

    @Test("bytes that are not of the declared encoding: a located error, nothing written to stderr")
    func undecodableBytesInADeclaredEncoding() throws {
        var result: ValidationResult?
        let stderr = try Self.capturingStandardError {
            result = Validator(dialect: .twiml).validate(Self.badEUCJP)
        }
        let error = try #require(result?.diagnostics.first { $0.severity == .error })
        #expect(result?.document == nil)
        #expect(error.range.start.line == 3)
        #expect(error.range.start.column == 8)
        // Fixed: the reader collects libxml2's generic errors for the parse (CLibXML2 shim) and
        // names the declared encoding in the first error.
        #expect(stderr.isEmpty, "libxml2 wrote to stderr: \(stderr)")
        #expect(error.message.contains("the bytes are not EUC-JP as the document declares"))
    }

    /// Runs `body` with file descriptor 2 sent to a temporary file and returns what was written there.
    /// Other suites writing to stderr meanwhile lose those lines; the test only reads libxml2's.
    static func capturingStandardError(_ body: () -> Void) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "texml-fuzz-stderr-\(UUID().uuidString)"
        )
        .path
        let file = open(path, O_RDWR | O_CREAT | O_EXCL, 0o600)
        guard file >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer {
            close(file)
            unlink(path)
        }
        fflush(nil)
        let saved = dup(2)
        dup2(file, 2)
        body()
        fflush(nil)
        dup2(saved, 2)
        close(saved)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).filter {
            $0.contains("encoding error") || $0.contains("I/O error")
        }
        .joined(separator: "\n")
    }
}
