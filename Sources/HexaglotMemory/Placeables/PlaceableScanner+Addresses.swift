import HexaglotCore
import HexaglotText

/// URLs and e-mail addresses.
extension PlaceableScanner {
    private static func isURLCharacter(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return c.value > 0x20 && c.value < 0x7F && !"<>\"`{}|\\^".unicodeScalars.contains(c) }
        return ScalarText.isWordLetter(c) || c.properties.generalCategory == .nonspacingMark
    }

    func url(at i: Int) -> Candidate? {
        if let p = text.at(i - 1), ScalarText.isWordLetter(p) || text.isDigit(i - 1) || "./-_@:".unicodeScalars.contains(p) { return nil }
        guard let prefix = ["https://", "http://", "ftp://", "www."].first(where: { text.matches(Array($0.unicodeScalars), at: i) })
        else { return nil }
        let start = i + prefix.unicodeScalars.count
        var j = start
        while let c = text.at(j), Self.isURLCharacter(c) { j += 1 }
        while j > start, let last = text.at(j - 1) {
            let body = text.scalars[start..<j]
            if ".,;:!?'\"*".unicodeScalars.contains(last)
                || last == ")" && body.filter({ $0 == "(" }).count < body.filter({ $0 == ")" }).count
                || last == "]" && body.filter({ $0 == "[" }).count < body.filter({ $0 == "]" }).count {
                j -= 1
            } else {
                break
            }
        }
        guard j > start else { return nil }
        let hostStart = prefix == "www." ? i : start
        var hostEnd = hostStart
        while let c = text.at(hostEnd), hostEnd < j, !"/?#".unicodeScalars.contains(c) { hostEnd += 1 }
        let host = text.string(hostStart..<hostEnd)
        if prefix == "www." {
            let labels = host.split(separator: ".", omittingEmptySubsequences: false)
            guard labels.count >= 3, labels.allSatisfy({ !$0.isEmpty }) else { return nil }
        }
        let value = text.string(i..<hostEnd).lowercased() + text.string(hostEnd..<j)
        return Candidate(kind: .url, range: i..<j, value: value)
    }

    func email(at k: Int) -> Candidate? {
        func isLocal(_ i: Int) -> Bool { text.isASCIIAlnum(i) || (text.at(i).map { "._%+-".unicodeScalars.contains($0) } ?? false) }
        func isDomain(_ i: Int) -> Bool { text.isASCIIAlnum(i) || text.at(i) == "." || text.at(i) == "-" }
        var a = k
        while isLocal(a - 1) { a -= 1 }
        while a < k, text.at(a) == "." { a += 1 }
        var b = k + 1
        while isDomain(b) { b += 1 }
        while b > k + 1, text.at(b - 1) == "." || text.at(b - 1) == "-" { b -= 1 }
        guard a < k, b > k + 1 else { return nil }
        let domain = text.string((k + 1)..<b).lowercased()
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }), let tld = labels.last, tld.count >= 2,
              tld.allSatisfy({ $0.isLetter }) else { return nil }
        return Candidate(kind: .email, range: a..<b, value: text.string(a..<k) + "@" + domain)
    }
}
