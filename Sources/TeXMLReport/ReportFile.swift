import Foundation

/// Writing a report and pointing it at files beside it.
public enum ReportFile {
    /// A report that could not be written, with the path and the system's reason.
    public struct WriteError: Error, CustomStringConvertible, Sendable {
        public var path: String
        public var reason: String
        public var description: String { "cannot write the report '\(path)': \(reason)" }
    }

    /// Writes `html` to `path` atomically, creating its folder.
    public static func write(_ html: String, to path: String) throws(WriteError) {
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(html.utf8).write(to: url, options: .atomic)
        } catch {
            throw WriteError(
                path: path, reason: (error as NSError).localizedFailureReason ?? error.localizedDescription)
        }
    }

    /// `target` relative to the folder holding `report`, with `/` separators and each segment
    /// percent-encoded, for an `src` attribute that works from `file://` and from a CI artifact.
    public static func relativeURL(of target: String, fromReport report: String) -> String {
        let base = URL(fileURLWithPath: report).deletingLastPathComponent().standardizedFileURL.pathComponents
        let path = URL(fileURLWithPath: target).standardizedFileURL.pathComponents
        var common = 0
        while common < min(base.count, path.count) && base[common] == path[common] { common += 1 }
        let parts = Array(repeating: "..", count: base.count - common) + path[common...]
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/?#;")
        return parts.map { $0.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0 }.joined(separator: "/")
    }
}
