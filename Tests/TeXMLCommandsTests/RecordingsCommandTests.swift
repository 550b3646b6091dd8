import Foundation
import TeXMLRecorder
import Testing

@testable import TeXMLCommands

/// A recordings directory for the CLI: `count` recordings, created two per second from
/// 2026-01-01T00:00:00Z; every 5th in a conference, every 4th an MP3, the 7th stored elsewhere.
private func recordingsDirectory(count: Int = 12) throws -> (path: String, sids: [String]) {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("texml-recs-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
    var sids: [String] = []
    for index in 0..<count {
        let sid = String(format: "RE%032d", index)
        let format: AudioFormat = index % 4 == 3 ? .mp3 : .wav
        var metadata = RecordingMetadata(
            sid: sid, accountSid: "AC1", callSid: "CA\(index % 3)", source: "RecordVerb", status: "completed",
            channels: 1, track: "both", format: format, startTime: "Thu, 01 Jan 2026 00:00:00 +0000",
            created: 1_767_225_600 + Int64(index / 2), duration: index, durationMilliseconds: Int64(index) * 1000,
            sampleRate: 8000, file: sid + "." + format.rawValue, url: nil, from: "+1", to: "+2",
            labels: ["queue": index % 2 == 0 ? "sales" : "support"])
        if index % 5 == 0 { metadata.conferenceSid = "CF\(index)" }
        if index == 7 {
            metadata.file = nil
            metadata.url = "https://storage.example.com/\(sid).mp3"
        }
        try encoder.encode(metadata).write(to: URL(fileURLWithPath: path + "/" + sid + ".json"))
        if let file = metadata.file {
            try Data((format == .wav ? "RIFF-fake-\(index)" : "ID3-fake-\(index)").utf8)
                .write(to: URL(fileURLWithPath: path + "/" + file))
        }
        sids.append(sid)
    }
    return (path, sids)
}

private func parseJSON(_ text: String) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
}

private func listedSids(_ text: String) throws -> [String] {
    let data = try #require(try parseJSON(text)["data"] as? [[String: Any]])
    return data.compactMap { $0["sid"] as? String }
}

