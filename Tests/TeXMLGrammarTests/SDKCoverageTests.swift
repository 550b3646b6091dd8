import Foundation
import TeXMLGrammar
import TeXMLSyntax
import Testing

/// The voice TwiML names that Twilio's official Python helper library can generate, as
/// `Grammar/sdk/snapshot-twilio.py` writes them (`Grammar/sdk/twilio-python-voice.json`).
struct SDKSnapshot: Decodable {
    struct Element: Decodable {
        var attributes: [String]
        var children: [String]
        var text: Bool
    }

    var library: String
    var version: String
    var elements: [String: Element]

    static let url = PackagePaths.root.appendingPathComponent("Grammar/sdk/twilio-python-voice.json")

    static func load() throws -> SDKSnapshot {
        try JSONDecoder().decode(SDKSnapshot.self, from: Data(contentsOf: url))
    }

    /// Every (parent, child) relation the builders can produce, sorted.
    var relations: [(parent: String, child: String)] {
        elements.keys.sorted().flatMap { parent in elements[parent]!.children.map { (parent, $0) } }
    }
}

/// Where `Grammar/` deliberately differs from what twilio-python can generate, following Twilio's
/// documentation. Each one is noted in the grammar file named here: the note must mention
/// `twilio-python` and the `mention` text, and cite `source`.
struct SDKException: CustomStringConvertible, Sendable {
    enum Subject: Sendable {
        /// An element the grammar does not have.
        case element(String)
        /// A child the grammar does not allow under this parent.
        case relation(parent: String, child: String)
        /// An attribute the grammar does not have.
        case attribute(element: String, name: String)
    }

    var subject: Subject
    /// The element file (`Grammar/elements/<file>`) whose `notes` explain the difference.
    var file: String
    /// Text the note must contain, naming what differs.
    var mention: String
    /// Twilio's page the grammar follows.
    var source: String

    var description: String {
        switch subject {
        case .element(let name): "<\(name)>"
        case .relation(let parent, let child): "<\(parent)><\(child)>"
        case .attribute(let element, let name): "<\(element) \(name)>"
        }
    }

    func covers(element: String) -> Bool {
        if case .element(let name) = subject { return name == element }
        return false
    }

    func covers(parent: String, child: String) -> Bool {
        if case .relation(let p, let c) = subject { return p == parent && c == child }
        return covers(element: child) || covers(element: parent)
    }

    func covers(element: String, attribute: String) -> Bool {
        if case .attribute(let e, let a) = subject { return e == element && a == attribute }
        return covers(element: element)
    }

    /// The exceptions, each following a page of Twilio's documentation over the library.
    static let all: [SDKException] = [
        // `VoiceResponse.prompt()`: Twilio documents <Prompt> only as a noun of <Pay>.
        SDKException(
            subject: .relation(parent: "Response", child: "Prompt"), file: "Prompt.json",
            mention: "<Response><Prompt>", source: "https://www.twilio.com/docs/voice/twiml/pay/prompt"),
        // `VoiceResponse.queue()`: Twilio documents <Queue> only as a noun of <Dial>.
        SDKException(
            subject: .relation(parent: "Response", child: "Queue"), file: "Queue.json",
            mention: "<Response><Queue>", source: "https://www.twilio.com/docs/voice/twiml/queue"),
        // `Connect.autopilot()`: Twilio shut Autopilot down on 2023-08-25.
        SDKException(
            subject: .element("Autopilot"), file: "Connect.json", mention: "<Autopilot>",
            source: "https://www.twilio.com/docs/autopilot/api"),
    ]
}

/// Grammar/ has every element, placement and attribute twilio-python's `VoiceResponse` can
/// produce for `twiml`, but for the documented exceptions above.
@Suite("SDK coverage: twilio-python VoiceResponse")
struct SDKCoverageTests {
    static let grammar = Grammar.twiml

