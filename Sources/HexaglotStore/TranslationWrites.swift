import Foundation
import HexaglotCore
import HexaglotText

extension Workspace {
    /// Stores the translations read from one translated file, in one transaction.
    ///
    /// `contents` is keyed by source segment index (the title's is ``Segment/titleIndex``). In a file not marked `complete`, a segment
    /// whose text is its source's, byte for byte, is taken as not yet translated (that is what
    /// `export` writes in its place). A segment whose stored translation has the same text keeps
    /// its stored status, so importing a file twice changes nothing, and a later review is not
    /// undone by re-importing the file it started from.
    @discardableResult
    public func importTranslation(of reference: String, language: LanguageTag, contents: [Int: Content],
                                  status: TranslationStatus, complete: Bool, frontMatter: String?,
                                  path: String?, fileText: String, author: String?) throws -> TranslationImportOutcome {
        guard status.hasText else {
            throw StoreError(.invalid, "\(path ?? reference): a translated file cannot have status 'new'")
        }
        let now = Date()
        return try memoryWrite { db in
            let document = try documentRecord(db, reference)
            guard document.sourceLanguage != language.language.rawValue else {
                throw StoreError(.invalid, "\(path ?? reference): \(document.reference) is written in \(language.language.rawValue); a translation must be in another language")
            }
            var outcome = TranslationImportOutcome()
            for segment in try liveSegments(db, document.id!) {
                guard let content = contents[segment.position] else { continue }
                if !complete && content.markup == segment.content.markup {
                    outcome.untranslated += 1
                    continue
                }
                let existing = try translationRecord(db, segment.id!, language.language)
                if let existing, existing.content == content {
                    outcome.unchanged += 1
                    continue
                }
                try save(db, segment: segment, existing: existing, language: language, content: content,
                         status: status, author: author, comment: path.map { "imported from \($0)" }, origin: .import, now: now)
                if existing == nil || existing!.translationStatus == .new { outcome.added += 1 } else { outcome.updated += 1 }
            }
            let hash = ContentHash.of(fileText)
            let file = TargetFileRecord(documentId: document.id!, language: language.language.rawValue,
                                        tag: language.tag, frontMatter: frontMatter, path: path, hash: hash)
            try file.save(db)
            try WorkspaceChange.announce(db, reference: document.reference, language: language.language.rawValue)
            return outcome
        }
    }

    /// Sets the translation of one segment (number from 1; 0 is the title), recording the change.
    ///
    /// When `expectedVersion` is given and the stored translation has moved on since it was
    /// read, nothing is written and a ``StoreError/Code/conflict`` error says who changed it.
    /// `through` lists statuses to pass on the way to `status` (translated → reviewed → approved),
    /// each recorded in the history, all in the same transaction: every step is stored, or none.
    public func setTranslation(of reference: String, segment number: Int, language: LanguageTag,
                               content: Content, status: TranslationStatus, author: String?,
                               comment: String? = nil, expectedVersion: Int? = nil,
                               origin: ChangeOrigin = .edit, through: [TranslationStatus] = []) throws {
        guard status.hasText else {
            throw StoreError(.invalid, "a translation cannot be stored with status 'new'")
        }
        guard !content.isEmpty else {
            throw StoreError(.invalid, "the translation of segment \(number) is empty")
        }
        try memoryWrite { db in
            let document = try documentRecord(db, reference)
            guard document.sourceLanguage != language.language.rawValue else {
                throw StoreError(.invalid, "\(document.reference) is written in \(language.language.rawValue); translate it into another language")
            }
            let segment = try liveSegment(db, document, number)
            let existing = try translationRecord(db, segment.id!, language.language)
            if let expectedVersion, (existing?.version ?? 0) != expectedVersion {
                let who = existing.map { "changed by \($0.author ?? "someone else")" } ?? "removed"
                throw StoreError(.conflict, "segment \(number) of \(document.reference) in \(language.language.rawValue) was \(who) since you read it (version \(existing?.version ?? 0), not \(expectedVersion)); nothing was written")
            }
            if through.isEmpty, let existing, existing.content == content, existing.translationStatus == status { return }
            let now = Date()
            var current = existing
            for step in through + [status] {
                let from = current?.translationStatus ?? .new
                try Workspace.checkTransition(from: from, to: step, comment: comment,
                                              what: "segment \(number) of \(document.reference) in \(language.language.rawValue)")
                try save(db, segment: segment, existing: current, language: language, content: content,
                         status: step, author: author, comment: comment, origin: origin, now: now)
                current = try translationRecord(db, segment.id!, language.language)
            }
            try WorkspaceChange.announce(db, reference: document.reference, language: language.language.rawValue)
        }
    }

