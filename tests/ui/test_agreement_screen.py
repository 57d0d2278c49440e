"""The agreement screen: a keyboard form that drafts, saves as you go, reopens and exports."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from tests.ui.conftest import FIXED_NOW
from textual.widgets import Input, TextArea

from samtale_tui.agreement import new_agreement
from samtale_tui.practice import PracticeSession
from samtale_tui.scenarios.library import Library
from samtale_tui.storage import NullStore, Store
from samtale_tui.ui.app import SamtaleApp
from samtale_tui.ui.screens.agreement import (
    AgreementScreen,
    MeasureForm,
    parse_date,
    parse_dates,
    split_lines,
)


def finished_session(library: Library) -> PracticeSession:
    scenario = library.scenarios[0]
    session = PracticeSession.start(scenario, "coach", FIXED_NOW)
    session.conversation.replay(["Hvordan har du det nå for tiden?"])
    session.conversation.finish()
    return session


async def settle(app: SamtaleApp, pilot) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


def test_parse_dates() -> None:
    assert parse_date("25.11.2026") == date(2026, 11, 25)
    assert parse_date("2026-11-25") == date(2026, 11, 25)
    assert parse_date("1.2.27") == date(2027, 2, 1)
    assert parse_date("  ") is None
    with pytest.raises(ValueError, match=r"dd\.mm\.åååå"):
        parse_date("31.02.2026")
    assert parse_dates("09.12.2026, 06.01.2027") == [date(2026, 12, 9), date(2027, 1, 6)]
    assert split_lines("- en\n\n* to\n  tre ") == ["en", "to", "tre"]


async def test_draft_from_session_is_saved_edited_and_reopened(
    make_app: Callable[..., SamtaleApp], library: Library, tmp_path: Path
) -> None:
    store = Store.open(tmp_path / "data")
    app = make_app(store=store)
    async with app.run_test(size=(100, 40)) as pilot:
        screen = AgreementScreen(finished_session(library))
        app.push_screen(screen)
        await settle(app, pilot)
        saved = store.list_agreements()
        assert len(saved) == 1 and saved[0].employee == "Kari"
        assert saved[0].measures[0].what == library.scenarios[0].agreement.measures[0].what

        # the employee name field has focus; type a new name, then Enter to the next field
        employee = screen.query_one("#field-employee", Input)
        assert screen.focused is employee
        employee.value = ""
        await pilot.press(*"Kari Nordmann", "enter")
        assert screen.focused is screen.query_one("#field-manager", Input)
        await pilot.press(*"Lise")
        screen.query_one("#field-next_meetings", Input).value = "09.12.2026"
        goals = next(a for a in screen.query(TextArea) if a.name == "goals")
        goals.text = "Tilbake i full stilling\nTrives i jobben"
        await pilot.press("f2")
        await pilot.press(*"Fast fredagsmøte")
        await pilot.pause(0.8)
        await settle(app, pilot)

        plan = store.load_agreement(saved[0].id)
        assert plan.employee == "Kari Nordmann" and plan.manager == "Lise"
        assert plan.next_meetings == [date(2026, 12, 9)]
        assert plan.goals == ["Tilbake i full stilling", "Trives i jobben"]
        assert plan.measures[-1].what == "Fast fredagsmøte"

        await pilot.press("escape")
        await settle(app, pilot)
        assert not isinstance(app.screen, AgreementScreen)

        reopened = AgreementScreen(agreement=store.load_agreement(plan.id))
        app.push_screen(reopened)
        await settle(app, pilot)
        assert reopened.query_one("#field-employee", Input).value == "Kari Nordmann"
        assert len(reopened.query(MeasureForm)) == len(plan.measures)


async def test_bad_date_is_reported_and_the_last_good_one_kept(
    make_app: Callable[..., SamtaleApp], tmp_path: Path
) -> None:
    store = Store.open(tmp_path / "data")
    app = make_app(store=store)
    async with app.run_test(size=(100, 40)) as pilot:
        screen = AgreementScreen()
        app.push_screen(screen)
        await settle(app, pilot)
        field = screen.query_one("#field-meeting_date", Input)
        field.value = "i morgen"
        screen.save_now()
        await settle(app, pilot)
        status = str(screen.query_one("#agreement-status").render())
        assert "forstås ikke" in status
        assert store.list_agreements()[0].meeting_date == FIXED_NOW.date()


async def test_remove_measure_and_export(
    make_app: Callable[..., SamtaleApp], library: Library, tmp_path: Path
) -> None:
    store = Store.open(tmp_path / "data")
    app = make_app(store=store)
    async with app.run_test(size=(100, 40)) as pilot:
        screen = AgreementScreen(finished_session(library))
        app.push_screen(screen)
        await settle(app, pilot)
        before = len(screen.query(MeasureForm))
        screen.query(MeasureForm).first().query_one(Input).focus()
        await pilot.press("f3")
        await settle(app, pilot)
        assert len(screen.query(MeasureForm)) == before - 1
        await pilot.press("f4")
        await settle(app, pilot)
        exported = list((tmp_path / "data" / "exports").glob("oppfolgingsplan-*.md"))
        assert len(exported) == 1
        assert exported[0].read_text(encoding="utf-8").startswith("# Oppfølgingsplan")


async def test_guest_mode_says_it_is_not_saved(
    make_app: Callable[..., SamtaleApp], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app(store=NullStore())
    async with app.run_test(size=(100, 40)) as pilot:
        screen = AgreementScreen(agreement=new_agreement(FIXED_NOW))
        app.push_screen(screen)
        await settle(app, pilot)
        assert "Gjestemodus" in str(screen.query_one("#agreement-status").render())
        await pilot.press("f4")
        await settle(app, pilot)
        assert list(tmp_path.glob("oppfolgingsplan-*.md"))


async def test_last_keystrokes_are_kept_when_the_app_quits(
    make_app: Callable[..., SamtaleApp], tmp_path: Path
) -> None:
    store = Store.open(tmp_path / "data")
    app = make_app(store=store)
    async with app.run_test(size=(100, 40)) as pilot:
        screen = AgreementScreen()
        app.push_screen(screen)
        await settle(app, pilot)
        await pilot.press(*"Siv")
        # quit before the save delay has passed
    assert store.list_agreements()[0].employee == "Siv"


async def test_making_the_agreement_twice_reopens_the_first(
    make_app: Callable[..., SamtaleApp], library: Library, tmp_path: Path
) -> None:
    store = Store.open(tmp_path / "data")
    app = make_app(store=store)
    session = finished_session(library)
    async with app.run_test(size=(100, 40)) as pilot:
        app.push_screen(AgreementScreen(session))
        await settle(app, pilot)
        await pilot.press("escape")
        await settle(app, pilot)
        again = AgreementScreen(session)
        app.push_screen(again)
        await settle(app, pilot)
        assert len(store.list_agreements()) == 1
        assert again.agreement is not None and again.agreement.id == store.list_agreements()[0].id
