extension CallRun {
    /// The parameters every request about this call carries.
    func standardParameters() -> [(String, String)] {
        let shape = callbacks
        let direction = scenario.call.direction.parameter(shape)
        switch shape.legParameters {
        case .twilio:
            return [
                ("AccountSid", accountSid), ("ApiVersion", behaviour.apiVersion ?? "2010-04-01"),
                ("CallSid", callSid), ("CallStatus", progress.callStatus), ("Called", scenario.call.to),
                ("Caller", scenario.call.from), ("Direction", direction), ("From", scenario.call.from),
                ("To", scenario.call.to),
            ]
        case .telnyx:
            return [
                ("AccountSid", accountSid), ("CallSid", callSid), ("CallSidLegacy", callSid),
                ("CallStatus", progress.callStatus), ("ConnectionId", connectionId), ("Direction", direction),
                ("From", scenario.call.from), ("To", scenario.call.to),
            ]
        }
    }

    /// Builds a request (the standard parameters but `excluded`, then the verb's own, sorted),
    /// traces it as `http.request` and sends it.
    mutating func request(_ fetch: Fetch, excluding excluded: Set<String> = []) -> (WebhookRequest, WebhookResponse) {
        // A dozen names: a list searched linearly beats hashing each into a dictionary. A
        // verb's own parameter replaces a standard one of the same name.
        var parameters: [WebhookRequest.Parameter] = []
        parameters.reserveCapacity(10 + fetch.parameters.count)
        if fetch.includesCallParameters {
            for (name, value) in standardParameters() where excluded.isEmpty || !excluded.contains(name) {
                parameters.append(WebhookRequest.Parameter(name: name, value: value))
            }
        }
        for (name, value) in fetch.parameters {
            if let index = parameters.firstIndex(where: { $0.name == name }) {
                parameters[index].value = value
            } else {
                parameters.append(WebhookRequest.Parameter(name: name, value: value))
            }
        }
        parameters.sort { $0.name < $1.name }
        var request = WebhookRequest(
            purpose: fetch.purpose, method: fetch.method, url: fetch.url, parameters: parameters)
        request.body = fetch.body
        var fields: [(String, TraceValue)] = [
            ("purpose", .string(fetch.purpose)), ("method", .string(fetch.method)),
            ("url", .string(request.wireURL)),
        ]
        if !parameters.isEmpty || fetch.body == nil {
            fields.append(("params", .parameters(parameters.map { ($0.name, $0.value) })))
        }
        switch fetch.body {
        case .json(let document)?:
            fields.append(("body", .json(document)))
        case .media(let file, let contentType, let bytes)?:
            fields.append(("file", .string(file)))
            fields.append(("content_type", .string(contentType)))
            if let bytes { fields.append(("bytes", .int(bytes))) }
        case nil:
            break
        }
        emit("http.request", fields)
        return (request, context.transport.send(request, timeout: behaviour.calls.httpTimeout))
    }

    /// Sends one request and traces it and its answer. The answer is due after its latency:
    /// the call waits for it, and what happens meanwhile happens first.
    mutating func send(_ fetch: Fetch) -> WebhookResponse {
        let (request, response) = request(fetch)
        if response.latency > .zero {
            if progress.callStatus == "completed" || progress.callerHungUp {
                now += response.latency
            } else {
                _ = pass(until: now + response.latency)
            }
        }
        var fields: [(String, TraceValue)] = []
        if let status = response.status {
            fields.append(("status", .int(status)))
        } else {
            fields.append(("status", .string(response.failure == nil ? "timeout" : "failed")))
        }
        fields.append(("url", .string(request.wireURL)))
        if let type = response.contentType { fields.append(("content_type", .string(type))) }
        fields.append(("bytes", .int(response.body.count)))
        if let source = response.source { fields.append(("body", .string(source))) }
        if response.unmapped { fields.append(("unmapped", .bool(true))) }
        if let failure = response.failure { fields.append(("error", .string(failure.description))) }
        if let failure = response.failure, case .hostNotAllowed(let host) = failure {
            emitWarning(code: nil, "not fetched: \(request.wireURL): \(failure)", [("host", .string(host))])
        }
        emit("http.response", fields)
        if response.unmapped, behaviour.calls.unmappedWebhook == .emptyResponse {
            emitWarning(
                code: nil,
                "no webhooks entry for \(request.url); the simulated application answered an empty <Response/>",
                [("url", .string(request.url))])
        }
        return response
    }

    /// Resolves a URL written in the current document.
    func resolve(_ reference: String) -> String {
        URLResolution.resolve(reference.trimmingXMLSpace(), against: documents.current?.url ?? scenario.flowURL)
    }
}
