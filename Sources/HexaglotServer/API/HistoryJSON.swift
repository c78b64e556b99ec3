import Foundation
import HexaglotCore

/// One recorded change of a segment's translation, newest first in `GET …/history`.
struct HistoryEntryJSON: Codable, Sendable {
    var at: Date
    var author: String?
    var from: String?
    var to: String
    var textBefore: String?
    var textAfter: String?
    var comment: String?

    init(_ c: StatusChange) {
        at = c.at
        author = c.author
        from = c.from?.rawValue
        to = c.to.rawValue
        textBefore = c.textBefore
        textAfter = c.textAfter
        comment = c.comment
    }
}

struct HistoryJSON: Codable, Sendable {
    var history: [HistoryEntryJSON]
}
