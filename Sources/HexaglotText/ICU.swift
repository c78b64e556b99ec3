import CICU

/// Calls into the CICU shim with UTF-16 buffers, retrying once when a result needs more room.
enum ICU {
    /// Runs a C function of the "write into out, return the needed length" kind.
    static func utf16Result(_ text: String,
                            _ call: (UnsafePointer<UInt16>, Int32, UnsafeMutablePointer<UInt16>, Int32, UnsafeMutablePointer<Int32>) -> Int32) throws -> String {
        let input = Array(text.utf16)
        var capacity = Int32(max(16, input.count * 2 + 16))
        for _ in 0..<3 {
            var status: Int32 = 0
            var out = [UInt16](repeating: 0, count: Int(capacity))
            let n = input.withUnsafeBufferPointer { inp in
                out.withUnsafeMutableBufferPointer { o in
                    call(inp.baseAddress ?? emptyUTF16, Int32(inp.count), o.baseAddress!, capacity, &status)
                }
            }
            if hx_failed(status) != 0 { throw TextError(.icu, "ICU error \(String(cString: hx_error_name(status)))") }
            if n <= capacity { return String(decoding: out[0..<Int(n)], as: UTF16.self) }
            capacity = n + 1
        }
        throw TextError(.icu, "ICU result kept growing")
    }

    /// A one-unit empty string (a NUL) for callers whose buffer has no base address.
    // nonisolated(unsafe): written once, when first used (Swift's lazy global init is thread-safe), then only read.
    nonisolated(unsafe) static let emptyUTF16: UnsafePointer<UInt16> = {
        let p = UnsafeMutablePointer<UInt16>.allocate(capacity: 1)
        p.pointee = 0
        return UnsafePointer(p)
    }()
}
