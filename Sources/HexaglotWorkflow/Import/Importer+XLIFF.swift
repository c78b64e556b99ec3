import Foundation
import HexaglotCore
import HexaglotFormats
import HexaglotStore

extension Importer {
    /// Brings back an XLIFF file (2.x as ``XLIFFExport`` writes it, or 1.2 from an older tool)
    /// after work in another tool: its targets and states, checked against the document first.
    ///
    /// Refused as a whole, nothing stored: a file made from a document the workspace does not
    /// hold, in another source language, or from another revision; a unit whose source is not
    /// the segment's.
    public func importXLIFF(_ path: String) throws -> Result {
        let file = try XLIFFReader(path: path).read()
        let document: Document
        do {
            document = try workspace.document(file.reference)
        } catch let e as StoreError where e.code == .notFound {
            throw WorkflowError(.notFound, "\(path): made from document \(file.reference), which is not in this workspace; nothing was imported")
        }
        let reference = document.metadata.reference
        guard file.sourceLanguage.language == document.metadata.sourceLanguage.language else {
            throw WorkflowError(.mismatch, "\(path): its source is \(file.sourceLanguage.tag), but \(reference) is written in \(document.metadata.sourceLanguage.tag); nothing was imported")
        }
        let revision = try workspace.revision(of: reference)
        let views = try workspace.segments(of: reference, language: file.targetLanguage.language)
        let byNumber = Dictionary(views.map { ($0.segment.number, $0) }, uniquingKeysWith: { a, _ in a })
        for unit in file.units {
            guard let view = byNumber[unit.number] else {
                throw WorkflowError(.mismatch, "\(path): unit \(unit.number) is not a segment of \(reference) (it has \(views.count)); the file was made from another revision or document; nothing was imported")
            }
            guard view.segment.content.plainText == unit.source.plainText else {
                throw WorkflowError(.mismatch, "\(path): the source of unit \(unit.number) is not segment \(unit.number) of \(reference) as it stands in revision \(revision); the file was made from another revision or document: export it again; nothing was imported")
            }
        }
        let updates = file.units.compactMap { unit -> SegmentUpdate? in
            let target = unit.target.flatMap { $0.plainText.allSatisfy(\.isWhitespace) && $0.codes.isEmpty ? nil : $0 }
            if target == nil && unit.status == .new { return nil }
            return SegmentUpdate(segment: unit.number, content: target, status: unit.status,
                                 comment: unit.status.needsComment ? unit.notes.last : nil)
        }
        let outcome = try workspace.importWork(of: reference, language: file.targetLanguage, revision: file.revision ?? revision,
                                               updates: updates, author: author, origin: (path as NSString).lastPathComponent)
        return Result(file: path, reference: reference, language: file.targetLanguage.tag, role: "xliff",
                      outcome: "\(outcome.textChanged) texts and \(outcome.statusChanged) statuses updated, \(outcome.unchanged) unchanged",
                      segments: file.units.count)
    }
}
