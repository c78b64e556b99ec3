/// The byte layout of `tm_posting.units`.
///
/// A row with `length` 0 holds a whole (short) posting list: n unit ids as little-endian
/// UInt32, then the n variants' lengths as one byte each (255 meaning 255 or more), sorted by
/// length, then unit. A frequent token's list is split into one row per length, each holding
/// only unit ids, sorted; a query then reads just the lengths it can match.
enum PostingCodec {
    /// Lists with at least this many units are split by length.
    static let splitThreshold = 2048

    static func capped(_ length: Int) -> UInt8 { UInt8(min(length, 255)) }

    /// Entries as `length << 32 | unit`, which sorts by length then unit.
    static func entry(unit: UInt32, length: UInt8) -> UInt64 { UInt64(length) << 32 | UInt64(unit) }

    /// The rows (length, bytes) for sorted, distinct entries.
    static func rows(_ entries: [UInt64]) -> [(length: Int, bytes: [UInt8])] {
        if entries.count < splitThreshold {
            var bytes = [UInt8](repeating: 0, count: entries.count * 5)
            bytes.withUnsafeMutableBytes { raw in
                for (i, e) in entries.enumerated() {
                    raw.storeBytes(of: UInt32(truncatingIfNeeded: e).littleEndian, toByteOffset: i * 4, as: UInt32.self)
                    raw[entries.count * 4 + i] = UInt8(truncatingIfNeeded: e >> 32)
                }
            }
            return [(0, bytes)]
        }
        var rows: [(Int, [UInt8])] = []
        var i = 0
        while i < entries.count {
            let length = Int(entries[i] >> 32)
            var j = i
            while j < entries.count, Int(entries[j] >> 32) == length { j += 1 }
            var bytes = [UInt8](repeating: 0, count: (j - i) * 4)
            bytes.withUnsafeMutableBytes { raw in
                for k in i..<j {
                    raw.storeBytes(of: UInt32(truncatingIfNeeded: entries[k]).littleEndian, toByteOffset: (k - i) * 4, as: UInt32.self)
                }
            }
            rows.append((length, bytes))
            i = j
        }
        return rows
    }

    /// Calls `body` with each (unit, length) of a row whose length lies in `window`.
    static func forEach(row length: Int, bytes: UnsafeRawBufferPointer, window: ClosedRange<Int>,
                        _ body: (UInt32, Int) -> Void) {
        if length > 0 {
            guard window.contains(length) || (length == 255 && window.upperBound >= 255) else { return }
            let n = bytes.count / 4
            for i in 0..<n {
                body(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)), length)
            }
            return
        }
        let n = bytes.count / 5
        for i in 0..<n {
            let len = Int(bytes[n * 4 + i])
            if len < window.lowerBound { continue }
            if len > window.upperBound && len != 255 { break }
            body(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)), len)
        }
    }

    /// Every entry of a row, as `length << 32 | unit`.
    static func entries(row length: Int, bytes: UnsafeRawBufferPointer) -> [UInt64] {
        var out: [UInt64] = []
        forEach(row: length, bytes: bytes, window: 0...Int.max) { unit, len in
            out.append(entry(unit: unit, length: UInt8(len)))
        }
        return out
    }
}
