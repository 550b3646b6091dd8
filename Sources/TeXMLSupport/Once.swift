import Foundation

/// A value made on first use, once, and shared by every copy of what holds it: for a struct that
/// keeps something costly it rarely needs (the typed document of a validation).
package final class Once<Value: Sendable>: @unchecked Sendable {
    // Safe: `made` and `make` are only touched under `lock`.
    private let lock = NSLock()
    private var made: Value?
    private var make: (@Sendable () -> Value)?

    package init(_ make: @escaping @Sendable () -> Value) { self.make = make }

    package var value: Value {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        let value = make!()
        made = value
        make = nil
        return value
    }
}
