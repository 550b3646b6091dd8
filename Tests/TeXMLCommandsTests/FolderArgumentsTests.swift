import Foundation
import Testing

@testable import TeXMLCommands

/// Folder arguments, `--exclude` and `--shard` for `validate` and `test`.
@Suite("folder arguments")
struct FolderArgumentsTests {
    static let valid = "<Response><Say>Hi</Say></Response>\n"

    /// A fresh temporary folder with `files` (relative path → contents).
    func folder(_ files: [String: String]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("texml-folder-\(UUID().uuidString)")
        for (relative, contents) in files {
            let url = root.appendingPathComponent(relative)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try contents.write(to: url, atomically: true, encoding: .utf8)
        }
        return root.path
    }

    /// The files named in text diagnostics, in order.
    func namedFiles(_ output: String, under root: String) -> [String] {
        output.split(separator: "\n").compactMap { line in
            guard line.hasPrefix(root + "/"), line.contains(": error:") else { return nil }
            return String(line.dropFirst(root.count + 1).prefix { $0 != ":" })
        }
    }

    @Test func validateWalksAFolderInSortedOrderSkippingHiddenAndBuildFolders() throws {
        let bad = "<Response><Sya/></Response>\n"
        let root = try folder([
            "b.xml": bad, "a/z.xml": bad, "a/B.xml": bad, "notes.txt": bad, ".hidden.xml": bad,
            ".git/x.xml": bad, ".build-cli/y.xml": bad, "c/.d/e.xml": bad,
        ])
        let outside = try folder(["linked.xml": bad])
        try FileManager.default.createSymbolicLink(atPath: root + "/link", withDestinationPath: outside)
        mkfifo(root + "/pipe.xml", 0o644)
        let result = try CLI.run(["validate", "--color", "never", root])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(namedFiles(result.stdout, under: root) == ["a/B.xml", "a/z.xml", "b.xml"])
    }

    @Test func foldersExpandInPlaceInArgumentOrder() throws {
        let bad = "<Response><Sya/></Response>\n"
        let first = try folder(["2.xml": bad, "1.xml": bad])
        let single = try CLI.temporaryFile(bad)
        let result = try CLI.run(["validate", "--color", "never", first, single, first + "/"])
        let files = result.stdout.split(separator: "\n").filter { $0.contains(": error:") }
            .map { String($0.prefix { $0 != ":" }) }
        #expect(files == [first + "/1.xml", first + "/2.xml", single, first + "/1.xml", first + "/2.xml"])
    }

    @Test func excludeMatchesRelativePathsAndBaseNames() throws {
        let bad = "<Response><Sya/></Response>\n"
        let root = try folder([
            "keep.xml": bad, "drafts/x.xml": bad, "drafts/deep/y.xml": bad, "sub/a-old.xml": bad,
            "sub/keep.xml": bad, "sub/q1.xml": bad,
        ])
        let result = try CLI.run([
            "validate", "--color", "never", root, "--exclude", "drafts/**", "--exclude", "*-old.xml",
            "--exclude=sub/q?.xml",
        ])
        #expect(namedFiles(result.stdout, under: root) == ["keep.xml", "sub/keep.xml"])
    }

    @Test func globs() {
        #expect(Glob("*.xml").matches("a/b/c.xml"))
        #expect(!Glob("*.xml").matches("a/b/c.xmlx"))
        #expect(Glob("a/*.xml").matches("a/c.xml"))
        #expect(!Glob("a/*.xml").matches("a/b/c.xml"))
        #expect(Glob("a/**/c.xml").matches("a/c.xml"))
        #expect(Glob("a/**/c.xml").matches("a/b/d/c.xml"))
        #expect(Glob("**/c.xml").matches("c.xml"))
        #expect(Glob("a/**").matches("a/b/c"))
        #expect(!Glob("a/**").matches("b/a"))
        #expect(Glob("x?z").matches("d/xyz"))
        #expect(!Glob("x?z").matches("xz"))
        #expect(Glob("*a*b*").matches("xxaxxbxx"))
    }

    @Test func aFolderWithoutMatchingFilesIsAUsageError() throws {
        let root = try folder(["notes.txt": "x", ".hidden.xml": Self.valid])
        let result = try CLI.run(["validate", root])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no *.xml file in folder '\(root)'"))
        let test = try CLI.run(["test", root])
        #expect(test.status == 2)
        #expect(test.stderr.contains("no scenario file"))
    }

    /// A copy of Samples/voicemail.
    func voicemail() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "texml-shard-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("Samples/voicemail"), to: directory)
        return directory.path
    }

    @Test func shardsPartitionTheScenariosStably() throws {
        let root = try voicemail()
        let all = try GoldenRunner.discover([root], filter: nil)
        #expect(all.count == 7)
        var seen: [String] = []
        for index in 1...3 {
            let result = try CLI.run(["test", root, "--shard", "\(index)/3", "--color", "never"])
            #expect(result.status == 0, "\(result.stdout)")
            let ran = result.stdout.split(separator: "\n").filter { $0.hasPrefix("PASS ") }.map {
                String($0.dropFirst(5))
            }
            #expect(result.stdout.contains("shard \(index)/3: \(ran.count) of 7 scenarios"))
            #expect(ran == all.filter { Shard(argument: "\(index)/3")!.contains($0.relative) }.map(\.path))
            seen += ran
        }
        #expect(seen.sorted() == all.map(\.path).sorted())
        // A shard depends only on the relative path: the same under another folder.
        let moved = try GoldenRunner.discover([root + "/"], filter: nil)
        #expect(moved.map(\.relative) == all.map(\.relative))
    }

    @Test func anEmptyShardPassesWithANote() throws {
        let root = try voicemail()
        let scenario = root + "/leave-message.scenario.yaml"
        let shardOf = Int(Shard.hash("leave-message.scenario.yaml") % 2) + 1
        let result = try CLI.run(["test", scenario, "--shard", "\(3 - shardOf)/2", "--color", "never"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("shard \(3 - shardOf)/2: 0 of 1 scenarios (an empty shard: nothing to run)"))
        #expect(result.stdout.hasSuffix("0 passed, 0 failed\n"))
    }

    @Test(arguments: ["0/3", "4/3", "1/0", "a/b", "1", "1/2/3", "-1/2"])
    func badShardsAreUsageErrors(_ shard: String) throws {
        let result = try CLI.run(["test", "Samples/voicemail", "--shard", shard])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--shard"))
    }
}
