extension Duration {
    /// The duration in seconds, as a floating-point number (wall-clock figures: latencies, rates,
    /// timeouts handed to Foundation).
    public var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
