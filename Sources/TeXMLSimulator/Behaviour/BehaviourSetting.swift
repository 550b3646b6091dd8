public import TeXMLGrammar

/// One behaviour setting: a choice the simulator makes where platforms disagree or their
/// documentation is silent, which a scenario can override under `settings:`.
///
/// ``BehaviourSetting/all`` is the one table of them. Everything else is derived from it: the
/// per-dialect profiles (``PlatformBehaviour/of(_:)``), the keys and value checks of a scenario's
/// `settings:` (``ScenarioDecoder``), ``PlatformBehaviour/applying(_:)`` and the tables of
/// docs/settings.md (``BehaviourSetting/documentation``). Adding a setting is one entry there and
/// the ``PlatformBehaviour`` field it sets.
public struct BehaviourSetting: Sendable {
    /// The part of docs/settings.md the setting is listed in.
    public enum Section: String, Sendable, Hashable, CaseIterable {
        case recording = "Recording"
        case calls = "Calls, webhooks and prompts"
        case callControl = "Telnyx Call Control"
    }

    /// The scenario key, under `settings:`.
    public let key: String
    public let section: Section
    /// What a scenario writes: decides the value check and its diagnostics.
    public let form: SettingForm
    /// The values column of the docs (Markdown).
    public let values: String
    /// What the setting decides: the docs' last column (Markdown, one line).
    public let decides: String
    /// What each value does and the published source each default rests on (quoted, with its
    /// address), as Markdown; lines starting with `- ` are sub-items. Nil when the row says it all.
    public let detail: String?
    /// Each dialect's default as the docs' tables show it (Markdown).
    public let defaultText: @Sendable (Dialect) -> String
    /// Each dialect's default as a scenario writes it.
    public let defaultSpelling: @Sendable (Dialect) -> String
    /// Whether no platform document or published observation states the dialect's default.
    public let isUnconfirmed: @Sendable (Dialect) -> Bool
    /// The field of ``PlatformBehaviour`` the setting sets: what identifies it in ``BehaviourOverrides``.
    let field: PartialKeyPath<PlatformBehaviour> & Sendable
    /// Writes the default of `behaviour.dialect`.
    let setDefault: @Sendable (inout PlatformBehaviour) -> Void
    /// The value a checked scalar means (nil only when the scalar is not of the setting's form).
    let value: @Sendable (SettingScalar) -> OverrideValue?
    /// Writes an override made by ``value``.
    let apply: @Sendable (OverrideValue, inout PlatformBehaviour) -> Void

    /// A setting of `field`, written `key` in a scenario.
    init<Value: Hashable & Sendable>(
        _ key: String, _ section: Section, _ field: WritableKeyPath<PlatformBehaviour, Value> & Sendable,
        _ type: SettingType<Value>, defaults: PerDialect<Value>, decides: String, detail: String? = nil
    ) {
        self.key = key
        self.section = section
        self.form = type.form
        self.values = type.values
        self.decides = decides
        self.detail = detail
        self.field = field
        let render = type.render
        let spell = type.spell
        defaultText = { render(defaults[$0].value) }
        defaultSpelling = { spell(defaults[$0].value) }
        isUnconfirmed = { defaults[$0].unconfirmed }
        setDefault = { $0[keyPath: field] = defaults[$0.dialect].value }
        let decode = type.decode
        value = { scalar in decode(scalar).map(OverrideValue.init) }
        apply = { value, behaviour in
            if let value = value.base as? Value { behaviour[keyPath: field] = value }
        }
    }

    /// The setting of `field`, if it is one.
    static func setting(of field: AnyKeyPath) -> BehaviourSetting? {
        all.first { $0.field == field }
    }

    /// The setting written `key`.
    public static func named(_ key: String) -> BehaviourSetting? {
        all.first { $0.key == key }
    }
}

/// What a scenario writes for a setting, and so how `settings:` checks it.
public enum SettingForm: Sendable, Hashable {
    /// One of these words.
    case choice([String])
    /// A duration (`6s`, `250ms`).
    case duration
    /// An integer in the range.
    case integer(ClosedRange<Int>)
    /// `true` or `false` (`yes`/`no`, `on`/`off`).
    case bool
    /// Any scalar.
    case string
}

/// A scalar of `settings:` once checked against its ``SettingForm``.
public enum SettingScalar: Sendable, Hashable {
    case text(String)
    case duration(SimTime)
    case integer(Int)
    case bool(Bool)
}

/// How a setting's values are written and shown: its form, the docs' values column, the value a
/// checked scalar means and how a scenario writes a value.
public struct SettingType<Value: Sendable>: Sendable {
    let form: SettingForm
    let values: String
    let decode: @Sendable (SettingScalar) -> Value?
    let spell: @Sendable (Value) -> String
    /// How the docs' tables show a value (Markdown): its spelling as code, unless said otherwise.
    let render: @Sendable (Value) -> String

    init(
        form: SettingForm, values: String, decode: @escaping @Sendable (SettingScalar) -> Value?,
        spell: @escaping @Sendable (Value) -> String, render: (@Sendable (Value) -> String)? = nil
    ) {
        self.form = form
        self.values = values
        self.decode = decode
        self.spell = spell
        self.render = render ?? { "`\(spell($0))`" }
    }
}

