import Foundation

/// Dates in the memory tables: ISO 8601 UTC text (`2019-05-17T10:30:00Z`), readable in SQL.
enum MemoryDates {
    static func text(_ date: Date?) -> String? {
        guard let date else { return nil }
        var t = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&t, &parts)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
                      Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }

    static func date(_ text: String?) -> Date? {
        guard let text else { return nil }
        let digits = text.unicodeScalars.filter { $0.properties.numericType != nil }.map { Int($0.value) - 48 }
        guard digits.count >= 14 else { return nil }
        func n(_ a: Int, _ b: Int) -> Int { digits[a..<b].reduce(0) { $0 * 10 + $1 } }
        var parts = tm()
        parts.tm_year = Int32(n(0, 4) - 1900)
        parts.tm_mon = Int32(n(4, 6) - 1)
        parts.tm_mday = Int32(n(6, 8))
        parts.tm_hour = Int32(n(8, 10))
        parts.tm_min = Int32(n(10, 12))
        parts.tm_sec = Int32(n(12, 14))
        return Date(timeIntervalSince1970: TimeInterval(timegm(&parts)))
    }
}
