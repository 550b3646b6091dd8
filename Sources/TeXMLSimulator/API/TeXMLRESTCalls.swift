import TeXMLSupport

extension CallRun {
    /// `POST Calls/{CallSid}.json`: `Status=completed|canceled` hangs the call up, `Twiml` or
    /// `Url` (+ `Method`) replaces its instructions. The running verb stops at once (a `<Play>`,
    /// `<Say>`, `<Pause>`, `<Gather>`, `<Record>` or `<Dial>` in progress: ``Wake/replaced``) and
    /// the update is applied before the next: Twilio "update[s] the Call to tell Twilio to
    /// immediately change the TwiML it's using"
    /// (https://www.twilio.com/docs/voice/tutorials/how-to-modify-calls-in-progress-php). Sent
    /// while a webhook waits (a live application), it replaces the answer's instructions.
    mutating func updateRESTCall(_ parameters: TeXMLRESTParameters) throws(TeXMLRESTError) -> APIReply {
        warnUnknownParameters(
            parameters,
            known: [
                "Url", "Method", "Twiml", "Status", "FallbackUrl", "FallbackMethod", "StatusCallback",
                "StatusCallbackMethod", "TimeLimit",
            ])
        let status = try parameters.choice("Status", ["completed", "canceled"])
        let method = try parameters.choice("Method", ["GET", "POST"]) ?? "POST"
        let ended = callEnded || callerHungUp
        if ended { throw restShape.errors.callNotInProgress(ended: true, status: callStatus) }
        if let status {
            // Twilio: `canceled` ends a call that is not answered yet and leaves an answered one alone.
            if status == "completed" || !answered { progress.update = .hangup }
        } else if let twiml = parameters.values["Twiml"] {
            progress.update = .instructions(twiml)
        } else if let url = parameters.values["Url"] {
            guard url.hasPrefix("http://") || url.hasPrefix("https://") else {
                throw restShape.errors.invalidURL("Url", url)
            }
            progress.update = .redirect(url: url, method: method)
        } else {
            throw restShape.errors.missing("Url")
        }
        return APIReply(status: 200, body: callResource())
    }

    /// The call resource, with the members twilio-python's `CallInstance` reads most.
    func callResource() -> JSONValue {
        let shape = restShape
        return .fields([
            "sid": .string(callSid), "account_sid": .string(accountSid),
            "api_version": shape.apiVersion.map { .string($0) },
            "from": .string(scenario.call.from), "to": .string(scenario.call.to),
            "direction": .string(scenario.call.direction.parameter(callbacks)),
            "status": .string(callStatus.rawValue), "date_created": .string(rfc2822(.zero)),
            "start_time": answered ? .string(rfc2822(progress.answeredAt ?? .zero)) : .null,
            "uri": .string("\(shape.resourceRoot)/Accounts/\(accountSid)/Calls/\(callSid).json"),
        ])
    }
}
