import Foundation
import Hummingbird
import TeXMLLive
import TeXMLSimulator
import TeXMLSupport

/// Telnyx's REST APIs under `/v2/`: Call Control actions (`/v2/calls/{call_control_id}/actions/
/// {action}`, JSON) and TeXML REST (`/v2/texml/Accounts/{AccountSid}/…`, form or JSON). Bearer
/// API key; errors in Telnyx's shape (``APIReply/telnyxError(status:code:title:detail:pointer:parameter:)``).
struct TelnyxRoutes: Sendable {
    /// An answer that ends a request early.
    struct Refused: Error {
        var response: Response
    }

    static func refuse(status: Int, code: String, title: String, detail: String) -> Refused {
        Refused(response: error(status: status, code: code, title: title, detail: detail))
    }

    static func refuseNotFound(_ path: String) -> Refused { Refused(response: notFound(path)) }

    static let texmlRoot = "/v2/texml/Accounts/"
    static let callsRoot = "/v2/calls/"
    /// The Call Control actions served: the recording and streaming ones the `api:` list knows.
    static let actions: Set<String> = [
        "record_start", "record_stop", "record_pause", "record_resume", "streaming_start", "streaming_stop",
    ]

    let configuration: APIServer.Configuration
    let inbox: APIInbox

    func respond(to request: Request) async -> Response {
        guard authenticated(request.headers[.authorization]) else {
            // developers.telnyx.com, API reference (e.g. "attach a policy"): the 401 body.
            return Self.error(
                status: 401, code: "10009", title: "Authentication failed",
                detail: "The required authentication headers were either invalid or not included in the request.")
        }
        let path = request.uri.path
        guard let method = APIMethod(rawValue: request.method.rawValue) else {
            return Self.error(status: 405, code: "10005", title: "Method not allowed", detail: path)
        }
        let body: Body
        switch await Body.read(request, limit: configuration.maxBodyBytes) {
        case .success(let read): body = read
        case .failure(let problem):
            return Self.error(status: problem.status, code: "10015", title: "Bad Request", detail: problem.message)
        }
        let command: APICommand
        switch self.command(path: path, method: method, request: request, body: body) {
        case .success(let built): command = built
        case .failure(let refused): return refused.response
        }
        guard let reply = await inbox.perform(command) else { return Self.notFound(path) }
        if let media = reply.media { return MediaFiles.response(media, in: configuration.recordings, path: path) }
        return TwilioRoutes.json(reply)
    }

    /// The command a request asks for, or the error answer.
    private func command(path: String, method: APIMethod, request: Request, body: Body) -> Result<APICommand, Refused> {
        if path.hasPrefix(Self.callsRoot) {
            let parts = path.dropFirst(Self.callsRoot.count).split(separator: "/").map(String.init)
            guard parts.count == 3, parts[1] == "actions", Self.actions.contains(parts[2]) else {
                return .failure(Self.refuseNotFound(path))
            }
            guard method == .post else {
                return .failure(Self.refuse(status: 405, code: "10005", title: "Method not allowed", detail: path))
            }
            return json(body).map {
                APICommand(platform: .callControl, target: parts[2], body: $0, when: .at(.zero), callID: parts[0])
            }
        }
        guard path.hasPrefix(Self.texmlRoot) else { return .failure(Self.refuseNotFound(path)) }
        let below = path.dropFirst(Self.texmlRoot.count)
        guard let slash = below.firstIndex(of: "/"), below[..<slash] == configuration.accountSid else {
            return .failure(Self.refuseNotFound(path))
        }
        var parameters: [(String, String)]
        switch FormParameters.query(request) {
        case .success(let pairs): parameters = pairs
        case .failure(let problem):
            return .failure(Self.refuse(status: 400, code: "10015", title: "Bad Request", detail: problem.message))
        }
        var fields = FormParameters.json(parameters)
        if !body.bytes.isEmpty {
            // Telnyx's SDKs send TeXML REST parameters as JSON; forms are taken too.
            if body.type.hasPrefix("application/json") {
                switch json(body) {
                case .success(let object): fields = object
                case .failure(let refused): return .failure(refused)
                }
            } else if let text = String(validating: body.bytes, as: UTF8.self), let pairs = FormParameters.decode(text)
            {
                parameters += pairs
                fields = FormParameters.json(parameters)
            } else {
                return .failure(
                    Self.refuse(status: 400, code: "10015", title: "Bad Request", detail: "The form body is malformed.")
                )
            }
        }
        var command = APICommand(
            platform: .texmlREST, target: String(below[below.index(after: slash)...]), body: fields, when: .at(.zero))
        command.method = method
        return .success(command)
    }

    /// The body as a JSON object (an empty body: `{}`).
    private func json(_ body: Body) -> Result<JSONValue, Refused> {
        guard !body.bytes.isEmpty else { return .success(.object([])) }
        do {
            let value = try JSONValue.parse(body.bytes)
            guard case .object = value else {
                return .failure(
                    Self.refuse(
                        status: 400, code: "10015", title: "Bad Request", detail: "The body must be a JSON object."))
            }
            return .success(value)
        } catch {
            return .failure(
                Self.refuse(status: 400, code: "10015", title: "Bad Request", detail: "The body is not JSON: \(error).")
            )
        }
    }

    /// `Bearer KEY`, the key being the run's auth token; without one any key is taken.
    private func authenticated(_ header: String?) -> Bool {
        guard let header, header.lowercased().hasPrefix("bearer ") else { return false }
        let key = header.dropFirst(7).trimmingCharacters(in: .whitespaces)
        return !key.isEmpty && (configuration.authToken.map { $0 == key } ?? true)
    }

    /// Telnyx's 10005, HTTP 404.
    static func notFound(_ path: String) -> Response {
        error(
            status: 404, code: "10005", title: "Resource not found",
            detail: "The requested resource \(path) was not found.")
    }

    static func error(status: Int, code: String, title: String, detail: String) -> Response {
        TwilioRoutes.json(APIReply.telnyxError(status: status, code: code, title: title, detail: detail))
    }
}
