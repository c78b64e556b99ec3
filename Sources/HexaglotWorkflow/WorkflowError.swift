/// The one error type of HexaglotWorkflow: a code to match in `catch`, and a message for people.
///
/// `catch let e as WorkflowError where e.code == .mismatch`. The message names the file (and
/// the line, where one is known) and says what was, or was not, stored. Errors of the layers
/// below (``StoreError``, ``FormatError``, ``CoreError``…) pass through unchanged: each is
/// matchable in its own module.
public struct WorkflowError: Error, Equatable, CustomStringConvertible, Sendable {
    /// What went wrong, for matching.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let name: String
        /// A file or folder that does not exist or cannot be read, or a document or glossary
        /// that the request names and the workspace does not hold.
        public static let notFound = Code(name: "not-found")
        /// A file Hexaglot cannot take as asked: an unknown type, no language, no reference,
        /// nothing to translate, a status it cannot have.
        public static let badInput = Code(name: "bad-input")
        /// A file that does not fit the workspace: made from another document or revision, or
        /// in a source language other than the document's.
        public static let mismatch = Code(name: "mismatch")
        /// A request that contradicts the document: its own source language as the target,
        /// a complete export of a document not fully approved.
        public static let refused = Code(name: "refused")
        /// A file that could not be written.
        public static let cannotWrite = Code(name: "cannot-write")
        public var description: String { name }
    }

    public let code: Code
    public let message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
