/// A position in a source document.
///
/// `line` and `column` are 1-based. The column counts Unicode scalar values (characters as XML
/// and libxml2 count them; a tab is one column) from the start of the line. `offset` is the
/// 0-based UTF-8 byte offset from the start of the input.
public struct SourceLocation: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column, lhs.offset) < (rhs.line, rhs.column, rhs.offset)
    }

    /// `line:column`
    public var description: String { "\(line):\(column)" }
}

/// A half-open range `[start, end)` in a source document.
public struct SourceRange: Sendable, Hashable, Codable, CustomStringConvertible {
    public var start: SourceLocation
    public var end: SourceLocation

    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = max(start, end)
    }

    /// An empty range at `location`.
    public init(at location: SourceLocation) {
        self.init(start: location, end: location)
    }

    /// The beginning of a document.
    public static let documentStart = SourceRange(at: SourceLocation(line: 1, column: 1, offset: 0))

    /// `line:col-line:col`
    public var description: String { "\(start)-\(end)" }
}

/// Maps UTF-8 byte offsets of one document to 1-based line and column numbers.
///
/// Lines end at LF, CR LF or a lone CR, as XML's end-of-line handling treats them. Lookups cost
/// O(log lines) plus, on lines with non-ASCII text, a scan of the line up to the offset; when a
/// non-ASCII line is longer than ``LineIndex/checkpointStride`` bytes, scalar counts are kept every
/// that many bytes, so the scan is at most that long: a one-line megabyte of non-ASCII text stays
/// linear to index.
/// A window of one source line, for a diagnostic's snippet.
public struct LineExcerpt: Sendable, Hashable {
    public var text: String
    /// The 1-based column of the excerpt's first scalar.
    public var startColumn: Int
    /// Whether the line goes on before or after the excerpt (shown as `…`).
    public var clippedBefore: Bool
    public var clippedAfter: Bool
}

