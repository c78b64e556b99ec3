import Foundation
import HexaglotCore
import HexaglotText

/// Glossaries as CSV, one row per term, for editing in a spreadsheet.
///
/// RFC 4180, UTF-8, a header row naming the columns: `concept` (the concept's id), `language`
/// (ar, zh, en, fr, ru, es or a regional form), `term`, `usage` (preferred, admitted or
/// deprecated; empty means preferred), `part_of_speech`, `term_type` (abbreviation, acronym,
/// fullForm…), `note`, `matching` (how the term is matched: ``GlossaryEntry/Matching`` flag
/// names separated by spaces, `caseSensitive wholePhrase suggestOnly`; may be left out),
/// `definition` and `subject_field` (given once per concept, on any of its
/// rows). Columns may come in any order; `concept`, `language` and `term` are required. Rows of
/// one concept need not be next to each other.
public enum GlossaryCSV {
    static let columns = ["concept", "language", "term", "usage", "part_of_speech", "term_type", "note", "definition", "subject_field", "matching"]

    /// The CSV text of `entries`.
    public static func write(_ entries: [GlossaryEntry]) -> String {
        var out = columns.joined(separator: ",") + "\r\n"
        for entry in entries {
            for (i, term) in entry.terms.enumerated() {
                let fields = [entry.id, term.language.rawValue, term.text, term.usage.rawValue, term.partOfSpeech ?? "",
                              term.termType ?? "", term.note ?? "", i == 0 ? entry.definition ?? "" : "",
                              i == 0 ? entry.subjectField ?? "" : "", term.matching.text]
                out += fields.map(quote).joined(separator: ",") + "\r\n"
            }
        }
        return out
    }

    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || field.hasPrefix(" ") || field.hasSuffix(" ") else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Reads CSV text; errors name `file` and the line. A term given twice in a concept and
    /// language with different usages is an error.
    public static func read(_ text: String, file: String?) throws -> (entries: [GlossaryEntry], warnings: [FormatWarning]) {
        let rows = try parse(text, file: file)
        guard let header = rows.first else {
            throw FormatError(.syntax, "\(file ?? "<input>"): an empty glossary file")
        }
        var index: [String: Int] = [:]
        for (i, name) in header.fields.enumerated() {
            index[name.trimmingCharacters(in: .whitespaces).lowercased()] = i
        }
        for required in ["concept", "language", "term"] where index[required] == nil {
            throw FormatError(.syntax, "the header has no \"\(required)\" column (expected \(columns.joined(separator: ", ")))",
                              at: SourceLocation(file: file, line: header.line))
        }
        var order: [String] = []
        var byConcept: [String: GlossaryEntry] = [:]
        var firstLine: [String: Int] = [:]
        for row in rows.dropFirst() {
            if row.fields.allSatisfy({ $0.isEmpty }) { continue }
            func field(_ name: String) -> String? {
                guard let i = index[name], i < row.fields.count else { return nil }
                let v = row.fields[i].trimmingCharacters(in: .whitespaces)
                return v.isEmpty ? nil : v
            }
            let at = SourceLocation(file: file, line: row.line)
            guard let concept = field("concept"), let tag = field("language"), let text = field("term") else {
                throw FormatError(.syntax, "a row needs a concept, a language and a term", at: at)
            }
            let language: Language
            do { language = try LanguageTag(parsing: tag).language } catch let e as CoreError {
                throw FormatError(.syntax, e.message, at: at)
            }
            var usage = GlossaryEntry.Usage.preferred
            if let u = field("usage") {
                guard let parsed = GlossaryEntry.Usage(rawValue: u.lowercased()) else {
                    throw FormatError(.syntax, "unknown usage \"\(u)\": expected preferred, admitted or deprecated", at: at)
                }
                usage = parsed
            }
            var entry = byConcept[concept] ?? GlossaryEntry(id: concept, terms: [])
            if byConcept[concept] == nil {
                order.append(concept)
                firstLine[concept] = row.line
            }
            if entry.definition == nil { entry.definition = field("definition") }
            if entry.subjectField == nil { entry.subjectField = field("subject_field") }
            let key = text.precomposedStringWithCanonicalMapping
            if let twin = entry.terms.first(where: { $0.language == language && $0.text.precomposedStringWithCanonicalMapping == key && $0.usage != usage }) {
                throw FormatError(.syntax, "the term \"\(text)\" (\(language.rawValue)) is in concept \(concept) twice, as \(twin.usage.rawValue) and as \(usage.rawValue): keep one status", at: at)
            }
            var matching: GlossaryEntry.Matching = []
            if let m = field("matching") {
                switch GlossaryEntry.Matching.parse(m) {
                case .success(let parsed): matching = parsed
                case .failure(let e): throw FormatError(.syntax, e.message, at: at)
                }
            }
            entry.terms.append(GlossaryEntry.Term(language: language, text: text, usage: usage, partOfSpeech: field("part_of_speech"),
                                                  termType: field("term_type"), note: field("note"), matching: matching))
            byConcept[concept] = entry
        }
        var warnings: [FormatWarning] = []
        let entries = order.map { byConcept[$0]! }
        for entry in entries {
            let missing = Language.allCases.filter { l in !entry.terms.contains { $0.language == l && $0.usage != .deprecated } }
            if !missing.isEmpty {
                warnings.append(FormatWarning("concept \(entry.id) has no approved term in \(missing.map(\.rawValue).joined(separator: ", "))",
                                              at: SourceLocation(file: file, line: firstLine[entry.id] ?? 1)))
            }
        }
        return (entries, warnings)
    }

    struct Row {
        var line: Int
        var fields: [String]
    }

    /// RFC 4180 records with the line each starts on; a quote left open is an error.
    static func parse(_ text: String, file: String?) throws -> [Row] {
        var rows: [Row] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var line = 1
        var rowLine = 1
        var quoteLine = 1
        var chars = Array(text.unicodeScalars)
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count, chars[i + 1] == "\"" { field.unicodeScalars.append("\""); i += 1 } else { quoted = false }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" && field.isEmpty {
                quoted = true
                quoteLine = line
            } else if c == "," {
                fields.append(field)
                field = ""
            } else if c == "\r" || c == "\n" {
                if c == "\r", i + 1 < chars.count, chars[i + 1] == "\n" { i += 1 }
                fields.append(field)
                rows.append(Row(line: rowLine, fields: fields))
                fields = []
                field = ""
                line += 1
                rowLine = line
            } else {
                field.unicodeScalars.append(c)
            }
            i += 1
        }
        if quoted {
            throw FormatError(.syntax, "a quoted field opened here is never closed", at: SourceLocation(file: file, line: quoteLine))
        }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            rows.append(Row(line: rowLine, fields: fields))
        }
        return rows
    }
}
