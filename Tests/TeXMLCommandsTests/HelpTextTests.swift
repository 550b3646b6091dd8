import TeXMLGrammar
import Testing

@Suite("help texts")
struct HelpTextTests {
    @Test(arguments: ["validate", "ast", "run"])
    func everyDialectIsNamedInTheHelp(_ command: String) throws {
        let result = try CLI.run([command, "--help"])
        #expect(result.status == 0)
        let words = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        // The option's own sentence, not the value list ArgumentParser adds after it.
        let option = try #require(words.range(of: "--dialect <dialect> "))
        let help = String(words[option.upperBound...].prefix { $0 != "(" })
        for dialect in Dialect.allCases {
            #expect(help.contains(dialect.rawValue), "\(command) --help does not name \(dialect.rawValue)")
        }
    }
}

@Suite("help texts: the overview")
struct OverviewHelpTests {
    @Test func theOverviewNamesEveryDialectsLanguage() throws {
        let result = try CLI.run(["--help"])
        #expect(result.status == 0)
        // The overview paragraph, as ArgumentParser wraps it: up to the first blank line.
        let paragraph = result.stdout.components(separatedBy: "\n\n").first ?? ""
        let overview = paragraph.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for dialect in Dialect.allCases {
            #expect(
                overview.contains(dialect.language), "texml --help: '\(overview)' does not name \(dialect.language)")
        }
    }
}
