import ArgumentParser
import Foundation
import TeXMLGrammar
import TeXMLSyntax

extension Dialect: ExpressibleByArgument {
    /// Every dialect's name for help texts, from `allCases`: "twiml, texml, … or inboundxml".
    static var helpList: String {
        let names = allCases.map(\.rawValue)
        return names.dropLast().joined(separator: ", ") + " or " + names.last!
    }
}

/// When to colour output.
public enum ColorChoice: String, CaseIterable, ExpressibleByArgument, Sendable {
    case auto, always, never

    /// Whether to colour a stream: `auto` colours only a terminal.
    func enabled(forFileDescriptor descriptor: Int32) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: isatty(descriptor) == 1
        }
    }
}

/// Options shared by every command that reads call-flow documents.
struct DocumentOptions: ParsableArguments {
    @Option(
        name: .long,
        help: """
            The dialect: \(Dialect.helpList). Default: the document's own <!-- dialect: NAME --> comment, \
            else twiml.
            """)
    var dialect: Dialect?

    /// The dialect to validate `bytes` in: the option, else the document's directive, else twiml.
    func dialect(for bytes: [UInt8]) -> Dialect {
        dialect ?? Dialect.declared(in: bytes) ?? .twiml
    }

    @Option(name: .long, help: ArgumentHelp("Largest document accepted, in bytes.", valueName: "bytes"))
    var maxBytes: Int = ReaderLimits.default.maxBytes

    @Option(name: .long, help: ArgumentHelp("Deepest element nesting accepted.", valueName: "n"))
    var maxDepth: Int = ReaderLimits.default.maxDepth

    @Option(name: .long, help: ArgumentHelp("Most elements accepted in one document.", valueName: "n"))
    var maxElements: Int = ReaderLimits.default.maxElements

    @Option(name: .long, help: ArgumentHelp("Longest attribute value accepted, in bytes.", valueName: "bytes"))
    var maxAttributeBytes: Int = ReaderLimits.default.maxAttributeBytes

    var limits: ReaderLimits {
        ReaderLimits(
            maxBytes: maxBytes, maxDepth: maxDepth, maxElements: maxElements, maxAttributeBytes: maxAttributeBytes)
    }

    func validate() throws {
        for (name, value) in [
            ("--max-bytes", maxBytes), ("--max-depth", maxDepth), ("--max-elements", maxElements),
            ("--max-attribute-bytes", maxAttributeBytes),
        ] where value < 1 {
            throw ValidationError("\(name) must be at least 1")
        }
        if maxBytes >= Int(Int32.max) { throw ValidationError("--max-bytes must be below 2 GiB") }
    }
}
