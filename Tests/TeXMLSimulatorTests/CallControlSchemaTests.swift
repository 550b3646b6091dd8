import Foundation
import TeXMLSupport
import Testing

@testable import TeXMLSimulator

/// `record_start` against Telnyx's published schema, read from
/// docs/reference/telnyx-record-start.openapi.yaml: every property of `StartRecordingRequest`
/// must be one the validator knows, typed as the schema types it, with the schema's default.
struct CallControlSchemaTests {
    static let schemaFile = PackagePaths.root.appendingPathComponent(
        "docs/reference/telnyx-record-start.openapi.yaml")

    /// A property of the schema file, as far as the validator cares: its scalar keys and `enum:`.
    struct SchemaProperty {
        var name: String
        var keys: [String: String] = [:]
        var enumeration: [String]?
    }

    /// The properties of `components.schemas.NAME.properties`, in order, read by indentation:
    /// a property is a key two spaces deeper than `properties:`, its attributes two deeper
    /// again, an `enum:`'s values the `- ` items under it. Folded descriptions (`>-`), deeper
    /// still, are skipped. Also returns the schema's own scalar keys and `required:` list.
    static func schema(_ name: String, in text: String) -> (
        properties: [SchemaProperty], keys: [String: String], enumeration: [String]?, required: [String]
    ) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func indent(_ line: Substring) -> Int { line.prefix { $0 == " " }.count }
        func unquote(_ text: String) -> String {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard trimmed.count >= 2, let first = trimmed.first, first == "'" || first == "\"", trimmed.last == first
            else { return trimmed }
            return String(trimmed.dropFirst().dropLast())
        }
        /// `key: value` of a line at `depth`, value "" for a block.
        func pair(_ line: String, depth: Int) -> (String, String)? {
            let body = Substring(line)
            guard indent(body) == depth, let colon = body.firstIndex(of: ":") else { return nil }
            let key = body[body.index(body.startIndex, offsetBy: depth)..<colon]
            guard !key.hasPrefix("-"), !key.contains(" ") else { return nil }
            return (String(key), unquote(String(body[body.index(after: colon)...])))
        }
        /// The `- item` values right under `start` at `depth`.
        func items(after start: Int, depth: Int) -> [String] {
            var values: [String] = []
            for line in lines[(start + 1)...] {
                let body = Substring(line)
                if indent(body) > depth { continue }
                guard indent(body) == depth, body.dropFirst(depth).hasPrefix("- ") else { break }
                values.append(unquote(String(body.dropFirst(depth + 2))))
            }
            return values
        }
        var properties: [SchemaProperty] = []
        var keys: [String: String] = [:]
        var enumeration: [String]?
        var required: [String] = []
        guard let start = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == name + ":" })
        else { return (properties, keys, enumeration, required) }
        let depth = indent(Substring(lines[start])) + 2
        var inProperties = false
        for index in (start + 1)..<lines.count {
            let line = lines[index]
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            if indent(Substring(line)) < depth { break }
            if let (key, value) = pair(line, depth: depth) {
                inProperties = key == "properties"
                switch key {
                case "enum": enumeration = items(after: index, depth: depth + 2)
                case "required": required = items(after: index, depth: depth + 2)
                default: keys[key] = value
                }
            } else if inProperties, let (key, _) = pair(line, depth: depth + 2) {
                properties.append(SchemaProperty(name: key))
            } else if inProperties, !properties.isEmpty, let (key, value) = pair(line, depth: depth + 4) {
                if key == "enum" {
                    properties[properties.count - 1].enumeration = items(after: index, depth: depth + 6)
                } else {
                    properties[properties.count - 1].keys[key] = value
                }
            }
        }
        return (properties, keys, enumeration, required)
    }

    /// The field type a schema property asks for, with a `$ref` to a component resolved.
    static func expectedType(_ property: SchemaProperty, text: String) -> (CallControlFieldType?, String?) {
        var keys = property.keys
        var enumeration = property.enumeration
        if let reference = keys["$ref"], reference.hasPrefix("#/components/schemas/") {
            let target = schema(String(reference.dropFirst("#/components/schemas/".count)), in: text)
            keys = target.keys
            enumeration = target.enumeration
        }
        let type: CallControlFieldType? =
            switch keys["type"] {
            case "string" where enumeration != nil: .enumeration(enumeration ?? [])
            case "string":
                .string(minLength: keys["minLength"].flatMap(Int.init), maxLength: keys["maxLength"].flatMap(Int.init))
            case "boolean": .boolean
            case "integer" where keys["format"] == "int32": .int32
            default: nil
            }
        return (type, keys["default"])
    }

    @Test func theValidatorKnowsEveryPropertyOfTheSchemaAsItTypesIt() throws {
        let text = try String(contentsOf: Self.schemaFile, encoding: .utf8)
        let request = Self.schema("StartRecordingRequest", in: text)
        // The 17 properties of the published excerpt; fewer means the reader went wrong.
        #expect(request.properties.count >= 17)
        #expect(request.required == RecordStartRequest.required)
        let known = Dictionary(uniqueKeysWithValues: RecordStartRequest.fields.map { ($0.name, $0) })
        for property in request.properties {
            guard let field = known[property.name] else {
                Issue.record("record_start's validator does not know the schema's property '\(property.name)'")
                continue
            }
            let (type, schemaDefault) = Self.expectedType(property, text: text)
            #expect(type != nil, "the schema types '\(property.name)' in a way this test does not read")
            #expect(field.type == type, "'\(property.name)' is typed differently from the schema")
            #expect(field.schemaDefault == schemaDefault, "'\(property.name)' has another default than the schema")
        }
        let published = Set(request.properties.map(\.name))
        for field in RecordStartRequest.fields where !published.contains(field.name) {
            Issue.record("record_start's validator knows '\(field.name)', which the schema does not name")
        }
    }

    @Test func theReaderFindsPropertiesTypesEnumsAndARef() throws {
        let text = try String(contentsOf: Self.schemaFile, encoding: .utf8)
        let request = Self.schema("StartRecordingRequest", in: text)
        let byName = Dictionary(uniqueKeysWithValues: request.properties.map { ($0.name, $0) })
        #expect(request.properties.first?.name == "format")
        #expect(byName["format"]?.enumeration == ["wav", "mp3"])
        #expect(byName["custom_file_name"]?.keys["maxLength"] == "40")
        #expect(byName["transcription_max_speaker_count"]?.keys["default"] == "6")
        let language = try #require(byName["transcription_language"])
        let (type, schemaDefault) = Self.expectedType(language, text: text)
        guard case .enumeration(let codes)? = type else {
            Issue.record("transcription_language is not read as an enum")
            return
        }
        #expect(codes.contains("no") && codes.contains("auto_detect") && codes.count == 245)
        #expect(schemaDefault == "en-US")
    }

    @Test func aTranscribedRecordStartTakesTheSchemasDefaults() throws {
        // Defaults: transcription_engine A, TranscriptionLanguage en-US, profanity filter and
        // diarization false, speaker counts 2 and 6; max_length and timeout_secs 0; track both.
        let body = JSONValue.fields(["format": "wav", "channels": "dual", "transcription": .bool(true)])
        let request = try RecordStartRequest(CallControlBody(body: body))
        #expect(
            request.transcription
                == CallControlTranscription(
                    engine: "A", language: "en-US", profanityFilter: false, speakerDiarization: false,
                    minSpeakerCount: 2,
                    maxSpeakerCount: 6))
        #expect(request.maxLength == 0 && request.timeoutSecs == 0 && request.track == .both)
        #expect(request.unknownFields.isEmpty)
        let given = JSONValue.fields([
            "format": "wav", "channels": "dual", "transcription": .bool(true),
            "transcription_min_speaker_count": .number("3"),
            "transcription_max_speaker_count": .number("4"), "transcription_speaker_diarization": .bool(true),
        ])
        let set = try RecordStartRequest(CallControlBody(body: given)).transcription
        #expect(set?.minSpeakerCount == 3 && set?.maxSpeakerCount == 4 && set?.speakerDiarization == true)
    }
}
