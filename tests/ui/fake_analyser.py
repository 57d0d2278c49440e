"""A small, frozen analyser for the UI tests.

The real analyser keeps improving; the UI tests and snapshots must not change
with it. This one knows just enough for the mini scenario's branches.
"""

from __future__ import annotations

import re

from samtale_tui.analysis import Analysis, Feedback, Question

_WHY = re.compile(r"\bhvorfor\b", re.I)
_OPEN = re.compile(r"^\s*(hva|hvordan|hvilke|når|fortell)\b", re.I)
_CLOSED = re.compile(r"^\s*(er|har|kan|vil|skal)\b", re.I)
_WARM = re.compile(r"\b(takk|savner|forstår|glad)\b", re.I)
_CLEAR = re.compile(r"\b(avtale|neste uke|plan)\b", re.I)
_REFLECT = re.compile(r"^\s*så du\b", re.I)


def fake_analyse(text: str, lang: str | None = None) -> Analysis:
    """Classify ``text`` with a handful of fixed rules."""
    if not text.strip():
        return Analysis(text=text, empty=True)
    questions: list[Question] = []
    feedback: list[Feedback] = []
    for match in re.finditer(r"[^.?!]+[.?!]?", text):
        sentence = match.group(0)
        if _WHY.search(sentence):
            questions.append(Question(match.start(), match.end(), "why"))
            feedback.append(
                Feedback(
                    "why",
                    match.start(),
                    match.end(),
                    "«Hvorfor» kan høres ut som bebreidelse.",
                    "«Hva gjorde at …?»",
                )
            )
        elif _OPEN.search(sentence):
            questions.append(Question(match.start(), match.end(), "open"))
        elif sentence.rstrip().endswith("?") and _CLOSED.search(sentence):
            questions.append(Question(match.start(), match.end(), "closed"))
    kinds = {q.type for q in questions}
    kind = next((k for k in ("why", "open", "closed") if k in kinds), "none")
    warmth, clarity = bool(_WARM.search(text)), bool(_CLEAR.search(text))
    reflection = bool(_REFLECT.search(text))
    score = {"open": 70, "closed": 50, "why": 25, "none": 50}[kind]
    score += 10 * warmth + 10 * clarity + 10 * reflection
    return Analysis(
        text=text,
        questions=tuple(questions),
        question_type=kind,  # type: ignore[arg-type]
        warmth=warmth,
        clarity=clarity,
        reflection=reflection,
        score=min(score, 100),
        feedback=tuple(feedback),
    )