public struct LineIndex: Sendable {
    private let bytes: [UInt8]
    private let lineStarts: [Int]
    private let asciiLine: [Bool]
    /// Scalars before every `checkpointStride`-th byte; empty unless a non-ASCII line is longer.
    private let scalarCheckpoints: [Int]
    private static let checkpointStride = 1024

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var lineStarts: [Int] = [0]
        var asciiLine: [Bool] = []
        var scalarCheckpoints: [Int] = []
        bytes.withUnsafeBytes { raw in
            let longest = Self.scanLines(raw, lineStarts: &lineStarts, asciiLine: &asciiLine)
            if longest > Self.checkpointStride { scalarCheckpoints = Self.checkpoints(raw) }
        }
        self.lineStarts = lineStarts
        self.asciiLine = asciiLine
        self.scalarCheckpoints = scalarCheckpoints
    }

    /// Records where lines start and which lines are all ASCII, and returns the length of the
    /// longest line that is not. Eight bytes at a time: a word is looked at byte by byte only when
    /// it holds a byte below 0x0E (CR, LF and other controls such as tab) or above 0x7F.
    private static func scanLines(_ raw: UnsafeRawBufferPointer, lineStarts: inout [Int], asciiLine: inout [Bool])
        -> Int
    {
        let count = raw.count
        var ascii = true
        var longestNonASCII = 0
        var lineStart = 0
        var index = 0
        while index < count {
            if index + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                // Bit 7 of a byte is set in `word &- 0x0E…` when the byte is below 0x0E, and in `word`
                // when it is above 0x7F; the lowest bit set marks the first such byte exactly (a
                // borrow only reaches the bytes after it).
                let special = (word &- 0x0E0E_0E0E_0E0E_0E0E | word) & 0x8080_8080_8080_8080
                if special == 0 {
                    index += 8
                    continue
                }
                index += special.trailingZeroBitCount >> 3
            }
            let byte = raw[index]
            if byte == 0x0A || byte == 0x0D {
                if !ascii { longestNonASCII = max(longestNonASCII, index - lineStart) }
                if byte == 0x0D, index + 1 < count, raw[index + 1] == 0x0A { index += 1 }
                asciiLine.append(ascii)
                ascii = true
                lineStart = index + 1
                lineStarts.append(lineStart)
            } else if byte >= 0x80 {
                ascii = false
            }
            index += 1
        }
        if !ascii { longestNonASCII = max(longestNonASCII, count - lineStart) }
        asciiLine.append(ascii)
        return longestNonASCII
    }

    /// The number of scalars that start in `raw[start ..< end]`: every byte that is not a
    /// continuation byte (0b10xxxxxx).
    private static func scalarCount(_ raw: UnsafeRawBufferPointer, from start: Int, to end: Int) -> Int {
        var scalars = 0
        var index = start
        while index + 8 <= end {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            // Bit 7 of each continuation byte, moved to bit 0 and summed into the top byte.
            let continuation = (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
            scalars += 8 - Int(truncatingIfNeeded: (continuation &* 0x0101_0101_0101_0101) >> 56)
            index += 8
        }
        while index < end {
            if raw[index] & 0xC0 != 0x80 { scalars += 1 }
            index += 1
        }
        return scalars
    }

    /// The number of scalars before every `checkpointStride`-th byte, and before the end.
    private static func checkpoints(_ raw: UnsafeRawBufferPointer) -> [Int] {
        let count = raw.count
        var result: [Int] = []
        result.reserveCapacity(count / checkpointStride + 2)
        var scalars = 0
        var index = 0
        while index < count {
            result.append(scalars)
            let end = min(index + checkpointStride, count)
            scalars += scalarCount(raw, from: index, to: end)
            index = end
        }
        result.append(scalars)
        return result
    }

    /// The number of Unicode scalars that start at or after `start` and before `offset`.
    private func scalars(from start: Int, to offset: Int) -> Int {
        bytes.withUnsafeBytes { raw in
            guard !scalarCheckpoints.isEmpty else { return Self.scalarCount(raw, from: start, to: offset) }
            func before(_ offset: Int) -> Int {
                let checkpoint = offset / Self.checkpointStride
                let base = checkpoint * Self.checkpointStride
                return scalarCheckpoints[checkpoint] + Self.scalarCount(raw, from: base, to: offset)
            }
            return before(offset) - before(start)
        }
    }

    /// The number of lines (an empty document has one, empty line).
    public var lineCount: Int { lineStarts.count }

    /// The location of a byte offset; offsets past the end are clamped to the end.
    public func location(ofOffset rawOffset: Int) -> SourceLocation {
        let offset = min(max(rawOffset, 0), bytes.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let start = lineStarts[low]
        if asciiLine[low] {
            return SourceLocation(line: low + 1, column: offset - start + 1, offset: offset)
        }
        let column = scalars(from: start, to: offset) + 1
        return SourceLocation(line: low + 1, column: column, offset: offset)
    }

    /// The location of a 1-based line and column (columns in Unicode scalars, as parsers such as
    /// libyaml report them), with its byte offset. Lines past the end clamp to the last line;
    /// columns past the end of the line clamp to its end.
    ///
    /// `hint`, a location found before on the same line at or before this column, is where the
    /// walk starts: callers that look up many positions in document order (a scenario's nodes on
    /// one minified line) then walk each line once, not once per position. An ASCII line needs
    /// no walk at all.
    public func location(line: Int, column: Int, hint: SourceLocation? = nil) -> SourceLocation {
        let lineNumber = min(max(line, 1), lineStarts.count)
        let start = lineStarts[lineNumber - 1]
        var end = lineNumber < lineStarts.count ? lineStarts[lineNumber] : bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        if asciiLine[lineNumber - 1] {
            let offset = min(start + max(column, 1) - 1, end)
            return SourceLocation(line: lineNumber, column: offset - start + 1, offset: offset)
        }
        var offset = start
        var reached = 1
        if let hint, hint.line == lineNumber, hint.column <= column, hint.offset >= start, hint.offset <= end {
            offset = hint.offset
            reached = hint.column
        }
        while reached < column, offset < end {
            offset += 1
            // Skip UTF-8 continuation bytes: one column per scalar.
            while offset < end, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            reached += 1
        }
        return SourceLocation(line: lineNumber, column: reached, offset: offset)
    }

    /// The range between two byte offsets.
    public func range(from start: Int, to end: Int) -> SourceRange {
        SourceRange(start: location(ofOffset: start), end: location(ofOffset: end))
    }

    /// At most `before` scalars before `location` and `after` from it, on its line (without the
    /// line break): what a diagnostic's snippet shows, found in time proportional to the window,
    /// not the line, so a minified 24 KB line with thousands of diagnostics prints in linear time.
    public func excerpt(around location: SourceLocation, before: Int, after: Int) -> LineExcerpt {
        let line = location.line
        guard line >= 1, line <= lineStarts.count else {
            return LineExcerpt(text: "", startColumn: 1, clippedBefore: false, clippedAfter: false)
        }
        let lineStart = lineStarts[line - 1]
        var lineEnd = line < lineStarts.count ? lineStarts[line] : bytes.count
        while lineEnd > lineStart, bytes[lineEnd - 1] == 0x0A || bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        let anchor = min(max(location.offset, lineStart), lineEnd)
        var start = anchor
        var walked = 0
        while walked < before, start > lineStart {
            start -= 1
            while start > lineStart, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            walked += 1
        }
        var end = anchor
        var taken = 0
        while taken < after, end < lineEnd {
            end += 1
            while end < lineEnd, bytes[end] & 0xC0 == 0x80 { end += 1 }
            taken += 1
        }
        return LineExcerpt(
            text: String(decoding: bytes[start..<end], as: UTF8.self), startColumn: max(location.column - walked, 1),
            clippedBefore: start > lineStart, clippedAfter: end < lineEnd)
    }

    /// The text of a 1-based line without its line break, for diagnostics' source snippets.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
