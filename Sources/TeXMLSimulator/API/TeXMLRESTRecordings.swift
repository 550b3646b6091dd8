import TeXMLRecorder
import TeXMLSupport

/// Twilio's list paging: `PageSize` (default 50, at most 1000), `Page` (from 0) and the
/// `PageToken` Twilio adds to its `next_page_uri` (read, not needed: pages are numbered).
/// twilio-python follows `next_page_uri` (`twilio/base/page.py`, `Page.next_page_url`) and
/// reads `start`, `end`, `page`, `page_size`, `first_page_uri`, `previous_page_uri` and `uri`
/// from the page's top level, the records under the resource's key (`recordings`).
struct RESTPage {
    static let defaultSize = 50
    static let maxSize = 1000

    var size: Int
    var number: Int

    init(_ parameters: TeXMLRESTParameters) throws(TeXMLRESTError) {
        size = try Self.count(parameters, "PageSize", default: Self.defaultSize, range: 1...Self.maxSize)
        number = try Self.count(parameters, "Page", default: 0, range: 0...Int(Int32.max))
    }

    private static func count(
        _ parameters: TeXMLRESTParameters, _ name: String, default value: Int, range: ClosedRange<Int>
    ) throws(TeXMLRESTError) -> Int {
        guard let text = parameters.values[name] else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw parameters.errors.invalid(
                name,
                message: "\(name) '\(text)' is not valid: expected a whole number from \(range.lowerBound) "
                    + "to \(range.upperBound).",
                telnyx: .notOneOf(name, text, ["\(range.lowerBound)…\(range.upperBound)"]))
        }
        return number
    }

    /// The page's members and its paging fields, for `records` (the whole list) at `base`
    /// (the list's path from the API's root, without query).
    func body(key: String, records: [JSONValue], lastSids: [String], base: String) -> JSONValue {
        let start = number * size
        let slice = start < records.count ? Array(records[start..<min(start + size, records.count)]) : []
        func uri(_ page: Int, token: String?) -> JSONValue {
            .string("\(base)?PageSize=\(size)&Page=\(page)" + (token.map { "&PageToken=\($0)" } ?? ""))
        }
        let hasNext = start + size < records.count
        let lastOnPage = hasNext ? lastSids[start + size - 1] : nil
        return .fields([
            key: .array(slice), "start": .number(String(start)),
            "end": .number(String(slice.isEmpty ? start : start + slice.count - 1)),
            "page": .number(String(number)), "page_size": .number(String(size)),
            "first_page_uri": uri(0, token: nil), "uri": uri(number, token: nil),
            "next_page_uri": hasNext ? uri(number + 1, token: lastOnPage.map { "PA" + $0 }) : .null,
            "previous_page_uri": number > 0 ? uri(number - 1, token: nil) : .null,
        ])
    }
}

extension CallRun {
    /// The read side of the Recordings resource a live application uses: list, fetch, delete,
    /// media. The call's own recordings are the account's: a live run has one call.
    mutating func readRESTRecordings(
        _ route: TeXMLRESTRoute, _ parameters: TeXMLRESTParameters, path: String
    ) throws(TeXMLRESTError) -> APIReply {
        let shape = restShape
        switch route {
        case .list(let addressed):
            guard addressed ?? callSid == callSid else { throw restNotFound(path) }
            let page = try RESTPage(parameters)
            let listed = listedRecordings()
            let base = "\(shape.resourceRoot)/Accounts/\(accountSid)/" + path.split(separator: "?")[0]
            return APIReply(
                status: 200,
                body: page.body(
                    key: "recordings", records: listed.map(\.resource), lastSids: listed.map(\.sid),
                    base: base.hasSuffix(".json") ? base : base + ".json"))
        case .fetch(let addressed, let sid):
            guard addressed ?? callSid == callSid, let found = listedRecordings().first(where: { $0.sid == sid })
            else { throw restNotFound(path) }
            return APIReply(status: 200, body: found.resource)
        case .delete(let addressed, let sid):
            guard addressed ?? callSid == callSid,
                finishedRecordings.contains(where: { $0.metadata.sid == sid }),
                !texmlREST.deleted.contains(sid)
            else { throw restNotFound(path) }
            texmlREST.deleted.insert(sid)
            return APIReply(status: 204)
        case .media(let sid, let format):
            guard !texmlREST.deleted.contains(sid),
                let finished = finishedRecordings.last(where: { $0.metadata.sid == sid }),
                let file = finished.metadata.file
            else { throw restNotFound(path) }
            return APIReply(status: 200, media: APIMedia(file: file, format: format))
        case .methodNotAllowed:
            throw .twilio(status: 405, code: 20004, message: "Method not allowed")
        case .create, .update, .updateCall, .fetchCall:
            throw restNotFound(path)
        }
    }

    /// The call's recordings a list shows, newest first (Twilio's order): those running, then
    /// those finished, without the deleted ones.
    private func listedRecordings() -> [(sid: String, resource: JSONValue)] {
        var listed: [(sid: String, started: SimTime, resource: JSONValue)] = []
        for recording in recordings {
            let status = recording.capture.pausedAt == nil ? "in-progress" : "paused"
            listed.append(
                (
                    recording.sid, recording.started,
                    withMediaFields(recordingResource(recording, status: status, duration: nil, errorCode: nil))
                ))
        }
        for finished in finishedRecordings where !texmlREST.deleted.contains(finished.metadata.sid) {
            let started = SimTime(milliseconds: (finished.metadata.created - Self.virtualEpoch) * 1000)
            // A stop answers `stopped`; the resource then reads as the recorder left it (`completed`, `absent`).
            var resource = finishedResource(finished)
            if case .object(var members) = resource, let index = members.firstIndex(where: { $0.key == "status" }) {
                members[index].value = .string(finished.metadata.status)
                resource = .object(members)
            }
            listed.append((finished.metadata.sid, started, withMediaFields(resource)))
        }
        return listed.enumerated().sorted { lhs, rhs in
            lhs.element.started != rhs.element.started
                ? lhs.element.started > rhs.element.started : lhs.offset > rhs.offset
        }.map { ($0.element.sid, $0.element.resource) }
    }

    /// `media_url` and `subresource_uris`, which twilio-python's `RecordingInstance` reads
    /// (`twilio/rest/api/v2010/account/recording/__init__.py`).
    private func withMediaFields(_ resource: JSONValue) -> JSONValue {
        guard case .object(var members) = resource, let sid = resource["sid"]?.stringValue else { return resource }
        let root = "\(restShape.resourceRoot)/Accounts/\(accountSid)/Recordings/\(sid)"
        let origin = behaviour.restBaseURL.split(separator: "/", maxSplits: 3).prefix(2).joined(separator: "//")
        members.append(JSONMember("media_url", .string(origin + root)))
        members.append(
            JSONMember(
                "subresource_uris",
                .fields([
                    "add_on_results": .string(root + "/AddOnResults.json"),
                    "transcriptions": .string(root + "/Transcriptions.json"),
                ])))
        return .object(members)
    }
}
