import TeXMLGrammar
public import TeXMLSupport
public import TeXMLSyntax

/// Turns a positioned scenario tree into a ``Scenario``, collecting every problem as a located
/// diagnostic instead of stopping at the first.
public struct ScenarioDecoder {
    private(set) var diagnostics: [Diagnostic] = []
    /// Problems found after ``maxDiagnostics``: counted, not kept (250 000 unknown keys must not
    /// cost 250 000 messages with their notes).
    private var suppressed = 0
    /// Most problems one scenario reports.
    public static let maxDiagnostics = 100
    /// Every file the scenario names, with where: the loader reads them and reports missing ones.
    private(set) var references: [FileReference] = []

    /// A file named in a scenario.
    public struct FileReference: Sendable, Hashable {
        public var path: String
        public var range: SourceRange
        /// Audio files are WAV files whose length matters.
        public var isAudio: Bool
    }

    /// Decodes `root`; the scenario is nil when any diagnostic is an error.
    public static func decode(_ root: ScenarioNode, defaultName: String) -> (Scenario?, [Diagnostic]) {
        let (scenario, diagnostics, _) = decodeWithReferences(root, defaultName: defaultName)
        return (scenario, diagnostics)
    }

    /// Decodes `root` and lists the files it names.
    public static func decodeWithReferences(_ root: ScenarioNode, defaultName: String)
        -> (Scenario?, [Diagnostic], [FileReference])
    {
        var decoder = ScenarioDecoder()
        let scenario = decoder.scenario(root, defaultName: defaultName)
        var diagnostics = decoder.diagnostics
        if decoder.suppressed > 0, let last = diagnostics.last {
            diagnostics.append(
                Diagnostic(
                    id: ScenarioDiagnostics.tooManyProblems, severity: .note,
                    message: "\(decoder.suppressed) more problem\(decoder.suppressed == 1 ? "" : "s") not shown",
                    range: last.range))
        }
        return (diagnostics.containsErrors ? nil : scenario, diagnostics, decoder.references)
    }

    private mutating func reference(_ path: String, _ node: ScenarioNode, audio: Bool = false) {
        references.append(FileReference(path: path, range: node.range, isAudio: audio))
    }

    // MARK: Shapes

    private mutating func fail(
        _ id: DiagnosticID, _ message: String, _ node: ScenarioNode, notes: [DiagnosticNote] = []
    ) {
        guard !isSaturated else { return suppressed += 1 }
        diagnostics.append(ScenarioDiagnostics.error(id, message, node.range, notes: notes))
    }

    private var isSaturated: Bool { diagnostics.count >= Self.maxDiagnostics }

    /// The entries of a mapping, checked against the allowed keys.
    private mutating func mapping(_ node: ScenarioNode, _ what: String, allowed: [String]) -> [String: (
        ScenarioNode, ScenarioNode
    )]? {
        guard case .mapping(let pairs) = node.value else {
            fail(ScenarioDiagnostics.wrongType, "\(what) must be a mapping, not \(node.kindName)", node)
            return nil
        }
        var result: [String: (ScenarioNode, ScenarioNode)] = [:]
        for (key, value) in pairs {
            guard let name = key.scalar else {
                fail(ScenarioDiagnostics.wrongType, "keys of \(what) must be scalars", key)
                continue
            }
            if let earlier = result[name] {
                fail(
                    ScenarioDiagnostics.duplicateKey, "duplicate key '\(name)' in \(what)", key,
                    notes: [DiagnosticNote("first written here", range: earlier.0.range)])
                continue
            }
            if !allowed.contains(name) {
                // Past the cap the key is only counted: no suggestion is worked out for it.
                if isSaturated {
                    suppressed += 1
                    continue
                }
                var notes: [DiagnosticNote] = []
                if let guess = Spelling.closest(to: name, in: allowed) {
                    notes.append(DiagnosticNote("did you mean '\(guess)'?"))
                }
                notes.append(DiagnosticNote("allowed keys: " + allowed.joined(separator: ", ")))
                fail(ScenarioDiagnostics.unknownKey, "unknown key '\(name)' in \(what)", key, notes: notes)
                continue
            }
            result[name] = (key, value)
        }
        return result
    }

