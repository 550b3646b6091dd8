/// "Did you mean" for other modules: the same edit-distance rule the validator uses for verbs.
public enum Spelling {
    /// The candidate closest to `word` (a case-only difference first), if one is close enough.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        Suggestions.closest(to: word, in: candidates)
    }
}
