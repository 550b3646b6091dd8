import Testing

@testable import TeXMLSyntax

@Suite("XMLReader positions")
struct XMLReaderPositionTests {
    let reader = XMLReader()

    func read(_ text: String) -> SyntaxDocument { reader.read(Array(text.utf8)) }

    @Test("element, attribute name and value ranges are exact")
    func elementRanges() throws {
        let source = """
            <?xml version="1.0"?>
            <Response>
              <Record  action = "/done" maxLength='20'/>
              <Say voice="alice">Hi &amp; bye</Say>
            </Response>
            """
        let document = read(source)
        #expect(document.diagnostics.isEmpty)
        let root = try #require(document.root)
        #expect(root.nameRange.description == "2:2-2:10")
        #expect(root.range.description == "2:1-5:12")
        let record = root.elementChildren[0]
        #expect(record.name == "Record")
        #expect(record.nameRange.description == "3:4-3:10")
        #expect(record.startTagRange.description == "3:3-3:45")
        #expect(record.range == record.startTagRange)
        #expect(record.attributes.map(\.name) == ["action", "maxLength"])
        #expect(record.attributes[0].nameRange.description == "3:12-3:18")
        #expect(record.attributes[0].valueRange.description == "3:22-3:27")
        #expect(record.attributes[0].value == "/done")
        #expect(record.attributes[1].valueRange.description == "3:40-3:42")
        let say = root.elementChildren[1]
        #expect(say.text == "Hi & bye")
        #expect(say.range.description == "4:3-4:40")
        guard case .text(let text) = say.children.first else {
            Issue.record("expected text")
            return
        }
        #expect(text.range.description == "4:22-4:34")
    }

    @Test("columns count Unicode scalars, offsets count UTF-8 bytes")
    func unicodeColumns() throws {
        let document = read("<Response><Say>héllo wörld</Say><Pause length=\"1\"/></Response>")
        let root = try #require(document.root)
        let pause = root.elementChildren[1]
        #expect(pause.nameRange.start.column == 34)
        #expect(pause.nameRange.start.offset == 35)
    }

    @Test("columns on a long non-ASCII line cross checkpoints correctly")
    func longUnicodeLine() {
        let prefix = String(repeating: "é", count: 150)  // 300 bytes: several checkpoints
        let index = LineIndex(Array("ab\n\(prefix)xyz".utf8))
        let location = index.location(ofOffset: 3 + 300 + 1)  // the `y`
        #expect(location.line == 2)
        #expect(location.column == 152)
        #expect(index.location(ofOffset: 3).column == 1)
        #expect(index.location(ofOffset: 1).column == 2)
    }

    @Test("attribute values are entity-decoded and normalised")
    func attributeDecoding() throws {
        let document = read(
            "<Response><Redirect method=\"GET\">https://x/a?b=1&amp;c=2</Redirect><Say v=\"a&#10;b\">x</Say></Response>"
        )
        let root = try #require(document.root)
        #expect(root.elementChildren[0].text == "https://x/a?b=1&c=2")
        #expect(root.elementChildren[1].attributes[0].value == "a\nb")
    }

    @Test("undeclared namespace prefixes are accepted, as platforms do for <amazon:effect>")
    func undeclaredPrefix() throws {
        let document = read("<Response><Say><amazon:effect name=\"whispered\">x</amazon:effect></Say></Response>")
        #expect(document.diagnostics.isEmpty)
        let say = try #require(document.root?.elementChildren.first)
        #expect(say.elementChildren.first?.name == "amazon:effect")
    }

    @Test("CR LF line ends count as one")
    func crlf() throws {
        let document = read("<Response>\r\n  <Hangup/>\r\n</Response>")
        let hangup = try #require(document.root?.elementChildren.first)
        #expect(hangup.nameRange.start.description == "2:4")
    }

