import Foundation
import Hummingbird
import TeXMLLive
import TeXMLSimulator
import TeXMLSupport

/// TelAPI's REST recordings (`POST /v1/Accounts/{AccountSid}/Calls/{CallSid}/Recordings`):
/// HTTP Basic `AccountSid:AuthToken`, form parameters in, JSON out, errors in telapi-ruby's
/// `ApiError` shape `{"status","message","code","more_info"}` with Twilio's codes, as the
/// simulator's TelAPI plug-in answers them (docs/apis/telapi.md).
struct TelAPIRoutes: Sendable {
    static let root = "/v1/Accounts/"

    let configuration: APIServer.Configuration
    let inbox: APIInbox

    func respond(to request: Request) async -> Response {
        // Checked before the path, as Twilio (whose API TelAPI copies) does.
        guard BasicCredentials.accept(request.headers[.authorization], configuration: configuration) else {
            var response = Self.error(status: 401, code: 20003, message: "Authentication failed")
            response.headers[.wwwAuthenticate] = "Basic realm=\"TelAPI\""
            return response
        }
        let path = request.uri.path
        // `{AccountSid}/Calls/{CallSid}/Recordings`, with or without `.json` (telapi-ruby adds it).
        var below = path.dropFirst(Self.root.count)
        if below.hasSuffix(".json") { below = below.dropLast(5) }
        let parts = below.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == configuration.accountSid, parts[1] == "Calls", !parts[2].isEmpty,
            parts[3] == "Recordings"
        else {
            return Self.error(status: 404, code: 20404, message: "The requested resource \(path) was not found")
        }
        guard request.method == .post else {
            return Self.error(status: 405, code: 20004, message: "Method \(request.method.rawValue) not allowed")
        }
        let parameters: [(String, String)]
        switch await FormParameters.read(request, limit: configuration.maxBodyBytes) {
        case .success(let pairs): parameters = pairs
        case .failure(let problem):
            return Self.error(
                status: problem.status, code: problem.status == 400 ? 20001 : problem.status,
                message: problem.message)
        }
        let callID = String(parts[2])
        let command = APICommand(
            platform: .telapi, target: "Calls/\(callID)/Recordings", body: FormParameters.json(parameters),
            when: .at(.zero), callID: callID)
        guard let reply = await inbox.perform(command) else {
            // The call has ended and settled: nothing answers for it any more.
            return Self.error(status: 404, code: 20404, message: "The requested call \(callID) was not found")
        }
        return TwilioRoutes.json(reply)
    }

    /// telapi-ruby's `ApiError` body; `more_info` as the TelAPI plug-in writes it.
    static func error(status: Int, code: Int, message: String) -> Response {
        TwilioRoutes.json(APIReply.telapiError(status: status, code: code, message: message))
    }
}

/// HTTP Basic `AccountSid:AuthToken`, as Twilio and TelAPI take it; without an auth token any
/// password is taken for the account.
enum BasicCredentials {
    static func accept(_ header: String?, configuration: APIServer.Configuration) -> Bool {
        guard let header, header.lowercased().hasPrefix("basic "),
            let data = Data(base64Encoded: String(header.dropFirst(6)).trimmingCharacters(in: .whitespaces)),
            let text = String(data: data, encoding: .utf8), let colon = text.firstIndex(of: ":")
        else { return false }
        let user = text[..<colon]
        let password = text[text.index(after: colon)...]
        return user == configuration.accountSid && (configuration.authToken.map { $0 == password } ?? true)
    }
}
