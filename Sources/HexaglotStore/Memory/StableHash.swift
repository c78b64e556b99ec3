/// FNV-1a, 64 bits: a hash that stays the same from one run to the next (Swift's `Hasher`
/// is seeded per process), for what the store keeps on disk.
struct StableHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        var h = value
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        value = h
    }

    mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add($0) }
        add(0)
    }

    /// The hash as SQLite stores integers.
    var signed: Int64 { Int64(bitPattern: value) }
}
