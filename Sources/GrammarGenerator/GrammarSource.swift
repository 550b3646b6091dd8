import Foundation

/// An error in the grammar files, with the file it is in.
public struct GrammarError: Error, CustomStringConvertible {
    public var file: String
    public var message: String
    public var description: String { "\(file): error: \(message)" }
}

/// One dialect as declared in `Grammar/dialects.json`.
struct DialectSource {
    var id: String
    var platform: String
    var language: String
    /// The dialect this one follows wherever its own platform documents nothing different: its
    /// elements and attributes exist here too, with that dialect's overrides, then this one's.
    var inherits: String?
    /// The only elements the dialect has, when it declares them (InboundXML: a few of TwiML's
    /// verbs, plus its own); nil means every element whose file lists the dialect or its base.
    var elements: [String]?
    /// How the dialect spells a boolean when it takes more than `true`/`false` (InboundXML's
    /// schema takes `True`, `TRUE`, `1`…).
    var booleans: BooleanSpellings?
}

/// The words a dialect reads as true and as false.
struct BooleanSpellings {
    var truths: [String]
    var falsehoods: [String]
}

/// One entry of `Grammar/codes.json`: a platform error code and what a call does about it.
struct PlatformCodeSource {
    var code: Int
    var platform: String
    var title: String
    /// `error` or `warning`: how the platform logs it.
    var level: String
    /// `fails-call`, `ignored` or `runs`.
    var effect: String
    var source: String
    var note: String?
}

/// An attribute resolved for one dialect.
struct AttributeSource {
    var name: String
    var type: String
    var summary: String
    var defaultValue: String?
    var min: Double?
    var max: Double?
    var maxLength: Int?
    var values: [String]
    var keys: String?
    var schemes: [String]
    var errorCode: Int?
    var allowsEmpty: Bool
    /// The bounds the platform's page documents inside `min`…`max` (`documentedMin`,
    /// `documentedMax`), and what happens beyond them (`rangeAdvice`): a warning, not an error.
    var documentedMin: Double?
    var documentedMax: Double?
    var rangeAdvice: String?
    /// The dialect's spellings of a boolean, when it has its own.
    var booleans: BooleanSpellings?
}

/// An element resolved for one dialect.
struct ElementSource {
    var name: String
    var kind: String
    var summary: String
    var parents: [String]
    var children: [String] = []
    var text: String
    var textType: String?
    /// The platform error code for text that does not fit `textType` (Twilio's 13243 for a
    /// `<Sip>` URI it cannot read), else the generic schema code.
    var textErrorCode: Int?
    var terminal: Bool
    var terminalWhen: String?
    var continuesWhen: String?
    /// Not terminal after all, because an empty recording falls through to the next verb on this
    /// platform (Twilio's `<Record>`): that verb is reachable.
    var continuesWhenEmpty: Bool
    var records: Bool
    var attributes: [AttributeSource]
    var sources: [String]
    var file: String
}

/// The grammar files, loaded and resolved per dialect.
struct GrammarSource {
    var dialects: [DialectSource]
    /// Per dialect id, the elements that exist in it, in file-name order.
    var elements: [String: [ElementSource]]
    /// `Grammar/codes.json`, by code.
    var codes: [PlatformCodeSource]

    static let codeLevels: Set<String> = ["error", "warning"]
    static let codeEffects: Set<String> = ["fails-call", "ignored", "runs"]

    static let elementKinds: Set<String> = ["root", "verb", "noun", "ssml"]
    static let textRules: Set<String> = ["none", "optional", "required", "mixed"]
    static let types: Set<String> = [
        "string", "url", "method", "boolean", "integer", "number", "enum", "enum-list", "keys", "dtmf", "phone",
        "sip-uri", "language",
    ]

