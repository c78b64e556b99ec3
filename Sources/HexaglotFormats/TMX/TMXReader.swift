import Foundation
import HexaglotCore

/// Reads a TMX file (1.4b, and the 1.1–1.4 files that use the same elements) unit by unit.
///
/// The file is streamed: each `<tu>` is handed to the `unit` callback as soon as it is read,
/// so a multi-gigabyte memory never sits in memory. UTF-8 (with or without byte-order mark)
/// and UTF-16 are read (and other encodings libxml2 knows, when declared); see ``XMLReader``
/// for what XML is refused (notably any entity declaration: nothing is ever expanded or fetched).
///
/// Mapping, `tu` and `tuv` alike: `tuid` → ``TranslationUnit/id``, `creationid` → `author`,
/// `creationdate` → `created`, `changeid` → `changedBy`, `changedate` → `changed` (dates
/// `YYYYMMDDThhmmssZ`), any other attribute → `attributes`; `<prop>` → `properties` and
/// `<note>` → `notes`, in order. `xml:lang` (or TMX 1.1 `lang`) goes through
/// ``LanguageTag/init(parsing:)``: a tag of the six gives a ``TranslationUnit/Variant``, any
/// other tag a ``TranslationUnit/ForeignVariant`` keeping the tag as written (its dates and
/// authors stay in its `attributes`). Hexaglot conventions, written back the same way:
/// a tuv's `<prop type="x-context-pre">` and `<prop type="x-context-post">` are the variant's
/// ``TranslationUnit/Variant/previous`` and ``TranslationUnit/Variant/next`` text, and a tu's
/// `<prop type="x-origin">` is the unit's ``TranslationUnit/origin``. `<seg>` content is
/// read as described in ``TMXInlineCodes``; its text is kept as is (no trimming); an empty
/// `<seg/>` gives empty content and a `<tu>` without `<tuv>` a unit without variants: both
/// are kept for the importer to judge. `<ude>` in the header is skipped.
///
/// Every error is one ``FormatError`` naming the file and line (and column): `.syntax` for
/// malformed XML or TMX (a tuv without language or seg, an `ept` without its `bpt`, a bad
/// date, a root that is not `<tmx>`, no `<body>`), `.encoding` for bytes that are not
/// UTF-8/UTF-16 text, `.missingFile` when the file cannot be read. Errors thrown by the
/// callbacks pass through unchanged (throw one to stop early).
public struct TMXReader: Sendable {
    private enum Input: Sendable {
        case file(String)
        case bytes([UInt8], name: String?)
    }

    private let input: Input
    private let chunkSize: Int
    /// When true, an empty `<seg>` (no text but white space, no code) is a `.syntax` error
    /// naming its line; when false (the default) it gives a variant with empty content.
    public var refusesEmptySegments = false
    private let maxRead: Int

    /// A reader of the file at `path`; throws ``FormatError/Code/missingFile`` if there is none.
    public init(path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw FormatError(.missingFile, "\(path): no such file")
        }
        if isDirectory.boolValue {
            throw FormatError(.missingFile, "\(path): is a directory, not a file")
        }
        self.input = .file(path)
        self.chunkSize = 1 << 20
        self.maxRead = .max
    }

    /// A reader of TMX in memory; `name` stands for the file in errors.
    public init(data: Data, name: String? = nil) {
        self.init(bytes: [UInt8](data), name: name)
    }

    /// `chunkSize` is the scanner's buffer size and `maxRead` bounds each read from the
    /// bytes, to exercise chunk boundaries in tests.
    init(bytes: [UInt8], name: String?, chunkSize: Int = 1 << 20, maxRead: Int = .max) {
        self.input = .bytes(bytes, name: name)
        self.chunkSize = chunkSize
        self.maxRead = maxRead
    }

    /// Reads the file, calling `unit` once per `<tu>` in file order; returns the header.
    ///
    /// - Parameters:
    ///   - progress: called after each chunk read with the bytes read and the file's size.
    ///   - header: called once with the header, before the first unit.
    public func read(progress: ((_ bytesRead: Int64, _ totalBytes: Int64) -> Void)? = nil,
                     header: ((TMXHeader) throws -> Void)? = nil,
                     unit: (TranslationUnit) throws -> Void) throws -> TMXHeader {
        let raw: XMLByteSource
        let name: String?
        switch input {
        case .file(let path):
            raw = try FileByteSource(path: path)
            name = path
        case .bytes(let bytes, let n):
            raw = MemoryByteSource(bytes, maxRead: maxRead)
            name = n
        }
        let scanner = XMLCursor(source: raw, file: name, what: "TMX", chunkSize: chunkSize, progress: progress)
        return try TMXParser(scanner: scanner, refusesEmptySegments: refusesEmptySegments).parse(header: header, unit: unit)
    }

    /// Every unit and the header, for small files and tests.
    public func readAll() throws -> (header: TMXHeader, units: [TranslationUnit]) {
        var units: [TranslationUnit] = []
        let header = try read { units.append($0) }
        return (header, units)
    }
}
