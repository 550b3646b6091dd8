import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One file to process: the path to open and show, and its path relative to the folder argument it
/// was found under (for a file given as an argument: its base name).
struct FoundFile: Sendable, Equatable {
    var path: String
    var relative: String
}

/// Expands folder arguments of `validate` and `test` in place: each folder is walked recursively and
/// its matching files are taken in byte-wise sorted path order. While walking, hidden entries (a
/// name starting with `.`) and `.build*` folders are skipped, symbolic links to folders are not
/// followed, and only regular files (or links to them) are taken. Files and `-` given as arguments
/// are passed through unchanged; their errors are the reader's to report.
struct PathExpansion {
    /// Whether a base name is a file to take from a folder.
    var accepts: (String) -> Bool
    /// Globs matched against the path relative to the folder argument.
    var excludes: [Glob] = []
    /// Entries looked at while walking (for tests of the work done).
    private(set) var entriesVisited = 0

    init(accepts: @escaping (String) -> Bool, excludes: [Glob] = []) {
        self.accepts = accepts
        self.excludes = excludes
    }

    /// A folder argument under which no file was found.
    struct EmptyFolder: Error {
        var path: String
    }

    /// The files for `arguments`, in argument order, folders expanded in place.
    mutating func expand(_ arguments: [String]) throws(EmptyFolder) -> [FoundFile] {
        var files: [FoundFile] = []
        files.reserveCapacity(arguments.count)
        for argument in arguments {
            var status = stat()
            if argument != "-", stat(argument, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
                let base = argument.count > 1 && argument.hasSuffix("/") ? String(argument.dropLast()) : argument
                var relatives: [String] = []
                walk(base, relative: "", into: &relatives)
                relatives.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
                if relatives.isEmpty { throw EmptyFolder(path: argument) }
                let prefix = base.hasSuffix("/") ? base : base + "/"
                for relative in relatives { files.append(FoundFile(path: prefix + relative, relative: relative)) }
            } else {
                let name = argument.split(separator: "/").last.map(String.init) ?? argument
                files.append(FoundFile(path: argument, relative: name))
            }
        }
        return files
    }

    private mutating func walk(_ directory: String, relative: String, into found: inout [String]) {
        guard let handle = opendir(directory) else { return }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name.hasPrefix(".") { continue }  // ".", "..", and hidden entries
            names.append(name)
        }
        for name in names {
            entriesVisited += 1
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            var status = stat()
            guard lstat(path, &status) == 0 else { continue }
            var type = status.st_mode & S_IFMT
            if type == S_IFLNK {
                // A link is followed only to a regular file, never to a folder.
                guard stat(path, &status) == 0 else { continue }
                type = status.st_mode & S_IFMT
                if type != S_IFREG { continue }
            }
            if type == S_IFDIR {
                if name.hasPrefix(".build") { continue }
                walk(path, relative: relativePath, into: &found)
            } else if type == S_IFREG, accepts(name), !excludes.contains(where: { $0.matches(relativePath) }) {
                found.append(relativePath)
            }
        }
    }
}

/// A `--exclude` pattern: `*` and `?` match within one path component, a `**` component matches
/// any number of components (none included). A pattern without `/` matches the base name at any
/// depth.
struct Glob: Sendable, Equatable {
    var pattern: String
    private var components: [[UInt8]]
    private var baseNameOnly: Bool

    init(_ pattern: String) {
        self.pattern = pattern
        let trimmed = pattern.hasPrefix("./") ? String(pattern.dropFirst(2)) : pattern
        baseNameOnly = !trimmed.contains("/")
        components = trimmed.split(separator: "/", omittingEmptySubsequences: true).map { Array($0.utf8) }
    }

    func matches(_ relativePath: String) -> Bool {
        let parts = relativePath.split(separator: "/").map { Array($0.utf8) }
        guard let last = parts.last else { return false }
        if baseNameOnly {
            guard let only = components.first else { return false }
            if only == Array("**".utf8) { return true }
            return Glob.matchComponent(only[...], last[...])
        }
        return Glob.matchPath(components[...], parts[...])
    }

    private static func matchPath(_ pattern: ArraySlice<[UInt8]>, _ path: ArraySlice<[UInt8]>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == Array("**".utf8) {
            let rest = pattern.dropFirst()
            var remaining = path
            while true {
                if matchPath(rest, remaining) { return true }
                guard !remaining.isEmpty else { return false }
                remaining = remaining.dropFirst()
            }
        }
        guard let component = path.first, matchComponent(first[...], component[...]) else { return false }
        return matchPath(pattern.dropFirst(), path.dropFirst())
    }

    /// `*` and `?` within one component, by bytes (iterative, with one backtrack point).
    static func matchComponent(_ pattern: ArraySlice<UInt8>, _ text: ArraySlice<UInt8>) -> Bool {
        let star = UInt8(ascii: "*")
        let question = UInt8(ascii: "?")
        var p = pattern.startIndex
        var t = text.startIndex
        var starAt: Int?
        var starText = t
        while t < text.endIndex {
            if p < pattern.endIndex, pattern[p] == question || pattern[p] == text[t], pattern[p] != star {
                p += 1
                t += 1
            } else if p < pattern.endIndex, pattern[p] == star {
                starAt = p
                starText = t
                p += 1
            } else if let starAt {
                p = starAt + 1
                starText += 1
                t = starText
            } else {
                return false
            }
        }
        while p < pattern.endIndex, pattern[p] == star { p += 1 }
        return p == pattern.endIndex
    }
}

/// A usage error found while running (an empty folder, a bad shard): its message on stderr, exit 2.
struct UsageError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
