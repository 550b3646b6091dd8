import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whether a loopback port can be listened on, asked before the server starts.
///
/// A server whose bind fails makes its service group cancel its tasks while a continuation is
/// resumed under swift-async-algorithms' merge lock; with the server's task executor preference
/// that takes the task's status lock in the other order, and the process hung in 7 runs of 20
/// (`texml call … --api-port` on a port in use). Refusing a taken port here keeps that path out
/// of ordinary use; a port taken between this probe and the bind is the remaining window.
enum PortProbe {
    /// Binds and listens on 127.0.0.1:`port` with `SO_REUSEADDR`, as NIO's server does, and
    /// closes at once; port 0 (ephemeral) is always free.
    static func canListen(on port: Int) -> Bool {
        guard port != 0 else { return true }
        guard (1...65535).contains(port) else { return false }
        #if canImport(Glibc)
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var reuse: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
        return bound && listen(descriptor, 1) == 0
    }
}
