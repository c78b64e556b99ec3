#!/usr/bin/env python3
"""Writes the Word versions of circular letter CL-17/24 (CL-17-24.fr.docx and its translations).

    python3 Letters/CL-17-24/make-docx.py

Each .docx is made from the Markdown file of the same language beside this script, with the
standard library only (zipfile), writing the WordprocessingML by hand so that every byte of the
package can be read here. The output is the same on every run (fixed dates, fixed order).

What the letter holds, as ITU letters sent from Word do:
- a letterhead table: the Union's name and the sending department in row 1; in row 2 the
  reference (bold), contact and e-mail (a hyperlink), one line each (line breaks), and the place
  and date;
- the addressees, the subject with its text in bold, the salutation, the body; the first body
  paragraph carries a footnote after "CL-16/62"; links become hyperlinks;
- the signature block (name, line break, function); a footer with the Union's address;
- the title in the core properties (File > Properties), and custom properties that play the part
  of the Markdown front matter (reference, kind, date, language; translation-of, status,
  translator for a translation), which Hexaglot reads;
- runs split the way Word splits them while one types (w:rsidR revision ids, a w:proofErr
  spell-check mark, a w:lastRenderedPageBreak), which Hexaglot merges back.
The Arabic file marks its paragraphs right to left (w:bidi) and its runs w:rtl.
"""
import re
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
REFERENCE = "CL-17/24-word"
LANGUAGES = ["fr", "en", "ar"]

UNION = {
    "fr": "Union internationale des télécommunications",
    "en": "International Telecommunication Union",
    "ar": "الاتحاد الدولي للاتصالات",
}
FOOTNOTE = {
    "fr": "Lettre circulaire CL-16/62 du 9 décembre 2016.",
    "en": "Circular letter CL-16/62 of 9 December 2016.",
    "ar": "الرسالة المعممة CL-16/62 المؤرخة 9 ديسمبر 2016.",
}
ADDRESS = {
    "fr": "Place des Nations, CH-1211 Genève 20, Suisse",
    "en": "Place des Nations, CH-1211 Geneva 20, Switzerland",
    "ar": "Place des Nations, CH-1211 جنيف 20، سويسرا",
}
LANG_TAG = {"fr": "fr-FR", "en": "en-GB", "ar": "ar-SA"}

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DATE = (2017, 5, 31, 9, 0, 0)


def read_markdown(language):
    """The front matter (dict) and the paragraphs (lists of lines) of the Markdown letter."""
    text = (HERE / f"CL-17-24.{language}.md").read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    meta = {}
    for line in front.splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip().strip('"')
    paragraphs = [block.split("\n") for block in body.strip("\n").split("\n\n")]
    return meta, [[line.rstrip(" ") for line in block] for block in paragraphs]


class Writer:
    """Builds one language's document.xml body, with relationships for the hyperlinks."""

    def __init__(self, language):
        self.rtl = language == "ar"
        self.language = language
        self.links = []  # (id, target)

    def rpr(self, bold=False, style=None):
        parts = []
        if style:
            parts.append(f'<w:rStyle w:val="{style}"/>')
        if bold:
            parts.append("<w:b/><w:bCs/>")
        if self.rtl:
            parts.append("<w:rtl/>")
        return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""

    def run(self, text, bold=False, style=None, rsid="00A4B2C1"):
        return f'<w:r w:rsidR="{rsid}">{self.rpr(bold, style)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'

    def link(self, text, target):
        rid = f"rIdLink{len(self.links) + 1}"
        self.links.append((rid, target))
        return f'<w:hyperlink r:id="{rid}" w:history="1">{self.run(text, style="Hyperlink")}</w:hyperlink>'

    def inline(self, line, footnote=False):
        """Runs for one line of Markdown: **bold**, [text](url), <url>; the footnote after CL-16/62."""
        out = []
        for piece in re.split(r"(\*\*.+?\*\*|\[[^\]]+\]\([^)]+\)|<https?://[^>]+>)", line):
            if not piece:
                continue
            if piece.startswith("**"):
                out.append(self.run(piece[2:-2], bold=True, rsid="00C7D3E5"))
            elif re.fullmatch(r"\[([^\]]+)\]\(([^)]+)\)", piece):
                text, target = re.fullmatch(r"\[([^\]]+)\]\(([^)]+)\)", piece).groups()
                out.append(self.link(text, target))
            elif piece.startswith("<"):
                out.append(self.link(piece[1:-1], piece[1:-1]))
            elif footnote and "CL-16/62" in piece:
                # The footnote reference goes after the closing bracket that follows CL-16/62.
                at = piece.index("CL-16/62") + len("CL-16/62")
                if piece[at:at + 1] in ")）":
                    at += 1
                # Split as Word does while typing: the same format in two runs with their own ids.
                head, tail = piece[:at], piece[at:]
                middle = len(head) // 2
                out.append(self.run(head[:middle]))
                out.append('<w:proofErr w:type="spellStart"/>')
                out.append(self.run(head[middle:], rsid="00D1E2F3"))
                out.append('<w:proofErr w:type="spellEnd"/>')
                out.append(f'<w:r>{self.rpr(style="FootnoteReference")}<w:footnoteReference w:id="1"/></w:r>')
                out.append(self.run(tail))
            else:
                out.append(self.run(piece))
        return "".join(out)

    def bold_reference(self, line):
        """`Réf.: CL-17/24`: the label plain, the reference bold."""
        label, _, value = line.partition(": ")
        return self.run(label + ": ") + self.run(value, bold=True, rsid="00E5F6A7")

    def paragraph(self, runs, style=None, align=None):
        ppr = []
        if style:
            ppr.append(f'<w:pStyle w:val="{style}"/>')
        if self.rtl:
            ppr.append("<w:bidi/>")
        if align:
            ppr.append(f'<w:jc w:val="{align}"/>')
        props = f"<w:pPr>{''.join(ppr)}</w:pPr>" if ppr else ""
        return f'<w:p w:rsidR="00A4B2C1" w:rsidRDefault="00A4B2C1">{props}{runs}</w:p>'

    def lines(self, lines, first=None):
        """Lines of one paragraph joined by line breaks; `first` formats the first line."""
        runs = []
        for k, line in enumerate(lines):
            if k:
                runs.append("<w:r><w:br/></w:r>")
            runs.append(first(line) if k == 0 and first else self.inline(line))
        return "".join(runs)

    def cell(self, content, width):
        return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{content}</w:tc>'


