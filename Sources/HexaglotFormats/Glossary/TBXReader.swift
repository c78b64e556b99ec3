import Foundation
import HexaglotCore
import HexaglotText

/// Reads a TBX-Basic glossary (TBX 2 `martif` or TBX 3 `tbx`) into glossary entries.
///
/// Per concept (`termEntry` / `conceptEntry`): an optional `descrip type="definition"`;
/// per language section (`langSet` / `langSec`, its `xml:lang` mapped to one of the six; others
/// are skipped), each term (`tig`/`ntig`/`termSec`) with `termNote type="partOfSpeech"`,
/// `termNote type="termType"` (abbreviation, acronym…),
/// `termNote type="administrativeStatus"` (`preferredTerm-admn-sts`, `admittedTerm-admn-sts`,
/// `deprecatedTerm-admn-sts`, `supersededTerm-admn-sts`), `termNote type="x-matching"` (how the
/// term is matched: ``GlossaryEntry/Matching`` flag names, `caseSensitive wholePhrase
/// suggestOnly`; an unknown name is an error) and `note`. `descrip type="x-matching"` in a
/// concept or a language section gives flags to every term there. A term without a status
/// is preferred. The XML goes through ``XMLReader``: an entity declaration is refused, so
/// nothing is ever expanded or fetched, and no DTD is loaded.
public enum TBXReader {
    /// Parses TBX from `data`; errors name `file` and the line.
    public static func read(_ data: Data, file: String?) throws -> [GlossaryEntry] {
        try readWithWarnings(data, file: file).entries
    }

    /// Parses TBX from `data`, with the warnings worth showing: a concept with no term in one
    /// of the six languages. A term given twice in a concept and language with different
    /// statuses is an error.
    public static func readWithWarnings(_ data: Data, file: String?) throws -> (entries: [GlossaryEntry], warnings: [FormatWarning]) {
        let delegate = Delegate(file: file)
        let cursor = XMLCursor(source: MemoryByteSource([UInt8](data)), file: file, what: "TBX")
        reading: while true {
            let token = try cursor.next()
            delegate.line = cursor.line
            switch token {
            case .startTag:
                var attributes: [String: String] = [:]
                for a in cursor.attributes where a.namespace != XMLReader.xmlnsNamespace { attributes[a.name] = a.value }
                delegate.start(cursor.name, attributes: attributes)
            case .text:
                delegate.characters(cursor.text())
            case .endTag:
                delegate.end(cursor.name)
            case .endOfDocument:
                break reading
            }
            if let error = delegate.error { throw error }
        }
        guard delegate.sawRoot else {
            throw FormatError(.syntax, "not a TBX file: the root element is not <martif> or <tbx>", at: SourceLocation(file: file, line: 1))
        }
        return (delegate.entries, delegate.warnings)
    }

