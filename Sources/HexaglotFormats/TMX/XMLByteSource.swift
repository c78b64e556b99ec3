#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import HexaglotCore

/// Where ``XMLScanner`` gets its bytes: a file read in chunks, or bytes in memory.
///
/// Sources deliver UTF-8; ``XMLInput/open(_:file:)`` puts a UTF-16 transcoder in front
/// of the raw source when the file starts with a UTF-16 byte-order mark.
protocol XMLByteSource: AnyObject {
    /// Fills the start of `buffer`; returns how many bytes were written, 0 only at the end.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
    /// Bytes of the underlying input consumed so far, for progress reports.
    var bytesConsumed: Int64 { get }
    /// The size of the underlying input.
    var totalBytes: Int64 { get }
}

/// A bad character found while transcoding, at an offset of the transcoded (UTF-8) stream.
struct XMLTranscodingError: Error {
    var offset: Int64
    var message: String
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

/// Bytes already read from a source (while sniffing the encoding), then the rest of it.
final class PrefixedByteSource: XMLByteSource {
    private var prefix: [UInt8]
    private let rest: XMLByteSource

    init(prefix: [UInt8], rest: XMLByteSource) {
        self.prefix = prefix
        self.rest = rest
    }

    var bytesConsumed: Int64 { rest.bytesConsumed }
    var totalBytes: Int64 { rest.totalBytes }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard !prefix.isEmpty else { return try rest.read(into: buffer) }
        let n = min(buffer.count, prefix.count)
        prefix.withUnsafeBytes { buffer.baseAddress!.copyMemory(from: $0.baseAddress!, byteCount: n) }
        prefix.removeFirst(n)
        return n
    }
}

/// UTF-16 (little or big endian) transcoded to UTF-8 as it is read.
///
/// An odd byte or a high surrogate at the end of one raw chunk waits for the next one.
/// An unpaired surrogate or an odd number of bytes is an ``XMLTranscodingError`` at the
/// offset of the transcoded stream where the character would have gone; what was
/// transcoded before it is delivered first.
final class UTF16ByteSource: XMLByteSource {
    private let raw: XMLByteSource
    private let bigEndian: Bool
    private var input: [UInt8]
    private var start = 0
    private var count = 0
    private var highSurrogate: UInt32?
    private var produced: Int64 = 0
    private var deferred: XMLTranscodingError?
    private var rawDone = false

    init(raw: XMLByteSource, bigEndian: Bool, chunkSize: Int = 256 * 1024) {
        self.raw = raw
        self.bigEndian = bigEndian
        self.input = [UInt8](repeating: 0, count: max(16, chunkSize))
    }

    var bytesConsumed: Int64 { raw.bytesConsumed }
    var totalBytes: Int64 { raw.totalBytes }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        if let deferred { throw deferred }
        precondition(buffer.count >= 4, "UTF-16 transcoding needs room for one character")
        let out = buffer.baseAddress!.assumingMemoryBound(to: UInt8.self)
        var written = 0
        while written == 0 {
            if count < 2 {
                if rawDone {
                    if count == 1 { return try fail("the UTF-16 file has an odd number of bytes (it is truncated)", written) }
                    if highSurrogate != nil { return try fail("the UTF-16 file ends inside a surrogate pair", written) }
                    return 0
                }
                if start > 0 {
                    if count > 0 { input[0] = input[start] }
                    start = 0
                }
                let n = try input.withUnsafeMutableBytes { try raw.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[count...])) }
                if n == 0 { rawDone = true } else { count += n }
                continue
            }
            let bad: String? = input.withUnsafeBufferPointer { b in
                var i = start
                let stop = start + count - 1
                while i < stop, written + 4 <= buffer.count {
                    let unit = bigEndian ? UInt32(b[i]) << 8 | UInt32(b[i + 1]) : UInt32(b[i + 1]) << 8 | UInt32(b[i])
                    var scalar: UInt32
                    if let high = highSurrogate {
                        guard (0xDC00...0xDFFF).contains(unit) else {
                            return "an unpaired UTF-16 high surrogate (U+\(hex(high)))"
                        }
                        highSurrogate = nil
                        scalar = 0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00)
                    } else if (0xD800...0xDBFF).contains(unit) {
                        highSurrogate = unit
                        i += 2
                        continue
                    } else if (0xDC00...0xDFFF).contains(unit) {
                        return "an unpaired UTF-16 low surrogate (U+\(hex(unit)))"
                    } else {
                        scalar = unit
                    }
                    written += UTF8Bytes.encode(scalar, into: out + written)
                    i += 2
                }
                count -= i - start
                start = i
                return nil
            }
            if let bad { return try fail(bad, written) }
        }
        produced += Int64(written)
        return written
    }

    private func fail(_ message: String, _ written: Int) throws -> Int {
        let error = XMLTranscodingError(offset: produced + Int64(written), message: message)
        guard written > 0 else { throw error }
        deferred = error
        produced += Int64(written)
        return written
    }

    private func hex(_ v: UInt32) -> String { String(v, radix: 16, uppercase: true) }
}

/// The encoding an XML input was found to be in.
enum XMLEncoding: Equatable {
    case utf8, utf16LE, utf16BE
}

enum XMLInput {
    /// Sniffs the encoding from the first bytes and returns a source of UTF-8.
    ///
    /// A UTF-8 byte-order mark is skipped; a UTF-16 one (or `<?` in UTF-16 without one)
    /// puts a transcoder in front; a UTF-32 one is an ``FormatError/Code/encoding`` error.
    static func open(_ raw: XMLByteSource, file: String?) throws -> (XMLByteSource, XMLEncoding) {
        var head: [UInt8] = []
        var probe = [UInt8](repeating: 0, count: 4)
        while head.count < 4 {
            let n = try probe.withUnsafeMutableBytes {
                try raw.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[0..<(4 - head.count)]))
            }
            if n == 0 { break }
            head += probe[0..<n]
        }
        func starts(_ bom: [UInt8]) -> Bool { head.starts(with: bom) }
        let name = file ?? "<input>"
        if starts([0xFF, 0xFE, 0, 0]) || starts([0, 0, 0xFE, 0xFF]) {
            throw FormatError(.encoding, "\(name) is UTF-32 (byte-order mark); Hexaglot reads XML in UTF-8 or UTF-16: convert it with `iconv -f UTF-32 -t UTF-8`")
        }
        if starts([0xEF, 0xBB, 0xBF]) {
            return (PrefixedByteSource(prefix: Array(head.dropFirst(3)), rest: raw), .utf8)
        }
        if starts([0xFF, 0xFE]) {
            return (UTF16ByteSource(raw: PrefixedByteSource(prefix: Array(head.dropFirst(2)), rest: raw), bigEndian: false), .utf16LE)
        }
        if starts([0xFE, 0xFF]) {
            return (UTF16ByteSource(raw: PrefixedByteSource(prefix: Array(head.dropFirst(2)), rest: raw), bigEndian: true), .utf16BE)
        }
        if starts([0x3C, 0, 0x3F, 0]) {
            return (UTF16ByteSource(raw: PrefixedByteSource(prefix: head, rest: raw), bigEndian: false), .utf16LE)
        }
        if starts([0, 0x3C, 0, 0x3F]) {
            return (UTF16ByteSource(raw: PrefixedByteSource(prefix: head, rest: raw), bigEndian: true), .utf16BE)
        }
        return (PrefixedByteSource(prefix: head, rest: raw), .utf8)
    }
}
