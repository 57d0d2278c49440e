"""Trainer mode, driven by keys: votes, play, reveal, timer, debrief with vote history."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

from markdown_it import MarkdownIt
from rich.console import Console
from textual.widgets import Digits, Input, Static

from samtale_tui.scenarios import Library, load_scenario
from samtale_tui.ui.app import AppConfig, build_app
from samtale_tui.ui.screens.present import PresentScreen
from samtale_tui.ui.screens.present_debrief import PresentDebriefScreen
from samtale_tui.ui.screens.present_talk import PresentTalkScreen

FIXTURES = Path(__file__).parent.parent / "fixtures"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make_app(clock: FakeClock, store=None):
    library = Library([load_scenario(FIXTURES / "mini.toml")])
    config = AppConfig(
        library=library, clock=lambda: datetime(2026, 11, 25, 10, 0), background_after=0.0
    )
    if store is not None:
        config.store = store
    config.monotonic = clock  # type: ignore[attr-defined]
    return build_app(config)


def text_of(screen, selector: str) -> str:
    content = screen.query_one(selector, Static).content
    if isinstance(content, str):
        return content
    console = Console(width=120, record=True, file=io.StringIO())
    console.print(content)
    return console.export_text()


async def test_group_round_votes_reveal_timer_and_debrief(tmp_path: Path) -> None:
    from samtale_tui.storage import Store

    clock = FakeClock()
    store = Store.open(tmp_path / "data")
    app = make_app(clock, store)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(PresentScreen())
        await pilot.pause()
        await pilot.press(*"Rød, Blå")
        await pilot.press("tab", "space")  # rotate on
        await pilot.press("shift+tab")
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PresentTalkScreen)
        assert app.theme == "samtale-kontrast"
        assert screen.play.teams == ["Rød", "Blå"] and screen.play.rotate
        assert "Nå svarer: Rød" in text_of(screen, "#present-title")
        # Scores and trust are hidden before anything is revealed.
        assert "tillit" not in text_of(screen, "#present-history").lower()

        await pilot.press("a", "a", "b", "a")
        assert screen.play.counts[:2] == [3, 1]
        assert "■" in text_of(screen, "#present-option-0")
        await pilot.press("enter")  # plays A, the good open question
        await pilot.pause()
        assert len(screen.play.rounds) == 1 and screen.play.rounds[0].chose_best
        assert "Nå svarer: Blå" in text_of(screen, "#present-title")
        assert not screen.query_one("#present-reveal").display
        await pilot.press("r")
        await pilot.pause()
        assert screen.query_one("#present-reveal").display
        assert "Tillit: 50 → 60" in text_of(screen, "#present-reveal")
        assert "det beste alternativet" in text_of(screen, "#present-reveal")

        # The timer: start, let time pass, pause, reset.
        await pilot.press("space")
        clock.now += 65
        await pilot.pause(0.3)
        assert screen.query_one("#present-clock", Digits).value == "01:55"
        await pilot.press("space")
        clock.now += 100
        await pilot.pause(0.3)
        assert screen.query_one("#present-clock", Digits).value == "01:55"
        await pilot.press("0")
        assert screen.query_one("#present-clock", Digits).value == "03:00"
        await pilot.press("plus")
        assert screen.query_one("#present-clock", Digits).value == "04:00"
        await pilot.press("minus", "minus", "minus", "minus")
        assert screen.query_one("#present-clock", Digits).value == "01:00"  # never below a minute
        await pilot.press("plus", "plus")

        # The room types its own words.
        await pilot.press("t")
        assert screen.query_one("#present-input", Input).has_focus
        await pilot.press(*"Så du savner dem. La oss avtale et nytt møte neste uke.")
        await pilot.press("enter")
        await pilot.pause()
        assert screen.play.rounds[1].typed and screen.play.rounds[1].team == "Blå"
        assert screen.play.conversation.over

        await pilot.press("s")
        await pilot.pause()
        debrief = app.screen
        assert isinstance(debrief, PresentDebriefScreen)
        votes = text_of(debrief, "#pd-votes")
        assert "Hva rommet valgte" in votes and "egne ord" in votes and "A ✓" in votes
        assert "Rød" in text_of(debrief, "#pd-teams")
        first_q = text_of(debrief, "#pd-question")
        assert "1 av 1" in first_q
        await pilot.press("space")
        clock.now += 30
        await pilot.pause(0.3)
        assert debrief.query_one("#pd-clock", Digits).value == "04:30"
        await pilot.press("e")
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
    sessions = store.list_sessions()
    assert len(sessions) == 1
    record = store.load_session(sessions[0].id)
    assert record.mode == "present" and len(record.turns) == 2
    exports = list((tmp_path / "data" / "exports").glob("samtale-rommet-*.md"))
    assert len(exports) == 1
    md = exports[0].read_text(encoding="utf-8")
    tokens = MarkdownIt("commonmark").enable("table").parse(md)
    assert any(t.type == "table_open" for t in tokens)
    assert "Hva rommet valgte" in md and "A (beste)" in md and "egne ord" in md


async def test_enter_without_votes_asks_for_votes() -> None:
    app = make_app(FakeClock())
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(PresentScreen("mini"))
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PresentTalkScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert screen.play.rounds == []
        await pilot.press("2")  # plays B directly: the why-question
        await pilot.pause()
        assert screen.play.rounds[0].chosen == 1 and not screen.play.rounds[0].chose_best
        await pilot.press("p")
        await pilot.pause()
        assert screen.play.rounds[1].chosen is None and screen.play.rounds[1].typed is None


async def test_a_stray_escape_does_not_end_a_round_in_progress() -> None:
    app = make_app(FakeClock())
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(PresentScreen())
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PresentTalkScreen)
        await pilot.press("1")  # play option A
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, PresentScreen)


async def test_escape_before_any_turn_leaves_at_once() -> None:
    app = make_app(FakeClock())
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(PresentScreen())
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PresentTalkScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, PresentScreen)
