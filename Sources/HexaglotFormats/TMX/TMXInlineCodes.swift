import HexaglotCore

/// How TMX inline elements map to ``InlineCode`` and back.
///
/// Reading: `bpt`/`ept` (paired by `i`) give an ``InlineCode/Kind/open`` and a
/// ``InlineCode/Kind/close`` code with one id; `it` gives an open (`pos="begin"`) or close
/// (`pos="end"`) code with no partner; `ph` and `ut` give placeholders; `hi` gives an open
/// code (no data), its content as runs, then a close code. `data` is the native code the
/// element holds, entity references decoded (`<b>` for `<bpt i="1">&lt;b&gt;</bpt>`); text
/// in a `sub` is part of it, and the element's content is kept as XML under ``subKey`` to
/// be written back as it was. `equiv` is nil. The code's `attributes` hold the element name
/// under ``elementKey`` and its TMX attributes (`i`, `x`, `type`, `pos`, `assoc`).
///
/// Ids: a `bpt`/`ept` pair takes its `i`, any other code its `x`, when that is a number not
/// already taken in the segment; otherwise the next free number.
///
/// Writing: a code read from TMX goes back as the same element; a code from elsewhere (a
/// Markdown `**`, `[`, `` ` ``) as `bpt`/`ept` (`i` = id) or `ph` (`x` = id), its `type`
/// from its role, its data escaped as content. An open or close code without its partner in
/// the content is written `it`; a `hi` whose span would cross another is written as
/// `bpt`/`ept`.
enum TMXInlineCodes {
    /// The attribute of an ``InlineCode`` naming the TMX element it came from.
    static let elementKey = "tmx"
    /// The attribute of an ``InlineCode`` holding the XML content of an element with a `sub`.
    static let subKey = "tmx-sub"
    /// The TMX attributes kept on codes.
    static let keptAttributes: Set<String> = ["i", "x", "type", "pos", "assoc"]

    /// The role of a code from its TMX `type` (TMX 1.4b values, a few HTML names, and the
    /// `x-` values ``type(for:)`` writes).
    static func role(forType type: String?) -> InlineCode.Role {
        guard let type else { return .other }
        switch type.lowercased() {
        case "bold", "b", "strong": return .strong
        case "italic", "i", "em": return .emphasis
        case "link", "a": return .link
        case "image", "img": return .image
        case "lb": return .lineBreak
        case "x-strikethrough", "x-strike", "strike", "s", "del": return .strikethrough
        case "x-code", "code": return .code
        case "x-autolink": return .autolink
        case "x-html": return .html
        case "x-escape": return .escape
        default: return .other
        }
    }

    /// The TMX `type` written for a code of `role` that did not come from TMX.
    static func type(for role: InlineCode.Role) -> String? {
        switch role {
        case .strong: return "bold"
        case .emphasis: return "italic"
        case .link: return "link"
        case .image: return "image"
        case .lineBreak: return "lb"
        case .strikethrough: return "x-strikethrough"
        case .code: return "x-code"
        case .autolink: return "x-autolink"
        case .html: return "x-html"
        case .escape: return "x-escape"
        case .other: return nil
        }
    }
}
