import Foundation
import Testing

@testable import GrammarGenerator
@testable import TeXMLGrammar

@Suite("Generated grammar table")
struct GrammarTableTests {
    @Test("every dialect decodes to exactly the elements and attributes of Grammar/")
    func decodedTablesMatchTheGrammarFiles() throws {
        let source = try GrammarSource(directory: PackagePaths.root.appendingPathComponent("Grammar"))
        for dialect in source.dialects {
            let grammar = Grammar.of(try #require(Dialect(rawValue: dialect.id)))
            let expected = source.elements[dialect.id] ?? []
            #expect(grammar.elementNames == expected.map(\.name), "\(dialect.id): element names")
            for element in expected {
                let spec = try #require(grammar.element(element.name), "\(dialect.id) lacks \(element.name)")
                let context = "\(dialect.id) <\(element.name)>"
                #expect(spec.kind.rawValue == element.kind, "\(context) kind")
                #expect(spec.summary == element.summary, "\(context) summary")
                #expect(spec.parents == element.parents, "\(context) parents")
                #expect(spec.children == element.children, "\(context) children")
                #expect(spec.text.rawValue == element.text, "\(context) text")
                #expect(spec.textType == element.textType.map { Self.type($0, nil) }, "\(context) text type")
                #expect(spec.textErrorCode == element.textErrorCode, "\(context) text error code")
                #expect(spec.isTerminal == element.terminal, "\(context) terminal")
                #expect(spec.terminalWhenAttribute == element.terminalWhen, "\(context) terminalWhen")
                #expect(spec.continuesWhenAttribute == element.continuesWhen, "\(context) continuesWhen")
                #expect(spec.continuesWhenEmpty == element.continuesWhenEmpty, "\(context) continuesWhenEmpty")
                #expect(spec.records == element.records, "\(context) records")
                #expect(spec.sources == element.sources, "\(context) sources")
                #expect(spec.attributes.map(\.name) == element.attributes.map(\.name), "\(context) attributes")
                for (decoded, attribute) in zip(spec.attributes, element.attributes) {
                    let where_ = "\(context) \(attribute.name)"
                    #expect(decoded.type == Self.type(attribute.type, attribute), "\(where_) type")
                    #expect(decoded.summary == attribute.summary, "\(where_) summary")
                    #expect(decoded.defaultValue == attribute.defaultValue, "\(where_) default")
                    #expect(decoded.errorCode == attribute.errorCode, "\(where_) error code")
                    #expect(decoded.allowsEmpty == attribute.allowsEmpty, "\(where_) allowsEmpty")
                }
            }
        }
    }

    @Test("a spec several dialects share is decoded once")
    func sharedSpecsAreOneInstance() throws {
        let twiml = try #require(Grammar.twiml.element("Pause"))
        let cxml = try #require(Grammar.cxml.element("Pause"))
        #expect(twiml === cxml)
        #expect(Grammar.twiml.element("Record") !== Grammar.cxml.element("Record"))
    }

    @Test("the record format: optional fields, the empty string, bounds and lists")
    func recordFormat() throws {
        let table = GrammarTable(
            decoding: """
                A|timeout|integer:0:|seconds||13000|false|5:|short waits may be clamped
                A|finishOnKey|keys:0123456789*#|keys|""||true||
                A|rate|number:0.5:2.0|speed|1.0||false||
                A|events|tokens:in-progress,completed|events|||false||
                A|legacy|spelled:true,1;false,0|a boolean|||false||
                E|Record|verb|records|Response||none|||true|||true|true|0,1,2,3,4|https://example.com/a,https://example.com/b
                E|Response|root|the root|||mixed|string:10|13243|false|action|background|false|false||
                D|texml|1,0
                """)
        let grammar = table.grammar(.texml)
        #expect(grammar.elementNames == ["Response", "Record"])
        let record = try #require(grammar.element("Record"))
        #expect(record.kind == .verb && record.isTerminal && record.records)
        #expect(record.parents == ["Response"] && record.children.isEmpty)
        #expect(record.textType == nil && record.terminalWhenAttribute == nil)
        #expect(record.sources == ["https://example.com/a", "https://example.com/b"])
        #expect(
            record.attributes.map(\.type) == [
                .integer(min: 0, max: nil), .keys("0123456789*#"), .number(min: 0.5, max: 2.0),
                .tokenList(["in-progress", "completed"]),
                .spelledBoolean(truths: ["true", "1"], falsehoods: ["false", "0"]),
            ])
        #expect(record.attributes[0].errorCode == 13000 && record.attributes[0].defaultValue == nil)
        #expect(
            record.attributes[0].documentedRange
                == DocumentedRange(min: 5, max: nil, advice: "short waits may be clamped"))
        #expect(record.attributes[1].documentedRange == nil)
        #expect(record.attributes[1].defaultValue == "" && record.attributes[1].allowsEmpty)
        #expect(record.attributes[2].defaultValue == "1.0")
        let root = try #require(grammar.element("Response"))
        #expect(root.text == .mixed && root.textType == .string(maxLength: 10) && root.textErrorCode == 13243)
        #expect(record.textErrorCode == nil && record.continuesWhenEmpty && !root.continuesWhenEmpty)
        #expect(root.terminalWhenAttribute == "action" && root.continuesWhenAttribute == "background")
        #expect(root.attributes.isEmpty && root.sources.isEmpty)
        #expect(table.grammar(.twiml).elementNames.isEmpty)
    }

    /// The value type a grammar file's attribute means, written out independently of the
    /// generator's table encoding.
    static func type(_ name: String, _ attribute: AttributeSource?) -> ValueType {
        switch name {
        case "string": .string(maxLength: attribute?.maxLength)
        case "url": .url(schemes: attribute?.schemes ?? ["http", "https"])
        case "method": .method
        case "boolean":
            attribute?.booleans.map { .spelledBoolean(truths: $0.truths, falsehoods: $0.falsehoods) } ?? .boolean
        case "integer": .integer(min: attribute?.min.map { Int($0) }, max: attribute?.max.map { Int($0) })
        case "number": .number(min: attribute?.min, max: attribute?.max)
        case "enum": .enumeration(attribute?.values ?? [])
        case "enum-list": .tokenList(attribute?.values ?? [])
        case "keys": .keys(attribute?.keys ?? "0123456789*#")
        case "dtmf": .dtmf
        case "phone": .phone
        case "sip-uri": .sipURI
        case "language": .language
        default: .string(maxLength: nil)
        }
    }
}
