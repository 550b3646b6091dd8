import TeXMLGrammar

/// A request a verb makes of a URL it names: `<Redirect>` (which runs the answer) and InboundXML's
/// `<Ping>` (which does not wait for it).
struct RequestIntent {
    /// Resolved.
    var url: String
    var method: String
}

extension Lowering {
    func redirect(_ redirect: RedirectElement) -> RequestIntent {
        let own = attributes(of: "Redirect")
        return RequestIntent(url: resolve(redirect.text), method: own.defaulted(redirect.method, "method"))
    }

    func ping(_ ping: PingElement) -> RequestIntent {
        let own = attributes(of: "Ping")
        return RequestIntent(url: resolve(ping.text), method: own.defaulted(ping.method, "method"))
    }

    /// `<Reject reason>`: `busy`, else `rejected`.
    func rejectReason(_ reject: RejectElement) -> String {
        attributes(of: "Reject").defaulted(reject.reason, "reason")
    }

    /// How many times a `<Say>` or `<Play>` plays (`loop`, 1 by default).
    func loop(_ node: Node) -> Int {
        switch node {
        case .say(let say): attributes(of: "Say").defaulted(say.loop, "loop")
        case .play(let play): attributes(of: "Play").defaulted(play.loop, "loop")
        default: 1
        }
    }

    /// How long a `<Pause>` lasts (`length`, 1 s by default).
    func pauseLength(_ pause: PauseElement) -> SimTime {
        .seconds(attributes(of: "Pause").defaulted(pause.length, "length"))
    }
}
