import Testing

@testable import TeXMLLive

@Suite("SocketFetcher text cache")
struct TextCacheTests {
    @Test("computes a string's value once and returns it again")
    func computesOnce() {
        var cache = TextCache<Int>(capacity: 4)
        var made = 0
        let first = cache.value(for: "http://127.0.0.1:8080/a") {
            made += 1; return $0.count
        }
        let second = cache.value(for: "http://127.0.0.1:8080/a") { _ in
            made += 1; return -1
        }
        #expect(first == 23)
        #expect(second == 23)
        #expect(made == 1)
    }

    @Test("empties itself when full, so it never holds more than its capacity")
    func bounded() {
        var cache = TextCache<Int>(capacity: 2)
        _ = cache.value(for: "a") { _ in 1 }
        _ = cache.value(for: "b") { _ in 2 }
        #expect(cache.count == 2)
        _ = cache.value(for: "c") { _ in 3 }
        #expect(cache.count == 1)
        var made = 0
        #expect(
            cache.value(for: "a") { _ in
                made += 1; return 10
            } == 10)
        #expect(made == 1)
        #expect(cache.value(for: "c") { _ in 99 } == 3)
    }
}
