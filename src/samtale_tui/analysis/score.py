"""The 0–100 score: a plain sum a manager can check by hand.

See ``docs/scoring.md`` for the rubric in words. The weights live here, and
nowhere else, so the documentation and the code can be compared line by line.
"""

from __future__ import annotations

BASE = 50
"""Where every reply starts."""

QUESTION_POINTS: dict[str, int] = {"open": 20, "closed": 5, "none": 0, "why": -20}
"""An open question is the strongest move; a why-question sounds like blame."""

WARMTH_POINTS = 12
CLARITY_POINTS = 12
BOTH_BONUS = 6
"""Warmth and clarity together are worth more than each alone."""
REFLECTION_POINTS = 12

PITFALL_POINTS: dict[str, int] = {
    "diagnosis": -25,
    "suspicion": -25,
    "telling": -15,
    "minimizing": -15,
    "leading": -15,
    "multiple_questions": -8,
}


def score(
    question_type: str,
    warmth: bool,
    clarity: bool,
    reflection: bool,
    pitfalls: tuple[str, ...],
) -> int:
    """Return the reply's score, clamped to 0–100."""
    total = BASE + QUESTION_POINTS[question_type]
    if warmth:
        total += WARMTH_POINTS
    if clarity:
        total += CLARITY_POINTS
    if warmth and clarity:
        total += BOTH_BONUS
    if reflection:
        total += REFLECTION_POINTS
    for name in pitfalls:
        total += PITFALL_POINTS[name]
    return max(0, min(100, total))