    /// The entries of a mapping whose keys are free (URLs, party addresses), in file order.
    private mutating func openMapping(_ node: ScenarioNode, _ what: String) -> [(String, ScenarioNode, ScenarioNode)] {
        guard case .mapping(let pairs) = node.value else {
            if case .null = node.value { return [] }
            fail(ScenarioDiagnostics.wrongType, "\(what) must be a mapping, not \(node.kindName)", node)
            return []
        }
        var seen: [String: ScenarioNode] = [:]
        var result: [(String, ScenarioNode, ScenarioNode)] = []
        for (key, value) in pairs {
            guard let name = key.scalar, !name.isEmpty else {
                fail(ScenarioDiagnostics.wrongType, "keys of \(what) must be non-empty scalars", key)
                continue
            }
            if let earlier = seen[name] {
                fail(
                    ScenarioDiagnostics.duplicateKey, "duplicate key '\(name)' in \(what)", key,
                    notes: [DiagnosticNote("first written here", range: earlier.range)])
                continue
            }
            seen[name] = key
            result.append((name, key, value))
        }
        return result
    }

    private mutating func string(_ node: ScenarioNode, _ what: String) -> String? {
        guard let text = node.scalar else {
            fail(ScenarioDiagnostics.wrongType, "\(what) must be a scalar, not \(node.kindName)", node)
            return nil
        }
        return text
    }

    private mutating func duration(_ node: ScenarioNode, _ what: String) -> SimTime? {
        guard let text = string(node, what) else { return nil }
        guard let time = SimTime.parse(text) else {
            fail(
                ScenarioDiagnostics.badValue, "\(what) '\(text)' is not a duration", node,
                notes: [DiagnosticNote("write a duration such as 6s, 1.5s, 250ms, 2m or 1h")])
            return nil
        }
        return time
    }

    private mutating func bool(_ node: ScenarioNode, _ what: String) -> Bool? {
        guard let text = string(node, what) else { return nil }
        switch text {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            fail(ScenarioDiagnostics.badValue, "\(what) must be true or false, not '\(text)'", node)
            return nil
        }
    }

