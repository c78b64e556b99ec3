/// The byte layout of `tm_posting.units`.
///
/// A token's posting list holds (unit, length) entries sorted by length, then unit; a length of
/// 255 stands for 255 or more. A short list is one row with `length` 0: groups of
/// `varint(length) varint(count)` followed by the group's units as varint gaps (the first unit
/// itself, then each unit minus the one before). A frequent token's list is split into one row
/// per length, each holding only the varint gaps of its units; a query then reads just the
/// lengths it can match.
enum PostingCodec {
    /// Lists with at least this many units are split by length.
    static let splitThreshold = 2048

    static func capped(_ length: Int) -> UInt8 { UInt8(min(length, 255)) }

    /// Entries as `length << 32 | unit`, which sorts by length then unit.
    static func entry(unit: UInt32, length: UInt8) -> UInt64 { UInt64(length) << 32 | UInt64(unit) }

    /// Calls `body` with each row (length, bytes) of sorted, distinct entries.
    static func forEachRow(_ entries: [UInt64], _ body: (Int, UnsafeRawBufferPointer) throws -> Void) rethrows {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(entries.count, splitThreshold) * 2 + 16)
        let split = entries.count >= splitThreshold
        var i = 0
        while i < entries.count {
            let length = entries[i] >> 32
            var j = i
            while j < entries.count, entries[j] >> 32 == length { j += 1 }
            if !split {
                Varint.append(length, to: &bytes)
                Varint.append(UInt64(j - i), to: &bytes)
            }
            var previous: UInt64 = 0
            for k in i..<j {
                let unit = entries[k] & 0xFFFF_FFFF
                Varint.append(unit - previous, to: &bytes)
                previous = unit
            }
            if split {
                try bytes.withUnsafeBytes { try body(Int(length), $0) }
                bytes.removeAll(keepingCapacity: true)
            }
            i = j
        }
        if !split { try bytes.withUnsafeBytes { try body(0, $0) } }
    }

    /// The rows of sorted, distinct entries, as arrays (for tests).
    static func rows(_ entries: [UInt64]) -> [(length: Int, bytes: [UInt8])] {
        var rows: [(Int, [UInt8])] = []
        forEachRow(entries) { rows.append(($0, Array($1))) }
        return rows
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
        var scratch: [UInt32] = []
        forEachRun(row: length, bytes: bytes, window: window, scratch: &scratch) { units, l in
            for unit in units { body(unit, l) }
        }
    }

    /// Calls `body` with each run of units of one length (the second argument) in a row, for the
    /// lengths that lie in `window`: the units decoded into `scratch`, valid only during the call.
    /// A caller that counts postings spends its time in its own loop, not in a call per unit.
    static func forEachRun(row length: Int, bytes: UnsafeRawBufferPointer, window: ClosedRange<Int>,
                           scratch: inout [UInt32], _ body: (UnsafeBufferPointer<UInt32>, Int) -> Void) {
        var offset = 0
        scratch.removeAll(keepingCapacity: true)
        if length > 0 {
            guard window.contains(length) || (length == 255 && window.upperBound >= 255) else { return }
            var unit: UInt64 = 0
            while let gap = Varint.read(bytes, &offset) {
                unit += gap
                scratch.append(UInt32(truncatingIfNeeded: unit))
            }
            scratch.withUnsafeBufferPointer { body($0, length) }
            return
        }
        while let len = Varint.read(bytes, &offset), let count = Varint.read(bytes, &offset) {
            let l = Int(len)
            let wanted = l >= window.lowerBound && (l <= window.upperBound || (l == 255 && window.upperBound >= 255))
            if l > window.upperBound && l != 255 { return }
            var unit: UInt64 = 0
            scratch.removeAll(keepingCapacity: true)
            for _ in 0..<count {
                guard let gap = Varint.read(bytes, &offset) else { break }
                unit += gap
                if wanted { scratch.append(UInt32(truncatingIfNeeded: unit)) }
            }
            if wanted && !scratch.isEmpty { scratch.withUnsafeBufferPointer { body($0, l) } }
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
