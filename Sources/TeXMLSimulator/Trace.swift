public import TeXMLSupport

/// A value carried by a trace event field.
public enum TraceValue: Sendable, Hashable {
    case string(String)
    case int(Int)
    case bool(Bool)
    /// Request or callback parameters: name-value pairs, kept sorted by name.
    case parameters([(String, String)])
    case strings([String])
    /// A JSON document: an API request or response body, a JSON webhook's body.
    case json(JSONValue)

    public static func == (lhs: TraceValue, rhs: TraceValue) -> Bool {
        switch (lhs, rhs) {
        case (.string(let a), .string(let b)): a == b
        case (.int(let a), .int(let b)): a == b
        case (.bool(let a), .bool(let b)): a == b
        case (.strings(let a), .strings(let b)): a == b
        case (.json(let a), .json(let b)): a == b
        case (.parameters(let a), .parameters(let b)): a.elementsEqual(b) { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .string(let value): hasher.combine(value)
        case .int(let value): hasher.combine(value)
        case .bool(let value): hasher.combine(value)
        case .strings(let value): hasher.combine(value)
        case .json(let value): hasher.combine(value)
        case .parameters(let pairs):
            for (name, value) in pairs {
                hasher.combine(name)
                hasher.combine(value)
            }
        }
    }

    /// The value as plain text, for the timeline view.
    public var text: String {
        switch self {
        case .string(let value): value
        case .int(let value): String(value)
        case .bool(let value): value ? "true" : "false"
        case .strings(let values): values.joined(separator: " ")
        case .parameters(let pairs): pairs.map { "\($0.0)=\($0.1)" }.joined(separator: " ")
        case .json(let value): value.jsonText
        }
    }
}

/// One observable act of a simulated call, at a virtual time.
///
/// The trace is the contract: the timeline view, the JSON Lines output and the golden files all
/// render the same events. Each payload fixes its fields' order, so renderings are byte-stable.
public struct TraceEvent: Sendable, Hashable {
    /// Virtual time since the call started.
    public var time: SimTime
    /// What happened.
    public var payload: TracePayload

    public init(time: SimTime, _ payload: TracePayload) {
        self.time = time
        self.payload = payload
    }

    /// The event name, such as `http.request` or `verb.started`.
    public var name: String { payload.name }

    /// The named fields in their fixed order, built when asked: for renderers and tests.
    public var fields: [(String, TraceValue)] {
        var fields: [(String, TraceValue)] = []
        fields.reserveCapacity(8)
        payload.appendFields(to: &fields)
        return fields
    }

    public static func == (lhs: TraceEvent, rhs: TraceEvent) -> Bool {
        lhs.time == rhs.time && lhs.name == rhs.name
            && lhs.fields.elementsEqual(rhs.fields) { $0.0 == $1.0 && $0.1 == $1.1 }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(time)
        hasher.combine(name)
        for (key, value) in fields {
            hasher.combine(key)
            hasher.combine(value)
        }
    }

    /// The value of a field, if present.
    public subscript(field: String) -> TraceValue? {
        fields.first { $0.0 == field }?.1
    }

    /// A string field's text, if present.
    public func string(_ field: String) -> String? {
        if case .string(let value)? = self[field] { return value }
        return nil
    }

    /// A parameter's value in the `params` field of an HTTP event.
    public func parameter(_ name: String) -> String? {
        if case .parameters(let pairs)? = self["params"] { return pairs.first { $0.0 == name }?.1 }
        return nil
    }
}

extension TraceEvent {
    /// One JSON object on one line: `{"t":1.250,"event":"caller.dtmf","digit":"#"}`.
    ///
    /// Written by hand rather than with `JSONEncoder` so that key order is the event's own and
    /// output is byte-identical across platforms and Foundation versions.
    public var jsonLine: String {
        var bytes: [UInt8] = []
        appendJSON(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    func appendJSON(to output: inout [UInt8]) {
        output.append(contentsOf: #"{"t":"#.utf8)
        output.append(contentsOf: time.secondsText.utf8)
        output.append(contentsOf: #","event":"#.utf8)
        JSONText.appendString(name, to: &output)
        for (key, value) in fields {
            output.append(UInt8(ascii: ","))
            JSONText.appendString(key, to: &output)
            output.append(UInt8(ascii: ":"))
            JSONText.append(value, to: &output)
        }
        output.append(UInt8(ascii: "}"))
    }
}

/// Minimal JSON text writing with RFC 8259 escaping, on UTF-8 bytes.
enum JSONText {
    static func append(_ value: TraceValue, to output: inout [UInt8]) {
        switch value {
        case .string(let text): appendString(text, to: &output)
        case .int(let number): output.append(contentsOf: String(number).utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .strings(let texts):
            output.append(UInt8(ascii: "["))
            for (index, text) in texts.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                appendString(text, to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .json(let value): value.appendJSON(to: &output)
        case .parameters(let pairs):
            output.append(UInt8(ascii: "{"))
            for (index, (name, text)) in pairs.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                appendString(name, to: &output)
                output.append(UInt8(ascii: ":"))
                appendString(text, to: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    /// The one JSON string writer (``JSONValue/appendString(_:to:)``).
    static func appendString(_ text: String, to output: inout [UInt8]) { JSONValue.appendString(text, to: &output) }

    /// A string as a JSON string literal.
    static func quoted(_ text: String) -> String { JSONValue.quoted(text) }
}
