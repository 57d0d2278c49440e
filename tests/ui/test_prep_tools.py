"""Pilot tests and 80x24 snapshots for the preparation tools.

The screens are hosted by a tiny app with a fake config (store, clock, seed),
so these tests depend on the preparation screens alone.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.events import Mount
from textual.screen import Screen
from textual.widgets import Static

from samtale_tui.practice import PracticeSession
from samtale_tui.prep import checklist, jobwheel, questions
from samtale_tui.ui.screens.checklist import ChecklistScreen
from samtale_tui.ui.screens.contact import ContactScreen
from samtale_tui.ui.screens.jobwheel import JobWheelScreen
from samtale_tui.ui.screens.preparation import Preparation, PreparationScreen
from samtale_tui.ui.screens.question_bank import QuestionBankScreen

NOW = datetime(2026, 11, 25, 14, 0, 0)

SIZES = pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
"""Every screen is pictured at the smallest supported size and a larger one."""


class FakeStore:
    """Records drills; exports go to a temporary folder."""

    guest = False

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder
        self.drills: list[Any] = []

    def save_drill(self, record: Any) -> None:
        self.drills.append(record)

    def export_path(self, name: str) -> Path:
        assert self.folder is not None
        return self.folder / name


class FakeConfig:
    def __init__(self, store: FakeStore) -> None:
        self.store = store
        self.clock = lambda: NOW
        self.seed = 1
        self.save = True


class Host(App[None]):
    """Push one screen and keep what it dismisses with."""

    def __init__(self, screen: Screen[Any], store: FakeStore | None = None) -> None:
        super().__init__()
        self.first = screen
        self.config = FakeConfig(store or FakeStore())
        self.results: list[Any] = []

    def on_mount(self) -> None:
        self.push_screen(self.first, callback=self.results.append)

    def on_descendant_mount(self, event: Mount) -> None:
        if hasattr(event.widget, "cursor_blink"):
            event.widget.cursor_blink = False  # type: ignore[attr-defined]


def text_of(app: App[Any], selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


# -- checklist -----------------------------------------------------------------


async def test_checklist_ticks_items_and_returns_them_in_order() -> None:
    app = Host(ChecklistScreen(["samarbeid.kolleger", "unknown.id"]))
    async with app.run_test(size=(80, 24)) as pilot:
        assert "1 valgt" in text_of(app, "#checklist-title")
        # First item (Meningsfulle oppgaver) is highlighted; go to Mestring.
        await pilot.press("down", "space", "down", "enter")
        assert "3 valgt" in text_of(app, "#checklist-title")
        assert "Tydelig rolle" not in text_of(app, "#checklist-title")
        assert "stillingen" in text_of(app, "#checklist-guidance")
        await pilot.press("space")  # untick Tydelig rolle again
        await pilot.press("escape")
    assert app.results == [["helse.mestring", "samarbeid.kolleger"]]


async def test_checklist_headings_cannot_be_ticked_and_clear_unticks_all() -> None:
    app = Host(ChecklistScreen(["helse.mening"]))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("up", "up")  # wraps past the heading, never onto it
        screen = app.screen
        assert isinstance(screen, ChecklistScreen)
        index = screen.option_list.highlighted
        assert index is not None and screen._ids[index] is not None
        await pilot.press("delete", "escape")
    assert app.results == [[]]


async def test_checklist_selection_is_exported_through_the_domain_helper() -> None:
    app = Host(ChecklistScreen())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("space", "escape")
    (selection,) = app.results
    markdown = "\n".join(checklist.to_markdown_lines(selection))
    assert "- [x] Meningsfulle oppgaver" in markdown


@SIZES
def test_checklist_snapshot(snap_compare: Any, size: tuple[int, int]) -> None:
    app = Host(ChecklistScreen(["helse.mestring", "fysisk.loft"]))
    assert snap_compare(app, press=["down"], terminal_size=size)


# -- job wheel -----------------------------------------------------------------


async def test_job_wheel_digits_rate_and_move_on_and_focus_follows() -> None:
    app = Host(JobWheelScreen())
    async with app.run_test(size=(80, 24)) as pilot:
        assert "Ikke vurdert" in text_of(app, "#wheel-focus")
        await pilot.press("6", "2", "7", "1")
        focus = text_of(app, "#wheel-focus")
        assert "Ledelse (1)" in focus and "Kompetanse (2)" in focus
        assert jobwheel.AREA_BY_ID["ledelse"].question in focus.replace("\n", " ")
        await pilot.press("up", "right", "right")  # Ledelse 1 -> 3
        await pilot.press("up", "backspace")  # remove Samarbeid
        await pilot.press("escape")
    assert app.results == [{"oppgaver": 6, "kompetanse": 2, "ledelse": 3}]


async def test_job_wheel_from_a_scenario_is_read_only() -> None:
    ratings = {"oppgaver": 2, "ledelse": 6}
    app = Host(JobWheelScreen(ratings, readonly=True, who="Shirin"))
    async with app.run_test(size=(80, 24)) as pilot:
        assert "Shirin" in text_of(app, "#wheel-title")
        await pilot.press("8", "right", "backspace", "escape")
    assert app.results == [ratings]


async def test_job_wheel_drops_bad_ratings_instead_of_crashing() -> None:
    app = Host(JobWheelScreen({"oppgaver": 12, "lønn": 3, "utvikling": 4}))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("escape")
    assert app.results == [{"utvikling": 4}]


@SIZES
def test_job_wheel_snapshot(snap_compare: Any, size: tuple[int, int]) -> None:
    app = Host(JobWheelScreen())
    assert snap_compare(app, press=list("62715438"), terminal_size=size)


@SIZES
def test_job_wheel_read_only_snapshot(snap_compare: Any, size: tuple[int, int]) -> None:
    app = Host(JobWheelScreen({"oppgaver": 2, "samarbeid": 3, "ledelse": 6}, readonly=True))
    assert snap_compare(app, terminal_size=size)


# -- question bank -------------------------------------------------------------


async def test_question_bank_search_and_enter_returns_the_question() -> None:
    app = Host(QuestionBankScreen())
    async with app.run_test(size=(80, 24)) as pilot:
        assert f"{len(questions.QUESTIONS)} av" in text_of(app, "#bank-count")
        await pilot.press(*"arbeidsmiljo presset")
        await pilot.pause()
        assert "1 av" in text_of(app, "#bank-count")
        await pilot.press("enter")
    assert app.results == ["Hvordan kjennes presset i jobben for deg for tiden?"]


async def test_question_bank_arrows_move_past_headings() -> None:
    app = Host(QuestionBankScreen())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"kontakt")
        await pilot.pause()
        await pilot.press("down", "down", "up", "enter")
    assert app.results == [questions.search("kontakt")[1].text]


async def test_question_bank_escape_returns_none_and_no_hits_keep_it_open() -> None:
    app = Host(QuestionBankScreen())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"xylofon", "enter")
        await pilot.pause()
        assert isinstance(app.screen, QuestionBankScreen)
        assert "Ingen treff" in text_of(app, "#bank-count")
        await pilot.press("escape")
    assert app.results == [None]


@SIZES
def test_question_bank_snapshot(snap_compare: Any, size: tuple[int, int]) -> None:
    app = Host(QuestionBankScreen())
    assert snap_compare(app, press=[*"tiltak", "down"], terminal_size=size)


# -- kinds of contact and the hub ----------------------------------------------


def test_every_prep_screen_has_norwegian_help() -> None:
    for screen in (
        ChecklistScreen,
        JobWheelScreen,
        QuestionBankScreen,
        ContactScreen,
        PreparationScreen,
    ):
        assert len(screen.HELP) > 60, screen.__name__


async def test_contact_screen_shows_the_three_kinds() -> None:
    app = Host(ContactScreen())
    async with app.run_test(size=(80, 24)) as pilot:
        shown = text_of(app, "#contact-text")
        for title in ("OMSORGSKONTAKT", "DRIFTSKONTAKT", "PROBLEMLØSNINGSKONTAKT"):
            assert title in shown
        await pilot.press("down", "escape")
    assert app.results == [None]


@SIZES
def test_contact_snapshot(snap_compare: Any, size: tuple[int, int]) -> None:
    assert snap_compare(Host(ContactScreen()), terminal_size=size)


async def test_hub_collects_checklist_wheel_and_questions_and_exports(tmp_path: Path) -> None:
    app = Host(PreparationScreen(), FakeStore(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "space", "escape")  # checklist: first item
        await pilot.press("down", "enter", "3", "5", "escape")  # wheel
        await pilot.press("down", "enter", *"glad for", "enter")  # bank
        await pilot.pause()
        rows = [str(o.prompt) for o in app.screen.query_one("#prep-tools").options]
        assert "1 valgt" in rows[0] and "2 av 8 vurdert" in rows[1] and "1 valgt" in rows[2]
        await pilot.press("e")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("escape")
    (prepared,) = app.results
    assert prepared == Preparation(
        checklist=["helse.mening"],
        job_wheel={"oppgaver": 3, "kompetanse": 5},
        questions=["Hvilke oppgaver gjør deg glad for å gå på jobb?"],
    )
    (exported,) = tmp_path.glob("forberedelse-*.md")
    text = exported.read_text(encoding="utf-8")
    assert "- [x] Meningsfulle oppgaver" in text
    assert "| Kompetanse | 5 |" in text
    assert "- Hvilke oppgaver gjør deg glad for å gå på jobb?" in text


async def test_hub_in_guest_mode_reports_that_nothing_is_exported() -> None:
    from samtale_tui.storage import NullStore

    app = Host(PreparationScreen())
    app.config.store = NullStore()  # type: ignore[assignment]
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("e")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert any("Gjestemodus" in n.message for n in app._notifications)


async def test_hub_for_a_scenario_shows_the_employees_own_wheel(mini: Any) -> None:
    scenario = mini.model_copy(update={"job_wheel": {"oppgaver": 1, "utvikling": 7}})
    app = Host(PreparationScreen(scenario=scenario, checklist=["privat.apning"]))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("down", "enter")
        screen = app.screen
        assert isinstance(screen, JobWheelScreen) and screen.readonly
        await pilot.press("5", "escape", "escape")
    (prepared,) = app.results
    assert prepared.job_wheel == {"oppgaver": 1, "utvikling": 7}
    assert prepared.checklist == ["privat.apning"]
    session = PracticeSession.start(scenario, "coach", now=NOW)
    prepared.apply_to(session)
    assert session.checklist == ["privat.apning"]
    assert session.job_wheel == {"oppgaver": 1, "utvikling": 7}


@SIZES
def test_hub_snapshot(snap_compare: Any, size: tuple[int, int]) -> None:
    app = Host(PreparationScreen(checklist=["helse.mestring"], job_wheel={"ledelse": 2}))
    assert snap_compare(app, press=["down"], terminal_size=size)


async def test_home_f4_opens_the_hub_and_the_tools_in_the_real_app(make_app: Any) -> None:
    from samtale_tui.ui.screens.home import HomeScreen

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f4")
        await pilot.pause()
        assert isinstance(app.screen, PreparationScreen)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, JobWheelScreen)
        await pilot.press("4", "escape")
        await pilot.pause()
        assert isinstance(app.screen, PreparationScreen)
        assert app.screen.result.job_wheel == {"oppgaver": 4}
        await pilot.press("escape")  # not exported: a warning first
        await pilot.pause()
        assert isinstance(app.screen, PreparationScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_the_cursor_is_a_sign_not_only_a_colour() -> None:
    app = Host(QuestionBankScreen())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("down", "down")
        screen = app.screen
        assert isinstance(screen, QuestionBankScreen)
        bank = screen.option_list
        marked = [i for i, o in enumerate(bank.options) if str(o.prompt).startswith("›")]
        assert marked == [bank.highlighted]


async def test_standalone_hub_warns_once_before_dropping_an_unexported_preparation(
    tmp_path: Path,
) -> None:
    app = Host(PreparationScreen(), FakeStore(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("escape")  # nothing prepared: leaves at once
        await pilot.pause()
        assert len(app.results) == 1
    app = Host(PreparationScreen(), FakeStore(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "space", "escape")  # tick one checklist item
        await pilot.press("escape")
        await pilot.pause()
        assert app.results == [] and isinstance(app.screen, PreparationScreen)
        await pilot.press("escape")  # the second Esc leaves
        await pilot.pause()
        assert len(app.results) == 1
