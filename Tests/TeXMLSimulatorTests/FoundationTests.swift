import Foundation
import TeXMLSupport
import Testing

@testable import TeXMLSimulator

struct SimTimeTests {
    @Test(
        arguments: [
            ("6s", 6000), ("1.5s", 1500), ("250ms", 250), ("2m", 120_000), ("1h", 3_600_000), ("1h30m", 5_400_000),
            ("7", 7000), ("0.25", 250), ("0s", 0), ("1.0005s", 1000),
        ] as [(String, Int64)])
    func parses(_ text: String, _ milliseconds: Int64) {
        #expect(SimTime.parse(text) == SimTime(milliseconds: milliseconds))
    }

    @Test(arguments: ["", "s", "-1s", "5x", "1s5", "1..5s", "abc", "1 s", "99999999999h"])
    func rejects(_ text: String) {
        #expect(SimTime.parse(text) == nil)
    }

    @Test func formats() {
        #expect(SimTime(milliseconds: 12_345).secondsText == "12.345")
        #expect(SimTime(milliseconds: 5).secondsText == "0.005")
        #expect(SimTime(milliseconds: 1500).description == "1.5s")
        #expect(SimTime(milliseconds: 250).description == "250ms")
        #expect(SimTime(milliseconds: 1001).wholeSecondsRoundedUp == 2)
        #expect(SimTime(milliseconds: 0).wholeSecondsRoundedUp == 0)
    }
}

/// RFC 3986, section 5.4: every normal and abnormal example, against its base URI.
struct URLResolutionTests {
    static let base = "http://a/b/c/d;p?q"

    @Test(arguments: [
        ("g:h", "g:h"), ("g", "http://a/b/c/g"), ("./g", "http://a/b/c/g"), ("g/", "http://a/b/c/g/"),
        ("/g", "http://a/g"), ("//g", "http://g"), ("?y", "http://a/b/c/d;p?y"), ("g?y", "http://a/b/c/g?y"),
        ("#s", "http://a/b/c/d;p?q#s"), ("g#s", "http://a/b/c/g#s"), ("g?y#s", "http://a/b/c/g?y#s"),
        (";x", "http://a/b/c/;x"), ("g;x", "http://a/b/c/g;x"), ("g;x?y#s", "http://a/b/c/g;x?y#s"),
        ("", "http://a/b/c/d;p?q"), (".", "http://a/b/c/"), ("./", "http://a/b/c/"), ("..", "http://a/b/"),
        ("../", "http://a/b/"), ("../g", "http://a/b/g"), ("../..", "http://a/"), ("../../", "http://a/"),
        ("../../g", "http://a/g"),
        // Abnormal examples.
        ("../../../g", "http://a/g"), ("../../../../g", "http://a/g"), ("/./g", "http://a/g"),
        ("/../g", "http://a/g"), ("g.", "http://a/b/c/g."), (".g", "http://a/b/c/.g"), ("g..", "http://a/b/c/g.."),
        ("..g", "http://a/b/c/..g"), ("./../g", "http://a/b/g"), ("./g/.", "http://a/b/c/g/"),
        ("g/./h", "http://a/b/c/g/h"), ("g/../h", "http://a/b/c/h"), ("g;x=1/./y", "http://a/b/c/g;x=1/y"),
        ("g;x=1/../y", "http://a/b/c/y"), ("g?y/./x", "http://a/b/c/g?y/./x"), ("g#s/../x", "http://a/b/c/g#s/../x"),
    ])
    func resolves(_ reference: String, _ expected: String) {
        #expect(URLResolution.resolve(reference, against: Self.base) == expected)
    }

    @Test func getParametersGoInTheQuery() {
        #expect(
            URLResolution.appendingQuery("https://x.test/a?b=1", [("Digits", "1#"), ("To", "+1 555")])
                == "https://x.test/a?b=1&Digits=1%23&To=%2B1+555")
    }
}

struct IdentifierTests {
    @Test func sameSeedSameIdentifiersAndShapes() {
        var first = IdentifierFactory(dialect: .twiml, seed: 7)
        var second = IdentifierFactory(dialect: .twiml, seed: 7)
        let sid = first.callSid()
        #expect(sid == second.callSid())
        #expect(sid.hasPrefix("CA") && sid.count == 34)
        #expect(first.recordingSid().hasPrefix("RE"))
        var other = IdentifierFactory(dialect: .twiml, seed: 8)
        #expect(other.callSid() != sid)
        var telnyx = IdentifierFactory(dialect: .texml, seed: 7)
        #expect(telnyx.callSid().hasPrefix("v3:"))
        let uuid = telnyx.accountSid()
        #expect(uuid.count == 36 && uuid.split(separator: "-").map(\.count) == [8, 4, 4, 4, 12])
    }
}

struct WAVHeaderTests {
    @Test func readsDurationFromTheDataChunk() {
        // 8 kHz, 16-bit mono: 16 000 bytes a second; 8 000 bytes of data is half a second.
        var bytes: [UInt8] = Array("RIFF".utf8) + [0, 0, 0, 0] + Array("WAVE".utf8)
        func le32(_ value: Int) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
        bytes += Array("fmt ".utf8) + le32(16) + [1, 0, 1, 0] + le32(8000) + le32(16000) + [2, 0, 16, 0]
        bytes += Array("data".utf8) + le32(8000) + [UInt8](repeating: 0, count: 8000)
        #expect(WAVHeader.duration(of: bytes) == .milliseconds(500))
        #expect(WAVHeader.duration(of: Array("not a wav file at all".utf8)) == nil)
    }
}

struct JSONTextTests {
    @Test func escapesWhatJSONRequiresAndKeepsUnicode() throws {
        let event = TraceEvent(
            time: .milliseconds(1250),
            .httpResponse(.init(status: nil, url: "say \"hi\"\\ then\nbye\t\u{1}é😀", bytes: -3, unmapped: true)))
        #expect(
            event.jsonLine
                == #"{"t":1.250,"event":"http.response","status":"timeout","url":"say \"hi\"\\ then\nbye\t\u0001é😀","bytes":-3,"unmapped":true}"#
        )
        let object = try JSONSerialization.jsonObject(with: Data(event.jsonLine.utf8)) as? [String: Any]
        #expect(object?["url"] as? String == "say \"hi\"\\ then\nbye\t\u{1}é😀")
    }
}

struct ScriptCursorTests {
    let steps = [
        ScriptStep(.silence(.seconds(1))), ScriptStep(.waitFor(.beep)), ScriptStep(.press("1")), ScriptStep(.hangup),
    ]

    @Test func aTriggerAtTheMomentTheScriptReachesItsWaitCounts() {
        var cursor = ScriptCursor(steps: steps, start: .zero)
        #expect(cursor.peek() == nil)
        cursor.signal(.beep, at: .seconds(1))
        #expect(cursor.peek() == .dtmf(key: "1", at: .seconds(1)))
    }

    @Test func aTriggerBeforeTheScriptReachesItsWaitIsMissed() {
        var cursor = ScriptCursor(steps: steps, start: .zero)
        cursor.signal(.beep, at: .milliseconds(500))
        #expect(cursor.peek() == nil)
        #expect(cursor.waitingTrigger() == .beep)
        cursor.signal(.answer, at: .seconds(3))
        #expect(cursor.peek() == nil)
        cursor.signal(.beep, at: .seconds(4))
        #expect(cursor.peek() == .dtmf(key: "1", at: .seconds(4)))
        cursor.consume()
        #expect(cursor.peek() == .hangup(at: .milliseconds(4200)))
    }
}
