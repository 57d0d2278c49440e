"""Guest mode: a store with the same methods as ``Store`` that keeps nothing."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from samtale_tui.storage.errors import Problem, StorageError

if TYPE_CHECKING:
    from samtale_tui.agreement.model import Agreement
    from samtale_tui.practice import PracticeSession
    from samtale_tui.scenarios.model import Scenario
    from samtale_tui.storage.records import DrillRecord, SessionRecord, SessionRow

GUEST = "Gjestemodus: ingenting lagres."


class NullStore:
    """A store that saves nothing (guest mode, ``--no-save``).

    Attributes:
        root: the data directory that would have been used, if known.
        guest: always True.
    """

    guest = True

    def __init__(self, root: Path | None = None) -> None:
        self.root = root

    def take_problems(self) -> list[Problem]:
        """No files, no problems."""
        return []

    def save_session(self, session: PracticeSession, abandoned: bool = False) -> None:
        """Save a session after a turn (does nothing here)."""

    def save_agreement(self, agreement: Agreement) -> None:
        """Save an agreement (does nothing here)."""

    def save_drill(self, result: DrillRecord) -> None:
        """Save a drill round (does nothing here)."""

    def load_session(self, session_id: str) -> SessionRecord:
        """Nothing is stored in guest mode."""
        raise StorageError(f"{GUEST} Fant ingen økt med id {session_id}.")

    def load_agreement(self, agreement_id: str) -> Agreement:
        """Nothing is stored in guest mode."""
        raise StorageError(f"{GUEST} Fant ingen oppfølgingsplan med id {agreement_id}.")

    def list_sessions(self) -> list[SessionRow]:
        """No sessions."""
        return []

    def best_score(self, scenario_id: str) -> int | None:
        """Never played, as far as guest mode knows."""
        return None

    def last_session(self) -> SessionRecord | None:
        """No sessions."""
        return None

    def unfinished(self) -> list[SessionRow]:
        """No sessions."""
        return []

    def resume(self, session_id: str, scenario: Scenario) -> PracticeSession:
        """Nothing to resume in guest mode."""
        raise StorageError(GUEST)

    def abandon(self, session_id: str) -> None:
        """Nothing to mark."""

    def release(self, session_id: str) -> None:
        """No locks."""

    def close(self) -> None:
        """No locks."""

    def list_agreements(self) -> list[Agreement]:
        """No agreements."""
        return []

    def delete_agreement(self, agreement_id: str) -> None:
        """Nothing to delete."""

    def list_drills(self) -> list[DrillRecord]:
        """No drill rounds."""
        return []

    def save_workshop(self, record: object) -> None:
        """Save a workshop (does nothing here)."""

    def list_workshops(self) -> list[object]:
        """No workshops."""
        return []

    def export_path(self, name: str) -> Path:
        """Guest mode has no export folder; the caller picks another place."""
        raise StorageError(GUEST)

    def forget(self) -> None:
        """Nothing to forget."""


__all__ = ["GUEST", "NullStore"]
