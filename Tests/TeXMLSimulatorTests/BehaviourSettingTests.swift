import Foundation
import TeXMLGrammar
import Testing

@testable import TeXMLSimulator

/// The one table of behaviour settings: the profiles, `settings:` and `applying` all come from it.
@Suite("Behaviour settings table")
struct BehaviourSettingTests {
    @Test("keys and fields are each named once")
    func keysAndFieldsAreUnique() {
        let keys = BehaviourSetting.all.map(\.key)
        #expect(Set(keys).count == keys.count, "\(keys)")
        let fields = BehaviourSetting.all.map { $0.field as AnyKeyPath }
        #expect(Set(fields).count == fields.count)
        #expect(ScenarioDecoder.settingKeys == keys)
        for key in keys { #expect(key.allSatisfy { $0.isLowercase || $0 == "_" }, "\(key)") }
    }

    @Test("each dialect's profile holds each setting's default for it", arguments: Dialect.allCases)
    func profilesHoldTheDefaults(_ dialect: Dialect) {
        let profile = PlatformBehaviour.of(dialect)
        #expect(profile.dialect == dialect)
        for setting in BehaviourSetting.all {
            var expected = profile
            setting.setDefault(&expected)
            #expect(expected == profile, "\(dialect) \(setting.key)")
        }
    }

    /// A value of `setting` other than `dialect`'s default, as a scenario writes it.
    static func otherValue(_ setting: BehaviourSetting, _ dialect: Dialect) -> String {
        let current = PlatformBehaviour.of(dialect)[keyPath: setting.field]
        let candidates: [String]
        switch setting.form {
        case .choice(let words): candidates = words
        case .duration: candidates = ["2s", "3s"]
        case .integer(let range): candidates = [String(range.upperBound), String(range.lowerBound + 1)]
        case .bool: candidates = ["true", "false"]
        case .string: candidates = ["SomethingElse", "Other"]
        }
        return candidates.first { text in
            var behaviour = PlatformBehaviour.of(dialect)
            var overrides = BehaviourOverrides()
            overrides.set(setting, scalar(text, setting.form))
            behaviour = behaviour.applying(overrides)
            return AnyHashable(String(describing: behaviour[keyPath: setting.field]))
                != AnyHashable(String(describing: current))
        } ?? candidates[0]
    }

    static func scalar(_ text: String, _ form: SettingForm) -> SettingScalar {
        switch form {
        case .choice, .string: .text(text)
        case .duration: .duration(SimTime.parse(text)!)
        case .integer: .integer(Int(text)!)
        case .bool: .bool(text == "true")
        }
    }

    @Test("a scenario overrides each setting, and only that field changes", arguments: BehaviourSetting.all.map(\.key))
    func everySettingOverrides(_ key: String) throws {
        let setting = try #require(BehaviourSetting.named(key))
        for dialect in Dialect.allCases {
            let text = Self.otherValue(setting, dialect)
            let (loaded, diagnostics) = loadScenario(
                "flow: f.xml\ndialect: \(dialect.rawValue)\nsettings: { \(key): \(text) }\n")
            #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
            let scenario = try #require(loaded?.scenario)
            #expect(scenario.settings.overrides(key))
            let profile = PlatformBehaviour.of(dialect)
            let applied = profile.applying(scenario.settings)
            #expect(applied != profile, "\(dialect) \(key): \(text) changes nothing")
            // Putting the default back gives the profile: no other field moved.
            var restored = applied
            setting.setDefault(&restored)
            #expect(restored == profile, "\(dialect) \(key)")
        }
    }

    @Test("max_recordings_per_call: 0 lifts InboundXML's limit of 5")
    func zeroLiftsTheLimit() throws {
        #expect(PlatformBehaviour.of(.inboundxml).recordings.maxRecordingsPerCall == 5)
        let (loaded, _) = loadScenario("flow: f.xml\nsettings: { max_recordings_per_call: 0 }\n")
        let settings = try #require(loaded?.scenario.settings)
        #expect(PlatformBehaviour.of(.inboundxml).applying(settings).recordings.maxRecordingsPerCall == nil)
        let (three, _) = loadScenario("flow: f.xml\nsettings: { max_recordings_per_call: 3 }\n")
        #expect(
            PlatformBehaviour.of(.twiml).applying(try #require(three?.scenario.settings)).recordings
                .maxRecordingsPerCall == 3)
    }

    @Test("overrides read and write by the profile's field")
    func overridesByField() {
        var overrides = BehaviourOverrides()
        #expect(overrides[\.calls.httpTimeout] == nil)
        overrides[\.calls.httpTimeout] = .seconds(5)
        overrides[\.record.silenceTimerStart] = .speech
        #expect(overrides[\.calls.httpTimeout] == .seconds(5))
        #expect(overrides.overrides("http_timeout"))
        #expect(!overrides.overrides("words_per_minute"))
        let applied = PlatformBehaviour.of(.twiml).applying(overrides)
        #expect(applied.calls.httpTimeout == .seconds(5))
        #expect(applied.record.silenceTimerStart == .speech)
        #expect(applied.calls.wordsPerMinute == 150)
        overrides[\.calls.httpTimeout] = nil
        #expect(!overrides.overrides("http_timeout"))
        // A field that is no setting is never overridden.
        #expect(overrides[\.restBaseURL] == nil)
    }
}

/// Identifier shapes are profile data: each dialect's scheme, and the factory follows the scheme.
@Suite("Identifier schemes")
struct IdentifierSchemeTests {
    static func shape(_ text: String) -> String {
        String(text.map { $0.isHexDigit && !$0.isUppercase ? "h" : $0 })
    }

