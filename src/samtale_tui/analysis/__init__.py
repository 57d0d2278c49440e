"""Reply analysis: explainable, deterministic scoring of a manager's reply.

Pure Python; never imports Textual and never touches the network.

The rules compile a few hundred regular expressions and the learned word
weights are read from a file, which takes a noticeable part of a second.
Importing this package does not do that: both load on
the first call of ``analyse`` (or ``warm_up``, which the app calls in the
background once its first screen is drawn).
"""

from __future__ import annotations

from collections.abc import Callable

from samtale_tui.analysis.model import (
    PITFALLS,
    QUESTION_TYPES,
    THIRD_PARTY_TOPICS,
    TOPICS,
    Analysis,
    Feedback,
    Question,
    Span,
    silence_analysis,
)

_analyse: Callable[[str, str | None], Analysis] | None = None


def warm_up() -> None:
    """Load and compile the rules and read the learned weights now (safe in a worker thread)."""
    global _analyse
    if _analyse is None:
        from samtale_tui.analysis.analyser import analyse as real
        from samtale_tui.analysis.learned import weight_rows

        weight_rows()  # reads the weights file
        _analyse = real


def analyse(text: str, lang: str | None = None) -> Analysis:
    """Analyse one reply: question type, warmth, clarity, reflection, pitfalls, topics.

    Args:
        text: the reply as typed.
        lang: ``nb`` or ``en``; detected when not given (nynorsk counts as ``nb``).
    """
    if _analyse is None:
        warm_up()
    return _analyse(text, lang)  # type: ignore[misc]


__all__ = [
    "PITFALLS",
    "QUESTION_TYPES",
    "THIRD_PARTY_TOPICS",
    "TOPICS",
    "Analysis",
    "Feedback",
    "Question",
    "Span",
    "analyse",
    "silence_analysis",
    "warm_up",
]
