"""The follow-up agreement (oppfølgingsplan), as a pydantic model (no Textual).

Modelled on the template in the leaders' booklet on the important
conversation (source 004: name, dates, goals and tasks, measures, success
criteria, individual needs, competence development, other, signatures) and
on the study of recurring sick leave (source 001: measures must be concrete
and time-limited — what, why, who, how long, when evaluated, what if it does
not work). Health details and diagnoses do not belong in it.
"""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field

from samtale_tui.prep.contact import KIND_BY_ID, ContactKind

SCHEMA_VERSION = 1
"""The version of the agreement file format."""


class Record(BaseModel):
    """Strict base: unknown fields in a file are errors (the file is quarantined)."""

    model_config = ConfigDict(extra="forbid")


class AgreementMeasure(Record):
    """One concrete, time-limited measure.

    Attributes:
        what: what will be done.
        why: why: what it should help with.
        who: who does what.
        how_long: how long it lasts.
        evaluate: when and how it is evaluated.
        if_not_working: what happens if it does not work.
    """

    what: str = ""
    why: str = ""
    who: str = ""
    how_long: str = ""
    evaluate: str = ""
    if_not_working: str = ""

    def is_empty(self) -> bool:
        """True when nothing is filled in."""
        return not any(getattr(self, name).strip() for name in type(self).model_fields)


class ContactPlan(Record):
    """How manager and employee keep in touch during absence (source 004).

    Attributes:
        agreed: how and how often, as agreed with the employee.
        caring: caring contact: showing that the employee is missed and wanted back.
        operations: keeping-operations contact: tasks, colleagues, duration, adjustments.
        problem_solving: problem-solving contact: conflicts or work-environment
            problems that must be solved before a return.
    """

    agreed: str = ""
    caring: str = ""
    operations: str = ""
    problem_solving: str = ""


CONTACT_FIELDS: dict[str, str] = {
    "caring": "omsorg",
    "operations": "drift",
    "problem_solving": "problem",
}
"""``ContactPlan`` field -> id of the kind of contact in ``samtale_tui.prep.contact``."""


def contact_kind(field: str) -> ContactKind:
    """The kind of contact (title, purpose, guidance) behind a ``ContactPlan`` field."""
    return KIND_BY_ID[CONTACT_FIELDS[field]]


class Agreement(Record):
    """A follow-up agreement, saved as you write it.

    Attributes:
        schema_version: file format version.
        id: unique id.
        created: when the agreement was started.
        updated: when it was last changed.
        employee: the employee's name (optional, free text).
        manager: the manager's name (optional).
        meeting_date: date of this meeting.
        next_meetings: dates of the next meetings.
        goals: goals and work tasks.
        tasks: tasks the employee will do in the period.
        measures: concrete, time-limited measures.
        success_criteria: how we know it works.
        individual_needs: the employee's individual needs.
        competence: competence and professional development.
        contact: how we keep in touch during absence.
        other: anything else.
        session_id: the practice session it was drafted from, if any.
        scenario_id: the scenario of that session, if any.
        checklist: the preparation checklist items ticked.
        job_wheel: job-wheel ratings (area -> 0 to 8), if used.
    """

    schema_version: int = SCHEMA_VERSION
    id: str = Field(min_length=1, pattern=r"^[A-Za-z0-9_-]+$")
    created: datetime
    updated: datetime
    employee: str = ""
    manager: str = ""
    meeting_date: date | None = None
    next_meetings: list[date] = Field(default_factory=list)
    goals: list[str] = Field(default_factory=list)
    tasks: list[str] = Field(default_factory=list)
    measures: list[AgreementMeasure] = Field(default_factory=list)
    success_criteria: list[str] = Field(default_factory=list)
    individual_needs: list[str] = Field(default_factory=list)
    competence: list[str] = Field(default_factory=list)
    contact: ContactPlan = Field(default_factory=ContactPlan)
    other: str = ""
    session_id: str | None = None
    scenario_id: str | None = None
    checklist: list[str] = Field(default_factory=list)
    job_wheel: dict[str, int] | None = None

    @property
    def title(self) -> str:
        """A short Norwegian title for lists."""
        who = self.employee.strip() or "uten navn"
        when = self.meeting_date.strftime("%d.%m.%Y") if self.meeting_date else "uten dato"
        return f"Oppfølgingsplan – {who} – {when}"


__all__ = [
    "CONTACT_FIELDS",
    "SCHEMA_VERSION",
    "Agreement",
    "AgreementMeasure",
    "ContactPlan",
    "contact_kind",
]
