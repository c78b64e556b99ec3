import HexaglotCore

/// Reads a translation typed with the tags CAT tools show (`{1}`, `{/1}`, `{1/}`, as
/// ``Content/tagged`` writes them) back into content with the source segment's codes.
///
/// For a format whose markup nobody types (the XML runs of a Word document), this is how a
/// translation given on the command line keeps the source's formatting: `Ref: {1}CL-17/24{/1}`
/// takes code 1 of the source segment, its markup included. A tag naming no code of the
/// source, or of another kind (`{1/}` for a pair), is text.
public enum TaggedText {
    public static func content(_ text: String, codes: [InlineCode]) -> Content {
        var content = Content()
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            content.append(.text(String(rest[..<open])))
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let inner = rest[rest.index(after: open)..<close]
            var kind = InlineCode.Kind.open
            var number = inner
            if number.hasPrefix("/") { kind = .close; number = number.dropFirst() } else if number.hasSuffix("/") { kind = .placeholder; number = number.dropLast() }
            if let id = Int(number), let code = codes.first(where: { $0.id == id && $0.kind == kind }) {
                content.append(.code(code))
            } else {
                content.append(.text(String(rest[open...close])))
            }
            rest = rest[rest.index(after: close)...]
        }
        content.append(.text(String(rest)))
        return content
    }
}
