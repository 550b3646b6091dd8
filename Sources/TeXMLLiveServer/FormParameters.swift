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
        var pairs: [(String, String)] = []
        if let query = request.uri.query, !query.isEmpty {
            guard let decoded = decode(query) else { return .failure(malformed("query")) }
            pairs = decoded
        }
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            return .failure(tooLarge(limit))
        }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: limit)
        } catch {
            return .failure(tooLarge(limit))
        }
        guard body.readableBytes > 0 else { return .success(pairs) }
        let type = request.headers[.contentType]?.lowercased() ?? ""
        guard type.hasPrefix("application/x-www-form-urlencoded") else {
            return .failure(
                Problem(
                    status: 400,
                    message: "The body must be form parameters (application/x-www-form-urlencoded), not '\(type)'."))
        }
        guard let text = String(validatingUTF8Bytes: body.readableBytesView), let decoded = decode(text) else {
            return .failure(malformed("form body"))
        }
        return .success(pairs + decoded)
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

    private static func tooLarge(_ limit: Int) -> Problem {
        Problem(status: 413, message: "The request body is larger than \(limit) bytes.")
    }
}

extension String {
    fileprivate init?(validatingUTF8Bytes bytes: some Sequence<UInt8>) {
        self.init(validating: Array(bytes), as: UTF8.self)
    }
}
