import TeXMLSupport
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
        let indent = Self.spaces(width + 2 + Self.nameWidth + 3)
        for event in events {
            let time = event.time.secondsText
            output += Self.spaces(width - time.count) + time + "  "
            let name = Self.padded(event.name, toLength: max(Self.nameWidth, event.name.count))
            // Names, values and documents come from scenarios and documents: a control
            // character in one is shown as its picture, never sent to the terminal.
            output += paint(TerminalText.escaped(name), colorCode(event.name)) + " "
            let (summary, details) = describe(event)
            output += TerminalText.escaped(summary)
            // Trailing spaces would make golden files and diffs noisy.
            while output.hasSuffix(" ") { output.removeLast() }
            output += "\n"
            for line in details { output += indent + TerminalText.escaped(line) + "\n" }
        }
        return output
    }

    /// `text.padding(toLength: length, withPad: " ", startingAt: 0)` without Foundation's bridge
    /// to NSString, which was a quarter of `texml run --repeat`'s time. The length counts UTF-16
    /// units, as NSString's does; a longer text is truncated, and that rare case keeps Foundation's
    /// own behaviour.
    static func padded(_ text: String, toLength length: Int) -> String {
        let units = text.utf16.count
        if units == length { return text }
        if units > length { return text.padding(toLength: length, withPad: " ", startingAt: 0) }
        return text + spaces(length - units)
    }

    /// `count` spaces, written straight into a new string: `String(repeating:count:)` goes through
    /// a generic path that cost thousands of instructions a line here.
    static func spaces(_ count: Int) -> String {
        guard count > 0 else { return "" }
        return String(unsafeUninitializedCapacity: count) { buffer in
            buffer.initialize(repeating: UInt8(ascii: " "))
            return count
        }
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

    private static func fieldText(_ fields: [(String, TraceValue)], skipping: Set<String> = []) -> String {
        fields.filter { !skipping.contains($0.0) }.map { key, value in
            switch value {
            case .string(let text): "\(key)=" + Self.quoteIfNeeded(text)
            case .strings(let texts): "\(key)=[" + texts.map(Self.quoteIfNeeded).joined(separator: ", ") + "]"
            default: "\(key)=\(value.text)"
            }
        }.joined(separator: " ")
    }

    /// The lines beneath a request or response: its parameters aligned, then its JSON body indented.
    private static func bodyLines(params: [(String, String)]?, json: JSONValue?) -> [String] {
        var details: [String] = []
        if let pairs = params {
            let nameWidth = pairs.map(\.0.count).max() ?? 0
            for (name, value) in pairs {
                details.append(Self.padded(name, toLength: nameWidth) + "  " + value)
            }
        }
        if let json { details += json.prettyLines }
        return details
    }

    private func describe(_ event: TraceEvent) -> (String, [String]) {
        switch event.payload {
        case .verbStarted(let started):
            var rest: [(String, TraceValue)] = []
            rest.add("text", started.text)
            rest.add("url", started.url)
            return (Self.verbLine(started.place, rest), started.attributes.map { "\($0.0)=\($0.1)" })
        case .verbEnded(let ended):
            var outcome: [(String, TraceValue)] = []
            for item in ended.outcome { item.append(to: &outcome) }
            return (Self.verbLine(ended.place, outcome), [])
        case .httpRequest(let request):
            var summary = "\(request.method) \(request.url) (\(request.purpose))"
            var json: JSONValue?
            switch request.body {
            case .media(let file, let contentType, let bytes)?:
                var upload: [(String, TraceValue)] = []
                upload.add("file", file)
                upload.add("content_type", contentType)
                upload.add("bytes", bytes)
                summary += " " + Self.fieldText(upload)
            case .json(let document)?: json = document
            case nil: break
            }
            return (summary, Self.bodyLines(params: request.params, json: json))
        case .apiRequest(let request):
            let target: String
            let details: [String]
            switch request.call {
            case .form(let method, let url, let params):
                target = method + " " + url
                details = Self.bodyLines(params: params, json: nil)
            case .json(let method, let url, let body):
                target = method + " " + url
                details = Self.bodyLines(params: nil, json: body)
            case .node(let module, let node):
                target = module
                details = Self.bodyLines(params: nil, json: node)
            }
            let line = request.line.map { " (scenario line \($0))" } ?? ""
            return ("\(request.platform.rawValue) \(target)\(line)", details)
        case .apiResponse(let response):
            return (
                "\(response.platform.rawValue) \(response.status)", Self.bodyLines(params: nil, json: response.body)
            )
        case .httpResponse(let response):
            let status = response.status.map(String.init) ?? "timeout"
            return (status + " " + Self.fieldText(event.fields, skipping: ["status", "url"]), [])
        default:
            return (Self.fieldText(event.fields), [])
        }
    }

    /// `<Verb> document:line:column` and the other fields.
    private static func verbLine(_ place: TraceEvent.VerbPlace, _ rest: [(String, TraceValue)]) -> String {
        "<\(place.verb)> \(place.document):\(place.line):\(place.column) " + fieldText(rest)
    }
}
