import struct Foundation.Date

/// TMX dates: `YYYYMMDDThhmmssZ`, always UTC (TMX 1.4b, ISO 8601 basic format).
///
/// Reading also accepts the extended form `YYYY-MM-DDThh:mm:ssZ` that some tools write;
/// writing always gives the basic form. Fractions of a second are dropped on writing.
enum TMXDate {
    /// The date written in `text`, or nil if it is not a valid TMX date.
    static func parse(_ text: String) -> Date? {
        let utf8 = text.utf8
        let extended: Bool
        switch utf8.count {
        case 16: extended = false
        case 20: extended = true
        default: return nil
        }
        var fields = (0, 0, 0, 0, 0, 0)
        var ok = true
        var bytes = utf8.makeIterator()
        func number(_ width: Int, then separator: UInt8?) -> Int {
            var v = 0
            for _ in 0..<width {
                guard let c = bytes.next(), c >= 0x30, c <= 0x39 else { ok = false; return 0 }
                v = v * 10 + Int(c - 0x30)
            }
            if let separator, bytes.next() != separator { ok = false }
            return v
        }
        let dash: UInt8? = extended ? UInt8(ascii: "-") : nil
        let colon: UInt8? = extended ? UInt8(ascii: ":") : nil
        fields.0 = number(4, then: dash)
        fields.1 = number(2, then: dash)
        fields.2 = number(2, then: UInt8(ascii: "T"))
        fields.3 = number(2, then: colon)
        fields.4 = number(2, then: colon)
        fields.5 = number(2, then: UInt8(ascii: "Z"))
        let (year, month, day, hour, minute, second) = fields
        guard ok, (1...12).contains(month), day >= 1, day <= daysIn(month, year),
              hour < 24, minute < 60, second < 60 else { return nil }
        let days = daysFromCivil(year, month, day)
        return Date(timeIntervalSince1970: Double(days * 86_400 + hour * 3_600 + minute * 60 + second))
    }

    /// `date` as `YYYYMMDDThhmmssZ`.
    static func format(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        var days = seconds / 86_400
        var rest = seconds % 86_400
        if rest < 0 {
            rest += 86_400
            days -= 1
        }
        let (y, m, d) = civilFromDays(days)
        func pad(_ v: Int, _ width: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return pad(y, 4) + pad(m, 2) + pad(d, 2) + "T" + pad(rest / 3_600, 2) + pad(rest / 60 % 60, 2) + pad(rest % 60, 2) + "Z"
    }

    private static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    private static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    private static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
