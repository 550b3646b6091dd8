import Foundation
import TeXMLGrammar
import Testing

@Suite("AST as JSON")
struct ASTEncodingTests {
    @Test("a document encodes as the element tree: name, range, attributes, text, children")
    func documentEncodesAsTheElementTree() throws {
        let result = Validator(dialect: .twiml).validate(
            "<Response>\n  <Say voice=\"alice\">Hello</Say>\n  <Record maxLength=\"20\"/>\n</Response>\n")
        let document = try #require(result.document)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = try #require(
            try JSONSerialization.jsonObject(with: encoder.encode(document)) as? [String: Any])
        #expect(json["dialect"] as? String == "twiml")
        let root = try #require(json["root"] as? [String: Any])
        #expect(root["name"] as? String == "Response")
        let children = try #require(root["children"] as? [[String: Any]])
        #expect(children.map { $0["name"] as? String } == ["Say", "Record"])
        #expect(children[0]["text"] as? String == "Hello")
        #expect(children[1]["text"] == nil)
        let range = try #require(children[1]["range"] as? [String: Any])
        #expect((range["start"] as? [String: Any])?["line"] as? Int == 3)
        let attributes = try #require(children[1]["attributes"] as? [[String: Any]])
        let maxLength = try #require(attributes.first { $0["name"] as? String == "maxLength" })
        #expect(maxLength["value"] as? String == "20" && maxLength["isDefault"] as? Bool == false)
        #expect(attributes.contains { $0["name"] as? String == "timeout" && $0["isDefault"] as? Bool == true })
    }
}
