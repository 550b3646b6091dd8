/// The index of a `texml test --report` run: every scenario passed or failed, and for a failed
/// one its golden diff beside the report of the new run.
public enum SuiteIndexPage {
    /// One scenario's line.
    public struct Entry: Sendable, Equatable {
        public var scenario: String
        public var passed: Bool
        /// The golden diff or the failure's message, without terminal colours.
        public var detail: String
        /// The report relative to the index, when one was written.
        public var report: String?

        public init(scenario: String, passed: Bool, detail: String, report: String?) {
            self.scenario = scenario
            self.passed = passed
            self.detail = detail
            self.report = report
        }
    }

    /// A unified diff, escaped, its removed and added lines marked for colour.
    static func diffHTML(_ diff: String) -> String {
        diff.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let text = ReportPage.htmlText(String(line))
            if line.hasPrefix("-") && !line.hasPrefix("---") { return "<span class=\"del\">\(text)</span>" }
            if line.hasPrefix("+") && !line.hasPrefix("+++") { return "<span class=\"ins\">\(text)</span>" }
            return text
        }.joined(separator: "\n")
    }

    /// The page: static HTML, every text escaped; no script.
    public static func html(_ entries: [Entry]) -> String {
        let failed = entries.filter { !$0.passed }.count
        var rows = ""
        for entry in entries {
            let name = ReportPage.htmlText(entry.scenario)
            let link = entry.report.map { "<a href=\"\(ReportPage.htmlText($0))\">\(name)</a>" } ?? name
            rows += "<tr class=\"\(entry.passed ? "pass" : "fail")\"><td>\(entry.passed ? "PASS" : "FAIL")</td>"
            rows += "<td>\(link)</td></tr>\n"
            guard !entry.passed else { continue }
            rows +=
                "<tr class=\"detail\"><td></td><td><div class=\"pair\"><pre>\(diffHTML(entry.detail))</pre>"
            if let report = entry.report {
                rows += "<iframe src=\"\(ReportPage.htmlText(report))\" title=\"report of \(name)\"></iframe>"
            }
            rows += "</div></td></tr>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; frame-src *">
            <title>texml test: \(entries.count - failed) passed, \(failed) failed</title>
            <style>
            body { margin:24px; font:13px/1.45 system-ui,"DejaVu Sans",sans-serif; color:#1d2330; background:#f7f8fa; }
            h1 { font-size:18px; } table { border-collapse:collapse; width:100%; background:#fff; }
            td { border-top:1px solid #e4e7ec; padding:4px 8px; vertical-align:top; }
            tr.pass td:first-child { color:#067647; font-weight:700; } tr.fail td:first-child { color:#d92d20; font-weight:700; }
            .pair { display:grid; grid-template-columns:minmax(0,1fr) minmax(0,1.4fr); gap:12px; }
            pre { margin:0; overflow:auto; max-height:640px; background:#fef3f2; padding:8px; font-size:12px; }
            iframe { width:100%; height:640px; border:1px solid #e4e7ec; }
            .del { background:#fee4e2; color:#912018; } .ins { background:#dcfae6; color:#085d3a; }
            </style></head>
            <body data-passed="\(entries.count - failed)" data-failed="\(failed)">
            <h1>texml test: \(entries.count - failed) passed, \(failed) failed</h1>
            <table>
            \(rows)</table>
            </body></html>

            """
    }
}
