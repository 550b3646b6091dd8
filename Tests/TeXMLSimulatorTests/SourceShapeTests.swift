import Foundation
import Testing

/// The simulator's sources, read as text: where dialect knowledge may live and how long a
/// function may grow (issue 17, "simulator core", item 3: lowering to intents).
enum SimulatorSources {
    static let root = PackagePaths.root.appendingPathComponent("Sources/TeXMLSimulator")

    /// Every Swift file under Sources/TeXMLSimulator, as paths relative to it (`API/Kazoo.swift`).
    static func files() throws -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        var result: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".swift") { result.append(path) }
        }
        return result.sorted()
    }

    static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// The file's code with comments and string literals blanked out (each replaced by spaces,
    /// new lines kept), so a scan sees only code and line numbers stay those of the file.
    static func code(_ source: String) -> String {
        enum State {
            case code
            case lineComment
            case blockComment(depth: Int)
            case string(multiline: Bool)
        }
        var state = State.code
        var output: [Character] = []
        let characters = Array(source)
        var index = 0
        func peek(_ offset: Int) -> Character? {
            index + offset < characters.count ? characters[index + offset] : nil
        }
        func keep(_ character: Character, blank: Bool) {
            output.append(character == "\n" || !blank ? character : " ")
        }
        while index < characters.count {
            let character = characters[index]
            switch state {
            case .code:
                if character == "/", peek(1) == "/" {
                    state = .lineComment
                    keep(character, blank: true)
                } else if character == "/", peek(1) == "*" {
                    state = .blockComment(depth: 1)
                    keep(character, blank: true)
                } else if character == "\"" {
                    let multiline = peek(1) == "\"" && peek(2) == "\""
                    state = .string(multiline: multiline)
                    output.append(contentsOf: multiline ? ["\"", "\"", "\""] : ["\""])
                    index += multiline ? 3 : 1
                    continue
                } else {
                    keep(character, blank: false)
                }
            case .lineComment:
                if character == "\n" { state = .code }
                keep(character, blank: true)
            case .blockComment(let depth):
                if character == "*", peek(1) == "/" {
                    state = depth == 1 ? .code : .blockComment(depth: depth - 1)
                    output.append(contentsOf: [" ", " "])
                    index += 2
                    continue
                }
                if character == "/", peek(1) == "*" { state = .blockComment(depth: depth + 1) }
                keep(character, blank: true)
            case .string(let multiline):
                if character == "\\" {
                    keep(character, blank: true)
                    if let next = peek(1) { keep(next, blank: true) }
                    index += 2
                    continue
                }
                if character == "\"", !multiline || (peek(1) == "\"" && peek(2) == "\"") {
                    state = .code
                    output.append(contentsOf: multiline ? ["\"", "\"", "\""] : ["\""])
                    index += multiline ? 3 : 1
                    continue
                }
                keep(character, blank: true)
            }
            index += 1
        }
        return String(output)
    }
}

/// "No `dialect ==` test remains outside the lowering and the behaviour profiles": the
/// interpreter never asks which dialect a call is in. Dialect tests may stand in
/// Sources/TeXMLSimulator/Lowering/ (each verb's element lowered to a dialect-neutral intent)
/// and in the behaviour profile (PlatformBehaviour.swift, or a Behaviour/ folder).
@Suite("Dialect tests stay in the lowering and the behaviour profiles")
struct DialectTestPlacementTests {
    /// What counts as asking which dialect: `dialect == .twiml`, `dialect != …`,
    /// `behaviour.dialect == …`, `case .texml:`, `if case .twiml = …`, `.family == …`,
    /// `switch dialect`, `switch behaviour.dialect.family`.
    static let patterns = [
        #"dialect\s*[!=]="#, #"[!=]=\s*[\w.]*dialect\b"#, #"family\s*[!=]="#,
        #"\bcase\s+(let\s+)?\.(twiml|texml|cxml|pivot|inboundxml)\b"#,
        #"\bswitch\s+[\w.]*(dialect|family)\b"#,
        #"\.(twiml|texml|cxml|pivot|inboundxml)\s*\]\s*\.contains\("#,
    ]

    static func allowed(_ path: String) -> Bool {
        path.hasPrefix("Lowering/") || path.hasPrefix("Behaviour/") || path == "PlatformBehaviour.swift"
    }

    /// The lines of `source` that test the dialect, as `line: text`.
    static func dialectTests(in source: String) throws -> [String] {
        let expressions = try patterns.map { try NSRegularExpression(pattern: $0) }
        let code = SimulatorSources.code(source).components(separatedBy: "\n")
        let lines = source.components(separatedBy: "\n")
        return code.indices.compactMap { index in
            let line = code[index]
            let range = NSRange(line.startIndex..., in: line)
            guard expressions.contains(where: { $0.firstMatch(in: line, range: range) != nil }) else { return nil }
            return "\(index + 1): \(lines[index].trimmingCharacters(in: .whitespaces))"
        }
    }

