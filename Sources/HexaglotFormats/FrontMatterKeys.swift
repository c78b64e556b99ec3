import HexaglotCore
import HexaglotText

/// What a file's front matter means to Hexaglot: its keys read as a person may have written
/// them, with a warning for everything not read as written.
///
/// The keys Hexaglot reads are ``known``. A key written another way is read as the key it
/// stands for, with a warning naming its line ("ref: read as reference"):
/// - case, `_` and spaces do not matter (`Translation_Of` is `translation-of`);
/// - an alias of ``aliases`` (`ref`, `lang`, `type`, `subject`, `translated-by` ...);
/// - a typo one or two edits away from exactly one known key or alias (`refrence`, `langauge`).
/// A source-language key (`source-language`, `source-lang`, `src-lang`, `original-language`, and
/// `source`, `src` or `original` when their value is a language) is the file's own language when
/// nothing else gives one, and `translation-of` when the file also has a language key. Any other key is kept with the document as it is, with a warning
/// ("tags: not a key Hexaglot reads"); when two known keys are equally close, the warning names
/// both and the key is kept as it is.
///
/// Values are read leniently too: a language by its English or native name (`French`,
/// `Français`), a kind by a common name (`circular letter`, `blog post`), a day-first date
/// (`24/12/2019`, `24.12.2019`) or a date and time as ISO `2019-12-24`, `yes`/`no` for
/// `complete`. A key given twice (`ref` and `reference`) with different values is an error.
public struct FrontMatterKeys: Sendable {
    /// The keys Hexaglot reads, in the order the README lists them.
    public static let known = ["reference", "kind", "title", "date", "language", "author",
                               "translation-of", "status", "translator", "complete"]

    /// Other names for known keys, in normalised form (lower case, `-` for `_` and spaces).
    static let aliases: [String: String] = [
        "ref": "reference", "ref.": "reference", "refs": "reference", "reference-number": "reference",
        "ref-no": "reference", "ref-number": "reference", "reference-no": "reference", "doc-ref": "reference",
        "document-reference": "reference", "document-ref": "reference", "document-id": "reference",
        "doc-id": "reference", "symbol": "reference", "référence": "reference", "réf": "reference",
        "réf.": "reference", "referencia": "reference",
        "lang": "language", "language-code": "language", "lang-code": "language", "locale": "language",
        "langue": "language", "idioma": "language", "target-language": "language", "target-lang": "language",
        "type": "kind", "doc-type": "kind", "doctype": "kind", "document-type": "kind", "document-kind": "kind",
        "subject": "title", "objet": "title", "asunto": "title", "titre": "title", "título": "title", "titulo": "title",
        "issued": "date", "date-issued": "date", "published": "date", "publication-date": "date", "pub-date": "date",
        "fecha": "date",
        "by": "author", "authors": "author", "auteur": "author", "autor": "author", "writer": "author",
        "translated-from": "translation-of", "translation-from": "translation-of", "from-language": "translation-of",
        "translated-by": "translator", "traducteur": "translator", "traductor": "translator",
        "state": "status", "translation-status": "status",
        "completed": "complete", "is-complete": "complete", "finished": "complete",
    ]

    /// Keys that name the source's language: the file's own language, or `translation-of`
    /// when the file also names its language.
    static let sourceLanguageKeys: Set<String> = ["source-language", "source-lang", "src-lang", "original-language",
                                                   "original-lang", "source-locale"]

    /// Keys that name the source's language only when their value is a language (`source: fr`,
    /// not `source: https://…`).
    static let sourceLanguageIfLanguage: Set<String> = ["source", "src", "original"]

    /// Whether `value` names one of the six languages, by tag or name.
    static func isLanguage(_ value: String) -> Bool {
        (try? readValue(key: "language", value, at: SourceLocation(file: nil, line: 1))) != nil
    }

    /// The front matter read: known keys with their values, the other keys as written.
    public var values: [String: String] = [:]
    /// Keys Hexaglot does not read, kept with the document.
    public var extra: [String: String] = [:]
    /// The line of each known key (as written), for messages.
    public var lines: [String: Int] = [:]
    public var warnings: [FormatWarning] = []

    public subscript(key: String) -> String? { values[key] }

    /// The line of `key` in the file, or the front matter's first line.
    public func line(of key: String) -> Int { lines[key] ?? 1 }

    /// Reads the front matter of a parsed file. Throws a ``FormatError`` naming the file and
    /// line for a value that cannot be read or a key given twice with different values.
    public init(_ parsed: ParsedFile, file: String?) throws {
        try self.init(parsed.frontMatter, lines: parsed.frontMatterLines, file: file)
    }

