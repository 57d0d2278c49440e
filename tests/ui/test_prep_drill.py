"""Pilot tests and 80x24 snapshots for the rewrite drill screen."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from textual.app import App
from textual.events import Mount
from textual.screen import Screen
from textual.widgets import Input, Static

from samtale_tui.analysis import Analysis, Feedback, Question
from samtale_tui.prep.drill import DrillRound
from samtale_tui.ui.screens.drill import DrillScreen

NOW = datetime(2026, 11, 25, 14, 0, 0)
GOOD = "Hva tenker du selv om hvordan det går nå?"

SIZES = pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
"""Every screen is pictured at the smallest supported size and a larger one."""


class RecordingStore:
    guest = False

    def __init__(self, fail: bool = False) -> None:
        self.fail = fail
        self.drills: list[Any] = []

    def save_drill(self, record: Any) -> None:
        if self.fail:
            raise OSError("disken er full")
        self.drills.append(record)


class FakeConfig:
    def __init__(self, store: Any) -> None:
        self.store = store
        self.clock = lambda: NOW
        self.seed = 1
        self.save = True


class Host(App[None]):
    def __init__(self, screen: Screen[Any], store: Any = None) -> None:
        super().__init__()
        self.first = screen
        self.config = FakeConfig(store if store is not None else RecordingStore())
        self.results: list[Any] = []

    def on_mount(self) -> None:
        self.push_screen(self.first, callback=self.results.append)

    def on_descendant_mount(self, event: Mount) -> None:
        if hasattr(event.widget, "cursor_blink"):
            event.widget.cursor_blink = False  # type: ignore[attr-defined]


def text_of(app: App[Any], selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def answer(pilot: Any, text: str, then_next: bool = True) -> None:
    """Put ``text`` in the rewrite box (faster than typing it) and press Enter."""
    pilot.app.screen.query_one("#drill-input", Input).value = text
    await pilot.press("enter", *(["enter"] if then_next else []))


async def test_a_full_round_is_scored_and_saved() -> None:
    store = RecordingStore()
    app = Host(DrillScreen(seed=5), store)
    expected = DrillRound.new(5).items
    async with app.run_test(size=(80, 24)) as pilot:
        assert "spørsmål 1 av 10" in text_of(app, "#drill-title")
        assert expected[0].text in text_of(app, "#drill-question")
        # First rewrite keeps a why-question: it fails, with the reason shown.
        await pilot.press(*"Hvorfor det?", "enter")
        result = text_of(app, "#drill-result")
        assert "✗" in result and "hvorfor" in result.lower()
        await pilot.press("enter")
        for _ in range(9):
            await answer(pilot, GOOD, then_next=False)
            assert "✓" in text_of(app, "#drill-result")
            await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "9 av 10" in text_of(app, "#drill-title")
        assert "Lagret" in text_of(app, "#drill-tip")
        await pilot.press("escape")
    (record,) = store.drills
    assert record.score == 90 and record.passed == 9
    assert [i.prompt for i in record.items] == [i.text for i in expected]
    assert record.items[0].rewrite == "Hvorfor det?" and not record.items[0].ok
    (finished,) = app.results
    assert isinstance(finished, DrillRound) and finished.score == 9


async def test_an_empty_rewrite_is_not_judged() -> None:
    app = Host(DrillScreen(seed=2))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert text_of(app, "#drill-result") == ""
        assert "spørsmål 1 av 10" in text_of(app, "#drill-title")
        screen = app.screen
        assert isinstance(screen, DrillScreen) and screen.round is not None
        assert screen.round.position == 0


async def test_leaving_early_returns_none_and_saves_nothing() -> None:
    store = RecordingStore()
    app = Host(DrillScreen(seed=2), store)
    async with app.run_test(size=(80, 24)) as pilot:
        await answer(pilot, GOOD, then_next=False)
        await pilot.press("escape")
    assert app.results == [None]
    assert store.drills == []


async def test_a_failed_save_is_reported_not_raised() -> None:
    app = Host(DrillScreen(seed=3), RecordingStore(fail=True))
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(10):
            await answer(pilot, GOOD)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Ikke lagret" in text_of(app, "#drill-tip")
        assert any("disken er full" in n.message for n in app._notifications)
        await pilot.press("n")
        assert "spørsmål 1 av 10" in text_of(app, "#drill-title")


async def test_guest_mode_does_not_claim_to_save() -> None:
    from samtale_tui.storage import NullStore

    app = Host(DrillScreen(seed=4), NullStore())
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(10):
            await answer(pilot, GOOD)
        await pilot.pause()
        assert "gjestemodus" in text_of(app, "#drill-tip")


async def test_without_a_seed_the_round_comes_from_the_clock() -> None:
    first, second = Host(DrillScreen()), Host(DrillScreen())
    async with first.run_test(size=(80, 24)):
        a = first.screen.round  # type: ignore[attr-defined]
    async with second.run_test(size=(80, 24)):
        b = second.screen.round  # type: ignore[attr-defined]
    assert a.items == b.items


def fake_analyse(text: str, lang: str | None = None) -> Analysis:
    """A fixed stand-in, so the snapshots do not move when the analyser's wording does."""
    first = text.strip().split()[0].lower() if text.strip() else ""
    kind = {"hvorfor": "why", "hva": "open", "hvordan": "open"}.get(first, "closed")
    feedback: tuple[Feedback, ...] = ()
    if kind == "why":
        feedback = (
            Feedback(
                "why",
                0,
                7,
                "«Hvorfor» kan høres ut som bebreidelse.",
                suggestion="Hva fikk deg til å gjøre det slik?",
            ),
        )
    return Analysis(
        text=text,
        questions=(Question(0, len(text), kind),),  # type: ignore[arg-type]
        question_type=kind,  # type: ignore[arg-type]
        score=70 if kind == "open" else 30,
        feedback=feedback,
    )


@SIZES
def test_drill_question_snapshot(snap_compare: Any, size: tuple[int, int]) -> None:
    assert snap_compare(Host(DrillScreen(seed=5)), press=[*"Hvorfor?"], terminal_size=size)


@SIZES
def test_drill_verdict_snapshot(snap_compare: Any, monkeypatch: Any, size: tuple[int, int]) -> None:
    monkeypatch.setattr("samtale_tui.prep.drill.analyse", fake_analyse)
    app = Host(DrillScreen(seed=5))
    assert snap_compare(app, press=[*"Hvorfor det?", "enter"], terminal_size=size)


@SIZES
def test_drill_summary_snapshot(snap_compare: Any, monkeypatch: Any, size: tuple[int, int]) -> None:
    monkeypatch.setattr("samtale_tui.prep.drill.analyse", fake_analyse)

    async def play(pilot: Any) -> None:
        for i in range(10):
            await answer(pilot, GOOD if i % 3 else "Er alt bra?")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(Host(DrillScreen(seed=5)), run_before=play, terminal_size=size)
