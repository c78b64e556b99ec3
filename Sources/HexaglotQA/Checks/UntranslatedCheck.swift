import Foundation
import HexaglotCore
import HexaglotText

/// The target is not the source copied unchanged.
///
/// Rule: reported (warning) when source and target languages differ, the target equals the
/// source ignoring case and spacing (runs of whitespace count as one space, ends trimmed), and
/// the source reads as a sentence rather than a name: at least two word tokens with a letter
/// (``WordCounter/tokens(in:language:)``), and, in a cased script, at least one of them not
/// starting with a capital. So "Connect 2030 Agenda", "ITU-T", "Resolution 200", "2030" and
/// "www.itu.int" may stay as they are, while "the Connect 2030 Agenda" or a Chinese or Arabic
/// sentence copied into another language is reported.
public struct UntranslatedCheck: QACheck {
    public static let id = "untranslated"
    public static let severity = QASeverity.warning
    public static let summary = "The target is not the source copied unchanged (ignoring case and spacing)"

    public init() {}

    public func check(_ pair: QAPair) -> [QAFinding] {
        guard pair.sourceLanguage != pair.targetLanguage else { return [] }
        let source = pair.source.plainText, target = pair.target.plainText
        guard Self.normalized(source) == Self.normalized(target), !Self.normalized(source).isEmpty else { return [] }
        let words = WordCounter.tokens(in: source, language: pair.sourceLanguage)
            .filter { $0.unicodeScalars.contains { $0.properties.isAlphabetic } }
        guard words.count >= 2 else { return [] }
        let cased = words.contains { $0.first.map { $0.isUppercase || $0.isLowercase } ?? false }
        if cased, !words.contains(where: { $0.first?.isLowercase == true }) { return [] }
        return [finding(pair, "The target is the source unchanged: “\(Self.excerpt(source))”",
                        range: 0..<target.utf16.count)]
    }

    static func normalized(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func excerpt(_ text: String) -> String {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return t.count > 60 ? String(t.prefix(60)) + "…" : t
    }
}