    @Test("root is built from the compact form on each read, and can be assigned")
    func rootFromStore() throws {
        var document = read("<Response>\n  <Say voice=\"alice\">Hi &amp; bye</Say><!-- c --><Pause/>\n</Response>")
        let root = try #require(document.root)
        #expect(document.root == root)
        #expect(root.elementChildren.map(\.name) == ["Say", "Pause"])
        #expect(root.children.count == 4)  // text, Say, Pause, text
        var edited = root
        edited.attributes.append(
            SyntaxAttribute(name: "x", value: "1", nameRange: root.nameRange, valueRange: root.nameRange))
        document.root = edited
        #expect(document.root == edited)
        document.root = nil
        #expect(document.root == nil)
    }

    @Test("every libxml2 error is reported with a position")
    func multipleErrors() {
        let document = read("<Response>\n  <Say>a</Sya>\n  <Play>\n</Response>")
        #expect(document.root == nil)
        #expect(document.diagnostics.count >= 2)
        #expect(document.diagnostics.allSatisfy { $0.id == "texml.syntax.not-well-formed" && $0.range.start.line >= 2 })
    }
}

@Suite("LineIndex")
struct LineIndexTests {
    /// Line and column of every offset by the definition: count line breaks (LF, CR LF, lone CR)
    /// before the offset, then the scalars between the line start and the offset.
    static func reference(_ bytes: [UInt8]) -> [TeXMLSyntax.SourceLocation] {
        var result: [TeXMLSyntax.SourceLocation] = []
        var line = 1
        var lineStart = 0
        var index = 0
        while index <= bytes.count {
            var column = 1
            for byte in bytes[lineStart..<index] where byte & 0xC0 != 0x80 { column += 1 }
            result.append(TeXMLSyntax.SourceLocation(line: line, column: column, offset: index))
            if index < bytes.count, bytes[index] == 0x0D || bytes[index] == 0x0A {
                let crlf = bytes[index] == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A
                if crlf {
                    index += 1
                    result.append(TeXMLSyntax.SourceLocation(line: line, column: column + 1, offset: index))
                }
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        return result
    }

    @Test("every offset of mixed ASCII, multi-byte text and all three line ends maps as defined")
    func matchesReference() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [
            Array("abcdefgh".utf8), Array("<Say>".utf8), [0x0A], [0x0D], [0x0D, 0x0A], Array("é".utf8),
            Array("€".utf8), Array("😀".utf8), Array("  ".utf8), [0x09],
        ]
        let withoutLineEnds = pieces.filter { !$0.contains(0x0A) && !$0.contains(0x0D) }
        for length in [0, 1, 7, 8, 9, 63, 64, 65, 127, 128, 129, 500, 3000, 5000] {
            for round in 0..<8 {
                // Half the inputs are one long line, so that columns come from scalar checkpoints.
                let choices = round.isMultiple(of: 2) ? pieces : withoutLineEnds
                var bytes: [UInt8] = []
                while bytes.count < length { bytes += choices.randomElement(using: &generator)! }
                let index = LineIndex(bytes)
                let expected = Self.reference(bytes)
                for location in expected {
                    #expect(index.location(ofOffset: location.offset) == location, "\(bytes)")
                }
            }
        }
    }
}

struct LineIndexLineColumnTests {
    @Test func lineAndColumnGiveTheByteOffsetAndClamp() {
        let index = LineIndex(Array("ab\néx😀y\n".utf8))
        #expect(index.location(line: 2, column: 3) == SourceLocation(line: 2, column: 3, offset: 6))
        #expect(index.location(line: 2, column: 99) == SourceLocation(line: 2, column: 5, offset: 11))
        #expect(index.location(line: 1, column: 1) == SourceLocation(line: 1, column: 1, offset: 0))
        #expect(index.location(line: 9, column: 1) == SourceLocation(line: 3, column: 1, offset: 12))
        // Round trip with the offset lookup on every scalar boundary.
        for offset in [0, 1, 2, 3, 5, 6, 10, 11] {
            let location = index.location(ofOffset: offset)
            #expect(index.location(line: location.line, column: location.column) == location)
        }
    }
}
