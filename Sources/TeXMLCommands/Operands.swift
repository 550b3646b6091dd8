import ArgumentParser

/// A command whose trailing operands (files, folders) may number in the thousands.
///
/// swift-argument-parser records, for every value of a repeating `@Argument`, the union of the
/// input positions of all the values before it (`ParsedValues.set` merges the stored element's
/// `InputOrigin` set, then the array is copied out of its `Any` box to append): each operand costs
/// time proportional to the operands before it, 11 s for 16 000 files. So ``CommandLineOperands``
/// takes the operands out of the argument list before the parser sees it, hands the parser the
/// first one only (it still checks that one is given, and `--help` still shows the argument), and
/// the command's `validate()`, which the parser calls, puts the full list back.
protocol OperandCommand: ParsableCommand {
    /// Every spelling (`--name`, `-n`) of the command's options that take a value, so that a value
    /// is not mistaken for an operand. A test checks this against the parser's own description.
    static var optionsTakingValues: Set<String> { get }
}

/// Takes the operands of an ``OperandCommand`` out of the command line, in one pass.
enum CommandLineOperands {
    /// The commands split this way, by name (the first argument).
    static let commands: [String: any OperandCommand.Type] = [
        ValidateCommand.configuration.commandName!: ValidateCommand.self,
        TestCommand.configuration.commandName!: TestCommand.self,
    ]

    /// The operands taken out, for the command's `validate()` to put back while the parser runs.
    @TaskLocal static var taken: [String]?

    struct Split: Equatable {
        /// What the parser gets: the command name, the options with their values, and `--` and
        /// the first operand when there is one.
        var parserArguments: [String]
        /// Every operand, in order.
        var operands: [String]
    }

    /// The split of `arguments` (without the program name), or nil when the first argument is not
    /// an ``OperandCommand``'s name. Every argument is looked at once.
    ///
    /// As the parser reads them: `--` ends the options (everything after is an operand); `-` is an
    /// operand (standard input); other arguments starting with `-` are options, and an option that
    /// takes a value, written without `=`, takes the next argument when it is a value (does not
    /// start with `-`, or is `-`); everything else is an operand.
    static func split(_ arguments: [String]) -> Split? {
        guard let name = arguments.first, let command = commands[name] else { return nil }
        let takesValue = command.optionsTakingValues
        var kept = [name]
        var operands: [String] = []
        operands.reserveCapacity(arguments.count)
        var index = 1
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                operands += arguments[index...]
                break
            }
            guard isOption(argument) else {
                operands.append(argument)
                continue
            }
            kept.append(argument)
            if takesValue.contains(argument), index < arguments.count, !isOption(arguments[index]),
                arguments[index] != "--"
            {
                kept.append(arguments[index])
                index += 1
            }
        }
        if let first = operands.first { kept += ["--", first] }
        return Split(parserArguments: kept, operands: operands)
    }

    /// Whether the parser reads an argument as an option (or a malformed one): it starts with `-`
    /// and is neither `-` nor `--`.
    private static func isOption(_ argument: String) -> Bool {
        argument.utf8.first == UInt8(ascii: "-") && argument != "-" && argument != "--"
    }
}

extension TexmlCommand {
    /// Parses a command line (without the program name; nil reads the process's), taking the
    /// operands of `validate` and `test` out of the parser's way.
    static func parseCommand(_ arguments: [String]? = nil) throws -> any ParsableCommand {
        let arguments = arguments ?? Array(CommandLine.arguments.dropFirst())
        guard let split = CommandLineOperands.split(arguments) else { return try parseAsRoot(arguments) }
        return try CommandLineOperands.$taken.withValue(split.operands) {
            try parseAsRoot(split.parserArguments)
        }
    }
}