    /// Every element file, by element name, as raw JSON.
    static func elementFiles() throws -> [String: (file: String, object: [String: Any])] {
        let directory = PackagePaths.root.appendingPathComponent("Grammar/elements")
        var result: [String: (String, [String: Any])] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: directory.path) where file.hasSuffix(".json") {
            let data = try Data(contentsOf: directory.appendingPathComponent(file))
            if let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
                let name = object["name"] as? String
            {
                result[name] = (file, object)
            }
        }
        return result
    }

    @Test("the snapshot is the library's, with a version")
    func snapshotIsReadable() throws {
        let snapshot = try SDKSnapshot.load()
        #expect(snapshot.library == "twilio (PyPI)")
        #expect(snapshot.version.split(separator: ".").count == 3, "version \(snapshot.version)")
        #expect(snapshot.elements["Response"] != nil)
        #expect(snapshot.elements.count > 40)
    }

    @Test("every element the library writes exists in twiml")
    func elements() throws {
        let snapshot = try SDKSnapshot.load()
        let missing = snapshot.elements.keys.sorted().filter { name in
            Self.grammar.element(name) == nil && !SDKException.all.contains { $0.covers(element: name) }
        }
        #expect(missing.isEmpty, "twiml lacks elements twilio-python writes: \(missing.map { "<\($0)>" })")
    }

    @Test("every child the library appends is allowed in its parent")
    func relations() throws {
        let snapshot = try SDKSnapshot.load()
        var missing: [String] = []
        for (parent, child) in snapshot.relations
        where !SDKException.all.contains(where: { $0.covers(parent: parent, child: child) }) {
            guard let spec = Self.grammar.element(child), Self.grammar.element(parent) != nil else { continue }
            if !spec.parents.contains(parent) { missing.append("<\(parent)><\(child)>") }
        }
        #expect(missing.isEmpty, "twiml does not allow: \(missing)")
    }

    @Test("every attribute the library documents exists in twiml")
    func attributes() throws {
        let snapshot = try SDKSnapshot.load()
        var missing: [String] = []
        for name in snapshot.elements.keys.sorted() {
            guard let spec = Self.grammar.element(name) else { continue }
            for attribute in snapshot.elements[name]!.attributes
            where spec.attribute(attribute) == nil
                && !SDKException.all.contains(where: { $0.covers(element: name, attribute: attribute) })
            {
                missing.append("<\(name) \(attribute)>")
            }
        }
        #expect(missing.isEmpty, "twiml lacks attributes twilio-python writes: \(missing)")
    }

    @Test("an element the library gives text takes text in twiml")
    func text() throws {
        let snapshot = try SDKSnapshot.load()
        let missing = snapshot.elements.keys.sorted().filter { name in
            guard snapshot.elements[name]!.text, let spec = Self.grammar.element(name) else { return false }
            return spec.text == .none
        }
        #expect(missing.isEmpty, "twiml allows no text in: \(missing.map { "<\($0)>" })")
    }

    /// An exception must still be one (the grammar really differs, the library really writes it)
    /// and be explained where the grammar is read.
    @Test("each exception is real, and noted in its element file with its source")
    func exceptionsAreDocumented() throws {
        let snapshot = try SDKSnapshot.load()
        let files = try Self.elementFiles()
        for exception in SDKException.all {
            switch exception.subject {
            case .element(let name):
                #expect(snapshot.elements[name] != nil, "\(exception): the library no longer writes it")
                #expect(Self.grammar.element(name) == nil, "\(exception): the grammar has it now")
            case .relation(let parent, let child):
                #expect(
                    snapshot.elements[parent]?.children.contains(child) == true,
                    "\(exception): the library no longer writes it")
                #expect(
                    Self.grammar.element(child)?.parents.contains(parent) != true,
                    "\(exception): the grammar allows it now")
            case .attribute(let element, let name):
                #expect(
                    snapshot.elements[element]?.attributes.contains(name) == true,
                    "\(exception): the library no longer writes it")
                #expect(
                    Self.grammar.element(element)?.attribute(name) == nil, "\(exception): the grammar has it now")
            }
            guard let entry = files.values.first(where: { $0.file == exception.file }) else {
                Issue.record("\(exception): no element file \(exception.file)")
                continue
            }
            let notes = (entry.object["notes"] as? [String]) ?? []
            let sources = (entry.object["sources"] as? [String]) ?? []
            #expect(
                notes.contains { $0.contains("twilio-python") && $0.contains(exception.mention) },
                "\(exception): \(exception.file) has no note naming twilio-python and \(exception.mention)")
            #expect(
                sources.contains(exception.source) || notes.contains { $0.contains(exception.source) },
                "\(exception): \(exception.file) does not cite \(exception.source)")
        }
    }
}

/// Documents twilio-python could build from documented values: every relation of the snapshot
/// (each element in each parent the library puts it in), every attribute with each documented value
/// of its grammar type. None may draw an error in twiml.
@Suite("SDK coverage: documents built from the snapshot")
struct SDKGeneratedDocumentTests {
    static let grammar = Grammar.twiml

    /// Values of `type` its documentation allows: the default first, then its bounds, each enum
    /// value, a typical value for the rest.
    static func documentedValues(of attribute: AttributeSpec) -> [String] {
        var values: [String] = []
        if let value = attribute.defaultValue { values.append(value) }
        values += documentedValues(of: attribute.type, range: attribute.documentedRange)
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }

