#!/usr/bin/env python3
"""Writes Tests/HexaglotFormatsTests/Conformance/commonmark-texts.json: for each of the 655
CommonMark 0.31.2 spec examples, the inline content of every block a translator would see,
as markdown-it-py's `commonmark` preset (a reference parser that passes all 655) reads it.

Each block is a list of runs, in order:
  ["text", s]       text
  ["softbreak"]     a soft line break
  ["hardbreak"]     a hard line break
  ["code", s]       a code span, s its content (after CommonMark's space stripping)
  ["autolink", s]   an autolink, s the address as written between `<` and `>`
  ["html", s]       inline raw HTML
  ["escape", s]     a backslash escape, s the escaped character
  ["entity", s]     an entity or numeric character reference, s what it stands for
Links and images contribute their text (an image its description); their destinations and
titles are not text. The `text_join` core rule is off so that escapes and entities keep their
own runs; autolink addresses are kept as written (no percent-decoding) and no link is refused
by markdown-it's URL safety filter, which is an HTML-output policy, not CommonMark syntax.

Run from the repository root, with `pip install markdown-it-py` (4.x) and the suite laid out
beside the clone as CI does (../shared/conformance/commonmark/spec-0.31.2.json):

    python3 .ci/generate/commonmark-texts.py
"""
import json
import pathlib

from markdown_it import MarkdownIt
import markdown_it

spec = pathlib.Path("../shared/conformance/commonmark/spec-0.31.2.json")
out = pathlib.Path("Tests/HexaglotFormatsTests/Conformance/commonmark-texts.json")

md = MarkdownIt("commonmark")
md.disable("text_join")
md.normalizeLinkText = lambda url: url
md.validateLink = lambda url: True


def runs(tokens):
    result = []
    for t in tokens:
        if t.type == "text":
            result.append(["text", t.content])
        elif t.type == "text_special" and t.info == "escape" and len(t.content) > 1:
            result.append(["text", t.content])  # a backslash before a character it cannot escape
        elif t.type == "text_special":
            result.append(["escape" if t.info == "escape" else "entity", t.content])
        elif t.type == "softbreak":
            result.append(["softbreak"])
        elif t.type == "hardbreak":
            result.append(["hardbreak"])
        elif t.type == "code_inline":
            result.append(["code", t.content])
        elif t.type == "html_inline":
            result.append(["html", t.content])
        elif t.type == "image":
            result.extend(runs(t.children or []))
        elif t.type == "link_open" and t.info == "auto":
            result.append(["autolink", None])
        elif t.type in ("link_open", "link_close", "em_open", "em_close", "strong_open", "strong_close"):
            pass
        else:
            raise SystemExit(f"unexpected inline token {t.type}")
    # An autolink's text run is its address.
    merged = []
    for run in result:
        if merged and merged[-1] == ["autolink", None]:
            merged[-1] = ["autolink", run[1]]
        else:
            merged.append(run)
    return merged


examples = json.loads(spec.read_text())
fixture = []
for example in examples:
    blocks = []
    for token in md.parse(example["markdown"]):
        if token.type == "inline":
            blocks.append(runs(token.children or []))
    fixture.append({"example": example["example"], "blocks": blocks})

lines = ",\n".join(json.dumps(e, ensure_ascii=False) for e in fixture)
out.write_text("[\n" + lines + "\n]\n")
print(f"{out}: {len(fixture)} examples, {sum(len(e['blocks']) for e in fixture)} blocks "
      f"(markdown-it-py {markdown_it.__version__})")
