import Foundation
import Testing

@testable import TeXMLRecorder

@Suite struct RecorderModelTests {
    @Test func metadataUsesThePlatformsSnakeCaseKeys() throws {
        let metadata = RecordingMetadata(
            sid: "RE1", accountSid: "AC1", callSid: "CA1", source: "RecordVerb", status: "completed", channels: 1,
            track: "inbound", format: .wav, startTime: "Thu, 01 Jan 2026 00:00:05 +0000", created: 1_767_225_605,
            duration: 3, durationMilliseconds: 2500, sampleRate: 8000, file: "RE1.wav", from: "+1", to: "+2")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = String(decoding: try encoder.encode(metadata), as: UTF8.self)
        #expect(text.contains(#""account_sid":"AC1""#))
        #expect(text.contains(#""duration_ms":2500"#))
        #expect(try JSONDecoder().decode(RecordingMetadata.self, from: Data(text.utf8)) == metadata)
    }
}