    public init(_ front: [String: String], lines keyLines: [String: Int], file: String?) throws {
        func at(_ key: String) -> SourceLocation { SourceLocation(file: file, line: keyLines[key] ?? 1) }
        let normalised = front.keys.map { ($0, Self.normalise($0)) }
        let hasLanguage = normalised.contains { Self.resolve($0.1)?.key == "language" }
        // In file order, so that the later of two spellings of one key is the one reported.
        let ordered = normalised.sorted { (keyLines[$0.0] ?? 0, $0.0) < (keyLines[$1.0] ?? 0, $1.0) }
        var writtenAs: [String: String] = [:]
        for (written, form) in ordered {
            let value = front[written]!
            var target: String
            if Self.sourceLanguageKeys.contains(form) || (Self.sourceLanguageIfLanguage.contains(form) && Self.isLanguage(value)) {
                target = hasLanguage ? "translation-of" : "language"
                warnings.append(FormatWarning("'\(written)': did you mean \(target)? read as \(target)" + (hasLanguage ? ", the source's language (the file also names its own language)" : ", the file's language"), at: at(written)))
            } else if let resolved = Self.resolve(form) {
                target = resolved.key
                if resolved.how != .exact {
                    warnings.append(FormatWarning("'\(written)': did you mean \(target)? read as \(target) (write '\(target):' to silence this warning)", at: at(written)))
                }
            } else {
                let near = Self.suggestions(form)
                let hint = near.isEmpty
                    ? "not a key Hexaglot reads (it reads \(Self.known.joined(separator: ", "))); kept with the document"
                    : "not a key Hexaglot reads: did you mean \(near.joined(separator: " or "))? kept with the document as written"
                warnings.append(FormatWarning("'\(written)': \(hint)", at: at(written)))
                extra[written] = value
                continue
            }
            if let earlier = writtenAs[target] {
                let old = values[target]!
                if Self.normalise(old) != Self.normalise(value) {
                    throw FormatError(.frontMatter,
                                      "'\(written)' (\(value)) and '\(earlier)' (line \(keyLines[earlier] ?? 1): \(old)) both give the \(target): keep one",
                                      at: at(written))
                }
                warnings.append(FormatWarning("'\(written)' repeats '\(earlier)' (line \(keyLines[earlier] ?? 1)): keep one", at: at(written)))
                continue
            }
            writtenAs[target] = written
            values[target] = value
            lines[target] = keyLines[written] ?? 1
        }
        for (key, written) in writtenAs {
            guard let value = values[key] else { continue }
            let (read, note) = try Self.readValue(key: key, value, at: at(written))
            values[key] = read
            if let note { warnings.append(FormatWarning("\(written): \(note)", at: at(written))) }
        }
        warnings.sort { ($0.location?.line ?? 0, $0.message) < ($1.location?.line ?? 0, $1.message) }
    }

    /// The title as segment 0 of the document (NFC, edges trimmed), when the front matter gives one.
    public var titleSegment: Segment? {
        guard let title = values["title"] else { return nil }
        let text = Normalizer.normalize(title.trimmingCharacters(), .nfc)
        return text.isEmpty ? nil : Segment.title(text, line: line(of: "title"))
    }

    /// Whether the front matter names a document (under any accepted spelling of `reference`).
    public var hasReference: Bool { values["reference"] != nil }

    // MARK: - Keys

    enum Resolution { case exact, alias, typo }

    /// Lower case, `_` and spaces as `-`, edges trimmed.
    static func normalise(_ key: String) -> String {
        String(key.trimmingCharacters().lowercased().map { $0 == "_" || $0 == " " ? "-" : $0 })
    }

    /// The known key `form` stands for, if exactly one.
    static func resolve(_ form: String) -> (key: String, how: Resolution)? {
        if known.contains(form) { return (form, .exact) }
        if let key = aliases[form] { return (key, .alias) }
        let near = Set(candidates(form).map(\.key))
        if near.count == 1, let key = near.first, !sourceLanguageKeys.contains(form) { return (key, .typo) }
        return nil
    }

    /// Known keys within reach of a typo: the closest distance only.
    static func candidates(_ form: String) -> [(key: String, distance: Int)] {
        let reach = form.count <= 4 ? 1 : 2
        var best: [(key: String, distance: Int)] = []
        for (name, key) in known.map({ ($0, $0) }) + aliases.map({ ($0.key, $0.value) }) {
            let d = editDistance(form, name)
            guard d <= reach, name.count > 2 else { continue }
            if let first = best.first, d > first.distance { continue }
            if let first = best.first, d < first.distance { best = [] }
            best.append((key, d))
        }
        return best
    }

    /// The known keys an unread key may be meant as (several equally close ones).
    static func suggestions(_ form: String) -> [String] {
        var seen: [String] = []
        for c in candidates(form) where !seen.contains(c.key) { seen.append(c.key) }
        return seen.sorted()
    }

    /// Optimal string alignment distance (a swap of two neighbours costs one).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        var d = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[x.count][y.count]
    }
}

private extension String {
    func trimmingCharacters() -> String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }
}
