import ArgumentParser
import Foundation
import Testing

@testable import TeXMLCommands

/// Thousands of file operands: swift-argument-parser's work per repeating positional value grows
/// with the values before it, so `validate` and `test` take their operands out of the argument
/// list first (``CommandLineOperands``). These tests count what the parser is given, not time.
@Suite("many operands")
struct ManyOperandsTests {
    static func files(_ count: Int) -> [String] { (1...count).map { "flows/f\($0).xml" } }

    @Test func theParserSeesAFixedNumberOfArgumentsHoweverManyFilesThereAre() throws {
        for count in [1, 2_000, 20_000] {
            let files = Self.files(count)
            let split = try #require(
                CommandLineOperands.split(["validate", "--format", "json"] + files + ["--strict"]))
            #expect(split.parserArguments == ["validate", "--format", "json", "--strict", "--", "flows/f1.xml"])
            #expect(split.operands == files)
        }
    }

    @Test func twentyThousandFilesParseIntoTheCommandInOrder() throws {
        let files = Self.files(20_000)
        let command = try TexmlCommand.parseCommand(["validate", "--dialect", "texml"] + files)
        let validate = try #require(command as? ValidateCommand)
        #expect(validate.files == files)
        #expect(validate.document.dialect == .texml)
        // The command's own checks see every operand, not only the one the parser saw.
        #expect(throws: (any Error).self) {
            try TexmlCommand.parseCommand(["validate", "-"] + files + ["-"])
        }
    }

    @Test func optionValuesTheTerminatorAndStandardInputAreReadAsTheParserReadsThem() throws {
        let split = try #require(
            CommandLineOperands.split([
                "validate", "a.xml", "--format", "sarif", "--exclude=*-old.xml", "-", "--color", "never", "b.xml",
                "--max-depth", "-3", "c.xml", "--", "--strict", "-",
            ]))
        // `--max-depth -3`: the parser does not take `-3` as a value either, and reports it.
        #expect(
            split.parserArguments == [
                "validate", "--format", "sarif", "--exclude=*-old.xml", "--color", "never", "--max-depth", "-3", "--",
                "a.xml",
            ])
        #expect(split.operands == ["a.xml", "-", "b.xml", "c.xml", "--strict", "-"])

        let test = try #require(CommandLineOperands.split(["test", "--jobs", "2", "--shard", "1/2", "Samples/ivr"]))
        #expect(test.parserArguments == ["test", "--jobs", "2", "--shard", "1/2", "--", "Samples/ivr"])
        #expect(test.operands == ["Samples/ivr"])
        let none = try #require(CommandLineOperands.split(["test", "--update"]))
        #expect(none.parserArguments == ["test", "--update"])
        #expect(none.operands.isEmpty)
        // Other commands go to the parser untouched.
        #expect(CommandLineOperands.split(["run", "flow.xml", "--format", "jsonl"]) == nil)
        #expect(CommandLineOperands.split([]) == nil)
    }

    @Test func testKeepsItsDefaultPathAndTakesEveryOperand() throws {
        let defaulted = try #require(try TexmlCommand.parseCommand(["test", "--jobs", "1"]) as? TestCommand)
        #expect(defaulted.paths == ["Samples"])
        let given = try #require(
            try TexmlCommand.parseCommand(["test", "Samples/ivr", "--filter", "x", "Samples/api"]) as? TestCommand)
        #expect(given.paths == ["Samples/ivr", "Samples/api"])
        #expect(given.filter == "x")
    }

    /// The table of options that take a value is the parser's own: every option (not flag) of the
    /// command, by every name, as `--experimental-dump-help` describes them.
    @Test(arguments: ["validate", "test"])
    func optionsTakingValuesMatchTheParsersDescription(_ name: String) throws {
        let result = try CLI.run([name, "--experimental-dump-help"])
        #expect(result.status == 0)
        let info = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let command = try #require(info["command"] as? [String: Any])
        let arguments = try #require(command["arguments"] as? [[String: Any]])
        var spellings = Set<String>()
        for argument in arguments where argument["kind"] as? String == "option" {
            for name in argument["names"] as? [[String: String]] ?? [] {
                let dashes = name["kind"] == "short" ? "-" : "--"
                spellings.insert(dashes + (name["name"] ?? ""))
            }
        }
        let type = try #require(CommandLineOperands.commands[name])
        #expect(type.optionsTakingValues == spellings)
    }

    @Test func helpStillShowsTheOperandAndStandardInputStillWorks() throws {
        let help = try CLI.run(["validate", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("<path> ..."))
        let stdin = try CLI.run(
            ["validate", "--format", "github", "-"], stdin: "<Response><Hangup>x</Hangup></Response>")
        #expect(stdin.status == 1)
        #expect(stdin.stdout.contains("file=<stdin>"))
        let twice = try CLI.run(["validate", "-", "a.xml", "-"])
        #expect(twice.status == 2)
        #expect(twice.stderr.contains("standard input (-) can be read only once"))
        #expect(twice.stderr.contains("Usage: texml validate"))
        let missing = try CLI.run(["validate", "--format", "json"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("Missing expected argument '<path> ...'"))
    }
}
