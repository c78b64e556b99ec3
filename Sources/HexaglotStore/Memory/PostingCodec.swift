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

    /// Calls `body` with each row (length, bytes) of sorted, distinct entries.
    static func forEachRow(_ entries: [UInt64], _ body: (Int, UnsafeRawBufferPointer) throws -> Void) rethrows {
        if entries.count < splitThreshold {
            var bytes = [UInt8](repeating: 0, count: entries.count * 5)
            bytes.withUnsafeMutableBytes { raw in
                for (i, e) in entries.enumerated() {
                    raw.storeBytes(of: UInt32(truncatingIfNeeded: e).littleEndian, toByteOffset: i * 4, as: UInt32.self)
                    raw[entries.count * 4 + i] = UInt8(truncatingIfNeeded: e >> 32)
                }
            }
            try bytes.withUnsafeBytes { try body(0, $0) }
            return
        }
        var bytes = [UInt8](repeating: 0, count: entries.count * 4)
        try bytes.withUnsafeMutableBytes { raw in
            var i = 0
            while i < entries.count {
                let length = Int(entries[i] >> 32)
                var j = i
                while j < entries.count, Int(entries[j] >> 32) == length {
                    raw.storeBytes(of: UInt32(truncatingIfNeeded: entries[j]).littleEndian, toByteOffset: (j - i) * 4, as: UInt32.self)
                    j += 1
                }
                try body(length, UnsafeRawBufferPointer(rebasing: raw[0..<(j - i) * 4]))
                i = j
            }
        }
    }

    /// The rows of sorted, distinct entries, as arrays (for tests).
    static func rows(_ entries: [UInt64]) -> [(length: Int, bytes: [UInt8])] {
        var rows: [(Int, [UInt8])] = []
        forEachRow(entries) { rows.append(($0, Array($1))) }
        return rows
    }

    static func isSorted(_ entries: [UInt64]) -> Bool {
        var i = 1
        while i < entries.count {
            if entries[i - 1] >= entries[i] { return false }
            i += 1
        }
        return true
    }

    static func removeDuplicates(_ entries: inout [UInt64]) {
        guard entries.count > 1 else { return }
        var w = 1
        for r in 1..<entries.count where entries[r] != entries[w - 1] {
            entries[w] = entries[r]
            w += 1
        }
        entries.removeSubrange(w...)
    }

    /// Sorts entries whose units ascend by length, keeping unit order within a length (a
    /// counting sort: the lengths are bytes).
    static func sortByLength(_ entries: inout [UInt64], scratch: inout [UInt64]) {
        if entries.count <= 64 {
            entries.sort()
            return
        }
        var counts = [Int](repeating: 0, count: 257)
        for e in entries { counts[Int(e >> 32) + 1] += 1 }
        for i in 1..<257 { counts[i] += counts[i - 1] }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: repeatElement(0, count: entries.count))
        for e in entries {
            let l = Int(e >> 32)
            scratch[counts[l]] = e
            counts[l] += 1
        }
        swap(&entries, &scratch)
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
