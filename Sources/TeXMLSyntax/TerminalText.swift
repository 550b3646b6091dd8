/// Text as a terminal may show it: C0 controls (but tab) and DEL become their Unicode control
/// pictures (U+2400…), one column each, so a document, a scenario or a metadata file cannot move
/// the cursor, clear the screen or change the title, and carets stay aligned. Every command that
/// prints text to a terminal (`validate`, `run`, `test`, `recordings`) escapes with this one.
public enum TerminalText {
    public static func escaped(_ text: String) -> String {
        guard needsEscaping(text) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09: result.append(scalar)
            case 0x00..<0x20: result.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: result.append(Unicode.Scalar(0x2421)!)
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// Text of several lines: each line escaped, the line feeds between them kept.
    public static func escapedLines(_ text: String) -> String {
        guard needsEscaping(text) else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { escaped(String($0)) }
            .joined(separator: "\n")
    }

    /// Whether `text` holds a character ``escaped(_:)`` would change.
    public static func needsEscaping(_ text: String) -> Bool {
        text.utf8.contains { ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F }
    }
}
