import Foundation
import GrammarGenerator
import Testing

@Suite("Generated grammar files")
struct GrammarGenerationTests {
    @Test("the committed tables, AST and schemas match Grammar/")
    func generatedFilesAreUpToDate() throws {
        let files = try GrammarGenerator.generate(packageRoot: PackagePaths.root)
        #expect(files.count >= 4)
        for file in files {
            let url = PackagePaths.root.appendingPathComponent(file.path)
            let committed = try? String(contentsOf: url, encoding: .utf8)
            #expect(
                committed == file.contents,
                "\(file.path) is out of date: run `\(GrammarGenerator.command)` and commit the result")
        }
    }
}