    init(directory: URL) throws {
        let dialectsURL = directory.appendingPathComponent("dialects.json")
        let dialectsJSON = try Self.object(at: dialectsURL, name: "dialects.json")
        guard let list = dialectsJSON["dialects"] as? [[String: Any]] else {
            throw GrammarError(file: "dialects.json", message: "expected a 'dialects' array")
        }
        dialects = try list.map {
            guard let id = $0["id"] as? String, let platform = $0["platform"] as? String,
                let language = $0["language"] as? String
            else { throw GrammarError(file: "dialects.json", message: "each dialect needs id, platform, language") }
            var booleans: BooleanSpellings?
            if let spellings = $0["booleans"] {
                guard let object = spellings as? [String: [String]], let truths = object["true"],
                    let falsehoods = object["false"], !truths.isEmpty, !falsehoods.isEmpty,
                    Set(truths).isDisjoint(with: falsehoods)
                else {
                    throw GrammarError(
                        file: "dialects.json",
                        message: "\(id): 'booleans' must be {\"true\": [words], \"false\": [other words]}")
                }
                booleans = BooleanSpellings(truths: truths, falsehoods: falsehoods)
            }
            return DialectSource(
                id: id, platform: platform, language: language, inherits: $0["inherits"] as? String,
                elements: $0["elements"] as? [String], booleans: booleans)
        }
        let ids = dialects.map(\.id)
        for dialect in dialects {
            if let base = dialect.inherits,
                base == dialect.id || !ids.contains(base)
                    || dialects.first(where: { $0.id == base })?.inherits != nil
            {
                throw GrammarError(
                    file: "dialects.json",
                    message: "\(dialect.id) inherits '\(base)', which must be another dialect that inherits nothing")
            }
        }
        let elementsDirectory = directory.appendingPathComponent("elements")
        let files = try FileManager.default.contentsOfDirectory(atPath: elementsDirectory.path)
            .filter { $0.hasSuffix(".json") }.sorted()
        var raw: [(String, [String: Any])] = []
        for file in files {
            raw.append((file, try Self.object(at: elementsDirectory.appendingPathComponent(file), name: file)))
        }
        var elements: [String: [ElementSource]] = [:]
        for dialect in dialects {
            var resolved: [ElementSource] = []
            for (file, object) in raw {
                if let element = try Self.resolve(object, dialect: dialect, file: "elements/\(file)") {
                    resolved.append(element)
                }
            }
            let byName = Dictionary(grouping: resolved, by: \.name)
            for name in dialect.elements ?? [] where byName[name] == nil {
                throw GrammarError(
                    file: "dialects.json",
                    message: "\(dialect.id) lists element '\(name)', which no element file defines")
            }
            if let duplicate = byName.first(where: { $0.value.count > 1 }) {
                throw GrammarError(file: "elements", message: "element '\(duplicate.key)' is defined twice")
            }
            for index in resolved.indices {
                for parent in resolved[index].parents where byName[parent] == nil {
                    throw GrammarError(
                        file: resolved[index].file,
                        message: "parent '\(parent)' of '\(resolved[index].name)' does not exist in \(dialect.id)")
                }
                resolved[index].children = resolved.filter { $0.parents.contains(resolved[index].name) }.map(\.name)
            }
            elements[dialect.id] = resolved
        }
        self.elements = elements
        codes = try Self.codes(at: directory.appendingPathComponent("codes.json"))
        let known = Set(codes.map(\.code))
        for (dialect, resolved) in elements {
            for element in resolved {
                if let code = element.textErrorCode, !known.contains(code) {
                    throw GrammarError(
                        file: element.file,
                        message:
                            "\(dialect): \(element.name) text names error code \(code), which codes.json does not list")
                }
                for attribute in element.attributes {
                    if let code = attribute.errorCode, !known.contains(code) {
                        throw GrammarError(
                            file: element.file,
                            message:
                                "\(dialect): \(element.name)@\(attribute.name) names error code \(code), which codes.json does not list"
                        )
                    }
                }
            }
        }
    }

    private static func codes(at url: URL) throws -> [PlatformCodeSource] {
        let object = try Self.object(at: url, name: "codes.json")
        guard let list = object["codes"] as? [[String: Any]] else {
            throw GrammarError(file: "codes.json", message: "expected a 'codes' array")
        }
        var codes: [PlatformCodeSource] = []
        for entry in list {
            guard let code = (entry["code"] as? NSNumber)?.intValue, let platform = entry["platform"] as? String,
                let title = entry["title"] as? String, let level = entry["level"] as? String,
                let effect = entry["effect"] as? String, let source = entry["source"] as? String
            else {
                throw GrammarError(
                    file: "codes.json", message: "each code needs code, platform, title, level, effect and source")
            }
            guard codeLevels.contains(level), codeEffects.contains(effect) else {
                throw GrammarError(
                    file: "codes.json",
                    message: "\(code): level must be error or warning, effect fails-call, ignored or runs")
            }
            guard !codes.contains(where: { $0.code == code }) else {
                throw GrammarError(file: "codes.json", message: "code \(code) is listed twice")
            }
            codes.append(
                PlatformCodeSource(
                    code: code, platform: platform, title: title, level: level, effect: effect, source: source,
                    note: entry["note"] as? String))
        }
        return codes.sorted { $0.code < $1.code }
    }

