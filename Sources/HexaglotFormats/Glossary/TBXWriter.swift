import Foundation
import HexaglotCore
import HexaglotText

/// Writes glossaries as TBX-Basic (the TBX 2 `martif` dialect that ``TBXReader`` reads and
/// that `Glossaries/connect2030.tbx` uses): one `termEntry` per concept, with its subject field
/// and definition, one `langSet` per language in UN order, one `tig` per term with part of
/// speech, term type, administrative status, matching flags and note. Matching flags that every
/// term of a concept has are written once, as the concept's `descrip type="x-matching"`.
public enum TBXWriter {
    /// The `termNote` (term) and `descrip` (concept or language) type that holds
    /// ``GlossaryEntry/Matching`` flags. TBX-Basic has
    /// no data category for it, so it is a private one (the `x-` prefix), which other tools
    /// keep or ignore.
    public static let matchingType = "x-matching"

    public static func string(_ entries: [GlossaryEntry], title: String) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX-Basic" xml:lang="en">
              <martifHeader>
                <fileDesc>
                  <titleStmt>
                    <title>\(escape(title))</title>
                  </titleStmt>
                  <sourceDesc>
                    <p>Exported by Hexaglot.</p>
                  </sourceDesc>
                </fileDesc>
                <encodingDesc>
                  <p type="XCSURI">TBXBasicXCSV02.xcs</p>
                </encodingDesc>
              </martifHeader>
              <text>
                <body>

            """
        for entry in entries {
            out += "      <termEntry id=\"\(escape(entry.id))\">\n"
            if let s = entry.subjectField { out += "        <descrip type=\"subjectField\">\(escape(s))</descrip>\n" }
            if let d = entry.definition { out += "        <descrip type=\"definition\">\(escape(d))</descrip>\n" }
            // Flags every term has are the concept's.
            let common = entry.terms.dropFirst().reduce(entry.terms.first?.matching ?? []) { $0.intersection($1.matching) }
            if !common.isEmpty { out += "        <descrip type=\"\(matchingType)\">\(common.text)</descrip>\n" }
            for language in Language.allCases {
                let terms = entry.terms.filter { $0.language == language }
                guard !terms.isEmpty else { continue }
                out += "        <langSet xml:lang=\"\(language.rawValue)\">\n"
                for term in terms {
                    out += "          <tig>\n            <term>\(escape(term.text))</term>\n"
                    if let pos = term.partOfSpeech { out += "            <termNote type=\"partOfSpeech\">\(escape(pos))</termNote>\n" }
                    if let type = term.termType { out += "            <termNote type=\"termType\">\(escape(type))</termNote>\n" }
                    out += "            <termNote type=\"administrativeStatus\">\(term.usage.rawValue)Term-admn-sts</termNote>\n"
                    let own = term.matching.subtracting(common)
                    if !own.isEmpty { out += "            <termNote type=\"\(matchingType)\">\(own.text)</termNote>\n" }
                    if let note = term.note { out += "            <note>\(escape(note))</note>\n" }
                    out += "          </tig>\n"
                }
                out += "        </langSet>\n"
            }
            out += "      </termEntry>\n"
        }
        out += "    </body>\n  </text>\n</martif>\n"
        return out
    }

    /// Text escaped for element content and attribute values (the TMX writer's escaping).
    static func escape(_ s: String) -> String {
        var out = ""
        XMLEscaping.appendAttribute(s, to: &out)
        return out
    }
}