@Suite("texml recordings")
struct RecordingsCommandTests {
    @Test func textListingIsATableWithTheNextPageKey() throws {
        let (dir, sids) = try recordingsDirectory()
        let first = try CLI.run(["recordings", "list", "--dir", dir, "--page-size", "5"])
        #expect(first.status == 0)
        let lines = first.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("SID"))
        for column in ["CALL SID", "SOURCE", "STATUS", "CHANNELS", "DURATION", "FORMAT", "START TIME"] {
            #expect(lines[0].contains(column))
        }
        #expect(lines.count == 7)
        #expect(
            lines[0]
                == "SID                                 CALL SID  SOURCE      STATUS     CHANNELS  DURATION  FORMAT  START TIME"
        )
        #expect(
            lines[1] == sids[0]
                + "  CA0       RecordVerb  completed  1         0 s       wav     Thu, 01 Jan 2026 00:00:00 +0000")
        let footer = try #require(lines.last)
        #expect(footer.hasPrefix("5 recordings; next page: --start-key "))
        let key = String(footer.split(separator: " ").last!)
        let second = try CLI.run(["recordings", "list", "--dir", dir, "--page-size", "10", "--start-key", key])
        #expect(second.status == 0)
        #expect(second.stdout.split(separator: "\n").dropFirst().first?.hasPrefix(sids[5]) == true)
        #expect(second.stdout.hasSuffix("7 recordings; last page\n"))
    }

    @Test func jsonListingIsKazoosEnvelope() throws {
        let (dir, sids) = try recordingsDirectory()
        let first = try CLI.run(["recordings", "list", "--dir", dir, "--format", "json", "--page-size", "8"])
        #expect(first.status == 0)
        let envelope = try parseJSON(first.stdout)
        #expect(envelope["page_size"] as? Int == 8)
        #expect(envelope["start_key"] is String)
        let next = try #require(envelope["next_start_key"] as? String)
        #expect(try listedSids(first.stdout) == Array(sids[0..<8]))
        let data = try #require(envelope["data"] as? [[String: Any]])
        #expect((data[0]["labels"] as? [String: String])?["queue"] == "sales")
        let last = try CLI.run(["recordings", "list", "--dir", dir, "--format", "json", "--start-key", next])
        let lastEnvelope = try parseJSON(last.stdout)
        #expect(lastEnvelope["page_size"] as? Int == 4)
        #expect(lastEnvelope["next_start_key"] == nil)
        #expect(lastEnvelope["start_key"] as? String == next)
        #expect(try listedSids(last.stdout) == Array(sids[8...]))
    }

    @Test func filtersAndTheCallShorthand() throws {
        let (dir, sids) = try recordingsDirectory()
        func listed(_ options: [String]) throws -> [String] {
            let result = try CLI.run(["recordings", "list", "--dir", dir, "--format", "json"] + options)
            #expect(result.status == 0, "\(options): \(result.stderr)")
            return try listedSids(result.stdout)
        }
        let call1 = sids.enumerated().filter { $0.offset % 3 == 1 }.map(\.element)
        #expect(try listed(["--call", "CA1"]) == call1)
        #expect(try listed(["--filter", "call_sid=CA1"]) == call1)
        #expect(try listed(["--filter", "labels.queue=support", "--filter", "duration=[1,3]"]) == [sids[1], sids[3]])
        #expect(try listed(["--filter-not", "labels.queue=support"]).count == 6)
        #expect(try listed(["--has-key", "conference_sid"]) == [sids[0], sids[5], sids[10]])
        #expect(try listed(["--key-missing", "file"]) == [sids[7]])
        #expect(try listed(["--has-value", "url"]) == [sids[7]])
        #expect(try listed(["--missing-value", "conference_sid"]).count == 9)
        // One instant three ways: ISO 8601, @Unix seconds, Kazoo's Gregorian seconds.
        let third = 1_767_225_603
        for from in ["2026-01-01T00:00:03Z", "@\(third)", String(third + 62_167_219_200)] {
            #expect(try listed(["--created-from", from]) == Array(sids[6...]), "\(from)")
            #expect(try listed(["--created-to", from]) == Array(sids[...7]), "\(from)")
        }
        #expect(try listed(["--created-from", "2026-01-01"]).count == 12)
        #expect(try listed(["--modified-to", "@0"]).isEmpty)
    }

    @Test func usageErrorsExitTwo() throws {
        let (dir, _) = try recordingsDirectory(count: 2)
        let badKey = try CLI.run(["recordings", "list", "--dir", dir, "--start-key", "nope!"])
        #expect(badKey.status == 2)
        #expect(badKey.stderr.contains("malformed start key 'nope!'"))
        #expect(try CLI.run(["recordings", "list", "--dir", dir, "--page-size", "0"]).status == 2)
        #expect(try CLI.run(["recordings", "list", "--dir", dir, "--page-size", "1001"]).status == 2)
        #expect(try CLI.run(["recordings", "list", "--dir", dir, "--filter", "no-equals"]).status == 2)
        #expect(try CLI.run(["recordings", "list", "--dir", dir, "--created-from", "yesterday"]).status == 2)
        #expect(try CLI.run(["recordings", "list"]).status == 2)
        let missing = try CLI.run(["recordings", "list", "--dir", "/nonexistent/recs"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "texml: /nonexistent/recs: no such directory\n")
    }

    @Test func unreadableMetadataIsReportedButTheListingSucceeds() throws {
        let (dir, _) = try recordingsDirectory(count: 3)
        try Data("{oops".utf8).write(to: URL(fileURLWithPath: dir + "/broken.json"))
        let result = try CLI.run(["recordings", "list", "--dir", dir, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stderr == "texml: skipped '\(dir)/broken.json': invalid JSON at byte 1: expected a key string\n")
        let skipped = try #require(try parseJSON(result.stdout)["skipped"] as? [[String: String]])
        #expect(skipped == [["file": "broken.json", "reason": "invalid JSON at byte 1: expected a key string"]])
        #expect(try listedSids(result.stdout).count == 3)
    }

    @Test func showPrintsTheMetadata() throws {
        let (dir, sids) = try recordingsDirectory(count: 6)
        let text = try CLI.run(["recordings", "show", "--dir", dir, sids[5]])
        #expect(text.status == 0)
        #expect(text.stdout.contains("conference_sid: CF5\n"))
        #expect(text.stdout.contains("labels.queue: support\n"))
        #expect(text.stdout.hasPrefix("account_sid: AC1\n"))
        let json = try CLI.run(["recordings", "show", "--dir", dir, "--format", "json", sids[5]])
        let data = try #require(try parseJSON(json.stdout)["data"] as? [String: Any])
        #expect(data["sid"] as? String == sids[5])
        let unknown = try CLI.run(["recordings", "show", "--dir", dir, "REnope"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "texml: no recording 'REnope' in \(dir)\n")
    }

    @Test func mediaAsStoredToAFileOrStandardOutput() throws {
        let (dir, sids) = try recordingsDirectory(count: 4)
        let output = dir + "/out.wav"
        let toFile = try CLI.run(["recordings", "media", "--dir", dir, sids[1], "--output", output])
        #expect(toFile.status == 0)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "RIFF-fake-1")
        #expect(toFile.stderr == "texml: wrote 11 bytes of audio/wav to '\(output)'\n")
        let piped = try CLI.run(["recordings", "media", "--dir", dir, sids[3], "--accept", "audio/mpeg"])
        #expect(piped.status == 0)
        #expect(piped.stdout == "ID3-fake-3")
    }

    @Test func mediaConversions() throws {
        let (dir, sids) = try recordingsDirectory(count: 8)
        let mp3AsWav = try CLI.run(["recordings", "media", "--dir", dir, sids[3], "--accept", "audio/wav"])
        #expect(mp3AsWav.status == 1)
        #expect(mp3AsWav.stderr.contains("is stored as MP3 and cannot be served as audio/wav"))
        #expect(mp3AsWav.stdout.isEmpty)
        let external = try CLI.run(["recordings", "media", "--dir", dir, sids[7]])
        #expect(external.status == 1)
        #expect(external.stderr.contains("stored at https://storage.example.com/"))
        #expect(try CLI.run(["recordings", "media", "--dir", dir, sids[0], "--accept", "audio/ogg"]).status == 2)
        let wavAsMpeg = try CLI.run(["recordings", "media", "--dir", dir, sids[1], "--accept", "audio/mpeg"])
        if RecordingTranscoding.mp3FromWAV == nil {
            #expect(wavAsMpeg.status == 1)
            #expect(wavAsMpeg.stderr.contains("no MP3 transcoder is configured"))
        } else {
            // Wired: the fake WAV is not audio, so the encoder refuses it and says why.
            #expect(wavAsMpeg.status == 1)
            #expect(wavAsMpeg.stderr.contains("converting to MP3 failed"))
        }
    }

    @Test func deleteRemovesBothFilesOrSaysWhatWasLeft() throws {
        let (dir, sids) = try recordingsDirectory(count: 8)
        let deleted = try CLI.run(["recordings", "delete", "--dir", dir, sids[2]])
        #expect(deleted.status == 0)
        #expect(deleted.stdout == "deleted \(sids[2]): removed \(dir)/\(sids[2]).json and \(dir)/\(sids[2]).wav\n")
        #expect(!FileManager.default.fileExists(atPath: "\(dir)/\(sids[2]).wav"))
        #expect(!FileManager.default.fileExists(atPath: "\(dir)/\(sids[2]).json"))
        let external = try CLI.run(["recordings", "delete", "--dir", dir, "--format", "json", sids[7]])
        #expect(external.status == 0)
        let media = try #require(
            (try parseJSON(external.stdout)["data"] as? [String: Any])?["media"] as? [String: String])
        #expect(media == ["status": "left-external", "url": "https://storage.example.com/\(sids[7]).mp3"])
        let again = try CLI.run(["recordings", "delete", "--dir", dir, sids[2]])
        #expect(again.status == 1)
        #expect(try listedSids(CLI.run(["recordings", "list", "--dir", dir, "--format", "json"]).stdout).count == 6)
    }
}

@Suite("texml recordings --dir of a run")
struct RecordingsRunFolderTests {
    @Test func theFolderGivenToRunOutIsAccepted() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("texml-out-\(UUID().uuidString)").path
        let run = try CLI.run(["run", "Samples/voicemail/leave-message.scenario.yaml", "--out", out])
        #expect(run.status == 0)
        let listed = try CLI.run(["recordings", "list", "--dir", out])
        #expect(listed.status == 0)
        #expect(listed.stdout.hasSuffix("1 recording; last page\n"), "\(listed.stdout)")
    }

    @Test func aSkippedFileIsNamedInTheFolderItWasFoundIn() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("texml-out-\(UUID().uuidString)").path
        #expect(try CLI.run(["run", "Samples/voicemail/leave-message.scenario.yaml", "--out", out]).status == 0)
        try Data("{oops".utf8).write(to: URL(fileURLWithPath: out + "/recordings/broken.json"))
        let listed = try CLI.run(["recordings", "list", "--dir", out])
        #expect(listed.status == 0)
        #expect(listed.stderr.hasPrefix("texml: skipped '\(out)/recordings/broken.json': "), "\(listed.stderr)")
    }
}
