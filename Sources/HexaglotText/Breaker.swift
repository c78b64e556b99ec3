import CICU
import HexaglotCore
import Synchronization

/// An ICU break iterator over UTF-16 text, giving boundaries and their rule statuses.
final class Breaker: Sendable {
    enum Kind: Int32, Sendable { case character = 0, word = 1, line = 2, sentence = 3 }

    /// The ICU iterator, used by one thread at a time: it holds the text it was last given.
    private let handle: Mutex<OpaquePointer>

    init(kind: Kind, locale: String) throws {
        var status: Int32 = 0
        guard let h = hx_breaker_open(kind.rawValue, locale, &status), hx_failed(status) == 0 else {
            throw TextError(.icu, "cannot open ICU break iterator for '\(locale)': \(String(cString: hx_error_name(status)))")
        }
        handle = Mutex(h)
    }

    deinit { handle.withLock { hx_breaker_close($0) } }

    /// Boundaries (UTF-16 offsets, 0 and the length included) with their rule statuses.
    func boundaries(_ utf16: [UInt16]) -> [(offset: Int, status: Int32)] {
        handle.withLock { handle in
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

/// Break iterators of one kind and locale, lent out one per caller so that threads
/// segmenting at the same time do not wait for each other.
final class BreakerPool: Sendable {
    private let kind: Breaker.Kind
    private let locale: String
    private let idle: Mutex<[Breaker]>

    /// Opens the first iterator now, so that a bad locale fails here.
    init(kind: Breaker.Kind, locale: String) throws {
        self.kind = kind
        self.locale = locale
        idle = Mutex([try Breaker(kind: kind, locale: locale)])
    }

    func boundaries(_ utf16: [UInt16]) -> [(offset: Int, status: Int32)] {
        let breaker = idle.withLock { $0.popLast() } ?? (try? Breaker(kind: kind, locale: locale))
        guard let breaker else { return [(0, 0), (utf16.count, 0)] }
        defer { idle.withLock { if $0.count < 8 { $0.append(breaker) } } }
        return breaker.boundaries(utf16)
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
