import Foundation

/// Which hosts a live run may send requests to: loopback, and the hosts the user names.
///
/// A call flow can name any URL; a simulated call must not reach the internet unless asked to,
/// so everything else is refused before a connection is opened.
public struct HostPolicy: Sendable, Hashable {
    /// Hosts beyond loopback, lowercased, without brackets.
    public var allowed: Set<String>

    public init(allowing hosts: [String] = []) {
        allowed = Set(hosts.map(Self.normalized))
    }

    /// The URL's host when it is refused; nil when the URL may be fetched. A URL without a host,
    /// or not `http`/`https`, is refused under its whole text.
    public func refusal(for url: URL) -> String? {
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = url.host, !host.isEmpty
        else { return url.absoluteString }
        let name = Self.normalized(host)
        return Self.isLoopback(name) || allowed.contains(name) ? nil : name
    }

    /// 127.0.0.0/8, ::1 and `localhost` (which resolves to them).
    static func isLoopback(_ host: String) -> Bool {
        if host == "localhost" || host == "::1" || host == "0:0:0:0:0:0:0:1" { return true }
        let octets = host.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4, octets[0] == "127" else { return false }
        return octets.allSatisfy { part in UInt8(part) != nil && part.allSatisfy(\.isASCII) }
    }

    static func normalized(_ host: String) -> String {
        var name = host.lowercased()
        if name.hasPrefix("["), name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
        if name.hasSuffix(".") { name.removeLast() }
        return name
    }
}
