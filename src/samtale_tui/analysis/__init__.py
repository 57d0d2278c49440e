"""Reply analysis: explainable, deterministic scoring of a manager's reply.

Pure Python; never imports Textual and never touches the network.
"""

from samtale_tui.analysis.analyser import analyse
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
]
