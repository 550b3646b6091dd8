#if Live  // live mode's tests: built with the package trait (`swift test --traits Live`)

import Foundation
import Testing

@testable import TeXMLLive

/// `texml call URL --calls N --concurrency C`: many calls against the fixture application.
@Suite("Load mode")
struct LoadTests {
    /// The summary of a `--format jsonl` load run.
    static func summary(_ result: CLI.Result) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try #require(object as? [String: Any], "\(result.stdout)")
    }

    static func failures(_ summary: [String: Any]) -> [[String: Any]] {
        summary["failures"] as? [[String: Any]] ?? []
    }

    @Test func everyCallIsPlacedVerifiedAndCounted() throws {
        let app = try LiveApp()
        let result = try CLI.run([
            "call", app.base + "/voice", "--scenario", try app.scenario("voicemail.scenario.yaml"),
            "--auth-token", LiveApp.authToken, "--calls", "12", "--concurrency", "4", "--format", "jsonl",
        ])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let summary = try Self.summary(result)
        let seen = try app.requests()
        // Five requests a call: voice, the redirect, the recording callback, the action, the status.
        #expect(seen.count == 12 * 5)
        let unverified = seen.filter { !$0.verified }.map(\.reason)
        #expect(unverified.isEmpty, "\(unverified)")
        #expect(summary["calls"] as? Int == 12)
        #expect(summary["failed_calls"] as? Int == 0)
        #expect(summary["concurrency"] as? Int == 4)
        #expect(summary["requests"] as? Int == seen.count)
        #expect((summary["latency_ms"] as? [String: Any])?["answered"] as? Int == seen.count)
        #expect(Self.failures(summary).isEmpty)
        // Each call is its own: twelve CallSids, each on its five requests.
        let text = try String(contentsOf: app.log, encoding: .utf8)
        let sids = text.split(separator: "\n").compactMap {
            ((try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]).flatMap {
                ($0["form"] as? [String: String])?["CallSid"]
            }
        }
        #expect(Set(sids).count == 12)
        // Not a terminal: no progress line, and no credential anywhere.
        #expect(!result.stderr.contains("\r"))
        #expect(!result.stdout.contains(LiveApp.authToken) && !result.stderr.contains(LiveApp.authToken))
    }

    /// The calls share one cache of measured recordings: a call whose recording was rendered by
    /// an earlier one has the trace it would have alone (its own recording name, the same
    /// duration, checksum and size).
    @Test func aCallWhoseRecordingIsCachedHasTheTraceOfTheSameCallAlone() throws {
        let app = try LiveApp()
        let scenario = try app.scenario("voicemail.scenario.yaml")
        let traces = app.directory.appendingPathComponent("traces")
        let load = try CLI.run([
            "call", app.base + "/voice", "--scenario", scenario, "--auth-token", LiveApp.authToken, "--calls", "3",
            "--concurrency", "1", "--format", "jsonl", "--out", traces.path,
        ])
        #expect(load.status == 0, "\(load.stdout)\(load.stderr)")
        // The third call runs with the scenario's seed plus 2: alone, that seed is 9 and the cache empty.
        let text = try String(contentsOf: URL(fileURLWithPath: scenario), encoding: .utf8)
        let alone = app.directory.appendingPathComponent("alone.scenario.yaml")
        try Data(text.replacingOccurrences(of: "seed: 7", with: "seed: 9").utf8).write(to: alone)
        let aloneTraces = app.directory.appendingPathComponent("alone")
        let single = try CLI.run([
            "call", app.base + "/voice", "--scenario", alone.path, "--auth-token", LiveApp.authToken, "--calls", "1",
            "--format", "jsonl", "--out", aloneTraces.path,
        ])
        #expect(single.status == 0, "\(single.stdout)\(single.stderr)")
        let third = try String(contentsOf: traces.appendingPathComponent("call-00003.jsonl"), encoding: .utf8)
        #expect(third.contains(#""event":"recording.completed""#), "\(third)")
        #expect(
            third == (try String(contentsOf: aloneTraces.appendingPathComponent("call-00001.jsonl"), encoding: .utf8)))
        let first = try String(contentsOf: traces.appendingPathComponent("call-00001.jsonl"), encoding: .utf8)
        #expect(first != third)
    }

    @Test func theTextSummaryNamesTheRatesAndPercentiles() throws {
        let app = try LiveApp()
        let result = try CLI.run([
            "call", app.base + "/voice", "--auth-token", LiveApp.authToken, "--calls", "3", "--concurrency", "8",
        ])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        // More threads than calls: as many as calls.
        #expect(result.stdout.contains("calls: 3 in "), "\(result.stdout)")
        #expect(result.stdout.contains("concurrency 3: "))
        #expect(result.stdout.contains(" calls/s; 3 succeeded, 0 failed"))
        #expect(result.stdout.contains("requests/s"))
        #expect(result.stdout.contains("p50 ") && result.stdout.contains("p95 ") && result.stdout.contains("p99 "))
        #expect(result.stdout.contains("failures: none"))
    }

    @Test func aProgressLineIsShownOnATerminal() throws {
        // util-linux's `script` gives the command a terminal (bsdutils, in every Debian).
        let script = URL(fileURLWithPath: "/usr/bin/script")
        try #require(FileManager.default.isExecutableFile(atPath: script.path), "util-linux's script is missing")
        let app = try LiveApp()
        let summary = app.directory.appendingPathComponent("summary.txt")
        let terminal = app.directory.appendingPathComponent("terminal.txt")
        let process = Process()
        process.executableURL = script
        process.arguments = [
            "-qec",
            "'\(CLI.binary.path)' call '\(app.base)/voice' --auth-token \(LiveApp.authToken) --calls 300 "
                + "--concurrency 2 > '\(summary.path)'",
            "/dev/null",
        ]
        FileManager.default.createFile(atPath: terminal.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: terminal)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let shown = try String(contentsOf: terminal, encoding: .utf8)
        #expect(shown.contains("\rtexml: ") && shown.contains("/300 calls, 0 failed, "), "\(shown)")
        // The summary still goes to standard output, without the progress line.
        let text = try String(contentsOf: summary, encoding: .utf8)
        #expect(text.hasPrefix("calls: 300 in "), "\(text)")
        #expect(!text.contains("\r"))
    }

    @Test func ctrlCStopsStartingCallsAndTheSummaryCountsEveryCallPlaced() throws {
        let app = try LiveApp()
        let directory = app.directory
        let out = directory.appendingPathComponent("summary.json")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = [
            "call", app.base + "/voice", "--auth-token", LiveApp.authToken, "--calls", "100000", "--concurrency", "3",
            "--format", "jsonl",
        ]
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Interrupted once some calls are done (the application logs each request).
        let deadline = Date().addingTimeInterval(30)
        while try app.requests().count < 20, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        let written = try Data(contentsOf: out)
        let object = try JSONSerialization.jsonObject(with: written)
        let summary = try #require(object as? [String: Any], "\(String(decoding: written, as: UTF8.self))")
        #expect(summary["interrupted"] as? Bool == true)
        #expect(summary["planned_calls"] as? Int == 100000)
        let calls = try #require(summary["calls"] as? Int)
        #expect(calls > 0 && calls < 100000)
        #expect(summary["failed_calls"] as? Int == 0)
        // Nothing lost: every request the application answered is counted.
        let seen = try app.requests().count
        #expect(summary["requests"] as? Int == seen)
    }

    @Test func callsTheApplicationFailsAreCountedByCode() throws {
        let app = try LiveApp()
        let result = try CLI.run([
            "call", app.base + "/fail/every-third", "--auth-token", LiveApp.authToken, "--calls", "9",
            "--concurrency", "3", "--format", "jsonl",
        ])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        let summary = try Self.summary(result)
        #expect(summary["calls"] as? Int == 9)
        #expect(summary["failed_calls"] as? Int == 3)
        let failures = Self.failures(summary)
        let http = failures.filter { $0["kind"] as? String == "http" }
        #expect(http.count == 1)
        #expect(http.first?["status"] as? Int == 500 && http.first?["count"] as? Int == 3)
        let errors = failures.filter { $0["kind"] as? String == "error" }
        #expect(errors.map { $0["code"] as? Int } == [11200], "\(errors)")
        #expect(errors.first?["count"] as? Int == 3)
    }

    @Test func anApplicationThatIsNotRunningFailsEveryCall() throws {
        let app = try LiveApp()
        let url = app.base + "/voice"
        app.stop()
        let result = try CLI.run(["call", url, "--calls", "5", "--concurrency", "2", "--format", "jsonl"])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        let summary = try Self.summary(result)
        #expect(summary["calls"] as? Int == 5)
        #expect(summary["failed_calls"] as? Int == 5)
        #expect((summary["latency_ms"] as? [String: Any])?["answered"] as? Int == 0)
        let failures = Self.failures(summary)
        #expect(
            failures.contains {
                $0["kind"] as? String == "transport" && $0["purpose"] as? String == "voice" && $0["count"] as? Int == 5
            }, "\(failures)")
        #expect(failures.contains { $0["kind"] as? String == "error" && $0["code"] as? Int == 11200 })
        // Every failure is kept: the counts add up to one transport failure and one error per call.
        #expect(failures.compactMap { $0["count"] as? Int }.reduce(0, +) == 10)
    }

    /// texml's own client (the load mode's) gives the same errors as URLSession's for every bad answer:
    /// the cap, the timeout and the host policy hold.
    @Test(arguments: LiveBadAnswerTests.Bad.allCases)
    func aBadAnswerFailsEachCallWithTheSameErrorAsASingleCall(_ bad: LiveBadAnswerTests.Bad) throws {
        let app = try LiveApp(slowSeconds: 4)
        let base = bad.base(of: app)
        let scenario = app.directory.appendingPathComponent("bad.scenario.yaml")
        try Data("version: 1\nname: bad answer\nlive: true\nsettings: { http_timeout: 1s }\n".utf8).write(to: scenario)
        let traces = app.directory.appendingPathComponent("traces")
        let clock = ContinuousClock()
        let start = clock.now
        let result = try CLI.run([
            "call", base + bad.path, "--scenario", scenario.path, "--auth-token", LiveApp.authToken, "--calls", "2",
            "--concurrency", "2", "--format", "jsonl", "--out", traces.path,
        ])
        #expect(clock.now - start < .seconds(20))
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        let summary = try Self.summary(result)
        #expect(summary["failed_calls"] as? Int == 2)
        let errors = Self.failures(summary).filter { $0["kind"] as? String == "error" }
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?["code"] as? Int == bad.expected.code)
        #expect(errors.first?["count"] as? Int == 2)
        let message = errors.first?["message"] as? String ?? ""
        #expect(message.contains(bad.expected.message), "\(message)")
        // Each call's own trace, ended by the error.
        for number in ["00001", "00002"] {
            let trace = try String(contentsOf: traces.appendingPathComponent("call-\(number).jsonl"), encoding: .utf8)
            #expect(trace.contains(#""event":"error""#) && trace.contains(#""reason":"error""#))
        }
    }

    @Test(arguments: [
        (["--calls", "0"], "--calls must be at least 1"),
        (["--calls", "2", "--concurrency", "0"], "--concurrency must be from 1 to"),
        (["--calls", "2", "--concurrency", "5000"], "--concurrency must be from 1 to"),
        (["--concurrency", "2"], "--concurrency applies only with --calls"),
        (["--http-client", "sockets"], "--http-client applies only with --calls"),
    ])
    func badLoadOptionsAreUsageErrors(_ options: [String], _ message: String) throws {
        let result = try CLI.run(["call", "http://127.0.0.1:9/voice"] + options)
        #expect(result.status == 2, "\(result.status)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }
}