    /// Sets the status of segments of a document in one language; `numbers` nil means every segment.
    ///
    /// Every named segment must have a translation (only `new` needs none, and a translation is
    /// never turned back into `new`). Returns how many segments changed status.
    @discardableResult
    public func setStatus(of reference: String, segments numbers: [Int]?, language: Language,
                          status: TranslationStatus, author: String?, comment: String? = nil,
                          origin: ChangeOrigin = .edit) throws -> Int {
        guard status != .new else {
            throw StoreError(.invalid, "a segment cannot be set back to 'new': its translation stays, use another status")
        }
        if status.needsComment && (comment ?? "").allSatisfy(\.isWhitespace) {
            throw StoreError(.invalid, "a translation is \(status.rawValue) with a comment saying why (--comment)")
        }
        let now = Date()
        return try memoryWrite { db in
            let document = try documentRecord(db, reference)
            guard document.sourceLanguage != language.rawValue else {
                throw StoreError(.invalid, "\(document.reference) is written in \(language.rawValue): its source has no status")
            }
            let live = try liveSegments(db, document.id!)
            let targets: [SegmentRecord]
            if let numbers {
                targets = try numbers.map { try liveSegment(db, document, $0, among: live) }
            } else {
                targets = live
            }
            var changed = 0
            var missing: [Int] = []
            var forbidden: [Int] = []
            var forbiddenFrom = Set<TranslationStatus>()
            for segment in targets {
                guard var t = try translationRecord(db, segment.id!, language) else {
                    missing.append(segment.position + 1)
                    continue
                }
                if t.translationStatus == status { continue }
                guard t.translationStatus.allows(status) else {
                    forbidden.append(segment.position + 1)
                    forbiddenFrom.insert(t.translationStatus)
                    continue
                }
                try StatusChangeRecord.record(db, segmentId: segment.id!, language: language,
                                              from: t.translationStatus, to: status,
                                              before: t.plainText, after: t.plainText,
                                              author: author, comment: comment, origin: origin, at: now)
                t.status = status.rawValue
                t.author = author
                t.updatedAt = now
                t.version += 1
                try db.update(t, id: t.id!)
                try syncMemoryUnit(db, segment: segment, document: document)
                changed += 1
            }
            if !forbidden.isEmpty {
                let froms = forbiddenFrom.sorted().map(\.rawValue).joined(separator: ", ")
                throw StoreError(.invalid, "\(document.reference): segment\(forbidden.count > 1 ? "s" : "") \(SegmentRanges.describe(forbidden)) in \(language.rawValue) cannot go from \(froms) to \(status.rawValue) (\(Workspace.allowedDescription(forbiddenFrom))); nothing was changed")
            }
            if !missing.isEmpty, numbers != nil {
                throw StoreError(.invalid, "\(document.reference): no \(language.rawValue) translation for segment\(missing.count > 1 ? "s" : "") \(SegmentRanges.describe(missing)); translate before setting a status (nothing was changed)")
            }
            if changed > 0 { try WorkspaceChange.announce(db, reference: document.reference, language: language.rawValue) }
            return changed
        }
    }

    /// A segment's translation in `language`, locked until the write ends (see ``SQLDatabase/lockingRows``):
    /// the version a writer checks is the one it replaces.
    func translationRecord(_ db: any SQLDatabase, _ segmentId: Int64, _ language: Language) throws -> TranslationRecord? {
        try db.row("SELECT * FROM translation WHERE segment_id = ? AND language = ?" + db.lockingRows,
                   segmentId, language.rawValue).map(TranslationRecord.init)
    }

    func liveSegment(_ db: any SQLDatabase, _ document: DocumentRecord, _ number: Int,
                     among live: [SegmentRecord]? = nil) throws -> SegmentRecord {
        let segments = try live ?? liveSegments(db, document.id!)
        if let segment = segments.first(where: { $0.position == number - 1 }) { return segment }
        let body = segments.filter { $0.position >= 0 }.count
        let title = segments.count > body ? "0 (the title) and " : ""
        throw StoreError(.notFound, "\(document.reference) has segments \(title)1 to \(body); there is no segment \(number)")
    }

