import Foundation
import TeXMLGrammar
import Testing

@testable import TeXMLSimulator

/// Every attribute that names a URL in `Grammar/elements/*.json` (`"type": "url"`) is either
/// requested by the simulator in some sample (a golden's `http.request` to the URL a sample
/// document writes in it), or, when the simulator does not request it, traced as a `warning` the
/// docs describe: never a silent no-op (issue 15, point 3).
@Suite("URL attribute coverage")
struct URLAttributeCoverageTests {
    /// One URL attribute of one element, with the dialects it exists in.
    struct URLAttribute: Hashable, CustomStringConvertible {
        var element: String
        var attribute: String
        var description: String { "<\(element) \(attribute)>" }
    }

    static let dialects = ["twiml", "texml", "cxml", "pivot", "inboundxml"]

    /// Every URL attribute of the grammar, with the dialects where it exists (per-dialect attribute
    /// lists, such as InboundXML's, included).
    static func grammarURLAttributes() throws -> [URLAttribute: Set<String>] {
        let folder = PackagePaths.root.appendingPathComponent("Grammar/elements")
        var result: [URLAttribute: Set<String>] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".json") {
            let data = try Data(contentsOf: folder.appendingPathComponent(file))
            guard let element = try JSONSerialization.jsonObject(with: data) as? [String: Any],
                let name = element["name"] as? String
            else { continue }
            let elementDialects = Set(element["dialects"] as? [String] ?? dialects)
            func collect(_ attributes: Any?, only: Set<String>?) {
                for case let attribute as [String: Any] in attributes as? [Any] ?? [] {
                    guard attribute["type"] as? String == "url", let attributeName = attribute["name"] as? String
                    else { continue }
                    var existing =
                        only ?? elementDialects.intersection(Set(attribute["dialects"] as? [String] ?? dialects))
                    // cXML inherits TwiML's attributes.
                    if only == nil, existing.contains("twiml") { existing.insert("cxml") }
                    result[URLAttribute(element: name, attribute: attributeName), default: []].formUnion(existing)
                }
            }
            collect(element["attributes"], only: nil)
            for dialect in dialects {
                if let override = element[dialect] as? [String: Any], override["attributes"] != nil {
                    collect(override["attributes"], only: [dialect])
                }
            }
        }
        return result
    }

    /// The URL attributes some sample's golden shows requested: for each document a golden shows
    /// fetched (`body=FILE`), every URL attribute written in it whose resolved URL the same golden
    /// requests.
    static func requestedInSamples(_ wanted: Set<URLAttribute>) throws -> [URLAttribute: String] {
        var found: [URLAttribute: String] = [:]
        let samples = PackagePaths.samples
        guard let walker = FileManager.default.enumerator(atPath: samples.path) else { return found }
        let tag = try Regex(#"<([A-Za-z][A-Za-z0-9]*)(\s[^<>]*?)?/?>"#)
        let attribute = try Regex(#"([A-Za-z][A-Za-z0-9]*)\s*=\s*"([^"]*)""#)
        for case let path as String in walker where path.hasSuffix(".golden") {
            let golden = samples.appendingPathComponent(path)
            let folder = golden.deletingLastPathComponent()
            let lines = try String(contentsOf: golden, encoding: .utf8).components(separatedBy: "\n")
            var requested: Set<String> = []
            // Files uploaded (`file=`): Kazoo's `<Record recordingUrl>` is a folder the file is put under.
            var uploads: [String] = []
            var documents: [(url: String, file: String)] = []
            var lastURL: String?
            for line in lines {
                let fields = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
                guard fields.count >= 3 else { continue }
                if fields[1] == "http.request", fields.count >= 4 {
                    lastURL = URLResolution.withoutQuery(fields[3])
                    requested.insert(lastURL!)
                    if fields.contains(where: { $0.hasPrefix("file=") }) { uploads.append(lastURL!) }
                } else if fields[1] == "http.response", let body = fields.first(where: { $0.hasPrefix("body=") }),
                    let url = lastURL
                {
                    documents.append((url, String(body.dropFirst(5))))
                }
            }
            for (url, file) in documents {
                guard let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                else { continue }
                for match in text.matches(of: tag) {
                    let element = String(match.output[1].substring ?? "")
                    let rest = String(match.output[2].substring ?? "")
                    for pair in rest.matches(of: attribute) {
                        let key = URLAttribute(element: element, attribute: String(pair.output[1].substring ?? ""))
                        guard wanted.contains(key), found[key] == nil else { continue }
                        let value = String(pair.output[2].substring ?? "")
                        let resolved = URLResolution.withoutQuery(
                            URLResolution.resolve(value.trimmingXMLSpace(), against: url))
                        let folder = resolved.hasSuffix("/") ? resolved : resolved + "/"
                        if requested.contains(resolved) || uploads.contains(where: { $0.hasPrefix(folder) }) {
                            found[key] = path
                        }
                    }
                }
            }
        }
        return found
    }

    /// Where an element may stand in `dialect` (its own `parents`, or the dialect's override), and
    /// the text it needs, from its grammar file.
    static func placement(_ element: String, dialect: String, optionalText: Bool = false) throws -> (
        parents: [String], text: String?
    ) {
        let file = PackagePaths.root.appendingPathComponent("Grammar/elements/\(element).json")
        guard let spec = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any] else {
            return ([], nil)
        }
        let override = spec[dialect] as? [String: Any] ?? (dialect == "cxml" ? spec["twiml"] as? [String: Any] : nil)
        let parents = override?["parents"] as? [String] ?? spec["parents"] as? [String] ?? []
        let text = override?["text"] as? String ?? spec["text"] as? String
        // The probed element gets text it may have too (a grammar being edited may require it again).
        guard text == "required" || (optionalText && text == "optional") else { return (parents, nil) }
        switch override?["textType"] as? String ?? spec["textType"] as? String {
        case "phone": return (parents, "+15550001111")
        case "url": return (parents, "https://probe.example/text")
        case "sip-uri": return (parents, "sip:probe@example.com")
        default: return (parents, "probe")
        }
    }

    /// A document with the attribute written on `key.element`, the element inside a valid parent
    /// (its first `parents` entry, up to `<Response>`: `<Start><Stream>`, `<Dial><Queue>`,
    /// `<Connect><ConversationRelay>`); the root's attributes are written on `<Response>`, with a verb
    /// in it.
    static func probeDocument(_ key: URLAttribute, url: String, dialect: String) throws -> String {
        let attribute = "\(key.attribute)=\"\(url)\""
        var (parents, text) = try placement(key.element, dialect: dialect, optionalText: true)
        if parents.isEmpty {
            return "<Response \(attribute)><Pause length=\"1\"/></Response>"
        }
        var body =
            text.map { "<\(key.element) \(attribute)>\($0)</\(key.element)>" } ?? "<\(key.element) \(attribute)/>"
        var depth = 0
        while !parents.contains("Response"), let parent = parents.first, depth < 5 {
            let (grandparents, parentText) = try placement(parent, dialect: dialect)
            body = "<\(parent)>\(parentText ?? "")\(body)</\(parent)>"
            parents = grandparents
            depth += 1
        }
        return "<Response>\(body)</Response>"
    }

    /// Runs a document with the attribute written on the element (nested in a valid parent), in
    /// `dialect`; returns whether the simulator requested it, the warnings it traced and the
    /// validation errors that kept it from running.
    static func probe(_ key: URLAttribute, dialect: String) throws -> (requested: Bool, warnings: [String]) {
        // A WebSocket address (`<Stream url>`) takes its own scheme.
        let file = PackagePaths.root.appendingPathComponent("Grammar/elements/\(key.element).json")
        let spec = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
        let attributes =
            (spec?["attributes"] as? [[String: Any]] ?? [])
            + ((spec?[dialect] as? [String: Any])?["attributes"] as? [[String: Any]] ?? [])
        let schemes = attributes.first { $0["name"] as? String == key.attribute }?["schemes"] as? [String]
        let url = "\(schemes?.first ?? "https")://probe.example/\(key.attribute)"
        let body = try probeDocument(key, url: url, dialect: dialect)
        let result = simulate(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- dialect: \(dialect) -->\n\(body)\n",
            "caller: [ { press: \"1#\" }, { silence: 30s }, hangup ]\n")
        let requested = result.events("http.request").contains {
            $0.string("url").map { URLResolution.withoutQuery($0) == url } ?? false
        }
        return (
            requested,
            (result.events("warning") + result.events("error")).compactMap { $0.string("message") }
        )
    }

    @Test func everyURLAttributeIsRequestedInASampleOrWarnedAbout() throws {
        let attributes = try Self.grammarURLAttributes()
        #expect(attributes.count > 50)
        let requested = try Self.requestedInSamples(Set(attributes.keys))
        let docs = try String(
            contentsOf: PackagePaths.root.appendingPathComponent("docs/verbs.md"), encoding: .utf8)
        var uncovered: [(name: String, why: String)] = []
        for (key, dialects) in attributes.sorted(by: { $0.key.description < $1.key.description }) {
            if requested[key] != nil { continue }
            // Not requested in any sample: the simulator must say it does nothing with it, in a
            // warning naming the element, documented on the verbs page.
            let dialect = Self.dialects.first(where: dialects.contains) ?? "twiml"
            let (wasRequested, messages) = try Self.probe(key, dialect: dialect)
            let warned = messages.contains { $0.contains("\(key) is not simulated") }
            let documented = docs.contains("`\(key)`")
            if warned && documented && !wasRequested { continue }
            uncovered.append(
                (
                    key.description,
                    "\(key) [\(dialects.sorted().joined(separator: ","))]: "
                        + (wasRequested
                            ? "requested, but in no sample"
                            : warned
                                ? "warned about, but not listed in docs/verbs.md"
                                : "neither requested in a sample nor warned about (the probe traced: \(messages))")
                ))
        }
        #expect(
            uncovered.isEmpty,
            "URL attributes never requested in a sample nor warned about:\n\(uncovered.map(\.why).joined(separator: "\n"))"
        )
        // The attributes this issue is about are requested in samples.
        for name in [
            "Number url", "Number statusCallback", "Sip url", "Sip statusCallback", "Client url",
            "Client statusCallback",
        ] {
            let parts = name.split(separator: " ").map(String.init)
            #expect(requested[URLAttribute(element: parts[0], attribute: parts[1])] != nil, "<\(name)> in no sample")
        }
    }
    /// Every entry of the simulator's table of unrequested URL attributes is a URL attribute of the
    /// grammar (no stale entry), and docs/verbs.md lists it.
    @Test func everyUnsimulatedURLAttributeIsAGrammarURLAndDocumented() throws {
        let attributes = try Self.grammarURLAttributes()
        let docs = try String(
            contentsOf: PackagePaths.root.appendingPathComponent("docs/verbs.md"), encoding: .utf8)
        for (element, names) in UnsimulatedURLs.attributes {
            for name in names {
                let key = URLAttribute(element: element, attribute: name)
                #expect(attributes[key] != nil, "\(key) is not a URL attribute in Grammar/elements")
                #expect(docs.contains("`\(key)`"), "\(key) is not listed in docs/verbs.md")
            }
        }
    }

    /// `<Start><Stream url>`: the stream is traced (`stream.started`, its status callbacks, Call
    /// Control's 90045 while it runs), but no WebSocket is opened and nothing is sent over one
    /// (Streams.swift), so the trace says so; a `<Stop><Stream>` connects to nothing, whatever it writes.
    @Test func aStreamURLIsTracedAndWarnedAboutButNotOnStop() throws {
        let result = simulate(
            flow(
                """
                <Start><Stream name="s" url="wss://media.example.com/assist"/></Start>
                <Pause length="1"/>
                <Stop><Stream name="s" url="wss://media.example.com/assist"/></Stop>
                """),
            "caller: [ { silence: 30s }, hangup ]\n")
        #expect(result.events("stream.started").first?.string("url") == "wss://media.example.com/assist")
        let warnings = result.events("warning").filter { $0.string("message")?.contains("is not simulated") == true }
        #expect(warnings.count == 1)
        #expect(
            warnings.first?.string("message")
                == "<Stream url> is not simulated: Twilio would connect to wss://media.example.com/assist (wss:// address of the WebSocket server); texml sends nothing there"
        )
        #expect(warnings.first?["line"] == .int(3))
    }

    /// The warning names the element, the attribute and the URL as the platform would resolve it,
    /// where it is written: on a noun inside a verb too, and on a `<Gather>`'s prompt when it plays.
    @Test func anUnsimulatedURLAttributeIsAWarningWhereItIsWritten() throws {
        let result = simulate(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <Response>
              <Gather partialResultCallback="/partial" input="speech"><Play failoverUrl="backup.mp3">https://cdn.example/a.mp3</Play></Gather>
              <Dial><Number amdStatusCallback="amd">+15550001111</Number></Dial>
            </Response>
            """.replacingOccurrences(of: "<Response>", with: "<!-- dialect: texml -->\n<Response>"),
            "caller: [ { silence: 30s }, hangup ]\n")
        let warnings = result.events("warning").filter { $0.string("message")?.contains("is not simulated") == true }
        #expect(
            warnings.map { ($0.string("element") ?? "") + " " + ($0.string("attribute") ?? "") } == [
                "Gather partialResultCallback", "Play failoverUrl", "Number amdStatusCallback",
            ])
        #expect(
            warnings.compactMap { $0.string("url") } == [
                "https://app.example.com/partial", "https://app.example.com/backup.mp3",
                "https://app.example.com/amd",
            ])
        #expect(
            warnings.first?.string("message")
                == "<Gather partialResultCallback> is not simulated: Telnyx would request https://app.example.com/partial (URL that receives partial speech results); texml sends nothing there"
        )
        #expect(
            warnings.map { warning -> Int in
                if case .int(let line)? = warning["line"] { return line }
                return 0
            } == [4, 4, 5])
    }
}
