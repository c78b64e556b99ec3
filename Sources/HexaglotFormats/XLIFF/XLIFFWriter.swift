import Foundation
import HexaglotCore

/// Writes an ``XLIFFDocument`` as XLIFF 2.1 (UTF-8), for translation in a CAT tool.
///
/// Layout:
/// ```xml
/// <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="fr" trgLang="es" …>
///   <file id="f1" original="CL-19/73" canResegment="no">
///     <mda:metadata><mda:metaGroup category="hexaglot">
///       <mda:meta type="revision">3</mda:meta><mda:meta type="fingerprint">…</mda:meta>
///     </mda:metaGroup></mda:metadata>
///     <unit id="u1">
///       <mtc:matches><mtc:match ref="#s1" matchQuality="95" origin="…">…</mtc:match></mtc:matches>
///       <notes><note>…</note></notes>
///       <originalData><data id="d1">**</data></originalData>
///       <segment id="s1" state="translated"><source>…</source><target>…</target></segment>
///     </unit>
///   </file>
/// </xliff>
/// ```
/// Revision and fingerprint go in the Metadata module (`mda`, urn:oasis:names:tc:xliff:metadata:2.0)
/// rather than in notes, so that translators never see or edit them. `canResegment="no"`
/// asks tools to keep one segment per unit. States follow ``XLIFFStatus``, inline codes
/// ``XLIFFCodes``; candidates use the Translation Candidates module (`mtc`), each match
/// with its own `originalData` (data ids `m1d1`, …). The output validates against the
/// OASIS XLIFF 2.1 core, matches and metadata schemas.
///
/// A note, equiv, attribute or origin holding a character XML 1.0 cannot hold is refused
/// with a ``FormatError/Code/encoding`` error naming the unit; in source, target and code
/// data such characters are written `<cp hex="…"/>`.
public enum XLIFFWriter {
    static let core = "urn:oasis:names:tc:xliff:document:2.0"
    static let matches = "urn:oasis:names:tc:xliff:matches:2.0"
    static let metadata = "urn:oasis:names:tc:xliff:metadata:2.0"

    /// The whole file.
    public static func data(_ document: XLIFFDocument) throws -> Data {
        Data(try string(document).utf8)
    }

    /// Writes the file at `path` (replacing it atomically).
    public static func write(_ document: XLIFFDocument, to path: String) throws {
        let bytes = try data(document)
        do {
            try bytes.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw FormatError(.missingFile, "cannot write \(path): \(error.localizedDescription)")
        }
    }

    /// The whole file as text.
    public static func string(_ document: XLIFFDocument) throws -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<xliff xmlns=\"\(core)\" xmlns:mtc=\"\(matches)\" xmlns:mda=\"\(metadata)\""
        out += " xmlns:\(XLIFFCodes.prefix)=\"\(XLIFFCodes.namespace)\" version=\"2.1\""
        out += " srcLang=\"\(document.sourceLanguage.tag)\" trgLang=\"\(document.targetLanguage.tag)\">\n"
        out += "  <file id=\"f1\" original=\""
        try XLIFFEscaping.appendAttribute(document.reference, to: &out, what: "the document reference")
        out += "\" canResegment=\"no\">\n"
        if document.revision != nil || document.fingerprint != nil {
            out += "    <mda:metadata>\n      <mda:metaGroup category=\"hexaglot\">\n"
            if let revision = document.revision { out += "        <mda:meta type=\"revision\">\(revision)</mda:meta>\n" }
            if let fingerprint = document.fingerprint {
                out += "        <mda:meta type=\"fingerprint\">"
                try XLIFFEscaping.appendText(fingerprint, to: &out, what: "the fingerprint")
                out += "</mda:meta>\n"
            }
            out += "      </mda:metaGroup>\n    </mda:metadata>\n"
        }
        var seen: Set<Int> = []
        for unit in document.units {
            guard unit.number >= 0 else {
                throw FormatError(.syntax, "segment number \(unit.number): XLIFF units are numbered from 0 (the title) and 1")
            }
            guard seen.insert(unit.number).inserted else {
                throw FormatError(.syntax, "segment \(unit.number) appears twice in the export")
            }
            try appendUnit(unit, to: &out)
        }
        out += "  </file>\n</xliff>\n"
        return out
    }

    private static func appendUnit(_ unit: XLIFFUnit, to out: inout String) throws {
        let n = unit.number
        let what = "segment \(n)"
        try check(unit, what: what)
        out += "    <unit id=\"u\(n)\">\n"
        if !unit.candidates.isEmpty {
            out += "      <mtc:matches>\n"
            for (k, candidate) in unit.candidates.enumerated() {
                var inline = XLIFFInlineWriter(dataPrefix: "m\(k + 1)d")
                let source = inline.write(candidate.source)
                let target = inline.write(candidate.target)
                out += "        <mtc:match ref=\"#s\(n)\" matchQuality=\"\(score(candidate.score))\""
                if let origin = candidate.origin {
                    out += " origin=\""
                    try XLIFFEscaping.appendAttribute(origin, to: &out, what: "the origin of a candidate of \(what)")
                    out += "\""
                }
                out += ">\n"
                out += inline.originalData(indent: "          ")
                out += "          <source>\(source)</source>\n"
                out += "          <target>\(target)</target>\n"
                out += "        </mtc:match>\n"
            }
            out += "      </mtc:matches>\n"
        }
        if !unit.notes.isEmpty {
            out += "      <notes>\n"
            for note in unit.notes {
                out += "        <note>"
                try XLIFFEscaping.appendText(note, to: &out, what: "a note of \(what)")
                out += "</note>\n"
            }
            out += "      </notes>\n"
        }
        var inline = XLIFFInlineWriter()
        let source = inline.write(unit.source)
        let target = unit.target.map { inline.write($0) }
        out += inline.originalData(indent: "      ")
        let (state, subState) = XLIFFStatus.state(for: unit.status, hasTarget: !(unit.target?.isEmpty ?? true))
        out += "      <segment id=\"s\(n)\" state=\"\(state)\""
        if let subState { out += " subState=\"\(subState)\"" }
        out += ">\n        <source>\(source)</source>\n"
        if let target { out += "        <target>\(target)</target>\n" }
        out += "      </segment>\n    </unit>\n"
    }

    /// Refuses characters XML cannot hold where `cp` cannot stand in for them.
    private static func check(_ unit: XLIFFUnit, what: String) throws {
        var contents = [unit.source]
        if let t = unit.target { contents.append(t) }
        for c in unit.candidates { contents += [c.source, c.target] }
        for content in contents {
            for code in content.codes {
                var scratch = ""
                if let e = code.equiv { try XLIFFEscaping.appendAttribute(e, to: &scratch, what: "an inline code of \(what)") }
                for value in code.attributes.values {
                    try XLIFFEscaping.appendAttribute(value, to: &scratch, what: "an inline code of \(what)")
                }
            }
        }
    }

    /// A match quality as an XML Schema decimal between 0 and 100, with at most two decimals.
    static func score(_ value: Double) -> String {
        let clamped = value.isNaN ? 0 : min(100, max(0, value))
        let hundredths = Int((clamped * 100).rounded())
        let whole = hundredths / 100, fraction = hundredths % 100
        if fraction == 0 { return String(whole) }
        let digits = fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction)
        return "\(whole).\(digits)"
    }
}
