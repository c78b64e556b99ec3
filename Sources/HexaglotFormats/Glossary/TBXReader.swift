import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
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
/// is preferred. External entities are never fetched and DTDs never loaded.
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
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = delegate
        let ok = parser.parse()
        if let error = delegate.error { throw error }
        if !ok || parser.parserError != nil {
            let reason = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "malformed XML"
            throw FormatError(.syntax, "malformed TBX: \(reason)",
                              at: SourceLocation(file: file, line: parser.lineNumber, column: parser.columnNumber))
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

    private final class Delegate: NSObject, XMLParserDelegate {
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

        func fail(_ parser: XMLParser, _ message: String) {
            if error == nil {
                error = FormatError(.syntax, message, at: SourceLocation(file: file, line: parser.lineNumber))
            }
            parser.abortParsing()
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            text = ""
            switch name {
            case "martif", "tbx":
                sawRoot = true
            case "termEntry", "conceptEntry":
                autoID += 1
                entryID = attributes["id"] ?? "c\(autoID)"
                entryLine = parser.lineNumber
                definition = nil
                subjectField = nil
                terms = []
                conceptMatching = []
            case "langSet", "langSec":
                languageMatching = []
                languageStart = terms.count
                guard let tag = attributes["xml:lang"] ?? attributes["lang"] else {
                    fail(parser, "<\(name)> without xml:lang")
                    return
                }
                if let l = try? Language(tag: tag) {
                    language = l
                    skipLanguage = false
                } else {
                    language = nil
                    skipLanguage = true
                    warnings.append(FormatWarning("the language \"\(tag)\" of concept \(entryID ?? "?") is not one of ar, zh, en, fr, ru, es: its terms are left out",
                                                  at: SourceLocation(file: file, line: parser.lineNumber)))
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

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
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
                        fail(parser, "\(e.message) in <termNote type=\"\(TBXWriter.matchingType)\">")
                        return
                    }
                }
                if noteType == "administrativeStatus" || noteType == "normativeAuthorization" {
                    guard let usage = Delegate.usage(value) else {
                        fail(parser, "unknown administrativeStatus \(Quote.user(value))")
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
                        fail(parser, "\(e.message) in <descrip type=\"\(TBXWriter.matchingType)\">")
                        return
                    }
                }
                descripType = nil
            case "tig", "ntig", "termSec":
                defer { term = nil }
                guard !skipLanguage, let language, let t = term else { return }
                guard !t.text.isEmpty else {
                    fail(parser, "an empty <term> in concept \(entryID ?? "?")")
                    return
                }
                let usage = t.usage ?? .preferred
                let key = t.text.precomposedStringWithCanonicalMapping
                if let twin = terms.first(where: { $0.language == language && $0.text.precomposedStringWithCanonicalMapping == key && $0.usage != usage }) {
                    fail(parser, "the term \"\(t.text)\" (\(language.rawValue)) is in concept \(entryID ?? "?") twice, as \(twin.usage.rawValue) and as \(usage.rawValue): keep one status")
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
                    fail(parser, "concept \(id) (line \(entryLine)) has no term in ar, zh, en, fr, ru or es")
                    return
                }
                if entries.contains(where: { $0.id == id }) {
                    fail(parser, "concept id \(id) appears twice")
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

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            if error == nil {
                error = XMLParseError.at(parser, file: file, code: (parseError as NSError).code, what: "TBX")
            }
            parser.abortParsing()
        }

        func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
            fail(parser, "entity declarations are not allowed in a glossary (entity \(Quote.user(name)))")
        }

        func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String,
                    publicID: String?, systemID: String?) {
            fail(parser, "external entities are not allowed in a glossary (entity \(Quote.user(name)))")
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
