"""Trust: clamping, and the word shown for a trust level."""

from __future__ import annotations

TRUST_WORDS: tuple[tuple[int, str], ...] = (
    (80, "Trygg"),
    (60, "Åpen"),
    (40, "Avventende"),
    (20, "På vakt"),
    (0, "Lukket"),
)


def clamp_trust(value: int) -> int:
    """Keep trust within 0 to 100."""
    return max(0, min(100, value))


def trust_word(trust: int) -> str:
    """The Norwegian word for a trust level (e.g. ``Åpen`` at 65)."""
    for floor, word in TRUST_WORDS:
        if trust >= floor:
            return word
    return TRUST_WORDS[-1][1]
