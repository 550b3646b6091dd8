import Foundation
import TeXMLGrammar
import TeXMLSyntax

extension CallRun {
    /// Fetches a document and makes it current. Returns the reason to end the call if it cannot run.
    mutating func load(_ fetch: Fetch) -> EndReason? {
        if let limit = checkFetchLimits() { return limit }
        let response = send(fetch)
        if progress.callerHungUp { return .callerHangup }
        guard let body = checkedBody(response, from: fetch.url) else { return .error }
        return adopt(body, url: URLResolution.withoutQuery(fetch.url), source: response.source ?? fetch.url)
    }

    /// Makes `body` the running document, as fetched from `url` (`source` names it in the
    /// trace); returns `.error` when it cannot run.
    mutating func adopt(_ body: [UInt8], url: String, source: String) -> EndReason? {
        let result = validated(body)
        let typed = result.document
        // The platform's effect decides, not the author-facing severity: a value it ignores is
        // an error to `validate` and a warning event here, with the call going on.
        for diagnostic in result.diagnostics where diagnostic.effect != .failsCall {
            emitWarning(
                code: diagnostic.platformCode, diagnostic.message,
                [.id(diagnostic.id.rawValue)] + Self.position(of: diagnostic, in: source))
        }
        guard let document = typed else {
            reportUnrunnable(result, source: source)
            return .error
        }
        documents.current = LoadedDocument(url: url, name: source, document: document)
        return nil
    }

    /// `max_fetches` and `max_fetches_without_progress`, counting the fetch about to be sent.
    private mutating func checkFetchLimits() -> EndReason? {
        let limits = scenario.limits
        documents.fetchCount += 1
        if documents.fetchCount > limits.maxFetches {
            emitError(
                code: nil, "more than \(limits.maxFetches) documents fetched in one call",
                [.limit("max_fetches")])
            return .limit
        }
        guard now == documents.lastFetchTime else {
            documents.fetchesWithoutProgress = 0
            documents.lastFetchTime = now
            return nil
        }
        documents.fetchesWithoutProgress += 1
        // `fetchesWithoutProgress` requests already sent at this instant; this one would exceed the limit.
        guard documents.fetchesWithoutProgress + 1 > limits.maxFetchesWithoutProgress else { return nil }
        emitError(
            code: nil,
            "redirect loop: \(documents.fetchesWithoutProgress) documents fetched without the call moving on",
            [.limit("max_fetches_without_progress")])
        return .redirectLoop
    }

    /// The answer's body when it is a document to parse: 11200 for no answer or a non-2xx
    /// status, 12100 for an empty body.
    private mutating func checkedBody(_ response: WebhookResponse, from url: String) -> [UInt8]? {
        guard let status = response.status else {
            if let failure = response.failure {
                emitError(code: 11200, "HTTP retrieval failure: \(url): \(failure)", [.url(url)])
                return nil
            }
            emitError(
                code: 11200, "HTTP retrieval failure: \(url) did not answer within \(behaviour.calls.httpTimeout)",
                [.url(url)])
            return nil
        }
        guard (200..<300).contains(status) else {
            emitError(code: 11200, "HTTP retrieval failure: \(url) answered \(status)", [.url(url)])
            return nil
        }
        guard !response.body.allSatisfy(\.isXMLSpace) else {
            emitError(
                code: 12100, "document parse failure: \(url) answered \(status) with an empty body",
                [.url(url)])
            return nil
        }
        return response.body
    }

    /// The document's validation, once per distinct content in the process (its typed tree is
    /// built once, on first use).
    private func validated(_ body: [UInt8]) -> ValidationResult {
        ValidationCache.shared.result(body, dialect: behaviour.dialect)
    }

    /// The error of a document that cannot run: 12100 when it is not well-formed or has the
    /// wrong root, else the first error's own code or 12200, with its location.
    private mutating func reportUnrunnable(_ result: ValidationResult, source: String) {
        let failing = result.diagnostics.filter { $0.effect == .failsCall }
        let first = failing.first
        // The diagnostic's own platform code when it has one (12100 for a wrong root),
        // else 12100 for documents that are not well-formed and 12200 for grammar errors.
        let syntactic = first?.platformCode.map { $0 == 12100 } ?? (result.syntax.root == nil)
        var extra: [TraceEvent.ProblemDetail] = [.document(source)]
        if let first {
            extra.append(.id(first.id.rawValue))
            extra += Self.position(of: first, in: nil)
        }
        let summary = first.map { ": " + $0.message } ?? ""
        if syntactic {
            emitError(code: 12100, "document parse failure" + summary, extra)
        } else {
            // The value's own code when it has one (11100 for a malformed URL), else 12200.
            let more = failing.count > 1 ? " (and \(failing.count - 1) more)" : ""
            emitError(code: first?.platformCode ?? 12200, "schema validation error" + summary + more, extra)
        }
    }

    /// `document` (when given), `line` and `column` of a diagnostic, as trace fields.
    private static func position(of diagnostic: Diagnostic, in document: String?) -> [TraceEvent.ProblemDetail] {
        var details: [TraceEvent.ProblemDetail] = []
        if let document { details.append(.document(document)) }
        details.append(.line(diagnostic.range.start.line))
        details.append(.column(diagnostic.range.start.column))
        return details
    }
}

/// Validations by dialect and content, shared by every call in the process: a document fetched
/// again — later in the same call, by the next call of `texml run --repeat`, by another scenario
/// of `texml test` naming the same flow — is validated and its typed tree built once. A
/// validation is a pure function of the two, so sharing it changes no call. Bounded: emptied
/// when the documents it holds pass 64 MiB.
final class ValidationCache: @unchecked Sendable {
    // Safe: `entries` and `heldBytes` are only touched under `lock`.
    static let shared = ValidationCache()

    private struct Key: Hashable {
        var dialect: Dialect
        var bytes: DocumentBytes
    }

    private let lock = NSLock()
    private var entries: [Key: ValidationResult] = [:]
    private var heldBytes = 0
    private let capacityBytes = 64 << 20

    func result(_ body: [UInt8], dialect: Dialect) -> ValidationResult {
        let key = Key(dialect: dialect, bytes: DocumentBytes(body))
        if let cached = lock.withLock({ entries[key] }) { return cached }
        let result = Validator(dialect: dialect).validate(body)
        lock.withLock {
            if heldBytes + body.count > capacityBytes {
                entries.removeAll()
                heldBytes = 0
            }
            if entries.updateValue(result, forKey: key) == nil { heldBytes += body.count }
        }
        return result
    }
}
