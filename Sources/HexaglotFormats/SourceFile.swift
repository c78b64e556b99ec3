import Foundation
import HexaglotCore

/// Reads input files as UTF-8 text, with errors that say what is wrong and how to fix it.
///
/// A UTF-8 byte-order mark is accepted and kept as the first character (U+FEFF) of the
/// returned text; the formats put it in the skeleton, so it round-trips. UTF-16 and UTF-32
/// byte-order marks, invalid UTF-8 and NUL bytes are ``FormatError/Code/encoding`` errors
/// naming the file (and for bad bytes the line, column and byte offset).
public enum SourceFile {
    /// The text of the file at `path`.
    public static func read(_ path: String) throws -> String {
        return try decode(try readBytes(path), file: path)
    }

    /// The text of the file at `path` in `format`'s encoding (an HTML page may declare
    /// Windows-1252), with the checks of ``read(_:)``.
    public static func read(_ path: String, format: any DocumentFormat) throws -> String {
        try format.decode(try readBytes(path), file: path)
    }

    /// The bytes of the file at `path` (a package such as a .docx), with the same errors for a
    /// missing file or a folder as ``read(_:)``.
    public static func readBytes(_ path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw FormatError(.missingFile, "\(path): no such file")
        }
        if isDirectory.boolValue {
            throw FormatError(.missingFile, "\(path): is a directory, not a file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FormatError(.missingFile, "\(path): cannot read the file (check its permissions)")
        }
        return [UInt8](data)
    }

    /// Decodes bytes as UTF-8 with the checks of ``read(_:)``; `file` names them in errors.
    static func decode(_ bytes: [UInt8], file: String?) throws -> String {
        let name = file ?? "<input>"
        if let bom = foreignByteOrderMark(bytes) {
            throw FormatError(.encoding,
                              "\(name) is \(bom) (byte-order mark); Hexaglot reads Markdown and text as UTF-8: convert it with `iconv -f \(bom) -t UTF-8`")
        }
        if let nul = bytes.firstIndex(of: 0) {
            let (line, column) = position(of: nul, in: bytes)
            throw FormatError(.encoding,
                              "NUL byte at byte offset \(nul): \(name) looks like a binary file, not UTF-8 text",
                              at: SourceLocation(file: file, line: line, column: column))
        }
        if let bad = firstInvalidUTF8(bytes) {
            let (line, column) = position(of: bad, in: bytes)
            let hex = String(bytes[bad], radix: 16, uppercase: true)
            throw FormatError(.encoding,
                              "invalid UTF-8 (byte 0x\(hex.count == 1 ? "0" + hex : hex) at byte offset \(bad)); the file may be Latin-1 or Windows-1252: convert it with `iconv -f WINDOWS-1252 -t UTF-8`",
                              at: SourceLocation(file: file, line: line, column: column))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// "UTF-16" or "UTF-32" when the bytes start with such a byte-order mark.
    private static func foreignByteOrderMark(_ b: [UInt8]) -> String? {
        if b.count >= 4, (b[0], b[1], b[2], b[3]) == (0xFF, 0xFE, 0, 0) || (b[0], b[1], b[2], b[3]) == (0, 0, 0xFE, 0xFF) {
            return "UTF-32"
        }
        if b.count >= 2, (b[0], b[1]) == (0xFF, 0xFE) || (b[0], b[1]) == (0xFE, 0xFF) {
            return "UTF-16"
        }
        return nil
    }

    /// The 1-based line and column (in characters decoded so far) of byte `offset`.
    private static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for i in 0..<offset where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        // Count scalars: every byte that is not a UTF-8 continuation byte starts one.
        let column = bytes[lineStart..<offset].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return (line, column)
    }

    /// The offset of the first byte that is not part of well-formed UTF-8, if any.
    static func firstInvalidUTF8(_ b: [UInt8]) -> Int? {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            guard let sequence = UTF8Sequence(lead: c) else { return i }
            for k in 1..<sequence.length {
                guard i + k < n, sequence.accepts(b[i + k], at: k) else { return i }
            }
            i += sequence.length
        }
        return nil
    }
}
