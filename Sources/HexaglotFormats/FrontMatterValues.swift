import HexaglotCore

/// How ``FrontMatterKeys`` reads the values of known keys written in a way a person may write them.
extension FrontMatterKeys {
    /// Common names of document kinds, in normalised form.
    static let kindNames: [String: DocumentKind] = [
        "circular": .letter, "circular-letter": .letter, "cl": .letter, "lettre": .letter,
        "lettre-circulaire": .letter, "carta": .letter, "carta-circular": .letter, "письмо": .letter,
        "blog": .post, "blog-post": .post, "blogpost": .post, "article": .post, "news": .post, "billet": .post,
        "news-item": .post,
    ]

    /// The value of `key` as Hexaglot stores it, and a note when it was not written that way.
    static func readValue(key: String, _ value: String, at location: SourceLocation) throws -> (String, String?) {
        let trimmed = value.trimmedText()
        switch key {
        case "language", "translation-of":
            if (try? LanguageTag(parsing: trimmed)) != nil { return (trimmed, nil) }
            let lowered = trimmed.lowercased()
            if let language = Language.allCases.first(where: { $0.englishName.lowercased() == lowered || $0.nativeName.lowercased() == lowered }) {
                return (language.rawValue, "'\(trimmed)' read as \(language.rawValue) (write the code: \(language.rawValue))")
            }
            do { _ = try LanguageTag(parsing: trimmed) } catch let e as CoreError {
                throw FormatError(.frontMatter, "\(key): \(e.message)", at: location)
            }
            return (trimmed, nil)
        case "kind":
            if (try? DocumentKind(parsing: trimmed)) != nil { return (trimmed.lowercased(), nil) }
            if let kind = kindNames[normalise(trimmed)] {
                return (kind.rawValue, "'\(trimmed)' read as \(kind.rawValue) (write letter, post or other)")
            }
            throw FormatError(.frontMatter, "kind: unknown document kind '\(trimmed)': expected letter, post or other", at: location)
        case "status":
            do { _ = try TranslationStatus(parsing: trimmed) } catch let e as CoreError {
                throw FormatError(.frontMatter, "status: \(e.message)", at: location)
            }
            return (trimmed, nil)
        case "complete":
            switch trimmed.lowercased() {
            case "true", "false": return (trimmed.lowercased(), nil)
            case "yes", "y", "on", "1": return ("true", "'\(trimmed)' read as true")
            case "no", "n", "off", "0": return ("false", "'\(trimmed)' read as false")
            default:
                throw FormatError(.frontMatter, "complete: '\(trimmed)' is neither true nor false", at: location)
            }
        case "date":
            return readDate(trimmed)
        default:
            return (value, nil)
        }
    }

    /// An ISO date (`2019-12-24`) from the ways people write one: ISO with a time, day first
    /// with `/`, `.` or `-` (as ITU writes dates; month first only when the day is over 12).
    static func readDate(_ text: String) -> (String, String?) {
        let digits = text.split(whereSeparator: { "-/.T ".contains($0) }).map(String.init)
        func iso(_ y: Int, _ m: Int, _ d: Int) -> String? {
            guard (1...12).contains(m), (1...31).contains(d), (1000...9999).contains(y) else { return nil }
            return String(format4: y) + "-" + String(pad2: m) + "-" + String(pad2: d)
        }
        let numbers = digits.prefix(3).compactMap { Int($0) }
        if numbers.count == 3, digits.count >= 3 {
            let isoShape = digits[0].count == 4
            if isoShape, let date = iso(numbers[0], numbers[1], numbers[2]) {
                return (date, text.count == 10 && text.contains("-") ? nil : "'\(text)' read as \(date)")
            }
            if !isoShape, digits[2].count == 4 {
                if let date = iso(numbers[2], numbers[1], numbers[0]) {
                    let note = numbers[1] <= 12 && numbers[0] <= 12 && numbers[0] != numbers[1]
                        ? "'\(text)' read day first as \(date) (write ISO dates, such as 2019-12-24)"
                        : "'\(text)' read as \(date)"
                    return (date, note)
                }
                if let date = iso(numbers[2], numbers[0], numbers[1]) {
                    return (date, "'\(text)' read month first as \(date)")
                }
            }
        }
        return (text, "'\(text)' is not a date Hexaglot can read; kept as written (write ISO dates, such as 2019-12-24)")
    }
}

private extension String {
    init(pad2 n: Int) { self = n < 10 ? "0\(n)" : "\(n)" }
    init(format4 n: Int) { self = String(n) }

    func trimmedText() -> String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }
}
