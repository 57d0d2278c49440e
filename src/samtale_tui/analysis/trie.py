"""Regroup a big alternation by first letters, so Python's regex engine skips fast.

The rule patterns are long alternations of phrases (``takk|tusen takk|(?:jeg|vi)
setter pris på|...``). Python's engine tries the alternatives one by one at
every word start; an alternative that begins with a plain letter is rejected
in one comparison, but there are hundreds of them. :func:`factor` rewrites
``a1|a2|...`` into ``t(?:akk|usen takk)|j(?:eg setter pris på)|...``: a leading
non-capturing group is distributed over the rest of its alternative, and the
alternatives are grouped (recursively, a few letters deep) by their first
literal character. The set of strings matched at a position is unchanged;
which alternative wins among several that match at the same position may
differ, which can change a match's length but never whether there is one.
"""

from __future__ import annotations

import re

_SPECIAL = set("\\[](){}|.*+?^$")
_MAX_DISTRIBUTE = 16
_DEPTH = 3


def split_top(src: str) -> list[str]:
    """Split a pattern at its top-level ``|`` (outside groups and classes)."""
    parts: list[str] = []
    depth = 0
    in_class = False
    start = 0
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            if i + 1 < n and src[i + 1] == "]":
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(src[start:i])
            start = i + 1
        i += 1
    parts.append(src[start:])
    return parts


def _group_end(src: str, open_at: int) -> int:
    """Index just after the ``)`` closing the group opened at ``open_at``."""
    depth = 0
    in_class = False
    i = open_at
    while i < len(src):
        c = src[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return -1


def _distribute(alt: str, budget: int = 3) -> list[str]:
    """Expand a leading ``(?:x|y)rest`` into ``xrest``, ``yrest``."""
    if budget <= 0 or not alt.startswith("(?:"):
        return [alt]
    end = _group_end(alt, 0)
    if end < 0 or (end < len(alt) and alt[end] in "?*+{"):
        return [alt]
    inner = split_top(alt[3 : end - 1])
    if len(inner) > _MAX_DISTRIBUTE:
        return [alt]
    rest = alt[end:]
    out: list[str] = []
    for choice in inner:
        out.extend(_distribute(choice + rest, budget - 1))
    return out


def _first_literal(alt: str) -> str | None:
    """The alternative's first character if it is a plain, unquantified literal."""
    if not alt or alt[0] in _SPECIAL:
        return None
    if len(alt) > 1 and alt[1] in "?*+{":
        return None
    return alt[0]


def factor(src: str, depth: int = _DEPTH) -> str:
    """Return an equivalent alternation grouped by leading literal characters."""
    alts: list[str] = []
    for alt in split_top(src):
        alts.extend(_distribute(alt))
    if depth <= 0 or len(alts) < 4:
        return "|".join(alts)
    buckets: dict[str, list[str]] = {}
    order: list[str] = []
    others: list[str] = []
    for alt in alts:
        c = _first_literal(alt)
        if c is None:
            others.append(alt)
            continue
        if c not in buckets:
            buckets[c] = []
            order.append(c)
        buckets[c].append(alt[1:])
    pieces: list[str] = []
    for c in order:
        tails = buckets[c]
        if len(tails) == 1:
            pieces.append(c + tails[0])
        else:
            pieces.append(c + "(?:" + factor("|".join(tails), depth - 1) + ")")
    return "|".join(pieces + others)


_CONTRACTION = re.compile(
    r"(?<=n)'(?=t\b)|(?<=\byou)'(?=re\b|ve\b)|(?<=\bi)'(?=m\b|ve\b)|(?<=\bthey)'(?=re\b)|(?<=\blet)'(?=s\b)"
)
"""Apostrophes of English contractions that hasty typists leave out (*dont*,
*cant*, *youre*, *im*). Not *we're*, *it's*, *I'll*: without the apostrophe
they are other words (*were*, *its*, *ill*)."""


_EGENTLIG = re.compile(r"(?<!\w)egentlig(?!\w)")


def contractions_optional(src: str) -> str:
    """Let the apostrophe of the contractions above go missing in ``src``, and
    let nynorsk *eigentleg* stand wherever a pattern says *egentlig*."""
    return _EGENTLIG.sub(
        "e(?:gentlig|gentig|gentli|igentleg|igentlig)", _CONTRACTION.sub("'?", src)
    )


def speed_up(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """Return ``pattern`` with its main alternation factored (same matches),
    accepting English contractions without their apostrophe (*dont*, *youre*).

    Works on patterns shaped ``<prefix>(?:<alternatives>)<suffix>`` where the
    prefix is ``\\b(?=\\w)``; anything else is returned unchanged.
    """
    if "'" in pattern.pattern or "egentlig" in pattern.pattern:
        pattern = re.compile(contractions_optional(pattern.pattern), pattern.flags)
    src = pattern.pattern
    head = r"\b(?=\w)(?:"
    if not src.startswith(head):
        return pattern
    end = _group_end(src, len(head) - 3)
    if end < 0:
        return pattern
    body = src[len(head) : end - 1]
    return re.compile(head + factor(body) + ")" + src[end:], pattern.flags)


def factor_group(src: str) -> str:
    """Factor a fragment shaped ``(?:<alternatives>)<suffix>``; others unchanged."""
    if not src.startswith("(?:"):
        return src
    end = _group_end(src, 0)
    if end < 0:
        return src
    return "(?:" + factor(src[3 : end - 1]) + ")" + src[end:]
