/// The namespaces, relationship types and schema orders of WordprocessingML that the DOCX
/// format needs: one table each.
enum DOCXNames {
    /// WordprocessingML, transitional and strict.
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let wStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    static let dc = "http://purl.org/dc/elements/1.1/"
    static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    static func isW(_ namespace: String) -> Bool { namespace == w || namespace == wStrict }

    /// Relationship types (their last path segment) of the parts whose text is translated.
    static let translatedRelationships = ["/header", "/footer", "/footnotes", "/endnotes"]

    /// Elements that record a tracked change (revision marks).
    static let revisionElements: Set<String> = [
        "ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange", "sectPrChange", "tblPrChange",
        "tblPrExChange", "trPrChange", "tcPrChange", "tblGridChange", "numberingChange", "cellIns", "cellDel",
        "cellMerge", "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd",
        "customXmlInsRangeStart", "customXmlInsRangeEnd", "customXmlDelRangeStart", "customXmlDelRangeEnd",
    ]

    /// Revision elements whose content is kept when revisions are accepted (insertions, moves to).
    static let acceptedContent: Set<String> = ["ins", "moveTo"]

    /// Run properties that do not change how text looks and are left out when runs are
    /// compared (spell-check and language marks).
    static let ignoredRunProperties: Set<String> = ["lang", "noProof", "rPrChange", "proofErr", "specVanish"]

    /// The children of `w:rPr` in schema order (CT_RPr), so inserted properties land in place.
    static let runPropertyOrder = [
        "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow",
        "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern",
        "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs",
        "em", "lang", "eastAsianLayout", "specVanish", "oMath", "rPrChange",
    ]

    /// The children of `w:tblPr` in schema order (CT_TblPr).
    static let tablePropertyOrder = [
        "tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize", "tblW", "jc",
        "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption",
        "tblDescription", "tblPrChange",
    ]

    /// The children of `w:pPr` in schema order (CT_PPr).
    static let paragraphPropertyOrder = [
        "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
        "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct",
        "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind",
        "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
        "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange",
    ]
}
