#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import HexaglotCore

private func systemWrite(_ fd: Int32, _ p: UnsafeRawPointer?, _ n: Int) -> Int { write(fd, p, n) }
private func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 { open(path, flags, mode) }

/// Writes a TMX 1.4b file (UTF-8) unit by unit.
///
/// Units stream to a temporary file next to the target (`.name.tmx.…tmp`), which
/// ``finish()`` renames over the target: a failed or abandoned export (a writer released
/// without `finish()`) removes it and never leaves half a file at `path`. What is written is
/// described in ``TMXSerializer`` and ``TMXInlineCodes``; a file written reads back with
/// ``TMXReader`` to equal units (codes from other formats come back as TMX codes).
///
/// A unit holding a character XML 1.0 forbids (a control character, U+FFFE, U+FFFF) is
/// refused with a ``FormatError/Code/encoding`` error naming the unit and variant; nothing of
/// it is written and the writer can go on with the next unit.
public final class TMXWriter {
    /// The file written by ``finish()``.
    public let path: String
    private let temporaryPath: String
    private var fd: Int32
    private var buffer: [UInt8]
    private var scratch: [UInt8] = []
    private var finished = false

    /// Starts a file with `header` (`TMXHeader(creationToolVersion:sourceLanguage:)` gives
    /// Hexaglot's own header).
    public init(path: String, header: TMXHeader) throws {
        let url = URL(fileURLWithPath: path)
        self.path = path
        self.temporaryPath = url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent).\(UUID().uuidString.prefix(8)).tmp").path
        self.buffer = try TMXSerializer.prologue(header)
        let fd = systemOpen(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw FormatError(.missingFile, "cannot write \(path): \(String(cString: strerror(errno)))")
        }
        self.fd = fd
    }

    deinit {
        if !finished {
            if fd >= 0 { close(fd) }
            unlink(temporaryPath)
        }
    }

    /// Appends one `<tu>`.
    public func write(_ unit: TranslationUnit) throws {
        precondition(!finished, "TMXWriter.write after finish()")
        scratch.removeAll(keepingCapacity: true)
        try TMXSerializer.appendUnit(unit, to: &scratch)
        buffer.append(contentsOf: scratch)
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Ends the document and moves the file into place; calling it again does nothing.
    public func finish() throws {
        guard !finished else { return }
        buffer.append(contentsOf: TMXSerializer.epilogue)
        try flush()
        _ = fsync(fd)
        close(fd)
        fd = -1
        guard rename(temporaryPath, path) == 0 else {
            throw FormatError(.missingFile, "cannot write \(path): \(String(cString: strerror(errno)))")
        }
        finished = true
    }

    private func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { systemWrite(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FormatError(.missingFile, "cannot write \(path): \(String(cString: strerror(errno)))")
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// A whole TMX document in memory, for tests and small exports.
    public static func data(header: TMXHeader, units: some Sequence<TranslationUnit>) throws -> Data {
        var out = try TMXSerializer.prologue(header)
        for unit in units { try TMXSerializer.appendUnit(unit, to: &out) }
        out.append(contentsOf: TMXSerializer.epilogue)
        return Data(out)
    }
}
