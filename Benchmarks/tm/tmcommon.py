"""Shared pieces of the translation-memory benchmark scripts (grow.py, queries.py, peers_tm.py).

- read_tmx(path): streams a TMX file with xml.etree.ElementTree.iterparse and yields
  (tuid, [(lang, text), ...]) per <tu>, segment text XML-unescaped, variants in file order.
- esc_text / quote_attr: the escaping used when writing TMX (text: & < > and CR; attributes as
  xml.sax.saxutils.quoteattr), so the corpus's units are written back byte for byte.
- word_spans(text): the editable words of a text in a spaced language (see WORD below).
- han_positions(text): the positions of Han characters (the editable unit of Chinese).
- vocabulary(units): per language, the corpus's words (frequency-weighted list) to draw from.
"""
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from xml.sax.saxutils import quoteattr

# Query-side language codes; the TMX uses zh-CN for Chinese.
LANGS = ["en", "fr", "es", "ru", "ar", "zh"]
TMX_TO_LANG = {"zh-CN": "zh", "zh-cn": "zh", "zh": "zh"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def lang_code(tmx_lang):
    """TMX xml:lang -> query language code (zh-CN -> zh; others as they are)."""
    return TMX_TO_LANG.get(tmx_lang, tmx_lang)


def read_tmx(path, header=None):
    """Yield (tuid, [(tmx_lang, text), ...]) for every <tu> of a TMX file, streaming.

    Text is the concatenated character data of <seg> (entities resolved by the XML parser).
    If header is a dict, the <header> element's attributes are stored into it.
    """
    context = ET.iterparse(path, events=("start", "end"))
    root = None
    count = 0
    for event, elem in context:
        if event == "start":
            if root is None:
                root = elem
            continue
        tag = elem.tag
        if tag == "tu":
            variants = []
            for tuv in elem.iter("tuv"):
                lang = tuv.get(XML_LANG) or tuv.get("lang") or ""
                seg = tuv.find("seg")
                text = "".join(seg.itertext()) if seg is not None else ""
                variants.append((lang, text))
            yield elem.get("tuid", ""), variants
            count += 1
            elem.clear()
            if count % 2000 == 0:
                root.clear()  # drop the cleared <tu> elements held by <body>
        elif tag == "header" and header is not None:
            header.update(elem.attrib)


def esc_text(s):
    """Escape element text: & < > as entities, CR as &#13; (a literal CR would be read back as
    a newline); newlines and tabs stay literal, as in the corpus."""
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return s.replace("\r", "&#13;") if "\r" in s else s


def quote_attr(s):
    """A quoted attribute value, as xml.sax.saxutils.quoteattr writes it (and the corpus is
    written): & < > escaped, newline, CR and tab as numeric references (an XML parser turns
    literal ones into spaces), single quotes around a value holding a double quote but no single
    one, else double quotes with &quot;."""
    return quoteattr(s)


# ---------------------------------------------------------------------------------------------
# Words.
#
# A word of a spaced language is a whitespace token whose core (the token less leading and
# trailing punctuation) is letters (with their combining marks, so Arabic shadda and harakat
# count) optionally joined by - ' ’ (e.g. "l'option", "e-mail", "Отметить"), and whose leading
# and trailing parts hold no markup or placeholder characters (< > % $ & { } [ ] = / \ @ # | ~ ^ *
# + _ or digits). So "%PRODUCTNAME", "<emph>Insert</emph>", "A1", "$[officename]" are not words;
# "operations." and "(Fichier" are, with the core "operations" and "Fichier".

def _mark_class():
    ranges, start, prev = [], None, None
    for cp in range(0x110000):
        if unicodedata.category(chr(cp)).startswith("M"):
            if start is None:
                start = cp
            elif cp != prev + 1:
                ranges.append((start, prev))
                start = cp
            prev = cp
    if start is not None:
        ranges.append((start, prev))
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges
    )


_MARKS = _mark_class()
_L = r"[^\W\d_]"  # a letter (\w less digits and underscore)
_LM = rf"(?:{_L}|[{_MARKS}])"
_CORE = rf"{_L}{_LM}*(?:[-'’]{_L}{_LM}*)*"
_EDGE = r"[^\w\s<>%$&{}\[\]=/\\@#|~^*+]*"
WORD = re.compile(rf"({_EDGE})({_CORE})({_EDGE})")
TOKEN = re.compile(r"\S+")
HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")
MARKUP = re.compile(r"<[A-Za-z/][^<>]*>")


def word_spans(text):
    """[(start, end), ...] of the word cores of the whitespace tokens that are words."""
    spans = []
    for t in TOKEN.finditer(text):
        m = WORD.fullmatch(t.group())
        if m:
            s = t.start() + m.start(2)
            spans.append((s, s + len(m.group(2))))
    return spans


def token_spans(text):
    return [(t.start(), t.end()) for t in TOKEN.finditer(text)]


def han_positions(text):
    return [m.start() for m in HAN.finditer(text)]


def is_han(ch):
    return bool(HAN.fullmatch(ch))


def han_chunks(text):
    """Runs of Han characters cut into consecutive pieces of 2 (the last may be 1)."""
    out = []
    for run in re.finditer(f"{HAN.pattern}+", text):
        r = run.group()
        out.extend(r[i:i + 2] for i in range(0, len(r), 2))
    return out


def match_case(word, like):
    """word with its first letter upper-cased if like's is upper case, lower-cased if lower."""
    if not word or not like:
        return word
    if like[0].isupper():
        return word[0].upper() + word[1:]
    if like[0].islower():
        return word[0].lower() + word[1:]
    return word


def vocabulary(units):
    """{tmx_lang: [word, ...]} from units [(tuid, [(tmx_lang, text)])], one entry per occurrence,
    in file order (so a seeded draw is reproducible and frequency-weighted). Chinese (zh*): Han
    pieces of 1-2 characters (han_chunks); other languages: the word cores (word_spans)."""
    vocab, canon = {}, {}
    for _, variants in units:
        for lang, text in variants:
            lst = vocab.setdefault(lang, [])
            if lang_code(lang) == "zh":
                words = han_chunks(text)
            else:
                words = [text[s:e] for s, e in word_spans(text)]
            for w in words:
                lst.append(canon.setdefault(w, w))
    return vocab


def draw_word(rng, words, unlike=None):
    """A word drawn from words (frequency-weighted), different from unlike (case-insensitively)."""
    w = rng.choice(words)
    for _ in range(20):
        if unlike is None or w.lower() != unlike.lower():
            break
        w = rng.choice(words)
    return w


def eprint(*a):
    print(*a, file=sys.stderr, flush=True)
