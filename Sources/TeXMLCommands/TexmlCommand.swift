import ArgumentParser
import Foundation
import TeXMLGrammar

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Ends the process (the global `exit`, which `ParsableCommand.exit(withError:)` shadows).
func terminate(_ status: Int32) -> Never { exit(status) }

/// The `texml` command: validate, inspect, simulate and golden-test call-flow documents, and serve recordings.
public struct TexmlCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "texml",
        abstract:
            "Validate, inspect and simulate \(Dialect.allCases.map(\.language).joined(separator: ", ")) call flows offline.",
        version: "0.1.0",
        subcommands: [
            ValidateCommand.self, ASTCommand.self, RunCommand.self, CallCommand.self, TestCommand.self,
            RecordingsCommand.self,
        ]
    )

    public init() {}

    /// Runs the command line and exits: 0 success, 1 problems found, 2 usage or I/O errors.
    public static func main(arguments: [String]? = nil) -> Never {
        do {
            var command = try parseCommand(arguments)
            try command.run()
            terminate(0)
        } catch let exitCode as ExitCode {
            terminate(exitCode.rawValue)
        } catch let error as UsageError {
            printError(error.description)
            terminate(2)
        } catch let error as LiveModeNotBuilt {
            printError(error.description)
            terminate(2)
        } catch let error as InputError {
            // An unreadable input names itself; no "Error:" prefix, as `validate` prints it.
            printError(error.description)
            terminate(2)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                // --help, --version
                Self.exit(withError: error)
            }
            printError(fullMessage(for: error))
            terminate(2)
        }
    }
}
