import HexaglotCore

/// A live source segment with the plain texts of the segments around it: what a memory lookup
/// in context needs, read without the rest of the document.
public struct SegmentInContext: Sendable {
    public var metadata: DocumentMetadata
    /// The document's format name (`markdown`, `docx`, `html`).
    public var format: String
    public var content: Content
    public var previous: String?
    public var next: String?
}

extension Workspace {
    /// Segment `number` of `reference` (0 is the title) with its neighbours and the document's
    /// header, in one read; nil when the document has no such live segment.
    public func segmentInContext(_ reference: String, number: Int) throws -> SegmentInContext? {
        try sqlRead { db in
            let id = try documentID(db, reference)
            let (metadata, format) = try documentHeader(db, id: id, reference)
            // Live positions run on without a gap from the title's (-1): the neighbours are the positions on either side.
            let position = number - 1
            let rows = try db.rows("""
                SELECT position, content, plain_text FROM segment
                WHERE document_id = ? AND archived_in_revision IS NULL AND position BETWEEN ? AND ?
                """, id, position - 1, position + 1)
            guard let own = rows.first(where: { $0.int("position") == position }) else { return nil }
            return SegmentInContext(metadata: metadata, format: format, content: try own.json("content"),
                                    previous: rows.first { $0.int("position") == position - 1 }?.string("plain_text"),
                                    next: rows.first { $0.int("position") == position + 1 }?.string("plain_text"))
        }
    }
}
