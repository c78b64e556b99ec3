import HexaglotCore

/// How ``InlineCode`` values are written as XLIFF 2 inline elements, and read back.
///
/// - kind: an open code and its close code become one `<pc>` around the text between them
///   when they nest properly; a pair that is split (the close missing) or that crosses
///   another becomes `<sc id="N"/>` … `<ec startRef="N"/>` (`isolated="yes"` for a half
///   without its partner); a placeholder becomes `<ph/>`.
/// - id: the inline `id` is the code's ``InlineCode/id`` as a decimal number. Ids that are
///   not numbers (from other tools) get numbers of their own, the same in source and target.
/// - data: the markup goes in the unit's `<originalData><data id="dN">` (one `data` per
///   distinct markup), referenced by `dataRef` (`dataRefStart`/`dataRefEnd` on `pc`).
///   Characters XML cannot hold are written `<cp hex="…"/>`.
/// - role: `type` and `subType`: emphasis → `fmt`/`xlf:i`; strong → `fmt`/`xlf:b`;
///   lineBreak → `fmt`/`xlf:lb`; strikethrough and code → `fmt`/`hexaglot:ROLE`; link and
///   autolink → `link`/`hexaglot:ROLE`; image → `image`/`hexaglot:image`; html and escape →
///   `other`/`hexaglot:ROLE`; other → `other`. Reading, subType decides, then `type`
///   (`link`, `image`), else other.
/// - equiv: `equiv` (`equivStart`/`equivEnd` on `pc`), written only when the code has one.
/// - canDelete: `canDelete="no"` when false (XLIFF's default is yes).
/// - a `pc` stands for both codes: its end code gets the start code's role, canDelete and
///   attributes (its own data and equiv are kept).
/// - attributes: each as `hxg:KEY="value"` in the namespace ``namespace``; keys that are not
///   XML names (none from Hexaglot's formats) are not written.
enum XLIFFCodes {
    static let namespace = "urn:hexaglot:xliff"
    static let prefix = "hxg"

    static func typeAndSubType(_ role: InlineCode.Role) -> (type: String, subType: String?) {
        switch role {
        case .emphasis: return ("fmt", "xlf:i")
        case .strong: return ("fmt", "xlf:b")
        case .lineBreak: return ("fmt", "xlf:lb")
        case .strikethrough, .code: return ("fmt", XLIFFStatus.prefix + role.rawValue)
        case .link, .autolink: return ("link", XLIFFStatus.prefix + role.rawValue)
        case .image: return ("image", XLIFFStatus.prefix + role.rawValue)
        case .html, .escape: return ("other", XLIFFStatus.prefix + role.rawValue)
        case .other: return ("other", nil)
        }
    }

    static func role(type: String?, subType: String?) -> InlineCode.Role {
        if let subType {
            if subType.hasPrefix(XLIFFStatus.prefix),
               let role = InlineCode.Role(rawValue: String(subType.dropFirst(XLIFFStatus.prefix.count))) {
                return role
            }
            switch subType {
            case "xlf:i": return .emphasis
            case "xlf:b": return .strong
            case "xlf:lb": return .lineBreak
            default: break
            }
        }
        switch type {
        case "link": return .link
        case "image": return .image
        default: return .other
        }
    }

    /// Whether `key` can be written as the local part of an attribute name.
    static func isName(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first, first.isASCII,
              first.properties.isAlphabetic || first == "_" else { return false }
        return key.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)) }
    }

    /// The decimal id of an inline element, when it is one.
    static func number(_ id: String) -> Int? {
        guard !id.isEmpty, id.utf8.count <= 9, id.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return Int(id)
    }
}