extension SettingType where Value: RawRepresentable & CaseIterable, Value.RawValue == String {
    /// One of the enumeration's raw values.
    static var choice: SettingType {
        let words = Value.allCases.map(\.rawValue)
        return SettingType(
            form: .choice(words), values: words.map { "`\($0)`" }.joined(separator: ", "),
            decode: { scalar in
                guard case .text(let text) = scalar else { return nil }
                return Value(rawValue: text)
            },
            spell: \.rawValue)
    }
}

extension SettingType where Value == SimTime {
    static var duration: SettingType {
        SettingType(
            form: .duration, values: "a duration",
            decode: { scalar in
                guard case .duration(let time) = scalar else { return nil }
                return time
            },
            spell: { "\($0)" })
    }
}

extension SettingType where Value == Int {
    static func integer(_ range: ClosedRange<Int>) -> SettingType {
        SettingType(
            form: .integer(range), values: "\(range.lowerBound)–\(range.upperBound)",
            decode: { scalar in
                guard case .integer(let value) = scalar else { return nil }
                return value
            },
            spell: { "\($0)" })
    }
}

extension SettingType where Value == Int? {
    /// A limit from `range`, whose 0 lifts it (nil).
    static func limit(_ range: ClosedRange<Int>) -> SettingType {
        SettingType(
            form: .integer(range), values: "\(range.lowerBound)–\(range.upperBound); `0` = no limit",
            decode: { scalar in
                guard case .integer(let value) = scalar else { return nil }
                return .some(value == 0 ? nil : value)
            },
            spell: { String($0 ?? 0) }, render: { $0.map { "`\($0)`" } ?? "none (`0`)" })
    }
}

extension SettingType where Value == Bool {
    static var bool: SettingType {
        SettingType(
            form: .bool, values: "`true`, `false`",
            decode: { scalar in
                guard case .bool(let flag) = scalar else { return nil }
                return flag
            },
            spell: { "\($0)" })
    }
}

extension SettingType where Value == String {
    /// Any scalar; `values` says what it names (Markdown).
    static func string(_ values: String) -> SettingType {
        SettingType(
            form: .string, values: values,
            decode: { scalar in
                guard case .text(let text) = scalar else { return nil }
                return text
            },
            spell: { "\($0)" })
    }
}

/// A dialect's default for a setting, and whether any platform document or published observation
/// states it (docs/settings.md marks the others "(unconfirmed)").
struct SettingDefault<Value: Sendable>: Sendable {
    var value: Value
    var unconfirmed: Bool

    /// A default the platform's documentation or a published observation states.
    static func known(_ value: Value) -> SettingDefault { SettingDefault(value: value, unconfirmed: false) }
    /// A default nothing published states: Samples/RULES.md, "Unconfirmed", lists it.
    static func unconfirmed(_ value: Value) -> SettingDefault { SettingDefault(value: value, unconfirmed: true) }
}

/// A setting's default in each of the five dialects.
struct PerDialect<Value: Sendable>: Sendable {
    var twiml: SettingDefault<Value>
    var texml: SettingDefault<Value>
    var cxml: SettingDefault<Value>
    var pivot: SettingDefault<Value>
    var inboundxml: SettingDefault<Value>

    subscript(dialect: Dialect) -> SettingDefault<Value> {
        switch dialect {
        case .twiml: twiml
        case .texml: texml
        case .cxml: cxml
        case .pivot: pivot
        case .inboundxml: inboundxml
        }
    }
}

/// A value of some setting, as a scenario overrides it.
struct OverrideValue: Hashable, @unchecked Sendable {
    /// Always a `Sendable` value: ``init(_:)`` takes nothing else.
    let base: AnyHashable

    init(_ value: some Hashable & Sendable) { base = AnyHashable(value) }
}

/// The behaviours a scenario overrides under `settings:`; a setting not written keeps the dialect's
/// default.
///
/// Read and write one by its ``PlatformBehaviour`` field (`overrides[\.calls.httpTimeout] = .seconds(5)`),
/// or by its scenario key (``set(_:_:)``). Every field so named must be a setting's
/// (``BehaviourSetting/all``): writing another one is a programming error.
public struct BehaviourOverrides: Sendable, Hashable {
    /// By scenario key.
    private var values: [String: OverrideValue] = [:]

    public init() {}

    /// The override of a setting's field, nil when the scenario keeps the default.
    public subscript<Value: Hashable & Sendable>(field: WritableKeyPath<PlatformBehaviour, Value>) -> Value?
    {
        get {
            guard let setting = BehaviourSetting.setting(of: field) else { return nil }
            return values[setting.key]?.base.base as? Value
        }
        set {
            guard let setting = BehaviourSetting.setting(of: field) else {
                preconditionFailure("\(field) is not a behaviour setting: see BehaviourSetting.all")
            }
            values[setting.key] = newValue.map(OverrideValue.init)
        }
    }

    /// Whether the scenario writes the setting `key`.
    public func overrides(_ key: String) -> Bool { values[key] != nil }

    /// Overrides `setting` with the value `scalar` means; false if the scalar is not of the
    /// setting's form.
    @discardableResult
    public mutating func set(_ setting: BehaviourSetting, _ scalar: SettingScalar) -> Bool {
        guard let value = setting.value(scalar) else { return false }
        values[setting.key] = value
        return true
    }

    /// Writes each override into `behaviour`, in the table's order.
    func apply(to behaviour: inout PlatformBehaviour) {
        guard !values.isEmpty else { return }
        for setting in BehaviourSetting.all {
            if let value = values[setting.key] { setting.apply(value, &behaviour) }
        }
    }
}