    static func documentedValues(of type: ValueType, range: DocumentedRange? = nil) -> [String] {
        switch type {
        case .string: return ["example"]
        case .url(let schemes):
            return schemes.contains("https")
                ? ["https://example.com/twiml", "/relative/path"] : ["\(schemes[0])://example.com/stream"]
        case .method: return ["POST", "GET"]
        case .boolean: return ["true", "false"]
        case .spelledBoolean(let truths, let falsehoods): return [truths[0], falsehoods[0]]
        case .integer(let min, let max):
            let low = range?.min.map { Int($0.rounded(.up)) } ?? min
            let high = range?.max.map { Int($0.rounded(.down)) } ?? max
            let values = [low, high].compactMap { $0 }.map(String.init)
            return values.isEmpty ? ["1"] : values
        case .number(let min, let max):
            let values = [range?.min ?? min, range?.max ?? max].compactMap { $0 }.map { "\($0)" }
            return values.isEmpty ? ["1.5"] : values
        case .enumeration(let allowed): return allowed
        case .tokenList(let allowed): return allowed + [allowed.joined(separator: " ")]
        case .keys(let allowed): return [String(allowed.prefix(1)), allowed]
        case .dtmf: return ["1234#", "ww1w2"]
        case .phone: return ["+15551234567"]
        case .sipURI: return ["sip:alice@example.com"]
        case .language: return ["en-US"]
        }
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// A document with `path` nested from `<Response>` (exclusive) down, the last element carrying
    /// `attributes`.
    static func document(path: [String], attributes: [(String, String)], snapshot: SDKSnapshot) -> String {
        var open = ""
        var close = ""
        for (index, name) in path.enumerated() {
            let spec = grammar.element(name)
            let isLeaf = index == path.count - 1
            var tag = "<\(name)"
            if isLeaf {
                for (attribute, value) in attributes { tag += " \(attribute)=\"\(escaped(value))\"" }
            }
            let wantsText = spec?.text == .required || (isLeaf && snapshot.elements[name]?.text == true)
            let text = wantsText ? spec?.textType.map { documentedValues(of: $0)[0] } ?? "Hello" : ""
            open += tag + ">" + escaped(text)
            close = "</\(name)>" + close
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>" + open + close + "</Response>"
    }

    /// The shortest chain of library relations from `<Response>` to each element, leaving out the
    /// exceptions.
    static func paths(_ snapshot: SDKSnapshot) -> [String: [String]] {
        var paths: [String: [String]] = ["Response": []]
        var queue = ["Response"]
        while !queue.isEmpty {
            let parent = queue.removeFirst()
            for child in snapshot.elements[parent]?.children ?? [] where paths[child] == nil {
                guard !SDKException.all.contains(where: { $0.covers(parent: parent, child: child) }) else { continue }
                paths[child] = paths[parent]! + [child]
                queue.append(child)
            }
        }
        return paths
    }

    static func documents() throws -> [(name: String, text: String)] {
        let snapshot = try SDKSnapshot.load()
        let paths = paths(snapshot)
        var documents: [(String, String)] = []
        /// The documented values of an attribute; for one the grammar lacks, a plain word.
        func values(_ element: String, _ attribute: String) -> [String] {
            grammar.element(element)?.attribute(attribute).map(documentedValues(of:)) ?? ["example"]
        }
        for (parent, child) in snapshot.relations
        where !SDKException.all.contains(where: { $0.covers(parent: parent, child: child) }) {
            guard let base = paths[parent] else { continue }
            // Every attribute the library documents, each with its first documented value.
            let attributes = (snapshot.elements[child]?.attributes ?? []).map { ($0, values(child, $0)[0]) }
            documents.append(
                (
                    "<\(parent)><\(child)> with every attribute",
                    document(path: base + [child], attributes: attributes, snapshot: snapshot)
                ))
        }
        for name in snapshot.elements.keys.sorted() {
            guard let path = paths[name], !path.isEmpty else { continue }
            for attribute in snapshot.elements[name]!.attributes {
                for value in values(name, attribute) {
                    documents.append(
                        (
                            "<\(name) \(attribute)=\"\(value)\">",
                            document(path: path, attributes: [(attribute, value)], snapshot: snapshot)
                        ))
                }
            }
        }
        return documents
    }

    @Test("every element of the snapshot is reachable from <Response> through the library's relations")
    func everyElementReachable() throws {
        let snapshot = try SDKSnapshot.load()
        let paths = Self.paths(snapshot)
        let unreachable = snapshot.elements.keys.sorted().filter { name in
            paths[name] == nil && !SDKException.all.contains { $0.covers(element: name) }
        }
        #expect(unreachable.isEmpty, "no allowed chain of library relations reaches: \(unreachable)")
    }

    /// No error, and no attribute reported unknown ("Twilio ignores it") either.
    @Test("a few hundred documents the library can build validate with no error")
    func documentsValidate() throws {
        let documents = try Self.documents()
        #expect(documents.count >= 300, "only \(documents.count) documents")
        var failures: [String] = []
        for (name, text) in documents {
            let errors = Validator(dialect: .twiml).validate(text).diagnostics.filter {
                $0.severity == .error || $0.id.rawValue == "texml.attribute.unknown"
            }
            if !errors.isEmpty {
                failures.append("\(name): \(errors.map { "\($0.id) \($0.message)" })\n  \(text)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(documents.count) fail:\n\(failures.joined(separator: "\n"))")
    }
}
