import Foundation

/// Threads of the REST server's own, on which its tasks run (as their task executor preference).
///
/// Swift's cooperative pool has one thread per core; a program that blocks pool threads (a test
/// waiting for a subprocess, a synchronous call loop) would otherwise stall the server's
/// start-up and its responses. The socket work is NIO's, on its event loops; these threads run
/// the application's task and each request's responder.
@available(macOS 15.0, *)
final class ServerExecutor: TaskExecutor, @unchecked Sendable {
    // @unchecked Sendable: `jobs`, `stopping` and `running` are only touched under `condition`.
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []
    private var stopping = false
    private var running = 0
    private let name: String

    /// Starts `threads` threads named `name`.
    init(name: String, threads: Int) {
        self.name = name
        condition.withLock { running = threads }
        for _ in 0..<threads { spawn() }
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let revive = condition.withLock {
            jobs.append(job)
            condition.signal()
            // A job may arrive after `shutdown()` (a cancelled task finishing): a thread runs it.
            guard running == 0 else { return false }
            running = 1
            return true
        }
        if revive { spawn() }
    }

    /// Lets the threads end once no job is left.
    func shutdown() {
        condition.withLock {
            stopping = true
            condition.broadcast()
        }
    }

    private func spawn() {
        let thread = Thread { [self] in
            while let job = next() { job.runSynchronously(on: asUnownedTaskExecutor()) }
        }
        thread.name = name
        thread.start()
    }

    /// The next job; nil (and this thread ends) once shut down with nothing left.
    private func next() -> UnownedJob? {
        condition.withLock {
            while jobs.isEmpty {
                if stopping {
                    running -= 1
                    return nil
                }
                condition.wait()
            }
            return jobs.removeFirst()
        }
    }
}