@Suite("Load summary")
struct LoadSummaryTests {
    @Test func formEncodingIsFoundationsByteForByte() {
        let unreserved = CharacterSet(
            charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        let ascii = String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self)
        for text in [ascii, "+15551230001", "Hi, this is Sam · café 😀 \u{10FFFF}", "", "a b&c=d%e/f?g"] {
            #expect(WireRequest.percentEncoded(text) == text.addingPercentEncoding(withAllowedCharacters: unreserved))
        }
        let pairs = [(name: "A b", value: "ç&="), (name: "", value: ""), (name: "To", value: "+1555")]
        #expect(
            String(decoding: WireRequest.formEncodedBytes(pairs), as: UTF8.self)
                == pairs.map {
                    $0.name.addingPercentEncoding(withAllowedCharacters: unreserved)! + "="
                        + $0.value.addingPercentEncoding(withAllowedCharacters: unreserved)!
                }.joined(separator: "&"))
    }

    @Test func theSchemeEndIsFoundationsRangeOf() {
        for url in [
            "http://127.0.0.1:80/voice", "https://a.example/x?y=1#z", "no-scheme/path", "::///a", ":/:/://b", "",
            "://", "é://x", "http:/x", "e\u{301}://x",
        ] {
            let text = Substring(url)
            #expect(SocketFetcher.schemeEnd(text) == text.range(of: "://")?.upperBound, "\(url)")
        }
    }

    @Test func theRequestTargetIsTheSameByBytesAsByCharacters() {
        let urls = [
            "http://127.0.0.1:80/voice", "http://h/a?b=1#frag", "http://h?x=1", "http://h", "http://h#f/x",
            "no-scheme/path", "/p?q", "", "http://h/a#b#c", "http://h:1/?", "::///a", "http://h/%C3%A9?a=%2F",
        ]
        for url in urls {
            #expect(
                SocketFetcher.requestTarget(url) == SocketFetcher.requestTargetByCharacters(Substring(url)), "\(url)")
        }
        #expect(SocketFetcher.requestTarget("http://h/a?b=1#frag") == "/a?b=1")
        #expect(SocketFetcher.requestTarget("http://h#f/x") == "")
        #expect(SocketFetcher.requestTarget("http://h/e\u{301}#x") == "/e\u{301}")
    }

    @Test func percentilesAreNearestRank() {
        let hundred = (1...100).map(Double.init)
        #expect(LoadSummary.percentile(50, ofSorted: hundred) == 50)
        #expect(LoadSummary.percentile(95, ofSorted: hundred) == 95)
        #expect(LoadSummary.percentile(99, ofSorted: hundred) == 99)
        #expect(LoadSummary.percentile(100, ofSorted: hundred) == 100)
        let four: [Double] = [1, 2, 3, 4]
        #expect(LoadSummary.percentile(50, ofSorted: four) == 2)
        #expect(LoadSummary.percentile(51, ofSorted: four) == 3)
        #expect(LoadSummary.percentile(99, ofSorted: four) == 4)
        #expect(LoadSummary.percentile(0, ofSorted: four) == 1)
        #expect(LoadSummary.percentile(99, ofSorted: [7]) == 7)
        #expect(LoadSummary.percentile(50, ofSorted: []) == nil)
    }
}

#endif
