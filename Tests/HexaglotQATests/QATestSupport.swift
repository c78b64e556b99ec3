import HexaglotCore
@testable import HexaglotQA

/// Runs one check on one pair of plain texts.
func findings<C: QACheck>(_ check: C.Type, _ source: String, _ target: String,
                          _ sourceLanguage: Language, _ targetLanguage: Language) -> [QAFinding] {
    C().check(QAPair(source: Content(text: source), target: Content(text: target),
                     sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, segment: 3, reference: "doc.md:7"))
}

func findings<C: QACheck>(_ check: C.Type, _ source: Content, _ target: Content,
                          _ sourceLanguage: Language = .en, _ targetLanguage: Language = .fr) -> [QAFinding] {
    C().check(QAPair(source: source, target: target, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage))
}

let nnbsp = "\u{202F}"
let nbsp = "\u{A0}"
