import HexaglotQA

/// The body of `PUT …/segments/{number}`: the new text in the document's markup.
struct SaveRequest: Codable, Sendable {
    var text: String
    /// draft or translated (default); reviewed or approved are a reviewer's edit.
    var status: String?
    /// The `version` the text was read at; a save over a newer version is refused with 409.
    var expectedVersion: Int
    var comment: String?
}

/// The body of `POST …/segments/{number}/review`.
struct ReviewRequest: Codable, Sendable {
    /// approve, review (mark reviewed), reject (with `comment`) or edit (with `text`, stored as reviewed).
    var action: String
    var expectedVersion: Int
    var comment: String?
    var text: String?
}

/// What a save or a review answers: the segment as stored, and the QA findings on it.
struct SavedJSON: Codable, Sendable {
    var segment: SegmentJSON
    var findings: [QAFinding]
}
