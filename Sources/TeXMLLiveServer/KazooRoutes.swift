import Foundation
import Hummingbird
import TeXMLRecorder
import TeXMLRecordingStore
import TeXMLSupport

/// Kazoo's crossbar recordings API (`/v2/accounts/{account_id}/recordings…`) over the live
/// call's recordings folder, through ``RecordingStore`` — what `texml recordings` serves on the
/// command line. `X-Auth-Token` is the run's auth token; answers and errors are in crossbar's
/// envelope (``KazooEnvelope``).
struct KazooRoutes: Sendable {
    static let root = "/v2/accounts/"

    let configuration: APIServer.Configuration

    /// What a path below the root names.
    private enum Resource {
        case list
        case recording(String)
    }

    func respond(to request: Request) async -> Response {
        // Crossbar authenticates before it loads anything (`api_resource:is_authentic/2`).
        guard let token = request.headers.first(where: { $0.name.canonicalName == "x-auth-token" })?.value,
            authenticated(token)
        else {
            return Self.json(status: 401, KazooEnvelope.invalidCredentials)
        }
        let path = request.uri.path
        let parts = path.dropFirst(Self.root.count).split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts[1] == "recordings", parts.count <= 3 else {
            return Self.json(status: 404, KazooEnvelope.badIdentifier(path))
        }
        guard parts[0] == configuration.accountSid else {
            return Self.json(status: 404, KazooEnvelope.badIdentifier(String(parts[0])))
        }
        let resource: Resource = parts.count == 3 && !parts[2].isEmpty ? .recording(String(parts[2])) : .list
        // No folder yet (nothing recorded so far, or no recordings configured): an empty account.
        var isDirectory: ObjCBool = false
        guard let folder = configuration.recordings,
            FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            if case .recording(let id) = resource { return Self.json(status: 404, KazooEnvelope.badIdentifier(id)) }
            return Self.json(status: 200, envelope(token).document(.array([])))
        }
        let store = RecordingStore(directory: folder) { try encodeMP3(fromWAV: $0, to: $1) }
        do throws(RecordingStoreError) {
            switch (request.method, resource) {
            case (.get, .list):
                return Self.json(status: 200, envelope(token).list(try store.list(try Self.query(request))))
            case (.get, .recording(let id)):
                // `?accept=audio/mpeg` stands in for the header (crossbar's doc/recordings.md).
                let query = try? FormParameters.query(request).get()
                let accept = query?.last(where: { $0.0 == "accept" })?.1 ?? request.headers[.accept]
                if let accept, let type = try Self.mediaType(accept) {
                    return try Self.media(try store.media(id, accept: type))
                }
                return Self.json(status: 200, envelope(token).document(try store.metadata(id).document))
            case (.delete, .recording(let id)):
                // Crossbar answers a DELETE with the document it removed.
                let document = try store.metadata(id).document
                _ = try store.delete(id)
                return Self.json(status: 200, envelope(token).document(document))
            default:
                return Self.json(
                    status: 405,
                    KazooEnvelope.error(
                        code: 405, message: "method_not_allowed",
                        data: .fields(["message": .string("method \(request.method.rawValue) not allowed on \(path)")]))
                )
            }
        } catch {
            return Self.json(status: Self.status(of: error.kind), Self.errorBody(error, resource: resource))
        }
    }

    /// The token equals the run's auth token; without one any non-empty token is taken.
    private func authenticated(_ token: String) -> Bool {
        guard let expected = configuration.authToken else { return !token.isEmpty }
        return token == expected
    }

    private func envelope(_ token: String) -> KazooEnvelope {
        let id = UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        return KazooEnvelope(request: .init(authToken: token, requestID: id))
    }

    /// `page_size`, `start_key` and the store's filters (`filter_KEY`, `created_from`, …).
    private static func query(_ request: Request) throws(RecordingStoreError) -> RecordingQuery {
        let pairs: [(String, String)]
        switch FormParameters.query(request) {
        case .success(let read): pairs = read
        case .failure(let problem): throw RecordingStoreError(.invalidFilter, problem.message)
        }
        var query = RecordingQuery()
        for (name, value) in pairs {
            switch name {
            case "page_size":
                guard let size = Int(value), (1...RecordingStore.maximumPageSize).contains(size) else {
                    throw RecordingStoreError(
                        .invalidPageSize, "page_size must be 1 to \(RecordingStore.maximumPageSize), not '\(value)'")
                }
                query.pageSize = size
            case "start_key": query.startKey = value
            case "accept", "paginate", "inline": break
            default:
                // Unknown parameters are ignored, as crossbar ignores them.
                if let filter = try RecordingFilter(parameter: name, value: value) { query.filters.append(filter) }
            }
        }
        return query
    }

    /// The audio type an `Accept` header asks for; nil for JSON (no audio type named);
    /// an audio type the store cannot serve is refused.
    private static func mediaType(_ accept: String) throws(RecordingStoreError) -> RecordingMediaType? {
        let first = accept.split(separator: ",").first.map(String.init) ?? accept
        guard first.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("audio/") else { return nil }
        guard let type = RecordingMediaType(accept: first) else {
            throw RecordingStoreError(.unsupportedConversion, "Accept '\(accept)': only audio/mpeg or audio/wav")
        }
        return type
    }

    private static func media(_ media: RecordingMedia) throws(RecordingStoreError) -> Response {
        defer { if media.isTemporary { try? FileManager.default.removeItem(atPath: media.path) } }
        guard let bytes = FileManager.default.contents(atPath: media.path) else {
            throw RecordingStoreError(.ioFailed, path: media.path, "the audio file cannot be read")
        }
        var headers = HTTPFields()
        headers[.contentType] = media.type == .mpeg ? "audio/mpeg" : "audio/x-wav"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// Crossbar's status for each reason the store gives (texml's mapping; Kazoo publishes none
    /// for a folder store): unknown ids and missing audio 404, bad queries 400, an audio type
    /// that cannot be served 406.
    private static func status(of kind: RecordingStoreError.Kind) -> Int {
        switch kind {
        case .notFound, .noMedia, .externalMedia, .mediaMissing, .malformedRecording: 404
        case .invalidStartKey, .invalidPageSize, .invalidFilter: 400
        case .unsupportedConversion: 406
        case .unreadableDirectory, .noTranscoder, .transcodingFailed, .ioFailed: 500
        }
    }

    private static func errorBody(_ error: RecordingStoreError, resource: Resource) -> [UInt8] {
        switch (error.kind, resource) {
        case (.notFound, .recording(let id)): return KazooEnvelope.badIdentifier(id)
        case (.invalidStartKey, _), (.invalidPageSize, _), (.invalidFilter, _):
            return KazooEnvelope.error(
                code: 400, message: "invalid data", data: .fields(["message": .string(error.message)]))
        default:
            let code = status(of: error.kind)
            return KazooEnvelope.error(
                code: code, message: code == 404 ? "bad_identifier" : error.kind.rawValue,
                data: .fields(["message": .string(error.message)]))
        }
    }

    static func json(status: Int, _ bytes: [UInt8]) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        return Response(
            status: HTTPResponse.Status(code: status), headers: headers,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
