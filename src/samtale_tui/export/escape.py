"""Escaping user text for CommonMark, so nothing typed can change the structure.

Every character that can start or end Markdown syntax is backslash-escaped
(CommonMark allows a backslash before any ASCII punctuation). Line starts get
extra care: list markers, headings, block quotes, thematic breaks and setext
underlines. Control characters are dropped, so the document stays plain text.
"""

from __future__ import annotations

import re
import unicodedata

ALWAYS = set("\\`*_[]<>#|&~!{}")
"""Characters escaped wherever they are."""

LINE_START = set("-+=>")
"""Characters escaped at the start of a line."""

_ORDERED = re.compile(r"^(\d{1,9})([.)])")


def _clean(line: str) -> str:
    """Tabs become spaces; other control characters and lone surrogates go."""
    out = []
    for ch in line:
        if ch == "\t":
            out.append(" ")
        elif unicodedata.category(ch) not in ("Cc", "Cs"):
            out.append(ch)
    return "".join(out)


def _split(text: str) -> list[str]:
    return [_clean(line) for line in text.splitlines()]


def _escape_line(line: str) -> str:
    line = " ".join(line.split())  # no leading spaces (code blocks), no runs of spaces
    if not line:
        return ""
    out = []
    for ch in line:
        out.append("\\" + ch if ch in ALWAYS else ch)
    escaped = "".join(out)
    if escaped[0] in LINE_START:
        escaped = "\\" + escaped
    match = _ORDERED.match(escaped)
    if match:
        escaped = f"{match.group(1)}\\{match.group(2)}{escaped[match.end() :]}"
    return escaped


def inline(text: str | None) -> str:
    """Escape text for one line of Markdown (line breaks become spaces).

    The result is safe anywhere inline content goes: a paragraph, a list item,
    a heading, a block quote, or inside ``**`` emphasis.
    """
    if not text:
        return ""
    return _escape_line(" ".join(_split(text)))


def strong(text: str | None) -> str:
    """Escaped text in bold, or nothing when there is no text (never ``****``)."""
    escaped = inline(text)
    return f"**{escaped}**" if escaped else ""


def lines(text: str | None) -> list[str]:
    """Escape multi-line text: one escaped line per non-empty input line."""
    if not text:
        return []
    return [e for e in (_escape_line(line) for line in _split(text)) if e]


def block(text: str | None, indent: str = "") -> str:
    """Escape multi-line text as one paragraph, keeping its line breaks.

    Lines are joined with hard breaks (a backslash at the end of the line);
    ``indent`` is put before every line after the first (use the width of a
    list marker to keep the text inside a list item).
    """
    parts = lines(text)
    return ("\\\n" + indent).join(parts)


__all__ = ["block", "inline", "lines", "strong"]
