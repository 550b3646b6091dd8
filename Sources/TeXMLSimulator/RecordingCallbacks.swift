import TeXMLGrammar

/// A recording's lifecycle, as its status callbacks report it.
struct RecordingReport {
    var recordingSid: String
    var source: String
    /// Virtual time capture started.
    var start: SimTime
    /// Channels in the file: 1 or 2.
    var channels: Int
    /// Duration after trimming, as the `completed` callback reports it.
    var duration: SimTime
    /// Why nothing usable was recorded (16101 too short, 16102 silent), or nil.
    var absentCode: Int?
    /// `RecordingTrack`, sent for `<Start><Recording>`.
    var track: String? = nil
    var conferenceSid: String? = nil
    /// `ErrorCode=0` on `completed` (Twilio `<Start><Recording>`, observed).
    var errorCodeOnSuccess = false
}

/// Where a recording's status callbacks go and which events they want.
struct RecordingSubscription {
    var url: String
    var method: String
    var events: Set<String>
    /// Telnyx REST `SendRecordingUrl=false`: the callbacks carry no `RecordingUrl`.
    var sendsRecordingURL = true

    /// Reads `recordingStatusCallback*` of an element; nil when there is no callback URL.
    init?(url: String?, method: String?, events: [String]?, resolve: (String) -> String) {
        guard let url, !url.isEmpty else { return nil }
        self.url = resolve(url)
        self.method = method ?? "POST"
        // The default subscription everywhere is `completed` only.
        self.events = Set(events ?? ["completed"])
    }
}

extension CallRun {
    // Built once, not per timestamp.
    private static let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The virtual wall clock: the call starts at 2026-01-01 00:00:00 UTC, so timestamps in
    /// callbacks are stable across runs. RFC 2822, as Twilio and Telnyx write them.
    func rfc2822(_ time: SimTime) -> String {
        let date = CivilTime(unixSeconds: Self.virtualEpoch + time.milliseconds / 1000)
        return
            "\(Self.weekdays[Int(date.daysSinceEpoch % 7)]), \(pad(date.day, 2)) \(Self.months[Int(date.month - 1)]) "
            + "\(date.year) \(date.clock) +0000"
    }

    /// Virtual time as ISO 8601 UTC, with milliseconds unless `fraction` is false:
    /// `2026-01-01T00:00:05.200Z`.
    func iso8601(_ time: SimTime, fraction: Bool = true) -> String {
        let total = Self.virtualEpoch * 1000 + time.milliseconds
        let date = CivilTime(unixSeconds: total / 1000)
        var result = "\(date.year)-\(pad(date.month, 2))-\(pad(date.day, 2))T\(date.clock)"
        if fraction { result += "." + pad(total % 1000, 3) }
        return result + "Z"
    }

    /// Sends one recording status callback if `event` is subscribed. The platform does not wait
    /// for the answer: the call's clock does not move.
    mutating func recordingCallback(_ event: String, _ report: RecordingReport, _ subscription: RecordingSubscription?)
    {
        guard let subscription, subscription.events.contains(event) else { return }
        // Reference 3.2: Twilio sends RecordingStartTime and RecordingUrl with every event and
        // ErrorCode with `absent`; Telnyx documents RecordingDuration and RecordingUrl on
        // `completed` only, and neither RecordingStartTime nor ErrorCode (not sent here).
        var parameters: [(String, String)] = [
            ("RecordingSid", report.recordingSid), ("RecordingStatus", event), ("RecordingSource", report.source),
            ("RecordingChannels", String(report.channels)),
        ]
        let shape = callbacks
        if shape.recordingStartTime { parameters.append(("RecordingStartTime", rfc2822(report.start))) }
        if let track = report.track { parameters.append(("RecordingTrack", track)) }
        if let conference = report.conferenceSid { parameters.append(("ConferenceSid", conference)) }
        if event == "completed" {
            parameters.append(("RecordingDuration", String(report.duration.wholeSecondsRoundedUp)))
        }
        if subscription.sendsRecordingURL,
            event == "completed" || (shape.recordingURLWhileInProgress && event == "in-progress")
        {
            parameters.append(("RecordingUrl", recordingURL(report.recordingSid)))
        }
        if event == "absent", shape.absentErrorCode, let code = report.absentCode {
            parameters.append(("ErrorCode", String(code)))
        }
        if event == "completed", report.errorCodeOnSuccess { parameters.append(("ErrorCode", "0")) }
        let fetch = Fetch(
            purpose: "recordingStatusCallback", url: subscription.url, method: subscription.method,
            parameters: parameters)
        sendWithoutWaiting(fetch, exclude: shape.recordingCallbackOmits)
    }

    /// Sends a request the call does not wait for: traced, answered, but the clock stays put.
    mutating func sendWithoutWaiting(_ fetch: Fetch, exclude: Set<String>) {
        let (request, response) = request(fetch, excluding: exclude)
        var fields: [(String, TraceValue)] = [
            ("status", response.status.map { .int($0) } ?? .string("timeout")), ("url", .string(request.wireURL)),
        ]
        if let type = response.contentType { fields.append(("content_type", .string(type))) }
        fields.append(("bytes", .int(response.body.count)))
        if response.unmapped { fields.append(("unmapped", .bool(true))) }
        emit("http.response", fields)
        if let status = response.status, (200..<300).contains(status) { return }
        // A failed callback does not affect the call; the platform logs it.
        emitWarning(
            code: 11200,
            "HTTP retrieval failure: the \(fetch.purpose) \(fetch.url) answered \(response.status.map(String.init) ?? "nothing")",
            [("url", .string(fetch.url))])
    }
}

/// A UTC instant as a civil date and time of day (Howard Hinnant's days-to-civil algorithm).
struct CivilTime {
    var year: Int64
    var month: Int64
    var day: Int64
    var secondOfDay: Int64
    var daysSinceEpoch: Int64

    init(unixSeconds seconds: Int64) {
        daysSinceEpoch = seconds / 86_400
        secondOfDay = seconds % 86_400
        let z = daysSinceEpoch + 719_468
        let era = z / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthPrime = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthPrime + 2) / 5 + 1
        month = monthPrime < 10 ? monthPrime + 3 : monthPrime - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// `hh:mm:ss`.
    var clock: String { "\(pad(secondOfDay / 3600, 2)):\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2))" }
}

/// A non-negative number with leading zeros to `width` digits.
func pad(_ value: Int64, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
}
