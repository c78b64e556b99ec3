/// Line and column of a byte offset in a stream read once, counted incrementally.
///
/// The scanner advances it to each start tag and to error positions; it only moves
/// forward, so the whole file is counted once however many positions are asked for,
/// and bytes counted may be dropped from memory. Columns count Unicode scalars.
struct PositionCounter {
    /// The stream offset counted up to.
    private(set) var offset: Int64 = 0
    /// The 1-based line and column at ``offset``.
    private(set) var line = 1
    private(set) var column = 1

    /// Counts `count` bytes at `p`, which are the stream's bytes from ``offset`` on.
    mutating func advance(over p: UnsafePointer<UInt8>, count: Int) {
        guard count > 0 else { return }
        var newlines = 0
        var i = 0
        while i + 8 <= count {
            let w = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self) ^ 0x0A0A_0A0A_0A0A_0A0A
            let low7 = (w & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F
            newlines += (~(low7 | w | 0x7F7F_7F7F_7F7F_7F7F)).nonzeroBitCount
            i += 8
        }
        while i < count {
            if p[i] == 0x0A { newlines += 1 }
            i += 1
        }
        var tail = 0
        if newlines > 0 {
            line += newlines
            var k = count - 1
            while p[k] != 0x0A { k -= 1 }
            tail = k + 1
            column = 1
        }
        column += Self.scalars(p + tail, count - tail)
        offset += Int64(count)
    }

    /// The number of scalars in valid UTF-8: the bytes that are not continuation bytes.
    private static func scalars(_ p: UnsafePointer<UInt8>, _ count: Int) -> Int {
        var continuation = 0
        var i = 0
        while i + 8 <= count {
            let w = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
            continuation += (w & ~(w << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            i += 8
        }
        while i < count {
            if p[i] & 0xC0 == 0x80 { continuation += 1 }
            i += 1
        }
        return count - continuation
    }
}
