"""A practice session: one conversation through one scenario, in one mode.

This is the unit the UI plays, the store saves after every turn, and the
export and progress read. Pure Python.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from samtale_tui.engine import Conversation
from samtale_tui.scenarios.model import Scenario

Mode = Literal["coach", "realistic", "menu", "present"]

MODE_NAMES: dict[str, str] = {
    "coach": "Coach",
    "realistic": "Realistisk",
    "menu": "Meny",
    "present": "Presentasjon",
}


def new_session_id(now: datetime) -> str:
    """A unique, sortable session id, e.g. ``20261125-141502-3f9a``.

    The random suffix keeps two processes of the same user (two SSH sessions)
    from ever choosing the same id.
    """
    return f"{now:%Y%m%d-%H%M%S}-{secrets.token_hex(2)}"


@dataclass
class PracticeSession:
    """One conversation in progress or done.

    Attributes:
        id: unique id (see ``new_session_id``).
        scenario: the scenario played.
        mode: coach, realistic, menu or present.
        started: when the session began.
        conversation: the engine state and transcript.
        updated: when a turn was last played.
        checklist: preparation checklist items the manager ticked (ids).
        job_wheel: job-wheel ratings used in preparation, if any.
    """

    id: str
    scenario: Scenario
    mode: Mode
    started: datetime
    conversation: Conversation
    updated: datetime | None = None
    checklist: list[str] = field(default_factory=list)
    job_wheel: dict[str, int] | None = None

    @classmethod
    def start(cls, scenario: Scenario, mode: Mode, now: datetime) -> PracticeSession:
        """Begin a new session."""
        return cls(
            id=new_session_id(now),
            scenario=scenario,
            mode=mode,
            started=now,
            conversation=Conversation(scenario),
            updated=now,
        )

    @property
    def finished(self) -> bool:
        """True once the conversation is over."""
        return self.conversation.over
