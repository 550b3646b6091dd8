/// A min-heap: the smallest element first, O(log n) insertion and removal.
struct BinaryHeap<Element: Comparable> {
    private var storage: [Element] = []

    var isEmpty: Bool { storage.isEmpty }
    var count: Int { storage.count }
    /// The smallest element, if any.
    var first: Element? { storage.first }

    mutating func insert(_ element: Element) {
        storage.append(element)
        var child = storage.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard storage[child] < storage[parent] else { break }
            storage.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes and returns the smallest element.
    @discardableResult
    mutating func removeFirst() -> Element? {
        guard !storage.isEmpty else { return nil }
        storage.swapAt(0, storage.count - 1)
        let smallest = storage.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smaller = parent
            if left < storage.count, storage[left] < storage[smaller] { smaller = left }
            if right < storage.count, storage[right] < storage[smaller] { smaller = right }
            guard smaller != parent else { break }
            storage.swapAt(parent, smaller)
            parent = smaller
        }
        return smallest
    }
}