    private mutating func integer(_ node: ScenarioNode, _ what: String, in range: ClosedRange<Int>) -> Int? {
        guard let text = string(node, what) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            fail(
                ScenarioDiagnostics.badValue,
                "\(what) must be an integer from \(range.lowerBound) to \(range.upperBound), not '\(text)'", node)
            return nil
        }
        return value
    }

    private mutating func choice<T: RawRepresentable & CaseIterable>(_ node: ScenarioNode, _ what: String, _: T.Type)
        -> T? where T.RawValue == String
    {
        choice(node, what, allowed: T.allCases.map(\.rawValue)).flatMap(T.init(rawValue:))
    }

    /// One of the `allowed` words.
    private mutating func choice(_ node: ScenarioNode, _ what: String, allowed: [String]) -> String? {
        guard let text = string(node, what) else { return nil }
        if allowed.contains(text) { return text }
        var notes = [DiagnosticNote("allowed: " + allowed.joined(separator: ", "))]
        if let guess = Spelling.closest(to: text, in: allowed) {
            notes.insert(DiagnosticNote("did you mean '\(guess)'?"), at: 0)
        }
        fail(ScenarioDiagnostics.badValue, "\(what) '\(text)' is not one of the allowed values", node, notes: notes)
        return nil
    }

    private mutating func method(_ node: ScenarioNode, _ what: String) -> String? {
        guard let text = string(node, what) else { return nil }
        let upper = text.uppercased()
        guard upper == "GET" || upper == "POST" else {
            fail(ScenarioDiagnostics.badValue, "\(what) must be GET or POST, not '\(text)'", node)
            return nil
        }
        return upper
    }

    // MARK: The scenario

    static let topKeys = [
        "version", "name", "description", "dialect", "flow", "flow_url", "call", "caller", "parties", "webhooks",
        "media", "api", "settings", "limits", "seed", "expected_warnings", "live",
    ]

    mutating func scenario(_ root: ScenarioNode, defaultName: String) -> Scenario {
        var scenario = Scenario(name: defaultName)
        guard let keys = mapping(root, "the scenario", allowed: Self.topKeys) else { return scenario }
        if let (_, node) = keys["version"], let version = integer(node, "version", in: 1...1_000),
            version != Scenario.currentVersion
        {
            fail(
                ScenarioDiagnostics.unsupportedVersion,
                "scenario version \(version) is not supported; this texml reads version \(Scenario.currentVersion)",
                node)
        }
        if let (_, node) = keys["name"], let name = string(node, "name") { scenario.name = name }
        if let (_, node) = keys["description"] { _ = string(node, "description") }
        if let (_, node) = keys["dialect"] { scenario.dialect = choice(node, "dialect", Dialect.self) }
        if let (_, node) = keys["live"] { scenario.live = live(node) }
        if let (_, node) = keys["flow"] {
            scenario.flow = string(node, "flow")
            if let flow = scenario.flow { reference(flow, node) }
        } else if scenario.live == nil {
            fail(
                ScenarioDiagnostics.missingKey, "the scenario has no 'flow': the first document's file", root,
                notes: [DiagnosticNote("add `flow: voicemail.xml` (a path relative to the scenario file)")])
        }
        if let (_, node) = keys["flow_url"], let url = string(node, "flow_url") {
            if URLResolution.isAbsolute(url) {
                scenario.flowURL = url
            } else {
                fail(ScenarioDiagnostics.badValue, "flow_url '\(url)' must be an absolute URL", node)
            }
        }
        if let (_, node) = keys["call"] { call(node, into: &scenario.call) }
        if let (_, node) = keys["caller"] { scenario.caller = steps(node, "caller") }
        if let (_, node) = keys["parties"] { scenario.parties = parties(node) }
        if let (_, node) = keys["webhooks"] { scenario.webhooks = webhooks(node) }
        if let (_, node) = keys["media"] { scenario.media = media(node) }
        if let (_, node) = keys["api"] { scenario.api = apiCommands(node) }
        if let (_, node) = keys["settings"] { settings(node, into: &scenario.settings) }
        if let (_, node) = keys["limits"] { limits(node, into: &scenario.limits) }
        if let (_, node) = keys["expected_warnings"] {
            if case .sequence(let items) = node.value {
                scenario.expectedWarnings = items.compactMap { string($0, "an expected warning") }
            } else {
                fail(
                    ScenarioDiagnostics.wrongType,
                    "expected_warnings must be a list of codes or ids, not \(node.kindName)", node)
            }
        }
        if let (_, node) = keys["seed"], let text = string(node, "seed") {
            if let seed = UInt64(text) {
                scenario.seed = seed
            } else {
                fail(ScenarioDiagnostics.badValue, "seed must be a non-negative integer, not '\(text)'", node)
            }
        }
        return scenario
    }

    /// `live: true`, or a mapping with `auth_token`, `allow_hosts`, `api_port`, `settle` and `pace`;
    /// `live: false` is no live run.
    mutating func live(_ node: ScenarioNode) -> LiveSettings? {
        if case .scalar = node.value {
            return bool(node, "live") == true ? LiveSettings() : nil
        }
        guard let keys = mapping(node, "live", allowed: ["auth_token", "allow_hosts", "api_port", "settle", "pace"])
        else { return nil }
        var live = LiveSettings()
        if let (_, value) = keys["auth_token"] { live.authToken = string(value, "live.auth_token") }
        if let (_, value) = keys["api_port"] { live.apiPort = integer(value, "live.api_port", in: 0...65535) }
        if let (_, value) = keys["settle"] { live.settle = duration(value, "live.settle") }
        if let (_, value) = keys["pace"] { live.pace = choice(value, "live.pace", LivePace.self) }
        if let (_, value) = keys["allow_hosts"] {
            if case .sequence(let items) = value.value {
                live.allowedHosts = items.compactMap { string($0, "a host of live.allow_hosts") }
            } else {
                fail(
                    ScenarioDiagnostics.wrongType, "live.allow_hosts must be a list of hosts, not \(value.kindName)",
                    value)
            }
        }
        return live
    }

    mutating func call(_ node: ScenarioNode, into call: inout CallSettings) {
        guard
            let keys = mapping(
                node, "call",
                allowed: [
                    "from", "to", "direction", "method", "status_callback", "status_callback_method", "account_sid",
                    "webhook_url",
                ])
        else { return }
        if let (_, value) = keys["from"], let text = string(value, "call.from") { call.from = text }
        if let (_, value) = keys["to"], let text = string(value, "call.to") { call.to = text }
        if let (_, value) = keys["direction"], let direction = choice(value, "call.direction", CallDirection.self) {
            call.direction = direction
        }
        if let (_, value) = keys["method"], let method = method(value, "call.method") { call.method = method }
        if let (_, value) = keys["status_callback"], let text = string(value, "call.status_callback") {
            call.statusCallback = text
        }
        if let (_, value) = keys["status_callback_method"], let method = method(value, "call.status_callback_method") {
            call.statusCallbackMethod = method
        }
        if let (_, value) = keys["account_sid"], let text = string(value, "call.account_sid") { call.accountSid = text }
        if let (_, value) = keys["webhook_url"], let text = string(value, "call.webhook_url") {
            if URLResolution.isAbsolute(text) {
                call.webhookURL = text
            } else {
                fail(ScenarioDiagnostics.badValue, "call.webhook_url '\(text)' must be an absolute URL", value)
            }
        }
    }

    // MARK: Scripts

    static let stepKinds = ["speak", "silence", "press", "hangup", "wait_for", "at"]

    mutating func steps(_ node: ScenarioNode, _ what: String) -> [ScriptStep] {
        guard case .sequence(let items) = node.value else {
            if case .null = node.value { return [] }
            fail(ScenarioDiagnostics.wrongType, "\(what) must be a list of steps, not \(node.kindName)", node)
            return []
        }
        return items.compactMap { step($0, what) }
    }

    mutating func step(_ node: ScenarioNode, _ what: String) -> ScriptStep? {
        let location = node.range.start
        if node.scalar == "hangup" { return ScriptStep(.hangup, location: location) }
        guard let (kind, keys) = stepKind(node, what), let (_, value) = keys[kind] else { return nil }
        switch kind {
        case "speak":
            return speakStep(value, says: keys["says"]?.1, location: location)
        case "silence":
            return duration(value, "silence").map { ScriptStep(.silence($0), location: location) }
        case "at":
            return duration(value, "at").map { ScriptStep(.at($0), location: location) }
        case "press":
            return pressStep(value, location: location)
        case "hangup":
            if case .null = value.value { return ScriptStep(.hangup, location: location) }
            if bool(value, "hangup") == true { return ScriptStep(.hangup, location: location) }
            return nil
        case "wait_for":
            return choice(value, "wait_for", Trigger.self).map { ScriptStep(.waitFor($0), location: location) }
        default:
            return nil
        }
    }

    /// A step mapping's one kind and its keys.
    private mutating func stepKind(
        _ node: ScenarioNode, _ what: String
    ) -> (String, [String: (ScenarioNode, ScenarioNode)])? {
        if let word = node.scalar {
            var notes = [
                DiagnosticNote("a step is `hangup` or a one-key mapping: " + Self.stepKinds.joined(separator: ", "))
            ]
            if let guess = Spelling.closest(to: word, in: Self.stepKinds) {
                notes.insert(DiagnosticNote("did you mean '\(guess)'?"), at: 0)
            }
            fail(ScenarioDiagnostics.badStep, "'\(word)' is not a step of \(what)", node, notes: notes)
            return nil
        }
        guard case .mapping(let pairs) = node.value else {
            fail(
                ScenarioDiagnostics.badStep, "a step of \(what) must be `hangup` or a mapping, not \(node.kindName)",
                node)
            return nil
        }
        let kinds = pairs.compactMap { $0.key.scalar }.filter { Self.stepKinds.contains($0) }
        guard kinds.count == 1, let kind = kinds.first else {
            if kinds.count > 1 {
                fail(
                    ScenarioDiagnostics.badStep,
                    "a step does one thing; this one has " + kinds.map { "'\($0)'" }.joined(separator: " and "), node,
                    notes: [DiagnosticNote("split it into one list item per action")])
            } else {
                let before = diagnostics.count
                _ = mapping(node, "a step of \(what)", allowed: Self.stepKinds)
                if diagnostics.count == before {
                    fail(
                        ScenarioDiagnostics.badStep, "a step needs one of: " + Self.stepKinds.joined(separator: ", "),
                        node)
                }
            }
            return nil
        }
        let allowed = kind == "speak" ? ["speak", "says"] : [kind]
        return mapping(node, "a '\(kind)' step", allowed: allowed).map { (kind, $0) }
    }

    /// `speak: 5s`, `speak: {duration, audio, says}`, with `says` beside it or inside.
    private mutating func speakStep(_ value: ScenarioNode, says: ScenarioNode?, location: SourceLocation) -> ScriptStep?
    {
        var transcript = says.flatMap { string($0, "says") }
        if let duration = value.scalar.flatMap(SimTime.parse) {
            return ScriptStep(.speak(duration: duration, transcript: transcript, audio: nil), location: location)
        }
        if value.scalar != nil {
            _ = duration(value, "speak")
            return nil
        }
        guard let details = mapping(value, "speak", allowed: ["duration", "audio", "says"]) else { return nil }
        if let (_, says) = details["says"] { transcript = string(says, "says") }
        if let (_, audio) = details["audio"], let path = string(audio, "speak.audio") {
            reference(path, audio, audio: true)
            if details["duration"] != nil {
                fail(
                    ScenarioDiagnostics.badStep,
                    "speak has both 'audio' and 'duration'; the audio file's length is the duration", value)
                return nil
            }
            return ScriptStep(.speak(duration: .zero, transcript: transcript, audio: path), location: location)
        }
        guard let (_, durationNode) = details["duration"] else {
            if let transcript, transcript.contains(where: { !$0.isWhitespace }) {
                return ScriptStep(.speakTranscript(transcript), location: location)
            }
            fail(ScenarioDiagnostics.missingKey, "speak needs 'duration', 'audio' or words in 'says'", value)
            return nil
        }
        guard let time = duration(durationNode, "speak.duration") else { return nil }
        return ScriptStep(.speak(duration: time, transcript: transcript, audio: nil), location: location)
    }

    /// `press: "12#"`: DTMF keys only.
    private mutating func pressStep(_ value: ScenarioNode, location: SourceLocation) -> ScriptStep? {
        guard let keys = string(value, "press") else { return nil }
        let bad = keys.filter { !"0123456789*#ABCDabcd".contains($0) }
        guard bad.isEmpty, !keys.isEmpty else {
            fail(
                ScenarioDiagnostics.badValue,
                keys.isEmpty
                    ? "press needs at least one key" : "press '\(keys)' has keys that are not DTMF: '\(bad)'",
                value, notes: [DiagnosticNote("DTMF keys are 0-9, *, # and A-D; quote them: press: \"#\"")])
            return nil
        }
        return ScriptStep(.press(keys.uppercased()), location: location)
    }

    // MARK: Parties, webhooks, media

    mutating func parties(_ node: ScenarioNode) -> [Party] {
        var result: [Party] = []
        for (address, _, value) in openMapping(node, "parties") {
            var party = Party(target: address)
            guard
                let keys = mapping(value, "party '\(address)'", allowed: ["ring", "answer", "busy", "fail", "script"])
            else { continue }
            if let (_, ring) = keys["ring"], let time = duration(ring, "ring") { party.ring = time }
            if let (_, answer) = keys["answer"], let flag = bool(answer, "answer") { party.answers = flag }
            if let (_, busy) = keys["busy"], let flag = bool(busy, "busy") { party.busy = flag }
            if let (_, fails) = keys["fail"], let flag = bool(fails, "fail") { party.fails = flag }
            if let (_, script) = keys["script"] { party.script = steps(script, "party '\(address)'") }
            result.append(party)
        }
        return result
    }

    mutating func webhooks(_ node: ScenarioNode) -> [WebhookRoute] {
        var result: [WebhookRoute] = []
        for (url, key, value) in openMapping(node, "webhooks") {
            guard URLResolution.isAbsolute(url) else {
                fail(ScenarioDiagnostics.badValue, "webhook URL '\(url)' must be absolute", key)
                continue
            }
            var replies: [WebhookReply] = []
            if case .sequence(let items) = value.value {
                if items.isEmpty { fail(ScenarioDiagnostics.badValue, "the reply list for \(url) is empty", value) }
                replies = items.compactMap { reply($0, url) }
            } else if let single = reply(value, url) {
                replies = [single]
            }
            if !replies.isEmpty { result.append(WebhookRoute(url: url, replies: replies, location: key.range.start)) }
        }
        return result
    }

    mutating func reply(_ node: ScenarioNode, _ url: String) -> WebhookReply? {
        if let path = node.scalar {
            reference(path, node)
            return WebhookReply(body: .file(path))
        }
        guard
            let keys = mapping(
                node, "the reply for \(url)",
                allowed: ["respond", "xml", "body", "status", "content_type", "latency", "timeout"])
        else { return nil }
        var reply = WebhookReply()
        let bodies = ["respond", "xml", "body"].filter { keys[$0] != nil }
        if bodies.count > 1 {
            fail(
                ScenarioDiagnostics.badValue,
                "a reply has one body; this one has " + bodies.map { "'\($0)'" }.joined(separator: " and "), node)
            return nil
        }
        if let (_, value) = keys["respond"], let path = string(value, "respond") {
            reply.body = .file(path)
            reference(path, value)
        }
        if let (_, value) = keys["xml"], let text = string(value, "xml") { reply.body = .text(text) }
        if let (_, value) = keys["body"], let text = string(value, "body") { reply.body = .text(text) }
        if let (_, value) = keys["status"], let status = integer(value, "status", in: 100...599) {
            reply.status = status
        }
        if let (_, value) = keys["content_type"], let text = string(value, "content_type") { reply.contentType = text }
        if let (_, value) = keys["latency"], let time = duration(value, "latency") { reply.latency = time }
        if let (_, value) = keys["timeout"], let flag = bool(value, "timeout") { reply.timesOut = flag }
        return reply
    }

    mutating func media(_ node: ScenarioNode) -> [MediaEntry] {
        var result: [MediaEntry] = []
        for (url, _, value) in openMapping(node, "media") {
            var entry = MediaEntry(url: url)
            if value.scalar != nil {
                guard let time = duration(value, "the duration of \(url)") else { continue }
                entry.duration = time
            } else {
                guard let keys = mapping(value, "media '\(url)'", allowed: ["duration", "audio", "status"]) else {
                    continue
                }
                if let (_, node) = keys["duration"] { entry.duration = duration(node, "duration") }
                if let (_, node) = keys["audio"] {
                    entry.audio = string(node, "audio")
                    if let path = entry.audio { reference(path, node, audio: true) }
                }
                if let (_, node) = keys["status"] { entry.status = integer(node, "status", in: 100...599) }
                if entry.duration == nil, entry.audio == nil, entry.status == nil {
                    fail(ScenarioDiagnostics.missingKey, "media '\(url)' needs 'duration', 'audio' or 'status'", value)
                    continue
                }
            }
            result.append(entry)
        }
        return result
    }

    // MARK: API commands

    static let apiKeys = APICommand.Platform.allCases.map(\.rawValue) + ["at", "on", "after", "body", "call"]

    mutating func apiCommands(_ node: ScenarioNode) -> [APICommand] {
        guard case .sequence(let items) = node.value else {
            if case .null = node.value { return [] }
            fail(ScenarioDiagnostics.wrongType, "api must be a list of commands, not \(node.kindName)", node)
            return []
        }
        return items.compactMap { apiCommand($0) }
    }

    mutating func apiCommand(_ node: ScenarioNode) -> APICommand? {
        guard let keys = mapping(node, "an api command", allowed: Self.apiKeys) else { return nil }
        let platforms = APICommand.Platform.allCases.filter { keys[$0.rawValue] != nil }
        guard platforms.count == 1, let platform = platforms.first, let (_, targetNode) = keys[platform.rawValue]
        else {
            fail(
                ScenarioDiagnostics.badStep,
                platforms.isEmpty
                    ? "an api command names its API: one of "
                        + APICommand.Platform.allCases.map(\.rawValue)
                        .joined(separator: ", ")
                    : "an api command goes to one API; this one names "
                        + platforms.map { "'\($0.rawValue)'" }.joined(separator: " and "), node,
                notes: [
                    DiagnosticNote(
                        "for example `- { at: 5s, call_control: record_start, body: { format: wav, channels: dual } }`")
                ])
            return nil
        }
        guard let target = string(targetNode, platform.rawValue) else { return nil }
        if target.isEmpty {
            fail(ScenarioDiagnostics.badValue, "\(platform.rawValue) needs what the command addresses", targetNode)
            return nil
        }
        let when = apiWhen(keys, node)
        guard let body = apiBody(keys, platform) else { return nil }
        let callID = keys["call"].flatMap { string($0.1, "call") }
        guard let when else { return nil }
        return APICommand(
            platform: platform, target: target, body: body, when: when, callID: callID, location: node.range.start)
    }

    /// When a command is sent: `at` a time, or `on` a trigger (`after` a delay).
    private mutating func apiWhen(_ keys: [String: (ScenarioNode, ScenarioNode)], _ node: ScenarioNode)
        -> APICommand.When?
    {
        var when: APICommand.When?
        switch (keys["at"], keys["on"]) {
        case (let at?, nil):
            if keys["after"] != nil {
                fail(ScenarioDiagnostics.badStep, "'after' goes with 'on', not with 'at'", keys["after"]!.0)
            }
            when = duration(at.1, "at").map { .at($0) }
        case (nil, let on?):
            if let trigger = choice(on.1, "on", Trigger.self) {
                let delay = keys["after"].flatMap { duration($0.1, "after") } ?? .zero
                when = .on(trigger, after: delay)
            }
        case (.some, .some):
            fail(ScenarioDiagnostics.badStep, "an api command has 'at' or 'on', not both", node)
        case (nil, nil):
            fail(
                ScenarioDiagnostics.missingKey, "an api command needs 'at' (a time) or 'on' (a trigger)", node,
                notes: [DiagnosticNote("triggers: " + Trigger.allCases.map(\.rawValue).joined(separator: ", "))])
        }
        return when
    }

    /// A command's `body` (an empty object when it has none); nil when it is not a mapping.
    private mutating func apiBody(
        _ keys: [String: (ScenarioNode, ScenarioNode)], _ platform: APICommand.Platform
    ) -> JSONValue? {
        var body = JSONValue.object([])
        if let (_, bodyNode) = keys["body"] {
            switch bodyNode.value {
            case .mapping, .null:
                body = json(bodyNode)
            default:
                fail(ScenarioDiagnostics.wrongType, "body must be a mapping, not \(bodyNode.kindName)", bodyNode)
                return nil
            }
            if PlatformAPIs.api(platform)?.bodyEncoding == .form, let members = body.members {
                for member in members where member.value.formText == nil {
                    fail(
                        ScenarioDiagnostics.wrongType,
                        "\(platform.rawValue) sends form parameters: '\(member.key)' must be a scalar, not a \(member.value.typeName)",
                        bodyNode)
                }
            }
        }
        return body
    }

    /// A scenario tree as JSON: plain `true`/`false`, `null` and numbers keep their JSON type;
    /// quoted scalars are strings.
    func json(_ node: ScenarioNode) -> JSONValue {
        switch node.value {
        case .null: return .null
        case .sequence(let items): return .array(items.map(json))
        case .mapping(let pairs):
            return .object(pairs.map { JSONMember($0.key.scalar ?? "", json($0.value)) })
        case .scalar(let text, let plain):
            guard plain else { return .string(text) }
            switch text {
            case "true": return .bool(true)
            case "false": return .bool(false)
            case "null", "~": return .null
            default: return Self.isJSONNumber(text) ? .number(text) : .string(text)
            }
        }
    }

    /// Whether `text` is a JSON number (RFC 8259 grammar).
    static func isJSONNumber(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        func digits() -> Int {
            let count = bytes.prefix { $0 >= 48 && $0 <= 57 }.count
            bytes = bytes.dropFirst(count)
            return count
        }
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        if bytes.first == UInt8(ascii: "0") {
            bytes = bytes.dropFirst()
        } else if digits() == 0 {
            return false
        }
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            if digits() == 0 { return false }
        }
        if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            if digits() == 0 { return false }
        }
        return bytes.isEmpty
    }

    // MARK: Settings and limits

    /// The keys of `settings:`: one per behaviour setting, in the table's order.
    static let settingKeys = BehaviourSetting.all.map(\.key)

    mutating func settings(_ node: ScenarioNode, into settings: inout BehaviourOverrides) {
        guard let keys = mapping(node, "settings", allowed: Self.settingKeys) else { return }
        for setting in BehaviourSetting.all {
            guard let (_, value) = keys[setting.key], let scalar = settingScalar(value, setting.key, setting.form)
            else { continue }
            settings.set(setting, scalar)
        }
    }

    /// The scalar `node` holds, checked against a setting's form.
    private mutating func settingScalar(_ node: ScenarioNode, _ what: String, _ form: SettingForm) -> SettingScalar? {
        switch form {
        case .choice(let allowed): choice(node, what, allowed: allowed).map(SettingScalar.text)
        case .duration: duration(node, what).map(SettingScalar.duration)
        case .integer(let range): integer(node, what, in: range).map(SettingScalar.integer)
        case .bool: bool(node, what).map(SettingScalar.bool)
        case .string: string(node, what).map(SettingScalar.text)
        }
    }

    mutating func limits(_ node: ScenarioNode, into limits: inout SimulationLimits) {
        guard
            let keys = mapping(
                node, "limits",
                allowed: ["max_call_duration", "max_verbs", "max_fetches", "max_fetches_without_progress"])
        else { return }
        let budget = "a call keeps its trace in memory: see docs/simulation.md#limits"
        if let (_, value) = keys["max_call_duration"], let time = duration(value, "max_call_duration") {
            if time <= .zero {
                fail(ScenarioDiagnostics.badValue, "max_call_duration must be positive", value)
            } else if time > SimulationLimits.maximumCallDuration {
                fail(
                    ScenarioDiagnostics.badValue,
                    "max_call_duration \(time) is more than texml simulates (\(SimulationLimits.maximumCallDuration), the longest call a platform allows)",
                    value)
            } else {
                limits.maxCallDuration = time
            }
        }
        func capped(_ key: String, _ maximum: Int) -> Int? {
            guard let (_, value) = keys[key] else { return nil }
            if let text = value.scalar, let count = Int(text), count > maximum {
                fail(
                    ScenarioDiagnostics.badValue,
                    "\(key) \(count) is more than texml simulates in one call (at most \(maximum)); \(budget)", value)
                return nil
            }
            return integer(value, key, in: 1...maximum)
        }
        if let count = capped("max_verbs", SimulationLimits.maximumVerbs) { limits.maxVerbs = count }
        if let count = capped("max_fetches", SimulationLimits.maximumFetches) { limits.maxFetches = count }
        if let count = capped("max_fetches_without_progress", SimulationLimits.maximumFetchesWithoutProgress) {
            limits.maxFetchesWithoutProgress = count
        }
    }
}