    private func save(_ db: any SQLDatabase, segment: SegmentRecord, existing: TranslationRecord?, language: LanguageTag,
                      content: Content, status: TranslationStatus, author: String?, comment: String?,
                      origin: ChangeOrigin, now: Date) throws {
        let plain = content.plainText
        try StatusChangeRecord.record(db, segmentId: segment.id!, language: language.language,
                                      from: existing?.translationStatus, to: status,
                                      before: existing?.plainText, after: plain,
                                      author: author, comment: comment, origin: origin, at: now)
        var record = existing ?? TranslationRecord(
            id: nil, segmentId: segment.id!, language: language.language.rawValue, tag: language.tag,
            content: content, plainText: plain, matchingKey: "", status: status.rawValue,
            author: author, updatedAt: now, version: 0)
        record.tag = language.tag
        record.content = content
        record.plainText = plain
        record.matchingKey = MatchingKey.make(content)
        record.status = status.rawValue
        record.author = author
        record.updatedAt = now
        record.version += 1
        record.matchScore = nil
        record.matchOrigin = nil
        try record.save(db)
        try syncMemoryUnit(db, segment: segment)
    }
}

extension Workspace {
    /// Throws when a translation may not move from `from` to `to` (see ``TranslationStatus/allowedNext``).
    static func checkTransition(from: TranslationStatus, to: TranslationStatus, comment: String?, what: String) throws {
        guard from.allows(to) else {
            throw StoreError(.invalid, "\(what) cannot go from \(from.rawValue) to \(to.rawValue) (\(allowedDescription([from]))); nothing was changed")
        }
        if to.needsComment && (comment ?? "").allSatisfy(\.isWhitespace) {
            throw StoreError(.invalid, "\(what): a translation is \(to.rawValue) with a comment saying why (--comment)")
        }
    }

    static func allowedDescription(_ froms: Set<TranslationStatus>) -> String {
        froms.sorted().map { f in
            "from \(f.rawValue): " + f.allowedNext.filter { $0 != f }.map(\.rawValue).joined(separator: ", ")
        }.joined(separator: "; ")
    }
}

extension StatusChangeRecord {
    static func record(_ db: any SQLDatabase, segmentId: Int64, language: Language, from: TranslationStatus?,
                       to: TranslationStatus, before: String?, after: String?, author: String?,
                       comment: String?, origin: ChangeOrigin, at: Date) throws {
        let r = StatusChangeRecord(id: nil, segmentId: segmentId, language: language.rawValue,
                                   fromStatus: from?.rawValue, toStatus: to.rawValue,
                                   textBefore: before, textAfter: after, author: author,
                                   comment: comment, at: at, origin: origin.rawValue)
        _ = try db.insert(r)
    }
}


/// A draft translation proposed by the memory, for ``Workspace/storeDrafts(of:language:drafts:author:)``.
public struct MemoryDraft: Sendable {
    /// The segment number, from 1.
    public var segment: Int
    public var content: Content
    public var score: Int
    public var origin: String?

    public init(segment: Int, content: Content, score: Int, origin: String?) {
        self.segment = segment
        self.content = content
        self.score = score
        self.origin = origin
    }
}

extension Workspace {
    /// Stores memory drafts for segments that have no translation yet, in one transaction, each
    /// as status `draft` with its score and origin; returns how many were stored.
    ///
    /// A segment that was translated meanwhile (by anyone) is left alone.
    @discardableResult
    public func storeDrafts(of reference: String, language: LanguageTag, drafts: [MemoryDraft], author: String?) throws -> Int {
        let now = Date()
        return try memoryWrite { db in
            let document = try documentRecord(db, reference)
            guard document.sourceLanguage != language.language.rawValue else {
                throw StoreError(.invalid, "\(document.reference) is written in \(language.language.rawValue); pretranslate it into another language")
            }
            let live = try liveSegments(db, document.id!)
            var stored = 0
            for draft in drafts {
                let segment = try liveSegment(db, document, draft.segment, among: live)
                let existing = try translationRecord(db, segment.id!, language.language)
                if let existing, existing.translationStatus != .new { continue }
                let plain = draft.content.plainText
                try StatusChangeRecord.record(db, segmentId: segment.id!, language: language.language,
                                              from: existing?.translationStatus, to: .draft, before: existing?.plainText,
                                              after: plain, author: author,
                                              comment: "pretranslated from the memory: \(draft.score)%" + (draft.origin.map { " (\($0))" } ?? ""),
                                              origin: .pretranslate, at: now)
                var record = existing ?? TranslationRecord(
                    id: nil, segmentId: segment.id!, language: language.language.rawValue, tag: language.tag,
                    content: draft.content, plainText: plain, matchingKey: "", status: TranslationStatus.draft.rawValue,
                    author: author, updatedAt: now, version: 0)
                record.tag = language.tag
                record.content = draft.content
                record.plainText = plain
                record.matchingKey = MatchingKey.make(draft.content)
                record.status = TranslationStatus.draft.rawValue
                record.author = author
                record.updatedAt = now
                record.version += 1
                record.matchScore = draft.score
                record.matchOrigin = draft.origin
                try record.save(db)
                stored += 1
            }
            if stored > 0 { try WorkspaceChange.announce(db, reference: document.reference, language: language.language.rawValue) }
            return stored
        }
    }
}

