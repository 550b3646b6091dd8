import TeXMLGrammar

/// Lowering: one small step per verb family turns a typed element into a dialect-neutral intent
/// (``RecordIntent``, ``GatherIntent``, ``DialIntent``…) that the interpreter runs without asking
/// which dialect the call is in.
///
/// This folder and the behaviour profile (PlatformBehaviour.swift) are the only places of the
/// simulator that test the dialect (DialectTestPlacementTests checks it). The lowering reads:
///
/// - an element's attributes only where its dialect has them (``OwnAttributes``): one the
///   dialect lacks is warned about (`texml.attribute.unknown`, "… ignores it") and changes nothing;
/// - each attribute's default from the grammar (Grammar/elements/*.json, through the typed AST):
///   ``OwnAttributes/defaulted(_:_:)`` takes no default of its own; ``Lowering/defaultsTaken``
///   and ``Lowering/defaultsTakenWhereTheDialectHasThem`` name every attribute read that way, and
///   LoweringDefaultsTests checks the grammar gives each a default. The few readings of an
///   attribute a dialect lacks that are not its absent reading are written beside it, with why
///   (TeXML's `<Gather>` has no `bargeIn` and no `method`);
/// - the platform's choices where the markup says nothing from ``PlatformBehaviour``.
struct Lowering {
    let behaviour: PlatformBehaviour
    /// What relative URLs of the document resolve against; also where an action goes when
    /// `action` is not written (the current document).
    let baseURL: String
    /// The method of a request whose element has no `method` in its dialect: Telnyx's `<Gather>`
    /// uses "Same method (GET/POST) as set for the TeXML application".
    let applicationMethod: String

    var dialect: Dialect { behaviour.dialect }
    /// The rule set the call follows where its own dialect documents nothing different.
    var family: DialectFamily { dialect.family }

    func resolve(_ reference: String) -> String {
        URLResolution.resolve(reference.trimmingXMLSpace(), against: baseURL)
    }

    /// The attributes of `element` as its dialect has them.
    func attributes(of element: String) -> OwnAttributes {
        OwnAttributes(element: element, spec: Grammar.of(dialect).element(element))
    }

    /// Every attribute the lowering reads with ``OwnAttributes/defaulted(_:_:)``, by element:
    /// every dialect with the element has the attribute, and the grammar gives it a default there
    /// (LoweringDefaultsTests).
    static let defaultsTaken: [String: Set<String>] = [
        "Record": ["method", "timeout", "finishOnKey", "maxLength", "playBeep"],
        "Gather": ["input", "finishOnKey", "timeout"],
        "Dial": ["method", "timeout", "timeLimit", "hangupOnStar"],
        "Conference": ["beep"],
        "Number": ["method"],
        "Sip": ["method"],
        "Client": ["method"],
        "Uri": ["priority", "weight"],
        "Recording": ["track", "channels"],
        "Stream": ["track", "statusCallbackMethod"],
        "Redirect": ["method"],
        "Ping": ["method"],
        "Reject": ["reason"],
        "Pause": ["length"],
        "Say": ["loop"],
        "Play": ["loop"],
    ]

    /// Attributes read with ``OwnAttributes/defaulted(_:_:)`` that some dialects with the element
    /// lack, where the absent reading is what the lowering means (a `<Number>` without
    /// `statusCallback` in InboundXML subscribes to nothing): wherever a dialect has one, the
    /// grammar gives it a default (LoweringDefaultsTests).
    static let defaultsTakenWhereTheDialectHasThem: [String: Set<String>] = [
        "Record": ["storageUrlMethod", "transcribeQuality"],
        "Conference": ["recordCallbackMethod"],
        "Number": ["statusCallbackMethod", "statusCallbackEvent"],
        "Sip": ["statusCallbackMethod", "statusCallbackEvent"],
        "Client": ["statusCallbackMethod", "statusCallbackEvent"],
    ]
}

/// The attributes of one element in the call's dialect: the typed AST holds what was written
/// whether or not the dialect has the attribute (a stray `background` on a TwiML `<Record>`), and
/// the lowering reads only those the dialect has.
struct OwnAttributes {
    let element: String
    let spec: ElementSpec?

    /// Whether the dialect has the attribute on this element.
    func has(_ name: String) -> Bool { spec?.attribute(name) != nil }

    /// The value in effect (as written, else the grammar's default); nil where the dialect has no
    /// such attribute or it has no default.
    func callAsFunction<Value>(_ attribute: Attribute<Value>, _ name: String) -> Value? {
        has(name) ? attribute.value : nil
    }

    /// The value as written, where the dialect has the attribute.
    func written<Value>(_ attribute: Attribute<Value>, _ name: String) -> Value? {
        has(name) ? attribute.written : nil
    }

    /// The value in effect of an attribute the grammar gives a default wherever the dialect has
    /// it (listed in ``Lowering/defaultsTaken`` or ``Lowering/defaultsTakenWhereTheDialectHasThem``).
    /// Where the dialect lacks the attribute, its absent reading: no keys, zero, false, no tokens.
    func defaulted<Value: AbsentReading>(_ attribute: Attribute<Value>, _ name: String) -> Value {
        assert(
            Lowering.defaultsTaken[element]?.contains(name) == true
                || Lowering.defaultsTakenWhereTheDialectHasThem[element]?.contains(name) == true,
            "\(element) \(name): list it in Lowering.defaultsTaken, for LoweringDefaultsTests")
        return self(attribute, name) ?? .absent
    }
}

/// What an attribute reads as where the dialect does not have it.
protocol AbsentReading { static var absent: Self { get } }

extension String: AbsentReading { static var absent: String { "" } }
extension Int: AbsentReading { static var absent: Int { 0 } }
extension Bool: AbsentReading { static var absent: Bool { false } }
extension Array: AbsentReading { static var absent: Array { [] } }

extension CallRun {
    /// The lowering for the current document.
    var lowering: Lowering {
        Lowering(
            behaviour: behaviour, baseURL: document?.url ?? scenario.flowURL, applicationMethod: scenario.call.method)
    }
}
