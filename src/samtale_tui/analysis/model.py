"""The result of analysing one manager reply.

These are plain frozen dataclasses (not pydantic): an analysis is computed on
every keystroke and must stay cheap. ``Analysis.to_json`` gives the JSON
contract used by ``samtale score --json`` and by saved sessions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

QuestionType = Literal["why", "open", "closed", "none"]
Lang = Literal["nb", "en"]

QUESTION_TYPES: tuple[str, ...] = ("why", "open", "closed", "none")

PITFALLS: tuple[str, ...] = (
    "diagnosis",
    "suspicion",
    "telling",
    "minimizing",
    "leading",
    "multiple_questions",
)

TOPICS: tuple[str, ...] = (
    "tasks",  # work tasks, duties, what the job consists of
    "hours",  # working hours, part-time, graded sick leave
    "home_office",
    "colleagues",
    "contact",  # keeping in touch during absence
    "plan",  # follow-up plan, agreement, next meeting
    "health",  # health, illness, diagnosis, treatment
    "hr",
    "occupational_health",  # bedriftshelsetjenesten (BHT)
    "union",  # union or safety representative (tillitsvalgt, verneombud)
    "nav",
    "gp",  # fastlege / doctor
    "third_party",  # any of hr, occupational_health, union, nav, gp
    "job_change",  # other tasks, another job, job mobility
)

THIRD_PARTY_TOPICS: frozenset[str] = frozenset({"hr", "occupational_health", "union", "nav", "gp"})


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the reply, as character offsets into ``Analysis.text``."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Question:
    """One question found in the reply."""

    start: int
    end: int
    type: QuestionType


@dataclass(frozen=True, slots=True)
class Feedback:
    """One explainable verdict about the reply.

    Attributes:
        kind: what the verdict is about: a question type (``open``, ``closed``,
            ``why``), ``warmth``, ``clarity``, ``reflection``, a pitfall name, or
            ``silence``.
        start: start of the words that caused it (character offset).
        end: end of those words.
        message: a short Norwegian explanation.
        suggestion: what to try instead, in Norwegian, where it helps.
        positive: True when the verdict praises the reply.
    """

    kind: str
    start: int
    end: int
    message: str
    suggestion: str | None = None
    positive: bool = False


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the analyser found in one reply."""

    text: str
    lang: Lang = "nb"
    questions: tuple[Question, ...] = ()
    question_type: QuestionType = "none"
    warmth: bool = False
    warmth_spans: tuple[Span, ...] = ()
    clarity: bool = False
    clarity_spans: tuple[Span, ...] = ()
    reflection: bool = False
    reflection_spans: tuple[Span, ...] = ()
    pitfalls: tuple[str, ...] = ()
    pitfall_spans: tuple[tuple[str, Span], ...] = ()
    topics: tuple[str, ...] = ()
    score: int = 0
    feedback: tuple[Feedback, ...] = ()
    silence: bool = False
    empty: bool = field(default=False)

    def has_pitfall(self, name: str) -> bool:
        """Return True if the reply falls into the named pitfall."""
        return name in self.pitfalls

    def to_json(self) -> dict[str, object]:
        """Return the JSON contract of ``samtale score --json``."""
        return {
            "text": self.text,
            "lang": self.lang,
            "question_type": self.question_type,
            "questions": len(self.questions),
            "warmth": self.warmth,
            "clarity": self.clarity,
            "reflection": self.reflection,
            "pitfalls": list(self.pitfalls),
            "topics": list(self.topics),
            "score": self.score,
            "silence": self.silence,
            "feedback": [
                {
                    "kind": f.kind,
                    "start": f.start,
                    "end": f.end,
                    "message": f.message,
                    "suggestion": f.suggestion,
                }
                for f in self.feedback
            ],
        }


def silence_analysis() -> Analysis:
    """The analysis of a deliberate pause: no words, a silence."""
    return Analysis(text="", silence=True, score=50)
