"""Spoken and dialect forms read as their written counterparts.

Managers type as they speak: *æ skjønne at du e sliten*, *ka tenke du*, *itj
så farlig*, *har du snakka med dæ sjøl*. The rules are written for bokmål
and nynorsk, so before they run, a handful of unambiguous dialect words are
replaced by the bokmål word (*æ* → *jeg*, *itj* → *ikke*, *dæ* → *deg*,
*ka* → *hva*). Only whole words that are not also English or standard
Norwegian words are touched; *e* becomes *er* only after a subject (*du e*,
*det e*).

The replacement changes the length of the text, so :class:`Offsets` maps
every place in the normalised text back to the text the manager typed, and
every span the analyser reports still points at the manager's own words.
"""

from __future__ import annotations

import re
from bisect import bisect_right

WORDS: dict[str, str] = {
    "æ": "jeg",
    "je": "jeg",
    "itj": "ikke",
    "ittj": "ikke",
    "itte": "ikke",
    "ikkj": "ikke",
    "dæ": "deg",
    "dæg": "deg",
    "mæ": "meg",
    "mæg": "meg",
    "sæ": "seg",
    "sæg": "seg",
    "ka": "hva",
    "kæm": "hvem",
    "kem": "hvem",
    "kordan": "hvordan",
    "kossen": "hvordan",
    "åssen": "hvordan",
    "assen": "hvordan",
    "korsen": "hvordan",
    "ska": "skal",
    "bærre": "bare",
    "sjøl": "selv",
    "dokker": "dere",
    "koffør": "hvorfor",
    "kofør": "hvorfor",
    "kafor": "hvorfor",
    "fortæll": "fortell",
    "nåkka": "noe",
    "nokka": "noe",
    "korsn": "hvordan",
    "sie": "sier",
    "sia": "siden",
    "nåkke": "noe",
    "nån": "noen",
    "glømme": "glemmer",
    "hørest": "høres",
    "døkk": "dere",
}
"""Dialect word → bokmål word (all lower case: the analyser reads a lower-cased copy)."""

_SUBJECTS = r"(?:du|det|jeg|æ|eg|je|vi|me|han|ho|hun|de|dei|dokker|dere|dette|den|som|hva|ka|kor)"

_APOCOPE = (
    "virke tenke skjønne kjenne trenge mene føle høre klare orke håpe tru skrive ringe merke savne"
)
APOCOPE = frozenset(_APOCOPE.split())
"""Verbs that lose their -r after a subject in speech: *du virke lei*, *æ skjønne*."""

_DIALECT = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(sorted(map(re.escape, [*WORDS, *APOCOPE]), key=len, reverse=True))
    + r"|e)(?![\w-])"
)
"""A dialect word, or a lone *e* (checked against the word before it)."""

_PRONOUN_BEFORE = re.compile(
    r"(?<![\w-])(?:du|jeg|æ|eg|je|vi|me|dere|dokker|han|ho|hun|de|dei)\s+$"
)

_SUBJECT_BEFORE = re.compile(r"(?<![\w-])" + _SUBJECTS + r"\s+$")


class Offsets:
    """Maps places in the normalised text back to the original text."""

    def __init__(self, edits: list[tuple[int, int, int, int]]) -> None:
        # (normalised start, normalised end, original start, original end), in order
        self._edits = edits
        self._starts = [e[0] for e in edits]

    def _locate(self, pos: int) -> tuple[int, tuple[int, int, int, int] | None]:
        i = bisect_right(self._starts, pos) - 1
        if i < 0:
            return pos, None
        _, ne, _, oe = self._edits[i]
        if pos < ne:
            return -1, self._edits[i]
        return pos - ne + oe, None

    def start(self, pos: int) -> int:
        """The original place of a span that starts at ``pos``."""
        mapped, edit = self._locate(pos)
        return edit[2] if edit else mapped

    def end(self, pos: int) -> int:
        """The original place of a span that ends at ``pos`` (exclusive)."""
        if pos <= 0:
            return pos
        mapped, edit = self._locate(pos - 1)
        return edit[3] if edit else mapped + 1


def normalise(low: str) -> tuple[str, Offsets | None]:
    """Replace dialect words in a lower-cased text.

    Returns:
        The normalised text and the offsets back to ``low``; ``low`` itself
        and None when there was nothing to replace (the usual case).
    """
    if not _DIALECT.search(low):
        return low, None
    parts: list[str] = []
    edits: list[tuple[int, int, int, int]] = []
    last = 0
    out_len = 0
    for m in _DIALECT.finditer(low):
        word = m.group()
        if word == "e":
            if not _SUBJECT_BEFORE.search(low, max(0, m.start() - 12), m.start()):
                continue
            new = "er"
        elif word in APOCOPE:
            if not _PRONOUN_BEFORE.search(low, max(0, m.start() - 12), m.start()):
                continue
            new = word + "r"
        else:
            new = WORDS[word]
        parts.append(low[last : m.start()])
        out_len += m.start() - last
        edits.append((out_len, out_len + len(new), m.start(), m.end()))
        parts.append(new)
        out_len += len(new)
        last = m.end()
    if not edits:
        return low, None
    parts.append(low[last:])
    return "".join(parts), Offsets(edits)
