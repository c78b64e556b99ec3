/// One of the six official languages of the United Nations.
///
/// The case order is the UN's customary order (the English alphabetical order of
/// the language names): Arabic, Chinese, English, French, Russian, Spanish.
public enum Language: String, CaseIterable, Codable, Hashable, Sendable, Comparable {
    case ar, zh, en, fr, ru, es

    /// The language's English name, as printed in reports.
    public var englishName: String {
        switch self {
        case .ar: return "Arabic"
        case .zh: return "Chinese"
        case .en: return "English"
        case .fr: return "French"
        case .ru: return "Russian"
        case .es: return "Spanish"
        }
    }

    /// The language's own name for itself.
    public var nativeName: String {
        switch self {
        case .ar: return "العربية"
        case .zh: return "中文"
        case .en: return "English"
        case .fr: return "Français"
        case .ru: return "Русский"
        case .es: return "Español"
        }
    }

    /// True for languages written right to left.
    public var isRightToLeft: Bool { self == .ar }

    /// True for languages written without spaces between words, counted by character.
    public var isCharacterCounted: Bool { self == .zh }

    public static func < (lhs: Language, rhs: Language) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

extension Language: CodingKeyRepresentable {}
