"""A minimal placeholder analyser with the final shape.

The full rule set replaces this module (see the analyser issue); the engine and
the UI depend only on ``analyse(text, lang=None) -> Analysis``.
"""

from __future__ import annotations

import re

from samtale_tui.analysis.model import Analysis, Question

_WHY = re.compile(r"\b(hvorfor|kvifor|why|how come)\b", re.I)
_OPEN = re.compile(
    r"^\s*(hva|hvilke|hvilken|hvilket|hvordan|når|hvem|kva|korleis|what|which|how|fortell|beskriv)\b",
    re.I,
)
_CLOSED = re.compile(r"^\s*(er|har|kan|vil|tror|skal|blir|do|is|are|can|will)\b", re.I)
_WARM = re.compile(r"\b(takk|forstår|høres tungt|savner|glad|thank|sorry)\b", re.I)
_CLEAR = re.compile(r"\b(avtale|avtal|plan|neste møte|uke|dato|agree|next week)\w*", re.I)


def analyse(text: str, lang: str | None = None) -> Analysis:
    """Analyse one reply (placeholder rules)."""
    if not text.strip():
        return Analysis(text=text, lang="nb", empty=True)
    questions: list[Question] = []
    for m in re.finditer(r"[^.?!]+[?]?", text):
        sentence = m.group(0)
        if not sentence.strip():
            continue
        if _WHY.search(sentence):
            questions.append(Question(m.start(), m.end(), "why"))
        elif _OPEN.search(sentence):
            questions.append(Question(m.start(), m.end(), "open"))
        elif sentence.rstrip().endswith("?") and _CLOSED.search(sentence):
            questions.append(Question(m.start(), m.end(), "closed"))
    types = {q.type for q in questions}
    qt = next((t for t in ("why", "open", "closed") if t in types), "none")
    warmth = bool(_WARM.search(text))
    clarity = bool(_CLEAR.search(text))
    score = {"open": 70, "closed": 50, "why": 25, "none": 50}[qt] + 10 * warmth + 10 * clarity
    return Analysis(
        text=text,
        lang="en" if lang == "en" else "nb",
        questions=tuple(questions),
        question_type=qt,  # type: ignore[arg-type]
        warmth=warmth,
        clarity=clarity,
        score=min(score, 100),
    )