    @Test func theScanFindsEveryKindOfDialectTest() throws {
        let source = """
            let a = dialect == .twiml
            if behaviour.dialect != .texml {}
            switch dialect {
            case .twiml: break
            case .texml: break
            }
            if case .cxml = behaviour.dialect {}
            let b = behaviour.dialect.family == .texml
            let c = [.pivot, .inboundxml].contains(dialect)
            // dialect == .twiml in a comment is not a test
            let d = "dialect == .twiml in a string is not one either"
            let e = element.dialects.count
            """
        #expect(
            try Self.dialectTests(in: source).map { $0.prefix(2) } == ["1:", "2:", "3:", "4:", "5:", "7:", "8:", "9:"])
    }

    @Test func noDialectTestOutsideTheLoweringAndTheBehaviourProfiles() throws {
        var strays: [String] = []
        for path in try SimulatorSources.files() where !Self.allowed(path) {
            let tests = try Self.dialectTests(in: SimulatorSources.text(path))
            if !tests.isEmpty {
                strays.append("\(path): \(tests.count) dialect tests:\n    " + tests.joined(separator: "\n    "))
            }
        }
        #expect(
            strays.isEmpty,
            Comment(
                rawValue: "dialect tests outside Lowering/ and the behaviour profiles; lower the element to an intent "
                    + "instead:\n" + strays.joined(separator: "\n")))
    }
}

/// "No method over ~60 lines" anywhere in TeXMLSimulator: a brace-counting scan of each function
/// (`func`, `init`), comments and strings left out, from its declaration to its closing brace.
@Suite("Functions of the simulator stay short")
struct FunctionLengthTests {
    static let limit = 60

    struct Function: Equatable {
        var name: String
        var line: Int
        var lines: Int
    }

    /// Every function of `source` with where it starts and how many lines it spans.
    static func functions(in source: String) -> [Function] {
        let code = SimulatorSources.code(source).components(separatedBy: "\n")
        let declaration = try! NSRegularExpression(
            pattern: #"(?<![.\w])(func\s+([A-Za-z_][A-Za-z0-9_]*)|init)\s*[(<?]"#)
        var open: [(name: String, line: Int, depth: Int)] = []
        var pending: (name: String, line: Int)?
        var depth = 0
        var result: [Function] = []
        for (index, line) in code.enumerated() {
            let range = NSRange(line.startIndex..., in: line)
            var declared: [(offset: Int, name: String)] = []
            for match in declaration.matches(in: line, range: range) {
                let name =
                    match.range(at: 2).location != NSNotFound
                    ? (line as NSString).substring(with: match.range(at: 2)) : "init"
                declared.append((match.range.location, name))
            }
            for (offset, character) in line.utf16.enumerated() {
                if let next = declared.first, next.offset == offset {
                    pending = (next.name, index + 1)
                    declared.removeFirst()
                }
                if character == UInt16(UInt8(ascii: "{")) {
                    depth += 1
                    if let function = pending {
                        open.append((function.name, function.line, depth))
                        pending = nil
                    }
                } else if character == UInt16(UInt8(ascii: "}")) {
                    // A declaration without a body (a protocol's requirement) ends with its scope.
                    pending = nil
                    if let last = open.last, last.depth == depth {
                        result.append(Function(name: last.name, line: last.line, lines: index + 1 - last.line + 1))
                        open.removeLast()
                    }
                    depth -= 1
                }
            }
        }
        return result
    }

    @Test func theScanMeasuresFunctions() {
        let source = """
            extension X {
                /// func inComment() {
                func short() -> Int { 1 }
                mutating func long(_ a: Int,
                                   b: String = "}{") -> Flow {
                    let closure = { (x: Int) in x }
                    func nested() {
                        print("{")
                    }
                    return .next
                }
                init(a: Int) where A: B {
                }
            }
            protocol P {
                func requirement()
            }
            struct S {
            }
            """
        #expect(
            Self.functions(in: source) == [
                Function(name: "short", line: 3, lines: 1), Function(name: "nested", line: 7, lines: 3),
                Function(name: "long", line: 4, lines: 8), Function(name: "init", line: 12, lines: 2),
            ])
    }

    @Test func noFunctionOfTheSimulatorIsLongerThanTheLimit() throws {
        var long: [String] = []
        for path in try SimulatorSources.files() {
            for function in Self.functions(in: try SimulatorSources.text(path)) where function.lines > Self.limit {
                long.append("\(path):\(function.line): \(function.name) is \(function.lines) lines")
            }
        }
        #expect(long.isEmpty, Comment(rawValue: "functions over \(Self.limit) lines:\n" + long.joined(separator: "\n")))
    }
}

