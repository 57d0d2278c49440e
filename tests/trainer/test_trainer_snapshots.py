"""Pictures of trainer mode and the workshop (the mini case, fixed clocks).

Regenerate after a deliberate change with
``pytest tests/trainer --snapshot-update`` and look at the SVGs first.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from samtale_tui.scenarios import Library, load_scenario
from samtale_tui.ui.app import AppConfig, build_app

FIXTURES = Path(__file__).parent.parent / "fixtures"


@pytest.fixture(autouse=True)
def frozen_analyser(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real analyser keeps improving; these pictures must not move with it."""
    from samtale_tui.engine import Conversation
    from samtale_tui.ui.screens import present
    from ui.fake_analyser import fake_analyse

    monkeypatch.setattr(
        present, "Conversation", lambda scenario: Conversation(scenario, analyser=fake_analyse)
    )


def make_app(start: str):
    library = Library([load_scenario(FIXTURES / "mini.toml")])
    config = AppConfig(
        library=library,
        clock=lambda: datetime(2026, 11, 25, 9, 0),
        cursor_blink=False,
        start=start,
        scenario_id="mini",
        monotonic=lambda: 0.0,
        background_after=0.0,
    )
    return build_app(config)


async def present_setup(pilot: Any) -> None:
    await pilot.press(*"Rød, Blå")
    await pilot.pause()


async def present_voting(pilot: Any) -> None:
    await present_setup(pilot)
    await pilot.press("enter")
    await pilot.pause()
    await pilot.press("a", "a", "a", "b")
    await pilot.pause()


async def present_revealed(pilot: Any) -> None:
    await present_voting(pilot)
    await pilot.press("enter")
    await pilot.pause()
    await pilot.press("r")
    await pilot.pause()


async def present_debrief(pilot: Any) -> None:
    await present_revealed(pilot)
    await pilot.press("t", *"Så du savner dem. La oss avtale et nytt møte neste uke.", "enter")
    await pilot.pause()
    await pilot.press("s")
    await pilot.pause()


PRESENT: dict[str, Callable[[Any], Awaitable[None]]] = {
    "setup": present_setup,
    "voting": present_voting,
    "revealed": present_revealed,
    "debrief": present_debrief,
}


@pytest.mark.parametrize(
    "size", [(80, 24), (120, 40), (200, 50)], ids=["80x24", "120x40", "200x50"]
)
@pytest.mark.parametrize("name", list(PRESENT))
def test_presenter_snapshot(snap_compare, name: str, size: tuple[int, int]) -> None:
    assert snap_compare(make_app("present"), terminal_size=size, run_before=PRESENT[name])


async def workshop_setup(pilot: Any) -> None:
    await pilot.pause()


async def workshop_collecting(pilot: Any) -> None:
    await pilot.press("ctrl+s")
    await pilot.pause()
    await pilot.press("pagedown", "pagedown")
    await pilot.press(*"Ring meg den første dagen", "enter")
    await pilot.pause()


async def workshop_summary(pilot: Any) -> None:
    await workshop_collecting(pilot)
    await pilot.press("ctrl+s")
    await pilot.pause()


WORKSHOP: dict[str, Callable[[Any], Awaitable[None]]] = {
    "setup": workshop_setup,
    "collecting": workshop_collecting,
    "summary": workshop_summary,
}


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
@pytest.mark.parametrize("name", list(WORKSHOP))
def test_workshop_snapshot(snap_compare, name: str, size: tuple[int, int]) -> None:
    assert snap_compare(make_app("workshop"), terminal_size=size, run_before=WORKSHOP[name])
