"""Telling Norwegian (bokmål or nynorsk) from English."""

from __future__ import annotations

import re
from functools import lru_cache

from samtale_tui.analysis.trie import speed_up

_NB = re.compile(
    r"\b(?=\w)(?:jeg|eg|du|deg|det|er|og|ikke|ikkje|har|hva|kva|hvordan|korleis|hvorfor|kvifor|"
    r"vi|meg|på|til|som|med|kan|vil|skal|at|en|et|ei|av|om|så|seg|nå|litt|"
    r"takk|hvilke|når|ja|nei)\b|[æøå]"
)
_EN = re.compile(
    r"\b(?=\w)(?:i'm|i'd|you|the|and|is|are|to|of|it|what|how|why|do|does|did|that|we|your|me|"
    r"with|will|would|be|have|this|thank|thanks|yes|about|feel|not)\b"
)

_SAMPLE = 2000


@lru_cache(maxsize=8192)
def counts(low: str) -> tuple[int, int]:
    """Return (Norwegian, English) marker counts in ``low``."""
    return len(_NB.findall(low)), len(_EN.findall(low))


def detect(low: str) -> str:
    """Return ``"en"`` or ``"nb"`` for the lower-cased text (nynorsk counts as nb)."""
    sample = low[:_SAMPLE]
    nb = len(_NB.findall(sample))
    en = len(_EN.findall(sample))
    return "en" if en > nb else "nb"


# Same matches, regrouped by first letters for speed (see trie.py).
_NB = speed_up(_NB)
_EN = speed_up(_EN)
