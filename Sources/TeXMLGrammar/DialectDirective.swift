extension Dialect {
    /// The dialect a document declares for itself with a comment before its root element,
    /// `<!-- dialect: texml -->`, if any. Only the first 512 bytes are searched.
    public static func declared(in bytes: [UInt8]) -> Dialect? {
        let head = Array(bytes.prefix(512))
        let open = Array("<!--".utf8)
        let close = Array("-->".utf8)
        func find(_ needle: [UInt8], from start: Int) -> Int? {
            guard head.count >= needle.count, start <= head.count - needle.count else { return nil }
            return (start...(head.count - needle.count)).first { head[$0..<($0 + needle.count)].elementsEqual(needle) }
        }
        var index = 0
        while let start = find(open, from: index), let end = find(close, from: start + open.count) {
            let comment = String(decoding: head[(start + open.count)..<end], as: UTF8.self).trimmingXMLSpace()
            if comment.hasPrefix("dialect:") {
                return Dialect(rawValue: String(comment.dropFirst("dialect:".count)).trimmingXMLSpace())
            }
            index = end + close.count
        }
        return nil
    }
}