/// "No type in TeXMLSimulator has more than ~15 stored properties": a brace-counting scan that
/// counts, for each `struct`, `class`, `actor` and `enum`, the `var` and `let` declared in its own
/// body (not in a function, a nested type or a computed property), leaving out `static` ones and
/// computed ones (a `{` before any `=`, unless it opens `willSet`/`didSet`).
@Suite("Types of the simulator stay small")
struct StoredPropertyTests {
    static let limit = 15

    struct TypeShape: Equatable {
        var name: String
        var line: Int
        var storedProperties: Int
    }

    /// Every type of `source` with where it is declared and how many stored properties it has.
    static func types(in source: String) -> [TypeShape] {
        let code = SimulatorSources.code(source).components(separatedBy: "\n")
        let typeDeclaration = try! NSRegularExpression(
            pattern: #"(?<![.\w])(struct|class|actor|enum)\s+([A-Za-z_][A-Za-z0-9_]*)"#)
        let property = try! NSRegularExpression(
            pattern: #"^\s*(@\w+(\([^)]*\))?\s+)*((public|private|fileprivate|internal|package|open|nonisolated)"#
                + #"(\(set\))?\s+|lazy\s+|weak\s+|unowned\s+|final\s+)*(static\s+|class\s+)?(var|let)\s"#)
        struct Scope {
            var index: Int
            var depth: Int
        }
        var shapes: [TypeShape] = []
        var open: [Scope] = []
        var pending: Int?
        var depth = 0
        for (index, line) in code.enumerated() {
            let range = NSRange(line.startIndex..., in: line)
            if let scope = open.last, scope.depth == depth,
                let match = property.firstMatch(in: line, range: range), match.range(at: 6).location == NSNotFound
            {
                let rest = line[line.index(line.startIndex, offsetBy: match.range.length)...]
                let brace = rest.firstIndex(of: "{")
                let equals = rest.firstIndex(of: "=")
                var stored = true
                if let brace, equals.map({ brace < $0 }) ?? true {
                    let after =
                        rest[rest.index(after: brace)...] + " " + (index + 1 < code.count ? code[index + 1] : "")
                    let word = after.trimmingCharacters(in: .whitespaces)
                    stored = word.hasPrefix("willSet") || word.hasPrefix("didSet")
                }
                if stored { shapes[scope.index].storedProperties += 1 }
            }
            var declared: [(offset: Int, name: String)] = []
            for match in typeDeclaration.matches(in: line, range: range) {
                let name = (line as NSString).substring(with: match.range(at: 2))
                if ["func", "var", "let"].contains(name) { continue }  // `class func`, `class var`
                declared.append((match.range.location, name))
            }
            for (offset, character) in line.utf16.enumerated() {
                if let next = declared.first, next.offset == offset {
                    shapes.append(TypeShape(name: next.name, line: index + 1, storedProperties: 0))
                    pending = shapes.count - 1
                    declared.removeFirst()
                }
                if character == UInt16(UInt8(ascii: "{")) {
                    depth += 1
                    if let type = pending {
                        open.append(Scope(index: type, depth: depth))
                        pending = nil
                    }
                } else if character == UInt16(UInt8(ascii: "}")) {
                    if let last = open.last, last.depth == depth { open.removeLast() }
                    depth -= 1
                }
            }
        }
        return shapes
    }

    @Test func theScanCountsStoredProperties() {
        let source = """
            public struct A: Sendable {
                public var a = 1
                let b: String  // var c
                private(set) var c: [Int] = [1, 2] { didSet { print(c) } }
                var d: Int {
                    didSet {}
                }
                static let e = 1
                var computed: Int { a + 1 }
                var alsoComputed: Int {
                    get { a }
                    set { a = newValue }
                }
                let text = "var f = 2"
                func f() {
                    var local = 1
                    local += 1
                }
                enum Inner {
                    case x
                    var g: Int { 1 }
                }
                final class C {
                    weak var h: C?
                    lazy var i = { 1 }()
                }
                @Sendable var j: Int = 0
            }
            """
        #expect(
            Self.types(in: source) == [
                TypeShape(name: "A", line: 1, storedProperties: 6),
                TypeShape(name: "Inner", line: 19, storedProperties: 0),
                TypeShape(name: "C", line: 23, storedProperties: 2),
            ])
    }

    @Test func noTypeOfTheSimulatorHasMoreStoredPropertiesThanTheLimit() throws {
        var large: [String] = []
        for path in try SimulatorSources.files() {
            for type in Self.types(in: try SimulatorSources.text(path)) where type.storedProperties > Self.limit {
                large.append("\(path):\(type.line): \(type.name) has \(type.storedProperties) stored properties")
            }
        }
        #expect(
            large.isEmpty,
            Comment(rawValue: "types over \(Self.limit) stored properties:\n" + large.joined(separator: "\n")))
    }
}
