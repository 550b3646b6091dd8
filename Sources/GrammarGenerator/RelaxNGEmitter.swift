/// Emits a RELAX NG schema of one dialect for editors and `xmllint --relaxng`.
///
/// It says what the validator says about structure and values, except what RELAX NG cannot
/// express: unknown attributes are allowed (the validator only warns about them), and the lints
/// (unreachable verbs, missing action, …) are not schema rules.
enum RelaxNGEmitter {
    static func emit(_ source: GrammarSource, dialect: DialectSource) -> String {
        let elements = source.elements[dialect.id] ?? []
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- Generated from Grammar/ by `\(GrammarGenerator.command)`. Do not edit. -->
            <!-- \(dialect.language) (\(dialect.platform)): the call-flow documents texml validates with dialect \(dialect.id). -->
            <grammar xmlns="http://relaxng.org/ns/structure/1.0"
                     xmlns:a="http://relaxng.org/ns/compatibility/annotations/1.0"
                     datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
              <start>

            """
        for root in elements where root.kind == "root" { out += "    <ref name=\"\(defineName(root.name))\"/>\n" }
        out += "  </start>\n"
        for element in elements {
            out += "\n  <define name=\"\(defineName(element.name))\">\n"
            // Platforms accept `<amazon:effect>` with no namespace declaration; such a name is not
            // an NCName, so the schema can only match it as any element.
            out +=
                element.name.contains(":")
                ? "    <element>\n      <anyName/>\n" : "    <element name=\"\(escape(element.name))\">\n"
            out += "      <a:documentation>\(escape(element.summary))</a:documentation>\n"
            // A prefixed element is matched by any name, so its attributes are unchecked too:
            // otherwise two such elements would compete for the same tags.
            let attributes = element.name.contains(":") ? [] : element.attributes
            for attribute in attributes {
                out += "      <optional>\n        <attribute name=\"\(escape(attribute.name))\">\n"
                out += "          <a:documentation>\(escape(attribute.summary))</a:documentation>\n"
                out += pattern(type: attribute.type, attribute: attribute, indent: "          ")
                out += "        </attribute>\n      </optional>\n"
            }
            // Unknown attributes are warnings, not errors: allow any other attribute.
            if attributes.isEmpty {
                out +=
                    "      <zeroOrMore>\n        <attribute>\n          <anyName/>\n        </attribute>\n      </zeroOrMore>\n"
            } else {
                out += "      <zeroOrMore>\n        <attribute>\n          <anyName>\n            <except>\n"
                for attribute in attributes { out += "              <name>\(escape(attribute.name))</name>\n" }
                out += "            </except>\n          </anyName>\n        </attribute>\n      </zeroOrMore>\n"
            }
            let children = element.children.map { "<ref name=\"\(defineName($0))\"/>" }
            switch (element.text, children.isEmpty) {
            case ("none", true):
                out += "      <empty/>\n"
            case ("none", false):
                out += "      <zeroOrMore>\n        <choice>\n"
                for child in children { out += "          \(child)\n" }
                out += "        </choice>\n      </zeroOrMore>\n"
            case (_, true):
                let textType = element.textType ?? "string"
                if element.text != "required" {
                    out += "      <text/>\n"
                } else if textType == "string" {
                    // Required text: at least one non-space character, as the validator demands.
                    out += data("[\\s\\S]*\\S[\\s\\S]*", indent: "      ")
                } else {
                    out += pattern(type: textType, attribute: nil, indent: "      ")
                }
            default:
                out += "      <mixed>\n        <zeroOrMore>\n          <choice>\n"
                for child in children { out += "            \(child)\n" }
                out += "          </choice>\n        </zeroOrMore>\n      </mixed>\n"
            }
            out += "    </element>\n  </define>\n"
        }
        out += "</grammar>\n"
        return out
    }

    static func defineName(_ name: String) -> String {
        "element." + name.replacingOccurrences(of: ":", with: ".")
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// A regular-expression pattern for XSD `pattern` facets (XSD regexes are implicitly anchored).
    static func data(_ pattern: String, indent: String) -> String {
        "\(indent)<data type=\"string\"><param name=\"pattern\">\(escape(pattern))</param></data>\n"
    }

    static func pattern(type: String, attribute: AttributeSource?, indent: String) -> String {
        let space = "[ \\t\\n\\r]*"
        switch type {
        case "boolean":
            let words = attribute?.booleans.map { $0.truths + $0.falsehoods } ?? ["true", "false"]
            return "\(indent)<choice>"
                + words.map { "<value type=\"string\">\(escape($0))</value>" }.joined() + "</choice>\n"
        case "method":
            return data("\(space)([Gg][Ee][Tt]|[Pp][Oo][Ss][Tt])\(space)", indent: indent)
        case "integer":
            var facets = ""
            if let min = attribute?.min { facets += "<param name=\"minInclusive\">\(Int(min))</param>" }
            if let max = attribute?.max { facets += "<param name=\"maxInclusive\">\(Int(max))</param>" }
            return "\(indent)<data type=\"integer\">\(facets)</data>\n"
        case "number":
            var facets = ""
            if let min = attribute?.min { facets += "<param name=\"minInclusive\">\(min)</param>" }
            if let max = attribute?.max { facets += "<param name=\"maxInclusive\">\(max)</param>" }
            return "\(indent)<data type=\"decimal\">\(facets)</data>\n"
        case "enum":
            let values = (attribute?.values ?? []).map { "<value type=\"string\">\(escape($0))</value>" }.joined()
            return "\(indent)<choice>\(values)</choice>\n"
        case "enum-list":
            let values = (attribute?.values ?? []).map { "<value>\(escape($0))</value>" }.joined()
            return "\(indent)<list><oneOrMore><choice>\(values)</choice></oneOrMore></list>\n"
        case "keys":
            // Inside an XSD character class only these need a backslash.
            let characters = (attribute?.keys ?? "").map { "-[]\\^".contains($0) ? "\\" + String($0) : String($0) }
                .joined()
            return data("[\(characters)]\(attribute?.allowsEmpty == true ? "*" : "+")", indent: indent)
        case "dtmf":
            return data("[0-9*#wW]+", indent: indent)
        case "phone":
            // At least three digits, as the validator requires.
            return data("\(space)\\+?[ ().\\-]*([0-9][ ().\\-]*){3,}\(space)", indent: indent)
        case "sip-uri":
            // Looser than the validator (Validator's SIPURI): the scheme optional, as Twilio writes
            // `<Sip>kate@example.com</Sip>`; an unreadable URI is the validator's to report.
            return data("\(space)([Ss][Ii][Pp][Ss]?:)?[^ @]+(@[^ @]+)?\(space)", indent: indent)
        case "language":
            return data("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*", indent: indent)
        case "url":
            return data("\(space)[^ \\t\\n\\r]+\(space)", indent: indent)
        default:
            if let maxLength = attribute?.maxLength {
                return "\(indent)<data type=\"string\"><param name=\"maxLength\">\(maxLength)</param></data>\n"
            }
            return "\(indent)<text/>\n"
        }
    }
}
