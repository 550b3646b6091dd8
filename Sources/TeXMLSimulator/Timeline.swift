import TeXMLSyntax

/// Renders a trace as a readable timeline: aligned virtual timestamps, one event a line, each
/// request's parameters beneath it, verbs with their source line and column.
///
///        0.000  call.started   CallSid=CA… From=+15551230001 To=+15559870002 Direction=inbound
///        0.000  http.request   POST https://app.example.com/voicemail.xml (voice)
///                                AccountSid=AC…
public struct TimelineRenderer: Sendable {
    /// Whether to add ANSI colours.
    public var color: Bool

    public init(color: Bool = false) { self.color = color }

    private static let nameWidth = 17

    public func render(_ events: [TraceEvent]) -> String {
        let width = max(events.map { $0.time.secondsText.count }.max() ?? 5, 7)
        var output = ""
        for event in events {
            let time = event.time.secondsText
            output += String(repeating: " ", count: width - time.count) + time + "  "
            let name = event.name.padding(toLength: max(Self.nameWidth, event.name.count), withPad: " ", startingAt: 0)
            // Names, values and documents come from scenarios and documents: a control
            // character in one is shown as its picture, never sent to the terminal.
            output += paint(TerminalText.escaped(name), colorCode(event.name)) + " "
            let (summary, details) = describe(event)
            output += TerminalText.escaped(summary)
            // Trailing spaces would make golden files and diffs noisy.
            while output.hasSuffix(" ") { output.removeLast() }
            output += "\n"
            let indent = String(repeating: " ", count: width + 2 + Self.nameWidth + 3)
            for line in details { output += indent + TerminalText.escaped(line) + "\n" }
        }
        return output
    }

    private func paint(_ text: String, _ code: String?) -> String {
        guard color, let code else { return text }
        return "\u{1B}[" + code + "m" + text + "\u{1B}[0m"
    }

    private func colorCode(_ name: String) -> String? {
        if name == "error" { return "1;31" }
        if name == "warning" { return "1;33" }
        if name.hasPrefix("http.") || name.hasPrefix("api.") { return "36" }
        if name.hasPrefix("caller.") || name.hasPrefix("party.") { return "33" }
        if name.hasPrefix("verb.") { return "32" }
        if name.hasPrefix("call.") { return "1" }
        if name.hasPrefix("record") { return "35" }
        return nil
    }

    static func quoteIfNeeded(_ text: String) -> String {
        if !text.isEmpty, !text.contains(where: { $0 == " " || $0 == "\"" || $0 == "\n" || $0 == "=" }) { return text }
        return JSONText.quoted(text)
    }

    private func fieldText(_ fields: [(String, TraceValue)], skipping: Set<String> = []) -> String {
        fields.filter { !skipping.contains($0.0) }.map { key, value in
            switch value {
            case .string(let text): "\(key)=" + Self.quoteIfNeeded(text)
            case .strings(let texts): "\(key)=[" + texts.map(Self.quoteIfNeeded).joined(separator: ", ") + "]"
            default: "\(key)=\(value.text)"
            }
        }.joined(separator: " ")
    }

    /// The lines beneath a request or response: its parameters aligned, or its JSON body indented.
    private static func bodyLines(_ event: TraceEvent) -> [String] {
        var details: [String] = []
        if case .parameters(let pairs)? = event["params"] {
            let nameWidth = pairs.map(\.0.count).max() ?? 0
            for (name, value) in pairs {
                details.append(name.padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  " + value)
            }
        }
        for key in ["body", "node"] {
            if case .json(let document)? = event[key] { details += document.prettyLines }
        }
        return details
    }

    private func describe(_ event: TraceEvent) -> (String, [String]) {
        switch event.name {
        case "verb.started", "verb.ended":
            let verb = event.string("verb") ?? "?"
            var line = "0"
            var column = "0"
            if case .int(let value)? = event["line"] { line = String(value) }
            if case .int(let value)? = event["column"] { column = String(value) }
            let rest = fieldText(event.fields, skipping: ["verb", "document", "line", "column", "attributes"])
            let document = event.string("document") ?? ""
            var details: [String] = []
            if case .parameters(let pairs)? = event["attributes"] {
                details = pairs.map { "\($0.0)=\($0.1)" }
            }
            return ("<\(verb)> \(document):\(line):\(column) " + rest, details)
        case "http.request":
            let method = event.string("method") ?? "?"
            let url = event.string("url") ?? "?"
            let purpose = event.string("purpose") ?? "?"
            var summary = "\(method) \(url) (\(purpose))"
            if event["file"] != nil {
                summary += " " + fieldText(event.fields.filter { ["file", "content_type", "bytes"].contains($0.0) })
            }
            return (summary, Self.bodyLines(event))
        case "api.request":
            let platform = event.string("platform") ?? "?"
            let target =
                event.string("module") ?? ((event.string("method") ?? "?") + " " + (event.string("url") ?? "?"))
            let line = event["line"].map { " (scenario line \($0.text))" } ?? ""
            return ("\(platform) \(target)\(line)", Self.bodyLines(event))
        case "api.response":
            let platform = event.string("platform") ?? "?"
            return ("\(platform) \(event["status"]?.text ?? "?")", Self.bodyLines(event))
        case "http.response":
            var status = "?"
            switch event["status"] {
            case .int(let value)?: status = String(value)
            case .string(let value)?: status = value
            default: break
            }
            return (status + " " + fieldText(event.fields, skipping: ["status", "url"]), [])
        default:
            return (fieldText(event.fields), [])
        }
    }
}
