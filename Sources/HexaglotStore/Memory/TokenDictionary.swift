/// The `tm_token` dictionary in memory during a bulk import: token bytes to ids, without
/// building a Swift String per token.
///
/// Open addressing over one byte arena. Each entry is a (language, kind, text) triple with its
/// id, its document frequency, whether it is new (not yet in `tm_token`), and the units added
/// to its posting list by this import.
struct TokenDictionary {
    private(set) var arena: [UInt8] = []
    private(set) var offsets: [Int32] = []
    private(set) var lengths: [Int32] = []
    private(set) var hashes: [UInt64] = []
    private(set) var meta: [UInt8] = []
    private(set) var ids: [UInt32] = []
    var df: [Int32] = []
    private(set) var isNew: [Bool] = []
    private var slots: [Int32]
    private var mask: Int
    private(set) var nextID: UInt32

    init(nextID: UInt32, capacity: Int = 1 << 16) {
        var size = 1
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        self.nextID = nextID
    }

    var count: Int { ids.count }

    static func meta(language: Int, kind: UInt32) -> UInt8 { UInt8(language << 2) | UInt8(kind) }

    /// The hash a token is filed under (computed where the text work is done).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, meta m: UInt8) -> UInt64 {
        var h = StableHash()
        h.add(m)
        h.add(bytes)
        return h.value
    }

    /// The entry for the token, adding it with a new id when absent.
    mutating func entry(_ bytes: UnsafeBufferPointer<UInt8>, meta m: UInt8) -> Int {
        entry(bytes, meta: m, hash: TokenDictionary.hash(bytes, meta: m))
    }

    /// The entry for the token whose ``hash(_:meta:)`` is `hash`.
    mutating func entry(_ bytes: UnsafeBufferPointer<UInt8>, meta m: UInt8, hash: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let e = Int(slots[slot])
            if e < 0 { break }
            if hashes[e] == hash, meta[e] == m, Int(lengths[e]) == bytes.count, equal(e, bytes) { return e }
            slot = (slot + 1) & mask
        }
        let e = append(bytes, meta: m, hash: hash, id: nextID, isNew: true)
        nextID += 1
        slots[slot] = Int32(e)
        if count * 2 > slots.count { grow() }
        return e
    }

    /// Adds a token already stored in `tm_token`.
    mutating func load(_ bytes: UnsafeBufferPointer<UInt8>, meta m: UInt8, id: UInt32, df count: Int32) {
        var h = StableHash()
        h.add(m)
        h.add(bytes)
        let e = append(bytes, meta: m, hash: h.value, id: id, isNew: false)
        df[e] = count
        var slot = Int(truncatingIfNeeded: h.value) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(e)
        if id >= nextID { nextID = id + 1 }
        if self.count * 2 > slots.count { grow() }
    }

    func text(_ e: Int) -> String {
        let start = Int(offsets[e])
        return arena.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[start..<start + Int(lengths[e])]), as: UTF8.self)
        }
    }

    /// Calls `body` with the token's bytes.
    func withText<T>(_ e: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        let start = Int(offsets[e])
        return try arena.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[start..<start + Int(lengths[e])])) }
    }

    func language(_ e: Int) -> Int { Int(meta[e] >> 2) }
    func kind(_ e: Int) -> UInt32 { UInt32(meta[e] & 3) }

    private func equal(_ e: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(offsets[e])
        return arena.withUnsafeBufferPointer { a in
            guard let base = bytes.baseAddress else { return lengths[e] == 0 }
            return memcmp(a.baseAddress! + start, base, bytes.count) == 0
        }
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, meta m: UInt8, hash: UInt64, id: UInt32, isNew new: Bool) -> Int {
        offsets.append(Int32(arena.count))
        lengths.append(Int32(bytes.count))
        arena.append(contentsOf: bytes)
        hashes.append(hash)
        meta.append(m)
        ids.append(id)
        df.append(0)
        isNew.append(new)
        return ids.count - 1
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        for e in 0..<count {
            var slot = Int(truncatingIfNeeded: hashes[e]) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(e)
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
