#!/usr/bin/env python3
"""Writes adversarial Markdown files of about SIZE megabytes, one per shape, into DIR.

    python3 shapes.py DIR SIZE_MB [SHAPE ...]

Shapes (issue 10, item 3):
  paragraph  one paragraph of prose, lines of ~70 characters, no blank line
  line       one line of prose, no line ending at all
  brackets   `[` x N, `x`, `]` x N
  emphasis   `**a** ` repeated on one line
  delims     `*a_ ` repeated: openers and closers that never match
  backticks  runs of 1, 2, 3 ... backticks, none closed
  angles     `<` openings that never end: `<!-- `, `<? `, `<![CDATA[ `, `<!X `, `<a b="`, `<`
  quotes     lines of 10^5 nested block quotes (`> ` x 100000, then a word)
  lists      lines of 10^5 nested list items (`- ` x 100000, then a word)
"""
import pathlib
import sys

PROSE = ("The Secretary-General of the International Telecommunication Union invites Member States "
         "to nominate candidates. Replies are due by 15 March 2027, and late replies will be read. ")


def repeat(unit, size):
    return unit * (size // len(unit) + 1)


def make(shape, size):
    if shape == "paragraph":
        words = repeat(PROSE, size)[:size].split(" ")
        lines, line = [], []
        for w in words:
            line.append(w)
            if sum(len(x) + 1 for x in line) > 70:
                lines.append(" ".join(line))
                line = []
        lines.append(" ".join(line))
        return "\n".join(lines) + "\n"
    if shape == "line":
        return repeat(PROSE, size)[:size].rstrip()
    if shape == "brackets":
        n = size // 2
        return "[" * n + "x" + "]" * n + "\n"
    if shape == "emphasis":
        return repeat("**a** ", size)[:size] + "\n"
    if shape == "delims":
        return repeat("*a_ ", size)[:size] + "\n"
    if shape == "backticks":
        out, k, total = [], 1, 0
        while total < size:
            out.append("x" + "`" * k)
            total += k + 1
            k += 1
        return "".join(out) + "\n"
    if shape == "angles":
        return repeat('<!-- <? <![CDATA[ <!X <a b=" < ', size)[:size] + "\n"
    if shape == "quotes":
        line = "> " * 100000 + "text\n"
        return line * max(1, size // len(line))
    if shape == "lists":
        line = "- " * 100000 + "text\n"
        return line * max(1, size // len(line))
    raise SystemExit(f"unknown shape {shape}")


SHAPES = ["paragraph", "line", "brackets", "emphasis", "delims", "backticks", "angles", "quotes", "lists"]

if __name__ == "__main__":
    folder, megabytes = pathlib.Path(sys.argv[1]), float(sys.argv[2])
    folder.mkdir(parents=True, exist_ok=True)
    for shape in sys.argv[3:] or SHAPES:
        path = folder / f"{shape}-{sys.argv[2]}MB.md"
        # A little under the size, so that 8 MB stays within the reader's 8 MiB limit.
        size = int(megabytes * 1024 * 1024) - 64
        path.write_text(make(shape, size)[:size])
        print(path)
