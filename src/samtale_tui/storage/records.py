"""What Samtale keeps on disk, as pydantic models (no Textual).

Every file the store writes is one of these records, serialised as TOML. Each
carries a ``schema_version`` so a later version of Samtale can read old files
and an older one can recognise files it does not understand. Unknown fields
are errors: a file that does not validate is set aside in ``quarantine/``.

TOML has no null, so optional values are simply left out of the file.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1
"""The version of every record written by this Samtale."""


class Record(BaseModel):
    """Base of every model stored on disk: strict, and versioned where it is a file."""

    model_config = ConfigDict(extra="forbid")


# -- drills (the rewrite drill from the preparation tools) -------------------


class DrillItem(Record):
    """One item of a rewrite-drill round.

    Attributes:
        prompt: the question shown (a why-, closed or leading question).
        kind: what kind of question it was (``why``, ``closed``, ``leading``...).
        rewrite: what the manager wrote instead.
        score: the analyser's score of the rewrite, 0 to 100.
        ok: True when the rewrite passed (e.g. became an open question).
    """

    prompt: str
    kind: str
    rewrite: str = ""
    score: int = Field(default=0, ge=0, le=100)
    ok: bool = False


class DrillRecord(Record):
    """One round of the rewrite drill, saved by ``Store.save_drill``.

    Attributes:
        schema_version: file format version.
        id: unique id (``samtale_tui.practice.new_session_id`` gives a good one).
        date: when the round was played.
        items: the items of the round, in order.
        score: the round score, 0 to 100.
    """

    schema_version: int = SCHEMA_VERSION
    id: str = Field(min_length=1, pattern=r"^[A-Za-z0-9_-]+$")
    date: datetime
    items: list[DrillItem] = Field(default_factory=list)
    score: int = Field(default=0, ge=0, le=100)

    @property
    def passed(self) -> int:
        """How many items passed."""
        return sum(item.ok for item in self.items)


# -- sessions ----------------------------------------------------------------


class TurnRecord(Record):
    """One exchange of a saved session, with the figures progress needs.

    ``flags_before`` (with ``node``, ``trust_before`` and ``index``) restores the
    exact state before the turn, so undo still works after a resume.
    """

    index: int = Field(ge=1)
    node: str
    employee: str
    reply: str = ""
    silence: bool = False
    menu_choice: int | None = None
    branch: int = 0
    goto: str
    trust_before: int
    trust_after: int
    flags_before: list[str] = Field(default_factory=list)
    note: str | None = None
    question_type: Literal["why", "open", "closed", "none"] = "none"
    questions: int = 0
    warmth: bool = False
    clarity: bool = False
    reflection: bool = False
    pitfalls: list[str] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)
    score: int = 0
    feedback: list[str] = Field(default_factory=list)


class UndoneRecord(Record):
    """A reply the manager took back, and the turn number it had."""

    turn: TurnRecord
    replaced_by: int


class StateRecord(Record):
    """Where the conversation stood when the session was saved."""

    node: str
    trust: int
    flags: list[str] = Field(default_factory=list)
    turn: int = 0
    ending: str | None = None
    finished: bool = False


class ReasonRecord(Record):
    """One part of the debrief score, explained."""

    label: str
    points: int
    max_points: int
    detail: str


class SummaryRecord(Record):
    """The debrief figures of a session (see ``samtale_tui.debrief``).

    Stored with the session so progress and export never have to replay it.
    """

    score: int = 0
    reasons: list[ReasonRecord] = Field(default_factory=list)
    replies: int = 0
    silences: int = 0
    questions: int = 0
    open_questions: int = 0
    closed_questions: int = 0
    why_questions: int = 0
    reflections: int = 0
    warm_replies: int = 0
    clear_replies: int = 0
    quadrant: Literal["warm_clear", "warm_vague", "clear_cold", "neither"] = "neither"
    pitfalls: dict[str, int] = Field(default_factory=dict)
    best: int | None = None
    worst: int | None = None
    rewrite: str | None = None
    rewrite_why: str | None = None
    ending_title: str | None = None
    ending_outcome: str | None = None
    learning: str | None = None
    trust_start: int = 50
    trust_end: int = 50

    @property
    def open_share(self) -> float:
        """Share of questions that were open (0.0 when no questions)."""
        return self.open_questions / self.questions if self.questions else 0.0

    @property
    def reflections_per_question(self) -> float:
        """Reflections per question asked."""
        return self.reflections / self.questions if self.questions else float(self.reflections)

    @property
    def warmth_share(self) -> float:
        """Share of spoken replies that were warm."""
        return self.warm_replies / self.replies if self.replies else 0.0

    @property
    def clarity_share(self) -> float:
        """Share of spoken replies that were clear."""
        return self.clear_replies / self.replies if self.replies else 0.0


class SessionRecord(Record):
    """One practice session as saved after every turn.

    The scenario's title, persona name and reflection questions are copied in,
    so a session can be listed and exported even if its scenario file is gone.
    """

    schema_version: int = SCHEMA_VERSION
    id: str = Field(min_length=1, pattern=r"^[A-Za-z0-9_-]+$")
    scenario_id: str
    scenario_title: str
    persona_name: str
    mode: Literal["coach", "realistic", "menu", "present"]
    started: datetime
    updated: datetime
    finished: bool = False
    abandoned: bool = False
    state: StateRecord
    turns: list[TurnRecord] = Field(default_factory=list)
    undone: list[UndoneRecord] = Field(default_factory=list)
    summary: SummaryRecord = Field(default_factory=SummaryRecord)
    reflection_questions: list[str] = Field(default_factory=list)
    checklist: list[str] = Field(default_factory=list)
    job_wheel: dict[str, int] | None = None


class SessionRow(Record):
    """A session in brief: one row of the listing cache that progress reads.

    ``mtime_ns`` and ``size`` tell whether the session file changed since the
    row was made.
    """

    id: str
    file: str
    mtime_ns: int
    size: int
    scenario_id: str
    scenario_title: str
    mode: str
    started: datetime
    updated: datetime
    finished: bool
    abandoned: bool = False
    turns: int
    summary: SummaryRecord

    @classmethod
    def of(cls, record: SessionRecord, file: str, mtime_ns: int, size: int) -> SessionRow:
        """Make the row of a session record."""
        return cls(
            id=record.id,
            file=file,
            mtime_ns=mtime_ns,
            size=size,
            scenario_id=record.scenario_id,
            scenario_title=record.scenario_title,
            mode=record.mode,
            started=record.started,
            updated=record.updated,
            finished=record.finished,
            abandoned=record.abandoned,
            turns=len(record.turns),
            summary=record.summary.model_copy(update={"reasons": [], "rewrite": None}),
        )


class SessionCache(Record):
    """The listing cache (``cache/sessions.toml``): derived, rebuilt when in doubt."""

    schema_version: int = SCHEMA_VERSION
    rows: list[SessionRow] = Field(default_factory=list)


# -- the follow-up agreement is defined in samtale_tui.agreement.model --------

__all__ = [
    "SCHEMA_VERSION",
    "DrillItem",
    "DrillRecord",
    "ReasonRecord",
    "Record",
    "SessionCache",
    "SessionRecord",
    "SessionRow",
    "StateRecord",
    "SummaryRecord",
    "TurnRecord",
    "UndoneRecord",
]
