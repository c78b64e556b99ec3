/// Where a recorded change of a translation came from, stored with each history row.
///
/// It tells a comment a person wrote from one Hexaglot wrote itself ("imported from …",
/// "pretranslated from the memory: …"), without reading the comment's words: a translator's
/// note that happens to start with those words is still theirs.
public enum ChangeOrigin: String, Hashable, Codable, Sendable, CaseIterable {
    /// A person's change through `translate` or `status` (or the web workspace); the comment is theirs.
    case edit
    /// An answer given in `review` (accepted, rejected with a reason, edited).
    case review
    /// Stored from an imported file (Markdown, plain text, or XLIFF without a note); the comment names the file.
    case `import`
    /// Brought back from an XLIFF file with the note its translator wrote there, kept as the comment.
    case xliff
    /// A draft filled in by `pretranslate`; the comment gives the match's score and origin.
    case pretranslate
    /// Marked outdated because a new revision of the source changed the segment.
    case revision

    /// Whether the comment of such a change was written by Hexaglot rather than by a person
    /// (an export that carries people's notes leaves these out).
    public var commentIsGenerated: Bool {
        self == .import || self == .pretranslate
    }
}
