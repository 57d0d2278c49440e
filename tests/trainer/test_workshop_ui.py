"""The workshop, driven by keys from set-up to the exported Markdown draft."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from markdown_it import MarkdownIt
from textual.widgets import Input

from samtale_tui.scenarios import Library
from samtale_tui.storage import Store
from samtale_tui.ui.app import AppConfig, build_app
from samtale_tui.ui.screens.workshop import WorkshopScreen
from samtale_tui.ui.screens.workshop_run import WorkshopRunScreen
from samtale_tui.ui.screens.workshop_summary import WorkshopSummaryScreen


def make_app(tmp_path: Path):
    store = Store.open(tmp_path / "data")
    config = AppConfig(
        library=Library([]),
        clock=lambda: datetime(2026, 11, 25, 9, 0),
        store=store,
        background_after=0.0,
    )
    config.monotonic = lambda: 0.0  # type: ignore[attr-defined]
    return build_app(config), store


async def test_large_workshop_to_markdown_export(tmp_path: Path) -> None:
    app, store = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(WorkshopScreen())
        await pilot.pause()
        field = app.screen.query_one("#ws-participants", Input)
        field.value = ""
        await pilot.press(*"18", "enter")
        await pilot.press(*"Drift", "enter")
        await pilot.press(*"Gruppe A, Gruppe B", "enter")
        await pilot.pause()
        run = app.screen
        assert isinstance(run, WorkshopRunScreen)
        assert run.record.size == "large" and run.record.groups == ["Gruppe A", "Gruppe B"]
        assert not run.query_one("#ws-input").display
        # Step to where the group leaders collect proposals.
        while not run.step.collects:
            await pilot.press("pagedown")
        assert run.query_one("#ws-input", Input).has_focus
        await pilot.press(*"Ring meg første dag, ikke send melding", "enter")
        await pilot.press("ctrl+g")
        await pilot.press(*"Leder tar kontakt innen tre dager", "enter")
        await pilot.press("down", "down")
        await pilot.press(*"Telefon for det viktige, melding for beskjeder", "enter")
        await pilot.press("enter")  # blank: ignored
        assert [p.group for p in run.record.for_question(0)] == ["Gruppe A", "Gruppe B"]
        assert len(run.record.for_question(2)) == 1
        assert len(run.record.proposals) == 3
        await pilot.press("ctrl+s")
        await pilot.pause()
        summary = app.screen
        assert isinstance(summary, WorkshopSummaryScreen)
        await pilot.press("e")
        await pilot.pause(0.5)
        await app.workers.wait_for_complete()
    saved = store.list_workshops()
    assert len(saved) == 1 and len(saved[0].proposals) == 3 and saved[0].participants == 18
    exports = list((tmp_path / "data" / "exports").glob("workshop-2026-11-25-*.md"))
    assert len(exports) == 1
    md = exports[0].read_text(encoding="utf-8")
    assert "Deltakere: 18" in md and "Ring meg første dag" in md
    assert "personalmøte" in md
    tokens = MarkdownIt("commonmark").parse(md)
    assert sum(t.type == "heading_open" and t.tag == "h3" for t in tokens) == 8
    assert (exports[0].stat().st_mode & 0o777) == 0o600


async def test_small_workshop_has_no_groups(tmp_path: Path) -> None:
    app, _ = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(WorkshopScreen())
        await pilot.pause()
        app.screen.query_one("#ws-participants", Input).value = "6"
        app.screen.query_one("#ws-groups", Input).value = "Ignorert"
        await pilot.press("ctrl+s")
        await pilot.pause()
        run = app.screen
        assert isinstance(run, WorkshopRunScreen)
        assert run.record.size == "small" and run.record.groups == []


async def test_step_keys_work_and_show_whatever_has_focus(tmp_path: Path) -> None:
    app, _ = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(WorkshopScreen())
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        run = app.screen
        assert isinstance(run, WorkshopRunScreen)
        # The agenda never takes focus (it would take PgDn and hide it from the footer).
        assert app.focused is None or app.focused.id != "ws-agenda"
        assert run.active_bindings["pagedown"].node is run
        assert run.active_bindings["pagedown"].binding.show
        while not run.step.collects:
            await pilot.press("pagedown")
        assert run.query_one("#ws-input", Input).has_focus
        # With the proposal field focused, the question and step keys still reach the screen.
        await pilot.press("down")
        assert run.question == 1
        step = run.record.step
        await pilot.press("pagedown")
        assert run.record.step == step + 1
        await pilot.press("pageup")
        assert run.record.step == step
        # No groups were set up: the group key is not offered.
        assert run.check_action("next_group", ()) is False
