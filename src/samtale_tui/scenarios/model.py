"""The scenario format, as pydantic models.

A scenario is one TOML file. ``docs/scenarios.md`` documents every field for
trainers; the docstrings here are the same facts for developers. Unknown
fields are errors, so a typo in a file is reported instead of ignored.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from samtale_tui.analysis.model import PITFALLS, QUESTION_TYPES, TOPICS

SCHEMA_VERSION = 1

Id = str
Outcome = Literal["good", "mixed", "poor"]
Quality = Literal["good", "ok", "poor"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


def _check_id(value: str) -> str:
    if not value or not all(c.isalnum() or c in "_-" for c in value) or not value.isascii():
        raise ValueError(
            f"'{value}' er ikke en gyldig id: bruk små bokstaver a-z, sifre, '-' og '_'"
        )
    return value


class Persona(_Strict):
    """The simulated employee."""

    name: str = Field(min_length=1)
    role: str = Field(min_length=1)
    workplace: str = Field(min_length=1)
    absence: str = Field(min_length=1, description="Absence history, in a sentence or two.")
    wants: str = Field(min_length=1)
    fears: str = Field(min_length=1)
    age: int | None = Field(default=None, ge=16, le=80)


class Brief(_Strict):
    """What the manager reads before the conversation."""

    situation: str = Field(min_length=1)
    goal: str = Field(min_length=1)
    learning_goals: list[str] = Field(min_length=1)
    tips: list[str] = Field(default_factory=list)


class Line(_Strict):
    """One thing the employee may say at a node, chosen by trust."""

    text: str = Field(min_length=1)
    min_trust: int = Field(default=0, ge=0, le=100)
    max_trust: int = Field(default=100, ge=0, le=100)

    @model_validator(mode="after")
    def _range(self) -> Line:
        if self.min_trust > self.max_trust:
            raise ValueError(
                f"min_trust ({self.min_trust}) er større enn max_trust ({self.max_trust})"
            )
        return self


class AuthoredReply(_Strict):
    """A reply for menu mode, with its quality and why."""

    text: str = Field(min_length=1)
    quality: Quality
    why: str = Field(min_length=1, description="Why this reply is good, fair or poor.")


class Condition(_Strict):
    """What must hold for a branch to be taken. Every given field must match.

    An empty condition (or none) matches anything: that is the fallback.
    """

    question: list[Literal["why", "open", "closed", "none"]] | None = None
    warmth: bool | None = None
    clarity: bool | None = None
    reflection: bool | None = None
    silence: bool | None = None
    any_pitfall: bool | None = None
    pitfalls_any: list[str] | None = None
    pitfalls_none: list[str] | None = None
    topics_any: list[str] | None = None
    topics_all: list[str] | None = None
    min_score: int | None = Field(default=None, ge=0, le=100)
    max_score: int | None = Field(default=None, ge=0, le=100)
    min_trust: int | None = Field(default=None, ge=0, le=100)
    max_trust: int | None = Field(default=None, ge=0, le=100)
    flags_all: list[str] | None = None
    flags_none: list[str] | None = None
    min_turn: int | None = Field(default=None, ge=1)
    max_turn: int | None = Field(default=None, ge=1)

    @field_validator("pitfalls_any", "pitfalls_none")
    @classmethod
    def _known_pitfalls(cls, value: list[str] | None) -> list[str] | None:
        for name in value or []:
            if name not in PITFALLS:
                raise ValueError(f"ukjent fallgruve '{name}'; kjente: {', '.join(PITFALLS)}")
        return value

    @field_validator("topics_any", "topics_all")
    @classmethod
    def _known_topics(cls, value: list[str] | None) -> list[str] | None:
        for name in value or []:
            if name not in TOPICS:
                raise ValueError(f"ukjent tema '{name}'; kjente: {', '.join(TOPICS)}")
        return value

    @field_validator("question")
    @classmethod
    def _known_questions(cls, value: list[str] | None) -> list[str] | None:
        for name in value or []:
            if name not in QUESTION_TYPES:
                raise ValueError(f"ukjent spørsmålstype '{name}'")
        return value

    def is_fallback(self) -> bool:
        """True when nothing is required: the branch matches any reply."""
        return all(getattr(self, name) is None for name in type(self).model_fields)


class Branch(_Strict):
    """Where the conversation goes after a reply that meets ``when``."""

    when: Condition = Field(default_factory=Condition)
    goto: Id
    trust: int = Field(default=0, ge=-100, le=100, description="Change in trust.")
    set_flags: list[str] = Field(default_factory=list)
    clear_flags: list[str] = Field(default_factory=list)
    note: str | None = Field(
        default=None, description="Coach note: why the employee reacts like this."
    )


class Node(_Strict):
    """A point in the conversation where the employee speaks."""

    lines: list[Line] = Field(min_length=1)
    replies: list[AuthoredReply] = Field(min_length=2, max_length=4)
    branches: list[Branch] = Field(min_length=1)
    discussion: str | None = Field(
        default=None, description="A prompt for the room in trainer mode."
    )

    def line_for(self, trust: int) -> str:
        """Return the first line whose trust range holds ``trust``."""
        for line in self.lines:
            if line.min_trust <= trust <= line.max_trust:
                return line.text
        return self.lines[-1].text


class Ending(_Strict):
    """How the conversation ends."""

    outcome: Outcome
    title: str = Field(min_length=1)
    text: str = Field(min_length=1, description="The employee's last words or what happens.")
    learning: str = Field(min_length=1, description="The learning point for the manager.")


class Measure(_Strict):
    """A concrete, time-limited measure for the follow-up agreement."""

    what: str = Field(min_length=1)
    why: str = ""
    who: str = ""
    how_long: str = ""
    evaluate: str = ""
    if_not_working: str = ""


class AgreementSuggestions(_Strict):
    """What the follow-up agreement is prefilled with after this case."""

    goals: list[str] = Field(default_factory=list)
    measures: list[Measure] = Field(default_factory=list)
    success_criteria: list[str] = Field(default_factory=list)
    individual_needs: list[str] = Field(default_factory=list)
    competence: list[str] = Field(default_factory=list)
    contact: str = ""


JOB_WHEEL_AREAS: tuple[str, ...] = (
    "oppgaver",
    "kompetanse",
    "samarbeid",
    "ledelse",
    "arbeidsmiljo",
    "fysiske_forhold",
    "arbeidstid",
    "utvikling",
)


class Scenario(_Strict):
    """One branching conversation."""

    schema_version: Literal[1] = 1
    id: Id
    title: str = Field(min_length=1)
    summary: str = Field(min_length=1)
    source: str = Field(min_length=1, description="The source case this builds on.")
    tags: list[str] = Field(default_factory=list)
    difficulty: int = Field(ge=1, le=3)
    trust: int = Field(default=50, ge=0, le=100, description="Starting trust, 0 to 100.")
    start: Id = "start"
    max_turns: int = Field(default=14, ge=1, le=100)
    on_turn_limit: Id = Field(description="Ending reached when the turn limit is hit.")
    persona: Persona
    brief: Brief
    nodes: dict[Id, Node] = Field(min_length=1)
    endings: dict[Id, Ending] = Field(min_length=1)
    reflection_questions: list[str] = Field(min_length=1)
    agreement: AgreementSuggestions = Field(default_factory=AgreementSuggestions)
    job_wheel: dict[str, int] | None = Field(
        default=None, description="The employee's own ratings, 0 to 8, per job-wheel area."
    )

    @field_validator("id", "start", "on_turn_limit")
    @classmethod
    def _ids(cls, value: str) -> str:
        return _check_id(value)

    @field_validator("job_wheel")
    @classmethod
    def _wheel(cls, value: dict[str, int] | None) -> dict[str, int] | None:
        if value is None:
            return value
        for area, rating in value.items():
            if area not in JOB_WHEEL_AREAS:
                raise ValueError(
                    f"ukjent område i jobbhjulet '{area}'; kjente: {', '.join(JOB_WHEEL_AREAS)}"
                )
            if not 0 <= rating <= 8:
                raise ValueError(f"vurderingen av '{area}' i jobbhjulet er {rating}; bruk 0 til 8")
        return value

    def target_kind(self, target: str) -> Literal["node", "ending", "missing"]:
        """Tell whether an id names a node, an ending, or nothing."""
        if target in self.nodes:
            return "node"
        if target in self.endings:
            return "ending"
        return "missing"