    @Test("each dialect's identifiers have its platform's shape")
    func shapesPerDialect() {
        let hex32 = String(repeating: "h", count: 32)
        let uuid = "hhhhhhhh-hhhh-hhhh-hhhh-hhhhhhhhhhhh"
        let expected: [Dialect: [String]] = [
            .twiml: ["AC" + hex32, "CA" + hex32, "RE" + hex32, "TR" + hex32, "CF" + hex32],
            .inboundxml: ["AC" + hex32, "CA" + hex32, "RE" + hex32, "TR" + hex32, "CF" + hex32],
            .texml: [uuid, "v3:", uuid, uuid, uuid],
            .cxml: [uuid, uuid, uuid, uuid, uuid],
            .pivot: [hex32, uuid, hex32, hex32, hex32],
        ]
        for dialect in Dialect.allCases {
            var ids = IdentifierFactory(dialect: dialect, seed: 7)
            let made = [
                ids.accountSid(), ids.callSid(), ids.recordingSid(), ids.transcriptionSid(), ids.conferenceSid(),
            ]
            var shapes = made.map(Self.shape)
            if dialect == .texml {
                #expect(made[1].hasPrefix("v3:") && made[1].count == 46, "\(made[1])")
                shapes[1] = "v3:"
            }
            // UUIDs are version 4, variant 10xx.
            for id in made where Self.shape(id) == uuid {
                #expect(Array(id)[14] == "4" && "89ab".contains(Array(id)[19]), "\(id)")
            }
            #expect(shapes == expected[dialect], "\(dialect)")
        }
    }

    @Test("the factory follows a scheme it is given")
    func customScheme() {
        var scheme = IdentifierScheme.twilio
        scheme.call = .hex(prefix: "XY", digits: 4)
        var ids = IdentifierFactory(scheme: scheme, seed: 7)
        let call = ids.callSid()
        #expect(call.hasPrefix("XY") && call.count == 6, "\(call)")
        var twilio = IdentifierFactory(dialect: .twiml, seed: 7)
        #expect(ids.accountSid() == twilio.accountSid())
    }
}
