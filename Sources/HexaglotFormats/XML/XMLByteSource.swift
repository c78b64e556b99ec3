#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import HexaglotCore

/// Where ``XMLCursor`` gets its bytes: a file read in chunks, or bytes in memory. The bytes
/// go to libxml2 as they are; it finds the encoding (byte-order mark, declaration).
protocol XMLByteSource: AnyObject {
    /// Fills the start of `buffer`; returns how many bytes were written, 0 only at the end.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
    /// Bytes of the underlying input consumed so far, for progress reports.
    var bytesConsumed: Int64 { get }
    /// The size of the underlying input.
    var totalBytes: Int64 { get }
}

private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}

/// A file read with read(2), never held in memory as a whole.
final class FileByteSource: XMLByteSource {
    let path: String
    let totalBytes: Int64
    private(set) var bytesConsumed: Int64 = 0
    private let fd: Int32

    init(path: String) throws {
        self.path = path
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            switch code {
            case ENOENT, ENOTDIR: throw FormatError(.missingFile, "\(path): no such file")
            case EACCES: throw FormatError(.missingFile, "\(path): cannot read the file (check its permissions)")
            default: throw FormatError(.missingFile, "\(path): cannot open the file (\(String(cString: strerror(code))))")
            }
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            close(fd)
            throw FormatError(.missingFile, "\(path): cannot read the file")
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw FormatError(.missingFile, "\(path): is a directory, not a file")
        }
        self.fd = fd
        self.totalBytes = Int64(info.st_size)
    }

    deinit { close(fd) }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard buffer.count > 0 else { return 0 }
        while true {
            let n = systemRead(fd, buffer.baseAddress, buffer.count)
            if n >= 0 {
                bytesConsumed += Int64(n)
                return n
            }
            let code = errno
            if code == EINTR { continue }
            throw FormatError(.missingFile, "\(path): read error (\(String(cString: strerror(code))))")
        }
    }
}

/// Bytes in memory, handed out at most `maxRead` at a time (tests use small reads to
/// exercise chunk boundaries).
final class MemoryByteSource: XMLByteSource {
    private let bytes: [UInt8]
    private let maxRead: Int
    private var offset = 0

    init(_ bytes: [UInt8], maxRead: Int = .max) {
        self.bytes = bytes
        self.maxRead = max(1, maxRead)
    }

    var bytesConsumed: Int64 { Int64(offset) }
    var totalBytes: Int64 { Int64(bytes.count) }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let n = min(buffer.count, maxRead, bytes.count - offset)
        guard n > 0 else { return 0 }
        bytes.withUnsafeBytes { src in
            buffer.baseAddress!.copyMemory(from: src.baseAddress! + offset, byteCount: n)
        }
        offset += n
        return n
    }
}
