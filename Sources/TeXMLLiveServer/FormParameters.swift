import Foundation
import Hummingbird
import TeXMLSupport

/// A REST request's parameters: the query of a GET or DELETE, the form body of a POST.
enum FormParameters {
    /// Why a request's parameters cannot be read: its HTTP status and words.
    struct Problem: Error {
        var status: Int
        var message: String
    }

    /// Reads the parameters of `request`, its body cut at `limit` bytes.
    static func read(_ request: Request, limit: Int) async -> Result<[(String, String)], Problem> {
        let query: [(String, String)]
        switch self.query(request) {
        case .success(let pairs): query = pairs
        case .failure(let problem): return .failure(problem)
        }
        let body: Body
        switch await Body.read(request, limit: limit) {
        case .success(let read): body = read
        case .failure(let problem): return .failure(problem)
        }
        guard !body.bytes.isEmpty else { return .success(query) }
        guard body.type.hasPrefix("application/x-www-form-urlencoded") else {
            return .failure(
                Problem(
                    status: 400,
                    message: "The body must be form parameters (application/x-www-form-urlencoded), not '\(body.type)'."
                ))
        }
        guard let text = String(validating: body.bytes, as: UTF8.self), let decoded = decode(text) else {
            return .failure(malformed("form body"))
        }
        return .success(query + decoded)
    }

    /// The parameters of the request's query.
    static func query(_ request: Request) -> Result<[(String, String)], Problem> {
        guard let query = request.uri.query, !query.isEmpty else { return .success([]) }
        guard let decoded = decode(query) else { return .failure(malformed("query")) }
        return .success(decoded)
    }

    /// The parameters as the simulator's REST commands take them: an object of strings, a
    /// repeated name's values joined by spaces (twilio-python repeats a list parameter:
    /// `RecordingStatusCallbackEvent=in-progress&RecordingStatusCallbackEvent=completed`).
    static func json(_ pairs: [(String, String)]) -> JSONValue {
        var order: [String] = []
        var values: [String: [String]] = [:]
        for (name, value) in pairs {
            if values[name] == nil { order.append(name) }
            values[name, default: []].append(value)
        }
        return .object(order.map { JSONMember($0, .string(values[$0]!.joined(separator: " "))) })
    }

    /// `a=1&b=x+y%20z`; nil when a percent escape is broken or decodes to invalid UTF-8.
    static func decode(_ text: String) -> [(String, String)]? {
        var pairs: [(String, String)] = []
        for part in text.split(separator: "&") where !part.isEmpty {
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = unescape(pieces[0]), let value = unescape(pieces.count > 1 ? pieces[1] : "") else {
                return nil
            }
            pairs.append((name, value))
        }
        return pairs
    }

    private static func unescape(_ text: Substring) -> String? {
        String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    private static func malformed(_ what: String) -> Problem {
        Problem(
            status: 400, message: "The request's \(what) is not valid form encoding (a broken % escape or not UTF-8).")
    }

    static func tooLarge(_ limit: Int) -> Problem {
        Problem(status: 413, message: "The request body is larger than \(limit) bytes.")
    }
}

/// A request's body, read whole up to a limit, and its media type (lowercased).
struct Body {
    var bytes: [UInt8]
    var type: String

    static func read(_ request: Request, limit: Int) async -> Result<Body, FormParameters.Problem> {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            return .failure(FormParameters.tooLarge(limit))
        }
        do {
            let buffer = try await request.body.collect(upTo: limit)
            return .success(
                Body(bytes: Array(buffer.readableBytesView), type: request.headers[.contentType]?.lowercased() ?? ""))
        } catch {
            return .failure(FormParameters.tooLarge(limit))
        }
    }
}
