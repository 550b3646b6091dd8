import TeXMLGrammar
import TeXMLSyntax

/// The URL attributes the platform would request (or play, or connect to) that the simulator
/// does not: never a silent no-op (issue 15, point 3). Whenever one is written on a verb the
/// simulator runs, or on a noun inside it, the trace gets a `warning` naming the element and the
/// attribute ("… is not simulated"). docs/verbs.md lists every entry ("URL attributes not
/// simulated"), and `URLAttributeCoverageTests` checks that every URL attribute of the grammar is
/// either requested in a sample or listed here.
///
/// An entry names an element and its attributes, in whichever dialects the grammar gives the
/// element that attribute: a document only has it where the dialect does.
enum UnsimulatedURLs {
    static let attributes: [String: Set<String>] = [
        // Verbs the simulator runs.
        "Conference": ["waitUrl", "statusCallback", "eventCallbackUrl", "callbackUrl", "waitSound"],
        "Dial": ["referUrl", "audioUrl", "dialMusic", "callbackUrl", "heartbeatUrl", "ifMachineUrl"],
        "Gather": ["partialResultCallback"],
        "Play": ["failoverUrl"],
        "Response": ["statusCallback", "heartbeatCallback"],
        "Start": ["action"],
        // Nouns of verbs the simulator runs.
        "Number": ["amdStatusCallback"],
        "Sip": ["amdStatusCallback", "action"],
        "Application": ["url", "statusCallback"],
        "WhatsApp": ["url", "statusCallback"],
        "Queue": ["url"],
        "Siprec": ["statusCallback"],
        // The stream itself is simulated (`stream.started`, its status callbacks, Call Control's
        // 90045 while it runs: Streams.swift), but no WebSocket is opened and nothing is sent over
        // one, so its address is "not simulated" like `<ConversationRelay url>`'s. Not under
        // `<Stop>`, which connects to nothing.
        "Stream": ["url"],
        "Transcription": ["statusCallbackUrl", "transcriptionCallback"],
        // Verbs run as no-ops, and their nouns.
        "AIGather": ["action"],
        "Connect": ["action"],
        "Conversation": ["url", "statusCallback", "recordingStatusCallback"],
        "ConversationRelay": ["url"],
        "VirtualAgent": ["statusCallback"],
        "Enqueue": ["action", "waitUrl"],
        "GetSpeech": ["action", "grammar"],
        "Pay": ["action", "statusCallback"],
        "Refer": ["action"],
        "Sms": ["action", "statusCallback"],
    ]

    /// Whether the simulator leaves this attribute of this element unrequested.
    static func contains(_ element: String, _ attribute: String) -> Bool {
        attributes[element]?.contains(attribute) ?? false
    }
}

extension CallRun {
    /// Warns of every URL attribute written on `verb` or the nouns inside it that the platform
    /// would request and the simulator does not (``UnsimulatedURLs``); on the first verb of a
    /// document, of the root's too. A `<Gather>`'s prompts are left out: each is announced, and
    /// checked, when it plays; so are `<Stop>`'s nouns, which name what to stop and connect to
    /// nothing (`<Stop><Stream url>`).
    mutating func warnUnsimulatedURLs(_ verb: Node) {
        if let root = document?.document.root, root.children.first?.range == verb.range {
            warnUnsimulatedURLs(on: root)
        }
        func visit(_ node: Node, _ run: inout CallRun) {
            run.warnUnsimulatedURLs(on: node)
            if node.name == "Stop" { return }
            for child in node.children {
                if case .gather = node, child.isPrompt { continue }
                visit(child, &run)
            }
        }
        visit(verb, &self)
    }

    /// The warnings for one element's own attributes.
    mutating func warnUnsimulatedURLs(on node: Node) {
        guard UnsimulatedURLs.attributes[node.name] != nil else { return }
        let spec = Grammar.of(behaviour.dialect).element(node.name)
        for field in node.writtenAttributeFields where UnsimulatedURLs.contains(node.name, field.name) {
            let url = resolve(field.unquotedValue)
            let summary = spec?.attribute(field.name)?.summary
            // A WebSocket (`<Stream url>`, `<ConversationRelay url>`) is connected to, not requested.
            let socket = url.hasPrefix("wss:") || url.hasPrefix("ws:")
            emitWarning(
                code: nil,
                "<\(node.name) \(field.name)> is not simulated: \(behaviour.dialect.platform) would "
                    + (socket ? "connect to " : "request ") + url + (summary.map { " (\($0))" } ?? "")
                    + "; texml sends nothing there",
                [
                    .element(node.name), .attribute(field.name), .url(url),
                    .document(document?.name ?? ""), .line(node.range.start.line),
                    .column(node.range.start.column),
                ])
        }
    }
}

extension AttributeField {
    /// The written text of a string attribute: `value` renders it quoted, with `"`, `\`, new
    /// lines and tabs escaped.
    var unquotedValue: String {
        guard value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") else { return value }
        var result = ""
        var escaped = false
        for character in value.dropFirst().dropLast() {
            if escaped {
                switch character {
                case "n": result.append("\n")
                case "t": result.append("\t")
                default: result.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
