import HexaglotCore

/// A segment's content as HTML: text escaped, each inline code a chip that the editor's script
/// can move but that keeps its markup (`data-markup`), id and kind, so a save rebuilds the
/// exact markup and can tell a missing or doubled code.
enum ContentHTML {
    static func render(_ content: Content) -> String {
        var h = ""
        for run in content.runs {
            switch run {
            case .text(let text): h += HTML.escape(text)
            case .code(let code): h += chip(code)
            }
        }
        return h
    }

    /// `{1}`, `{/1}` or `{1/}` in a box that is not editable itself.
    static func chip(_ code: InlineCode) -> String {
        let label: String
        switch code.kind {
        case .open: label = "{\(code.id)}"
        case .close: label = "{/\(code.id)}"
        case .placeholder: label = "{\(code.id)/}"
        }
        let what = code.role.rawValue + (code.attributes["href"].map { " → " + $0 } ?? "") + ": " + code.data
        return "<span class=\"chip chip-\(code.kind.rawValue)\" contenteditable=\"false\" draggable=\"true\" data-id=\"\(code.id)\" "
            + "data-kind=\"\(code.kind.rawValue)\" data-can-delete=\"\(code.canDelete)\" data-markup=\"\(HTML.escape(code.data))\" "
            + "title=\"\(HTML.escape(what))\">\(label)</span>"
    }
}
