import TeXMLSupport

/// Kazoo's crossbar response envelope around a recordings answer: `{"data": …}`, with
/// `page_size`, `start_key`, `next_start_key` on listings; over HTTP also the request's
/// `auth_token`, `request_id`, `revision` and `"status":"success"` (crossbar's `cb_context`
/// answer, 2600hz/kazoo `applications/crossbar/src/api_util.erl`). The one place both
/// `texml recordings --format json` and the live REST server build it.
public struct KazooEnvelope: Sendable, Hashable {
    /// What crossbar adds to an answer over HTTP; nil for `texml recordings`, which has no request.
    public struct Request: Sendable, Hashable {
        /// The `X-Auth-Token` the request carried.
        public var authToken: String
        /// Crossbar's per-request id (`X-Request-ID`).
        public var requestID: String
        public init(authToken: String, requestID: String) {
            self.authToken = authToken
            self.requestID = requestID
        }
    }

    public var request: Request?

    public init(request: Request? = nil) { self.request = request }

    /// A page of recordings: their metadata documents under `data`, oldest first.
    public func list(_ page: RecordingPage) -> [UInt8] {
        var output: [UInt8] = []
        output.append(contentsOf: "{\"data\":[".utf8)
        for (index, recording) in page.recordings.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            recording.document.appendJSON(to: &output, sortingKeys: true)
        }
        output.append(contentsOf: "],\"page_size\":\(page.pageSize)".utf8)
        if let key = page.startKey {
            output.append(contentsOf: ",\"start_key\":".utf8)
            JSONValue.appendString(key, to: &output)
        }
        if let key = page.nextStartKey {
            output.append(contentsOf: ",\"next_start_key\":".utf8)
            JSONValue.appendString(key, to: &output)
        }
        if !page.skipped.isEmpty {
            output.append(contentsOf: ",\"skipped\":".utf8)
            JSONValue.array(
                page.skipped.map { .fields(["file": .string($0.file), "reason": .string($0.reason)]) }
            ).appendJSON(to: &output, sortingKeys: true)
        }
        appendRequest(to: &output)
        output.append(contentsOf: "}".utf8)
        return output
    }

    /// One document (a recording's metadata, or what a deletion did) under `data`.
    public func document(_ data: JSONValue) -> [UInt8] {
        var output: [UInt8] = []
        output.append(contentsOf: "{\"data\":".utf8)
        data.appendJSON(to: &output, sortingKeys: true)
        appendRequest(to: &output)
        output.append(contentsOf: "}".utf8)
        return output
    }

    /// Crossbar's error envelope `{"data":{…},"error":"CODE","message":…,"status":"error"}`
    /// (`cb_context:add_system_error/3`).
    public static func error(code: Int, message: String, data: JSONValue) -> [UInt8] {
        var output: [UInt8] = []
        JSONValue.fields([
            "data": data, "error": .string(String(code)), "message": .string(message), "status": .string("error"),
        ]).appendJSON(to: &output, sortingKeys: true)
        return output
    }

    /// Crossbar's 401 for a missing or wrong `X-Auth-Token`.
    public static let invalidCredentials = error(
        code: 401, message: "invalid_credentials", data: .fields(["message": .string("invalid credentials")]))

    /// Crossbar's 404 for an id it does not know (`bad_identifier`, with the id as `cause`).
    public static func badIdentifier(_ id: String) -> [UInt8] {
        error(
            code: 404, message: "bad_identifier",
            data: .fields(["cause": .string(id), "message": .string("bad identifier")]))
    }

    /// What a deletion did, as `texml recordings delete --format json` reports it.
    public static func deletionData(_ deletion: RecordingDeletion) -> JSONValue {
        let media: JSONValue
        switch deletion.media {
        case .removed(let path): media = .fields(["status": .string("removed"), "path": .string(path)])
        case .external(let url): media = .fields(["status": .string("left-external"), "url": .string(url)])
        case .missing(let path): media = .fields(["status": .string("missing"), "path": .string(path)])
        case .outsideDirectory(let file):
            media = .fields(["status": .string("left-outside-directory"), "file": .string(file)])
        case .none: media = .fields(["status": .string("none")])
        }
        return .fields(["id": .string(deletion.id), "metadata": .string(deletion.metadataPath), "media": media])
    }

    private func appendRequest(to output: inout [UInt8]) {
        guard let request else { return }
        output.append(contentsOf: ",\"auth_token\":".utf8)
        JSONValue.appendString(request.authToken, to: &output)
        output.append(contentsOf: ",\"request_id\":".utf8)
        JSONValue.appendString(request.requestID, to: &output)
        // Crossbar's revision is the document's CouchDB `_rev`; the store has none (texml's choice).
        output.append(contentsOf: ",\"revision\":\"undefined\",\"status\":\"success\"".utf8)
    }
}