/// One segment's text and status as a file worked on in another tool brings them back.
public struct SegmentUpdate: Sendable {
    /// The segment number, from 1.
    public var segment: Int
    /// The new text, or nil to leave the text alone.
    public var content: Content?
    public var status: TranslationStatus
    /// A comment recorded with the change (a note the translator wrote).
    public var comment: String?

    public init(segment: Int, content: Content?, status: TranslationStatus, comment: String? = nil) {
        self.segment = segment
        self.content = content
        self.status = status
        self.comment = comment
    }
}

/// What bringing back a worked-on file did.
public struct WorkImportOutcome: Hashable, Codable, Sendable {
    /// Segments whose text changed.
    public var textChanged = 0
    /// Segments whose status changed, with their text or alone.
    public var statusChanged = 0
    public var unchanged = 0
}

extension Workspace {
    /// Applies the texts and statuses of a file made from `revision` of a document and worked on
    /// elsewhere (an XLIFF round trip), in one transaction, recording each change.
    ///
    /// Refused as a whole, with nothing changed: a file made from another revision
    /// (``StoreError/Code/conflict``), a segment number the document does not have, a status
    /// move the workflow does not allow (listing every such segment).
    public func importWork(of reference: String, language: LanguageTag, revision: Int, updates: [SegmentUpdate],
                           author: String?, origin: String) throws -> WorkImportOutcome {
        let now = Date()
        return try memoryWrite { db in
            let document = try documentRecord(db, reference)
            guard document.revision == revision else {
                throw StoreError(.conflict, "\(origin) was made from revision \(revision) of \(document.reference), which is now at revision \(document.revision): export it again and redo the work there; nothing was imported")
            }
            guard document.sourceLanguage != language.language.rawValue else {
                throw StoreError(.invalid, "\(origin): \(document.reference) is written in \(language.language.rawValue); a worked-on file must be in another language")
            }
            let live = try liveSegments(db, document.id!)
            var outcome = WorkImportOutcome()
            var refused: [String] = []
            var planned: [(SegmentRecord, TranslationRecord?, SegmentUpdate)] = []
            for update in updates {
                let segment = try liveSegment(db, document, update.segment, among: live)
                let existing = try translationRecord(db, segment.id!, language.language)
                let from = existing?.translationStatus ?? .new
                let textChanges = update.content != nil && update.content != existing?.content
                if !textChanges && from == update.status {
                    outcome.unchanged += 1
                    continue
                }
                if update.status == .new {
                    refused.append("\(update.segment): a translation cannot go back to new")
                } else if from != update.status && !from.allows(update.status) {
                    refused.append("\(update.segment): \(from.rawValue) → \(update.status.rawValue)")
                } else if textChanges && !from.allows(update.status) {
                    refused.append("\(update.segment): new text with status \(update.status.rawValue) from \(from.rawValue)")
                } else if update.status.needsComment && (update.comment ?? "").allSatisfy(\.isWhitespace) {
                    refused.append("\(update.segment): rejected without a note saying why")
                } else {
                    planned.append((segment, existing, update))
                }
            }
            if !refused.isEmpty {
                throw StoreError(.invalid, "\(origin): moves the workflow does not allow (\(refused.joined(separator: "; "))); nothing was imported")
            }
            for (segment, existing, update) in planned {
                if let content = update.content, content != existing?.content {
                    try save(db, segment: segment, existing: existing, language: language, content: content,
                             status: update.status, author: author, comment: update.comment ?? "imported from \(origin)",
                             origin: update.comment == nil ? .import : .xliff, now: now)
                    outcome.textChanged += 1
                    if (existing?.translationStatus ?? .new) != update.status { outcome.statusChanged += 1 }
                } else if var t = existing {
                    try StatusChangeRecord.record(db, segmentId: segment.id!, language: language.language,
                                                  from: t.translationStatus, to: update.status, before: t.plainText,
                                                  after: t.plainText, author: author,
                                                  comment: update.comment ?? "imported from \(origin)",
                                                  origin: update.comment == nil ? .import : .xliff, at: now)
                    t.status = update.status.rawValue
                    t.author = author
                    t.updatedAt = now
                    t.version += 1
                    try db.update(t, id: t.id!)
                    try syncMemoryUnit(db, segment: segment, document: document)
                    outcome.statusChanged += 1
                }
            }
            try WorkspaceChange.announce(db, reference: document.reference, language: language.language.rawValue)
            return outcome
        }
    }
}
