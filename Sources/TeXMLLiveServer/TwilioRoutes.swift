import Foundation
import Hummingbird
import TeXMLLive
import TeXMLRecorder
import TeXMLSimulator
import TeXMLSupport

/// Twilio's REST API (`/2010-04-01/Accounts/{AccountSid}/…`, also SignalWire's cXML shape):
/// HTTP Basic `AccountSid:AuthToken`, form parameters in, JSON out, errors as
/// `{"code","message","more_info","status"}`.
struct TwilioRoutes: Sendable {
    static let root = "/2010-04-01/Accounts/"

    let configuration: APIServer.Configuration
    let inbox: APIInbox

    func respond(to request: Request) async -> Response {
        // Twilio authenticates before it routes: a wrong password gets 20003 whatever the path.
        guard BasicCredentials.accept(request.headers[.authorization], configuration: configuration) else {
            var response = Self.error(status: 401, code: 20003, message: "Authenticate")
            response.headers[.wwwAuthenticate] = "Basic realm=\"Twilio API\""
            return response
        }
        let path = request.uri.path
        guard path.hasPrefix(Self.root) else { return Self.notFound(path) }
        let below = path.dropFirst(Self.root.count)
        guard let slash = below.firstIndex(of: "/"), below[..<slash] == configuration.accountSid else {
            return Self.notFound(path)
        }
        guard let method = APIMethod(rawValue: request.method.rawValue) else {
            return Self.error(status: 405, code: 20004, message: "Method not allowed")
        }
        let parameters: [(String, String)]
        switch await FormParameters.read(request, limit: configuration.maxBodyBytes) {
        case .success(let pairs): parameters = pairs
        case .failure(let problem):
            return Self.error(status: problem.status, code: problem.status, message: problem.message)
        }
        var command = APICommand(
            platform: .texmlREST, target: String(below[below.index(after: slash)...]),
            body: FormParameters.json(parameters), when: .at(.zero))
        command.method = method
        guard let reply = await inbox.perform(command) else {
            // The call has ended and settled: nothing answers for it any more.
            return Self.notFound(path)
        }
        if let media = reply.media { return MediaFiles.response(media, in: configuration.recordings, path: path) }
        return Self.json(reply)
    }

    /// Twilio's 20404, HTTP 404.
    static func notFound(_ path: String) -> Response {
        error(status: 404, code: 20404, message: "The requested resource \(path) was not found")
    }

    /// Twilio's error body: `{"code","message","more_info","status"}` (as the simulator's
    /// `TeXMLRESTError` and twilio-python's `TwilioRestException` read it).
    static func error(status: Int, code: Int, message: String) -> Response {
        json(APIReply.twilioError(status: status, code: code, message: message))
    }

    static func json(_ reply: APIReply) -> Response {
        let status = HTTPResponse.Status(code: reply.status)
        guard let body = reply.body else { return Response(status: status) }
        var bytes: [UInt8] = []
        body.appendJSON(to: &bytes)
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
