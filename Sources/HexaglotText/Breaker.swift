import CICU
import HexaglotCore

/// An ICU break iterator over UTF-16 text, giving boundaries and their rule statuses.
final class Breaker: @unchecked Sendable {
    enum Kind: Int32 { case character = 0, word = 1, line = 2, sentence = 3 }

    private let handle: OpaquePointer
    private let lock = NSLockLike()

    init(kind: Kind, locale: String) throws {
        var status: Int32 = 0
        guard let h = hx_breaker_open(kind.rawValue, locale, &status), hx_failed(status) == 0 else {
            throw TextError(.icu, "cannot open ICU break iterator for '\(locale)': \(String(cString: hx_error_name(status)))")
        }
        handle = h
    }

    deinit { hx_breaker_close(handle) }

    /// Boundaries (UTF-16 offsets, 0 and the length included) with their rule statuses.
    func boundaries(_ utf16: [UInt16]) -> [(offset: Int, status: Int32)] {
        lock.locked {
            var capacity = Int32(utf16.count / 2 + 16)
            while true {
                var offsets = [Int32](repeating: 0, count: Int(capacity))
                var statuses = [Int32](repeating: 0, count: Int(capacity))
                var status: Int32 = 0
                let n = utf16.withUnsafeBufferPointer { t in
                    hx_breaker_boundaries(handle, t.baseAddress ?? ICU.emptyUTF16, Int32(t.count), &offsets, &statuses, capacity, &status)
                }
                if n <= capacity {
                    return (0..<Int(n)).map { (Int(offsets[$0]), statuses[$0]) }
                }
                capacity = n
            }
        }
    }
}

/// A tiny mutex so one ICU iterator can be shared between threads.
final class NSLockLike: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }
    func locked<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return try body()
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Language {
    /// The ICU locale ID used for this language's text services.
    var icuLocale: String {
        switch self {
        case .zh: return "zh_Hans"
        default: return rawValue
        }
    }
}
