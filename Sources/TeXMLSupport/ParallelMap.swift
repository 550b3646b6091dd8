import Foundation

/// Runs `body` for every index and returns the results in index order: on all cores (one
/// iteration per index, so uneven work balances), or on at most `jobs` threads when given.
/// Fewer than `sequentialBelow` indexes, or a single core, run on the calling thread: a thread
/// hop costs more than small work.
package func parallelMap<T: Sendable>(
    _ count: Int, jobs: Int? = nil, sequentialBelow: Int = 0, _ body: @Sendable (Int) -> T
) -> [T] {
    if count < sequentialBelow || ProcessInfo.processInfo.activeProcessorCount < 2 || jobs == 1 {
        return (0..<count).map(body)
    }
    let buffer = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
    buffer.initialize(repeating: nil)
    defer { buffer.deallocate() }
    nonisolated(unsafe) let shared = buffer
    // Each index is written by exactly one iteration, so the writes never overlap.
    if let jobs, jobs < count {
        let next = IndexDispenser()
        DispatchQueue.concurrentPerform(iterations: max(jobs, 1)) { _ in
            while let index = next.take(below: count) { shared[index] = body(index) }
        }
    } else {
        DispatchQueue.concurrentPerform(iterations: count) { index in shared[index] = body(index) }
    }
    return buffer.map { $0! }
}

/// Hands out 0, 1, 2, … to worker threads, each index once.
private final class IndexDispenser: @unchecked Sendable {
    // Safe: `next` is only touched under `lock`.
    private var next = 0
    private let lock = NSLock()

    func take(below count: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }
}