    private static func object(at url: URL, name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: url)
        do {
            guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw GrammarError(file: name, message: "expected a JSON object")
            }
            return object
        } catch let error as GrammarError {
            throw error
        } catch {
            throw GrammarError(file: name, message: "not valid JSON: \(error.localizedDescription)")
        }
    }

    /// Applies the per-dialect override objects (named after the inherited dialect, then the
    /// dialect itself) over the base fields.
    private static func merged(_ object: [String: Any], dialect: DialectSource) -> [String: Any] {
        var result = object
        for id in [dialect.inherits, dialect.id].compactMap({ $0 }) {
            if let override = object[id] as? [String: Any] {
                for (key, value) in override { result[key] = value }
            }
        }
        return result
    }

    /// Whether an element or attribute exists in `dialect`: listed (or inherited), and not
    /// `"omitted": true` in the dialect's override object (an inheriting dialect that lacks it).
    private static func exists(_ object: [String: Any], in dialect: DialectSource) -> Bool {
        if (object[dialect.id] as? [String: Any])?["omitted"] as? Bool == true { return false }
        guard let dialects = object["dialects"] as? [String] else { return true }
        return dialects.contains(dialect.id) || dialect.inherits.map(dialects.contains) == true
    }

    private static func resolve(_ base: [String: Any], dialect: DialectSource, file: String) throws -> ElementSource? {
        if let only = dialect.elements {
            guard let name = base["name"] as? String, only.contains(name) else { return nil }
        } else {
            guard exists(base, in: dialect) else { return nil }
        }
        let object = merged(base, dialect: dialect)
        func string(_ key: String) throws -> String {
            guard let value = object[key] as? String else {
                throw GrammarError(file: file, message: "missing string field '\(key)'")
            }
            return value
        }
        let name = try string("name")
        let kind = try string("kind")
        guard elementKinds.contains(kind) else { throw GrammarError(file: file, message: "unknown kind '\(kind)'") }
        let text = (object["text"] as? String) ?? "none"
        guard textRules.contains(text) else { throw GrammarError(file: file, message: "unknown text rule '\(text)'") }
        let textType = object["textType"] as? String
        if let textType, !types.contains(textType) {
            throw GrammarError(file: file, message: "unknown textType '\(textType)'")
        }
        if object["textErrorCode"] is NSNumber, textType == nil {
            throw GrammarError(file: file, message: "textErrorCode needs a textType")
        }
        var attributes: [AttributeSource] = []
        for attribute in (object["attributes"] as? [[String: Any]]) ?? [] {
            guard exists(attribute, in: dialect) else { continue }
            let resolved = merged(attribute, dialect: dialect)
            guard let attributeName = resolved["name"] as? String, let type = resolved["type"] as? String else {
                throw GrammarError(file: file, message: "an attribute of '\(name)' lacks name or type")
            }
            guard types.contains(type) else {
                throw GrammarError(file: file, message: "attribute '\(attributeName)' has unknown type '\(type)'")
            }
            if attributes.contains(where: { $0.name == attributeName }) {
                throw GrammarError(file: file, message: "attribute '\(attributeName)' is defined twice")
            }
            var values = (resolved["values"] as? [String]) ?? []
            var keys: String?
            if type == "keys" {
                keys = (resolved["values"] as? String) ?? values.joined()
                values = []
            }
            let defaultValue: String? =
                (resolved["default"] as? String) ?? (resolved["default"] as? NSNumber).map { "\($0)" }
            attributes.append(
                AttributeSource(
                    name: attributeName, type: type,
                    summary: (resolved["summary"] as? String) ?? attributeName, defaultValue: defaultValue,
                    min: (resolved["min"] as? NSNumber)?.doubleValue, max: (resolved["max"] as? NSNumber)?.doubleValue,
                    maxLength: (resolved["maxLength"] as? NSNumber)?.intValue, values: values, keys: keys,
                    schemes: (resolved["schemes"] as? [String]) ?? ["http", "https"],
                    errorCode: (resolved["errorCode"] as? NSNumber)?.intValue,
                    allowsEmpty: (resolved["allowEmpty"] as? Bool) ?? false,
                    documentedMin: (resolved["documentedMin"] as? NSNumber)?.doubleValue,
                    documentedMax: (resolved["documentedMax"] as? NSNumber)?.doubleValue,
                    rangeAdvice: resolved["rangeAdvice"] as? String,
                    booleans: type == "boolean" ? dialect.booleans : nil))
        }
        for attribute in attributes {
            let documented = attribute.documentedMin != nil || attribute.documentedMax != nil
            guard documented == (attribute.rangeAdvice != nil) else {
                throw GrammarError(
                    file: file,
                    message: "attribute '\(attribute.name)': documentedMin/documentedMax and rangeAdvice go together")
            }
            guard !documented || ["integer", "number"].contains(attribute.type) else {
                throw GrammarError(
                    file: file, message: "attribute '\(attribute.name)': a documented range needs a number")
            }
        }
        return ElementSource(
            name: name, kind: kind, summary: (object["summary"] as? String) ?? name,
            parents: (object["parents"] as? [String]) ?? [], text: text, textType: textType,
            textErrorCode: (object["textErrorCode"] as? NSNumber)?.intValue,
            terminal: (object["terminal"] as? Bool) ?? false, terminalWhen: object["terminalWhen"] as? String,
            continuesWhen: object["continuesWhen"] as? String,
            continuesWhenEmpty: (object["continuesWhenEmpty"] as? Bool) ?? false,
            records: (object["records"] as? Bool) ?? false,
            attributes: attributes, sources: (object["sources"] as? [String]) ?? [], file: file)
    }
}
