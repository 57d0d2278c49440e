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

# Sentence-ending marks; an emoji also ends a sentence ("Takk 🙏 Hvordan ...").
_END = ".!?…\u2600-\u27bf\ufe0f\u200d\U0001f300-\U0001faff"

_SENTENCE = re.compile(
    rf"[^\S\n]*((?:[^{_END}\n]+"
    rf"|[{_END}]+(?=[^\s\"')\]])"
    # "12. desember", "3. klasse": a date or an ordinal, not the end of a sentence
    r"|(?<=[0-9])\.(?=[ \t]+(?:jan|feb|mar|apr|mai|jun|jul|aug|sep|okt|oct|nov|des|dec|klasse|trinn|etasje|plass|"
    r"gang|dag|uke|veke|time|juledag|påskedag|pinsedag|kl|mars)\w*)"
    r"|(?:(?<=\bca)|(?<=\bkl)|(?<=\bnr)|(?<=\bevt)|(?<=\bdvs)|(?<=\bbla)|(?<=\bf\.eks)"
    r"|(?<=\bbl\.a)|(?<=\be\.g)|(?<=\bi\.e)|(?<=\bmr)|(?<=\bdr)|(?<=\bjf)|(?<=\bst))\.)+"
    rf"[{_END}]*)"
)


_NEEDS_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b\u200e\u200f\u2028\u2029]")
_NEEDS_FOLD = re.compile(r"[’‘´`«»]")


def prepare(text: str) -> str:
    """Return a lower-cased working copy of ``text`` with the same length.

    Control characters become spaces. If lower-casing would change the length
    (a handful of exotic characters do), those characters are lowered one by
    one so that offsets stay aligned.
    """
    work = text
    if _NEEDS_CONTROL.search(work):
        work = work.translate(_CONTROL_TABLE)
    if _NEEDS_FOLD.search(work):
        work = work.translate(_FOLD_TABLE)
    low = work.lower()
    if len(low) != len(work):
        low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in work)
    return low


def sentences(low: str) -> list[tuple[int, int]]:
    """Split the working text into sentences, as ``(start, end)`` offsets.

    A sentence ends at a newline or at ``.``, ``!``, ``?`` or ``…`` followed by
    a space or the end, except after common abbreviations (*f.eks.*, *kl.*)
    and in dates (*12. desember*). Leading and trailing whitespace is left
    out of each span; empty sentences are skipped. The end includes the
    closing punctuation.
    """
    spans: list[tuple[int, int]] = []
    for m in _SENTENCE.finditer(low):
        start, end = m.span(1)
        if end > start:
            if low[end - 1].isspace():
                _add(low, start, end, spans)
            else:
                spans.append((start, end))
    return spans


def _add(low: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and low[start].isspace():
        start += 1
    while end > start and low[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
