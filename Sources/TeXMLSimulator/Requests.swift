extension CallRun {
    /// The parameters every request about this call carries.
    func standardParameters() -> [(String, String)] {
        let shape = callbacks
        let direction = scenario.call.direction.parameter(shape)
        switch shape.legParameters {
        case .twilio:
            return [
                ("AccountSid", accountSid), ("ApiVersion", behaviour.apiVersion ?? "2010-04-01"),
                ("CallSid", callSid), ("CallStatus", progress.callStatus.rawValue), ("Called", scenario.call.to),
                ("Caller", scenario.call.from), ("Direction", direction), ("From", scenario.call.from),
                ("To", scenario.call.to),
            ]
        case .telnyx:
            return [
                ("AccountSid", accountSid), ("CallSid", callSid), ("CallSidLegacy", callSid),
                ("CallStatus", progress.callStatus.rawValue), ("ConnectionId", connectionId), ("Direction", direction),
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
        emit(
            .httpRequest(
                .init(
                    purpose: fetch.purpose, method: fetch.method, url: request.wireURL,
                    params: !parameters.isEmpty || fetch.body == nil ? parameters.map { ($0.name, $0.value) } : nil,
                    body: fetch.body)))
        let transport = context.transport
        let response = transport.send(request, timeout: behaviour.calls.httpTimeout) { command in
            self.issue(command)
        }
        return (request, response)
    }

    /// Sends one request and traces it and its answer. The answer is due after its latency:
    /// the call waits for it, and what happens meanwhile happens first.
    mutating func send(_ fetch: Fetch) -> WebhookResponse {
        let (request, response) = request(fetch)
        if response.latency > .zero {
            if progress.callStatus == .completed || progress.callerHungUp {
                now += response.latency
            } else {
                _ = pass(until: now + response.latency)
            }
        }
        if let failure = response.failure, case .hostNotAllowed(let host) = failure {
            emitWarning(code: nil, "not fetched: \(request.wireURL): \(failure)", [.host(host)])
        }
        emit(
            .httpResponse(
                .init(
                    status: response.status, url: request.wireURL, contentType: response.contentType,
                    bytes: response.body.count, body: response.source, unmapped: response.unmapped,
                    error: response.failure?.description)))
        if response.unmapped, behaviour.calls.unmappedWebhook == .emptyResponse {
            emitWarning(
                code: nil,
                "no webhooks entry for \(request.url); the simulated application answered an empty <Response/>",
                [.url(request.url)])
        }
        return response
    }

    /// Resolves a URL written in the current document.
    func resolve(_ reference: String) -> String {
        URLResolution.resolve(reference.trimmingXMLSpace(), against: documents.current?.url ?? scenario.flowURL)
    }
}
