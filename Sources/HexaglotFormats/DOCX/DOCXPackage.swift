import Foundation
import HexaglotCore
import ZIPFoundation

/// The parts of a Word package (.docx), read from its ZIP bytes with the checks that keep a
/// hostile file harmless, and written back.
///
/// Reading refuses, each with one ``FormatError`` (``FormatError/Code/package``) naming the
/// file and the entry: bytes that are not a ZIP archive; an entry name that is absolute, holds
/// a `..` segment or a backslash, or repeats another (path traversal, ambiguous parts); an
/// entry that is a symbolic link; a part whose declared or actual inflated size passes
/// ``Limits/part`` (a zip bomb: the inflated bytes are counted while they are read, so a
/// lying header does not help), or a package whose parts together pass ``Limits/total``;
/// a package without `[Content_Types].xml` or without its main document part.
public struct DOCXPackage: Sendable {
    /// Bounds on what a package may inflate to.
    public struct Limits: Sendable {
        /// One part, inflated (64 MiB by default).
        public var part: Int
        /// All parts together, inflated (512 MiB by default).
        public var total: Int
        /// Entries in the archive.
        public var entries: Int

        public init(part: Int = 64 << 20, total: Int = 512 << 20, entries: Int = 10_000) {
            self.part = part
            self.total = total
            self.entries = entries
        }
    }

    /// One entry of the archive: its name and inflated bytes, in archive order.
    public struct Part: Sendable, Hashable {
        public var path: String
        public var bytes: [UInt8]
        /// The entry's modification date, kept when the package is written again.
        public var modified: Date
        public var isDirectory: Bool
    }

    public var parts: [Part]

    /// The main document part (`word/document.xml` in packages Word writes), found from the
    /// package relationships.
    public let mainPart: String

    /// The bytes of the part called `path`, if the package has one.
    public func bytes(of path: String) -> [UInt8]? {
        parts.first { $0.path == path }?.bytes
    }

    /// A package of these parts (to write one with ``zipped(replacing:)``).
    init(parts: [Part], mainPart: String = "word/document.xml") {
        self.parts = parts
        self.mainPart = mainPart
    }

    /// Reads the package in `bytes`; `file` names it in errors.
    public init(bytes: [UInt8], file: String?, limits: Limits = Limits()) throws {
        let name = file ?? "<input>"
        guard bytes.count >= 4, bytes[0] == 0x50, bytes[1] == 0x4B else {
            throw FormatError(.package, "\(name) is not a Word document (.docx): it is not a ZIP archive")
        }
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw FormatError(.package, "\(name) is not a Word document (.docx): its ZIP archive cannot be read (\(error))")
        }
        var parts: [Part] = []
        var seen = Set<String>()
        var total = 0
        for entry in archive {
            guard parts.count < limits.entries else {
                throw FormatError(.package, "\(name): more than \(limits.entries) entries in the archive; refused")
            }
            let path = entry.path
            try Self.checkName(path, file: name)
            guard seen.insert(path.lowercased()).inserted else {
                throw FormatError(.package, "\(name): the entry \(path) appears twice in the archive; refused")
            }
            if entry.type == .symlink {
                throw FormatError(.package, "\(name): the entry \(path) is a symbolic link; refused")
            }
            if entry.uncompressedSize > UInt64(limits.part) {
                throw FormatError(.package, "\(name): the part \(path) declares \(entry.uncompressedSize) bytes inflated, past the limit of \(limits.part) bytes a part (a zip bomb?); refused")
            }
            var data = [UInt8]()
            data.reserveCapacity(Int(entry.uncompressedSize))
            do {
                _ = try archive.extract(entry, consumer: { chunk in
                    if data.count + chunk.count > limits.part {
                        throw FormatError(.package, "\(name): the part \(path) inflates past the limit of \(limits.part) bytes a part (a zip bomb?); refused")
                    }
                    if total + data.count + chunk.count > limits.total {
                        throw FormatError(.package, "\(name): the parts inflate past the limit of \(limits.total) bytes a package (a zip bomb?); refused at \(path)")
                    }
                    data.append(contentsOf: chunk)
                })
            } catch let e as FormatError {
                throw e
            } catch {
                throw FormatError(.package, "\(name): the part \(path) cannot be inflated (\(error)); the archive is damaged")
            }
            total += data.count
            let modified = entry.fileAttributes[.modificationDate] as? Date ?? Date(timeIntervalSince1970: 315_532_800)
            parts.append(Part(path: path, bytes: data, modified: modified, isDirectory: entry.type == .directory))
        }
        self.parts = parts
        guard parts.contains(where: { $0.path == "[Content_Types].xml" }) else {
            throw FormatError(.package, "\(name) is not a Word document (.docx): the ZIP archive has no [Content_Types].xml")
        }
        self.mainPart = try Self.mainPart(parts, file: name)
    }

    /// The package as ZIP bytes: the parts in their order, each with `replaced[path]` when
    /// given, deflated; a path of `replaced` that is not a part is added at the end.
    public func zipped(replacing replaced: [String: [UInt8]] = [:]) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        let known = Set(parts.map(\.path))
        let added = replaced.keys.filter { !known.contains($0) }.sorted().map {
            Part(path: $0, bytes: [], modified: parts.first?.modified ?? Date(timeIntervalSince1970: 315_532_800), isDirectory: false)
        }
        for part in parts + added {
            if part.isDirectory {
                try archive.addEntry(with: part.path, type: .directory, uncompressedSize: Int64(0), modificationDate: part.modified,
                                     provider: { (_: Int64, _: Int) in Data() })
                continue
            }
            let data = Data(replaced[part.path] ?? part.bytes)
            try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count),
                                 modificationDate: part.modified, compressionMethod: .deflate,
                                 provider: { (position: Int64, size: Int) in data.subdata(in: Int(position)..<Int(position) + size) })
        }
        return [UInt8](archive.data ?? Data())
    }

    /// Refuses absolute names, `..` segments, backslashes and drive letters.
    static func checkName(_ path: String, file: String) throws {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        if path.isEmpty || path.hasPrefix("/") || path.contains("\\") || segments.contains("..")
            || (path.count >= 2 && path.dropFirst().first == ":") || path.unicodeScalars.contains(where: { $0.value < 0x20 }) {
            throw FormatError(.package, "\(file): the entry name \(Quote.user(path)) points outside the package (path traversal); refused")
        }
    }

    /// The target of the package relationship of type officeDocument, from `_rels/.rels`.
    static func mainPart(_ parts: [Part], file: String) throws -> String {
        guard let rels = parts.first(where: { $0.path == "_rels/.rels" }) else {
            throw FormatError(.package, "\(file) is not a Word document (.docx): the part _rels/.rels is missing")
        }
        let relationships = try DOCXRelationships(bytes: rels.bytes, file: file, part: "_rels/.rels")
        guard let target = relationships.target(ofType: "/officeDocument") else {
            throw FormatError(.package, "\(file) is not a Word document (.docx): _rels/.rels names no main document part")
        }
        let path = target.hasPrefix("/") ? String(target.dropFirst()) : target
        guard parts.contains(where: { $0.path == path }) else {
            throw FormatError(.package, "\(file): the main document part \(path) is missing from the package")
        }
        return path
    }
}
