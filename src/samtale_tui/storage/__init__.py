"""Local storage of sessions, agreements and progress (no Textual).

Placeholder until the persistence issue: ``NullStore`` keeps nothing.
"""

from __future__ import annotations

from samtale_tui.practice import PracticeSession


class StorageError(Exception):
    """Saving or loading failed; ``str(error)`` is a Norwegian message for the user."""


class NullStore:
    """A store that saves nothing (guest mode)."""

    guest = True

    def save_session(self, session: PracticeSession) -> None:
        """Save a session after a turn (does nothing here)."""


__all__ = ["NullStore", "StorageError"]
