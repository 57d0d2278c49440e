"""Pictures of the main screens at 80x24 and 120x40 (the mini case, fixed clock).

Regenerate after a deliberate change with ``pytest tests/ui --snapshot-update``
and look at the SVGs under ``tests/ui/__snapshots__`` before committing them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from .test_practice_loop import AGREE, OPEN

SIZES = [(80, 24), (120, 40)]


async def at_home(pilot: Any) -> None:
    await pilot.pause()


async def at_brief(pilot: Any) -> None:
    await pilot.press("enter")
    await pilot.pause()


async def mid_talk(pilot: Any) -> None:
    """Coach mode, one reply sent, a why-question being typed: the hint shows."""
    await pilot.press("enter", "1")
    await pilot.pause()
    await pilot.press(*OPEN, "enter")
    await pilot.pause()
    await pilot.press(*"Hvorfor tror du")
    await pilot.pause()


async def at_debrief(pilot: Any) -> None:
    await pilot.press("enter", "1")
    await pilot.pause()
    await pilot.press(*"Hvorfor har du vært borte?", "enter")
    await pilot.pause()
    await pilot.press("ctrl+z", "ctrl+u")
    await pilot.press(*OPEN, "enter")
    await pilot.pause()
    await pilot.press(*AGREE, "enter")
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()


async def in_help(pilot: Any) -> None:
    await mid_talk(pilot)
    await pilot.press("f1")
    await pilot.pause()


SCREENS: dict[str, Callable[[Any], Awaitable[None]]] = {
    "home": at_home,
    "brief": at_brief,
    "conversation": mid_talk,
    "debrief": at_debrief,
    "help": in_help,
}


def settled(run: Callable[[Any], Awaitable[None]]) -> Callable[[Any], Awaitable[None]]:
    """Run the steps, then drop any toast so timing never shows in a picture."""

    async def steps(pilot: Any) -> None:
        await run(pilot)
        pilot.app.clear_notifications()
        await pilot.pause()

    return steps


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("name", list(SCREENS))
def test_screen_snapshot(
    snap_compare: Any,
    make_app: Any,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    size: tuple[int, int],
) -> None:
    # Entry points to other parts of the app come and go as they land; keep
    # them out of the pictures.
    monkeypatch.setattr("samtale_tui.ui.screens.home.HOME_ENTRIES", [])
    monkeypatch.setattr("samtale_tui.ui.screens.debrief.DEBRIEF_ENTRIES", [])
    monkeypatch.setattr("samtale_tui.ui.palette.HOME_ENTRIES", [])
    assert snap_compare(make_app(), terminal_size=size, run_before=settled(SCREENS[name]))


@pytest.mark.parametrize("theme", ["samtale-lys", "samtale-kontrast", "no-color"])
def test_conversation_in_other_themes(
    snap_compare: Any, make_app: Any, monkeypatch: pytest.MonkeyPatch, theme: str
) -> None:
    monkeypatch.setattr("samtale_tui.ui.screens.home.HOME_ENTRIES", [])
    if theme == "no-color":
        monkeypatch.setenv("NO_COLOR", "1")
        app = make_app()
    else:
        app = make_app(theme=theme)
    assert snap_compare(app, terminal_size=(80, 24), run_before=settled(mid_talk))
