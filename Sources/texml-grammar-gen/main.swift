import Foundation
import GrammarGenerator

// Regenerates the Swift tables, the typed AST and the RELAX NG schemas from Grammar/.
// Usage: swift run texml-grammar-gen [PACKAGE_ROOT]   (default: the current directory)
let root = URL(fileURLWithPath: CommandLine.arguments.dropFirst().first ?? FileManager.default.currentDirectoryPath)
do {
    for file in try GrammarGenerator.generate(packageRoot: root) {
        let url = root.appendingPathComponent(file.path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let existing = try? String(contentsOf: url, encoding: .utf8)
        if existing != file.contents {
            try file.contents.write(to: url, atomically: true, encoding: .utf8)
            print("wrote \(file.path)")
        } else {
            print("unchanged \(file.path)")
        }
    }
} catch {
    FileHandle.standardError.write(Data("texml-grammar-gen: \(error)\n".utf8))
    exit(1)
}
