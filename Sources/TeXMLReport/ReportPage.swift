import Foundation

/// A ``CallReport`` as one self-contained HTML page: the model as JSON in a data block, the
/// stylesheet and the renderer inline, nothing fetched (a Content-Security-Policy forbids it).
///
/// The template is Swift source (``ReportTemplate``), not a resource file: a resource needs
/// `Bundle.module`, which on Linux looks for a folder beside the executable and breaks when the
/// binary is copied alone; a string travels with the code.
public enum ReportPage {
    /// The page for `report`.
    public static func html(_ report: CallReport) throws -> String {
        fill(ReportTemplate.call, title: report.title, data: try embeddedJSON(report))
    }

    /// The template with its two markers replaced, each once; the values are never searched for
    /// markers (a title may well contain `/*DATA*/`).
    static func fill(_ template: String, title: String, data: String) -> String {
        let head = template.components(separatedBy: "/*TITLE*/")
        let tail = head[1].components(separatedBy: "/*DATA*/")
        return head[0] + htmlText(title) + tail[0] + data + tail[1]
    }

    /// `value` as JSON that is safe inside `<script type="application/json">`: every `<`, `>`
    /// and `&` (so no `</script>` or `<!--` can close the block), the line separators JavaScript
    /// treats as newlines, and every non-ASCII character are written as `\uXXXX` escapes, which
    /// JSON reads back as the same text. The page is ASCII whatever the call's strings hold.
    public static func embeddedJSON<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let data = try encoder.encode(value)
        var output = ""
        output.reserveCapacity(data.count + data.count / 16)
        for scalar in String(decoding: data, as: UTF8.self).unicodeScalars {
            switch scalar {
            case "<", ">", "&": output += unicodeEscape(UInt16(scalar.value))
            case _ where scalar.value < 0x80: output.unicodeScalars.append(scalar)
            default:
                for unit in String(scalar).utf16 { output += unicodeEscape(unit) }
            }
        }
        return output
    }

    private static func unicodeEscape(_ unit: UInt16) -> String {
        let hex = String(unit, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }

    /// Text for HTML content or a quoted attribute: markup characters and non-ASCII as
    /// character references, control characters as their Unicode pictures.
    public static func htmlText(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\n", "\t": output.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20: output += "&#\(0x2400 + scalar.value);"
            case _ where scalar.value < 0x7F: output.unicodeScalars.append(scalar)
            default: output += "&#\(scalar.value);"
            }
        }
        return output
    }
}