def document(language, paragraphs):
    w = Writer(language)
    department = paragraphs[0][0].removeprefix("## ")
    place_date = paragraphs[1]
    header_lines = paragraphs[2]
    body = paragraphs[3:]
    end = "right" if language != "ar" else "left"
    table = (
        '<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/>'
        + ("<w:bidiVisual/>" if w.rtl else "")
        + '<w:tblLook w:val="04A0" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>'
        '<w:tblGrid><w:gridCol w:w="5400"/><w:gridCol w:w="3600"/></w:tblGrid>'
        "<w:tr>"
        + w.cell(w.paragraph(w.run(UNION[language], bold=True)), 5400)
        + w.cell(w.paragraph(w.run(department), align=end), 3600)
        + "</w:tr><w:tr>"
        + w.cell(w.paragraph(w.lines(header_lines, first=w.bold_reference)), 5400)
        + w.cell(w.paragraph(w.lines(place_date), align=end), 3600)
        + "</w:tr></w:tbl>"
    )
    out = [table]
    for k, block in enumerate(body):
        if len(block) == 1 and block[0].startswith("[") and block[0].endswith("]"):  # [signature]
            out.append(w.paragraph("<w:r><w:lastRenderedPageBreak/></w:r>"))
            continue
        footnote = any("CL-16/62" in line for line in block)
        out.append(w.paragraph(w.lines(block) if not footnote else w.inline(block[0], footnote=True)))
    section = (
        '<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter1"/>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" '
        'w:header="708" w:footer="708" w:gutter="0"/>' + ("<w:bidi/>" if w.rtl else "") + "</w:sectPr>"
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{"".join(out)}{section}</w:body></w:document>'
    )
    return xml, w


def footnotes(language, w):
    separator = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    )
    note = (
        '<w:footnote w:id="1">'
        + w.paragraph(f'<w:r>{w.rpr(style="FootnoteReference")}<w:footnoteRef/></w:r>' + w.run(" " + FOOTNOTE[language]),
                      style="FootnoteText")
        + "</w:footnote>"
    )
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:footnotes xmlns:w="{W}" xmlns:r="{R}">{separator}{note}</w:footnotes>')


def footer(language, w):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:ftr xmlns:w="{W}" xmlns:r="{R}">{w.paragraph(w.run(ADDRESS[language]), style="Footer", align="center")}</w:ftr>')


def styles(language):
    lang = LANG_TAG[language]
    attr = f'w:val="{lang}"' + (f' w:bidi="{lang}"' if language == "ar" else "")
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:styles xmlns:w="{W}">'
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Arial"/>'
        f'<w:sz w:val="22"/><w:lang {attr}/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/>'
        '<w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/></w:style>'
        '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>'
        '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
        '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
        '<w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>'
        "</w:styles>"
    )


def core(meta):
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(meta['title'])}</dc:title><dc:creator>ITU General Secretariat</dc:creator>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2017-05-31T09:00:00Z</dcterms:created>'
        "</cp:coreProperties>"
    )


def custom(meta, language):
    keys = ["reference", "kind", "date", "language", "translation-of", "status", "translator", "complete"]
    values = dict(meta, reference=REFERENCE, language=language)
    props = []
    for key in keys:
        if key in values:
            pid = len(props) + 2
            props.append(f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{pid}" name="{key}">'
                         f"<vt:lpwstr>{escape(values[key])}</vt:lpwstr></property>")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            + "".join(props) + "</Properties>")


CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
    '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>'
    "</Types>"
)

PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{REL}/custom-properties" Target="docProps/custom.xml"/>'
    "</Relationships>"
)


def document_rels(links):
    rels = [
        f'<Relationship Id="rIdStyles" Type="{REL}/styles" Target="styles.xml"/>',
        f'<Relationship Id="rIdFootnotes" Type="{REL}/footnotes" Target="footnotes.xml"/>',
        f'<Relationship Id="rIdFooter1" Type="{REL}/footer" Target="footer1.xml"/>',
    ]
    for rid, target in links:
        rels.append(f'<Relationship Id="{rid}" Type="{REL}/hyperlink" Target="{escape(target)}" TargetMode="External"/>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(rels) + "</Relationships>")


def write(language, folder):
    meta, paragraphs = read_markdown(language)
    body, writer = document(language, paragraphs)
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", PACKAGE_RELS),
        ("word/document.xml", body),
        ("word/_rels/document.xml.rels", document_rels(writer.links)),
        ("word/styles.xml", styles(language)),
        ("word/footnotes.xml", footnotes(language, writer)),
        ("word/footer1.xml", footer(language, writer)),
        ("docProps/core.xml", core(meta)),
        ("docProps/custom.xml", custom(meta, language)),
    ]
    path = folder / f"CL-17-24.{language}.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts:
            info = zipfile.ZipInfo(name, DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))
    return path


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    for language in LANGUAGES:
        print(write(language, folder))
