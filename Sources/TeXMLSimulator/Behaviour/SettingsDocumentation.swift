import TeXMLGrammar

extension BehaviourSetting {
    /// The file whose settings tables are generated from ``all``, relative to the package root.
    public static let documentationPath = "docs/settings.md"
    /// The command that regenerates them; the staleness test quotes it.
    public static let documentationCommand = "TEXML_REGENERATE_DOCS=1 swift test --filter SettingsDocumentationTests"
    /// The marker lines around the generated part of docs/settings.md.
    public static let documentationBegin =
        "<!-- BEGIN GENERATED from BehaviourSetting.all by `\(documentationCommand)`. Do not edit. -->"
    public static let documentationEnd = "<!-- END GENERATED -->"

    /// The generated part of docs/settings.md (between the markers): a summary of the per-dialect
    /// differences, then for each section a table of its settings with every dialect's default and
    /// the notes on each.
    public static var documentation: String {
        let dialects = Dialect.allCases
        var lines: [String] = []
        var differences: [String] = []
        for dialect in dialects where dialect != .twiml {
            let changed = all.filter { $0.defaultSpelling(dialect) != $0.defaultSpelling(.twiml) }
                .map { "`\($0.key): \($0.defaultSpelling(dialect))`" }
            differences.append(
                "`\(dialect.rawValue)`: " + (changed.isEmpty ? "none" : changed.joined(separator: ", ")))
        }
        lines += wrap(
            "**Per-dialect defaults.** Each table gives every dialect's default; where one differs from "
                + "`twiml`'s: " + differences.joined(separator: "; ") + ".")
        for section in Section.allCases {
            let settings = all.filter { $0.section == section }
            guard !settings.isEmpty else { continue }
            lines += ["", "## \(section.rawValue)", ""]
            lines.append(
                "| setting | values | " + dialects.map(\.rawValue).joined(separator: " | ") + " | decides |")
            lines.append("|---|---|" + String(repeating: "---|", count: dialects.count) + "---|")
            for setting in settings {
                let cells = dialects.map { dialect in
                    setting.defaultText(dialect) + (setting.isUnconfirmed(dialect) ? " (unconfirmed)" : "")
                }
                let row = ["`\(setting.key)`", setting.values] + cells + [setting.decides]
                lines.append(
                    "| " + row.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |")
            }
            let notes = settings.filter { $0.detail != nil }
            if !notes.isEmpty { lines.append("") }
            for setting in notes {
                let detail = setting.detail ?? ""
                var parts = detail.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                let first = parts.removeFirst()
                let head = "- **`\(setting.key)`**:"
                lines += first.isEmpty ? [head] : wrap(first, prefix: head + " ", indent: "  ")
                for item in parts where !item.isEmpty {
                    lines += wrap(item, prefix: "  ", indent: "    ")
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `document` with its generated part replaced by ``documentation``; nil when it lacks the markers.
    public static func updatingDocumentation(_ document: String) -> String? {
        guard let begin = document.range(of: documentationBegin),
            let end = document.range(of: documentationEnd, range: begin.upperBound..<document.endIndex)
        else { return nil }
        return String(document[..<begin.upperBound]) + "\n" + documentation + "\n"
            + String(document[end.lowerBound...])
    }

    /// `text` after `prefix`, broken at spaces into lines of at most `width` characters (a longer
    /// word stands alone); lines after the first start with `indent`. Code spans and the text of
    /// links are not broken.
    static func wrap(_ text: String, prefix: String = "", indent: String = "", width: Int = 120) -> [String] {
        var words: [String] = []
        var current = ""
        var inCode = false
        var inLinkText = false
        for character in text {
            if character == "`" { inCode.toggle() }
            if !inCode, character == "[" { inLinkText = true }
            if !inCode, character == "]" { inLinkText = false }
            if character == " ", !inCode, !inLinkText {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(current) }
        var lines: [String] = []
        var line = prefix
        var fresh = true
        for word in words {
            if fresh || line.count + 1 + word.count <= width {
                line += (fresh ? "" : " ") + word
            } else {
                lines.append(line)
                line = indent + word
            }
            fresh = false
        }
        lines.append(line)
        return lines
    }
}