    /// Reads a TBX file from disk.
    public static func read(contentsOf path: String) throws -> [GlossaryEntry] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FormatError(.missingFile, "cannot read the glossary file", at: SourceLocation(file: path, line: 1))
        }
        return try read(data, file: path)
    }

    /// The glossary built element by element from the cursor's tokens.
    private final class Delegate {
        let file: String?
        var entries: [GlossaryEntry] = []
        var warnings: [FormatWarning] = []
        var error: FormatError?
        var sawRoot = false

        private var entryID: String?
        private var entryLine = 0
        private var definition: String?
        private var subjectField: String?
        private var terms: [GlossaryEntry.Term] = []
        private var language: Language?
        private var skipLanguage = false
        private var term: (text: String, usage: GlossaryEntry.Usage?, pos: String?, type: String?, note: String?, matching: GlossaryEntry.Matching)?
        private var text = ""
        private var noteType: String?
        private var descripType: String?
        /// Matching flags given for the whole concept, or for the current language section.
        private var conceptMatching: GlossaryEntry.Matching = []
        private var languageMatching: GlossaryEntry.Matching = []
        private var languageStart = 0
        private var autoID = 0

        init(file: String?) { self.file = file }

        /// The line of the token being read.
        var line = 1

        func fail(_ message: String) {
            if error == nil {
                error = FormatError(.syntax, message, at: SourceLocation(file: file, line: line))
            }
        }

        func start(_ name: String, attributes: [String: String]) {
            text = ""
            switch name {
            case "martif", "tbx":
                sawRoot = true
            case "termEntry", "conceptEntry":
                autoID += 1
                entryID = attributes["id"] ?? "c\(autoID)"
                entryLine = line
                definition = nil
                subjectField = nil
                terms = []
                conceptMatching = []
            case "langSet", "langSec":
                languageMatching = []
                languageStart = terms.count
                guard let tag = attributes["xml:lang"] ?? attributes["lang"] else {
                    fail("<\(name)> without xml:lang")
                    return
                }
                if let l = try? Language(tag: tag) {
                    language = l
                    skipLanguage = false
                } else {
                    language = nil
                    skipLanguage = true
                    warnings.append(FormatWarning("the language \"\(tag)\" of concept \(entryID ?? "?") is not one of ar, zh, en, fr, ru, es: its terms are left out",
                                                  at: SourceLocation(file: file, line: line)))
                }
            case "tig", "ntig", "termSec":
                term = ("", nil, nil, nil, nil, [])
            case "termNote":
                noteType = attributes["type"]
            case "descrip":
                descripType = attributes["type"]
            default:
                break
            }
        }

        func characters(_ string: String) { text += string }

        func end(_ name: String) {
            let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
            switch name {
            case "term":
                term?.text = value
            case "termNote":
                if noteType == "partOfSpeech" { term?.pos = value }
                if noteType == "termType" { term?.type = value }
                if noteType == TBXWriter.matchingType {
                    switch GlossaryEntry.Matching.parse(value) {
                    case .success(let m): term?.matching.formUnion(m)
                    case .failure(let e):
                        fail("\(e.message) in <termNote type=\"\(TBXWriter.matchingType)\">")
                        return
                    }
                }
                if noteType == "administrativeStatus" || noteType == "normativeAuthorization" {
                    guard let usage = Delegate.usage(value) else {
                        fail("unknown administrativeStatus \(Quote.user(value))")
                        return
                    }
                    term?.usage = usage
                }
                noteType = nil
            case "note":
                if term != nil { term?.note = value }
            case "descrip":
                if descripType == "definition", definition == nil { definition = value }
                if descripType == "subjectField", subjectField == nil { subjectField = value }
                if descripType == TBXWriter.matchingType {
                    switch GlossaryEntry.Matching.parse(value) {
                    case .success(let m):
                        if term != nil { term?.matching.formUnion(m) } else if language != nil || skipLanguage { languageMatching.formUnion(m) } else { conceptMatching.formUnion(m) }
                    case .failure(let e):
                        fail("\(e.message) in <descrip type=\"\(TBXWriter.matchingType)\">")
                        return
                    }
                }
                descripType = nil
            case "tig", "ntig", "termSec":
                defer { term = nil }
                guard !skipLanguage, let language, let t = term else { return }
                guard !t.text.isEmpty else {
                    fail("an empty <term> in concept \(entryID ?? "?")")
                    return
                }
                let usage = t.usage ?? .preferred
                let key = t.text.precomposedStringWithCanonicalMapping
                if let twin = terms.first(where: { $0.language == language && $0.text.precomposedStringWithCanonicalMapping == key && $0.usage != usage }) {
                    fail("the term \"\(t.text)\" (\(language.rawValue)) is in concept \(entryID ?? "?") twice, as \(twin.usage.rawValue) and as \(usage.rawValue): keep one status")
                    return
                }
                terms.append(GlossaryEntry.Term(language: language, text: t.text, usage: usage,
                                                partOfSpeech: t.pos, termType: t.type, note: t.note, matching: t.matching))
            case "langSet", "langSec":
                for i in languageStart..<terms.count { terms[i].matching.formUnion(languageMatching) }
                language = nil
                skipLanguage = false
            case "termEntry", "conceptEntry":
                guard let id = entryID else { return }
                if terms.isEmpty {
                    fail("concept \(id) (line \(entryLine)) has no term in ar, zh, en, fr, ru or es")
                    return
                }
                if entries.contains(where: { $0.id == id }) {
                    fail("concept id \(id) appears twice")
                    return
                }
                let missing = Language.allCases.filter { l in !terms.contains { $0.language == l && $0.usage != .deprecated } }
                if !missing.isEmpty {
                    warnings.append(FormatWarning("concept \(id) has no approved term in \(missing.map(\.rawValue).joined(separator: ", "))",
                                                  at: SourceLocation(file: file, line: entryLine)))
                }
                for i in terms.indices { terms[i].matching.formUnion(conceptMatching) }
                entries.append(GlossaryEntry(id: id, definition: definition, subjectField: subjectField, terms: terms))
                entryID = nil
            default:
                break
            }
            text = ""
        }

        static func usage(_ value: String) -> GlossaryEntry.Usage? {
            switch value.lowercased() {
            case "preferredterm-admn-sts", "preferred", "preferredterm": return .preferred
            case "admittedterm-admn-sts", "admitted", "admittedterm": return .admitted
            case "deprecatedterm-admn-sts", "supersededterm-admn-sts", "deprecated", "deprecatedterm", "supersededterm":
                return .deprecated
            default: return nil
            }
        }
    }
}
