"""Text preparation: control characters, lower case, sentences and clauses.

Every function keeps character offsets aligned with the original text, so the
spans the analyser reports point straight into ``Analysis.text``.
"""

from __future__ import annotations

import re

# Control characters (C0, DEL, C1, and a few invisible format marks) become
# spaces: they are ignored, yet offsets stay the same. Newlines are kept, since
# they end a sentence.
_CONTROL = {c: " " for c in (*range(0x00, 0x20), *range(0x7F, 0xA0)) if c != 0x0A}
_CONTROL.update({0x200B: " ", 0x200E: " ", 0x200F: " ", 0x2028: "\n", 0x2029: "\n"})
_CONTROL_TABLE = str.maketrans(_CONTROL)

# Typographic apostrophes and quotes are folded so "don’t" reads as "don't".
_FOLD_TABLE = str.maketrans({"’": "'", "‘": "'", "´": "'", "`": "'", "«": '"', "»": '"'})

_SENTENCE_END = re.compile(
    r"(?:"
    r"(?<![0-9])(?<!\bca)(?<!\bkl)(?<!\bnr)(?<!\bevt)(?<!\bdvs)(?<!\bbla)"
    r"(?<!\bf\.eks)(?<!\bbl\.a)(?<!\be\.g)(?<!\bi\.e)(?<!\bmr)(?<!\bdr)(?<!\bst)\."
    r"|[!?…]+[.!?…]*|\.{2,}[!?…]*"
    r"|(?<=[0-9])\.(?!\s+[a-zæøå0-9])"
    r")(?=[\s\"')\]]|$)|\n",
)


def prepare(text: str) -> str:
    """Return a lower-cased working copy of ``text`` with the same length.

    Control characters become spaces. If lower-casing would change the length
    (a handful of exotic characters do), those characters are lowered one by
    one so that offsets stay aligned.
    """
    work = text.translate(_CONTROL_TABLE).translate(_FOLD_TABLE)
    low = work.lower()
    if len(low) != len(work):
        low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in work)
    return low


def sentences(low: str) -> list[tuple[int, int]]:
    """Split the working text into sentences, as ``(start, end)`` offsets.

    Leading and trailing whitespace is left out of each span; empty sentences
    are skipped. The end includes the closing punctuation.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    n = len(low)
    for m in _SENTENCE_END.finditer(low):
        end = m.end() if m.group() != "\n" else m.start()
        _add(low, pos, end, spans)
        pos = m.end()
    if pos < n:
        _add(low, pos, n, spans)
    return spans


def _add(low: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and low[start].isspace():
        start += 1
    while end > start and low[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
