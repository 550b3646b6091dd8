extension TracePayload {
    /// The file whose event tables are generated from ``allTypes``, relative to the package root.
    public static let documentationPath = "docs/trace-events.md"
    /// The command that regenerates them; the staleness test quotes it.
    public static let documentationCommand = "TEXML_REGENERATE_DOCS=1 swift test --filter TraceDocumentationTests"
    /// The marker line before one section's generated table.
    public static func documentationBegin(_ section: TraceEventDocumentation.Section) -> String {
        "<!-- BEGIN GENERATED \"\(section.rawValue)\" from TracePayload.allTypes by `\(documentationCommand)`. "
            + "Do not edit. -->"
    }
    /// The marker line after each generated table.
    public static let documentationEnd = "<!-- END GENERATED -->"

    /// One section's generated part of docs/trace-events.md: a table of its events (name, fields
    /// in their order, when it is written), then the values of each state field.
    public static func documentation(_ section: TraceEventDocumentation.Section) -> String {
        let events = allTypes.map { $0.documentation }.filter { $0.section == section }
        var lines = ["| event | fields | written when |", "|---|---|---|"]
        var states: [String] = []
        for event in events {
            func list(_ fields: [TraceFieldDocumentation]) -> String {
                fields.map { field in "`\(field.name)`" + (field.note.map { " (\($0))" } ?? "") }
                    .joined(separator: ", ")
            }
            var fields = event.fields.isEmpty ? "—" : list(event.fields)
            if !event.then.isEmpty { fields += "; then, in the order found, any of " + list(event.then) }
            let row = ["`\(event.name)`", fields, event.summary]
            lines.append(
                "| " + row.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |")
            for field in event.fields + event.then {
                guard let values = field.values else { continue }
                let list = values.map { "`\($0)`" }.joined(separator: ", ")
                states += BehaviourSetting.wrap("- `\(event.name)`'s `\(field.name)` is one of \(list).", indent: "  ")
            }
        }
        if !states.isEmpty { lines += [""] + states }
        return lines.joined(separator: "\n")
    }

    /// `document` with each section's generated part replaced by ``documentation(_:)``; nil when
    /// a section's markers are missing.
    public static func updatingDocumentation(_ document: String) -> String? {
        var result = document
        for section in TraceEventDocumentation.Section.allCases {
            guard let begin = result.range(of: documentationBegin(section)),
                let end = result.range(of: documentationEnd, range: begin.upperBound..<result.endIndex)
            else { return nil }
            result =
                String(result[..<begin.upperBound]) + "\n" + documentation(section) + "\n"
                + String(result[end.lowerBound...])
        }
        return result
    }
}
