"""What a workshop produces: proposals per question, saved and exported."""

from __future__ import annotations

from datetime import date as Date

from pydantic import BaseModel, ConfigDict, Field, field_validator

from samtale_tui.workshop.plan import QUESTIONS, GroupSize, group_size

MAX_PROPOSAL_CHARS = 2000


class Proposal(BaseModel):
    """One proposal typed in for one of the eight questions."""

    model_config = ConfigDict(extra="forbid")

    question: int = Field(ge=0, lt=len(QUESTIONS))
    text: str = Field(min_length=1, max_length=MAX_PROPOSAL_CHARS)
    group: str = Field(default="", max_length=80)

    @field_validator("text", "group")
    @classmethod
    def _clean(cls, value: str) -> str:
        return " ".join(value.split())


class WorkshopRecord(BaseModel):
    """A workshop: when, how many, which groups, and every proposal."""

    model_config = ConfigDict(extra="forbid")

    schema_version: int = 1
    id: str
    date: Date
    participants: int = Field(ge=1, le=500)
    unit: str = Field(default="", max_length=120)
    groups: list[str] = Field(default_factory=list)
    proposals: list[Proposal] = Field(default_factory=list)
    step: int = 0

    @property
    def size(self) -> GroupSize:
        """Small or large group, from the number of participants."""
        return group_size(self.participants)

    def add(self, question: int, text: str, group: str = "") -> Proposal | None:
        """Add a proposal; blank text is ignored (returns None)."""
        if not text.strip():
            return None
        proposal = Proposal(question=question, text=text[:MAX_PROPOSAL_CHARS], group=group)
        self.proposals.append(proposal)
        return proposal

    def for_question(self, question: int) -> list[Proposal]:
        """The proposals for one question, in the order given."""
        return [p for p in self.proposals if p.question == question]
