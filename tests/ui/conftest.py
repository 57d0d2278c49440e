"""Fixtures for the Textual UI tests: a small fixed library, a fixed clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from samtale_tui.practice import PracticeSession
from samtale_tui.scenarios import load_scenario
from samtale_tui.scenarios.library import Library
from samtale_tui.storage import StorageError
from samtale_tui.ui.app import AppConfig, SamtaleApp, build_app

from .fake_analyser import fake_analyse

FIXTURES = Path(__file__).parent.parent / "fixtures"
FIXED_NOW = datetime(2026, 1, 5, 9, 30)


class RecordingStore:
    """A store that remembers what it was asked to save (or fails on purpose)."""

    guest = False

    def __init__(self, fail: str | None = None) -> None:
        self.fail = fail
        self.saved: list[tuple[str, int, bool]] = []

    def save_session(self, session: PracticeSession) -> None:
        if self.fail:
            raise StorageError(self.fail)
        self.saved.append((session.id, len(session.conversation.turns), session.finished))


@pytest.fixture
def library() -> Library:
    """The mini scenario only, so the UI tests never follow the real scenarios."""
    return Library([load_scenario(FIXTURES / "mini.toml")])


@pytest.fixture
def make_app(library: Library, monkeypatch: pytest.MonkeyPatch) -> Callable[..., SamtaleApp]:
    """Build the app deterministically: fixed clock and seed, steady cursor,
    and a frozen analyser (see ``fake_analyser``)."""
    real_start = PracticeSession.start.__func__  # type: ignore[attr-defined]

    def start(cls: type[PracticeSession], *args: Any, **kwargs: Any) -> PracticeSession:
        session = real_start(cls, *args, **kwargs)
        session.conversation.analyser = fake_analyse
        return session

    monkeypatch.setattr(PracticeSession, "start", classmethod(start))

    def make(**overrides: Any) -> SamtaleApp:
        config = AppConfig(
            library=overrides.pop("library", library),
            clock=lambda: FIXED_NOW,
            seed=1,
            cursor_blink=False,
            background_after=overrides.pop("background_after", 0.0),
            **overrides,
        )
        return build_app(config)

    return make
